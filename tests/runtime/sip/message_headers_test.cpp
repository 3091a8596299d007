// Typed header views (headers.hpp): URI, name-addr, Via, CSeq, Digest, and their to_string.

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/message/headers.hpp"

using namespace cme::runtime::sip;

namespace {

template <class T>
T ok(cme::Result<T, ParseError> r) {
  if (!r) {
    FAIL(r.error().reason);
  }
  return std::move(r).value();
}

}  // namespace

TEST_CASE("message_headers: SIP URIs", "[runtime][sip][message_headers]") {
  Uri const u = ok(parse_uri("SIP:Alice:secret@Example.COM:5070;transport=tcp;lr?Subject=hi&x="));
  CHECK(u.scheme == "sip");
  CHECK(u.user == "Alice");
  CHECK(u.password == "secret");
  CHECK(u.host == "example.com");
  CHECK(u.port == 5070);
  CHECK(u.params == Params{{"transport", "tcp"}, {"lr", std::nullopt}});
  CHECK(u.headers ==
        std::vector<std::pair<std::string, std::string>>{{"Subject", "hi"}, {"x", ""}});
  SECTION("no user part, IPv4 and IPv6 hosts") {
    CHECK(ok(parse_uri("sips:10.0.0.1")).host == "10.0.0.1");
    Uri const v6 = ok(parse_uri("sip:1001@[2001:DB8::1]:5060"));
    CHECK(v6.host == "2001:db8::1");
    CHECK(v6.port == 5060);
    CHECK(ok(parse_uri("sip:[::ffff:192.0.2.1]")).host == "::ffff:192.0.2.1");
  }
  SECTION("escapes are decoded in user, params and headers") {
    Uri const e = ok(parse_uri("sip:%61lice%40x@h;n%61me=v%25;%6C%72?h=%3Csip:a%3E"));
    CHECK(e.user == "alice@x");
    CHECK(param(e.params, "name") == "v%");
    CHECK(param(e.params, "lr") == "");
    CHECK(e.headers[0].second == "<sip:a>");
  }
  SECTION("a user part may hold ';' and '?'") {
    Uri const s = ok(parse_uri("sip:user;par=u%40example.net@example.com"));
    CHECK(s.user == "user;par=u@example.net");
    CHECK(s.params.empty());
  }
  SECTION("tel and other schemes") {
    Uri const t = ok(parse_uri("tel:+1-201-555-0123;phone-context=example.com"));
    CHECK(t.scheme == "tel");
    CHECK(t.user == "+1-201-555-0123");
    CHECK(param(t.params, "phone-context") == "example.com");
    Uri const other = ok(parse_uri("urn:service:sos"));
    CHECK(other.scheme == "urn");
    CHECK(other.opaque == "service:sos");
  }
  SECTION("errors") {
    CHECK(parse_uri("").error().reason == "Bad URI");
    CHECK(parse_uri("sip:").error().reason == "Bad URI");
    CHECK(parse_uri("sip:a b@c").error().reason == "Bad URI");
    CHECK(parse_uri("sip:host:99999").error().reason == "Bad URI port");
    CHECK(parse_uri("sip:host:").error().reason == "Bad URI");
    CHECK(parse_uri("sip:10.0.0.300").error().reason == "Bad URI host");
    CHECK(parse_uri("sip:a@-").error().reason == "Bad URI host");
    CHECK(parse_uri("sip:[1:2:3]").error().reason == "Bad URI host");
    CHECK(parse_uri("sip:a@h;").error().reason == "Bad URI");
    CHECK(parse_uri("<sip:a@h>").error().reason == "Bad URI");
    CHECK(parse_uri("foo:a b").error().reason == "Bad URI");
  }
}

TEST_CASE("message_headers: URIs render and parse back", "[runtime][sip][message_headers]") {
  for (std::string text :
       {"sip:1001@10.0.0.1:5060;transport=udp", "sips:alice:pw@example.com;lr?Subject=x&To=y",
        "sip:[2001:db8::1]:5061", "tel:+15550123;ext=1", "mailto:a@b.example", "sip:h.example"}) {
    INFO(text);
    CHECK(to_string(ok(parse_uri(text))) == text);
  }
  Uri u;
  u.scheme = "sip";
  u.user = "a b@c";
  u.host = "h";
  u.params.push_back(Param{"x", "1 2"});
  CHECK(to_string(u) == "sip:a%20b%40c@h;x=1%202");
  CHECK(ok(parse_uri(to_string(u))) == u);
}

TEST_CASE("message_headers: name-addr and addr-spec", "[runtime][sip][message_headers]") {
  NameAddr const a =
      ok(parse_name_addr("\"Alice \\\"A\\\"\" <sip:alice@h>;tag=9;+sip.instance=\"<urn:x>\""));
  CHECK(a.display == "Alice \"A\"");
  CHECK(a.uri.user == "alice");
  CHECK(a.params == Params{{"tag", "9"}, {"+sip.instance", "<urn:x>", true}});
  SECTION("token display names and none") {
    CHECK(ok(parse_name_addr("Bob Smith <sip:b@h>")).display == "Bob Smith");
    CHECK(ok(parse_name_addr("caller<sip:c@h>")).display == "caller");
    CHECK(ok(parse_name_addr("  <sip:c@h>  ")).display.empty());
  }
  SECTION("addr-spec parameters belong to the header") {
    NameAddr const s = ok(parse_name_addr("sip:a@h;tag = x ; flag"));
    CHECK(s.uri.params.empty());
    CHECK(s.params == Params{{"tag", "x"}, {"flag", std::nullopt}});
  }
  SECTION("URI parameters stay inside the brackets") {
    NameAddr const s = ok(parse_name_addr("<sip:a@h;transport=tcp>;expires=60"));
    CHECK(param(s.uri.params, "transport") == "tcp");
    CHECK(param(s.params, "expires") == "60");
  }
  SECTION("star") {
    CHECK(ok(parse_name_addr(" * ")).star);
  }
  SECTION("errors") {
    for (std::string text : {"\"open <sip:a@h>", "<sip:a@h", "sip:a@h;;", "Bell, A <sip:a@h>",
                             "< sip:a@h >", "sip:a@h?x=1", "<sip:a@h>;tag=\"x", "", "*;x"}) {
      INFO(text);
      CHECK_FALSE(parse_name_addr(text));
    }
  }
  SECTION("render and parse back") {
    CHECK(to_string(a) == "\"Alice \\\"A\\\"\" <sip:alice@h>;tag=9;+sip.instance=\"<urn:x>\"");
    CHECK(ok(parse_name_addr(to_string(a))) == a);
    CHECK(to_string(ok(parse_name_addr("sip:a@h;tag=1"))) == "<sip:a@h>;tag=1");
    CHECK(to_string(ok(parse_name_addr("*"))) == "*");
    NameAddr n = ok(parse_name_addr("<sip:a@h>"));
    n.display = std::string("ctl\x01\"\\", 6);
    CHECK(ok(parse_name_addr(to_string(n))).display == n.display);
  }
}

TEST_CASE("message_headers: Via", "[runtime][sip][message_headers]") {
  Via const v = ok(parse_via("SIP/2.0/udp 10.0.0.5:5062;branch=z9hG4bKx;rport;received=10.0.0.9"));
  CHECK(v.transport == "UDP");
  CHECK(v.host == "10.0.0.5");
  CHECK(v.port == 5062);
  CHECK(param(v.params, "branch") == "z9hG4bKx");
  CHECK(param(v.params, "rport") == "");
  CHECK(param(v.params, "received") == "10.0.0.9");
  SECTION("blanks around separators and IPv6") {
    Via const w = ok(parse_via(" SIP / 2.0 / TCP  [2001:db8::9] : 5060 ; branch = z9hG4bK1 "));
    CHECK(w.host == "2001:db8::9");
    CHECK(w.port == 5060);
    CHECK(to_string(w) == "SIP/2.0/TCP [2001:db8::9]:5060;branch=z9hG4bK1");
    CHECK(ok(parse_via("SIP/2.0/UDP h;received=2001:db8::2")).params[0].value == "2001:db8::2");
  }
  SECTION("errors") {
    for (std::string text : {"SIP/2.0/UDP", "SIP/2.0 UDP h", "SIP/2.0/UDP h;;", "SIP/3.0/UDP h",
                             "SIP/2.0/UDP h:70000", "SIP/2.0/UDP h;x=\"open", "SIP/2.0/UDPh", ""}) {
      INFO(text);
      CHECK_FALSE(parse_via(text));
    }
  }
  CHECK(ok(parse_via(to_string(v))) == v);
}

TEST_CASE("message_headers: CSeq", "[runtime][sip][message_headers]") {
  CHECK(ok(parse_cseq("0009  INVITE")) == CSeq{9, "INVITE"});
  CHECK(ok(parse_cseq("4294967295 REGISTER")).number == 4294967295u);
  CHECK(ok(parse_cseq("1 invite")).method == "invite");
  for (std::string text : {"4294967296 INVITE", "36893488147419103232 REGISTER", "INVITE", "1",
                           "-1 INVITE", "1 INV ITE", "1INVITE"}) {
    INFO(text);
    CHECK(parse_cseq(text).error().reason == "Bad CSeq header");
  }
  CHECK(to_string(CSeq{102, "REGISTER"}) == "102 REGISTER");
}

TEST_CASE("message_headers: Digest credentials and challenges", "[runtime][sip][message_headers]") {
  DigestParams const d =
      ok(parse_digest("Digest username=\"1001\", realm=\"OpenCME\",nonce=\"a,b\" ,uri=\"sip:pbx\","
                      "response=\"0123\",algorithm=MD5,qop=auth,nc=00000001,cnonce=\"c\""));
  CHECK(d.scheme == "Digest");
  CHECK(param(d.params, "username") == "1001");
  CHECK(param(d.params, "nonce") == "a,b");
  CHECK(param(d.params, "NC") == "00000001");
  CHECK(d.params[0].quoted);
  CHECK_FALSE(d.params[5].quoted);
  CHECK(ok(parse_digest(to_string(d))) == d);
  CHECK(ok(parse_digest("NoOneKnowsThisScheme opaque-data=here")).scheme == "NoOneKnowsThisScheme");
  CHECK(param(ok(parse_digest("Digest uri=sip:10.0.0.1:5060")).params, "uri") ==
        "sip:10.0.0.1:5060");
  DigestParams challenge{"Digest",
                         {{"realm", "r", true}, {"nonce", "n", true}, {"qop", "auth", true}}};
  CHECK(to_string(challenge) == "Digest realm=\"r\", nonce=\"n\", qop=\"auth\"");
  for (std::string text :
       {"Digest", "Digest realm", "Digest realm=\"open", "Digest a=1,,b=2", "Basic dXNlcjpwYXNz"}) {
    INFO(text);
    CHECK(parse_digest(text).error().reason == "Bad credentials");
  }
}

TEST_CASE("message_headers: param lookup", "[runtime][sip][message_headers]") {
  Params const p{{"Tag", "x"}, {"lr", std::nullopt}};
  CHECK(param(p, "tag") == "x");
  CHECK(param(p, "LR") == "");
  CHECK_FALSE(param(p, "expires"));
}
