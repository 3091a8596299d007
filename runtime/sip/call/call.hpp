#pragma once
// Call: one call through the B2BUA. Leg A is our UAS dialog with the caller, leg B our UAC
// dialog with the callee (a registered phone or a SIP dial-peer). I/O-free: it acts through the
// TransactionLayer, the TimerService and the RandomSource (CallServices). CallManager creates
// it, routes messages to it and drops it when it reports itself finished.
//
// Set-up (call.cpp): start() answers A with 100 Trying at once and sends B an INVITE with a new
// Call-ID, tags and our Contact, carrying A's SDP. B's 18x (with SDP) and its 2xx (with SDP)
// are relayed to A; B's failure is mapped to A (call_messages.hpp caller_status; 408 when B's
// INVITE timed out, 503 on a transport error). A's ACK is relayed to B as the ACK of B's 2xx
// (with A's body: late offer works), and A's 2xx is retransmitted until then (RFC 3261
// §13.3.1.4). CANCEL from A: 487 to A and CANCEL to B; a 2xx from B that crosses the CANCEL is
// ACKed and ended with BYE. No answer in time (CallSettings::ringing for a dn, invite_expires for
// a dial-peer, from start()): A gets 480 when B alerted (Q.850 cause 19, no answer from user;
// RFC 3398), else 408 (cause 18, no user responding), and B a CANCEL, whose transaction ends
// within 64*T1 even if B never answers it. So no early state outlives these timers.
//
// In the dialog (call_dialog.cpp): BYE from either side is answered 200 and sent to the other
// (a BYE to A waits for A's ACK, RFC 3261 §15). Re-INVITE and UPDATE are relayed to the other
// leg with `midcall-signaling passthru` (glare: 491); otherwise answered here with the SDP last
// sent to that leg. RFC 4028 (call_session.cpp): Session-Expires/Min-SE relayed, 422 when too
// small, each leg's session supervised (no refresh in time: BYE on both legs), and refreshed by
// us with UPDATE where our side of a leg is its refresher and no relayed refresh will come.

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "runtime/sip/call/answer_retransmitter.hpp"
#include "runtime/sip/call/call_router.hpp"
#include "runtime/sip/call/call_settings.hpp"
#include "runtime/sip/call/call_snapshot.hpp"
#include "runtime/sip/call/session_expires.hpp"
#include "runtime/sip/dialog/dialog.hpp"
#include "runtime/sip/transaction/client_transaction.hpp"
#include "runtime/sip/transaction/server_transaction.hpp"
#include "runtime/sip/transaction/transaction_timer.hpp"

namespace cme::runtime::sip {

enum class Leg { A, B };

class Call : public std::enable_shared_from_this<Call> {
 public:
  /// Runs once, when the call has nothing left to do; the manager then drops it.
  using Finished = std::function<void(Call&)>;

  Call(std::uint64_t id, CallServices services, CallSettings settings, Finished finished);
  ~Call();
  Call(const Call&) = delete;
  Call& operator=(const Call&) = delete;

  /// A's INVITE (outside a dialog; core headers `core`) from `source`, routed to `target`.
  /// Call once, after make_shared.
  void start(std::shared_ptr<ServerTransaction> invite, const Message& request,
             const RequestCore& core, const net::Endpoint& source, CallTarget target);
  /// A CANCELled its INVITE (the CANCEL itself is answered by the manager).
  void cancel();
  /// A request inside the dialog of `from` (BYE, re-INVITE, UPDATE, ...).
  void on_request(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
                  const Message& request, const RequestCore& core);
  /// An ACK inside the dialog of `from`, for the INVITE with CSeq `cseq`.
  void on_ack(Leg from, const Message& ack, std::uint32_t cseq);

  std::uint64_t id() const { return id_; }
  CallState state() const { return state_; }
  bool released() const { return state_ == CallState::Released; }
  /// True once the callee answered (2xx to the initial INVITE).
  bool answered() const { return b_answered_; }
  /// True while a finished call keeps itself alive for B's INVITE transaction (Timer M).
  bool lingering() const { return lingering_ != nullptr; }
  /// Gives up that self-reference (the call manager going away before Timer M fired): the
  /// call is destroyed when the returned pointer and every other holder let go of it.
  std::shared_ptr<Call> release_lingering() { return std::move(lingering_); }
  const Dialog& dialog(Leg leg) const { return leg == Leg::A ? a_.dialog : b_.dialog; }
  const CallTarget& target() const { return target_; }
  const std::string& calling() const { return calling_; }
  /// True when `transaction` is A's INVITE.
  bool is_invite(const ServerTransaction* transaction) const {
    return a_invite_.get() == transaction;
  }
  /// True when the call ended because no session refresh came (RFC 4028).
  bool session_expired() const { return session_expired_; }
  /// True when the call ended unanswered because its ring timer ran out.
  bool ring_timed_out() const { return ring_timed_out_; }
  /// The RFC 4028 session of `leg`, if one was negotiated there.
  const std::optional<SessionExpires>& session(Leg which) const {
    return which == Leg::A ? a_.session : b_.session;
  }
  CallSnapshot snapshot() const;

 private:
  struct LegState {
    LegState(TimerService& timers, TransactionTimers t)
        : answer(timers, t), expiry(timers), refresh(timers) {}
    Dialog dialog;
    bool confirmed = false;           ///< the 2xx of the initial INVITE was sent (A) / received (B)
    std::string sdp_sent;             ///< the last body we sent to this leg (local answers)
    std::string sdp_sent_type;        ///< its Content-Type
    AnswerRetransmitter answer;       ///< our 2xx to an INVITE of this leg, until its ACK
    std::optional<Message> last_ack;  ///< our last ACK on this leg (UAC), for 2xx retransmissions
    std::uint32_t last_ack_cseq = 0;
    std::optional<SessionExpires> session;  ///< this leg's RFC 4028 session, if any
    TransactionTimer expiry;                ///< no refresh by then: BYE both legs
    TransactionTimer refresh;               ///< when we are this leg's refresher
  };
  /// An ACK owed to `to` once `from` ACKs our 2xx to its INVITE `from_cseq`.
  struct PendingAck {
    Leg from = Leg::A;
    std::uint32_t from_cseq = 0;
    std::uint32_t to_cseq = 0;
  };
  /// A re-INVITE or UPDATE of `from` relayed to the other leg and not answered yet.
  struct Relay {
    std::uint64_t serial = 0;
    Leg from = Leg::A;
    std::shared_ptr<ServerTransaction> server;
    std::shared_ptr<ClientTransaction> client;
    std::uint32_t from_cseq = 0;
    std::uint32_t to_cseq = 0;
  };

  // call.cpp: set-up
  ClientTransaction::Callbacks b_invite_callbacks();
  void on_b_invite_response(const Message& response);
  void on_b_provisional(const Message& response);
  void on_b_answer(const Message& response);
  void on_b_failure(unsigned status, const Message* response);
  void end_unanswered_b();
  /// Ends the call before B answered: `status` to A, CANCEL to B.
  void abandon(unsigned status);
  void on_ring_timeout();
  void b_invite_done();
  void maybe_finish();

  // call_dialog.cpp: in-dialog requests
  void hang_up(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
               const Message& request);
  void midcall(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
               const Message& request);
  void relay(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
             const Message& request);
  ClientTransaction::Callbacks relay_callbacks(std::uint64_t serial, Leg to);
  void on_relay_response(std::uint64_t serial, Leg to, const Message& response);
  void on_relay_failure(std::uint64_t serial, unsigned status);
  void answer_locally(Leg from, const std::shared_ptr<ServerTransaction>& transaction,
                      const Message& request);
  void send_bye(Leg to);
  void send_owed_ack(const Message* body);
  void resend_ack(Leg leg, const Message& response);
  void end_both();
  void abandon_relay();

  // call_session.cpp: RFC 4028 and 2xx bookkeeping shared by set-up and mid-call
  void answer_invite(Leg to, const std::shared_ptr<ServerTransaction>& transaction, Message answer,
                     std::uint32_t cseq);
  std::optional<SessionExpires> negotiate(const Message& request, const Message* response,
                                          Message& answer);
  void set_session(Leg which, const std::optional<SessionExpires>& negotiated);
  bool we_refresh(Leg which) const;
  void send_refresh(Leg which);
  void on_refresh_response(Leg which, const Message& response);
  void stop_sessions();
  void on_session_expired();
  void on_ack_timeout(Leg leg);
  void remember_sent(Leg to, const Message& message);

  LegState& leg(Leg which) { return which == Leg::A ? a_ : b_; }
  static Leg other(Leg which) { return which == Leg::A ? Leg::B : Leg::A; }
  std::weak_ptr<void> weak_self() { return weak_from_this(); }

  std::uint64_t id_;
  CallServices services_;
  CallSettings settings_;
  Finished finished_;
  CallState state_ = CallState::Proceeding;
  CallTarget target_;
  std::string calling_;
  LegState a_;
  LegState b_;
  std::shared_ptr<ServerTransaction> a_invite_;
  std::uint32_t a_cseq_ = 0;  ///< CSeq of A's INVITE
  std::uint32_t b_cseq_ = 0;  ///< CSeq of our INVITE to B
  std::shared_ptr<ClientTransaction> b_invite_;
  bool b_invite_open_ = false;  ///< B's INVITE transaction is still running
  /// Set while a finished call waits for B's answered INVITE transaction to end (maybe_finish).
  std::shared_ptr<Call> lingering_;
  bool b_answered_ = false;  ///< B sent a 2xx to the initial INVITE
  bool bye_a_after_ack_ = false;
  bool finish_reported_ = false;
  bool session_expired_ = false;
  bool ring_timed_out_ = false;
  TransactionTimer ring_;  ///< from start() until B answers or the call ends
  std::optional<PendingAck> pending_ack_;
  std::optional<Relay> relay_;
  std::uint64_t relay_serial_ = 0;
  Clock::SteadyTime answered_at_{};
};

}  // namespace cme::runtime::sip
