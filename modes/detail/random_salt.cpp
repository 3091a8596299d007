#include "modes/detail/random_salt.hpp"

#include <random>

namespace cme::modes::detail {

std::string random_salt() {
  static constexpr char kAlphabet[] =
      "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::random_device rd;
  std::string salt;
  for (int i = 0; i < 4; ++i) {
    salt += kAlphabet[rd() % 64];
  }
  return salt;
}

}  // namespace cme::modes::detail
