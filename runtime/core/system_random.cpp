#include "runtime/core/system_random.hpp"

#include <array>
#include <cstdint>
#include <random>

namespace cme::runtime {
namespace {

std::mt19937_64 seeded_engine() {
  std::random_device device;
  std::array<std::uint32_t, 8> words{};
  for (auto& word : words) {
    word = static_cast<std::uint32_t>(device());
  }
  std::seed_seq seq(words.begin(), words.end());
  return std::mt19937_64(seq);
}

}  // namespace

SystemRandom::SystemRandom() : engine_(seeded_engine()) {}

std::uint64_t SystemRandom::next() {
  return engine_();
}

}  // namespace cme::runtime
