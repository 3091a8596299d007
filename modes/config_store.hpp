#pragma once
// ConfigStore: where the startup-config lives. Declared here so that modes/ can `write memory`
// without doing I/O itself; cli/ provides the file implementation, tests an in-memory one.

#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace cme::modes {

class ConfigStore {
 public:
  virtual ~ConfigStore() = default;
  /// Reads the stored text. Ok(nullopt) when there is none; error text (IOS style, e.g.
  /// "%Error opening nvram:startup-config (Permission denied)") when it exists but cannot be read.
  virtual Result<std::optional<std::string>, std::string> read() = 0;
  /// Replaces the stored text atomically: after a crash either the old or the new text is there,
  /// never a mix. Error text as for read().
  virtual Result<Unit, std::string> write(std::string_view text) = 0;
  /// Removes the stored text (`erase startup-config`).
  virtual Result<Unit, std::string> erase() = 0;
  /// Human-readable location, e.g. "nvram/startup-config".
  virtual std::string location() const = 0;
};

}  // namespace cme::modes
