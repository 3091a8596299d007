// Sample SCCP messages (sccp_samples.hpp).

#include "tests/support/sccp_samples.hpp"

namespace cme::test {
namespace sccp = runtime::sccp;
namespace {

std::vector<sccp::Message> registration_samples() {
  sccp::RegisterAck ack{25, "D.M.Y", 26, 17, 0x20, 0xFFF1};
  sccp::CapabilitiesRes caps;
  caps.count = 3;
  caps.capabilities[0] = {4, 40, {}};
  caps.capabilities[1] = {2, 40, {}};
  caps.capabilities[2] = {11, 60, {1, 2, 3, 4, 0, 0, 0, 0}};
  sccp::ServerRes servers;
  servers.names = {"cme-a", "cme-b", "", "", ""};
  servers.ports = {2000, 2001, 0, 0, 0};
  servers.addresses[0] = {192, 0, 2, 1};
  servers.addresses[1] = {192, 0, 2, 2};
  return {sccp::KeepAlive{},
          sccp::KeepAliveAck{},
          sccp_sample_register("001122AABB01", 115, 17),
          ack,
          sccp::RegisterReject{"Device Unknown"},
          sccp::Unregister{true, 1},
          sccp::UnregisterAck{2},
          sccp::Reset{2},
          sccp::IpPort{20002},
          sccp::HeadsetStatus{1},
          sccp::RegisterAvailableLines{6},
          sccp::CapabilitiesReq{},
          caps,
          sccp::VersionReq{},
          sccp::Version{"SCCP41.8-5-3S"},
          sccp::TimeDateReq{},
          sccp::DefineTimeDate{2026, 12, 1, 7, 23, 45, 12, 345, 1796686000},
          sccp::ConfigStatReq{},
          sccp::ConfigStat{"SEP001122AABB01", 3, 1, "alice", "cme-a", 2, 4},
          sccp::Alarm{2, "Name=SEP001122AABB01 Load=SCCP41", 11, 12},
          sccp::ServerReq{},
          servers};
}

std::vector<sccp::Message> button_samples() {
  sccp::ButtonTemplate buttons{0, 3, 3, {}};
  buttons.buttons[0] = {1, 0x09};
  buttons.buttons[1] = {2, 0x09};
  buttons.buttons[2] = {1, 0x15};
  sccp::SoftKeyTemplateRes keys{0, 2, 2, {}};
  keys.definitions[0] = {"\x80\x01", 1};
  keys.definitions[1] = {"\x80\x09", 9};
  sccp::SoftKeySetRes sets{0, 2, 2, {}};
  sets.sets[0].template_index = {1, 2};
  sets.sets[0].info_index = {301, 302};
  sets.sets[1].template_index = {2};
  sets.sets[1].info_index = {302};
  return {sccp::ButtonTemplateReq{},
          buttons,
          sccp::SoftKeyTemplateReq{},
          keys,
          sccp::SoftKeySetReq{},
          sets,
          sccp::SelectSoftKeys{1, 101, 4, 0xFFFF},
          sccp::SoftKeyEvent{9, 1, 101},
          sccp::Stimulus{2, 3, 0, 1},
          sccp::LineStatReq{2},
          sccp::LineStat{1, "1010", "Alice Smith", "Alice 1010", 15},
          sccp::LineStatV2{2, 15, "1011", "Alice Two", "Line 1011"},
          sccp::SpeedDialStatReq{3},
          sccp::SpeedDialStat{3, "5001", "Bob"},
          sccp::ForwardStatReq{1},
          sccp::ForwardStat{1, 1, 1, "5002", 0, "", 1, "5003"},
          sccp::FeatureStatReq{3, 1},
          sccp::FeatureStat{4, 0x13, "DND", 1},
          sccp::FeatureStatV2{3, 0x15, 4, "Carol"}};
}

std::vector<sccp::Message> call_samples() {
  sccp::CallInfoWords words{1, 101, 2, 3, 4, 1, 2, 0};
  sccp::CallParties parties{"Alice", "10", "Bob", "20", "Bob O", "21",
                            "Rex",   "22", "10",  "20", "21",    "22"};
  return {sccp::OffHook{1, 101},
          sccp::OnHook{2, 102},
          sccp::HookFlash{1, 103},
          sccp::KeypadButton{0x0E, 1, 101},
          sccp::EnblocCall{"5551234", 1},
          sccp::OffHookWithCgpn{"1010", "1011", 2},
          sccp::StartTone{0x21, 0, 1, 101},
          sccp::StopTone{1, 101, 0x24},
          sccp::SetRinger{2, 1, 1, 102},
          sccp::SetLamp{9, 1, 5},
          sccp::SetSpeakerMode{1},
          sccp::SetMicroMode{2},
          sccp::CallState{5, 1, 101, 2, 4, 0},
          sccp::CallInfo{words, parties},
          sccp::CallInfoV2{words, parties, "alt", "7000", "Sales"},
          sccp::DialedNumber{"20", 1, 101},
          sccp::ActivateCallPlane{1},
          sccp::DeactivateCallPlane{}};
}

std::vector<sccp::Message> display_and_media_samples() {
  sccp::OpenReceiveChannel orc;
  orc.conference_id = 101;
  orc.pass_through_party_id = 1001;
  orc.call_reference = 101;
  orc.source_ip = {192, 0, 2, 12};
  orc.source_port = 20002;
  sccp::StartMediaTransmission smt;
  smt.conference_id = 102;
  smt.pass_through_party_id = 2002;
  smt.remote_ip = {192, 0, 2, 11};
  smt.remote_port = 20000;
  smt.precedence = 2;
  smt.max_frames_per_packet = 3;
  smt.call_reference = 102;
  smt.party_direction = 1;
  return {sccp::DisplayText{"Hello"},
          sccp::ClearDisplay{},
          sccp::DisplayPromptStatus{10, "\x80\x17 10", 1, 102},
          sccp::DisplayPromptStatusV2{0, 1, 101, "\x80\x20"},
          sccp::ClearPromptStatus{1, 101},
          sccp::DisplayNotify{5, "Welcome"},
          sccp::DisplayNotifyV2{6, "Call forwarded"},
          sccp::ClearNotify{},
          sccp::DisplayPriNotify{10, 5, "Incoming"},
          sccp::DisplayPriNotifyV2{0, 3, "\x1e\x39"},
          sccp::ClearPriNotify{5},
          orc,
          sccp::OpenReceiveChannelAck{0, 0, {192, 0, 2, 11}, 20000, 1001, 101},
          smt,
          sccp::StartMediaTransmissionAck{101, 1001, 101, 0, {192, 0, 2, 11}, 20000, 0},
          sccp::StopMediaTransmission{101, 1001, 101, 0},
          sccp::CloseReceiveChannel{101, 1001, 101, 1}};
}

}  // namespace

sccp::Register sccp_sample_register(const std::string& mac, std::uint32_t device_type,
                                    std::uint8_t protocol_version) {
  sccp::Register r;
  r.device_name = "SEP" + mac;
  r.instance = 1;
  r.station_ip = {192, 0, 2, 11};
  r.device_type = device_type;
  r.max_streams = 5;
  r.protocol_version = protocol_version;
  r.phone_features = protocol_version >= 17 ? 0x8572 : 0;
  r.max_conferences = 1;
  r.max_number_of_lines = protocol_version >= 17 ? 2 : 0;  // not in the 68-byte form
  r.payload_size = protocol_version >= 17 ? 124 : 68;
  if (protocol_version >= 17) {
    r.firmware_load_name = "SCCP41.8-5-3S";
  }
  return r;
}

std::vector<sccp::Message> sccp_sample_messages() {
  std::vector<sccp::Message> all;
  for (auto part :
       {registration_samples(), button_samples(), call_samples(), display_and_media_samples()}) {
    all.insert(all.end(), part.begin(), part.end());
  }
  return all;
}

sccp::CapabilitiesRes sccp_sample_capabilities() {
  sccp::CapabilitiesRes caps;
  caps.count = 3;
  caps.capabilities[0] = {4, 40, {}};
  caps.capabilities[1] = {2, 40, {}};
  caps.capabilities[2] = {12, 60, {}};
  return caps;
}

}  // namespace cme::test
