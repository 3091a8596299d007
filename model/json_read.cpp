// Reading the configuration from JSON (docs/json-schema.md).
#include "model/json.hpp"
#include "model/json_values.hpp"

namespace cme::model {

using namespace json_detail;

namespace {

template <std::size_t N>
unsigned index_of(const std::string& text, const char* const (&names)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (text == names[i]) {
      return static_cast<unsigned>(i);
    }
  }
  throw SchemaError{"unknown value \"" + text + "\""};
}

/// Options are read in array order; the key is the line itself (ranks are restored when the
/// rendered configuration is applied through the command engine).
void get_options(const json& j, OptionList& options) {
  std::vector<std::string> lines;
  Reader{j}("options", lines);
  for (std::uint32_t i = 0; i < lines.size(); ++i) {
    options.set(Option{i, lines[i], lines[i]});
  }
}

template <class Obj>
void get_object(const json& j, Obj& obj) {
  if (!j.is_object()) {
    throw SchemaError{"expected an object"};
  }
  Reader r{j};
  visit_fields(obj, r);
  if constexpr (requires { obj.options; }) {
    get_options(j, obj.options);
  }
}

template <class Obj>
void get_single(const json& j, const char* key, std::optional<Obj>& out) {
  if (const auto it = j.find(key); it != j.end()) {
    try {
      get_object(*it, out.emplace());
    } catch (SchemaError& e) {
      e.path = std::string(key) + (e.path.empty() ? "" : "/" + e.path);
      throw;
    }
  }
}

template <class Obj, class Extra>
void get_tagged(const json& j, const char* key, std::map<unsigned, Obj>& out, Extra extra) {
  const auto it = j.find(key);
  if (it == j.end()) {
    return;
  }
  try {
    if (!it->is_array()) {
      throw SchemaError{"expected an array"};
    }
    for (const auto& e : *it) {
      Obj obj;
      Reader{e}("tag", obj.tag);
      extra(e, obj);
      get_object(e, obj);
      out[obj.tag] = std::move(obj);
    }
  } catch (SchemaError& e) {
    e.path = std::string(key) + (e.path.empty() ? "" : "/" + e.path);
    throw;
  }
}

constexpr auto kNoExtra = [](const json&, auto&) {};

void get_cme(const json& j, CmeConfig& c) {
  if (const auto it = j.find("voice service voip"); it != j.end()) {
    auto& v = c.voice_service_voip.emplace();
    get_object(*it, v);
    Reader{*it}("h323", v.h323);
    get_single(*it, "sip", v.sip);
  }
  get_single(j, "voice register global", c.voice_register_global);
  get_tagged(j, "voice logout-profile", c.logout_profiles, kNoExtra);
  get_tagged(j, "voice user-profile", c.user_profiles, kNoExtra);
  get_tagged(j, "voice register dn", c.voice_register_dns, kNoExtra);
  get_tagged(j, "voice register template", c.voice_register_templates, kNoExtra);
  get_tagged(j, "voice register pool", c.voice_register_pools, kNoExtra);
  get_tagged(j, "voice register session-server", c.session_servers, kNoExtra);
  get_tagged(j, "dial-peer voice", c.dial_peers, [](const json& e, DialPeer& d) {
    std::string encapsulation = "voip";
    Reader{e}("encapsulation", encapsulation);
    d.voip = index_of(encapsulation, {"pots", "voip"}) == 1;
  });
  get_single(j, "presence", c.presence);
  get_single(j, "sip-ua", c.sip_ua);
  get_single(j, "telephony-service", c.telephony_service);
  get_tagged(j, "ephone-dn-template", c.ephone_dn_templates, kNoExtra);
  get_tagged(j, "ephone-template", c.ephone_templates, kNoExtra);
  get_tagged(j, "ephone-dn", c.ephone_dns, [](const json& e, EphoneDn& d) {
    std::string mode = "single";
    Reader{e}("line-mode", mode);
    d.line_mode = static_cast<LineMode>(index_of(mode, kLineModes));
  });
  get_tagged(j, "ephone", c.ephones, kNoExtra);
}

Line get_line(const json& j) {
  Line l;
  std::string kind;
  Reader r{j};
  r("kind", kind);
  const auto line_kind = line_kind_from_word(kind);
  if (!line_kind) {
    throw SchemaError{"unknown value \"" + kind + "\""};
  }
  l.kind = *line_kind;
  r("first", l.first);
  r("last", l.last);
  if (const auto p = j.find("password"); p != j.end()) {
    l.password = Password{p->value("type", 0u), p->value("text", "")};
  }
  if (j.contains("login")) {
    std::string login;
    r("login", login);
    l.login = static_cast<LoginMode>(index_of(login, kLogins));
  }
  if (const auto t = j.find("exec-timeout"); t != j.end()) {
    l.exec_timeout = ExecTimeout{t->value("minutes", 10u), t->value("seconds", 0u)};
  }
  r("privilege level", l.privilege_level);
  r("transport input", l.transport_input);
  r("logging synchronous", l.logging_synchronous);
  r("other", l.verbatim);
  return l;
}

/// A severity name ("debugging") or digit at `key` of `j`, when present.
void get_level(const json& j, const char* key, std::optional<unsigned>& level) {
  std::string word;
  Reader{j}(key, word);
  if (j.contains(key)) {
    level = severity_from_word(word);
    if (!level) {
      throw SchemaError{"unknown value \"" + word + "\"", key};
    }
  }
}

void get_target(const json& j, const char* key, LoggingTarget& t) {
  const auto it = j.find(key);
  if (it == j.end()) {
    return;
  }
  try {
    if (!it->is_object()) {
      throw SchemaError{"expected an object"};
    }
    Reader{*it}("enabled", t.enabled);
    get_level(*it, "level", t.level);
  } catch (SchemaError& e) {
    e.path = std::string(key) + (e.path.empty() ? "" : "/" + e.path);
    throw;
  }
}

void get_logging(const json& j, Logging& l) {
  if (!j.is_object()) {
    throw SchemaError{"expected an object"};
  }
  if (const auto b = j.find("buffered"); b != j.end()) {
    try {
      if (!b->is_object()) {
        throw SchemaError{"expected an object"};
      }
      auto& buffered = l.buffered.emplace();
      Reader{*b}("size", buffered.size);
      get_level(*b, "level", buffered.level);
    } catch (SchemaError& e) {
      e.path = "buffered" + (e.path.empty() ? "" : "/" + e.path);
      throw;
    }
  }
  get_target(j, "console", l.console);
  get_target(j, "monitor", l.monitor);
}

Username get_username(const json& j) {
  if (!j.is_object()) {
    throw SchemaError{"expected an object"};
  }
  Username u;
  Reader r{j};
  r("name", u.name);
  r("privilege", u.privilege);
  if (const auto s = j.find("secret"); s != j.end()) {
    u.secret = UserSecret{s->value("type", 5u), s->value("hash", "")};
  }
  if (const auto p = j.find("password"); p != j.end()) {
    u.password = Password{p->value("type", 0u), p->value("text", "")};
  }
  return u;
}

/// "logging" and "username" (general IOS settings the model types).
void get_ios(const json& j, Config& c) {
  try {
    if (const auto l = j.find("logging"); l != j.end()) {
      get_logging(*l, c.logging);
    }
  } catch (SchemaError& e) {
    e.path = "logging" + (e.path.empty() ? "" : "/" + e.path);
    throw;
  }
  try {
    if (const auto users = j.find("username"); users != j.end()) {
      if (!users->is_array()) {
        throw SchemaError{"expected an array"};
      }
      for (const auto& u : *users) {
        c.usernames.push_back(get_username(u));
      }
    }
  } catch (SchemaError& e) {
    e.path = "username" + (e.path.empty() ? "" : "/" + e.path);
    throw;
  }
}

Config get_config(const json& j) {
  if (!j.is_object() || j.value("schema", "") != kJsonSchema) {
    throw SchemaError{std::string("expected \"schema\": \"") + kJsonSchema + "\""};
  }
  Config c;
  Reader r{j};
  r("hostname", c.hostname);
  if (const auto s = j.find("enable secret"); s != j.end()) {
    c.enable_secret = EnableSecret{s->value("type", 5u), s->value("hash", "")};
  }
  if (const auto p = j.find("enable password"); p != j.end()) {
    c.enable_password = Password{p->value("type", 0u), p->value("text", "")};
  }
  get_ios(j, c);
  get_cme(j, c.cme);
  if (const auto lines = j.find("line"); lines != j.end() && lines->is_array()) {
    c.lines.clear();
    for (const auto& l : *lines) {
      c.lines.push_back(get_line(l));
    }
  }
  if (const auto v = j.find("verbatim"); v != j.end() && v->is_array()) {
    for (const auto& b : *v) {
      VerbatimBlock block;
      block.head = b.value("head", "");
      block.lines = b.value("lines", std::vector<std::string>{});
      block.raw = b.value("raw", false);
      block.anchor = static_cast<Section>(b.value("anchor", 0));
      c.verbatim.push_back(std::move(block));
    }
  }
  return c;
}

}  // namespace

Result<Config, std::string> config_from_json_text(std::string_view text) {
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    return Err{std::string("JSON: syntax error")};
  }
  try {
    return get_config(j);
  } catch (const SchemaError& e) {
    return Err{"JSON: " + e.message + (e.path.empty() ? "" : " at /" + e.path)};
  } catch (const json::exception& e) {
    return Err{std::string("JSON: ") + e.what()};
  }
}

}  // namespace cme::model
