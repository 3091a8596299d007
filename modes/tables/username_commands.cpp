// `username` (global configuration): the local user database for `login local` lines.
//   username NAME [privilege <0-15>] {secret [{0|5|8|9}] WORD | password [{0|7}] WORD}
//   username NAME privilege <0-15>
//   no username NAME
// Other `username` forms (nopassword, autocommand, view ...) stay verbatim (modes/known_ios).
#include <cctype>
#include <vector>

#include "model/config.hpp"
#include "model/secret.hpp"
#include "modes/detail/random_salt.hpp"
#include "modes/registry.hpp"
#include "modes/session.hpp"

namespace cme::modes {

namespace {

constexpr const char* kBothSecretAndPassword =
    "ERROR: Can not have both a user password and a user secret.\n"
    "Please choose one or the other.";
constexpr const char* kInvalidSecret =
    "ERROR: The secret you entered is not a valid encrypted secret.";
/// Length of the digest of type 8 (PBKDF2-SHA-256) and type 9 (scrypt) secrets.
constexpr std::size_t kType89DigestLength = 43;

bool crypt_chars(std::string_view s) {
  for (const char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '/')) {
      return false;
    }
  }
  return true;
}

/// True when `hash` has the shape IOS prints for a type 8 or 9 secret: "$8$" or "$9$", a salt,
/// "$", then 43 characters of the crypt alphabet.
bool is_type89(std::string_view hash, unsigned type) {
  const std::string prefix = "$" + std::to_string(type) + "$";
  if (!hash.starts_with(prefix)) {
    return false;
  }
  const auto rest = hash.substr(prefix.size());
  const auto dollar = rest.find('$');
  if (dollar == 0 || dollar == std::string_view::npos) {
    return false;
  }
  const auto digest = rest.substr(dollar + 1);
  return crypt_chars(rest.substr(0, dollar)) && digest.size() == kType89DigestLength &&
         crypt_chars(digest);
}

/// The stored secret for `secret [type] WORD`: type 0 (or none) is hashed as type 5. Errors: an
/// invalid hash, a plain secret longer than model::kMaxSecretLength.
Result<model::UserSecret, Diagnostic> make_secret(const parser::Args& args) {
  const std::string text(args.get("secret"));
  const auto type = static_cast<unsigned>(args.get_int("type", 0));
  if (type == 0) {
    auto hash = model::type5_hash_secret(text, detail::random_salt());
    if (!hash) {
      return Err{make_semantic(hash.error())};
    }
    return model::UserSecret{5, std::move(hash).value()};
  }
  const bool valid = type == 5 ? model::is_type5(text) : is_type89(text, type);
  if (!valid) {
    return Err{make_semantic(kInvalidSecret)};
  }
  return model::UserSecret{type, text};
}

/// Applies the secret or password of the command to `user`. Errors: a secret for a user with a
/// password or the other way round; an invalid hash or type 7 text.
ActionResult set_credential(const parser::Args& args, model::Username& user) {
  if (args.keyword("secret")) {
    if (user.password) {
      return Err{make_semantic(kBothSecretAndPassword)};
    }
    auto secret = make_secret(args);
    if (!secret) {
      return Err{std::move(secret).error()};
    }
    user.secret = std::move(secret).value();
  } else if (args.keyword("password")) {
    if (user.secret) {
      return Err{make_semantic(kBothSecretAndPassword)};
    }
    const std::string text(args.get("password"));
    const unsigned type = args.get("ptype") == "7" ? 7 : 0;
    if (type == 7 && !model::type7_decode(text).ok()) {
      return Err{make_semantic("% Invalid encrypted password")};
    }
    user.password = model::Password{type, text};
  }
  return Unit{};
}

/// `no username NAME ...` removes the user, with any of its lines kept verbatim.
ActionResult remove_user(CommandContext& ctx, const std::string& name) {
  if (name.empty()) {
    return Err{Diagnostic{DiagnosticKind::Incomplete, 0, 0, "", {}}};
  }
  auto& c = ctx.edit();
  std::erase_if(c.usernames, [&](const model::Username& u) { return u.name == name; });
  const std::string head = "username " + name;
  c.verbatim.erase_if([&](const model::VerbatimBlock& b) {
    return b.head == head || b.head.starts_with(head + ' ');
  });
  return Unit{};
}

ActionResult username(CommandContext& ctx) {
  ctx.session.touch(model::Section::Usernames);
  const std::string name(ctx.args.get("name"));
  if (ctx.negated()) {
    return remove_user(ctx, name);
  }
  const auto* existing = model::find_username(ctx.view().usernames, name);
  model::Username user = existing ? *existing : model::Username{name, {}, {}, {}};
  if (ctx.args.has("privilege")) {
    user.privilege = static_cast<unsigned>(ctx.args.get_int("privilege"));
  }
  if (auto r = set_credential(ctx.args, user); !r) {
    return r;
  }
  auto& users = ctx.edit().usernames;
  if (auto* stored = model::find_username(users, name)) {
    *stored = std::move(user);
  } else {
    users.push_back(std::move(user));
  }
  return Unit{};
}

}  // namespace

void add_username_commands(CommandTable& t) {
  t.config(
      "username WORD$name [privilege <0-15>$privilege] {secret [{0 | 5 | 8 | 9}$type] "
      "WORD$secret | password [{0 | 7}$ptype] WORD$password}",
      {"Establish User Name Authentication", "User name", "Set user privilege level",
       "User privilege level", "Specify the secret for the user",
       "Specifies an UNENCRYPTED secret will follow", "Specifies a MD5 HASHED secret will follow",
       "Specifies a PBKDF2 HASHED secret will follow",
       "Specifies a SCRYPT HASHED secret will follow", "The secret for the user",
       "Specify the password for the user", "Specifies an UNENCRYPTED password will follow",
       "Specifies a HIDDEN password will follow", "The password for the user"},
      username);
  t.config("username WORD$name privilege <0-15>$privilege",
           {"", "User name", "Set user privilege level", "User privilege level"}, username);
}

}  // namespace cme::modes
