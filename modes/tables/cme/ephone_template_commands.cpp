// ephone-template commands with typed fields (seed 000: keepalive).
#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes {

void add_ephone_template_commands(ObjectTable<model::EphoneTemplate>& t) {
  t.field("keepalive <10-65535>$seconds",
          {"Keepalive interval of the phones using this template", "Seconds"},
          &model::EphoneTemplate::keepalive);
}

}  // namespace cme::modes
