#pragma once
#include <cstddef>

namespace cme {

/// A byte range inside one line of input: [begin, begin + length).
struct SourceSpan {
  std::size_t begin = 0;
  std::size_t length = 0;
  std::size_t end() const { return begin + length; }
};

}  // namespace cme
