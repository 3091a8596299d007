// Byte-for-byte check of the SCCP codec against Wireshark's skinny dissector (sccp.md §12):
// every sample message (tests/support/sccp_samples.hpp) is encoded at protocol 17, 11 and 0,
// written into one pcap with the 7960's 68-byte Register (Wireshark shows its fields up to
// maxConferences only), and decoded by one tshark run. Each
// packet must decode as the intended message id, length and header version, without a
// malformed-packet mark, and the fields listed in kExpected must show the values we meant.
// tshark missing is a failure: CI installs it (scripts/install-deps).

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "runtime/sccp/codec/codec.hpp"
#include "tests/support/sccp_samples.hpp"
#include "tests/support/sccp_tshark.hpp"

namespace sccp = cme::runtime::sccp;
using cme::test::TsharkFields;

namespace {

/// Fields ("name=value|name=v1,v2") tshark must show for a sample at a protocol version;
/// names are without the "skinny." prefix, repeated fields list their first values in order.
struct Expected {
  std::uint32_t version;
  const char* message;
  const char* fields;
};

const Expected kExpected[] = {
    {11, "StopTone", "callReference=101|lineInstance=1|tone=0x00000024"},
    // v11 layouts: the fields that sit after the parts that differ from v17
    {11, "CallInfoV2",
     "AlternateCallingParty=alt|callingPartyName=Alice|lastRedirectingPartyName=Rex"},
    {11, "OpenReceiveChannel",
     "mixingMode=0|partyDirection=0|sourceIpAddr.ipv4=192.0.2.12|sourcePortNumber=20002"},
    {11, "OpenReceiveChannelAck",
     "ipAddr.ipv4=192.0.2.11|portNumber=20000|passThroughPartyId=1001|callReference=101"},
    {11, "StartMediaTransmission",
     "remoteIpAddr.ipv4=192.0.2.11|remotePortNumber=20000|maxFramesPerPacket=3|"
     "callReference=102|mixingMode=0"},
    {11, "StartMediaTransmissionAck",
     "transmitIpAddr.ipv4=192.0.2.11|portNumber=20000|mediaTransmissionStatus=0x00000000"},
    {17, "KeepAlive", ""},
    {17, "KeepAliveAck", ""},
    {17, "Register",
     "DeviceName=SEP001122AABB01|activeConferences=0|activeStreams=0|"
     "deviceType=0x00000073|firmwareLoadName=SCCP41.8-5-3S|instance=1|"
     "ipV4AddressScope=0|ipV6AddressScope=0|macAddress=00:00:00:00:00:00|"
     "maxConferences=1|maxNumberOfLines=2|maxStreams=5|protocolVer=17|"
     "reserved.for.future.use=0|stationIpAddr=192.0.2.11|stationIpV6Addr=::|unknown=0"},
    {17, "RegisterAck",
     "dateTemplate=D.M.Y|keepAliveInterval=25|maxProtocolVer=17|"
     "secondaryKeepAliveInterval=26|unknown=32"},
    {17, "RegisterReject", "text=Device Unknown"},
    {17, "Unregister", ""},
    {17, "UnregisterAck", "status=0x00000002"},
    {17, "Reset", "resetType=0x00000002"},
    {17, "IpPort", "rtpMediaPort=20002"},
    {17, "HeadsetStatus", "headsetStatus=0x00000001"},
    {17, "RegisterAvailableLines", "maxNumOfAvailLines=6"},
    {17, "CapabilitiesReq", ""},
    {17, "CapabilitiesRes",
     "capCount=3|maxFramesPerPacket=40,40,60|"
     "payloadCapability=0x00000004,0x00000002,0x0000000b"},
    {17, "VersionReq", ""},
    {17, "Version", "versionStr=SCCP41.8-5-3S"},
    {17, "TimeDateReq", ""},
    {17, "DefineTimeDate",
     "systemTime=1796686000|wDay=7|wDayOfWeek=1|wHour=23|wMilliseconds=345|wMinute=45|"
     "wMonth=12|wSecond=12|wYear=2026"},
    {17, "ConfigStatReq", ""},
    {17, "ConfigStat",
     "DeviceName=SEP001122AABB01|instance=1|numberOfLines=2|numberOfSpeedDials=4|"
     "reserved.for.future.use=3|serverName=cme-a|userName=alice"},
    {17, "Alarm",
     "alarmSeverity=0x00000002|parm1=11|parm2=12|"
     "text=Name=SEP001122AABB01 Load=SCCP41"},
    {17, "ServerReq", ""},
    {17, "ServerRes",
     "ServerName=cme-a,cme-b,,,|serverTcpListenPort=2000,2001,0,0,0|"
     "stationIpAddr=192.0.2.1,192.0.2.2,0.0.0.0,0.0.0.0,0.0.0.0"},
    {17, "ButtonTemplateReq", ""},
    {17, "ButtonTemplate",
     "buttonCount=3|buttonOffset=0|totalButtonCount=3|buttonDefinition=0x09,0x09,0x15|"
     "instanceNumber=1,2,1"},
    {17, "SoftKeyTemplateReq", ""},
    {17, "SoftKeyTemplateRes",
     "softKeyCount=2|softKeyEvent=0x00000001,0x00000009|softKeyOffset=0|"
     "totalSoftKeyCount=2"},
    {17, "SoftKeySetReq", ""},
    {17, "SoftKeySetRes",
     "softKeySetCount=2|softKeySetOffset=0|totalSoftKeySetCount=2|"
     "softKeyTemplateIndex=0x01,0x02,0x00|softKeyInfoIndex=0x012d,0x012e,0x0000"},
    {17, "SelectSoftKeys", "callReference=101|lineInstance=1|softKeySetIndex=0x00000004"},
    {17, "SoftKeyEvent", "callReference=101|lineInstance=1|softKeyEvent=0x00000009"},
    {17, "Stimulus", "callReference=0|lineInstance=3|stimulus=0x00000002|stimulusStatus=1"},
    {17, "LineStatReq", "lineNumber=2"},
    {17, "LineStat",
     "lineDirNumber=1010|lineDisplayOptions=15|"
     "lineFullyQualifiedDisplayName=Alice Smith|lineNumber=1|lineTextLabel=Alice 1010"},
    {17, "LineStatV2",
     "CallingPartyName=1|CallingPartyNumber=1|OrigDialed=1|RedirDialed=1|"
     "lineDirNumber=1011|lineFullyQualifiedDisplayName=Alice Two|lineNumber=2|"
     "lineTextLabel=Line 1011"},
    {17, "SpeedDialStatReq", "speedDialNumber=3"},
    {17, "SpeedDialStat", "speedDialDirNumber=5001|speedDialDisplayName=Bob|speedDialNumber=3"},
    {17, "ForwardStatReq", "lineNumber=1"},
    {17, "ForwardStat",
     "activeForward=1|forwardAllActive=1|forwardAllDirnum=5002|forwardBusyActive=0|"
     "forwardBusyDirnum=|forwardNoAnswerActive=1|forwardNoAnswerlDirnum=5003|"
     "lineNumber=1"},
    {17, "FeatureStatReq", "featureIndex=3"},
    {17, "FeatureStat", "featureID=0x00000013|featureIndex=4|featureStatus=1|featureTextLabel=DND"},
    {17, "FeatureStatV2",
     "featureID=0x00000015|featureIndex=3|featureStatus=4|featureTextLabel=Carol"},
    {17, "OffHook", "callReference=101|lineInstance=1"},
    {17, "OnHook", "callReference=102|lineInstance=2"},
    {17, "HookFlash", "callReference=103|lineInstance=1"},
    {17, "KeypadButton", "callReference=101|kpButton=0x0000000e|lineInstance=1"},
    {17, "EnblocCall", "calledParty=5551234|lineInstance=1"},
    {17, "OffHookWithCgpn", "callingPartyNumber=1010|cgpnVoiceMailbox=1011|lineInstance=2"},
    {17, "StartTone",
     "callReference=101|lineInstance=1|tone=0x00000021|"
     "tone.output.direction=0x00000000"},
    {17, "StopTone", "callReference=101|lineInstance=1|tone=0x00000024"},
    {17, "SetRinger",
     "callReference=102|lineInstance=1|ringDuration=0x00000001|ringMode=0x00000002"},
    {17, "SetLamp", "lampMode=0x00000005|stimulus=0x00000009|stimulusInstance=1"},
    {17, "SetSpeakerMode", "speakerMode=0x00000001"},
    {17, "SetMicroMode", "micMode=0x00000002"},
    {17, "CallState",
     "callReference=101|callState=0x00000005|lineInstance=1|precedenceDomain=0|"
     "precedenceLevel=4|privacy=0x00000002"},
    {17, "CallInfo",
     "callInstance=1|callReference=101|callSecurityStatus=0x00000002|"
     "callType=0x00000002|calledParty=20|calledPartyName=Bob|callingParty=10|"
     "callingPartyName=Alice|cdpnVoiceMailbox=20|cgpnVoiceMailbox=10|"
     "lastRedirectingParty=22|lastRedirectingPartyName=Rex|lastRedirectingReason=4|"
     "lastRedirectingVoiceMailbox=22|lineInstance=1|originalCalledParty=21|"
     "originalCalledPartyName=Bob O|originalCdpnRedirectReason=3|"
     "originalCdpnVoiceMailbox=21"},
    {17, "CallInfoV2",
     "AlternateCallingParty=alt|HuntPilotName=Sales|HuntPilotNumber=7000|"
     "callInstance=1|callReference=101|callSecurityStatus=0x00000002|"
     "callType=0x00000002|calledParty=20|calledPartyName=Bob|callingParty=10|"
     "callingPartyName=Alice|cdpnVoiceMailbox=20|cgpnVoiceMailbox=10|"
     "lastRedirectingParty=22|lastRedirectingPartyName=Rex|lastRedirectingReason=4|"
     "lastRedirectingVoiceMailbox=22|lineInstance=1|originalCalledParty=21|"
     "originalCalledPartyName=Bob O|originalCdpnRedirectReason=3|"
     "originalCdpnVoiceMailbox=21"},
    {17, "DialedNumber", "callReference=101|dialedNumber=20|lineInstance=1"},
    {17, "ActivateCallPlane", "lineInstance=1"},
    {17, "DeactivateCallPlane", ""},
    {17, "DisplayText", "text=Hello"},
    {17, "ClearDisplay", ""},
    {17, "DisplayPromptStatus", "callReference=102|lineInstance=1|timeOutValue=10"},
    {17, "DisplayPromptStatusV2", "callReference=101|lineInstance=1|timeOutValue=0"},
    {17, "ClearPromptStatus", "callReference=101|lineInstance=1"},
    {17, "DisplayNotify", "notify=Welcome|timeOutValue=5"},
    {17, "DisplayNotifyV2", "notify=Call forwarded|timeOutValue=6"},
    {17, "ClearNotify", ""},
    {17, "DisplayPriNotify", "notify=Incoming|priority=5|timeOutValue=10"},
    {17, "DisplayPriNotifyV2", "priority=3|timeOutValue=0"},
    {17, "ClearPriNotify", "priority=5"},
    {17, "OpenReceiveChannel",
     "RFC2833PayloadType=101|associatedStreamId=0|callReference=101|"
     "compressionType=0x00000004|conferenceId=101|dtmfType=10|ecValue=0x00000000|"
     "ipv4or6=0|milliSecondPacketSize=20|mixingMode=0|partyDirection=0|"
     "passThroughPartyId=1001|requestedIpAddrType=0x00000000|"
     "sourceIpAddr.ipv4=192.0.2.12|sourcePortNumber=20002|streamPassThroughId=0"},
    {17, "OpenReceiveChannelAck",
     "callReference=101|ipAddr.ipv4=192.0.2.11|ipv4or6=0|"
     "mediaReceptionStatus=0x00000000|passThroughPartyId=1001|portNumber=20000"},
    {17, "StartMediaTransmission",
     "RFC2833PayloadType=101|associatedStreamId=0|callReference=102|"
     "compressionType=0x00000004|conferenceId=102|dtmfType=10|ipv4or6=0|"
     "maxFramesPerPacket=3|milliSecondPacketSize=20|mixingMode=0|partyDirection=1|"
     "passThroughPartyId=2002|precedenceValue=2|remoteIpAddr.ipv4=192.0.2.11|"
     "remotePortNumber=20000|ssValue=0x00000000|streamPassThroughId=0"},
    {17, "StartMediaTransmissionAck",
     "callReference=101|conferenceId=101|ipv4or6=0|mediaTransmissionStatus=0x00000000|"
     "passThroughPartyId=1001|portNumber=20000|transmitIpAddr.ipv4=192.0.2.11"},
    {17, "StopMediaTransmission",
     "callReference=101|conferenceId=101|passThroughPartyId=1001|"
     "portHandlingFlag=0x00000000"},
    {17, "CloseReceiveChannel",
     "callReference=101|conferenceId=101|passThroughPartyId=1001|"
     "portHandlingFlag=0x00000001"},
    {11, "Register",
     "DeviceName=SEP00AABBCCDD60|deviceType=0x00000007|protocolVer=11|maxStreams=5|"
     "stationIpAddr=192.0.2.11|instance=1|maxConferences=1"},
};

struct Packet {
  std::uint32_t version;
  sccp::Message message;
  sccp::Bytes bytes;
};

std::string hex32(std::uint32_t v) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08x", v);
  return text;
}

std::string joined(const std::vector<std::string>& values, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n && i < values.size(); ++i) {
    out += (i == 0 ? "" : ",") + values[i];
  }
  return out;
}

std::string shown(const TsharkFields& fields, const std::string& name, std::size_t n = 1) {
  auto it = fields.find("skinny." + name);
  return it == fields.end() ? "<absent>" : joined(it->second, n);
}

std::vector<Packet> build_packets() {
  std::vector<Packet> packets;
  for (std::uint32_t version : {17u, 11u, 0u}) {
    for (const auto& m : cme::test::sccp_sample_messages()) {
      packets.push_back({version, m, sccp::encode(m, version)});
    }
  }
  sccp::Message r7960 = cme::test::sccp_sample_register("00AABBCCDD60", 7, 11);
  packets.push_back({11, r7960, sccp::encode(r7960, 11)});
  return packets;
}

/// A temporary directory for the capture, removed with its files at the end of the test.
struct TempDir {
  TempDir() {
    char pattern[] = "/tmp/opencme-sccp-XXXXXX";
    path = mkdtemp(pattern) != nullptr ? pattern : "";
  }
  ~TempDir() {
    if (!path.empty()) {
      std::remove((path + "/sccp.pcap").c_str());
      rmdir(path.c_str());
    }
  }
  std::string path;
};

void check_expected(const std::vector<Packet>& packets, const std::vector<TsharkFields>& decoded,
                    const Expected& e) {
  std::size_t found = packets.size();
  for (std::size_t i = packets.size(); i-- > 0;) {
    if (packets[i].version == e.version &&
        sccp::message_name(sccp::message_id(packets[i].message)) == e.message) {
      found = i;
      break;
    }
  }
  INFO(e.message << " at protocol " << e.version);
  REQUIRE(found < packets.size());
  std::stringstream list(e.fields);
  for (std::string item; std::getline(list, item, '|');) {
    const auto eq = item.find('=');
    const std::string name = item.substr(0, eq);
    const std::string value = item.substr(eq + 1);
    const auto count = static_cast<std::size_t>(std::count(value.begin(), value.end(), ',')) + 1;
    INFO("field " << name);
    CHECK(shown(decoded[found], name, count) == value);
  }
}

}  // namespace

TEST_CASE("sccp codec: tshark decodes every message as encoded", "[runtime][sccp][tshark]") {
  const auto packets = build_packets();
  std::vector<cme::test::SccpSegment> segments;
  for (const auto& p : packets) {
    segments.push_back({sccp::direction_of(sccp::message_id(p.message)), p.bytes});
  }
  TempDir dir;
  REQUIRE_FALSE(dir.path.empty());
  const std::string pcap = dir.path + "/sccp.pcap";
  REQUIRE(cme::test::write_sccp_pcap(pcap, segments).ok());
  auto decoded = cme::test::tshark_decode(pcap, packets.size());
  if (!decoded.ok()) {
    FAIL(decoded.error());
  }
  for (std::size_t i = 0; i < packets.size(); ++i) {
    const auto& p = packets[i];
    const auto id = sccp::message_id(p.message);
    INFO(sccp::message_name(id) << " at protocol " << p.version << ", packet " << i + 1);
    const TsharkFields& fields = decoded.value()[i];
    CHECK(shown(fields, "messageId") == std::to_string(static_cast<std::uint32_t>(id)));
    CHECK(shown(fields, "data_length") == std::to_string(p.bytes.size() - 8));
    CHECK(shown(fields, "hdr_version") == hex32(sccp::header_version(id, p.version)));
    CHECK(fields.count("_ws.malformed") == 0);
    CHECK(fields.count("_ws.expert") == 0);
  }
  for (const auto& e : kExpected) {
    check_expected(packets, decoded.value(), e);
  }
  SECTION("layouts below 17 have no v17 fields") {
    const std::size_t per_version = cme::test::sccp_sample_messages().size();
    for (std::size_t i = per_version; i < packets.size(); ++i) {
      INFO(sccp::message_name(sccp::message_id(packets[i].message))
           << " at " << packets[i].version);
      CHECK(decoded.value()[i].count("skinny.ipv4or6") == 0);
      CHECK(decoded.value()[i].count("skinny.HuntPilotNumber") == 0);
      if (packets[i].version == 0) {
        CHECK(decoded.value()[i].count("skinny.partyDirection") == 0);
        CHECK(decoded.value()[i].count("skinny.tone") ==
              (sccp::message_id(packets[i].message) == sccp::MessageId::StartTone ? 1u : 0u));
      }
    }
  }
}
