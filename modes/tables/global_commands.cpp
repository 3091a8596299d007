// Global configuration commands of issue 2: hostname, enable secret/password, line.
#include <cctype>

#include "model/config.hpp"
#include "model/secret.hpp"
#include "modes/detail/random_salt.hpp"
#include "modes/registry.hpp"
#include "modes/session.hpp"
#include "modes/tables/login_security.hpp"

namespace cme::modes {

namespace {

using model::Section;

/// IOS hostnames: a letter first, then letters, digits and hyphens, at most 63 characters.
bool valid_hostname(std::string_view name) {
  if (name.empty() || name.size() > 63 || !std::isalpha(static_cast<unsigned char>(name[0]))) {
    return false;
  }
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
      return false;
    }
  }
  return name.back() != '-';
}

ActionResult hostname(CommandContext& ctx) {
  if (ctx.negated()) {
    ctx.edit().hostname = model::kDefaultHostname;
  } else {
    const auto name = ctx.args.get("name");
    if (!valid_hostname(name)) {
      return Err{make_semantic("% Hostname contains one or more illegal characters.")};
    }
    ctx.edit().hostname = std::string(name);
  }
  ctx.session.touch(Section::Hostname);
  return Unit{};
}

ActionResult enable_secret(CommandContext& ctx) {
  ctx.session.touch(Section::Enable);
  if (ctx.negated()) {
    ctx.edit().enable_secret.reset();
    return Unit{};
  }
  const std::string secret(ctx.args.get("secret"));
  if (ctx.args.get("type") == "5") {
    if (!model::is_type5(secret)) {
      return Err{make_semantic("ERROR: The secret you entered is not a valid encrypted secret.")};
    }
    ctx.edit().enable_secret = model::EnableSecret{5, secret};
    return Unit{};
  }
  auto hash = model::type5_hash_secret(secret, detail::random_salt());
  if (!hash) {
    return Err{make_semantic(hash.error())};
  }
  ctx.edit().enable_secret = model::EnableSecret{5, std::move(hash).value()};
  return Unit{};
}

ActionResult enable_password(CommandContext& ctx) {
  ctx.session.touch(Section::Enable);
  if (ctx.negated()) {
    ctx.edit().enable_password.reset();
    return Unit{};
  }
  const std::string text(ctx.args.get("password"));
  const unsigned type = ctx.args.get("type") == "7" ? 7 : 0;
  if (type == 7 && !model::type7_decode(text).ok()) {
    return Err{make_semantic("% Invalid encrypted password")};
  }
  ctx.edit().enable_password = model::Password{type, text};
  return Unit{};
}

ActionResult line(CommandContext& ctx) {
  const auto kind = ctx.args.keyword("vty")   ? model::LineKind::Vty
                    : ctx.args.keyword("aux") ? model::LineKind::Aux
                                              : model::LineKind::Console;
  const auto first = static_cast<unsigned>(ctx.args.get_int("first"));
  const auto last = static_cast<unsigned>(ctx.args.get_int("last", first));
  if (last < first) {
    return Err{make_semantic("%Illegal line range: " + std::to_string(first) + " " +
                             std::to_string(last))};
  }
  ctx.session.touch(Section::Lines);
  auto& lines = ctx.edit().lines;
  // Blocks of the same kind that overlap the new range merge into it.
  std::optional<model::Line> merged;
  for (auto it = lines.begin(); it != lines.end();) {
    if (it->kind == kind && it->first <= last && first <= it->last) {
      if (!merged) {
        merged = *it;
      }
      it = lines.erase(it);
    } else {
      ++it;
    }
  }
  if (ctx.negated()) {
    return Unit{};
  }
  auto& l = ctx.edit().ensure_line(kind, first, last);
  if (merged) {
    const auto keep_first = l.first;
    const auto keep_last = l.last;
    l = *merged;
    l.first = keep_first;
    l.last = keep_last;
  }
  ModeFrame f{ModeId::Line, "", first, last, model::line_kind_word(kind)};
  ctx.session.push_mode(f);
  return Unit{};
}

}  // namespace

void add_global_commands(CommandTable& t) {
  using parser::NoForm;
  t.config("hostname WORD$name", {"Set system's network name", "This system's network name"},
           hostname);
  t.config("enable secret [{0 | 5}$type] WORD$secret",
           {"Modify enable password parameters", "Assign the privileged level secret",
            "Specifies an UNENCRYPTED password will follow",
            "Specifies a MD5 HASHED secret will follow", "The secret"},
           enable_secret);
  t.config(
      "enable password [{0 | 7}$type] WORD$password",
      {"", "Assign the privileged level password", "Specifies an UNENCRYPTED password will follow",
       "Specifies a HIDDEN password will follow", "The password"},
      enable_password);
  t.config(
      "line {console | aux} <0-0>$first",
      {"Configure a terminal line", "Primary terminal line", "Auxiliary line", "First Line number"},
      line, NoForm::Mandatory);
  t.config("line vty <0-1869>$first [<0-1869>$last]",
           {"", "Virtual terminal", "First Line number", "Last Line number"}, line,
           NoForm::Mandatory);
  add_refused_login_commands(t);
}

}  // namespace cme::modes
