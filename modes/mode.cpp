#include "modes/mode.hpp"

#include "modes/mode_spec.hpp"

namespace cme::modes {

const ModeInfo& mode_info(ModeId id) {
  return mode_specs()[static_cast<std::size_t>(id)].info;
}

}  // namespace cme::modes
