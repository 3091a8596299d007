// RFC 4475 §3.1.1 valid messages: what the message layer reads out of them.

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/parse.hpp"
#include "tests/runtime/sip/message_corpus.hpp"

using namespace cme::runtime::sip;
using cme::test::sip_corpus;

namespace {

Message load(const std::string& name) {
  auto parsed = parse_message(sip_corpus(name));
  REQUIRE(parsed);
  return std::move(parsed).value();
}

template <class T>
T ok(cme::Result<T, ParseError> r) {
  if (!r) {
    FAIL(r.error().reason);
  }
  return std::move(r).value();
}

}  // namespace

TEST_CASE("message_torture: wsinv folding compact forms and LWS",
          "[runtime][sip][message_torture]") {
  Message const m = load("wsinv");
  CHECK(m.method_id == Method::Invite);
  CHECK(m.request_uri == "sip:vivekg@chair-dnrc.example.com;unknownparam");
  CHECK(*m.header("To") == "sip:vivekg@chair-dnrc.example.com ;   tag    = 1918181833n");
  CHECK(*m.header("Subject") == "");
  CHECK(*m.header("NewFangledHeader") == "newfangled value continued newfangled value");
  CHECK(*m.header("UnknownHeaderWithUnusualValue") == ";;,,;;,;");
  CHECK(*m.header("Max-Forwards") == "0068");
  CHECK(m.body.size() == 150);
  auto const core = ok(request_core(m));
  CHECK(param(core.to.params, "tag") == "1918181833n");
  CHECK(core.from.display == "J Rosenberg \\\"");
  CHECK(param(core.from.params, "tag") == "98asjd8");
  CHECK(core.cseq == CSeq{9, "INVITE"});
  CHECK(core.max_forwards == 68u);
  auto const vias = m.headers_named("Via");
  REQUIRE(vias.size() == 3);
  auto const v1 = ok(parse_via(vias[1]));
  CHECK(v1.transport == "TCP");
  CHECK(v1.host == "spindle.example.com");
  CHECK(param(v1.params, "branch") == "z9hG4bK9ikj8");
  auto const v2 = ok(parse_via(vias[2]));
  CHECK(v2.host == "192.168.255.111");
  CHECK(param(v2.params, "branch") == "z9hG4bK30239");
  auto const contact = ok(parse_name_addr(*m.header("m")));
  CHECK(contact.display == "Quoted string \"\"");
  CHECK(param(contact.params, "newparam") == "newvalue");
  CHECK(param(contact.params, "secondparam") == "");
  CHECK(param(contact.params, "q") == "0.33");
  auto const route = ok(parse_name_addr(*m.header("Route")));
  CHECK(param(route.uri.params, "unknownwith") == "value");
}

TEST_CASE("message_torture: intmeth unusual characters", "[runtime][sip][message_torture]") {
  Message const m = load("intmeth");
  CHECK(m.method == "!interesting-Method0123456789_*+`.%indeed'~");
  CHECK(m.method_id == Method::Other);
  auto const core = ok(request_core(m));
  CHECK(core.to.display == std::string("BEL:\x07 NUL:\0 DEL:\x7f", 17));
  CHECK(core.to.uri.user == "1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*");
  CHECK(core.from.display == "token1~` token2'+_ token3*%!.-");
  CHECK(param(core.from.params, "fromParam''~+*_!.-%") ==
        "\xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD1\x8E\xD1\x89\xD0\xB8\xD0\xB9");
  CHECK(param(core.from.params, "tag") == "_token~1'+`*%!-.");
  CHECK(core.call_id == "intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{");
  auto const uri = ok(parse_uri(m.request_uri));
  CHECK(uri.password == "&it+has=1,weird!*pas$wo~d_too.(doesn't-it)");
  CHECK(*m.header("extensionHeader-!.%*+_`'~") ==
        "\xEF\xBB\xBF\xE5\xA4\xA7\xE5\x81\x9C\xE9\x9B\xBB");
}

TEST_CASE("message_torture: escapes in URIs", "[runtime][sip][message_torture]") {
  Message const esc01 = load("esc01");
  CHECK(ok(parse_uri(esc01.request_uri)).user == "sips:user@example.com");
  auto const core = ok(request_core(esc01));
  CHECK(core.to.uri.user == "user");
  CHECK(core.from.uri.user == "I have spaces");
  auto const contact = ok(parse_name_addr(*esc01.header("Contact")));
  CHECK(contact.uri.user == "caller");
  CHECK(param(contact.uri.params, "lr") == "");
  CHECK(param(contact.uri.params, "name") == "value%41");

  Message const escnull = load("escnull");
  CHECK(ok(request_core(escnull)).to.uri.user == std::string("null-\0-null", 11));
  auto const contacts = escnull.headers_named("Contact");
  REQUIRE(contacts.size() == 2);
  CHECK(ok(parse_name_addr(contacts[1])).uri.user == std::string("\0\0", 2));

  Message const esc02 = load("esc02");
  CHECK(esc02.method == "RE%47IST%45R");
  CHECK(esc02.method_id == Method::Other);
  CHECK(esc02.count("Contact") == 2);
  CHECK(*esc02.header("C%6Fntact") == "<sip:alias2@host2.example.com>");
  CHECK(ok(request_core(esc02)).to.display == "%Z%45");
}

TEST_CASE("message_torture: lwsdisp longreq semiuri and transports",
          "[runtime][sip][message_torture]") {
  CHECK(ok(request_core(load("lwsdisp"))).from.display == "caller");

  Message const longreq = load("longreq");
  CHECK(longreq.count("Via") == 34);
  auto const core = ok(request_core(longreq));
  CHECK(core.to.uri.port == 6000);
  CHECK(core.from.uri.user.size() == 5 * 23);
  CHECK(ok(parse_via(longreq.headers_named("Via").back())).params.size() == 2);

  Message const semiuri = load("semiuri");
  auto const uri = ok(parse_uri(semiuri.request_uri));
  CHECK(uri.user == "user;par=u@example.net");
  CHECK(uri.host == "example.com");
  CHECK(uri.params.empty());
  CHECK(semiuri.count("Accept") == 6);

  std::vector<std::string> transports;
  Message const vias = load("transports");
  for (auto via : vias.headers_named("Via")) {
    transports.push_back(ok(parse_via(via)).transport);
  }
  CHECK(transports == std::vector<std::string>{"UDP", "SCTP", "TLS", "UNKNOWN", "TCP"});
}

TEST_CASE("message_torture: dblreq mpart01 unreason and noreason",
          "[runtime][sip][message_torture]") {
  Message const dblreq = load("dblreq");
  CHECK(dblreq.method_id == Method::Register);
  CHECK(dblreq.body.empty());

  std::string const raw = sip_corpus("mpart01");
  Message const mpart = load("mpart01");
  CHECK(mpart.body.size() == 553);
  CHECK(raw.substr(raw.size() - 553) == mpart.body);
  CHECK(*mpart.header("Date") == "Sat, 15 Oct 2005 04:44:56 GMT");

  Message const unreason = load("unreason");
  CHECK_FALSE(unreason.request);
  CHECK(unreason.status == 200);
  CHECK(unreason.reason ==
        "= 2**3 * 5**2 \xD0\xBD\xD0\xBE \xD1\x81\xD1\x82\xD0\xBE \xD0\xB4\xD0\xB5\xD0\xB2\xD1\x8F"
        "\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE \xD0\xB4\xD0\xB5\xD0\xB2\xD1\x8F\xD1\x82\xD1\x8C"
        " - \xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB5");
  CHECK(unreason.body.size() == 154);

  Message const noreason = load("noreason");
  CHECK(noreason.status == 100);
  CHECK(noreason.reason.empty());
}
