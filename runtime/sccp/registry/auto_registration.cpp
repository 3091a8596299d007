#include "runtime/sccp/registry/auto_registration.hpp"

#include <set>
#include <sstream>
#include <vector>

#include "common/ascii.hpp"

namespace cme::runtime::sccp {

namespace {

/// One `auto assign A to B [type T] [cfw N timeout S]` line.
struct AssignRange {
  unsigned first = 0;
  unsigned last = 0;
  std::string type;  ///< "" = any
  std::string cfw;
  unsigned timeout = 0;
};

std::vector<AssignRange> assign_ranges(const model::TelephonyService& ts) {
  std::vector<AssignRange> out;
  for (const auto& option : ts.options) {
    std::istringstream in(option.text);
    std::string auto_word, assign, to;
    AssignRange r;
    if (!(in >> auto_word >> assign >> r.first >> to >> r.last) || auto_word != "auto" ||
        assign != "assign") {
      continue;
    }
    for (std::string word; in >> word;) {
      if (word == "type") {
        in >> r.type;
      } else if (word == "cfw") {
        in >> r.cfw >> word >> r.timeout;  // "cfw N timeout S"
      }
    }
    out.push_back(r);
  }
  return out;
}

bool type_matches(const AssignRange& r, const PhoneModel* reported) {
  return r.type.empty() || equal_ci(r.type, "all") ||
         (reported && equal_ci(r.type, reported->type));
}

/// The lowest dn of the matching ranges that exists and that no ephone's button shows, with
/// its range's `cfw`; tag 0 when there is none.
struct FreeDn {
  unsigned tag = 0;
  std::string cfw;
  unsigned timeout = 0;
};

FreeDn free_dn(const model::CmeConfig& c, const PhoneModel* reported) {
  if (!c.telephony_service) {
    return {};
  }
  std::set<unsigned> used;
  for (const auto& [tag, ephone] : c.ephones) {
    for (const auto& b : ephone.button) {
      used.insert(b.dns.begin(), b.dns.end());
    }
  }
  for (const auto& r : assign_ranges(*c.telephony_service)) {
    if (!type_matches(r, reported)) {
      continue;
    }
    for (auto it = c.ephone_dns.lower_bound(r.first); it != c.ephone_dns.end() && it->first <= r.last;
         ++it) {
      if (!used.count(it->first)) {
        return {it->first, r.cfw, r.timeout};
      }
    }
  }
  return {};
}

bool auto_reg_enabled(const model::CmeConfig& c) {
  if (!c.telephony_service) {
    return true;
  }
  const auto* o = c.telephony_service->options.find("auto-reg-ephone");
  return !o || o->text.rfind("no ", 0) != 0;
}

}  // namespace

unsigned max_ephones(const model::CmeConfig& config) {
  return config.telephony_service ? config.telephony_service->max_ephones.value_or(0) : 0;
}

Result<AutoRegistration, AutoRegistrationRefusal> auto_register(const model::Config& running,
                                                                const model::MacAddress& mac,
                                                                const PhoneModel* reported) {
  const auto& cme = running.cme;
  if (!auto_reg_enabled(cme)) {
    return Err{AutoRegistrationRefusal("auto-reg-ephone disabled")};
  }
  const unsigned limit = max_ephones(cme);
  unsigned tag = 1;
  while (cme.ephones.count(tag)) {
    ++tag;
  }
  if (tag > limit) {
    return Err{AutoRegistrationRefusal("max-ephones " + std::to_string(limit) + " reached")};
  }
  const auto dn = free_dn(cme, reported);
  AutoRegistration r{running, tag, dn.tag};
  model::Ephone e;
  e.tag = tag;
  e.mac_address = mac;
  if (reported) {
    e.type = model::PhoneType{std::string(reported->type), {}};
  }
  if (r.dn != 0) {
    e.button.push_back(model::Button{1, ':', {r.dn}});
  }
  auto& c = r.config.cme;
  if (dn.tag != 0 && !dn.cfw.empty()) {  // `cfw N timeout S`: busy and no-answer forwarding
    auto& assigned = c.ephone_dns[dn.tag];
    assigned.call_forward_busy = model::CallForward{dn.cfw, std::nullopt, std::nullopt, false};
    assigned.call_forward_noan = model::CallForward{dn.cfw, dn.timeout, std::nullopt, false};
  }
  c.index.add(c.index.macs, model::to_string(mac), {model::OwnerKind::Ephone, tag});
  c.ephones.emplace(tag, std::move(e));
  return r;
}

}  // namespace cme::runtime::sccp
