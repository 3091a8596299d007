// SDP (sdp.hpp): parse, write back, and the attribute helpers calls use.

#include <catch2/catch.hpp>
#include <string>

#include "runtime/sip/message/sdp.hpp"

using namespace cme::runtime::sip;

namespace {

const std::string kOffer =
    "v=0\r\n"
    "o=Cisco-SIPUA 24123 2 IN IP4 10.0.0.21\r\n"
    "s=SIP Call\r\n"
    "i=info\r\n"
    "c=IN IP4 10.0.0.21\r\n"
    "b=AS:64\r\n"
    "t=0 0\r\n"
    "y=unknown-line\r\n"
    "a=tool:x\r\n"
    "m=audio 24580 RTP/AVP 0 8 101\r\n"
    "i=media info\r\n"
    "c=IN IP4 10.0.0.22\r\n"
    "b=TIAS:64000\r\n"
    "a=rtpmap:0 PCMU/8000\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=fmtp:101 0-15\r\n"
    "a=sendonly\r\n"
    "m=video 0/2 RTP/AVP 31\r\n"
    "a=rtpmap:31 H261/90000/1\r\n";

}  // namespace

TEST_CASE("message_sdp: parse a typical offer", "[runtime][sip][message_sdp]") {
  auto sdp = parse_sdp(kOffer);
  REQUIRE(sdp);
  CHECK(sdp->origin.username == "Cisco-SIPUA");
  CHECK(sdp->origin.session_id == "24123");
  CHECK(sdp->origin.session_version == 2);
  CHECK(sdp->origin.address == "10.0.0.21");
  CHECK(sdp->session_name == "SIP Call");
  CHECK(sdp->connection == SdpConnection{"IN", "IP4", "10.0.0.21"});
  CHECK(sdp->other ==
        std::vector<SdpLine>{{'i', "info"}, {'b', "AS:64"}, {'t', "0 0"}, {'y', "unknown-line"}});
  REQUIRE(sdp->media.size() == 2);
  const SdpMedia& audio = sdp->media[0];
  CHECK(audio.port == 24580);
  CHECK(audio.proto == "RTP/AVP");
  CHECK(audio.formats == std::vector<std::string>{"0", "8", "101"});
  CHECK(connection(*sdp, audio)->address == "10.0.0.22");
  CHECK(direction(*sdp, audio) == SdpDirection::SendOnly);
  CHECK(attribute(audio.attributes, "fmtp") == "101 0-15");
  CHECK(rtpmap(audio, 101) == SdpRtpMap{101, "telephone-event", 8000, std::nullopt});
  CHECK_FALSE(rtpmap(audio, 8));
  const SdpMedia& video = sdp->media[1];
  CHECK(video.port == 0);
  CHECK(video.port_count == 2u);
  CHECK(direction(*sdp, video) == SdpDirection::SendRecv);
  CHECK(connection(*sdp, video)->address == "10.0.0.21");
  CHECK(rtpmap(video, 31)->channels == 1u);
}

TEST_CASE("message_sdp: writes back what it read", "[runtime][sip][message_sdp]") {
  auto sdp = parse_sdp(kOffer);
  REQUIRE(sdp);
  CHECK(to_string(*sdp) == kOffer);
  SECTION("LF line ends are accepted and written as CRLF") {
    std::string lf = kOffer;
    for (auto pos = lf.find("\r\n"); pos != std::string::npos; pos = lf.find("\r\n", pos)) {
      lf.erase(pos, 1);
    }
    CHECK(to_string(parse_sdp(lf).value()) == kOffer);
  }
  SECTION("an answer built from the offer") {
    Sdp answer = *sdp;
    answer.origin.session_version += 1;
    answer.media[0].port = 30000;
    set_direction(answer.media[0], SdpDirection::RecvOnly);
    auto again = parse_sdp(to_string(answer));
    REQUIRE(again);
    CHECK(*again == answer);
    CHECK(direction(*again, again->media[0]) == SdpDirection::RecvOnly);
    CHECK(again->origin.session_version == 3);
  }
}

TEST_CASE("message_sdp: minimal descriptions and errors", "[runtime][sip][message_sdp]") {
  auto minimal = parse_sdp("v=0\r\no=- 1 1 IN IP4 h\r\n");
  REQUIRE(minimal);
  CHECK(minimal->session_name == "-");
  CHECK(minimal->media.empty());
  Sdp built;
  built.origin = SdpOrigin{"-", "1", 1, "IN", "IP4", "10.0.0.1"};
  built.other.push_back(SdpLine{'t', "0 0"});
  SdpMedia m;
  m.port = 4000;
  m.formats = {"0"};
  m.attributes.push_back(SdpAttribute{"rtpmap", "0 PCMU/8000"});
  built.media.push_back(m);
  CHECK(to_string(built) ==
        "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n"
        "a=rtpmap:0 PCMU/8000\r\n");
  for (std::string text :
       {"", "o=- 1 1 IN IP4 h\r\n", "v=1\r\no=- 1 1 IN IP4 h\r\n", "v=0\r\no=- 1 x IN IP4 h\r\n",
        "v=0\r\no=- 1 1 IN IP4\r\n", "v=0\r\no=- 1 1 IN IP4 h\r\nc=IN IP4\r\n",
        "v=0\r\no=- 1 1 IN IP4 h\r\nm=audio x RTP/AVP 0\r\n",
        "v=0\r\no=- 1 1 IN IP4 h\r\nm=audio 70000 RTP/AVP 0\r\n",
        "v=0\r\no=- 1 1 IN IP4 h\r\nbad line\r\n"}) {
    INFO(text);
    CHECK_FALSE(parse_sdp(text));
  }
}
