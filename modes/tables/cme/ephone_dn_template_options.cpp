// Reference commands of `ephone-dn-template` (config-ephone-dn-template) kept as options
// (issue 3), from ../shared/reference/cme-commands.md. Nothing in this mode is typed: the
// commands it shares with ephone-dn come from add_dn_shared_options() (ephone_dn_options.cpp),
// the others are added here.
//
// `corlist` has no reference row for this mode, but the reference's `ephone-dn-template` entry
// lists it among the mode's commands, so it is accepted (it comes with the shared commands).
// Left out: none (every reference row of this mode is a setting).
#include "modes/tables/cme/ephone_dn_options.hpp"

namespace cme::modes {

namespace {

using Table = ObjectTable<model::EphoneDnTemplate>;

void add_forwarding(Table& t) {
  t.option("call-forward all E164",
           {"Configure call forwarding", "Forward all calls", "Target number"});
  t.option(
      "call-forward busy E164 [primary | secondary] [dialplan-pattern]",
      {"", "Forward calls when the line is busy", "Target number",
       "Only the dial peer of the primary number", "Only the dial peer of the secondary number",
       "Only the dial peers made by dialplan-pattern"});
  t.option(
      "call-forward noan E164 timeout <3-60000> [primary | secondary] [dialplan-pattern]",
      {"", "Forward calls that are not answered", "Target number",
       "Set the ringing time before forwarding", "Seconds",
       "Only the dial peer of the primary number", "Only the dial peer of the secondary number",
       "Only the dial peers made by dialplan-pattern"});
}

}  // namespace

void add_ephone_dn_template_options(Table& t) {
  add_forwarding(t);
  add_dn_shared_options(t);
  t.option("description LINE", {"Set the header bar text of the phone", "Description text"});
  t.option("allow watch", {"Allow a feature", "Let watchers see the state of the line"});
}

}  // namespace cme::modes
