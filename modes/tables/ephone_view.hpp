#pragma once
// EphoneView: one ephone as the `show ephone` commands print it, from the running configuration
// and the SCCP service's status (model/status/sccp_status.hpp) together; and the blocks those
// commands print for it (CME 8.x forms of ios-texts.md §1.A, §1.K, §1.O).
//
// Choices where the samples say nothing or disagree:
// - Every block has the CME 8.x header (`ephone-N[N-1] ... whisperLine:0`), whatever its state;
//   `in SCCP ver P/N max_streams=M` follows REGISTERED only (§1.A, §1.G).
// - The IP line always has the `*` and `available_line` of §1.A. A phone that never registered
//   prints `IP:0.0.0.0 * 0 Unknown 0  keepalive 0 max_line 0 available_line 0` (§1.O's values
//   in the 8.x layout) and no button lines (§1.O has none).
// - `debug:1` when any ephone debug condition is on for the phone's MAC address.
// - `Preferred Codec:` is the ephone's `codec` option, g711ulaw by default; `Lpcor Type: none`
//   (OpenCME has no LPCOR).
// - Blocks follow each other with no empty line between them (§1.A, §1.K).

#include <optional>
#include <string>
#include <vector>

#include "model/config.hpp"
#include "model/status/sccp_status.hpp"
#include "modes/debug_flags.hpp"

namespace cme::modes {

/// The text IOS prints when a `show ephone` filter matches no phone (ios-texts.md §1.D).
inline constexpr const char* kNoEphoneMatch = "No ephone in specified type/condition.\n";

struct EphoneView {
  unsigned tag = 0;
  const model::Ephone* config = nullptr;  ///< nullptr when the ephone is not configured
  model::EphoneStatus status;  ///< the service's, or UNREGISTERED with the configured MAC
  bool reported = false;       ///< the service reported this phone (status is live)
};

/// Every ephone, by tag: the configured ones (ctx.view()) and those the service reports
/// (`sccp` may be nullptr: every configured ephone is then UNREGISTERED).
std::vector<EphoneView> ephone_views(const model::Config& config, const model::SccpStatus* sccp);

/// The channels of ephone-dn `tag` as the service reports them; one DOWN channel when the
/// service does not list it (or `sccp` is nullptr).
std::vector<model::ChannelState> dn_channels(const model::SccpStatus* sccp, unsigned tag);

/// True when any ephone debug condition is on for `mac` (the `debug:` field).
bool ephone_debug_on(const DebugFlags& flags, const model::MacAddress& mac);

/// The `show ephone` block of `v` (§1.A): header, flags and IP lines, then for a phone the
/// service reported its buttons, speed-dials, `Preferred Codec:` and `Lpcor Type:` lines.
/// `debug` is the `debug:` field. Lines end with '\n'.
std::string ephone_block(const EphoneView& v, bool debug);

/// The `show ephone summary` block of `v` (§1.K): header without SCCP version, flags line with
/// `primary_dn: D*` (the dn of the first button), IP line with `music 0  B:D ...`.
std::string ephone_summary_block(const EphoneView& v, bool debug);

/// "22:52:05 UTC Thu Apr 28 2005" (the DateTime column of §1.C) from `show clock`'s text
/// "*22:52:05.000 UTC Thu Apr 28 2005".
std::string attempt_time(const std::string& clock_text);

}  // namespace cme::modes
