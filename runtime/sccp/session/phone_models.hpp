#pragma once
// PhoneModel: what OpenCME knows of each SCCP phone model: the `type` keyword IOS spells it with
// (command reference, `type (ephone)`), the deviceType it sends in Register (sccp.md §11.8) and
// how many line/feature buttons its button template has (sccp.md §6, from chan_skinny's per-model
// templates; add-on modules per the command reference's module types).

#include <optional>
#include <span>
#include <string_view>

namespace cme::runtime::sccp {

struct PhoneModel {
  std::string_view type;      ///< the `type` keyword: "7960", "7941GE", "CIPC", "ata"
  unsigned device_type = 0;   ///< Register deviceType; 0: not known to OpenCME
  unsigned buttons = 0;       ///< programmable buttons (lines and speed-dials)
  bool hold_button = false;   ///< 7911/7912: a fixed Hold button (type 0x03) after the line
};

/// Every model, in the command reference's order of `type` keywords.
std::span<const PhoneModel> phone_models();

/// The model whose Register deviceType is `device_type`; nullptr when unknown.
const PhoneModel* model_by_device_type(unsigned device_type);

/// The model of `type <keyword>`, compared without case ("cipc" = "CIPC"); nullptr when the
/// keyword is not a model (a user `ephone-type`, "anl", "bri").
const PhoneModel* model_by_type(std::string_view keyword);

/// Buttons an add-on module gives ("7914": 14, "7915-24": 24, "7916-12": 12); 0 when unknown.
unsigned addon_buttons(std::string_view module);

}  // namespace cme::runtime::sccp
