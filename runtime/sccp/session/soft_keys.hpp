#pragma once
// The soft keys an ephone is given (sccp.md §7, §11.7, §11.12): one SoftKeyTemplateRes holding
// every key of the profile's states, and one SoftKeySetRes mapping SCCP's soft-key sets to the
// ephone-template's `softkeys <state>` lists. Keys with a display label escape (sccp.md §11.12,
// "\x80\x01" Redial ...) are sent as the escape, so the phone shows them in its own language;
// the others (Acct, CBarge, Login, HLog ...) as their IOS text.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/ephone_template.hpp"
#include "runtime/sccp/codec/button_messages.hpp"

namespace cme::runtime::sccp {

/// The keys of one call state, left to right, as IOS spells them ("Redial", "Newcall").
struct SoftKeyState {
  std::string_view state;  ///< "idle", "seized", "alerting", "connected", "hold", "ringing",
                           ///< "remote-in-use"
  std::vector<std::string> keys;
};

/// What a phone is sent for its soft keys: the states, and the template and sets built from them.
struct SoftKeyTables {
  std::vector<SoftKeyState> states;  ///< the seven states, in the order above
  SoftKeyTemplateRes templ;
  SoftKeySetRes sets;
};

/// The soft keys of every state: the ephone-template's `softkeys <state>` where configured,
/// else the command reference's defaults (idle: Redial Newcall Cfwdall Pickup Gpickup Dnd Login;
/// seized: Redial Endcall Cfwdall Pickup Gpickup CallBack; alerting: Acct Callback Endcall;
/// connected: Hold Endcall Trnsfer Confrn Acct Park; hold: Join Newcall Resume Select;
/// ringing: Answer Dnd; remote-in-use: Newcall CBarge). `ephone_template` may be null.
std::vector<SoftKeyState> soft_key_states(const model::EphoneTemplate* ephone_template);

/// The tables for `ephone_template` (may be null). A template without `softkeys` lines, and no
/// template, share one instance of the defaults, built once.
std::shared_ptr<const SoftKeyTables> soft_key_tables(const model::EphoneTemplate* ephone_template);

/// The soft-key template of `states`: each distinct key once, in order of first use (at most
/// SoftKeyTemplateRes::kSlots). A key's event number is its label escape number (Redial 1,
/// Newcall 2 ...) or, for a key without one, 64 + its position.
SoftKeyTemplateRes soft_key_template(const std::vector<SoftKeyState>& states);

/// The soft-key sets 0-10 of sccp.md §11.7 over `templ`: 0 on hook = idle, 1 connected,
/// 2 on hold = hold, 3 ring in = ringing, 4 off hook = seized, 5 connected transferable and
/// 7 connected conference = connected, 6 digits following = seized, 8 ring out = alerting,
/// 9 off hook with features = seized, 10 in use hint = remote-in-use.
SoftKeySetRes soft_key_sets(const std::vector<SoftKeyState>& states,
                            const SoftKeyTemplateRes& templ);

/// The IOS name of the key whose event is `event` in `templ` ("Redial"), if any.
std::optional<std::string> soft_key_name(const SoftKeyTemplateRes& templ, std::uint32_t event);

}  // namespace cme::runtime::sccp
