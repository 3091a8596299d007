#pragma once
// `show voice register dn summary`: one line per `voice register dn` with its number, the pools
// that carry it and its registration state. The layout is OpenCME's (no IOS sample of this
// command was found); see sip_dn_summary.cpp for where its columns come from.

#include <string>

#include "modes/command_table.hpp"
#include "model/status/sip_status.hpp"

namespace cme::model {
struct Config;
}

namespace cme::modes {

/// The whole output of `show voice register dn summary` (lines end with '\n'):
/// a header line, an underline of '=' per column, then one row per `voice register dn`, by tag:
///   DN (tag), Number (`number`, blank when unset), Pools (the tags of the pools with a
///   `number N dn <tag>` line, comma-separated, blank when none), State.
/// State is REGISTERED when at least one of those pools has a contact in `sip->contacts()`,
/// otherwise UNREGISTERED (also for a dn on no pool, and for every dn when `sip` is null: no SIP
/// service runs). With no dn configured, only the header and the underline.
std::string voice_register_dn_summary_text(const model::Config& config, const model::SipStatus* sip);

/// Adds `show voice register dn summary` to the privileged EXEC table, beside
/// `show voice register dn {<1-1000> | all}`. Its action reads the router's model::SipStatus.
void add_voice_register_dn_summary(CommandTable& privileged);

}  // namespace cme::modes
