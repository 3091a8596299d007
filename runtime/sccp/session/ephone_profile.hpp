#pragma once
// EphoneProfile: what one registered ephone is given, computed from the running configuration
// when it registers (IOS sends a changed configuration to a phone only when it registers again,
// after `reset`/`restart`): the effective keepalive and date template for RegisterAck, the
// button template (lines from `button`, then speed-dials and BLF speed-dials on the free
// buttons), what each line and speed-dial shows, and the soft-key sets per call state.
//
// Sources: sccp.md §6 (button template from CME config: every `button` separator is a Line
// button on the wire; speed-dials take the next free buttons; instances are numbered per type),
// §7 (soft keys); the command reference's `button`, `speed-dial`, `blf-speed-dial`, `type`,
// `softkeys <state>` (defaults), `date-format`/`time-format` (telephony-service), `keepalive`
// (seed 000: ephone > ephone-template > telephony-service > 30).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/cme_config.hpp"
#include "model/effective.hpp"
#include "runtime/sccp/session/phone_models.hpp"
#include "runtime/sccp/session/soft_keys.hpp"

namespace cme::runtime::sccp {

enum class ButtonKind { Unused, Line, SpeedDial, BlfSpeedDial, Hold };

/// One entry of the button template, in button order (button 1 first).
struct ButtonSlot {
  ButtonKind kind = ButtonKind::Unused;
  unsigned instance = 0;  ///< per kind, from 1 (LineStatReq(1) is the first Line); 0: unused
  bool operator==(const ButtonSlot&) const = default;
};

/// A line button: `button 3b12` is the line of ephone-dn 12 on button 3, beep ring.
struct LineAppearance {
  unsigned instance = 0;  ///< line instance (LineStat lineNumber)
  unsigned button = 0;    ///< the `button` index it came from
  char separator = ':';   ///< `:` b f s o c x m w: how calls are presented on it
  std::vector<unsigned> dns;  ///< ephone-dn tags (several for an overlay `o`/`c`)
  std::string number;         ///< the first dn's `number` ("" when it has none)
  std::string label;          ///< text on the button: the dn's `label`, else its number
  std::string name;           ///< the dn's `name` (caller ID name), "" when none
};

/// A speed-dial or BLF speed-dial button.
struct SpeedDialButton {
  unsigned instance = 0;  ///< SpeedDialStat / FeatureStat index, from 1 per kind
  std::string number;
  std::string label;  ///< without the quotes it was typed with; "" when none
  bool blf = false;   ///< `blf-speed-dial`
};

struct EphoneProfile {
  unsigned tag = 0;
  model::EffectiveKeepalive keepalive;  ///< seconds (RegisterAck keepAliveInterval)
  std::string date_template;            ///< RegisterAck dateTemplate: "M/D/YA"
  const PhoneModel* model = nullptr;    ///< configured `type`, else the reported one; may be null
  std::vector<ButtonSlot> buttons;      ///< the button template, one slot per button
  std::vector<LineAppearance> lines;    ///< by instance
  std::vector<SpeedDialButton> speed_dials;  ///< by instance: plain ones first, then BLF
  /// The soft keys (shared: every phone of the same ephone-template, or without one, holds the
  /// same tables); never null.
  std::shared_ptr<const SoftKeyTables> soft_keys;
  std::string load;  ///< telephony-service `load <type> <file>` of the model ("" when none)
};

/// The profile of `ephone` under `config`. `reported`: the model the phone's Register named
/// (nullptr when unknown); the ephone's `type` (or its template's) wins over it. Buttons a
/// model does not have are dropped; a phone of unknown model gets as many buttons as its
/// configuration uses. Never fails: a dn that does not exist makes a line without number.
EphoneProfile build_profile(const model::CmeConfig& config, const model::Ephone& ephone,
                            const PhoneModel* reported);

/// RegisterAck's dateTemplate for telephony-service `date-format` / `time-format` (defaults
/// mm-dd-yy and 12): "M/D/Y", "D/M/Y", "Y/D/M" or "Y/M/D", with "A" appended for a 12-hour clock.
std::string date_template(const model::CmeConfig& config);

}  // namespace cme::runtime::sccp
