#pragma once
// SipStatus: what the running SIP service reports to show commands (`show voice register
// statistics`, `show voice register pool`, `show sip-ua status registrar`). Declared in model/
// so that modes/ can print it and runtime/ can fill it without either depending on the other
// (runtime/sip/sip_status_view.hpp implements it).

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace cme::model {

/// `show voice register statistics` (reference sample "Global statistics").
struct RegistrationStatistics {
  std::size_t active = 0;    ///< bindings now
  std::size_t phones = 0;    ///< pools with at least one binding
  std::size_t requests = 0;  ///< REGISTERs decided (the 401 of a first digest round excluded)
  std::size_t success = 0;   ///< answered 200
  std::size_t failed = 0;    ///< refused: wrong credentials, no pool, 423, out of order ...
  /// of them refused unverified: the source or user reached its failed-digest bound (403)
  std::size_t blocked = 0;
};

/// One registered contact of a pool.
struct ContactStatus {
  unsigned pool = 0;
  std::string contact;  ///< "sip:2201@10.0.0.5:5060"
  std::string address;  ///< where the REGISTER came from: "10.0.0.5"
  unsigned port = 0;
  std::string transport;  ///< "UDP" / "TCP"
  std::string call_id;
  std::chrono::seconds expires{0};   ///< remaining
  std::vector<std::string> numbers;  ///< the numbers of the pool's `number N dn T` dns
};

/// A REGISTER that matched no pool (`show voice register pool attempted-registrations`).
struct AttemptStatus {
  std::string mac;      ///< "0024.C4F1.2A09", or "" when the phone sent none
  std::string address;  ///< source IP
  std::string user;     ///< To user
  std::size_t attempts = 0;
  std::chrono::system_clock::time_point last{};
};

/// One call through the B2BUA (`show sip-ua calls`): the caller's leg (we are its UAS) and the
/// callee's leg (we are its UAC).
struct CallStatus {
  std::string state;  ///< "PROCEEDING", "ALERTING", "ANSWERED", "ACTIVE"
  std::string calling;
  std::string called;
  std::string target;  ///< "dn 2" or "dial-peer 9000"
  std::string a_call_id;
  std::string b_call_id;
  std::string a_peer;  ///< "10.0.0.5:5060"
  std::string b_peer;
  std::chrono::seconds duration{0};
  std::chrono::seconds session_expires{0};
};

class SipStatus {
 public:
  virtual ~SipStatus() = default;
  virtual RegistrationStatistics statistics() const = 0;
  /// Every binding, by pool tag then registration order.
  virtual std::vector<ContactStatus> contacts() const = 0;
  /// The calls in progress, oldest first.
  virtual std::vector<CallStatus> calls() const = 0;
  /// Attempted registrations, oldest first.
  virtual std::vector<AttemptStatus> attempts() const = 0;
  /// `clear voice register attempted-registrations [ip A | mac H.H.H]`: "" = no filter.
  /// Returns how many entries were removed.
  virtual std::size_t clear_attempts(const std::string& address, const std::string& mac) = 0;
};

}  // namespace cme::model
