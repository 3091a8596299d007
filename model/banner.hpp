#pragma once
// The text of a configured banner (`banner motd|login|exec <d>text<d>`, IOS Configuration
// Fundamentals "banner motd"), as a vty shows it: MOTD and login banners before the login
// prompt, the exec banner after login. Banners are kept as verbatim blocks (model/verbatim.hpp).

#include <optional>
#include <string>
#include <string_view>

#include "model/config.hpp"

namespace cme::model {

/// The text between the delimiters of `banner <kind>` ("motd", "login", "exec"), lines joined
/// with '\n', with IOS's tokens replaced: $(hostname), $(domain) (empty), $(line) (`line`,
/// e.g. "2"), $(line-desc) (empty). nullopt when that banner is not configured.
std::optional<std::string> banner_text(const Config& config, std::string_view kind,
                                       std::string_view line = {});

}  // namespace cme::model
