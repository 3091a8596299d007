// Call: 2xx answers to INVITEs and RFC 4028 session supervision (see call.hpp).

#include <utility>

#include "runtime/sip/call/call.hpp"

namespace cme::runtime::sip {

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

void Call::arm_session(const std::optional<SessionExpires>& negotiated) {
  if (negotiated) {
    session_ = negotiated;
  }
  if (!session_ || released()) {
    return;
  }
  session_timer_.start(expiry_delay(session_->interval), weak_self(),
                       [this] { on_session_expired(); });
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
