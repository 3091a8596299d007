#include "runtime/sccp/session/phone_models.hpp"

#include <algorithm>
#include <array>

#include "common/ascii.hpp"

namespace cme::runtime::sccp {

namespace {

// deviceType values: sccp.md §11.8 (Asterisk chan_skinny and chan-sccp agree on each). Models of
// the `type` list that §11.8 does not give keep 0 and are known by their keyword only.
constexpr std::array kModels = {
    PhoneModel{"6901", 0, 1},        PhoneModel{"6911", 0, 1},
    PhoneModel{"6921", 0, 2},        PhoneModel{"6941", 0, 4},
    PhoneModel{"6945", 0, 4},        PhoneModel{"6961", 0, 12},
    PhoneModel{"7902", 30008, 1},    PhoneModel{"7905", 20000, 1},
    PhoneModel{"7906", 369, 1},      PhoneModel{"7910", 6, 1},
    PhoneModel{"7911", 307, 1, true}, PhoneModel{"7912", 30007, 1, true},
    PhoneModel{"7920", 30002, 6},    PhoneModel{"7921", 365, 6},
    PhoneModel{"7925", 484, 6},      PhoneModel{"7931", 0, 24},
    PhoneModel{"7935", 9, 1},        PhoneModel{"7936", 30019, 1},
    PhoneModel{"7937", 431, 1},      PhoneModel{"7940", 8, 2},
    PhoneModel{"7941", 115, 2},      PhoneModel{"7941GE", 309, 2},
    PhoneModel{"7942", 434, 2},      PhoneModel{"7945", 435, 2},
    PhoneModel{"7960", 7, 6},        PhoneModel{"7961", 30018, 6},
    PhoneModel{"7961GE", 308, 6},    PhoneModel{"7962", 404, 6},
    PhoneModel{"7965", 436, 6},      PhoneModel{"7970", 30006, 8},
    PhoneModel{"7971", 119, 8},      PhoneModel{"7975", 437, 8},
    PhoneModel{"7985", 0, 1},        PhoneModel{"8941", 0, 4},
    PhoneModel{"8945", 0, 4},        PhoneModel{"8961", 0, 5},
    PhoneModel{"9951", 0, 5},        PhoneModel{"9971", 0, 6},
    PhoneModel{"CIPC", 30016, 8},    PhoneModel{"ata", 12, 1},
};

struct Addon {
  std::string_view module;
  unsigned buttons;
};
constexpr std::array kAddons = {Addon{"7914", 14}, Addon{"7915-12", 12}, Addon{"7915-24", 24},
                                Addon{"7916-12", 12}, Addon{"7916-24", 24}};

}  // namespace

std::span<const PhoneModel> phone_models() {
  return kModels;
}

const PhoneModel* model_by_device_type(unsigned device_type) {
  if (device_type == 0) {
    return nullptr;
  }
  if (device_type == 13) {  // ATA 188 (sccp.md §11.8): the `ata` type
    device_type = 12;
  }
  const auto it = std::find_if(kModels.begin(), kModels.end(), [&](const PhoneModel& m) {
    return m.device_type == device_type;
  });
  return it == kModels.end() ? nullptr : &*it;
}

const PhoneModel* model_by_type(std::string_view keyword) {
  const auto it = std::find_if(kModels.begin(), kModels.end(), [&](const PhoneModel& m) {
    return equal_ci(m.type, keyword);
  });
  return it == kModels.end() ? nullptr : &*it;
}

unsigned addon_buttons(std::string_view module) {
  const auto it = std::find_if(kAddons.begin(), kAddons.end(),
                               [&](const Addon& a) { return equal_ci(a.module, module); });
  return it == kAddons.end() ? 0 : it->buttons;
}

}  // namespace cme::runtime::sccp
