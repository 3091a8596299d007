#include "modes/object_table.hpp"

namespace cme::modes {

std::string sole_bind(std::string_view spec) {
  std::string name;
  int count = 0;
  for (auto at = spec.find('$'); at != std::string_view::npos; at = spec.find('$', at + 1)) {
    const auto end = spec.find_first_of(" ]}|", at);
    name = std::string(spec.substr(at + 1, end == std::string_view::npos ? end : end - at - 1));
    ++count;
  }
  return count == 1 ? name : std::string();
}

Diagnostic object_gone() {
  return make_semantic("% The object of this mode was removed while it was being configured");
}

}  // namespace cme::modes
