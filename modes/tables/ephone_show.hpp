#pragma once
// The EXEC commands about SCCP phones (privileged EXEC): `show ephone` and its variants,
// `show ephone-dn`, `show telephony-service ephone`, `clear telephony-service
// ephone-attempted-registrations` and `debug ephone ...`; and the `reset`/`restart` actions of
// the ephone and telephony-service modes. They read the running configuration (ctx.view()) and
// the SCCP service's port (Device::sccp(), model/status/sccp_status.hpp); without a port every
// configured ephone is UNREGISTERED and every ephone-dn DOWN. Texts: ios-texts.md §1 and §3.R;
// syntax: cme-commands.md (CME Command Reference, chapters S2, D and R).

#include <string>

#include "model/config.hpp"
#include "model/status/sccp_status.hpp"
#include "modes/command_table.hpp"
#include "modes/debug_flags.hpp"
#include "modes/object_table.hpp"

namespace cme::modes {

/// `show ephone [H.H.H | registered | unregistered | offhook | ringing | dn <1-15000> |
/// telephone-number WORD | attempted-registrations | phone-load | summary]` and `clear
/// telephony-service ephone-attempted-registrations` (ephone_show_commands.cpp).
void add_ephone_show_commands(CommandTable& privileged);

/// `show ephone-dn [<1-15000> | summary]` and `show telephony-service ephone`
/// (ephone_dn_show.cpp).
void add_ephone_dn_show_commands(CommandTable& privileged);

/// `debug ephone {register | keepalive | state | detail | raw} [mac-address H.H.H]`, its
/// `undebug` and `no debug` forms (ephone_debug_commands.cpp). `undebug all` and `show
/// debugging` are in debug_commands.cpp.
void add_ephone_debug_commands(CommandTable& privileged);

/// The `show debugging` lines of the ephone conditions that are on, in the order of
/// kDebugEphone*: for a condition on for every phone its enable text, for one with a MAC list
/// one line per MAC ("EPHONE state debugging is enabled for phone 0030.94C3.E1A8").
std::string ephone_debugging_text(const DebugFlags& flags);

/// `reset` and `restart` in `ephone N` (command reference, chapter R): tell the registered
/// phone of this ephone through Device::sccp() (ephone_reset_commands.cpp).
void add_ephone_reset_commands(ObjectTable<model::Ephone>& t);

/// `reset {all [<0-60>] | cancel | mac-address H.H.H | sequence-all}`, `restart {all [<0-60>] |
/// mac-address H.H.H}`, `no reset {all | sequence-all}` and `no restart all` in
/// telephony-service (ephone_reset_commands.cpp).
void add_telephony_reset_commands(ObjectTable<model::TelephonyService>& t);

/// `show ephone-dn summary` (ios-texts.md §1.S): header, rule line, one row per ephone-dn with
/// its live DN STATE (the state of its first channel; DOWN without `sccp`), rows separated by
/// a line holding one space. Empty table when no ephone-dn is configured.
std::string ephone_dn_summary_text(const model::Config& config, const model::SccpStatus* sccp);

}  // namespace cme::modes
