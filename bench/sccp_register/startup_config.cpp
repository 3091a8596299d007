#include "bench/sccp_register/startup_config.hpp"

#include <fmt/format.h>

#include <iterator>

namespace cme::bench {

std::string phone_mac(std::size_t index) {
  return fmt::format("0200{:08X}", index + 1);
}

std::string sccp_startup_config(std::size_t ephones, std::uint32_t keepalive) {
  std::string out = fmt::format(
      "telephony-service\n max-ephones {0}\n max-dn {0}\n ip source-address 127.0.0.1 port "
      "2000\n keepalive {1}\n no auto-reg-ephone\n",
      ephones, keepalive);
  auto it = std::back_inserter(out);
  for (std::size_t k = 1; k <= ephones; ++k) {
    fmt::format_to(it, "ephone-dn {0}\n number {1}\n", k, 100000 + k);
  }
  for (std::size_t k = 1; k <= ephones; ++k) {
    const std::string mac = phone_mac(k - 1);
    fmt::format_to(it, "ephone {0}\n mac-address {1}.{2}.{3}\n type 7941\n button 1:{0}\n", k,
                   mac.substr(0, 4), mac.substr(4, 4), mac.substr(8, 4));
  }
  return out;
}

}  // namespace cme::bench
