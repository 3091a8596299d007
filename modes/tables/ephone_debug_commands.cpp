// `debug ephone {register | keepalive | state | detail | raw} [mac-address H.H.H]` and its
// `undebug` / `no debug` forms (ephone_show.hpp). Syntax: cme-commands.md (`debug ephone *`);
// acknowledgements: ios-texts.md §3.R, verbatim ("Ephone registration debugging is enabled",
// "EPHONE state debugging is enabled for phone 0030.94C3.E1A8").
//
// Choices where the samples say nothing:
// - `register` and `detail` never add "for phone H.H.H" (their samples give a MAC and show
//   none); `keepalive`, `state` and `raw` add it only when a MAC is given.
// - The disable texts replace "enabled" with "disabled" (as "EPHONE skinny message debugging
//   is disabled", §3.R).
// - `show debugging` prints the enable text of each condition that is on (one line per MAC for
//   a condition on for listed phones).
#include <fmt/format.h>

#include <array>

#include "modes/detail/cme_values.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "modes/tables/ephone_show.hpp"

namespace cme::modes {

namespace {

struct EphoneCondition {
  std::string_view flag;  ///< kDebugEphone*
  std::string_view text;  ///< the acknowledgement before " is enabled"
  bool names_phone;       ///< "for phone H.H.H" follows when a MAC is given
};

constexpr std::array<EphoneCondition, 5> kConditions = {{
    {kDebugEphoneRegister, "Ephone registration debugging", false},
    {kDebugEphoneKeepalive, "EPHONE keepalive debugging", true},
    {kDebugEphoneState, "EPHONE state debugging", true},
    {kDebugEphoneDetail, "Ephone detail debugging", false},
    {kDebugEphoneRaw, "EPHONE raw protocol debugging", true},
}};

const EphoneCondition& condition_of(std::string_view word) {
  for (const auto& c : kConditions) {
    if (c.flag.substr(c.flag.find(' ') + 1) == word) {
      return c;
    }
  }
  return kConditions.front();  // the spec admits only the words above
}

std::string acknowledgement(const EphoneCondition& c, bool on, const std::string& mac) {
  std::string out = fmt::format("{} is {}", c.text, on ? "enabled" : "disabled");
  if (c.names_phone && !mac.empty()) {
    out += " for phone " + mac;
  }
  return out + "\n";
}

Action switch_condition(bool on) {
  return [on](CommandContext& ctx) -> ActionResult {
    const auto& c = condition_of(ctx.args.get("what"));
    auto& flags = ctx.device.debug_flags();
    std::string mac;
    if (ctx.args.has("mac")) {
      mac = model::to_string(detail::mac_arg(ctx.args, "mac"));
      flags.set(c.flag, mac, on);
    } else {
      flags.set(c.flag, on);
    }
    ctx.out += acknowledgement(c, on, mac);
    return Unit{};
  };
}

constexpr const char* kWhat = "{register | keepalive | state | detail | raw}$what";

std::vector<std::string> condition_help() {
  return {"Ephone (SCCP phone) debugging",
          "Registration of the phones",
          "Keepalives of the phones",
          "Call states of the phones",
          "Detail of the phones' messages",
          "Raw SCCP bytes of the phones",
          "Only for one phone",
          "MAC address of the phone"};
}

/// `prefix` words' help texts, then the condition's.
std::vector<std::string> help_after(std::vector<std::string> prefix) {
  for (auto& h : condition_help()) {
    prefix.push_back(std::move(h));
  }
  return prefix;
}

}  // namespace

std::string ephone_debugging_text(const DebugFlags& flags) {
  std::string out;
  for (const auto& c : kConditions) {
    if (flags.is_on(c.flag)) {
      out += acknowledgement(c, true, "");
    }
    for (const auto& mac : flags.macs(c.flag)) {
      out += fmt::format("{} is enabled for phone {}\n", c.text, mac);
    }
  }
  return out;
}

void add_ephone_debug_commands(CommandTable& t) {
  const std::string tail = fmt::format("ephone {} [mac-address H.H.H$mac]", kWhat);
  t.plain("debug " + tail, help_after({""}), switch_condition(true));
  t.plain("undebug " + tail, help_after({""}), switch_condition(false));
  t.plain("no debug " + tail, help_after({"", ""}), switch_condition(false));
}

}  // namespace cme::modes
