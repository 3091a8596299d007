// `show voice register dn summary` (sip_dn_summary.hpp).
//
// No sample of IOS output for this command was found: the Cisco command references document
// only `show voice register dn {tag | all}`, and searches of Cisco documentation, forums and
// public code found no `show voice register dn summary` output. The layout is therefore
// OpenCME's, modelled on the one-line-per-line IOS table of `show voice register pool
// {tag | all} brief` (also `pool ip`, `pool type`, `pool telephone-number`), "Cisco Unified CME
// Example 3/4" of
//   https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cusrst/feature/guide/srst8_1.html
// (rows in state REGISTERED and UNREGISTERED) and of the reference's `show voice register pool
// type` sample (../shared/reference/cme-commands.jsonl); a real router prints the '=' line too:
//   Pool ID              IP Address      Ln DN  Number               State
//   ==== =============== =============== == === ==================== ============
//   1    001B.535C.D410  8.3.3.111       1  1   45111                REGISTERED
// Taken from it: the column widths of its Pool (4), Number (20) and State (12) columns, one
// blank between columns, the '=' underline, blank fields for what is not configured, and the
// state words REGISTERED / UNREGISTERED. OpenCME's choices:
// - one row per dn, by tag; the DN column holds the tag (width 4, as the Pool column);
// - Pools (width 15, as the IP Address column): every pool with `number N dn <tag>`, by pool tag,
//   comma-separated, each once even when it has the dn on several lines;
// - State: REGISTERED when one of those pools has a binding, else UNREGISTERED (a dn on no
//   pool, or no SIP service running, is UNREGISTERED);
// - no dn: the header and the underline only (as `show ephone-dn summary` prints its header).
#include "modes/tables/sip_dn_summary.hpp"

#include <fmt/format.h>

#include <map>
#include <set>
#include <vector>

#include "model/config.hpp"
#include "modes/device.hpp"

namespace cme::modes {

namespace {

inline constexpr const char* kHeader = "DN   Number               Pools           State\n";
inline constexpr const char* kUnderline =
    "==== ==================== =============== ============\n";

/// dn tag -> the tags of the pools with a `number N dn <tag>` line, ascending, each once.
std::map<unsigned, std::vector<unsigned>> pools_by_dn(const model::CmeConfig& cme) {
  std::map<unsigned, std::vector<unsigned>> out;
  for (const auto& [pool_tag, pool] : cme.voice_register_pools) {
    for (const auto& n : pool.number) {
      if (!n.dn) {
        continue;  // an SRST number pattern, not a dn
      }
      auto& pools = out[*n.dn];
      if (pools.empty() || pools.back() != pool_tag) {
        pools.push_back(pool_tag);  // pools are visited in tag order: duplicates are adjacent
      }
    }
  }
  return out;
}

/// The tags of the pools that have at least one binding; empty without a SIP service.
std::set<unsigned> registered_pools(const model::SipStatus* sip) {
  std::set<unsigned> out;
  if (sip != nullptr) {
    for (const auto& c : sip->contacts()) {
      out.insert(c.pool);
    }
  }
  return out;
}

std::string join(const std::vector<unsigned>& tags) {
  std::string out;
  for (const auto tag : tags) {
    out += (out.empty() ? "" : ",") + std::to_string(tag);
  }
  return out;
}

bool any_registered(const std::vector<unsigned>& pools, const std::set<unsigned>& registered) {
  for (const auto tag : pools) {
    if (registered.contains(tag)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string voice_register_dn_summary_text(const model::Config& config, const model::SipStatus* sip) {
  const auto& cme = config.cme;
  const auto pools = pools_by_dn(cme);
  const auto registered = registered_pools(sip);
  const std::vector<unsigned> none;
  std::string out = std::string(kHeader) + kUnderline;
  for (const auto& [tag, dn] : cme.voice_register_dns) {
    const auto it = pools.find(tag);
    const auto& dn_pools = it == pools.end() ? none : it->second;
    const char* state = any_registered(dn_pools, registered) ? "REGISTERED" : "UNREGISTERED";
    out +=
        fmt::format("{:<4} {:<20} {:<15} {}\n", tag, dn.number.value_or(""), join(dn_pools), state);
  }
  return out;
}

void add_voice_register_dn_summary(CommandTable& privileged) {
  privileged.show("show voice register dn summary",
                  {"", "", "", "", "Summary of all dns: number, pools, registration state"},
                  [](CommandContext& ctx) -> ActionResult {
                    ctx.out += voice_register_dn_summary_text(ctx.view(), ctx.device.sip());
                    return Unit{};
                  });
}

}  // namespace cme::modes
