#pragma once
// SeededRandom: a deterministic runtime::RandomSource for tests (STYLE.md §5), so branch
// parameters, tags and Call-IDs repeat exactly from run to run. The generator is SplitMix64
// (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the
// reference code is public domain at https://prng.di.unimi.it/splitmix64.c).

#include <cstdint>

#include "runtime/core/random_source.hpp"

namespace cme::test {

class SeededRandom final : public runtime::RandomSource {
 public:
  /// Starts the sequence at `seed`; equal seeds give equal sequences.
  explicit SeededRandom(std::uint64_t seed = 0) : state_(seed) {}

  /// The next SplitMix64 output (seed 0 starts 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, ...).
  std::uint64_t next() override {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

 private:
  std::uint64_t state_;
};

}  // namespace cme::test
