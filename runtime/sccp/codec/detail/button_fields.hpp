#pragma once
// Field lists of the button, line, speed-dial, forward, feature and soft-key messages
// (button_messages.hpp), in wire order per sccp.md §4.2. Included by codec.cpp only.

#include <cstdint>

#include "runtime/sccp/codec/button_messages.hpp"
#include "runtime/sccp/codec/detail/wire_io.hpp"

namespace cme::runtime::sccp::detail {

template <class Io>
void fields(Io& io, ButtonTemplate& m, std::uint32_t) {
  words(io, {&m.button_offset, &m.button_count, &m.total_button_count});
  for (auto& b : m.buttons) {
    io.u8(b.instance);
    io.u8(b.type);
  }
}

template <class Io>
void fields(Io& io, SoftKeyTemplateRes& m, std::uint32_t) {
  words(io, {&m.soft_key_offset, &m.soft_key_count, &m.total_soft_key_count});
  for (auto& d : m.definitions) {
    io.text(d.label, 16);
    io.u32(d.event);
  }
}

template <class Io>
void fields(Io& io, SoftKeySetRes& m, std::uint32_t) {
  words(io, {&m.soft_key_set_offset, &m.soft_key_set_count, &m.total_soft_key_set_count});
  for (auto& set : m.sets) {
    io.raw(set.template_index);
    for (auto& info : set.info_index) {
      io.u16(info);
    }
  }
}

template <class Io>
void fields(Io& io, SelectSoftKeys& m, std::uint32_t) {
  words(io, {&m.line_instance, &m.call_reference, &m.soft_key_set_index, &m.valid_key_mask});
}

template <class Io>
void fields(Io& io, SoftKeyEvent& m, std::uint32_t) {
  words(io, {&m.event, &m.line_instance, &m.call_reference});
}

template <class Io>
void fields(Io& io, Stimulus& m, std::uint32_t) {
  words(io, {&m.stimulus, &m.instance, &m.call_reference, &m.status});
}

template <class Io>
void fields(Io& io, LineStat& m, std::uint32_t) {
  io.u32(m.line_number);
  io.text(m.dir_number, 24);
  io.text(m.fully_qualified_name, 40);
  io.text(m.text_label, 40);
  io.u32(m.display_options);
}

template <class Io>
void fields(Io& io, LineStatV2& m, std::uint32_t) {
  words(io, {&m.line_number, &m.line_type});
  io.cstr(m.dir_number);
  io.cstr(m.fully_qualified_name);
  io.cstr(m.text_label);
}

template <class Io>
void fields(Io& io, SpeedDialStat& m, std::uint32_t) {
  io.u32(m.speed_dial_number);
  io.text(m.number, 24);
  io.text(m.label, 40);
}

template <class Io>
void fields(Io& io, ForwardStat& m, std::uint32_t) {
  words(io, {&m.active_forward, &m.line_number, &m.forward_all_active});
  io.text(m.forward_all_number, 24);
  io.u32(m.forward_busy_active);
  io.text(m.forward_busy_number, 24);
  io.u32(m.forward_no_answer_active);
  io.text(m.forward_no_answer_number, 24);
}

template <class Io>
void fields(Io& io, FeatureStatReq& m, std::uint32_t) {
  words(io, {&m.feature_index, &m.feature_capabilities});
}

template <class Io>
void fields(Io& io, FeatureStat& m, std::uint32_t) {
  words(io, {&m.feature_index, &m.feature_id});
  io.text(m.label, 40);
  io.u32(m.status);
}

template <class Io>
void fields(Io& io, FeatureStatV2& m, std::uint32_t) {
  words(io, {&m.feature_index, &m.feature_id, &m.status});
  io.cstr(m.label);
}

}  // namespace cme::runtime::sccp::detail
