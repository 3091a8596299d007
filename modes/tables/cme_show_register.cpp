// `show voice register global | pool | dn` (cme_show.hpp), after the samples of
// ../shared/reference/cme-commands.jsonl; the pool block in the layout of ios-texts.md §6.E.
//
// Choices where the samples say nothing:
// - no `voice register global`, or no such pool/dn: no output.
// - unset values show their defaults: "Mode is srst" (no `mode`: SIP SRST), Max-pool and
//   Max-dn 0, Source-address 0.0.0.0 port 5060, Time-format 12, Date-format M/D/Y, Time-zone 5,
//   Tftp path system:/cme/sipphone/ (command reference defaults).
// - "Load for <type> is <file>" lines (one per `load`) follow the source address; the sample
//   has none configured.
// - pools identified by address: "IP address is A mask M" / "Network address is A mask M";
//   SRST numbers: "Number list T : <pattern> [preference P] [huntstop]"; DTMF relay with
//   methods: "DTMF Relay is enabled, <methods as configured>". The transport is always udp (the
//   model has no transport setting).
// - `all`: the blocks one after the other, an empty line between two blocks.
#include <fmt/format.h>

#include <cctype>

#include "model/config.hpp"
#include "modes/tables/cme_show.hpp"

namespace cme::modes {

namespace {

inline constexpr const char* kTftpPathDefault = "system:/cme/sipphone/";
inline constexpr unsigned kTimezoneDefault = 5;

/// True when an option with this key, or one under it ("huntstop channel"), is set.
bool has_option(const model::OptionList& options, std::string_view key) {
  for (const auto& o : options) {
    if (o.key == key ||
        (o.key.starts_with(key) && o.key.size() > key.size() && o.key[key.size()] == ' ')) {
      return true;
    }
  }
  return false;
}

std::string upper(std::string s) {
  for (auto& c : s) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return s;
}

std::string source_address(const model::VoiceRegisterGlobal& g) {
  const model::SourceAddress a = g.source_address.value_or(model::SourceAddress{});
  std::string s = model::to_string(a.address);
  if (a.secondary) {
    return s + " secondary " + model::to_string(*a.secondary);
  }
  return s + " port " + std::to_string(a.port.value_or(model::kSipPortDefault));
}

std::string pool_id_line(const model::PoolId& id) {
  switch (id.kind) {
    case model::PoolId::Kind::Mac:
      return "  Mac address is " + model::to_string(id.mac) + "\n";
    case model::PoolId::Kind::Ip:
      return "  IP address is " + model::to_string(id.address) + " mask " +
             model::to_string(id.mask) + "\n";
    case model::PoolId::Kind::Network:
      return "  Network address is " + model::to_string(id.address) + " mask " +
             model::to_string(id.mask) + "\n";
  }
  return {};
}

std::string pool_number_line(const model::PoolNumber& n) {
  std::string s = fmt::format("  Number list {} : ", n.tag);
  if (n.dn) {
    return s + fmt::format("DN {}\n", *n.dn);
  }
  s += n.pattern.value_or("");
  if (n.preference) {
    s += fmt::format(" preference {}", *n.preference);
  }
  return s + (n.huntstop ? " huntstop\n" : "\n");
}

std::string dtmf_relay_line(const model::OptionList& options) {
  const auto* o = options.find("dtmf-relay");
  if (o == nullptr) {
    return "  DTMF Relay is disabled\n";
  }
  const std::string methods = options.value("dtmf-relay", "");
  return "  DTMF Relay is enabled" + (methods.empty() ? "" : ", " + methods) + "\n";
}

/// The registration of pool `tag` after its settings (ios-texts.md §6.E (a)/(b)): per contact
/// its Call-ID, primary line and address, or why it is unregistered; then the dial-peer header
/// (OpenCME creates no dial-peers per pool) and the count of its active registrations. The
/// pool's request counters and phone load are not kept by the SIP service, so those lines of
/// the sample are left out.
std::string registration_lines(const model::SipStatus* sip, unsigned tag) {
  std::string lines;
  std::size_t active = 0;
  if (sip != nullptr) {
    for (const auto& c : sip->contacts()) {
      if (c.pool != tag) {
        continue;
      }
      ++active;
      lines += "  registration Call ID is " + c.call_id + "\n";
      if (!c.numbers.empty()) {
        lines += "  active primary line is: " + c.numbers.front() + "\n";
      }
      lines += fmt::format("  contact IP address: {} port {}\n", c.address, c.port);
    }
  }
  if (active == 0) {
    lines +=
        "  Reason for unregistered state:\n"
        "         No registration request since last reboot/unregister\n";
  }
  return lines +
         fmt::format("Dialpeers created:\nStatistics:\n  Active registrations  : {}\n", active);
}

std::string pool_block(const model::VoiceRegisterPool& pool, const model::SipStatus* sip) {
  std::string out = fmt::format("Pool Tag {}\nConfig:\n", pool.tag);
  if (pool.id) {
    out += pool_id_line(*pool.id);
  }
  if (pool.type) {
    out += "  Type is " + model::args(*pool.type) + "\n";
  }
  for (const auto& n : pool.number) {
    out += pool_number_line(n);
  }
  out += "  Proxy Ip address is 0.0.0.0\n";
  out += dtmf_relay_line(pool.options);
  // `call-waiting` is on by default: the option holds "no call-waiting" when it is off.
  out += pool.options.find("call-waiting") ? "  Call Waiting is disabled\n"
                                           : "  Call Waiting is enabled\n";
  if (pool.template_tag) {
    out += fmt::format("  template is {}\n", *pool.template_tag);
  }
  out += "  Transport type is udp\n";
  return out + registration_lines(sip, pool.tag);
}

std::string dn_block(const model::CmeConfig& cme, const model::VoiceRegisterDn& dn) {
  std::string out = fmt::format("Dn Tag {}\nConfig:\n", dn.tag);
  if (dn.number) {
    out += "  Number is " + *dn.number + "\n";
  }
  if (dn.preference) {
    out += fmt::format("  Preference is {}\n", *dn.preference);
  }
  if (has_option(dn.options, "huntstop")) {
    out += "  Huntstop is enabled\n";
  }
  if (const auto* o = dn.options.find("translation-profile incoming")) {
    out += "  T" + o->text.substr(1) + "\n";  // "Translation-profile incoming NAME"
  }
  if (dn.allow_watch) {
    out += "  Allow watch is enabled\n";
  }
  for (const auto& [tag, pool] : cme.voice_register_pools) {
    for (const auto& n : pool.number) {
      if (n.dn == dn.tag) {
        out += fmt::format("  Pool {:<4} has this DN configured for line {}\n", tag, n.tag);
      }
    }
  }
  return out;
}

/// The block of `tag`, or every block separated by an empty line (`all`).
template <class Map, class Block>
std::string blocks(const Map& objects, std::optional<unsigned> tag, Block block) {
  if (tag) {
    const auto it = objects.find(*tag);
    return it == objects.end() ? std::string() : block(it->second);
  }
  std::string out;
  for (const auto& [t, object] : objects) {
    out += (out.empty() ? "" : "\n") + block(object);
  }
  return out;
}

}  // namespace

std::string voice_register_global_text(const model::Config& config) {
  if (!config.cme.voice_register_global) {
    return {};
  }
  const auto& g = *config.cme.voice_register_global;
  std::string out =
      fmt::format("CONFIG [Version={}]\n  Version {}\n", kCmeShowVersion, kCmeShowVersion);
  out += "  Mode is " + g.mode.value_or("srst") + "\n";
  out += fmt::format("  Max-pool is {}\n  Max-dn is {}\n", g.max_pool.value_or(0),
                     g.max_dn.value_or(0));
  out += "  Source-address is " + source_address(g) + "\n";
  for (const auto& load : g.load) {
    out += "  Load for " + load.phone_type + " is " + load.firmware + "\n";
  }
  out += "  Time-format is " + g.options.value("time-format", "12") + "\n";
  out += "  Date-format is " + upper(g.options.value("date-format", "m/d/y")) + "\n";
  out += "  Time-zone is " + g.options.value("timezone", std::to_string(kTimezoneDefault)) + "\n";
  out += "  Tftp path is " + g.options.value("tftp-path", kTftpPathDefault) + "\n";
  return out;
}

std::string voice_register_pool_text(const model::Config& config, std::optional<unsigned> tag,
                                     const model::SipStatus* sip) {
  return blocks(config.cme.voice_register_pools, tag,
                [sip](const model::VoiceRegisterPool& p) { return pool_block(p, sip); });
}

std::string voice_register_dn_text(const model::Config& config, std::optional<unsigned> tag) {
  const auto& cme = config.cme;
  return blocks(cme.voice_register_dns, tag,
                [&cme](const model::VoiceRegisterDn& dn) { return dn_block(cme, dn); });
}

}  // namespace cme::modes
