// show running-config text of the CME blocks (issue 3): one generic block per row of
// kCmeObjects (model/cme_objects.hpp). Block headers, field order and the "!" lines after each
// block follow seed 001's example configuration.
#include <optional>
#include <string>

#include "model/cme_objects.hpp"
#include "model/detail/render_fields.hpp"

namespace cme::model {

namespace {

/// The sub-blocks of an object before its own lines; none for most objects.
template <class Obj>
void leading_blocks(std::string&, const Obj&) {}

/// `ip address trusted list` first in `voice service voip`, as IOS prints it.
void leading_blocks(std::string& out, const VoiceServiceVoip& v) {
  if (v.trusted_list) {
    out += " ip address trusted list\n";
    detail::RenderFields sub{out, "  "};
    visit_fields(*v.trusted_list, sub);
  }
}

/// The sub-blocks of an object, after its own lines; none for most objects.
template <class Obj>
void sub_blocks(std::string&, const Obj&) {}

/// `sip` and `h323` inside `voice service voip`, their lines indented by two blanks.
void sub_blocks(std::string& out, const VoiceServiceVoip& v) {
  if (v.h323) {
    out += " h323\n";
  }
  if (v.sip) {
    out += " sip\n";
    detail::RenderFields sub{out, "  "};
    visit_fields(*v.sip, sub);
    sub.options(v.sip->options);
  }
}

/// Options that IOS prints among the typed fields: before the field `field`, those `pick` takes.
struct InterleavedOptions {
  std::string_view field;       ///< the first typed field after them
  bool (*pick)(const Option&);  ///< which options
};

/// None for most objects.
template <class Obj>
std::optional<InterleavedOptions> interleaved_options(const Obj&) {
  return std::nullopt;
}

/// telephony-service: the `url` lines before `max-conferences` (seed 001).
std::optional<InterleavedOptions> interleaved_options(const TelephonyService&) {
  return InterleavedOptions{"max-conferences",
                            [](const Option& o) { return o.key.starts_with("url "); }};
}

/// The typed fields and options of `obj`, in IOS's order.
template <class Obj>
void fields_and_options(std::string& out, const Obj& obj) {
  detail::RenderFields r{out};
  if constexpr (requires { obj.options; }) {
    if (const auto split = interleaved_options(obj)) {
      r.begin("", split->field);
      visit_fields(obj, r);
      r.options(obj.options, split->pick);
      r.begin(split->field, "");
      visit_fields(obj, r);
      r.options(obj.options, [&](const Option& o) { return !split->pick(o); });
      return;
    }
  }
  visit_fields(obj, r);
  if constexpr (requires { obj.options; }) {
    r.options(obj.options);
  }
}

/// One block: `head`, its leading sub-blocks, its typed fields, its options, its sub-blocks,
/// then `bangs` lines of "!".
template <class Obj>
void block(std::string& out, const std::string& head, const Obj& obj, int bangs) {
  out += head;
  out += '\n';
  leading_blocks(out, obj);
  fields_and_options(out, obj);
  sub_blocks(out, obj);
  for (int i = 0; i < bangs; ++i) {
    out += "!\n";
  }
}

template <class Obj>
void render(std::string& out, const CmeConfig& c, const SingleObject<Obj>& row) {
  if (const auto& obj = c.*row.member) {
    block(out, std::string(row.head), *obj, row.bangs);
  }
}

template <class Obj>
void render(std::string& out, const CmeConfig& c, const TaggedObject<Obj>& row) {
  for (const auto& [tag, obj] : c.*row.member) {
    std::string head = std::string(row.head);
    head += row.gap;
    head += std::to_string(tag);
    if (const auto words = head_words(obj); !words.empty()) {
      head += row.gap;
      head += words;
    }
    block(out, head, obj, row.bangs);
  }
}

}  // namespace

std::string head_words(const EphoneDn& dn) {
  return dn.line_mode == LineMode::Single ? std::string()
                                          : std::string(line_mode_word(dn.line_mode));
}

std::string head_words(const DialPeer& peer) {
  return peer.voip ? "voip" : "pots";
}

void render_cme_section(std::string& out, const CmeConfig& cme, Section section) {
  for_each_cme_object([&](const auto& row) {
    if (row.section == section) {
      render(out, cme, row);
    }
  });
}

}  // namespace cme::model
