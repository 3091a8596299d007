// The "!" lines IOS prints after groups of general-IOS lines (ios_groups.hpp), from seed 001's
// example configuration.
#include "model/ios_groups.hpp"

#include <algorithm>
#include <iterator>

namespace cme::model {

namespace {

constexpr IosGroup kGroups[] = {
    {"aaa new-model", 1}, {"resource policy", 1}, {"ip cef", 2},
    {"ip domain", 1},     {"voice-card", 2},      {"ip route", 1},
    {"ip http", 3},       {"tftp-server", 1},     {"control-plane", 1},
};

/// True when `head` starts with the words `words` (whole words).
bool starts_with_words(std::string_view head, std::string_view words) {
  return head.starts_with(words) && (head.size() == words.size() || head[words.size()] == ' ');
}

}  // namespace

const IosGroup* ios_group(std::string_view head) {
  if (head.starts_with("no ")) {
    head.remove_prefix(3);
  }
  const auto* it = std::find_if(std::begin(kGroups), std::end(kGroups), [&](const IosGroup& g) {
    return starts_with_words(head, g.words);
  });
  return it == std::end(kGroups) ? nullptr : it;
}

}  // namespace cme::model
