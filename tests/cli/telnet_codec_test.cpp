// TelnetCodec: option negotiation, NAWS, IAC commands and escaping (RFC 854, 857, 858, 1073).
#include "cli/telnet_codec.hpp"

#include <catch2/catch.hpp>

using cme::cli::TelnetCodec;
using cme::cli::WindowSize;

namespace {

std::string bytes(std::initializer_list<int> list) {
  std::string out;
  for (int b : list) {
    out += static_cast<char>(b);
  }
  return out;
}

constexpr int IAC = 255, DONT = 254, DO = 253, WONT = 252, WILL = 251, SB = 250, SE = 240;
constexpr int ECHO_ = 1, SGA = 3, NAWS = 31, TTYPE = 24, LINEMODE = 34;

}  // namespace

TEST_CASE("telnet codec: opening negotiation offers echo and SGA and asks for NAWS",
          "[cli][telnet]") {
  TelnetCodec codec;
  CHECK(codec.start() == bytes({IAC, WILL, ECHO_, IAC, WILL, SGA, IAC, DO, NAWS}));
}

TEST_CASE("telnet codec: the client's answers settle without loops, and others are refused",
          "[cli][telnet]") {
  TelnetCodec codec;
  codec.start();
  SECTION("agreement needs no reply") {
    auto in = codec.receive(bytes({IAC, DO, ECHO_, IAC, DO, SGA, IAC, WILL, NAWS}));
    CHECK(in.reply.empty());
    CHECK(in.data.empty());
    CHECK_FALSE(in.error);
  }
  SECTION("an unknown option is refused once") {
    auto in = codec.receive(bytes({IAC, DO, TTYPE, IAC, WILL, LINEMODE}));
    CHECK(in.reply == bytes({IAC, WONT, TTYPE, IAC, DONT, LINEMODE}));
  }
  SECTION("DONT ECHO (telnetlib, netmiko) is accepted") {
    auto in = codec.receive(bytes({IAC, DONT, ECHO_}));
    CHECK_FALSE(in.error);
    CHECK(in.data.empty());
  }
}

TEST_CASE("telnet codec: NAWS reports the window, even split across reads", "[cli][telnet]") {
  TelnetCodec codec;
  codec.start();
  const auto naws = bytes({IAC, SB, NAWS, 0, 132, 0, 50, IAC, SE});
  SECTION("whole") {
    auto in = codec.receive(naws + "sh");
    REQUIRE(in.window);
    CHECK(*in.window == WindowSize{132, 50});
    CHECK(in.data == "sh");
  }
  SECTION("split") {
    auto a = codec.receive(naws.substr(0, 4));
    CHECK_FALSE(a.window);
    auto b = codec.receive(naws.substr(4));
    REQUIRE(b.window);
    CHECK(*b.window == WindowSize{132, 50});
  }
  SECTION("a width of 300 uses both bytes") {
    auto in = codec.receive(bytes({IAC, SB, NAWS, 1, 44, 0, 24, IAC, SE}));
    REQUIRE(in.window);
    CHECK(*in.window == WindowSize{300, 24});
  }
}

TEST_CASE("telnet codec: data passes through and Enter forms stay for the line editor",
          "[cli][telnet]") {
  TelnetCodec codec;
  codec.start();
  CHECK(codec.receive(std::string("show\r\0", 6)).data == std::string("show\r\0", 6));
  CHECK(codec.receive("conf t\r\n").data == "conf t\r\n");
  CHECK(codec.receive(bytes({'a', IAC, IAC, 'b'})).data == bytes({'a', IAC, 'b'}));
}

TEST_CASE("telnet codec: IAC commands map to editing keys and AYT is answered", "[cli][telnet]") {
  TelnetCodec codec;
  codec.start();
  CHECK(codec.receive(bytes({IAC, 244})).data == "\x03");  // IP -> Ctrl-C
  CHECK(codec.receive(bytes({IAC, 243})).data == "\x03");  // BRK -> Ctrl-C
  CHECK(codec.receive(bytes({IAC, 247})).data == "\x08");  // EC -> Backspace
  CHECK(codec.receive(bytes({IAC, 248})).data == "\x15");  // EL -> Ctrl-U
  auto ayt = codec.receive(bytes({IAC, 246}));
  CHECK(ayt.data.empty());
  CHECK(ayt.reply == "\r\n[Yes]\r\n");
}

TEST_CASE("telnet codec: output doubles IAC", "[cli][telnet]") {
  TelnetCodec codec;
  codec.start();
  CHECK(codec.encode("Router>") == "Router>");
  CHECK(codec.encode(bytes({'x', IAC, 'y'})) == bytes({'x', IAC, IAC, 'y'}));
}
