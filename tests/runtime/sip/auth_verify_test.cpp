// DigestAuthenticator: challenges and verdicts, as a phone would meet them.

#include <catch2/catch.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "runtime/sip/auth/digest_authenticator.hpp"
#include "runtime/sip/auth/digest_response.hpp"
#include "runtime/sip/message/headers.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/seeded_random.hpp"

using cme::runtime::sip::DigestAlgorithm;
using cme::runtime::sip::DigestAuthenticator;
using cme::runtime::sip::DigestCredentials;
using cme::runtime::sip::DigestInput;
using cme::runtime::sip::DigestPolicy;
using cme::runtime::sip::DigestRequest;
using cme::runtime::sip::DigestVerdict;
using cme::runtime::sip::PasswordLookup;
using cme::test::ManualClock;
using cme::test::SeededRandom;
using namespace std::chrono_literals;

namespace {

constexpr const char* kRealm = "cme.example.com";
constexpr const char* kUri = "sip:10.10.10.1";

std::string nonce_of(const std::string& challenge) {
  std::smatch m;
  REQUIRE(std::regex_search(challenge, m, std::regex(R"(nonce="([0-9a-f]{64})\")")));
  return m[1];
}

/// What a phone sends back: credentials for `user`/`password` with qop=auth and `nc`.
DigestCredentials answer(const std::string& nonce, const std::string& user,
                         const std::string& password, unsigned nc = 1,
                         DigestAlgorithm algorithm = DigestAlgorithm::Md5,
                         const char* nc_format = "%08x") {
  DigestInput in;
  in.algorithm = algorithm;
  in.username = user;
  in.realm = kRealm;
  in.password = password;
  in.method = "REGISTER";
  in.uri = kUri;
  in.nonce = nonce;
  in.qop_auth = true;
  char buffer[9];
  std::snprintf(buffer, sizeof buffer, nc_format, nc);
  in.nc = buffer;
  in.cnonce = "4f8b1c2a";
  DigestCredentials c;
  c.username = user;
  c.realm = kRealm;
  c.nonce = nonce;
  c.uri = kUri;
  c.response = cme::runtime::sip::digest_response(in);
  c.algorithm = std::string(cme::runtime::sip::algorithm_text(algorithm));
  c.cnonce = in.cnonce;
  c.qop = "auth";
  c.nc = in.nc;
  return c;
}

struct Fixture {
  ManualClock clock;
  SeededRandom random{7};
  DigestAuthenticator auth{clock, random};
  std::vector<std::string> looked_up;
  PasswordLookup lookup = [this](std::string_view user) -> std::optional<std::string> {
    looked_up.emplace_back(user);
    if (user == "sam") {
      return std::string("s1pphone");
    }
    return std::nullopt;
  };
  const DigestRequest request{"REGISTER", kUri, kRealm};

  DigestVerdict verify(const DigestCredentials& c) { return auth.verify(c, request, lookup); }
  std::string fresh_nonce() {
    return nonce_of(auth.make_challenge(kRealm, false, DigestAlgorithm::Md5));
  }
};

}  // namespace

TEST_CASE("digest authenticator: challenge format", "[runtime][sip][auth]") {
  Fixture f;
  const std::string c = f.auth.make_challenge(kRealm, false, DigestAlgorithm::Md5);
  CHECK(std::regex_match(
      c, std::regex(R"(Digest realm="cme\.example\.com", nonce="[0-9a-f]{64}", qop="auth", )"
                    R"(algorithm=MD5)")));
  const std::string s = f.auth.make_challenge("a\"b\\c", true, DigestAlgorithm::Sha256);
  CHECK(std::regex_match(
      s, std::regex(R"(Digest realm="a\\"b\\\\c", nonce="[0-9a-f]{64}", qop="auth", )"
                    R"(algorithm=SHA-256, stale=true)")));
  CHECK(nonce_of(c) != nonce_of(f.auth.make_challenge(kRealm, false, DigestAlgorithm::Md5)));
}

TEST_CASE("digest authenticator: a correct answer is accepted once per nc",
          "[runtime][sip][auth]") {
  Fixture f;
  const std::string nonce = f.fresh_nonce();
  SECTION("MD5") {
    CHECK(f.verify(answer(nonce, "sam", "s1pphone", 1)) == DigestVerdict::Ok);
    CHECK(f.verify(answer(nonce, "sam", "s1pphone", 1)) == DigestVerdict::Stale);  // replayed
    CHECK(f.verify(answer(nonce, "sam", "s1pphone", 2)) == DigestVerdict::Ok);
    CHECK(f.verify(answer(nonce, "sam", "s1pphone", 2)) == DigestVerdict::Stale);
  }
  SECTION("SHA-256 and the -sess variants") {
    for (auto a :
         {DigestAlgorithm::Sha256, DigestAlgorithm::Md5Sess, DigestAlgorithm::Sha256Sess}) {
      const std::string n = f.fresh_nonce();
      CHECK(f.verify(answer(n, "sam", "s1pphone", 1, a)) == DigestVerdict::Ok);
    }
  }
  SECTION("upper-case hex in the response and nc is tolerated") {
    auto c = answer(nonce, "sam", "s1pphone", 10, DigestAlgorithm::Md5, "%08X");
    REQUIRE(c.nc == "0000000A");
    for (char& ch : *c.response) {
      ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    CHECK(f.verify(c) == DigestVerdict::Ok);
  }
}

TEST_CASE("digest authenticator: stale nonce after expiry", "[runtime][sip][auth]") {
  Fixture f;
  const std::string nonce = f.fresh_nonce();
  f.clock.advance(300s);
  CHECK(f.verify(answer(nonce, "sam", "s1pphone")) == DigestVerdict::Stale);
  // stale=true is only for a right password: a wrong one stays Wrong.
  CHECK(f.verify(answer(nonce, "sam", "guess")) == DigestVerdict::Wrong);
  CHECK(f.verify(answer(f.fresh_nonce(), "sam", "s1pphone")) == DigestVerdict::Ok);
}

TEST_CASE("digest authenticator: wrong password, realm, uri or nonce", "[runtime][sip][auth]") {
  Fixture f;
  const std::string nonce = f.fresh_nonce();
  CHECK(f.verify(answer(nonce, "sam", "wrong")) == DigestVerdict::Wrong);
  SECTION("realm") {
    const DigestRequest other{"REGISTER", kUri, "other.example.com"};
    CHECK(f.auth.verify(answer(nonce, "sam", "s1pphone"), other, f.lookup) == DigestVerdict::Wrong);
  }
  SECTION("uri") {
    const DigestRequest other{"REGISTER", "sip:10.10.10.1:5060", kRealm};
    CHECK(f.auth.verify(answer(nonce, "sam", "s1pphone"), other, f.lookup) == DigestVerdict::Wrong);
  }
  SECTION("method") {
    const DigestRequest other{"INVITE", kUri, kRealm};
    CHECK(f.auth.verify(answer(nonce, "sam", "s1pphone"), other, f.lookup) == DigestVerdict::Wrong);
  }
  SECTION("a nonce we never issued") {
    CHECK(f.verify(answer("dcd98b7102dd2f0e8b11d0f600bfb0c093", "sam", "s1pphone")) ==
          DigestVerdict::Wrong);
  }
  SECTION("the wrong answers did not use up the nc") {
    CHECK(f.verify(answer(nonce, "sam", "s1pphone", 1)) == DigestVerdict::Ok);
  }
}

TEST_CASE("digest authenticator: unknown users get the same answer as wrong passwords",
          "[runtime][sip][auth]") {
  Fixture f;
  const std::string nonce = f.fresh_nonce();
  CHECK(f.verify(answer(nonce, "nobody", "s1pphone")) == DigestVerdict::Wrong);
  CHECK(f.verify(answer(nonce, "sam", "not-it")) == DigestVerdict::Wrong);
  // Even the dummy password the unknown user is hashed with does not let anyone in.
  CHECK(f.verify(answer(nonce, "nobody", f.auth.nonces().dummy_password())) ==
        DigestVerdict::Wrong);
  // Same work: the lookup ran for every one of them.
  CHECK(f.looked_up == std::vector<std::string>{"nobody", "sam", "nobody"});
  // The 401 that follows is the same too: make_challenge() takes no user at all.
  SECTION("a stale nonce with an unknown user is Wrong, not Stale") {
    f.clock.advance(301s);
    CHECK(f.verify(answer(nonce, "nobody", "x")) == DigestVerdict::Wrong);
  }
}

TEST_CASE("digest authenticator: malformed credentials", "[runtime][sip][auth]") {
  Fixture f;
  const std::string nonce = f.fresh_nonce();
  const DigestCredentials good = answer(nonce, "sam", "s1pphone");
  auto with = [&](auto change) {
    DigestCredentials c = good;
    change(c);
    return f.verify(c);
  };
  CHECK(with([](DigestCredentials& c) { c.username.reset(); }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.response.reset(); }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.uri.reset(); }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.cnonce.reset(); }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.nc = "1"; }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.nc = "00000000"; }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.nc = "0000000g"; }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.qop = "auth-int"; }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.algorithm = "SHA-512-256"; }) ==
        DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.userhash = "true"; }) == DigestVerdict::Malformed);
  CHECK(with([](DigestCredentials& c) { c.malformed = true; }) == DigestVerdict::Malformed);
  CHECK(f.looked_up.empty());  // nothing user-dependent ran
  CHECK(f.verify(good) == DigestVerdict::Ok);
}

TEST_CASE("digest authenticator: RFC 2069 credentials without qop", "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(7);
  const PasswordLookup lookup = [](std::string_view) { return std::optional<std::string>("pw"); };
  const DigestRequest request{"REGISTER", kUri, kRealm};
  auto old_phone = [&](DigestAuthenticator& auth) {
    const std::string nonce = nonce_of(auth.make_challenge(kRealm, false, DigestAlgorithm::Md5));
    DigestInput in{
        DigestAlgorithm::Md5, "7905", kRealm, "pw", "REGISTER", kUri, nonce, false, "", ""};
    DigestCredentials c;
    c.username = "7905";
    c.realm = kRealm;
    c.nonce = nonce;
    c.uri = kUri;
    c.response = cme::runtime::sip::digest_response(in);
    return c;
  };
  SECTION("allowed by default, and reusable until the nonce is stale") {
    DigestAuthenticator auth(clock, random);
    const DigestCredentials c = old_phone(auth);
    CHECK(auth.verify(c, request, lookup) == DigestVerdict::Ok);
    CHECK(auth.verify(c, request, lookup) == DigestVerdict::Ok);
    clock.advance(300s);
    CHECK(auth.verify(c, request, lookup) == DigestVerdict::Stale);
  }
  SECTION("refused when the policy says so") {
    DigestPolicy policy;
    policy.allow_rfc2069 = false;
    DigestAuthenticator auth(clock, random, policy);
    CHECK(auth.verify(old_phone(auth), request, lookup) == DigestVerdict::Malformed);
  }
}

TEST_CASE("digest authenticator: algorithm policy", "[runtime][sip][auth]") {
  ManualClock clock;
  SeededRandom random(7);
  DigestPolicy policy;
  policy.allow_md5 = false;
  DigestAuthenticator auth(clock, random, policy);
  const PasswordLookup lookup = [](std::string_view) {
    return std::optional<std::string>("s1pphone");
  };
  const DigestRequest request{"REGISTER", kUri, kRealm};
  const auto nonce = nonce_of(auth.make_challenge(kRealm, false, DigestAlgorithm::Sha256));
  CHECK(auth.verify(answer(nonce, "sam", "s1pphone", 1), request, lookup) ==
        DigestVerdict::Malformed);
  CHECK(auth.verify(answer(nonce, "sam", "s1pphone", 1, DigestAlgorithm::Sha256), request,
                    lookup) == DigestVerdict::Ok);
}

TEST_CASE("digest credentials: read from parsed Authorization parameters", "[runtime][sip][auth]") {
  using cme::runtime::sip::credentials_from_digest;
  using cme::runtime::sip::DigestParams;
  DigestParams p;
  p.scheme = "digest";
  p.params = {{"Username", "sam"}, {"realm", kRealm}, {"NONCE", "n"},     {"uri", kUri},
              {"response", "r"},   {"qop", "auth"},   {"nc", "00000001"}, {"cnonce", "c"},
              {"opaque", "o"},     {"x-unknown", "?"}};
  DigestCredentials c = credentials_from_digest(p);
  CHECK_FALSE(c.malformed);
  CHECK(c.username == std::optional<std::string>("sam"));
  CHECK(c.nonce == std::optional<std::string>("n"));
  CHECK(c.nc == std::optional<std::string>("00000001"));
  CHECK_FALSE(c.algorithm);
  SECTION("a repeated parameter or another scheme is malformed") {
    p.params.push_back({"username", "lee"});
    CHECK(credentials_from_digest(p).malformed);
    p.params.pop_back();
    p.scheme = "Basic";
    CHECK(credentials_from_digest(p).malformed);
  }
}
