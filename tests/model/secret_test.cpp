#include "model/secret.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace cme::model;

// Type 5 vectors computed independently with `openssl passwd -1 -salt SALT PASSWORD`.

TEST_CASE("secret: type 5 hashes like MD5-crypt", "[model][secret]") {
  CHECK(type5_hash("cisco", "mERr") == "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0");
  CHECK(type5_hash("password", "abcd") == "$1$abcd$ABOCfICGTWeBeG/njucVA1");
  CHECK(type5_hash("Secret 123!", "a./Z9") == "$1$a./Z9$rOwBtjU71BYyMVDtUjp7O0");
  CHECK(type5_hash("cisco", "abcdefgh") == "$1$abcdefgh$IeVvJ6ImOhUZ7d.G/I4AE.");
  CHECK(type5_hash("", "xyzw") == "$1$xyzw$zCsV5F0ndlgOkrvdFhM2u.");
}

TEST_CASE("secret: type 5 rejects an invalid salt", "[model][secret]") {
  CHECK(type5_hash("cisco", "").empty());
  CHECK(type5_hash("cisco", "abcdefghi").empty());  // longer than 8
  CHECK(type5_hash("cisco", "ab$d").empty());
  CHECK(type5_hash("cisco", "ab:d").empty());
}

TEST_CASE("secret: type 5 verify", "[model][secret]") {
  const std::string hash = "$1$mERr$hx5rVt7rPNoS4wqbXKX7m0";
  CHECK(type5_verify("cisco", hash));
  CHECK_FALSE(type5_verify("Cisco", hash));
  CHECK_FALSE(type5_verify("cisco ", hash));
  CHECK_FALSE(type5_verify("", hash));
  CHECK(type5_verify("password", "$1$abcd$ABOCfICGTWeBeG/njucVA1"));
  CHECK_FALSE(type5_verify("cisco", "$1$mERr$hx5rVt7rPNoS4wqbXKX7m1"));
  CHECK_FALSE(type5_verify("cisco", "hx5rVt7rPNoS4wqbXKX7m0"));
  CHECK_FALSE(type5_verify("cisco", ""));
  CHECK(type5_verify("round trip", type5_hash("round trip", "Zz09")));
}

TEST_CASE("secret: type 5 shape", "[model][secret]") {
  CHECK(is_type5("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0"));
  CHECK(is_type5("$1$abcdefgh$IeVvJ6ImOhUZ7d.G/I4AE."));
  CHECK(is_type5("$1$a$hx5rVt7rPNoS4wqbXKX7m0"));
  CHECK_FALSE(is_type5(""));
  CHECK_FALSE(is_type5("$1$"));
  CHECK_FALSE(is_type5("$1$mERr"));
  CHECK_FALSE(is_type5("$1$$hx5rVt7rPNoS4wqbXKX7m0"));           // empty salt
  CHECK_FALSE(is_type5("$1$abcdefghi$hx5rVt7rPNoS4wqbXKX7m0"));  // salt too long
  CHECK_FALSE(is_type5("$1$mERr$hx5rVt7rPNoS4wqbXKX7m"));        // 21 chars
  CHECK_FALSE(is_type5("$1$mERr$hx5rVt7rPNoS4wqbXKX7m00"));      // 23 chars
  CHECK_FALSE(is_type5("$1$mERr$hx5rVt7rPNoS4wqbXKX7m!"));       // bad character
  CHECK_FALSE(is_type5("$5$mERr$hx5rVt7rPNoS4wqbXKX7m0"));
  CHECK_FALSE(is_type5("02050D480809"));
}

TEST_CASE("secret: type 7 encodes with the Cisco key", "[model][secret]") {
  CHECK(type7_encode("cisco", 2) == "02050D480809");
  CHECK(type7_encode("cisco", 7) == "070C285F4D06");
  CHECK(type7_encode("cisco", 8) == "0822455D0A16");
  CHECK(type7_encode("", 0) == "00");
  CHECK(type7_encode("Pa55 w0rd!", 15) == "15220A59516A3C743A3774");
  SECTION("the key wraps around after 53 characters") {
    CHECK(type7_encode("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ", 15) ==
          "1513090F002F2D23203A3F291F0A180C11474B4B47411814000F430806010101015D0C5E5E79752737232"
          "27C232F25");
  }
  SECTION("a seed above 15 is taken modulo 16") {
    CHECK(type7_encode("cisco", 18) == "02050D480809");
  }
}

TEST_CASE("secret: type 7 decodes", "[model][secret]") {
  for (const std::string_view encoded : {"02050D480809", "070C285F4D06", "0822455D0A16"}) {
    INFO(encoded);
    const auto plain = type7_decode(encoded);
    REQUIRE(plain.ok());
    CHECK(*plain == "cisco");
  }
  const auto lower = type7_decode("02050d480809");
  REQUIRE(lower.ok());
  CHECK(*lower == "cisco");
  const auto empty = type7_decode("05");
  REQUIRE(empty.ok());
  CHECK(empty->empty());
}

TEST_CASE("secret: type 7 round trip", "[model][secret]") {
  const std::string all_bytes = [] {
    std::string s;
    for (int c = 0; c < 256; ++c) {
      s += static_cast<char>(c);
    }
    return s;
  }();
  for (unsigned seed = 0; seed <= 15; ++seed) {
    for (const std::string& plain : {std::string("cisco"), std::string("a b;c"), all_bytes}) {
      INFO("seed " << seed);
      const auto decoded = type7_decode(type7_encode(plain, seed));
      REQUIRE(decoded.ok());
      CHECK(*decoded == plain);
    }
  }
}

TEST_CASE("secret: type 7 rejects bad input", "[model][secret]") {
  for (const std::string_view bad :
       {"", "0", "020", "02050D48080", "16050D480809", "99", "0A050D480809", "02050D48080G",
        "02 50D480809", "-2050D480809", "02050D4808 9"}) {
    INFO(bad);
    const auto decoded = type7_decode(bad);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error() == "% Invalid encrypted password");
  }
}

TEST_CASE("secret: a typed secret longer than 511 characters is refused", "[model][secret]") {
  const std::string longest(kMaxSecretLength, 'x');
  const auto ok = type5_hash_secret(longest, "abcd");
  REQUIRE(ok.ok());
  CHECK(type5_verify(longest, *ok));
  const auto refused = type5_hash_secret(longest + "x", "abcd");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error() == "% Secret too long: at most 511 characters");
  CHECK_FALSE(type5_hash_secret(std::string(4096, 'y'), "abcd").ok());
}
