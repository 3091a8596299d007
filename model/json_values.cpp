// JSON members of the model's value structs (docs/json-schema.md).
#include "model/json_values.hpp"

#include <charconv>

namespace cme::model::json_detail {

void put(json& j, const Ipv4& v) {
  j = to_string(v);
}
void put(json& j, const MacAddress& v) {
  j = to_string(v);
}

void get(const json& j, Ipv4& v) {
  const auto ip = j.is_string() ? ipv4_from_text(j.get<std::string>()) : std::nullopt;
  if (!ip) {
    throw SchemaError{"expected an IPv4 address \"A.B.C.D\""};
  }
  v = *ip;
}

void get(const json& j, MacAddress& v) {
  const auto mac = j.is_string() ? mac_from_text(j.get<std::string>()) : std::nullopt;
  if (!mac) {
    throw SchemaError{"expected a MAC address \"H.H.H\""};
  }
  v = *mac;
}

/// Buttons are written as the button line ("1:1 2:2 3b12"); the command engine checks it when
/// the configuration is applied, so the reader only splits it.
void put(json& j, const std::vector<Button>& v) {
  j = args(v);
}

/// The decimal number at `i` of a button list; `i` moves past it. SchemaError when there is none
/// or it does not fit (a fuzzed file once had `std::stoul` throw out of the reader here).
unsigned button_number(const std::string& text, std::size_t& i) {
  unsigned n = 0;
  const auto [end, error] = std::from_chars(text.data() + i, text.data() + text.size(), n);
  if (error != std::errc()) {
    throw SchemaError{"bad button list"};
  }
  i = static_cast<std::size_t>(end - text.data());
  return n;
}

void get(const json& j, std::vector<Button>& v) {
  if (!j.is_string()) {
    throw SchemaError{"expected a button list string"};
  }
  const auto text = j.get<std::string>();
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') {
      ++i;
    }
    Button b;
    if (i == text.size()) {
      break;
    }
    b.index = button_number(text, i);
    if (i >= text.size()) {
      throw SchemaError{"bad button list"};
    }
    b.separator = text[i++];
    while (i < text.size() && text[i] != ' ') {
      b.dns.push_back(button_number(text, i));
      if (i < text.size() && text[i] == ',') {
        ++i;
      }
    }
    v.push_back(b);
  }
}

namespace {

/// A string-valued enum: `names[i]` is the JSON text of enumerator i.
template <class E, std::size_t N>
void enum_member(Writer& w, const char* key, E v, const char* const (&names)[N]) {
  w.out[key] = names[static_cast<std::size_t>(v)];
}

template <class E, std::size_t N>
void enum_member(Reader& r, const char* key, E& v, const char* const (&names)[N]) {
  std::string text;
  r(key, text);
  for (std::size_t i = 0; i < N; ++i) {
    if (text == names[i]) {
      v = static_cast<E>(i);
      return;
    }
  }
  throw SchemaError{std::string("unknown value \"") + text + "\"", key};
}

constexpr const char* kPoolIdKinds[] = {"mac", "ip", "network"};
constexpr const char* kTargetKinds[] = {"ipv4", "dns", "registrar", "sip-server"};

}  // namespace

// Each members() pair lists the same keys in the same order.
#define MEMBERS(Type, BODY)                \
  void members(const Type& v, Writer& w) { \
    auto& f = w;                           \
    BODY                                   \
  }                                        \
  void members(Type& v, Reader& r) {       \
    auto& f = r;                           \
    BODY                                   \
  }

MEMBERS(Load, f("phone-type", v.phone_type); f("firmware", v.firmware);)
MEMBERS(SourceAddress, f("address", v.address); f("port", v.port); f("secondary", v.secondary);
        f("rehome", v.rehome); f("match", v.match);)
MEMBERS(Credential, f("username", v.username); f("password-type", v.password_type);
        f("password", v.password);)
MEMBERS(SpeedDial, f("tag", v.tag); f("number", v.number); f("label", v.label); f("blf", v.blf);)
MEMBERS(BlfSpeedDial, f("tag", v.tag); f("number", v.number); f("label", v.label);
        f("device", v.device);)
MEMBERS(FastDial, f("tag", v.tag); f("number", v.number); f("name", v.name);)
MEMBERS(PhoneType, f("type", v.type); f("addon", v.addons);)
MEMBERS(CallForward, f("number", v.number); f("timeout", v.timeout); f("scope", v.scope);
        f("dialplan-pattern", v.dialplan_pattern);)
MEMBERS(MaxDn, f("count", v.count); f("preference", v.preference); f("no-reg", v.no_reg);)
MEMBERS(MaxConferences, f("count", v.count); f("gain", v.gain);)
MEMBERS(DnNumber, f("number", v.number); f("secondary", v.secondary); f("no-reg", v.no_reg);)
MEMBERS(CredentialFile, f("tag", v.tag); f("location", v.location);)
MEMBERS(
    PoolId, enum_member(f, "kind", v.kind, kPoolIdKinds);
    if (v.kind == PoolId::Kind::Mac) { f("mac", v.mac); } else {
      f("address", v.address);
      f("mask", v.mask);
    } f("device-id-name", v.device_id_name);)
MEMBERS(PoolNumber, f("tag", v.tag); f("dn", v.dn); f("pattern", v.pattern);
        f("preference", v.preference); f("huntstop", v.huntstop);)
MEMBERS(BlfRetry, f("retry-interval", v.interval); f("limit", v.limit);)
MEMBERS(Pin, f("type", v.type); f("digits", v.digits);)
MEMBERS(ProfileNumber, f("numbers", v.numbers); f("type", v.type);)
MEMBERS(RegistrarServer, f("expires-max", v.max); f("expires-min", v.min);)
MEMBERS(AllowConnections, f("from", v.from); f("to", v.to);)
MEMBERS(TrustedAddress, f("address", v.address); f("mask", v.mask);)
MEMBERS(
    SessionTarget, enum_member(f, "kind", v.kind, kTargetKinds);
    if (v.kind == SessionTarget::Kind::Ipv4) {
      f("address", v.address);
    } else if (v.kind == SessionTarget::Kind::Dns) { f("host", v.host); } f("port", v.port);)

#undef MEMBERS

}  // namespace cme::model::json_detail
