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

std::optional<unsigned> password_type_arg(const parser::Args& args, std::string_view name) {
  return number_arg(args, name);
}

std::string mac_owner(const model::CmeConfig& c, const model::MacAddress& mac,
                      std::string_view self) {
  for (const auto& [tag, e] : c.ephones) {
    const auto who = fmt::format("ephone {}", tag);
    if (e.mac_address == mac && who != self) {
      return who;
    }
  }
  for (const auto& [tag, p] : c.voice_register_pools) {
    const auto who = fmt::format("voice register pool {}", tag);
    if (p.id && p.id->kind == model::PoolId::Kind::Mac && p.id->mac == mac && who != self) {
      return who;
    }
  }
  return "";
}

bool valid_dn_number(std::string_view number) {
  if (number.empty() || number.size() > 16) {
    return false;
  }
  for (char c : number) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '*' ||
                    c == '#' || c == '+';
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

void confirm_extension_mobility(CommandContext& ctx,
                                std::function<void(model::CmeConfig&)> apply) {
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
