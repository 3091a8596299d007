// Call, inside the dialogs: ACK, BYE, re-INVITE and UPDATE (see call.hpp).

#include <utility>

#include "runtime/sip/call/call.hpp"
#include "runtime/sip/call/call_messages.hpp"
#include "runtime/sip/message/response.hpp"

namespace cme::runtime::sip {

void Call::on_request(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
                      const Message& request, const RequestCore& core) {
  if (!accept_remote_cseq(leg(from).dialog, core.cseq.number)) {
    transaction->respond(make_response(request, 500, "CSeq Out of Order"));  // RFC 3261 §12.2.2
    return;
  }
  switch (request.method_id) {
    case Method::Bye:
      hang_up(from, transaction, request);
      return;
    case Method::Invite:
    case Method::Update:
      midcall(from, transaction, request);
      return;
    case Method::Options: {
      Message out = make_response(request, 200, "OK");
      out.add("Allow", kCallAllow);
      transaction->respond(out);
      return;
    }
    default:
      transaction->respond(make_response(request, 501, "Not Implemented"));
      return;
  }
}

void Call::on_ack(Leg from, const Message& ack, std::uint32_t cseq) {
  if (!leg(from).answer.acked(cseq)) {
    return;  // a repeated ACK, or one for an answer we no longer wait on
  }
  if (from == Leg::A && state_ == CallState::Answered) {
    state_ = CallState::Active;
  }
  if (pending_ack_ && pending_ack_->from == from && pending_ack_->from_cseq == cseq) {
    send_owed_ack(&ack);  // end to end: A's ACK (and its body, for a late offer) goes on
  }
  if (from == Leg::A && bye_a_after_ack_) {
    bye_a_after_ack_ = false;
    send_bye(Leg::A);
    maybe_finish();
  }
}

void Call::hang_up(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
                   const Message& request) {
  transaction->respond(make_response(request, 200, "OK"));
  if (released()) {
    return;  // the BYEs crossed: the other side has one already
  }
  if (from == Leg::A && !a_invite_->final_response_sent()) {
    cancel();  // a BYE in the early dialog ends the attempt like a CANCEL
    return;
  }
  leg(from).answer.stop();  // whoever sends BYE has our 2xx
  abandon_relay();
  state_ = CallState::Released;
  stop_sessions();
  send_bye(other(from));
  maybe_finish();
}

void Call::midcall(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
                   const Message& request) {
  if (released()) {
    transaction->respond(make_response(request, 481, "Call/Transaction Does Not Exist"));
    return;
  }
  if (auto floor = too_small(request, settings_.min_se)) {
    Message out = make_response(request, 422, "Session Interval Too Small");
    out.add("Min-SE", std::to_string(floor->count()));
    transaction->respond(out);
    return;
  }
  // Glare (RFC 3261 §14.2, RFC 3311 §5.2): one offer/answer exchange at a time per call.
  const bool invite = request.method_id == Method::Invite;
  const bool busy = relay_ || !b_answered_ || !a_invite_->final_response_sent() ||
                    (invite && (pending_ack_ || a_.answer.waiting() || b_.answer.waiting()));
  if (busy) {
    Message out = make_response(request, 491, "Request Pending");
    transaction->respond(out);
    return;
  }
  refresh_target(leg(from).dialog, request);
  if (settings_.midcall_passthru) {
    relay(from, transaction, request);
  } else {
    answer_locally(from, transaction, request);
  }
}

void Call::relay(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
                 const Message& request) {
  const Leg to = other(from);
  LegState& target = leg(to);
  Message out = relayed_request(target.dialog, request, settings_.min_se);
  remember_sent(to, out);
  const std::uint64_t serial = ++relay_serial_;
  relay_ =
      Relay{serial, from, transaction, nullptr, cseq_number(request), target.dialog.local_cseq};
  auto client = services_.transactions.send_request(std::move(out), target.dialog.peer,
                                                    relay_callbacks(serial, to));
  if (!client) {
    on_relay_failure(serial, 500);
    return;
  }
  relay_->client = std::move(client);
}

ClientTransaction::Callbacks Call::relay_callbacks(std::uint64_t serial, Leg to) {
  std::weak_ptr<Call> weak = weak_from_this();
  return ClientTransaction::Callbacks{
      .on_response =
          [weak, serial, to](const Message& response) {
            if (auto call = weak.lock()) {
              call->on_relay_response(serial, to, response);
            }
          },
      .on_timeout =
          [weak, serial] {
            if (auto call = weak.lock()) {
              call->on_relay_failure(serial, 408);
            }
          },
      .on_transport_error =
          [weak, serial] {
            if (auto call = weak.lock()) {
              call->on_relay_failure(serial, 503);
            }
          },
      .on_terminated = {},
  };
}

void Call::on_relay_response(std::uint64_t serial, Leg to, const Message& response) {
  if (!relay_ || relay_->serial != serial) {
    if (response.status >= 200 && response.status < 300) {
      resend_ack(to, response);  // a retransmitted 2xx to a re-INVITE we relayed and ACKed
    }
    return;
  }
  if (response.status == 100) {
    return;
  }
  const Message& request = relay_->server->request();
  Message out = relayed_response(request, response, "", leg(relay_->from).dialog.contact);
  if (response.status < 200) {
    relay_->server->respond(out);
    return;
  }
  const Relay done = std::move(*relay_);
  relay_.reset();
  if (response.status >= 300) {
    done.server->respond(out);
    if (response.status == 481 || response.status == 408) {
      end_both();  // the other dialog is gone (RFC 3261 §12.2.1.2)
    }
    return;
  }
  refresh_target(leg(to).dialog, response);
  const auto negotiated = negotiate(request, &response, out);
  if (request.method_id == Method::Invite) {
    pending_ack_ = PendingAck{done.from, done.from_cseq, done.to_cseq};
    answer_invite(done.from, done.server, std::move(out), done.from_cseq);
  } else {
    remember_sent(done.from, out);
    done.server->respond(out);
  }
  set_session(to, session_expires(response));  // a refresh of both legs
  set_session(done.from, negotiated);
}

void Call::on_relay_failure(std::uint64_t serial, unsigned status) {
  if (!relay_ || relay_->serial != serial) {
    return;
  }
  const Relay done = std::move(*relay_);
  relay_.reset();
  done.server->respond(make_response(done.server->request(), status));
  end_both();  // the other leg does not answer: the call cannot go on
}

void Call::answer_locally(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
                          const Message& request) {
  LegState& l = leg(from);
  Message out = make_response(request, 200, "OK");
  out.add("Contact", l.dialog.contact);
  out.add("Allow", kCallAllow);
  const bool invite = request.method_id == Method::Invite;
  if ((invite || !request.body.empty()) && !l.sdp_sent.empty()) {
    out.add("Content-Type", l.sdp_sent_type.empty() ? "application/sdp" : l.sdp_sent_type);
    out.body = l.sdp_sent;  // the session as it stands: unchanged, same o= version
  }
  const auto negotiated = negotiate(request, nullptr, out);
  if (invite) {
    answer_invite(from, transaction, std::move(out), cseq_number(request));
  } else {
    transaction->respond(out);
  }
  set_session(from, negotiated);
}

void Call::send_bye(Leg to) {
  if (to == Leg::A) {
    if (!a_invite_->final_response_sent()) {
      a_invite_->respond(make_response(a_invite_->request(), 480, "", a_.dialog.local_tag));
      return;
    }
    if (a_.answer.waiting()) {
      bye_a_after_ack_ = true;  // RFC 3261 §15: not before A's ACK (or its timeout)
      return;
    }
  } else if (!b_answered_) {
    if (b_invite_ && b_invite_open_) {
      services_.transactions.cancel(*b_invite_);
    }
    return;
  }
  if (pending_ack_ && other(pending_ack_->from) == to) {
    send_owed_ack(nullptr);  // every 2xx is ACKed, even just before the BYE
  }
  LegState& l = leg(to);
  services_.transactions.send_request(dialog_request(l.dialog, Method::Bye), l.dialog.peer, {});
}

void Call::send_owed_ack(const Message* body) {
  if (!pending_ack_) {
    return;
  }
  const PendingAck owed = *pending_ack_;
  pending_ack_.reset();
  const Leg to = other(owed.from);
  LegState& l = leg(to);
  Message ack = dialog_ack(l.dialog, owed.to_cseq);
  if (body != nullptr) {
    copy_body(*body, ack);
    remember_sent(to, ack);
  }
  l.last_ack = services_.transactions.send_ack(std::move(ack), l.dialog.peer);
  l.last_ack_cseq = owed.to_cseq;
}

void Call::resend_ack(Leg which, const Message& response) {
  LegState& l = leg(which);
  const std::uint32_t cseq = cseq_number(response);
  if (l.last_ack && cseq == l.last_ack_cseq) {
    l.last_ack = services_.transactions.send_ack(*l.last_ack, l.dialog.peer);  // ours was lost
    return;
  }
  if (pending_ack_ && other(pending_ack_->from) == which && pending_ack_->to_cseq == cseq) {
    return;  // still waiting for the other side's ACK, which this one carries on
  }
  const auto method = parse_cseq(response.header("CSeq").value_or(""));
  if (method && method->method == "INVITE") {
    // A 2xx to a re-INVITE whose relay was abandoned (a BYE crossed it): ACK it all the same.
    l.last_ack = services_.transactions.send_ack(dialog_ack(l.dialog, cseq), l.dialog.peer);
    l.last_ack_cseq = cseq;
  }
}

void Call::abandon_relay() {
  if (!relay_) {
    return;
  }
  const Relay done = std::move(*relay_);
  relay_.reset();
  if (!done.server->final_response_sent()) {
    done.server->respond(make_response(done.server->request(), 487, "Request Terminated"));
  }
}

void Call::end_both() {
  if (released()) {
    return;
  }
  abandon_relay();
  state_ = CallState::Released;
  stop_sessions();
  send_bye(Leg::A);
  send_bye(Leg::B);
  maybe_finish();
}

}  // namespace cme::runtime::sip
