#pragma once
// `username NAME [privilege <0-15>] {secret [{0|5|8|9}] WORD | password [{0|7}] WORD}`: the
// local user database that `login local` lines check (IOS "username" command). Users keep the
// order in which they were first entered; entering a name again changes the parts it names.
// A user has a secret or a password, never both (IOS refuses the second).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/line.hpp"

namespace cme::model {

struct Config;

/// Privilege level of a user whose `privilege` is not configured.
inline constexpr unsigned kDefaultUserPrivilege = 1;

/// `secret 5 $1$...` (MD5-crypt), `secret 8 $8$...`, `secret 9 $9$...` (kept, not verifiable).
struct UserSecret {
  unsigned type = 5;
  std::string hash;
  bool operator==(const UserSecret&) const = default;
};

struct Username {
  std::string name;
  std::optional<unsigned> privilege;  ///< 0-15; unset = 1
  std::optional<UserSecret> secret;
  std::optional<Password> password;  ///< type 0 (clear text) or 7
  bool operator==(const Username&) const = default;

  unsigned effective_privilege() const { return privilege.value_or(kDefaultUserPrivilege); }
};

/// The user named exactly `name` (case-sensitive, as IOS), or nullptr.
Username* find_username(std::vector<Username>& users, std::string_view name);
const Username* find_username(const std::vector<Username>& users, std::string_view name);

/// The show running-config line of `user`, without newline: "username admin privilege 15
/// secret 5 $1$abcd$...", "username ops password 0 cisco", "username ro privilege 5".
std::string username_line(const Username& user);

/// Checks a login against the configured users: true when `name` exists and `password` matches
/// its secret (type 5 hash) or password (type 0 text, type 7 decoded). Secrets of type 8/9 and
/// users without a secret or password never match. On success `*privilege_out` (when not null)
/// gets the user's privilege level (default 1); on failure it is left unchanged.
bool verify_user(const Config& config, std::string_view name, std::string_view password,
                 unsigned* privilege_out);

}  // namespace cme::model
