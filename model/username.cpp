// The local user database: lookup, running-config line, login check.
#include "model/username.hpp"

#include "model/config.hpp"
#include "model/secret.hpp"

namespace cme::model {

namespace {

bool password_matches(const Username& user, std::string_view password) {
  if (user.secret) {
    return user.secret->type == 5 && type5_verify(password, user.secret->hash);
  }
  if (!user.password) {
    return false;
  }
  if (user.password->type == 7) {
    const auto plain = type7_decode(user.password->text);
    return plain.ok() && plain.value() == password;
  }
  return user.password->text == password;
}

}  // namespace

Username* find_username(std::vector<Username>& users, std::string_view name) {
  for (auto& u : users) {
    if (u.name == name) {
      return &u;
    }
  }
  return nullptr;
}

const Username* find_username(const std::vector<Username>& users, std::string_view name) {
  return find_username(const_cast<std::vector<Username>&>(users), name);
}

std::string username_line(const Username& user) {
  std::string line = "username " + user.name;
  if (user.privilege) {
    line += " privilege " + std::to_string(*user.privilege);
  }
  if (user.secret) {
    line += " secret " + std::to_string(user.secret->type) + ' ' + user.secret->hash;
  } else if (user.password) {
    line += " password " + std::to_string(user.password->type) + ' ' + user.password->text;
  }
  return line;
}

bool verify_user(const Config& config, std::string_view name, std::string_view password,
                 unsigned* privilege_out) {
  const Username* user = find_username(config.usernames, name);
  if (user == nullptr || !password_matches(*user, password)) {
    return false;
  }
  if (privilege_out != nullptr) {
    *privilege_out = user->effective_privilege();
  }
  return true;
}

}  // namespace cme::model
