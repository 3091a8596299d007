// SCCP message ids: names and directions (message_id.hpp).

#include "runtime/sccp/codec/message_id.hpp"

#include <algorithm>
#include <iterator>

namespace cme::runtime::sccp {
namespace {

struct Entry {
  MessageId id;
  std::string_view name;
  Direction direction;
};

// Every MessageId once, in the order of message_id.hpp (sccp.md §3.1 then §3.2).
constexpr Entry kCatalog[] = {
    {MessageId::KeepAlive, "KeepAlive", Direction::Up},
    {MessageId::Register, "Register", Direction::Up},
    {MessageId::IpPort, "IpPort", Direction::Up},
    {MessageId::KeypadButton, "KeypadButton", Direction::Up},
    {MessageId::EnblocCall, "EnblocCall", Direction::Up},
    {MessageId::Stimulus, "Stimulus", Direction::Up},
    {MessageId::OffHook, "OffHook", Direction::Up},
    {MessageId::OnHook, "OnHook", Direction::Up},
    {MessageId::HookFlash, "HookFlash", Direction::Up},
    {MessageId::ForwardStatReq, "ForwardStatReq", Direction::Up},
    {MessageId::SpeedDialStatReq, "SpeedDialStatReq", Direction::Up},
    {MessageId::LineStatReq, "LineStatReq", Direction::Up},
    {MessageId::ConfigStatReq, "ConfigStatReq", Direction::Up},
    {MessageId::TimeDateReq, "TimeDateReq", Direction::Up},
    {MessageId::ButtonTemplateReq, "ButtonTemplateReq", Direction::Up},
    {MessageId::VersionReq, "VersionReq", Direction::Up},
    {MessageId::CapabilitiesRes, "CapabilitiesRes", Direction::Up},
    {MessageId::ServerReq, "ServerReq", Direction::Up},
    {MessageId::Alarm, "Alarm", Direction::Up},
    {MessageId::OpenReceiveChannelAck, "OpenReceiveChannelAck", Direction::Up},
    {MessageId::OffHookWithCgpn, "OffHookWithCgpn", Direction::Up},
    {MessageId::SoftKeySetReq, "SoftKeySetReq", Direction::Up},
    {MessageId::SoftKeyEvent, "SoftKeyEvent", Direction::Up},
    {MessageId::Unregister, "Unregister", Direction::Up},
    {MessageId::SoftKeyTemplateReq, "SoftKeyTemplateReq", Direction::Up},
    {MessageId::HeadsetStatus, "HeadsetStatus", Direction::Up},
    {MessageId::RegisterAvailableLines, "RegisterAvailableLines", Direction::Up},
    {MessageId::FeatureStatReq, "FeatureStatReq", Direction::Up},
    {MessageId::SubscriptionStatReq, "SubscriptionStatReq", Direction::Up},
    {MessageId::StartMediaTransmissionAck, "StartMediaTransmissionAck", Direction::Up},
    {MessageId::RegisterAck, "RegisterAck", Direction::Down},
    {MessageId::StartTone, "StartTone", Direction::Down},
    {MessageId::StopTone, "StopTone", Direction::Down},
    {MessageId::SetRinger, "SetRinger", Direction::Down},
    {MessageId::SetLamp, "SetLamp", Direction::Down},
    {MessageId::SetSpeakerMode, "SetSpeakerMode", Direction::Down},
    {MessageId::SetMicroMode, "SetMicroMode", Direction::Down},
    {MessageId::StartMediaTransmission, "StartMediaTransmission", Direction::Down},
    {MessageId::StopMediaTransmission, "StopMediaTransmission", Direction::Down},
    {MessageId::CallInfo, "CallInfo", Direction::Down},
    {MessageId::ForwardStat, "ForwardStat", Direction::Down},
    {MessageId::SpeedDialStat, "SpeedDialStat", Direction::Down},
    {MessageId::LineStat, "LineStat", Direction::Down},
    {MessageId::ConfigStat, "ConfigStat", Direction::Down},
    {MessageId::DefineTimeDate, "DefineTimeDate", Direction::Down},
    {MessageId::ButtonTemplate, "ButtonTemplate", Direction::Down},
    {MessageId::Version, "Version", Direction::Down},
    {MessageId::DisplayText, "DisplayText", Direction::Down},
    {MessageId::ClearDisplay, "ClearDisplay", Direction::Down},
    {MessageId::CapabilitiesReq, "CapabilitiesReq", Direction::Down},
    {MessageId::RegisterReject, "RegisterReject", Direction::Down},
    {MessageId::ServerRes, "ServerRes", Direction::Down},
    {MessageId::Reset, "Reset", Direction::Down},
    {MessageId::KeepAliveAck, "KeepAliveAck", Direction::Down},
    {MessageId::OpenReceiveChannel, "OpenReceiveChannel", Direction::Down},
    {MessageId::CloseReceiveChannel, "CloseReceiveChannel", Direction::Down},
    {MessageId::SoftKeyTemplateRes, "SoftKeyTemplateRes", Direction::Down},
    {MessageId::SoftKeySetRes, "SoftKeySetRes", Direction::Down},
    {MessageId::SelectSoftKeys, "SelectSoftKeys", Direction::Down},
    {MessageId::CallState, "CallState", Direction::Down},
    {MessageId::DisplayPromptStatus, "DisplayPromptStatus", Direction::Down},
    {MessageId::ClearPromptStatus, "ClearPromptStatus", Direction::Down},
    {MessageId::DisplayNotify, "DisplayNotify", Direction::Down},
    {MessageId::ClearNotify, "ClearNotify", Direction::Down},
    {MessageId::ActivateCallPlane, "ActivateCallPlane", Direction::Down},
    {MessageId::DeactivateCallPlane, "DeactivateCallPlane", Direction::Down},
    {MessageId::UnregisterAck, "UnregisterAck", Direction::Down},
    {MessageId::DialedNumber, "DialedNumber", Direction::Down},
    {MessageId::FeatureStat, "FeatureStat", Direction::Down},
    {MessageId::DisplayPriNotify, "DisplayPriNotify", Direction::Down},
    {MessageId::ClearPriNotify, "ClearPriNotify", Direction::Down},
    {MessageId::DisplayNotifyV2, "DisplayNotifyV2", Direction::Down},
    {MessageId::DisplayPriNotifyV2, "DisplayPriNotifyV2", Direction::Down},
    {MessageId::DisplayPromptStatusV2, "DisplayPromptStatusV2", Direction::Down},
    {MessageId::FeatureStatV2, "FeatureStatV2", Direction::Down},
    {MessageId::LineStatV2, "LineStatV2", Direction::Down},
    {MessageId::CallInfoV2, "CallInfoV2", Direction::Down},
};

const Entry* find(std::uint32_t id) {
  auto it = std::find_if(std::begin(kCatalog), std::end(kCatalog),
                         [id](const Entry& e) { return static_cast<std::uint32_t>(e.id) == id; });
  return it == std::end(kCatalog) ? nullptr : &*it;
}

}  // namespace

std::string_view message_name(std::uint32_t id) {
  const Entry* e = find(id);
  return e == nullptr ? std::string_view("Unknown") : e->name;
}

bool is_known_message(std::uint32_t id) {
  return find(id) != nullptr;
}

Direction direction_of(MessageId id) {
  const Entry* e = find(static_cast<std::uint32_t>(id));
  return e == nullptr ? Direction::Up : e->direction;
}

}  // namespace cme::runtime::sccp
