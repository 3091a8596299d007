#include "runtime/sccp/session/ephone_profile.hpp"

#include <algorithm>
#include <array>

#include "common/ascii.hpp"

namespace cme::runtime::sccp {

namespace {

/// `label "Front desk"` is kept as typed: the text without its quotes.
std::string unquoted(std::string_view text) {
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
    text = text.substr(1, text.size() - 2);
  }
  return std::string(text);
}

const model::EphoneTemplate* template_of(const model::CmeConfig& c, const model::Ephone& e) {
  if (!e.ephone_template) {
    return nullptr;
  }
  const auto it = c.ephone_templates.find(*e.ephone_template);
  return it == c.ephone_templates.end() ? nullptr : &it->second;
}

/// The ephone's `type`, else its template's, else the reported model; and the add-on buttons.
const PhoneModel* model_of(const model::Ephone& e, const model::EphoneTemplate* t,
                           const PhoneModel* reported, unsigned& addon) {
  std::vector<std::string> type;
  if (e.type) {
    type.push_back(e.type->type);
    type.insert(type.end(), e.type->addons.begin(), e.type->addons.end());
  } else if (t) {
    const auto w = split_words(t->options.value("type", ""));
    type.assign(w.begin(), w.end());
  }
  addon = 0;
  for (const auto& word : type) {
    addon += addon_buttons(word);
  }
  const PhoneModel* configured = type.empty() ? nullptr : model_by_type(type.front());
  return configured ? configured : reported;
}

LineAppearance line_of(const model::CmeConfig& c, const model::Button& b) {
  LineAppearance line;
  line.button = b.index;
  line.separator = b.separator;
  line.dns = b.dns;
  if (b.dns.empty()) {
    return line;
  }
  const auto dn = c.ephone_dns.find(b.dns.front());
  if (dn == c.ephone_dns.end()) {
    return line;
  }
  line.number = dn->second.number ? dn->second.number->number : std::string();
  line.label = dn->second.label ? unquoted(*dn->second.label) : line.number;
  line.name = dn->second.name ? unquoted(*dn->second.name) : std::string();
  return line;
}

/// `button 5x2`: an overlay expansion of button 2 shows the dns of button 2.
void expand_overlays(std::vector<model::Button>& buttons) {
  for (auto& b : buttons) {
    if (b.separator != 'x' || b.dns.empty()) {
      continue;
    }
    const auto of = std::find_if(buttons.begin(), buttons.end(), [&](const model::Button& o) {
      return o.index == b.dns.front() && o.separator != 'x';
    });
    b.dns = of == buttons.end() ? std::vector<unsigned>{} : of->dns;
  }
}

void place_speed_dials(EphoneProfile& p, const model::Ephone& e) {
  auto next_free = [&p]() -> ButtonSlot* {
    const auto it = std::find_if(p.buttons.begin(), p.buttons.end(),
                                 [](const ButtonSlot& s) { return s.kind == ButtonKind::Unused; });
    return it == p.buttons.end() ? nullptr : &*it;
  };
  unsigned instance = 0;
  for (const auto& sd : e.speed_dial) {
    p.speed_dials.push_back({++instance, sd.number, sd.label ? unquoted(*sd.label) : "", false});
  }
  for (const auto& sd : e.blf_speed_dial) {
    p.speed_dials.push_back({++instance, sd.number, unquoted(sd.label), true});
  }
  for (const auto& sd : p.speed_dials) {
    if (auto* slot = next_free()) {
      *slot = {sd.blf ? ButtonKind::BlfSpeedDial : ButtonKind::SpeedDial, sd.instance};
    }
  }
}

}  // namespace

EphoneProfile build_profile(const model::CmeConfig& config, const model::Ephone& ephone,
                            const PhoneModel* reported) {
  EphoneProfile p;
  p.tag = ephone.tag;
  p.keepalive = model::effective_keepalive(config, ephone);
  p.date_template = date_template(config);
  const auto* t = template_of(config, ephone);
  unsigned addon = 0;
  p.model = model_of(ephone, t, reported, addon);
  auto buttons = ephone.button;
  expand_overlays(buttons);
  unsigned used = 0;
  for (const auto& b : buttons) {
    used = std::max(used, b.index);
  }
  const unsigned extra = static_cast<unsigned>(ephone.speed_dial.size() +
                                               ephone.blf_speed_dial.size());
  const unsigned count = p.model ? p.model->buttons + addon : used + extra;
  p.buttons.assign(count, ButtonSlot{});
  for (const auto& b : buttons) {
    if (b.index == 0 || b.index > count) {
      continue;  // the phone has no such button
    }
    auto line = line_of(config, b);
    line.instance = static_cast<unsigned>(p.lines.size() + 1);
    p.buttons[b.index - 1] = {ButtonKind::Line, line.instance};
    p.lines.push_back(std::move(line));
  }
  place_speed_dials(p, ephone);
  if (p.model && p.model->hold_button) {
    p.buttons.push_back({ButtonKind::Hold, 1});
  }
  p.soft_keys = soft_key_tables(t);
  if (p.model && config.telephony_service) {
    for (const auto& load : config.telephony_service->load) {
      if (equal_ci(load.phone_type, p.model->type)) {
        p.load = load.firmware;
      }
    }
  }
  return p;
}

std::string date_template(const model::CmeConfig& config) {
  const auto& ts = config.telephony_service;
  const auto format = ts ? ts->options.value("date-format", "mm-dd-yy") : "mm-dd-yy";
  const auto clock = ts ? ts->options.value("time-format", "12") : "12";
  std::string out = format == "dd-mm-yy"   ? "D/M/Y"
                    : format == "yy-dd-mm" ? "Y/D/M"
                    : format == "yy-mm-dd" ? "Y/M/D"
                                           : "M/D/Y";
  if (clock != "24") {
    out += 'A';
  }
  return out;
}

}  // namespace cme::runtime::sccp
