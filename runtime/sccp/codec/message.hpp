#pragma once
// Message: any typed SCCP message of sccp.md §3 (both directions) as one variant.
// SubscriptionStatReq 0x0048 has an id (message_id.hpp) but no typed layout here.

#include <variant>

#include "runtime/sccp/codec/button_messages.hpp"
#include "runtime/sccp/codec/call_messages.hpp"
#include "runtime/sccp/codec/display_messages.hpp"
#include "runtime/sccp/codec/media_messages.hpp"
#include "runtime/sccp/codec/registration_messages.hpp"

namespace cme::runtime::sccp {

using Message = std::variant<
    // registration and management (registration_messages.hpp)
    KeepAlive, KeepAliveAck, Register, RegisterAck, RegisterReject, Unregister, UnregisterAck,
    Reset, IpPort, HeadsetStatus, RegisterAvailableLines, CapabilitiesReq, CapabilitiesRes,
    VersionReq, Version, TimeDateReq, DefineTimeDate, ConfigStatReq, ConfigStat, Alarm, ServerReq,
    ServerRes,
    // buttons, lines, soft keys (button_messages.hpp)
    ButtonTemplateReq, ButtonTemplate, SoftKeyTemplateReq, SoftKeyTemplateRes, SoftKeySetReq,
    SoftKeySetRes, SelectSoftKeys, SoftKeyEvent, Stimulus, LineStatReq, LineStat, LineStatV2,
    SpeedDialStatReq, SpeedDialStat, ForwardStatReq, ForwardStat, FeatureStatReq, FeatureStat,
    FeatureStatV2,
    // calls (call_messages.hpp)
    OffHook, OnHook, HookFlash, KeypadButton, EnblocCall, OffHookWithCgpn, StartTone, StopTone,
    SetRinger, SetLamp, SetSpeakerMode, SetMicroMode, CallState, CallInfo, CallInfoV2, DialedNumber,
    ActivateCallPlane, DeactivateCallPlane,
    // display (display_messages.hpp)
    DisplayText, ClearDisplay, DisplayPromptStatus, DisplayPromptStatusV2, ClearPromptStatus,
    DisplayNotify, DisplayNotifyV2, ClearNotify, DisplayPriNotify, DisplayPriNotifyV2,
    ClearPriNotify,
    // media (media_messages.hpp)
    OpenReceiveChannel, OpenReceiveChannelAck, StartMediaTransmission, StartMediaTransmissionAck,
    StopMediaTransmission, CloseReceiveChannel>;

/// The id of the message `m` holds.
inline MessageId message_id(const Message& m) {
  return std::visit([](const auto& x) { return std::decay_t<decltype(x)>::kId; }, m);
}

}  // namespace cme::runtime::sccp
