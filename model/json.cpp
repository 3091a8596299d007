// The configuration as JSON (docs/json-schema.md).
#include "model/json.hpp"

#include "model/cme_objects.hpp"
#include "model/json_values.hpp"

namespace cme::model {

using namespace json_detail;

namespace {

// ---- writing ----

void put_options(json& j, const OptionList& options) {
  if (options.empty()) {
    return;
  }
  auto& a = j["options"] = json::array();
  for (const auto& o : options) {
    a.push_back(o.text);
  }
}

/// Members before an object's fields: the words of its block head (json_values.hpp).
template <class Obj>
void put_head(json&, const Obj&) {}
void put_head(json& j, const EphoneDn& d) {
  j["line-mode"] = kLineModes[static_cast<int>(d.line_mode)];
}
void put_head(json& j, const DialPeer& d) {
  j["encapsulation"] = d.voip ? "voip" : "pots";
}

template <class Obj>
json object_json(const Obj& obj);

/// Members after an object's fields: its sub-blocks (`ip address trusted list`,
/// `h323`, `sip` of voice service voip).
template <class Obj>
void put_sub_blocks(json&, const Obj&) {}
void put_sub_blocks(json& j, const VoiceServiceVoip& v) {
  if (v.trusted_list) {
    j["ip address trusted list"] = object_json(*v.trusted_list);
  }
  if (v.h323) {
    j["h323"] = true;
  }
  if (v.sip) {
    j["sip"] = object_json(*v.sip);
  }
}

/// One object: its typed fields, its options and its sub-blocks.
template <class Obj>
json object_json(const Obj& obj) {
  json j = json::object();
  Writer w{j};
  visit_fields(obj, w);
  if constexpr (requires { obj.options; }) {
    put_options(j, obj.options);
  }
  put_sub_blocks(j, obj);
  return j;
}

template <class Obj>
void put_object(json& out, const CmeConfig& c, const SingleObject<Obj>& row) {
  if (const auto& obj = c.*row.member) {
    out[std::string(row.head)] = object_json(*obj);
  }
}

template <class Obj>
void put_object(json& out, const CmeConfig& c, const TaggedObject<Obj>& row) {
  const auto& objects = c.*row.member;
  if (objects.empty()) {
    return;
  }
  auto& a = out[std::string(row.head)] = json::array();
  for (const auto& [tag, obj] : objects) {
    json j = json{{"tag", tag}};
    put_head(j, obj);
    j.update(object_json(obj));
    a.push_back(std::move(j));
  }
}

void put_cme(json& j, const CmeConfig& c) {
  for_each_cme_object([&](const auto& row) { put_object(j, c, row); });
}

json line_json(const Line& l) {
  json j{{"kind", line_kind_word(l.kind)}, {"first", l.first}, {"last", l.last}};
  if (l.password) {
    j["password"] = {{"type", l.password->type}, {"text", l.password->text}};
  }
  if (l.login) {
    j["login"] = kLogins[static_cast<int>(*l.login)];
  }
  if (l.exec_timeout) {
    j["exec-timeout"] = {{"minutes", l.exec_timeout->minutes},
                         {"seconds", l.exec_timeout->seconds}};
  }
  Writer w{j};
  w("privilege level", l.privilege_level);
  w("transport input", l.transport_input);
  w("logging synchronous", l.logging_synchronous);
  w("other", l.verbatim);
  return j;
}

json target_json(const LoggingTarget& t) {
  json j{{"enabled", t.enabled}};
  if (t.level) {
    j["level"] = severity_name(*t.level);
  }
  return j;
}

/// "logging": present when a setting differs from IOS's defaults.
void put_logging(json& out, const Logging& l) {
  if (l == Logging{}) {
    return;
  }
  json& j = out["logging"] = json::object();
  if (l.buffered) {
    json& b = j["buffered"] = json::object();
    if (l.buffered->size) {
      b["size"] = *l.buffered->size;
    }
    if (l.buffered->level) {
      b["level"] = severity_name(*l.buffered->level);
    }
  }
  if (l.console != LoggingTarget{}) {
    j["console"] = target_json(l.console);
  }
  if (l.monitor != LoggingTarget{}) {
    j["monitor"] = target_json(l.monitor);
  }
}

void put_usernames(json& out, const std::vector<Username>& users) {
  if (users.empty()) {
    return;
  }
  auto& a = out["username"] = json::array();
  for (const auto& u : users) {
    json j{{"name", u.name}};
    if (u.privilege) {
      j["privilege"] = *u.privilege;
    }
    if (u.secret) {
      j["secret"] = {{"type", u.secret->type}, {"hash", u.secret->hash}};
    }
    if (u.password) {
      j["password"] = {{"type", u.password->type}, {"text", u.password->text}};
    }
    a.push_back(std::move(j));
  }
}

}  // namespace

std::string to_json_text(const Config& c) {
  json j{{"schema", kJsonSchema}, {"hostname", c.hostname}};
  if (c.enable_secret) {
    j["enable secret"] = {{"type", c.enable_secret->type}, {"hash", c.enable_secret->hash}};
  }
  if (c.enable_password) {
    j["enable password"] = {{"type", c.enable_password->type}, {"text", c.enable_password->text}};
  }
  put_logging(j, c.logging);
  put_usernames(j, c.usernames);
  put_cme(j, c.cme);
  auto& lines = j["line"] = json::array();
  for (const auto& l : c.lines) {
    lines.push_back(line_json(l));
  }
  if (!c.verbatim.empty()) {
    auto& v = j["verbatim"] = json::array();
    for (const auto& b : c.verbatim) {
      v.push_back({{"head", b.head},
                   {"lines", b.lines},
                   {"raw", b.raw},
                   {"anchor", static_cast<int>(b.anchor)}});
    }
  }
  return j.dump(2) + '\n';
}

}  // namespace cme::model
