#pragma once
// An in-memory modes::ConfigStore for tests.

#include <optional>
#include <string>

#include "modes/config_store.hpp"

namespace cme::test {

class MemoryStore final : public modes::ConfigStore {
 public:
  Result<std::optional<std::string>, std::string> read() override { return text_; }
  Result<Unit, std::string> write(std::string_view text) override {
    ++writes_;
    text_ = std::string(text);
    return Unit{};
  }
  Result<Unit, std::string> erase() override {
    text_.reset();
    return Unit{};
  }
  std::string location() const override { return "nvram:startup-config"; }
  const std::optional<std::string>& text() const { return text_; }
  int writes() const { return writes_; }

 private:
  std::optional<std::string> text_;
  int writes_ = 0;
};

}  // namespace cme::test
