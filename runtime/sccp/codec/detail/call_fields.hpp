#pragma once
// Field lists of the call-control and display messages (call_messages.hpp,
// display_messages.hpp), in wire order per sccp.md §4.3. Included by codec.cpp only.

#include <cstdint>

#include "runtime/sccp/codec/call_messages.hpp"
#include "runtime/sccp/codec/detail/wire_io.hpp"
#include "runtime/sccp/codec/display_messages.hpp"

namespace cme::runtime::sccp::detail {

template <class Io, MessageId Id>
void fields(Io& io, LineCallMessage<Id>& m, std::uint32_t) {
  words(io, {&m.line_instance, &m.call_reference});
}

template <class Io>
void fields(Io& io, KeypadButton& m, std::uint32_t) {
  words(io, {&m.button, &m.line_instance, &m.call_reference});
}

template <class Io>
void fields(Io& io, EnblocCall& m, std::uint32_t) {
  io.text(m.called_party, 24);
  io.u32(m.line_instance);
}

template <class Io>
void fields(Io& io, OffHookWithCgpn& m, std::uint32_t) {
  io.text(m.calling_party, 24);
  io.text(m.cgpn_voice_mailbox, 24);
  io.u32(m.line_instance);
}

template <class Io>
void fields(Io& io, StartTone& m, std::uint32_t) {
  words(io, {&m.tone, &m.direction, &m.line_instance, &m.call_reference});
}

template <class Io>
void fields(Io& io, StopTone& m, std::uint32_t version) {
  words(io, {&m.line_instance, &m.call_reference});
  if (version >= 11) {
    io.u32(m.tone);
  }
}

template <class Io>
void fields(Io& io, SetRinger& m, std::uint32_t) {
  words(io, {&m.ring_mode, &m.ring_duration, &m.line_instance, &m.call_reference});
}

template <class Io>
void fields(Io& io, SetLamp& m, std::uint32_t) {
  words(io, {&m.stimulus, &m.instance, &m.lamp_mode});
}

template <class Io>
void fields(Io& io, CallState& m, std::uint32_t) {
  words(io, {&m.call_state, &m.line_instance, &m.call_reference, &m.privacy, &m.precedence_level,
             &m.precedence_domain});
}

template <class Io>
void fields(Io& io, CallInfo& m, std::uint32_t) {
  CallParties& p = m.parties;
  CallInfoWords& w = m.words;
  io.text(p.calling_party_name, 40);
  io.text(p.calling_party, 24);
  io.text(p.called_party_name, 40);
  io.text(p.called_party, 24);
  io.u32(w.line_instance);
  io.u32(w.call_reference);
  io.u32(w.call_type);
  io.text(p.original_called_party_name, 40);
  io.text(p.original_called_party, 24);
  io.text(p.last_redirecting_party_name, 40);
  io.text(p.last_redirecting_party, 24);
  io.u32(w.original_cdpn_redirect_reason);
  io.u32(w.last_redirecting_reason);
  io.text(p.cgpn_voice_mailbox, 24);
  io.text(p.cdpn_voice_mailbox, 24);
  io.text(p.original_cdpn_voice_mailbox, 24);
  io.text(p.last_redirecting_voice_mailbox, 24);
  io.u32(w.call_instance);
  io.u32(w.call_security_status);
  io.u32(w.party_pi_restriction_bits);
}

template <class Io>
void fields(Io& io, CallInfoV2& m, std::uint32_t version) {
  CallInfoWords& w = m.words;
  words(io, {&w.line_instance, &w.call_reference, &w.call_type, &w.original_cdpn_redirect_reason,
             &w.last_redirecting_reason, &w.call_instance, &w.call_security_status,
             &w.party_pi_restriction_bits});
  CallParties& p = m.parties;
  for (std::string* s :
       {&p.calling_party, &m.alternate_calling_party, &p.called_party, &p.original_called_party,
        &p.last_redirecting_party, &p.cgpn_voice_mailbox, &p.cdpn_voice_mailbox,
        &p.original_cdpn_voice_mailbox, &p.last_redirecting_voice_mailbox, &p.calling_party_name,
        &p.called_party_name, &p.original_called_party_name, &p.last_redirecting_party_name}) {
    io.cstr(*s);
  }
  if (version >= 17) {
    io.cstr(m.hunt_pilot_number);
    io.cstr(m.hunt_pilot_name);
  }
}

template <class Io>
void fields(Io& io, DialedNumber& m, std::uint32_t) {
  io.text(m.number, 24);
  words(io, {&m.line_instance, &m.call_reference});
}

template <class Io>
void fields(Io& io, DisplayText& m, std::uint32_t) {
  io.text(m.text, 32);
}

template <class Io>
void fields(Io& io, DisplayPromptStatus& m, std::uint32_t) {
  io.u32(m.timeout);
  io.text(m.text, 32);
  words(io, {&m.line_instance, &m.call_reference});
}

template <class Io>
void fields(Io& io, DisplayPromptStatusV2& m, std::uint32_t) {
  words(io, {&m.timeout, &m.line_instance, &m.call_reference});
  io.cstr(m.text);
}

template <class Io>
void fields(Io& io, DisplayNotify& m, std::uint32_t) {
  io.u32(m.timeout);
  io.text(m.text, 32);
}

template <class Io>
void fields(Io& io, DisplayNotifyV2& m, std::uint32_t) {
  io.u32(m.timeout);
  io.cstr(m.text);
}

template <class Io>
void fields(Io& io, DisplayPriNotify& m, std::uint32_t) {
  words(io, {&m.timeout, &m.priority});
  io.text(m.text, 32);
}

template <class Io>
void fields(Io& io, DisplayPriNotifyV2& m, std::uint32_t) {
  words(io, {&m.timeout, &m.priority});
  io.cstr(m.text);
}

}  // namespace cme::runtime::sccp::detail
