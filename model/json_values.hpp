#pragma once
// JSON conversion of the model's value types (model/json.*): one `members()` list per struct
// drives both directions. Internal to model/json*.cpp.

#include <nlohmann/json.hpp>

#include "model/cme_config.hpp"

namespace cme::model::json_detail {

using json = nlohmann::ordered_json;

/// JSON spellings of the enumerations (index = enumerator): EphoneDn line mode, Line login.
inline constexpr const char* kLineModes[] = {"single", "dual-line", "octo-line"};
inline constexpr const char* kLogins[] = {"login", "login local", "no login"};

/// Thrown (and caught in config_from_json_text) on input that does not fit the schema.
struct SchemaError {
  std::string message = {};  ///< what was wrong
  std::string path = {};     ///< where: keys from the top, separated by '/'
};

void put(json& j, const Ipv4& v);
void put(json& j, const MacAddress& v);
void get(const json& j, Ipv4& v);
void get(const json& j, MacAddress& v);
void put(json& j, const std::vector<Button>& v);
void get(const json& j, std::vector<Button>& v);

/// Writes a field: plain values as they are, structs through their members().
struct Writer {
  json& out;
  template <class T>
  void operator()(const char* key, const T& v);
};

/// Reads a field when the key is present.
struct Reader {
  const json& in;
  template <class T>
  void operator()(const char* key, T& v);
};

template <class T>
void put(json& j, const T& v);
template <class T>
void get(const json& j, T& v);

// members(): the JSON members of each value struct, in a fixed order.
#define OPENCME_JSON_MEMBERS(Type)        \
  void members(const Type& v, Writer& w); \
  void members(Type& v, Reader& r);
OPENCME_JSON_MEMBERS(Load)
OPENCME_JSON_MEMBERS(SourceAddress)
OPENCME_JSON_MEMBERS(Credential)
OPENCME_JSON_MEMBERS(SpeedDial)
OPENCME_JSON_MEMBERS(BlfSpeedDial)
OPENCME_JSON_MEMBERS(FastDial)
OPENCME_JSON_MEMBERS(PhoneType)
OPENCME_JSON_MEMBERS(CallForward)
OPENCME_JSON_MEMBERS(MaxDn)
OPENCME_JSON_MEMBERS(MaxConferences)
OPENCME_JSON_MEMBERS(DnNumber)
OPENCME_JSON_MEMBERS(CredentialFile)
OPENCME_JSON_MEMBERS(PoolId)
OPENCME_JSON_MEMBERS(PoolNumber)
OPENCME_JSON_MEMBERS(BlfRetry)
OPENCME_JSON_MEMBERS(Pin)
OPENCME_JSON_MEMBERS(ProfileNumber)
OPENCME_JSON_MEMBERS(RegistrarServer)
OPENCME_JSON_MEMBERS(AllowConnections)
OPENCME_JSON_MEMBERS(TrustedAddress)
OPENCME_JSON_MEMBERS(SessionTarget)
#undef OPENCME_JSON_MEMBERS

template <class T>
void put(json& j, const T& v) {
  if constexpr (std::is_arithmetic_v<T> || std::is_same_v<T, std::string>) {
    j = v;
  } else {
    j = json::object();
    Writer w{j};
    members(v, w);
  }
}

template <class T>
void get(const json& j, T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    if (!j.is_boolean()) {
      throw SchemaError{"expected true or false"};
    }
    v = j.get<bool>();
  } else if constexpr (std::is_arithmetic_v<T>) {
    if (!j.is_number_integer()) {
      throw SchemaError{"expected an integer"};
    }
    v = j.get<T>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!j.is_string()) {
      throw SchemaError{"expected a string"};
    }
    v = j.get<std::string>();
  } else {
    if (!j.is_object()) {
      throw SchemaError{"expected an object"};
    }
    Reader r{j};
    members(v, r);
  }
}

template <class T>
void Writer::operator()(const char* key, const T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    if (v) {
      out[key] = true;
    }
  } else if constexpr (requires { v.has_value(); }) {
    if (v) {
      put(out[key], *v);
    }
  } else if constexpr (requires { v.begin(); } && !std::is_same_v<T, std::string> &&
                       !std::is_same_v<T, std::vector<Button>>) {
    if (!v.empty()) {
      auto& a = out[key] = json::array();
      for (const auto& e : v) {
        put(a.emplace_back(), e);
      }
    }
  } else if constexpr (std::is_same_v<T, std::vector<Button>>) {
    if (!v.empty()) {
      put(out[key], v);
    }
  } else {
    put(out[key], v);
  }
}

template <class T>
void Reader::operator()(const char* key, T& v) {
  const auto it = in.find(key);
  if (it == in.end()) {
    return;
  }
  try {
    if constexpr (requires { v.has_value(); }) {
      get(*it, v.emplace());
    } else if constexpr (requires { v.begin(); } && !std::is_same_v<T, std::string> &&
                         !std::is_same_v<T, std::vector<Button>>) {
      if (!it->is_array()) {
        throw SchemaError{"expected an array"};
      }
      for (const auto& e : *it) {
        get(e, v.emplace_back());
      }
    } else {
      get(*it, v);
    }
  } catch (SchemaError& e) {
    e.path = std::string(key) + (e.path.empty() ? "" : "/" + e.path);
    throw;
  }
}

}  // namespace cme::model::json_detail
