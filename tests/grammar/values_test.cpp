// Tests for the IOS value-type grammars (grammar/values/values.hpp).

#include "grammar/values/values.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

using namespace cme::grammar::values;

namespace {

struct Reject {
  std::string_view text;
  std::size_t offset;
};

/// Every text in `rejects` fails `parse` at its offset, naming `expected`.
template <class Parse>
void require_rejects(Parse parse, std::initializer_list<Reject> rejects,
                     const std::string& expected) {
  for (const Reject& r : rejects) {
    CAPTURE(r.text);
    auto result = parse(r.text);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().offset == r.offset);
    CHECK(result.error().expected == expected);
  }
}

Ipv4 ip(unsigned a, unsigned b, unsigned c, unsigned d) {
  return Ipv4{(a << 24) | (b << 16) | (c << 8) | d};
}

}  // namespace

TEST_CASE("values: IPv4 address", "[grammar][values]") {
  SECTION("accepts dotted decimal octets 0-255 of 1-3 digits") {
    CHECK(parse_ipv4("10.0.0.1").value() == ip(10, 0, 0, 1));
    CHECK(parse_ipv4("0.0.0.0").value() == ip(0, 0, 0, 0));
    CHECK(parse_ipv4("255.255.255.255").value() == ip(255, 255, 255, 255));
    CHECK(parse_ipv4("010.001.1.99").value() == ip(10, 1, 1, 99));
  }
  SECTION("rejects at the bad octet, the junk or the end") {
    require_rejects(parse_ipv4,
                    {{"10.1.300.4", 5},
                     {"10.1.1.1x", 8},
                     {"10.1.1", 6},
                     {"10.1.1.", 7},
                     {"", 0},
                     {"1000.1.1.1", 0},
                     {"10.1.1.1234", 7},
                     {"10..1.1", 3},
                     {"10.1.1.1.5", 8},
                     {"-1.1.1.1", 0},
                     {"10.+1.1.1", 3},
                     {" 10.1.1.1", 0},
                     {"10.1.1.256", 7}},
                    "IP address");
  }
}

TEST_CASE("values: IPv4 prefix", "[grammar][values]") {
  SECTION("accepts A.B.C.D/M with M 0-32") {
    CHECK(parse_ipv4_prefix("10.1.0.0/16").value() == Ipv4Prefix{ip(10, 1, 0, 0), 16});
    CHECK(parse_ipv4_prefix("0.0.0.0/0").value() == Ipv4Prefix{ip(0, 0, 0, 0), 0});
    CHECK(parse_ipv4_prefix("192.168.1.1/32").value() == Ipv4Prefix{ip(192, 168, 1, 1), 32});
  }
  SECTION("rejects a bad length, a missing length or a bad address") {
    require_rejects(parse_ipv4_prefix,
                    {{"10.1.0.0/33", 9},
                     {"10.1.0.0/", 9},
                     {"10.1.0.0", 8},
                     {"10.1.0/16", 6},
                     {"10.1.0.0/16x", 11},
                     {"10.1.0.0/123", 9},
                     {"10.1.0.300/8", 7}},
                    "IP prefix");
  }
}

TEST_CASE("values: MAC address", "[grammar][values]") {
  SECTION("accepts three groups of 1-4 hex digits in any case, zero-padded") {
    CHECK(parse_mac("0011.2233.4455").value().bytes ==
          std::array<std::uint8_t, 6>{0x00, 0x11, 0x22, 0x33, 0x44, 0x55});
    CHECK(parse_mac("1.2.3").value().bytes ==
          std::array<std::uint8_t, 6>{0x00, 0x01, 0x00, 0x02, 0x00, 0x03});
    CHECK(parse_mac("AbCd.EF01.a0B").value().bytes ==
          std::array<std::uint8_t, 6>{0xab, 0xcd, 0xef, 0x01, 0x0a, 0x0b});
  }
  SECTION("rejects at the bad group, the junk or the end") {
    require_rejects(parse_mac,
                    {{"0011.2233", 9},
                     {"00112.2233.4455", 0},
                     {"0011.22g3.4455", 7},
                     {"0011..4455", 5},
                     {"0011.2233.4455.", 14},
                     {"0011:2233:4455", 4},
                     {"", 0}},
                    "MAC address");
  }
}

TEST_CASE("values: time of day", "[grammar][values]") {
  SECTION("accepts hh:mm with a 1- or 2-digit hour 0-23 and a 2-digit minute") {
    CHECK(parse_time_of_day("08:05").value() == TimeOfDay{8, 5});
    CHECK(parse_time_of_day("8:05").value() == TimeOfDay{8, 5});
    CHECK(parse_time_of_day("23:59").value() == TimeOfDay{23, 59});
    CHECK(parse_time_of_day("0:00").value() == TimeOfDay{0, 0});
  }
  SECTION("rejects at the bad hour or minute") {
    require_rejects(parse_time_of_day,
                    {{"24:00", 0},
                     {"123:00", 0},
                     {"12:60", 3},
                     {"12:5", 3},
                     {"12:055", 3},
                     {"12", 2},
                     {"12-30", 2},
                     {"12:30pm", 5}},
                    "time of day");
  }
}

TEST_CASE("values: to_string renders as show running-config does", "[grammar][values]") {
  SECTION("IPv4") {
    CHECK(to_string(ip(10, 0, 0, 1)) == "10.0.0.1");
    CHECK(to_string(ip(255, 255, 255, 255)) == "255.255.255.255");
    CHECK(to_string(parse_ipv4("010.001.0.0").value()) == "10.1.0.0");
  }
  SECTION("MAC in lower case with four digits a group") {
    CHECK(to_string(parse_mac("1.2.3").value()) == "0001.0002.0003");
    CHECK(to_string(parse_mac("AbCd.EF01.a0B").value()) == "abcd.ef01.0a0b");
    CHECK(to_string(MacAddress{}) == "0000.0000.0000");
  }
  SECTION("time of day with a 2-digit hour") {
    CHECK(to_string(TimeOfDay{8, 5}) == "08:05");
    CHECK(to_string(parse_time_of_day("7:30").value()) == "07:30");
    CHECK(to_string(TimeOfDay{23, 59}) == "23:59");
  }
}

TEST_CASE("values: E.164 number", "[grammar][values]") {
  SECTION("accepts 1-32 of digits, * and # after an optional +") {
    CHECK(parse_e164("1001").value() == "1001");
    CHECK(parse_e164("+4930123456").value() == "+4930123456");
    CHECK(parse_e164("*67#").value() == "*67#");
    CHECK(parse_e164(std::string(32, '5')).value() == std::string(32, '5'));
    CHECK(parse_e164("+" + std::string(32, '5')).ok());
  }
  SECTION("rejects other characters and more than 32 digits") {
    std::string const too_long(33, '1');
    require_rejects(parse_e164,
                    {{"", 0}, {"+", 1}, {"12a4", 2}, {"++1", 1}, {"1+2", 1}, {too_long, 32}},
                    "E.164 number");
  }
}

TEST_CASE("values: dial pattern", "[grammar][values]") {
  SECTION("accepts digits, wildcards, classes and a final T") {
    for (std::string_view p : {"1...", "9T", "T", "[1-5]..", "[^0]T", "[246]1", "+1408.......",
                               "9,1234", "*#", "[2,4-6]0", "[^2-4]"}) {
      CAPTURE(p);
      CHECK(parse_dial_pattern(p).value() == p);
    }
    CHECK(parse_dial_pattern(std::string(32, '.')).ok());
  }
  SECTION("rejects bad characters, unbalanced or empty classes and a non-final T") {
    std::string const too_long(33, '1');
    std::string const too_long_bad = "1234x" + std::string(30, '1');
    require_rejects(parse_dial_pattern,
                    {{"", 0},
                     {"12T3", 3},
                     {"TT", 1},
                     {"[]", 1},
                     {"[1-", 3},
                     {"[12", 3},
                     {"1[^]", 3},
                     {"1[2-x]", 4},
                     {"[1[2]]", 2},
                     {"12a", 2},
                     {"12t", 2},
                     {too_long, 32},
                     {too_long_bad, 4}},
                    "dial pattern");
  }
}

TEST_CASE("values: button list", "[grammar][values]") {
  SECTION("accepts a single entry") {
    auto list = parse_button_list("1:10");
    REQUIRE(list.ok());
    CHECK(*list == ButtonList{{1, ':', {10}}});
  }
  SECTION("accepts every separator and overlay dn lists") {
    auto list = parse_button_list("1:10 2s11 3b12 4f13 5m14 6w15 7o16,17,18 8c19,20 99x65535");
    REQUIRE(list.ok());
    CHECK(*list == ButtonList{{1, ':', {10}},
                              {2, 's', {11}},
                              {3, 'b', {12}},
                              {4, 'f', {13}},
                              {5, 'm', {14}},
                              {6, 'w', {15}},
                              {7, 'o', {16, 17, 18}},
                              {8, 'c', {19, 20}},
                              {99, 'x', {65535}}});
  }
  SECTION("accepts runs of blanks between, before and after entries") {
    auto list = parse_button_list(" 1:10 \t  2:11 ");
    REQUIRE(list.ok());
    CHECK(*list == ButtonList{{1, ':', {10}}, {2, ':', {11}}});
  }
  SECTION("accepts up to 25 dns on an overlay button") {
    std::string text = "1o1";
    for (int dn = 2; dn <= 25; ++dn) {
      text += "," + std::to_string(dn);
    }
    auto list = parse_button_list(text);
    REQUIRE(list.ok());
    CHECK(list->at(0).dns.size() == 25);
    require_rejects(parse_button_list, {{text + ",26", text.size()}}, "button list");
  }
  SECTION("rejects with the offset inside the whole text") {
    require_rejects(parse_button_list,
                    {{"", 0},
                     {"   ", 3},
                     {"1:10,11", 4},
                     {"1q10", 1},
                     {"1O10", 1},
                     {"0:10", 0},
                     {"100:1", 0},
                     {"1:0", 2},
                     {"1:65536", 2},
                     {"1:+5", 2},
                     {"1:10 2:11 x", 10},
                     {"1:10 2:", 7},
                     {"1:10 2b11,12", 9},
                     {"1o10,", 5},
                     {"1o10,,11", 5},
                     {"1:10x", 4}},
                    "button list");
  }
}

TEST_CASE("values: URL", "[grammar][values]") {
  SECTION("accepts http, https and tftp URLs with a host name or address, port and path") {
    for (std::string_view url :
         {"http://10.1.1.1/", "HTTPS://cme.example.com:8443/path/to?x=1&y=2", "tftp://server",
          "http://10.0.0.1:80", "Http://a-b.c1/SEPDEFAULT.cnf.xml", "tftp://10.1.1.1.example"}) {
      CAPTURE(url);
      CHECK(parse_url(url).value() == url);
    }
  }
  SECTION("rejects at the bad scheme, host, port or path") {
    require_rejects(parse_url,
                    {{"ftp://x", 0},
                     {"http:/x", 4},
                     {"http://", 7},
                     {"http://host:0/", 12},
                     {"http://host:65536", 12},
                     {"http://host:", 12},
                     {"http://10.1.1.300/x", 14},
                     {"http://host name", 11},
                     {"http://-host", 7},
                     {"http://host_1", 11},
                     {"http://123", 10},
                     {"https://h/a b", 11}},
                    "URL");
  }
}

TEST_CASE("values: quoted string", "[grammar][values]") {
  SECTION("accepts blanks inside and returns the text between the quotes") {
    CHECK(parse_quoted_string("\"hello world\"").value() == "hello world");
    CHECK(parse_quoted_string("\"\"").value().empty());
    CHECK(parse_quoted_string("\" x:y \"").value() == " x:y ");
  }
  SECTION("rejects a missing quote or an embedded quote") {
    require_rejects(parse_quoted_string,
                    {{"hello", 0}, {"\"abc", 4}, {"\"ab\"c\"", 4}, {"", 0}, {"\"", 1}},
                    "quoted string");
  }
}

TEST_CASE("values: validate dispatches on the value type", "[grammar][values]") {
  SECTION("accepts valid values of each type") {
    CHECK(validate(ValueType::Ipv4, "10.0.0.1").ok());
    CHECK(validate(ValueType::Ipv4Prefix, "10.0.0.0/8").ok());
    CHECK(validate(ValueType::Mac, "1.2.3").ok());
    CHECK(validate(ValueType::TimeOfDay, "8:00").ok());
    CHECK(validate(ValueType::E164, "+1001").ok());
    CHECK(validate(ValueType::DialPattern, "1...").ok());
    CHECK(validate(ValueType::ButtonList, "1:10 2o11,12").ok());
    CHECK(validate(ValueType::Url, "http://10.0.0.1/x").ok());
    CHECK(validate(ValueType::QuotedString, "\"x\"").ok());
  }
  SECTION("passes the parser's error through") {
    auto result = validate(ValueType::Ipv4, "10.1.300.4");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().offset == 5);
    CHECK(result.error().expected == "IP address");
    CHECK(validate(ValueType::Mac, "10.1.1.1").error().expected == "MAC address");
    CHECK(validate(ValueType::E164, "1.2.3").error().offset == 1);
  }
}

TEST_CASE("values: hostile input is rejected without throwing", "[grammar][values]") {
  std::string const bytes("\xff\x00\x80.\"[", 6);
  std::string const huge(100000, '1');
  for (auto type : {ValueType::Ipv4, ValueType::Ipv4Prefix, ValueType::Mac, ValueType::TimeOfDay,
                    ValueType::E164, ValueType::DialPattern, ValueType::ButtonList, ValueType::Url,
                    ValueType::QuotedString}) {
    CAPTURE(static_cast<int>(type));
    CHECK_NOTHROW(validate(type, bytes));
    CHECK_NOTHROW(validate(type, huge));
    CHECK_FALSE(validate(type, bytes).ok());
    CHECK_FALSE(validate(type, huge).ok());
  }
}
