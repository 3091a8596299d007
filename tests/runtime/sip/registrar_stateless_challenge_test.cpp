// The challenge of a first REGISTER is sent without a transaction (RFC 3261 §8.2.7): the
// whole SIP service on the CallBench, with pool 1 authenticating (`username u1 password p1`).

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/auth/digest_response.hpp"
#include "runtime/sip/message/headers.hpp"
#include "tests/runtime/sip/call_bench.hpp"

using cme::runtime::sip::DigestInput;
using cme::runtime::sip::Message;
using cme::runtime::sip::Method;
using cme::runtime::sip::param;
using cme::runtime::sip::parse_digest;
using cme::test::CallBench;
using cme::test::Ua;

namespace {

/// CallBench's configuration with pool 1 (alice, 10.0.0.11) authenticating as u1/p1.
void authenticate_pool_1(CallBench& b) {
  auto config = std::make_shared<cme::model::Config>(*cme::test::call_config(false));
  config->cme.voice_register_pools[1].username = cme::model::Credential{"u1", std::nullopt, "p1"};
  b.service.configure(config);
}

Message register_of(CallBench& b, Ua& ua) {
  Message m = b.request(ua, Method::Register, "sip:10.0.0.1", "<sip:3001@10.0.0.1>", "reg-1",
                        "<sip:3001@10.0.0.1>;tag=r1");
  m.add("Expires", "3600");
  return m;
}

/// `request` with credentials answering the challenge `www_authenticate` with `password`.
Message with_credentials(Message request, std::string_view www_authenticate,
                         const std::string& password = "p1") {
  const auto challenge = parse_digest(www_authenticate);
  REQUIRE(challenge);
  DigestInput in;
  in.username = "u1";
  in.realm = std::string(*param(challenge->params, "realm"));
  in.password = password;
  in.method = "REGISTER";
  in.uri = request.request_uri;
  in.nonce = std::string(*param(challenge->params, "nonce"));
  in.nc = "00000001";
  in.cnonce = "0a4f113b";
  request.add("Authorization", "Digest username=\"u1\", realm=\"" + in.realm + "\", nonce=\"" +
                                   in.nonce + "\", uri=\"" + in.uri + "\", response=\"" +
                                   cme::runtime::sip::digest_response(in) +
                                   "\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"0a4f113b\"");
  return request;
}

/// Pool 1 authenticating, alice's first REGISTER sent: the WWW-Authenticate of its 401.
std::string first_challenge(CallBench& b) {
  authenticate_pool_1(b);
  b.receive(register_of(b, b.alice), b.alice);
  const auto challenge = b.inbox(b.alice);
  REQUIRE(challenge.size() == 1);
  return std::string(*challenge[0].header("WWW-Authenticate"));
}

}  // namespace

TEST_CASE("registrar: a first REGISTER is challenged without a transaction",
          "[runtime][sip][registrar]") {
  CallBench b;
  authenticate_pool_1(b);
  const Message first = register_of(b, b.alice);
  b.receive(first, b.alice);
  auto got = b.inbox(b.alice);
  REQUIRE(got.size() == 1);
  CHECK(got[0].status == 401);
  REQUIRE(got[0].header("WWW-Authenticate"));
  CHECK(b.service.transactions().server_count() == 0);
  CHECK(b.service.transactions().counters().stateless == 1);
  CHECK(b.service.registrar().counters().requests == 1);
  CHECK(b.service.registrar().counters().challenged == 1);

  SECTION("a retransmission is challenged afresh, with a new nonce") {
    b.receive(first, b.alice);
    const auto again = b.inbox(b.alice);
    REQUIRE(again.size() == 1);
    CHECK(again[0].status == 401);
    CHECK(again[0].header("WWW-Authenticate") != got[0].header("WWW-Authenticate"));
    CHECK(b.service.transactions().server_count() == 0);
  }
  SECTION("the answer with credentials is a transaction, and binds") {
    Message second = register_of(b, b.alice);
    second = with_credentials(second, *got[0].header("WWW-Authenticate"));
    b.receive(second, b.alice);
    got = b.inbox(b.alice);
    REQUIRE(got.size() == 1);
    CHECK(got[0].status == 200);
    CHECK(b.service.transactions().server_count() == 1);  // Timer J holds it 32 s
    CHECK(b.service.registrar().counters().accepted == 1);
    b.receive(second, b.alice);  // its retransmission: the same 200 from the transaction
    const auto again = b.inbox(b.alice);
    REQUIRE(again.size() == 1);
    CHECK(again[0] == got[0]);
    CHECK(b.service.registrar().counters().requests == 2);
  }
  SECTION("a pool without a password registers statefully, unchallenged") {
    b.register_ua(b.bob);
    CHECK(b.service.transactions().server_count() == 1);
    CHECK(b.service.transactions().counters().stateless == 1);
  }
}

TEST_CASE("registrar: credentials that do not verify are answered without a transaction",
          "[runtime][sip][registrar]") {
  // Issue 16 #3: any Authorization header used to skip the stateless answer, so each forged
  // REGISTER made a server transaction kept for Timer J (32 s).
  CallBench b;
  const std::string www = first_challenge(b);

  SECTION("a wrong password: a new challenge, no transaction") {
    b.receive(with_credentials(register_of(b, b.alice), www, "guess"), b.alice);
    const auto got = b.inbox(b.alice);
    REQUIRE(got.size() == 1);
    CHECK(got[0].status == 401);
    CHECK(b.service.transactions().server_count() == 0);
    CHECK(b.service.registrar().counters().wrong_credentials == 1);
  }
  SECTION("a nonce we never issued: a new challenge, no transaction") {
    std::string forged = www;
    const auto at = forged.find("nonce=\"") + 7;
    forged[at] = forged[at] == '0' ? '1' : '0';
    b.receive(with_credentials(register_of(b, b.alice), forged), b.alice);
    const auto got = b.inbox(b.alice);
    REQUIRE(got.size() == 1);
    CHECK(got[0].status == 401);
    CHECK(b.service.transactions().server_count() == 0);
  }
  SECTION("a malformed Authorization: 400, no transaction") {
    Message m = register_of(b, b.alice);
    m.add("Authorization", "Digest username=\"u1\"");
    b.receive(m, b.alice);
    const auto got = b.inbox(b.alice);
    REQUIRE(got.size() == 1);
    CHECK(got[0].status == 400);
    CHECK(b.service.transactions().server_count() == 0);
  }
  SECTION("replayed credentials (same nonce and nc): a stale challenge, no new transaction") {
    const Message good = with_credentials(register_of(b, b.alice), www);
    b.receive(good, b.alice);
    REQUIRE(b.inbox(b.alice).at(0).status == 200);
    REQUIRE(b.service.transactions().server_count() == 1);
    Message replay = with_credentials(register_of(b, b.alice), www);  // new branch and CSeq
    b.receive(replay, b.alice);
    const auto got = b.inbox(b.alice);
    REQUIRE(got.size() == 1);
    CHECK(got[0].status == 401);
    CHECK(got[0].header("WWW-Authenticate")->find("stale=true") != std::string_view::npos);
    CHECK(b.service.transactions().server_count() == 1);
    CHECK(b.service.registrar().counters().accepted == 1);
  }
  SECTION("1000 forged REGISTERs leave no transaction behind (401s, then 403s)") {
    for (int i = 0; i < 1000; ++i) {
      b.receive(with_credentials(register_of(b, b.alice), www, "guess" + std::to_string(i)),
                b.alice);
    }
    CHECK(b.inbox(b.alice).size() == 1000);
    CHECK(b.service.transactions().server_count() == 0);
    CHECK(b.service.transactions().counters().stateless == 1001);
  }
}

TEST_CASE("registrar: a password guesser is refused with 403, counted, without a transaction",
          "[runtime][sip][registrar]") {
  CallBench b;
  const std::string www = first_challenge(b);
  const auto limit = cme::runtime::sip::DigestFailureLimits{}.per_source;
  for (std::size_t i = 0; i < limit; ++i) {
    b.receive(with_credentials(register_of(b, b.alice), www, "guess" + std::to_string(i)),
              b.alice);
    REQUIRE(b.inbox(b.alice).at(0).status == 401);
  }
  b.receive(with_credentials(register_of(b, b.alice), www, "p1"), b.alice);  // even the right one
  const auto got = b.inbox(b.alice);
  REQUIRE(got.size() == 1);
  CHECK(got[0].status == 403);
  CHECK(b.service.registrar().counters().rate_limited == 1);
  CHECK(b.service.transactions().server_count() == 0);
  SECTION("the window ends, and the phone registers") {
    b.clock.advance(cme::runtime::sip::DigestFailureLimits{}.window);
    b.receive(register_of(b, b.alice), b.alice);
    const std::string fresh(*b.inbox(b.alice).at(0).header("WWW-Authenticate"));
    b.receive(with_credentials(register_of(b, b.alice), fresh), b.alice);
    CHECK(b.inbox(b.alice).at(0).status == 200);
  }
}
