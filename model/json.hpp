#pragma once
// The typed configuration as JSON (`show running-config | json`, `opencme -f site.json`).
// Schema: docs/json-schema.md. Keys are the IOS keywords of the settings ("mac-address",
// "max-ephones"); objects with tags are arrays ordered by tag; unset settings are left out.

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "model/config.hpp"

namespace cme::model {

/// Version tag written as "schema" and required on input.
inline constexpr const char* kJsonSchema = "opencme-config/1";

/// The configuration as JSON text (2-space indent, ending with a newline).
std::string to_json_text(const Config& config);

/// Reads JSON text of the schema. The result's options keep their array order (rank 0); the
/// caller re-applies its rendering through the command engine to validate it and restore
/// ranks. Errors: "JSON: <what> at <path>" (syntax errors, wrong types, bad addresses).
Result<Config, std::string> config_from_json_text(std::string_view text);

}  // namespace cme::model
