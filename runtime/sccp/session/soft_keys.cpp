#include "runtime/sccp/session/soft_keys.hpp"

#include <algorithm>
#include <array>

#include "common/ascii.hpp"

namespace cme::runtime::sccp {

namespace {

struct Escape {
  std::string_view key;  ///< IOS spelling
  std::uint8_t label;    ///< sccp.md §11.12 label number
};

// IOS soft key names with an SCCP display label (sccp.md §11.12).
constexpr std::array kEscapes = {
    Escape{"Redial", 1},  Escape{"Newcall", 2}, Escape{"Hold", 3},    Escape{"Trnsfer", 4},
    Escape{"Cfwdall", 5}, Escape{"Endcall", 9}, Escape{"Resume", 10}, Escape{"Answer", 11},
    Escape{"Confrn", 13}, Escape{"Park", 14},   Escape{"Join", 15},   Escape{"MeetMe", 16},
    Escape{"Pickup", 17}, Escape{"Gpickup", 18}, Escape{"Dnd", 63},   Escape{"iDivert", 80},
};

std::optional<std::uint8_t> escape_of(std::string_view key) {
  const auto it = std::find_if(kEscapes.begin(), kEscapes.end(),
                               [&](const Escape& e) { return equal_ci(e.key, key); });
  return it == kEscapes.end() ? std::nullopt : std::optional<std::uint8_t>(it->label);
}

/// The IOS name of each template position (the template itself holds only labels).
std::vector<std::string> key_names(const std::vector<SoftKeyState>& states) {
  std::vector<std::string> names;
  for (const auto& s : states) {
    for (const auto& k : s.keys) {
      const bool seen = std::any_of(names.begin(), names.end(),
                                    [&](const std::string& n) { return equal_ci(n, k); });
      if (!seen && names.size() < SoftKeyTemplateRes::kSlots) {
        names.push_back(k);
      }
    }
  }
  return names;
}

const SoftKeyState* state_named(const std::vector<SoftKeyState>& states, std::string_view name) {
  const auto it = std::find_if(states.begin(), states.end(),
                               [&](const SoftKeyState& s) { return s.state == name; });
  return it == states.end() ? nullptr : &*it;
}

}  // namespace

SoftKeyTemplateRes soft_key_template(const std::vector<SoftKeyState>& states) {
  SoftKeyTemplateRes t;
  const auto names = key_names(states);
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto& d = t.definitions[i];
    if (const auto label = escape_of(names[i])) {
      d.label = std::string{'\x80', static_cast<char>(*label)};
      d.event = *label;
    } else {
      d.label = names[i];
      d.event = static_cast<std::uint32_t>(64 + i);
    }
  }
  t.soft_key_count = t.total_soft_key_count = static_cast<std::uint32_t>(names.size());
  return t;
}

SoftKeySetRes soft_key_sets(const std::vector<SoftKeyState>& states,
                            const SoftKeyTemplateRes& templ) {
  static constexpr std::array<std::string_view, 11> kSetStates = {
      "idle",   "connected", "hold",     "ringing", "seized",       "connected",
      "seized", "connected", "alerting", "seized",  "remote-in-use"};
  const auto names = key_names(states);
  SoftKeySetRes res;
  for (std::size_t set = 0; set < kSetStates.size(); ++set) {
    const auto* state = state_named(states, kSetStates[set]);
    if (!state) {
      continue;
    }
    for (std::size_t k = 0; k < state->keys.size() && k < 16; ++k) {
      const auto pos = std::find_if(names.begin(), names.end(), [&](const std::string& n) {
        return equal_ci(n, state->keys[k]);
      });
      if (pos == names.end()) {
        continue;  // beyond the 32 template slots
      }
      const auto index = static_cast<std::size_t>(pos - names.begin());
      res.sets[set].template_index[k] = static_cast<std::uint8_t>(index + 1);
      res.sets[set].info_index[k] = static_cast<std::uint16_t>(templ.definitions[index].event);
    }
  }
  res.soft_key_set_count = res.total_soft_key_set_count =
      static_cast<std::uint32_t>(kSetStates.size());
  return res;
}

std::optional<std::string> soft_key_name(const SoftKeyTemplateRes& templ, std::uint32_t event) {
  for (std::size_t i = 0; i < templ.soft_key_count && i < templ.definitions.size(); ++i) {
    const auto& d = templ.definitions[i];
    if (d.event != event) {
      continue;
    }
    if (d.label.size() == 2 && d.label[0] == '\x80') {
      for (const auto& e : kEscapes) {
        if (e.label == static_cast<std::uint8_t>(d.label[1])) {
          return std::string(e.key);
        }
      }
    }
    return d.label;
  }
  return std::nullopt;
}

std::vector<SoftKeyState> soft_key_states(const model::EphoneTemplate* ephone_template) {
  struct Default {
    std::string_view state;
    std::string_view keys;
  };
  static constexpr std::array kDefaults = {
      Default{"idle", "Redial Newcall Cfwdall Pickup Gpickup Dnd Login"},
      Default{"seized", "Redial Endcall Cfwdall Pickup Gpickup CallBack"},
      Default{"alerting", "Acct Callback Endcall"},
      Default{"connected", "Hold Endcall Trnsfer Confrn Acct Park"},
      Default{"hold", "Join Newcall Resume Select"},
      Default{"ringing", "Answer Dnd"},
      Default{"remote-in-use", "Newcall CBarge"},
  };
  std::vector<SoftKeyState> out;
  for (const auto& d : kDefaults) {
    std::string key = "softkeys " + std::string(d.state);
    const auto configured =
        ephone_template ? ephone_template->options.value(key, "") : std::string();
    out.push_back({d.state, split_words(configured.empty() ? d.keys : configured)});
  }
  return out;
}

std::shared_ptr<const SoftKeyTables> soft_key_tables(const model::EphoneTemplate* ephone_template) {
  const auto build = [](const model::EphoneTemplate* t) {
    auto tables = std::make_shared<SoftKeyTables>();
    tables->states = soft_key_states(t);
    tables->templ = soft_key_template(tables->states);
    tables->sets = soft_key_sets(tables->states, tables->templ);
    return std::shared_ptr<const SoftKeyTables>(std::move(tables));
  };
  const bool configured =
      ephone_template && std::any_of(ephone_template->options.begin(),
                                     ephone_template->options.end(), [](const model::Option& o) {
                                       return o.key.rfind("softkeys ", 0) == 0;
                                     });
  if (configured) {
    return build(ephone_template);
  }
  static const auto defaults = build(nullptr);
  return defaults;
}

}  // namespace cme::runtime::sccp
