#include "parser/args.hpp"

#include <charconv>

namespace cme::parser {

std::int64_t Args::get_int(std::string_view name, std::int64_t fallback) const {
  const auto* v = find(name);
  if (v == nullptr) {
    return fallback;
  }
  std::int64_t n = fallback;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  return ec == std::errc() && ptr == v->data() + v->size() ? n : fallback;
}

}  // namespace cme::parser
