// sip_parse: how fast the SIP message layer reads the messages a registrar and a call see.
//
//   build/bench/sip_parse [N]      (default N = 200000 iterations per figure)
//
// Figures (messages per second of thread CPU time, so that other load on the machine matters
// little; best of kRepeats runs, one thread):
//   - parse_message of a REGISTER carrying Digest credentials, and of an INVITE with SDP;
//   - the registrar path: parse_message + request_core + parse_digest(Authorization) +
//     parse_name_addr(Contact);
//   - the call path: parse_message + request_core + parse_sdp(body);
//   - each header parser on the REGISTER's header (Via, From, Contact, CSeq, Authorization), and
//     request_core alone;
//   - serialize of a 200 OK built with make_response, and a StreamFramer fed 1 KiB chunks of a
//     stream of REGISTERs.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>

#include "runtime/sip/message/framer.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/response.hpp"
#include "runtime/sip/message/sdp.hpp"
#include "runtime/sip/message/serialize.hpp"

namespace {

using namespace cme::runtime::sip;

/// Seconds of CPU time used by this thread.
double thread_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

constexpr int kRepeats = 3;
constexpr long kDefaultIterations = 200000;

const std::string kRegister =
    "REGISTER sip:10.0.0.1 SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 10.0.0.21:5060;branch=z9hG4bK1b5a0c2d7e;rport\r\n"
    "From: \"Line 1001\" <sip:1001@10.0.0.1>;tag=7f3a2b1c-4d5e\r\n"
    "To: <sip:1001@10.0.0.1>\r\n"
    "Call-ID: 00112233-44550003-5a6b7c8d-1e2f3a4b@10.0.0.21\r\n"
    "Max-Forwards: 70\r\n"
    "Date: Sat, 22 Nov 2026 07:16:02 GMT\r\n"
    "CSeq: 102 REGISTER\r\n"
    "User-Agent: Cisco-CP8865/14.1.1\r\n"
    "Contact: <sip:1001@10.0.0.21:5060;transport=udp>;+sip.instance=\"<urn:uuid:00000000-0000-"
    "0000-0000-001122334455>\";+u.sip!devicename.ccm.cisco.com=\"SEP001122334455\";expires=3600\r\n"
    "Supported: replaces,join,sdp-anat,norefersub,resource-priority,extended-refer,X-cisco-"
    "callinfo,X-cisco-serviceuri,X-cisco-escapecodes,X-cisco-service-control,X-cisco-srtp-"
    "fallback\r\n"
    "Authorization: Digest username=\"1001\",realm=\"OpenCME\",uri=\"sip:10.0.0.1\","
    "response=\"6629fae49393a05397450978507c4ef1\",nonce=\"5f2b8c1d9e3a4b7c6d0e1f2a3b4c5d6e\","
    "algorithm=MD5,cnonce=\"0a4f113b\",qop=auth,nc=00000001\r\n"
    "Expires: 3600\r\n"
    "Content-Length: 0\r\n"
    "\r\n";

const std::string kInviteBody =
    "v=0\r\n"
    "o=Cisco-SIPUA 24123 0 IN IP4 10.0.0.21\r\n"
    "s=SIP Call\r\n"
    "c=IN IP4 10.0.0.21\r\n"
    "t=0 0\r\n"
    "m=audio 24580 RTP/AVP 0 8 18 101\r\n"
    "a=rtpmap:0 PCMU/8000\r\n"
    "a=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:18 G729/8000\r\n"
    "a=fmtp:18 annexb=no\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=fmtp:101 0-15\r\n"
    "a=ptime:20\r\n"
    "a=sendrecv\r\n";

const std::string kInvite =
    "INVITE sip:1002@10.0.0.1;user=phone SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 10.0.0.21:5060;branch=z9hG4bK4c6e1a2b\r\n"
    "From: \"Line 1001\" <sip:1001@10.0.0.1>;tag=00112233445500086d8a3c2e-1f4b5a6c\r\n"
    "To: <sip:1002@10.0.0.1>\r\n"
    "Call-ID: 00112233-44550007-2b3c4d5e-6f7a8b9c@10.0.0.21\r\n"
    "Max-Forwards: 70\r\n"
    "CSeq: 101 INVITE\r\n"
    "User-Agent: Cisco-CP8865/14.1.1\r\n"
    "Contact: <sip:1001@10.0.0.21:5060;transport=udp>;+u.sip!devicename.ccm.cisco.com="
    "\"SEP001122334455\"\r\n"
    "Expires: 180\r\n"
    "Accept: application/sdp\r\n"
    "Allow: ACK,BYE,CANCEL,INVITE,NOTIFY,OPTIONS,REFER,REGISTER,UPDATE,SUBSCRIBE,INFO\r\n"
    "Supported: replaces,join,sdp-anat,norefersub,resource-priority,extended-refer\r\n"
    "Allow-Events: kpml,dialog\r\n"
    "Content-Type: application/sdp\r\n"
    "Content-Disposition: session;handling=optional\r\n"
    "Content-Length: " +
    std::to_string(kInviteBody.size()) + "\r\n\r\n" + kInviteBody;

std::size_t g_sink = 0;  // keeps results observable

double best_rate(long iterations, const std::function<void()>& step) {
  double best = 0;
  for (int r = 0; r < kRepeats; ++r) {
    double const start = thread_seconds();
    for (long i = 0; i < iterations; ++i) {
      step();
    }
    double const seconds = thread_seconds() - start;
    best = std::max(best, static_cast<double>(iterations) / seconds);
  }
  return best;
}

Message parse_or_die(const std::string& bytes) {
  auto parsed = parse_message(bytes);
  if (!parsed) {
    std::fprintf(stderr, "bench message does not parse: %s\n", parsed.error().reason.c_str());
    std::exit(1);
  }
  return std::move(parsed).value();
}

void registrar_path() {
  Message m = parse_or_die(kRegister);
  auto core = request_core(m);
  auto digest = parse_digest(*m.header("Authorization"));
  auto contact = parse_name_addr(*m.header("Contact"));
  g_sink += core.ok() + digest.ok() + contact.ok();
}

void call_path() {
  Message m = parse_or_die(kInvite);
  auto core = request_core(m);
  auto sdp = parse_sdp(m.body);
  g_sink += core.ok() + sdp.ok();
}

void report(const char* what, double rate, std::size_t bytes) {
  std::printf("%-58s %10.0f msg/s  %7.2f us/msg  (%zu bytes)\n", what, rate, 1e6 / rate, bytes);
}

}  // namespace

int main(int argc, char** argv) {
  long const n = argc > 1 ? std::atol(argv[1]) : kDefaultIterations;
  registrar_path();
  call_path();
  report("parse_message REGISTER with Authorization",
         best_rate(n, [] { g_sink += parse_message(kRegister)->headers.size(); }),
         kRegister.size());
  report("parse_message INVITE with SDP",
         best_rate(n, [] { g_sink += parse_message(kInvite)->headers.size(); }), kInvite.size());
  report("REGISTER: parse + request_core + digest + Contact", best_rate(n, registrar_path),
         kRegister.size());
  report("INVITE: parse + request_core + parse_sdp", best_rate(n, call_path), kInvite.size());
  Message const reg = parse_or_die(kRegister);
  const auto header_rate = [&](const char* what, std::string_view name, auto parse) {
    const std::string_view value = *reg.header(name);
    report(what, best_rate(n, [&] { g_sink += parse(value).ok(); }), value.size());
  };
  header_rate("  parse_via (REGISTER's Via)", "Via", [](std::string_view v) { return parse_via(v); });
  header_rate("  parse_name_addr (REGISTER's From)", "From",
              [](std::string_view v) { return parse_name_addr(v); });
  header_rate("  parse_name_addr (REGISTER's Contact)", "Contact",
              [](std::string_view v) { return parse_name_addr(v); });
  header_rate("  parse_cseq", "CSeq", [](std::string_view v) { return parse_cseq(v); });
  header_rate("  parse_digest (Authorization)", "Authorization",
              [](std::string_view v) { return parse_digest(v); });
  report("  request_core", best_rate(n, [&] { g_sink += request_core(reg).ok(); }),
         kRegister.size());
  Message const response = make_response(parse_or_die(kRegister), 200, {}, "as7d3f");
  report("serialize 200 OK to REGISTER",
         best_rate(n, [&] { g_sink += serialize(response).size(); }), serialize(response).size());
  std::string stream;
  for (int i = 0; i < 64; ++i) {
    stream += kRegister;
  }
  double const stream_rate = best_rate(n / 64 + 1, [&] {
    StreamFramer framer;
    for (std::size_t pos = 0; pos < stream.size(); pos += 1024) {
      framer.feed(std::string_view(stream).substr(pos, 1024));
      for (auto e = framer.next(); e.kind != FrameEvent::Kind::NeedMore; e = framer.next()) {
        g_sink += e.message.headers.size();
      }
    }
  });
  report("StreamFramer, REGISTERs in 1 KiB chunks", stream_rate * 64, kRegister.size());
  std::printf("(sink %zu)\n", g_sink);
  return 0;
}
