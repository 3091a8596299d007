#pragma once
// MessageId: the SCCP message ids of sccp.md §3 (both directions), with their spec names for logs
// and debug output. Names are the sccp.md §3 names (Wireshark's display names without the
// "Message" suffix).

#include <cstdint>
#include <string_view>

namespace cme::runtime::sccp {

/// An SCCP message id (frame bytes 8..11, little-endian u32). sccp.md §3.
enum class MessageId : std::uint32_t {
  // Phone -> CM (sccp.md §3.1)
  KeepAlive = 0x0000,
  Register = 0x0001,
  IpPort = 0x0002,
  KeypadButton = 0x0003,
  EnblocCall = 0x0004,
  Stimulus = 0x0005,
  OffHook = 0x0006,
  OnHook = 0x0007,
  HookFlash = 0x0008,
  ForwardStatReq = 0x0009,
  SpeedDialStatReq = 0x000A,
  LineStatReq = 0x000B,
  ConfigStatReq = 0x000C,
  TimeDateReq = 0x000D,
  ButtonTemplateReq = 0x000E,
  VersionReq = 0x000F,
  CapabilitiesRes = 0x0010,
  ServerReq = 0x0012,
  Alarm = 0x0020,
  OpenReceiveChannelAck = 0x0022,
  OffHookWithCgpn = 0x0024,
  SoftKeySetReq = 0x0025,
  SoftKeyEvent = 0x0026,
  Unregister = 0x0027,
  SoftKeyTemplateReq = 0x0028,
  HeadsetStatus = 0x002B,
  RegisterAvailableLines = 0x002D,
  FeatureStatReq = 0x0034,
  SubscriptionStatReq = 0x0048,
  StartMediaTransmissionAck = 0x0154,
  // CM -> phone (sccp.md §3.2)
  RegisterAck = 0x0081,
  StartTone = 0x0082,
  StopTone = 0x0083,
  SetRinger = 0x0085,
  SetLamp = 0x0086,
  SetSpeakerMode = 0x0088,
  SetMicroMode = 0x0089,
  StartMediaTransmission = 0x008A,
  StopMediaTransmission = 0x008B,
  CallInfo = 0x008F,
  ForwardStat = 0x0090,
  SpeedDialStat = 0x0091,
  LineStat = 0x0092,
  ConfigStat = 0x0093,
  DefineTimeDate = 0x0094,
  ButtonTemplate = 0x0097,
  Version = 0x0098,
  DisplayText = 0x0099,
  ClearDisplay = 0x009A,
  CapabilitiesReq = 0x009B,
  RegisterReject = 0x009D,
  ServerRes = 0x009E,
  Reset = 0x009F,
  KeepAliveAck = 0x0100,
  OpenReceiveChannel = 0x0105,
  CloseReceiveChannel = 0x0106,
  SoftKeyTemplateRes = 0x0108,
  SoftKeySetRes = 0x0109,
  SelectSoftKeys = 0x0110,
  CallState = 0x0111,
  DisplayPromptStatus = 0x0112,
  ClearPromptStatus = 0x0113,
  DisplayNotify = 0x0114,
  ClearNotify = 0x0115,
  ActivateCallPlane = 0x0116,
  DeactivateCallPlane = 0x0117,
  UnregisterAck = 0x0118,
  DialedNumber = 0x011D,
  FeatureStat = 0x011F,
  DisplayPriNotify = 0x0120,
  ClearPriNotify = 0x0121,
  DisplayNotifyV2 = 0x0143,
  DisplayPriNotifyV2 = 0x0144,
  DisplayPromptStatusV2 = 0x0145,
  FeatureStatV2 = 0x0146,
  LineStatV2 = 0x0147,
  CallInfoV2 = 0x014A,
};

/// Who sends a message: Up = phone -> CM, Down = CM -> phone (sccp.md §3).
enum class Direction { Up, Down };

/// The spec name of `id` ("RegisterAck"); "Unknown" for an id that is not in sccp.md §3.
/// Never fails; usable on untrusted ids.
std::string_view message_name(std::uint32_t id);
inline std::string_view message_name(MessageId id) {
  return message_name(static_cast<std::uint32_t>(id));
}

/// True when `id` is one of the MessageId values above.
bool is_known_message(std::uint32_t id);

/// The direction of a known id (sccp.md §3.1 = Up, §3.2 = Down; 0x0154 is Up per the dumps).
/// Precondition: is_known_message(id); an unknown id returns Up.
Direction direction_of(MessageId id);

}  // namespace cme::runtime::sccp
