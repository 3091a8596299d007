// Call: 2xx answers to INVITEs and RFC 4028 session timers, one session per leg (see call.hpp).
//
// Each leg's session comes from the 2xx exchanged on that leg: our answer to A (the callee's
// Session-Expires relayed, else our own as A's UAS), B's answer to us. Every refresh on a leg (a
// 2xx to a re-INVITE or UPDATE, relayed or answered here) restarts that leg's expiry timer; when
// one runs out both legs get a BYE. We refresh a leg ourselves, with an UPDATE without a body at
// half the interval (RFC 4028 §10 allows UPDATE), when the refresher of that leg is our side of
// it (refresher=uas towards A, refresher=uac towards B) and the other endpoint's refreshes do not
// reach it (no passthru, or the other leg has no session refreshed by its endpoint).

#include <utility>

#include "runtime/sip/call/call.hpp"

namespace cme::runtime::sip {

namespace {

constexpr std::chrono::seconds kRefreshRetry{1};

/// Our role as the refresher of `leg`: the UAS of A's dialog, the UAC of B's.
Refresher our_role(Leg leg) {
  return leg == Leg::A ? Refresher::Uas : Refresher::Uac;
}

}  // namespace

void Call::answer_invite(Leg to, const std::shared_ptr<ServerTransaction>& transaction,
                         Message answer, std::uint32_t cseq) {
  remember_sent(to, answer);
  leg(to).answer.start(transaction, std::move(answer), cseq, weak_self(),
                       [this, to] { on_ack_timeout(to); });
}

std::optional<SessionExpires> Call::negotiate(const Message& request, const Message* response,
                                              Message& answer) {
  // The far end's choice when it made one (relayed_response copied it), else ours as the UAS
  // of this leg (RFC 4028 §9).
  if (response != nullptr) {
    if (auto chosen = session_expires(*response)) {
      return chosen;
    }
  }
  auto chosen = uas_answer(request);
  if (chosen) {
    add_session_expires(answer, *chosen);
  }
  return chosen;
}

bool Call::we_refresh(Leg which) const {
  const auto& session = which == Leg::A ? a_.session : b_.session;
  if (!session || session->refresher != our_role(which)) {
    return false;
  }
  if (!settings_.midcall_passthru) {
    return true;
  }
  // With passthru the other endpoint's refreshes cross to this leg when it refreshes its own.
  const Leg far = other(which);
  const auto& far_session = far == Leg::A ? a_.session : b_.session;
  return !(far_session && far_session->refresher != our_role(far));
}

void Call::set_session(Leg which, const std::optional<SessionExpires>& negotiated) {
  LegState& l = leg(which);
  if (negotiated) {
    l.session = negotiated;
  }
  if (!l.session || released()) {
    return;
  }
  l.expiry.start(expiry_delay(l.session->interval), weak_self(), [this] { on_session_expired(); });
  if (we_refresh(which)) {
    l.refresh.start(l.session->interval / 2, weak_self(), [this, which] { send_refresh(which); });
  } else {
    l.refresh.stop();
  }
}

void Call::send_refresh(Leg which) {
  LegState& l = leg(which);
  if (released() || !l.session) {
    return;
  }
  if (relay_ || pending_ack_ || a_.answer.waiting() || b_.answer.waiting()) {
    l.refresh.start(kRefreshRetry, weak_self(), [this, which] { send_refresh(which); });
    return;  // an offer/answer exchange is under way: try again shortly
  }
  Message update = dialog_request(l.dialog, Method::Update);
  update.add("Supported", "timer");
  update.add("Session-Expires", to_string(SessionExpires{l.session->interval, our_role(which)}));
  update.add("Min-SE", std::to_string(settings_.min_se.count()));
  std::weak_ptr<Call> weak = weak_from_this();
  const auto end = [weak] {
    if (auto call = weak.lock()) {
      call->end_both();
    }
  };
  services_.transactions.send_request(
      std::move(update), l.dialog.peer,
      ClientTransaction::Callbacks{.on_response =
                                       [weak, which](const Message& response) {
                                         if (auto call = weak.lock()) {
                                           call->on_refresh_response(which, response);
                                         }
                                       },
                                   .on_timeout = end,
                                   .on_transport_error = end,
                                   .on_terminated = {}});
}

void Call::on_refresh_response(Leg which, const Message& response) {
  if (response.status < 200 || released()) {
    return;
  }
  if (response.status < 300) {
    set_session(which, session_expires(response));
  } else if (response.status == 481 || response.status == 408) {
    end_both();  // the dialog is gone (RFC 3261 §12.2.1.2)
  }
  // Other failures (405, 501 ...): no refresh this time; the leg's expiry decides.
}

void Call::stop_sessions() {
  for (LegState* l : {&a_, &b_}) {
    l->expiry.stop();
    l->refresh.stop();
  }
}

void Call::on_session_expired() {
  session_expired_ = true;
  end_both();
}

void Call::on_ack_timeout(Leg which) {
  // RFC 3261 §13.3.1.4: no ACK for our 2xx within 64*T1 ends the dialog.
  if (which == Leg::A && bye_a_after_ack_) {
    bye_a_after_ack_ = false;
    send_bye(Leg::A);
    maybe_finish();
    return;
  }
  end_both();
}

void Call::remember_sent(Leg to, const Message& message) {
  if (message.body.empty()) {
    return;
  }
  LegState& l = leg(to);
  l.sdp_sent = message.body;
  l.sdp_sent_type = std::string(message.header("Content-Type").value_or("application/sdp"));
}

}  // namespace cme::runtime::sip
