// Dialog state of the call legs (RFC 3261 §12): route sets from Record-Route in both directions,
// remote targets, CSeq order, and what a new INVITE needs that we do not support (420).

#include <catch2/catch.hpp>

#include "runtime/sip/dialog/dialog.hpp"
#include "tests/runtime/sip/call_bench.hpp"

using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::test::CallBench;
using cme::test::methods;
using cme::test::sdp_for;
using cme::test::statuses;
using Strings = std::vector<std::string>;
using Codes = std::vector<unsigned>;

namespace {

Strings values(const Message& m, const char* name) {
  Strings out;
  for (const auto v : m.headers_named(name)) {
    out.emplace_back(v);
  }
  return out;
}

}  // namespace

TEST_CASE("call dialog: Record-Route makes the route sets of both legs", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  Message invite = b.invite(b.alice, "3002");
  invite.add("Record-Route", "<sip:pa1.example;lr>");
  invite.add("Record-Route", "<sip:pa2.example;lr>");
  b.receive(invite, b.alice);
  b.inbox(b.alice);
  const Message out = b.inbox(b.bob).at(0);
  CHECK(values(out, "Record-Route").empty());  // a B2BUA starts a new dialog
  CHECK(values(out, "Route").empty());

  Message ringing = CallBench::answer(b.bob, out, 180);
  ringing.add("Record-Route", "<sip:pb1.example;lr>");
  ringing.add("Record-Route", "<sip:pb2.example;lr>");
  b.receive(ringing, b.bob);
  const auto early = b.inbox(b.alice);
  REQUIRE(statuses(early) == Codes{180});
  CHECK(values(early[0], "Record-Route") ==
        Strings{"<sip:pa1.example;lr>", "<sip:pa2.example;lr>"});

  Message ok = CallBench::answer(b.bob, out, 200, sdp_for("10.0.0.12", 30000));
  ok.add("Record-Route", "<sip:pb1.example;lr>");
  ok.add("Record-Route", "<sip:pb2.example;lr>");
  ok.set("Contact", "<sip:bob@10.0.0.12:5099>");
  b.receive(ok, b.bob);
  const Message ours = b.inbox(b.alice).at(0);
  CHECK(values(ours, "Record-Route") == Strings{"<sip:pa1.example;lr>", "<sip:pa2.example;lr>"});
  b.receive(b.ack(b.alice, ours), b.alice);
  const Message ack = b.inbox(b.bob).at(0);
  CHECK(ack.request_uri == "sip:bob@10.0.0.12:5099");  // the remote target, from the 2xx
  CHECK(values(ack, "Route") == Strings{"<sip:pb2.example;lr>", "<sip:pb1.example;lr>"});

  b.receive(b.in_dialog(b.bob, Method::Bye, out), b.bob);
  b.inbox(b.bob);
  const auto bye = b.inbox(b.alice);
  REQUIRE(methods(bye) == Strings{"BYE"});
  CHECK(values(bye[0], "Route") == Strings{"<sip:pa1.example;lr>", "<sip:pa2.example;lr>"});
}

TEST_CASE("call dialog: a request out of CSeq order gets 500", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  b.receive(b.invite(b.alice, "3002"), b.alice);
  b.inbox(b.alice);
  const Message out = b.inbox(b.bob).at(0);
  b.receive(CallBench::answer(b.bob, out, 200, sdp_for("10.0.0.12", 30000)), b.bob);
  const Message ok = b.inbox(b.alice).at(0);
  b.receive(b.ack(b.alice, ok), b.alice);
  Message stale = b.in_dialog(b.alice, Method::Update, ok);
  stale.set("CSeq", "1 UPDATE");  // below the INVITE's
  b.receive(stale, b.alice);
  CHECK(statuses(b.inbox(b.alice)) == Codes{500});
  Message unknown = b.in_dialog(b.alice, Method::Bye, ok);
  unknown.set("Call-ID", "no-such-call");
  b.receive(unknown, b.alice);
  CHECK(statuses(b.inbox(b.alice)) == Codes{481});
}

TEST_CASE("call dialog: an INVITE that requires 100rel gets 420", "[runtime][sip][call]") {
  CallBench b;
  b.register_ua(b.alice);
  b.register_ua(b.bob);
  Message invite = b.invite(b.alice, "3002");
  invite.add("Require", "100rel");
  b.receive(invite, b.alice);
  const auto got = b.inbox(b.alice);
  REQUIRE(statuses(got) == Codes{420});
  CHECK(std::string(got[0].header("Unsupported").value_or("")) == "100rel");
}

TEST_CASE("call dialog: a UAS dialog from an INVITE, and its requests", "[runtime][sip][call]") {
  CallBench b;
  Message invite = b.invite(b.alice, "3002");
  invite.add("Record-Route", "<sip:p1;lr>");
  const auto core = cme::runtime::sip::request_core(invite);
  REQUIRE(core);
  auto d = cme::runtime::sip::uas_dialog(invite, *core, "ours", b.alice.at, "<sip:3002@me>");
  CHECK(d.remote_tag == "3001-tag");
  CHECK(d.remote_target == "sip:3001@10.0.0.11:5060");
  CHECK(d.route_set == Strings{"<sip:p1;lr>"});
  CHECK(d.remote_cseq == 1u);
  const Message bye = cme::runtime::sip::dialog_request(d, Method::Bye);
  CHECK(std::string(bye.header("From").value_or("")) == "<sip:3002@10.0.0.1>;tag=ours");
  CHECK(std::string(bye.header("To").value_or("")) == "<sip:3001@10.0.0.1>;tag=3001-tag");
  CHECK(std::string(bye.header("CSeq").value_or("")) == "1 BYE");
  CHECK_FALSE(cme::runtime::sip::accept_remote_cseq(d, 0));
  CHECK(cme::runtime::sip::accept_remote_cseq(d, 2));
}
