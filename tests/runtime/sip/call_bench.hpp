#pragma once
// CallBench: the whole SIP service (transactions, registrar, calls) on a manual clock, a
// recording channel and seeded randomness, with phones that REGISTER and play scripted UAs.
// Tests inject what a phone sends (receive) and read what OpenCME sent to it (inbox), so a
// call is a script of wire messages, clock advances and expectations (STYLE.md §7).

#include <catch2/catch.hpp>
#include <chrono>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/response.hpp"
#include "runtime/sip/sip_service.hpp"
#include "tests/runtime/sip/call_bench_config.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"
#include "tests/support/recording_message_channel.hpp"
#include "tests/support/seeded_random.hpp"

namespace cme::test {

using runtime::net::Endpoint;
using runtime::sip::Message;
using runtime::sip::Method;

inline std::string sdp_for(const std::string& address, unsigned port, unsigned version = 1) {
  return "v=0\r\no=- 42 " + std::to_string(version) + " IN IP4 " + address +
         "\r\ns=-\r\nc=IN IP4 " + address + "\r\nt=0 0\r\nm=audio " + std::to_string(port) +
         " RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
}

/// A phone (or trunk) the bench plays: its address and number, and its dialog state.
struct Ua {
  Endpoint at;
  std::string number;
  int branches = 0;
  std::uint32_t cseq = 0;
  std::string branch() { return "z9hG4bK-" + number + '-' + std::to_string(++branches); }
};

class CallBench {
 public:
  explicit CallBench(bool passthru = false)
      : service(clock, timers, random, channel, runtime::sip::SentBy{"10.0.0.1", 5060, 5060}) {
    service.configure(call_config(passthru));
  }

  ManualClock clock;
  ManualTimerService timers{clock};
  RecordingMessageChannel channel{clock};
  SeededRandom random{42};
  runtime::sip::SipService service;
  Ua alice{{"10.0.0.11", 5060}, "3001"};
  Ua bob{{"10.0.0.12", 5060}, "3002"};
  Ua carol{{"10.0.0.13", 5060}, "3003"};
  Ua trunk{{"10.0.0.50", 5070}, "trunk"};

  void receive(const Message& m, const Ua& from) { service.receive(m, from.at); }

  /// Everything sent to `ua` since the last call, in order.
  std::vector<Message> inbox(const Ua& ua) {
    for (auto& s : channel.take()) {
      pending_[s.to].push_back(std::move(s.message));
    }
    auto& q = pending_[ua.at];
    std::vector<Message> out(q.begin(), q.end());
    q.clear();
    return out;
  }

  /// REGISTERs `ua` (its own Contact) and checks the 200.
  void register_ua(Ua& ua) {
    Message m = request(ua, Method::Register, "sip:10.0.0.1", "<sip:" + ua.number + "@10.0.0.1>",
                        "reg-" + ua.number, "<sip:" + ua.number + "@10.0.0.1>");
    m.add("Expires", "3600");
    receive(m, ua);
    const auto got = inbox(ua);
    REQUIRE(got.size() == 1);
    REQUIRE(got[0].status == 200);
  }

  /// A request from `ua` (new branch, next CSeq).
  Message request(Ua& ua, Method method, const std::string& uri, const std::string& to,
                  const std::string& call_id, const std::string& from = "") {
    Message m;
    m.request = true;
    m.method_id = method;
    m.method = std::string(runtime::sip::method_text(method));
    m.request_uri = uri;
    m.add("Via", "SIP/2.0/UDP " + ua.at.address + ':' + std::to_string(ua.at.port) +
                     ";branch=" + ua.branch() + ";rport");
    m.add("Max-Forwards", "70");
    m.add("From",
          from.empty() ? "<sip:" + ua.number + "@10.0.0.1>;tag=" + ua.number + "-tag" : from);
    m.add("To", to);
    m.add("Call-ID", call_id);
    m.add("CSeq", std::to_string(++ua.cseq) + ' ' + m.method);
    m.add("Contact",
          "<sip:" + ua.number + '@' + ua.at.address + ':' + std::to_string(ua.at.port) + '>');
    return m;
  }

  /// `ua`'s INVITE to `number` with its SDP offer.
  Message invite(Ua& ua, const std::string& number, const std::string& call_id = "call-a") {
    Message m = request(ua, Method::Invite, "sip:" + number + "@10.0.0.1:5060",
                        "<sip:" + number + "@10.0.0.1>", call_id);
    with_sdp(m, sdp_for(ua.at.address, 20000));
    return m;
  }

  static void with_sdp(Message& m, const std::string& sdp) {
    m.set("Content-Type", "application/sdp");
    m.body = sdp;
  }

  /// `ua`'s response to `request` (which it received from OpenCME), with tag and Contact.
  static Message answer(const Ua& ua, const Message& request, unsigned status,
                        const std::string& sdp = "") {
    Message m = runtime::sip::make_response(request, status, "", ua.number + "-tag");
    if (status > 100 && status < 300) {
      m.add("Contact",
            "<sip:" + ua.number + '@' + ua.at.address + ':' + std::to_string(ua.at.port) + '>');
    }
    if (!sdp.empty()) {
      with_sdp(m, sdp);
    }
    return m;
  }

  /// A request inside the dialog `ua` sees in `peer_message` (the 2xx to its INVITE, or an
  /// INVITE it received): Call-ID, tags and CSeq from it, the right way round.
  Message in_dialog(Ua& ua, Method method, const Message& peer_message) {
    const bool ua_is_uac = !peer_message.request;  // it sent the INVITE, got the response
    std::string from(peer_message.header(ua_is_uac ? "From" : "To").value_or(""));
    std::string to(peer_message.header(ua_is_uac ? "To" : "From").value_or(""));
    if (!ua_is_uac) {
      from += ";tag=" + ua.number + "-tag";
    }
    const std::string call_id(peer_message.header("Call-ID").value_or(""));
    return request(ua, method, "sip:opencme@10.0.0.1:5060", to, call_id, from);
  }

  /// The ACK `ua` sends for the 2xx `ok` to its INVITE.
  Message ack(Ua& ua, const Message& ok) {
    Message m = in_dialog(ua, Method::Ack, ok);
    const auto cseq = runtime::sip::parse_cseq(ok.header("CSeq").value_or(""));
    m.set("CSeq", std::to_string(cseq ? cseq->number : 0) + " ACK");
    --ua.cseq;
    return m;
  }

 private:
  std::map<Endpoint, std::deque<Message>> pending_;
};

/// The status codes of `messages` (0 for requests).
inline std::vector<unsigned> statuses(const std::vector<Message>& messages) {
  std::vector<unsigned> out;
  for (const auto& m : messages) {
    out.push_back(m.request ? 0 : m.status);
  }
  return out;
}

/// The methods of `messages` ("" for responses).
inline std::vector<std::string> methods(const std::vector<Message>& messages) {
  std::vector<std::string> out;
  for (const auto& m : messages) {
    out.push_back(m.request ? m.method : "");
  }
  return out;
}

}  // namespace cme::test
