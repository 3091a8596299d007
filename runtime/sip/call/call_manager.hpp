#pragma once
// CallManager: the B2BUA's call table (CME call control for SIP phones and SIP dial-peers).
// SipService hands it INVITEs, in-dialog requests, CANCELs and ACKs; it answers what no call
// takes and creates, finds and drops the calls (call.hpp). I/O-free.
//
// A new INVITE (no To tag), in order:
//   - Max-Forwards 0 -> 483 Too Many Hops; our own B-leg Call-ID coming back -> 482 Loop
//     Detected; a Require other than `timer` (100rel: we relay no PRACK) -> 420 Bad Extension;
//     kMaxCalls calls in the table -> 503; a Session-Expires below Min-SE -> 422 with Min-SE
//     (RFC 4028);
//   - from an untrusted address (CallRouter::trusted, IOS toll-fraud prevention) -> 403;
//   - routing (CallRouter): unknown number 404, dn without a registered phone 480;
//   - busy rule: a voice register dn in a call, as caller or as callee, is busy (like
//     `busy-trigger-per-button 1`; not configurable in the model yet): a call to it gets 486
//     Busy Here. Its phone may still place another call itself (hold, then a new call), and
//     dial-peers have no busy limit;
//   - otherwise a Call starts (100 Trying at once, INVITE to the callee).
// In-dialog requests and ACKs are matched by Call-ID and our tag (the To tag) to a call leg;
// requests matching none get 481 (ACKs are dropped). A CANCEL goes to the call of the INVITE it
// targets (200 to the CANCEL either way; 481 when it targets nothing).

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/config.hpp"
#include "runtime/sip/call/call.hpp"
#include "runtime/sip/call/call_router.hpp"
#include "runtime/sip/call/call_settings.hpp"
#include "runtime/sip/call/call_snapshot.hpp"
#include "runtime/sip/registrar/binding_table.hpp"

namespace cme::runtime::sip {

struct CallCounters {
  std::size_t invites = 0;          ///< new INVITEs seen
  std::size_t started = 0;          ///< calls started (INVITE sent to the callee)
  std::size_t answered = 0;         ///< finished calls that the callee had answered
  std::size_t not_found = 0;        ///< 404
  std::size_t unavailable = 0;      ///< 480
  std::size_t busy = 0;             ///< 486
  std::size_t rejected = 0;         ///< 403, 422, 482, 483
  std::size_t cancelled = 0;        ///< CANCELs that reached a call
  std::size_t session_expired = 0;  ///< calls ended for want of a session refresh
  std::size_t ring_timeouts = 0;    ///< calls ended unanswered by their ring timer
  std::size_t stray = 0;            ///< in-dialog requests answered 481
};

class CallManager {
 public:
  /// Calls in the table (released ones still finishing included) beyond which INVITEs get 503.
  static constexpr std::size_t kMaxCalls = 2000;

  /// `services` and `bindings` (the registrar's) are borrowed and must outlive the manager.
  CallManager(CallServices services, const BindingTable& bindings, SentBy address);
  ~CallManager();
  CallManager(const CallManager&) = delete;
  CallManager& operator=(const CallManager&) = delete;

  /// Follows the running configuration (dns, pools, dial-peers, midcall-signaling passthru,
  /// telephony-service `timeouts ringing`, sip-ua `timers expires`). Calls in progress keep
  /// their settings.
  void configure(std::shared_ptr<const model::Config> config);

  /// An INVITE outside a dialog (see above).
  void on_invite(const std::shared_ptr<ServerTransaction>& transaction, const Message& request,
                 const RequestCore& core, const net::Endpoint& source);
  /// A request with a To tag (or a BYE/UPDATE): to its call leg, else 481.
  void on_in_dialog(const std::shared_ptr<ServerTransaction>& transaction, const Message& request,
                    const RequestCore& core);
  /// A CANCEL (TransactionUser::on_cancel): answered here.
  void on_cancel(const std::shared_ptr<ServerTransaction>& cancel,
                 const std::shared_ptr<ServerTransaction>& cancelled, const Message& request);
  /// An ACK for a 2xx (TransactionUser::on_ack).
  void on_ack(const Message& ack);

  /// The calls that are not released, oldest first.
  std::vector<CallSnapshot> snapshot() const;
  /// Calls in the table, released ones still finishing included.
  std::size_t size() const { return calls_.size(); }
  const CallCounters& counters() const { return counters_; }
  /// True when voice register dn `dn` is in a call that is not released.
  bool busy(unsigned dn) const;

 private:
  struct DialogKey {
    std::string call_id;
    std::string tag;  ///< our tag in that dialog
    auto operator<=>(const DialogKey&) const = default;
  };
  struct LegRef {
    std::uint64_t call = 0;
    Leg leg = Leg::A;
  };

  /// The call and leg of an in-dialog message (Call-ID and To tag), or null.
  std::shared_ptr<Call> find(const Message& message, Leg& leg) const;
  bool reject_early(const std::shared_ptr<ServerTransaction>& transaction, const Message& request,
                    const RequestCore& core, const net::Endpoint& source);
  void reject(const std::shared_ptr<ServerTransaction>& transaction, const Message& request,
              unsigned status, std::size_t& counter);
  void start_call(const std::shared_ptr<ServerTransaction>& transaction, const Message& request,
                  const RequestCore& core, const net::Endpoint& source, const RouteResult& route);
  void finished(Call& call);

  CallServices services_;
  const BindingTable& bindings_;
  CallSettings settings_;
  std::unique_ptr<CallRouter> router_;
  std::uint64_t next_id_ = 1;
  std::map<std::uint64_t, std::shared_ptr<Call>> calls_;
  /// Finished calls that keep themselves alive until B's INVITE transaction ends; released by
  /// the destructor (else a call finished less than Timer M before shutdown leaked itself).
  std::vector<std::weak_ptr<Call>> lingering_;
  std::size_t lingering_floor_ = 64;  ///< expired entries are swept when the list doubles
  std::map<std::uint64_t, std::optional<unsigned>> caller_dns_;  ///< the caller's dn per call
  std::map<DialogKey, LegRef> dialogs_;
  CallCounters counters_;
};

}  // namespace cme::runtime::sip
