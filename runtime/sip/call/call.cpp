// Call set-up: A's INVITE to B, B's responses back to A, CANCEL (see call.hpp).

#include "runtime/sip/call/call.hpp"

#include <utility>

#include "runtime/sip/call/call_messages.hpp"
#include "runtime/sip/message/response.hpp"

namespace cme::runtime::sip {

namespace {

constexpr std::size_t kTagLength = 10;
constexpr std::size_t kCallIdLength = 20;

Uri sip_uri(std::string user, std::string host) {
  Uri uri;
  uri.scheme = "sip";
  uri.user = std::move(user);
  uri.host = std::move(host);
  return uri;
}

}  // namespace

std::string_view state_text(CallState state) {
  switch (state) {
    case CallState::Proceeding:
      return "PROCEEDING";
    case CallState::Alerting:
      return "ALERTING";
    case CallState::Answered:
      return "ANSWERED";
    case CallState::Active:
      return "ACTIVE";
    case CallState::Released:
      return "RELEASED";
  }
  return "RELEASED";
}

Call::Call(std::uint64_t id, CallServices services, CallSettings settings, Finished finished)
    : id_(id),
      services_(services),
      settings_(std::move(settings)),
      finished_(std::move(finished)),
      a_(services.timers, services.transactions.options().timers),
      b_(services.timers, services.transactions.options().timers),
      ring_(services.timers) {}

Call::~Call() = default;

void Call::start(std::shared_ptr<ServerTransaction> invite, const Message& request,
                 const RequestCore& core, const net::Endpoint& source, CallTarget target) {
  a_invite_ = std::move(invite);
  a_cseq_ = core.cseq.number;
  target_ = std::move(target);
  calling_ = target_.calling.empty() ? core.from.uri.user : target_.calling;
  a_.dialog = uas_dialog(request, core, services_.random.token(kTagLength), source,
                         contact_for(target_.number, settings_.address, source.protocol));
  a_invite_->respond(make_response(request, 100, "Trying"));

  Dialog& b = b_.dialog;
  b.call_id = services_.random.token(kCallIdLength) + '@' + settings_.address.host;
  b.local_tag = services_.random.token(kTagLength);
  b.local.display = core.from.display;
  b.local.uri = sip_uri(calling_, settings_.address.host);
  b.remote.uri =
      sip_uri(target_.number, target_.kind == CallTarget::Kind::Dn ? settings_.address.host
                                                                   : target_.destination.address);
  b.remote_target = target_.request_uri;
  b.peer = target_.destination;
  b.contact = contact_for(calling_, settings_.address, b.peer.protocol);
  Message out = relayed_request(b, request, settings_.min_se);
  b_cseq_ = b.local_cseq;
  const unsigned hops = core.max_forwards.value_or(71);
  out.set("Max-Forwards", std::to_string(hops > 0 ? hops - 1 : 0));
  remember_sent(Leg::B, out);
  b_invite_open_ = true;
  b_invite_ = services_.transactions.send_request(std::move(out), b.peer, b_invite_callbacks());
  if (!b_invite_) {
    b_invite_open_ = false;
    on_b_failure(500, nullptr);
    return;
  }
  const auto ring_for =
      target_.kind == CallTarget::Kind::Dn ? settings_.ringing : settings_.invite_expires;
  ring_.start(ring_for, weak_self(), [this] { on_ring_timeout(); });
}

ClientTransaction::Callbacks Call::b_invite_callbacks() {
  std::weak_ptr<Call> weak = weak_from_this();
  return ClientTransaction::Callbacks{
      .on_response =
          [weak](const Message& response) {
            if (auto call = weak.lock()) {
              call->on_b_invite_response(response);
            }
          },
      .on_timeout =
          [weak] {
            if (auto call = weak.lock()) {
              call->on_b_failure(408, nullptr);
            }
          },
      .on_transport_error =
          [weak] {
            if (auto call = weak.lock()) {
              call->on_b_failure(503, nullptr);
            }
          },
      .on_terminated =
          [weak] {
            if (auto call = weak.lock()) {
              call->b_invite_done();
            }
          },
  };
}

void Call::on_b_invite_response(const Message& response) {
  if (response.status < 200) {
    if (response.status > 100) {
      on_b_provisional(response);
    }
    return;
  }
  if (response.status < 300) {
    on_b_answer(response);
    return;
  }
  on_b_failure(response.status, &response);
}

void Call::on_b_provisional(const Message& response) {
  if (released() || a_invite_->final_response_sent()) {
    return;
  }
  if (b_.dialog.remote_tag.empty()) {
    establish_uac(b_.dialog, response);  // the early dialog (RFC 3261 §12.1.2)
  }
  Message out =
      relayed_response(a_invite_->request(), response, a_.dialog.local_tag, a_.dialog.contact);
  remember_sent(Leg::A, out);
  a_invite_->respond(out);
  state_ = CallState::Alerting;
}

void Call::on_b_answer(const Message& response) {
  if (b_answered_) {
    resend_ack(Leg::B, response);  // a retransmission: our ACK was lost
    return;
  }
  b_answered_ = true;
  b_.confirmed = true;
  ring_.stop();
  establish_uac(b_.dialog, response);
  if (released() || a_invite_->final_response_sent()) {
    end_unanswered_b();  // the 2xx crossed A's CANCEL
    return;
  }
  Message answer =
      relayed_response(a_invite_->request(), response, a_.dialog.local_tag, a_.dialog.contact);
  const auto negotiated = negotiate(a_invite_->request(), &response, answer);
  pending_ack_ = PendingAck{Leg::A, a_cseq_, b_cseq_};
  state_ = CallState::Answered;
  answered_at_ = services_.clock.steady_now();
  a_.confirmed = true;
  answer_invite(Leg::A, a_invite_, std::move(answer), a_cseq_);
  set_session(Leg::B, session_expires(response));
  set_session(Leg::A, negotiated);
}

void Call::end_unanswered_b() {
  pending_ack_ = PendingAck{Leg::A, 0, b_cseq_};
  send_bye(Leg::B);  // ACKs the 2xx first
}

void Call::on_b_failure(unsigned status, const Message* response) {
  if (b_answered_) {
    return;  // the INVITE succeeded; later transport trouble is the dialog's
  }
  if (!released() && !a_invite_->final_response_sent()) {
    Message out = response != nullptr
                      ? relayed_response(a_invite_->request(), *response, a_.dialog.local_tag, "")
                      : make_response(a_invite_->request(), status, "", a_.dialog.local_tag);
    a_invite_->respond(out);
  }
  state_ = CallState::Released;
  stop_sessions();
  maybe_finish();
}

void Call::cancel() {
  abandon(487);
}

void Call::on_ring_timeout() {
  if (released() || b_answered_ || a_invite_->final_response_sent()) {
    return;
  }
  ring_timed_out_ = true;
  abandon(state_ == CallState::Alerting ? 480 : 408);
}

void Call::abandon(unsigned status) {
  if (released() || a_invite_->final_response_sent()) {
    return;  // too late: the call was answered or is over (RFC 3261 §9.2)
  }
  a_invite_->respond(make_response(a_invite_->request(), status, "", a_.dialog.local_tag));
  state_ = CallState::Released;
  ring_.stop();
  if (b_invite_ && b_invite_open_ && !b_answered_) {
    services_.transactions.cancel(*b_invite_);
  }
  maybe_finish();
}

void Call::b_invite_done() {
  b_invite_open_ = false;
  maybe_finish();
  // Destroyed (if nothing else holds it) when this returns: the transaction's callback holds a
  // reference of its own while it runs.
  const auto lingering = std::move(lingering_);
}

void Call::maybe_finish() {
  if (!released() || bye_a_after_ack_ || finish_reported_) {
    return;
  }
  if (b_invite_open_ && !b_answered_) {
    return;  // B may still answer: that 2xx needs an ACK and a BYE (end_unanswered_b)
  }
  finish_reported_ = true;
  ring_.stop();
  if (b_invite_open_) {
    // B answered and was ACKed: its INVITE transaction only waits (Timer M, 32 s over UDP) to
    // pass on 2xx retransmissions, which resend_ack answers. The call leaves the table now (it
    // no longer counts towards kMaxCalls or busy dns) and stays alive until then.
    lingering_ = shared_from_this();
  }
  stop_sessions();
  a_.answer.stop();
  b_.answer.stop();
  if (finished_) {
    finished_(*this);
  }
}

CallSnapshot Call::snapshot() const {
  CallSnapshot s;
  s.id = id_;
  s.state = state_;
  s.calling = calling_;
  s.called = target_.number;
  s.to_dial_peer = target_.kind == CallTarget::Kind::DialPeer;
  s.target = target_.tag;
  s.a_call_id = a_.dialog.call_id;
  s.b_call_id = b_.dialog.call_id;
  s.a_peer = a_.dialog.peer;
  s.b_peer = b_.dialog.peer;
  if (state_ == CallState::Answered || state_ == CallState::Active) {
    s.duration = std::chrono::duration_cast<std::chrono::seconds>(services_.clock.steady_now() -
                                                                  answered_at_);
  }
  s.session_expires = a_.session ? a_.session->interval : std::chrono::seconds{0};
  return s;
}

}  // namespace cme::runtime::sip
