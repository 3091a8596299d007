// Reading the configuration from JSON (docs/json-schema.md).
#include "model/cme_objects.hpp"
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

/// Members before an object's fields: the words of its block head.
template <class Obj>
void get_head(const json&, Obj&) {}
void get_head(const json& e, EphoneDn& d) {
  std::string mode = "single";
  Reader{e}("line-mode", mode);
  d.line_mode = static_cast<LineMode>(index_of(mode, kLineModes));
}
void get_head(const json& e, DialPeer& d) {
  std::string encapsulation = "voip";
  Reader{e}("encapsulation", encapsulation);
  d.voip = index_of(encapsulation, {"pots", "voip"}) == 1;
}

template <class Obj>
void get_single(const json& j, const char* key, std::optional<Obj>& out);

/// Members after an object's fields: its sub-blocks (`ip address trusted list`,
/// `h323`, `sip` of voice service voip).
template <class Obj>
void get_sub_blocks(const json&, Obj&) {}
void get_sub_blocks(const json& j, VoiceServiceVoip& v) {
  get_single(j, "ip address trusted list", v.trusted_list);
  Reader{j}("h323", v.h323);
  get_single(j, "sip", v.sip);
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
  get_sub_blocks(j, obj);
}

/// Runs `read` with the error path prefixed by `key`.
template <class Read>
void under_key(const char* key, Read read) {
  try {
    read();
  } catch (SchemaError& e) {
    e.path = std::string(key) + (e.path.empty() ? "" : "/" + e.path);
    throw;
  }
}

template <class Obj>
void get_single(const json& j, const char* key, std::optional<Obj>& out) {
  if (const auto it = j.find(key); it != j.end()) {
    under_key(key, [&] { get_object(*it, out.emplace()); });
  }
}

template <class Obj>
void get_tagged(const json& j, const char* key, std::map<unsigned, Obj>& out) {
  const auto it = j.find(key);
  if (it == j.end()) {
    return;
  }
  under_key(key, [&] {
    if (!it->is_array()) {
      throw SchemaError{"expected an array"};
    }
    for (const auto& e : *it) {
      Obj obj;
      Reader{e}("tag", obj.tag);
      get_head(e, obj);
      get_object(e, obj);
      out[obj.tag] = std::move(obj);
    }
  });
}

template <class Obj>
void get_object(const json& j, CmeConfig& c, const SingleObject<Obj>& row) {
  get_single(j, std::string(row.head).c_str(), c.*row.member);
}

template <class Obj>
void get_object(const json& j, CmeConfig& c, const TaggedObject<Obj>& row) {
  get_tagged(j, std::string(row.head).c_str(), c.*row.member);
}

void get_cme(const json& j, CmeConfig& c) {
  for_each_cme_object([&](const auto& row) { get_object(j, c, row); });
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
  under_key(key, [&] {
    if (!it->is_object()) {
      throw SchemaError{"expected an object"};
    }
    Reader{*it}("enabled", t.enabled);
    get_level(*it, "level", t.level);
  });
}

void get_logging(const json& j, Logging& l) {
  if (!j.is_object()) {
    throw SchemaError{"expected an object"};
  }
  if (const auto b = j.find("buffered"); b != j.end()) {
    under_key("buffered", [&] {
      if (!b->is_object()) {
        throw SchemaError{"expected an object"};
      }
      auto& buffered = l.buffered.emplace();
      Reader{*b}("size", buffered.size);
      get_level(*b, "level", buffered.level);
    });
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
  if (const auto l = j.find("logging"); l != j.end()) {
    under_key("logging", [&] { get_logging(*l, c.logging); });
  }
  if (const auto users = j.find("username"); users != j.end()) {
    under_key("username", [&] {
      if (!users->is_array()) {
        throw SchemaError{"expected an array"};
      }
      for (const auto& u : *users) {
        c.usernames.push_back(get_username(u));
      }
    });
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
