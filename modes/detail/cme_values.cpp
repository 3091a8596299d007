#include "modes/detail/cme_values.hpp"

#include <fmt/format.h>

#include "grammar/values/values.hpp"
#include "modes/command_table.hpp"
#include "modes/session.hpp"

namespace cme::modes::detail {

namespace gv = grammar::values;

model::Ipv4 ipv4_arg(const parser::Args& args, std::string_view name) {
  const auto r = gv::parse_ipv4(args.get(name));
  return r ? model::Ipv4{r->address} : model::Ipv4{};
}

model::MacAddress mac_arg(const parser::Args& args, std::string_view name) {
  const auto r = gv::parse_mac(args.get(name));
  return r ? model::MacAddress{r->bytes} : model::MacAddress{};
}

std::optional<std::string> text_arg(const parser::Args& args, std::string_view name) {
  if (!args.has(name)) {
    return std::nullopt;
  }
  return std::string(args.get(name));
}

std::optional<unsigned> number_arg(const parser::Args& args, std::string_view name) {
  if (!args.has(name)) {
    return std::nullopt;
  }
  return static_cast<unsigned>(args.get_int(name));
}

model::SourceAddress source_address_arg(const parser::Args& args, bool backup) {
  model::SourceAddress a;
  a.address = ipv4_arg(args, "ip");
  a.port = number_arg(args, "port");
  if (!backup) {
    return a;
  }
  if (args.has("secondary")) {
    a.secondary = ipv4_arg(args, "secondary");
  }
  a.rehome = number_arg(args, "rehome");
  a.match = text_arg(args, "match");
  return a;
}

std::string owner_name(model::Owner owner) {
  static constexpr const char* kNames[] = {"ephone-dn", "voice register dn", "ephone",
                                           "voice register pool"};
  return fmt::format("{} {}", kNames[static_cast<int>(owner.kind)], owner.tag);
}

namespace {

/// True when `owner` still exists and has `mac`.
bool has_mac(const model::CmeConfig& c, model::Owner owner, const model::MacAddress& mac) {
  if (owner.kind == model::OwnerKind::Ephone) {
    const auto it = c.ephones.find(owner.tag);
    return it != c.ephones.end() && it->second.mac_address == mac;
  }
  const auto it = c.voice_register_pools.find(owner.tag);
  return it != c.voice_register_pools.end() && it->second.id &&
         it->second.id->kind == model::PoolId::Kind::Mac && it->second.id->mac == mac;
}

/// True when `owner` still exists and has `number`.
bool has_number(const model::CmeConfig& c, model::Owner owner, const std::string& number) {
  if (owner.kind == model::OwnerKind::EphoneDn) {
    const auto it = c.ephone_dns.find(owner.tag);
    return it != c.ephone_dns.end() && it->second.number && it->second.number->number == number;
  }
  const auto it = c.voice_register_dns.find(owner.tag);
  return it != c.voice_register_dns.end() && it->second.number == number;
}

}  // namespace

std::string mac_owner(const model::CmeConfig& c, const model::MacAddress& mac, model::Owner self) {
  const auto [first, last] = c.index.macs.equal_range(model::to_string(mac));
  for (auto it = first; it != last; ++it) {
    if (!(it->second == self) && has_mac(c, it->second, mac)) {
      return owner_name(it->second);
    }
  }
  return "";
}

void record_mac(model::CmeConfig& c, const model::MacAddress& mac, model::Owner owner) {
  c.index.add(c.index.macs, model::to_string(mac), owner);
}

std::vector<model::Owner> number_owners(const model::CmeConfig& c, const std::string& number) {
  std::vector<model::Owner> owners;
  const auto [first, last] = c.index.numbers.equal_range(number);
  for (auto it = first; it != last; ++it) {
    if (has_number(c, it->second, number)) {
      owners.push_back(it->second);
    }
  }
  return owners;
}

void record_number(model::CmeConfig& c, const std::string& number, model::Owner owner) {
  c.index.add(c.index.numbers, number, owner);
}

bool valid_dn_number(std::string_view number) {
  if (number.empty() || number.size() > 16) {
    return false;
  }
  for (char c : number) {
    const bool ok =
        std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '*' || c == '#' || c == '+';
    if (!ok) {
      return false;
    }
  }
  return true;
}

Diagnostic invalid_number(std::string_view number) {
  return make_semantic(fmt::format(
      "% Invalid number {}: use up to 16 digits, letters, '.', '*', '#' or '+'", number));
}

void confirm_extension_mobility(CommandContext& ctx, std::function<void(model::CmeConfig&)> apply) {
  Question q;
  q.prompt =
      "Enabling extension mobility will replace current phone configuration with logout "
      "profile, continue?? [yes]: ";
  q.default_answer = "yes";
  q.on_answer = [apply = std::move(apply)](Session& s, std::string_view answer, std::string&) {
    std::string a(answer);
    for (auto& ch : a) {
      ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    if (a == "y" || a == "yes") {
      apply(s.edit().cme);
    }
  };
  ctx.session.ask(std::move(q), ctx.out);
}

}  // namespace cme::modes::detail
