#include "runtime/sip/registrar/pool_credentials.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "model/config.hpp"
#include "model/secret.hpp"

namespace cme::runtime::sip {

std::optional<std::string> credential_password(const model::Credential& credential) {
  if (!credential.password) {
    return std::nullopt;
  }
  switch (credential.password_type.value_or(0)) {
    case 0:
      return *credential.password;
    case 7: {
      auto decoded = model::type7_decode(*credential.password);
      if (!decoded) {
        return std::nullopt;
      }
      return std::move(decoded).value();
    }
    default:
      return std::nullopt;  // type 6: needs the master key
  }
}

std::optional<std::string> password_for(const model::Config& config, std::string_view username) {
  for (const auto& [tag, pool] : config.cme.voice_register_pools) {
    if (pool.username && pool.username->username == username) {
      return credential_password(*pool.username);
    }
  }
  return std::nullopt;
}

PasswordLookup pool_password_lookup(const model::Config& config, unsigned pool) {
  const auto& pools = config.cme.voice_register_pools;
  const auto found = pools.find(pool);
  if (found == pools.end() || !found->second.username) {
    return [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
  }
  std::string user = found->second.username->username;
  std::optional<std::string> password = credential_password(*found->second.username);
  return [user = std::move(user),
          password = std::move(password)](std::string_view name) -> std::optional<std::string> {
    if (name != user) {
      return std::nullopt;
    }
    return password;
  };
}

bool authenticate_register(const model::Config& config) {
  const auto& global = config.cme.voice_register_global;
  return global && global->options.find("authenticate register") != nullptr;
}

std::optional<std::string> authenticate_realm(const model::Config& config) {
  const auto& global = config.cme.voice_register_global;
  if (!global || global->options.find("authenticate realm") == nullptr) {
    return std::nullopt;
  }
  std::string realm = global->options.value("authenticate realm", "");
  if (realm.empty()) {
    return std::nullopt;
  }
  return realm;
}

}  // namespace cme::runtime::sip
