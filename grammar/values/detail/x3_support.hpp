#pragma once
// Private X3 building blocks shared by the value grammars (network_def.hpp, cme_def.hpp):
//   - bounded_uint<Radix, Min, Max, MinDigits, MaxDigits>: a number with a digit count and a range;
//   - track[p]: records where `p` failed, so that a failed parse can report an exact offset;
//   - parse_whole(text, rule): parses one complete value and builds the ValueError.
// Include only from grammar/values/*.cpp and *_def.hpp (STYLE.md §6: no Spirit outside grammar/).

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "common/result.hpp"
#include "grammar/config.hpp"
#include "grammar/values/values.hpp"

namespace cme::grammar::values::detail {

/// Context tag under which parse_whole passes an `iterator_type&`: the furthest position at which
/// a `track[...]` component failed.
struct furthest_failure_tag;

/// Digit value of `c` in base `Radix` (up to 16), or -1.
constexpr int digit_value(char c) {
  if (c >= '0' && c <= '9') {
    return c - '0';
  }
  if (c >= 'a' && c <= 'f') {
    return c - 'a' + 10;
  }
  if (c >= 'A' && c <= 'F') {
    return c - 'A' + 10;
  }
  return -1;
}

/// An unsigned number of MinDigits..MaxDigits digits in base Radix, with value Min..Max. It fails,
/// consuming nothing, when more digits follow ("1000" is not an octet, not "100" plus junk).
template <unsigned Radix, unsigned Min, unsigned Max, int MinDigits, int MaxDigits>
struct bounded_uint_parser
    : x3::parser<bounded_uint_parser<Radix, Min, Max, MinDigits, MaxDigits>> {
  using attribute_type = unsigned;
  static constexpr bool has_attribute = true;

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    It it = first;
    unsigned value = 0;
    if (!x3::uint_parser<unsigned, Radix, MinDigits, MaxDigits>{}.parse(it, last, ctx, rctx,
                                                                        value)) {
      return false;
    }
    bool const more_digits =
        it != last && digit_value(*it) >= 0 && static_cast<unsigned>(digit_value(*it)) < Radix;
    if (more_digits || value < Min || value > Max) {
      return false;
    }
    x3::traits::move_to(value, attr);
    first = it;
    return true;
  }
};

template <unsigned Radix, unsigned Min, unsigned Max, int MinDigits, int MaxDigits>
constexpr bounded_uint_parser<Radix, Min, Max, MinDigits, MaxDigits> bounded_uint{};

/// track[p]: parses p; when p fails, remembers p's start position in the furthest_failure_tag
/// context entry if it lies beyond every earlier failure. Attribute: that of p.
template <class Subject>
struct track_directive : x3::unary_parser<Subject, track_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, track_directive<Subject>>;
  static constexpr bool is_pass_through_unary = true;
  static constexpr bool handles_container = Subject::handles_container;

  constexpr track_directive(Subject const& subject) : base_type(subject) {}  // NOLINT

  template <class It, class Ctx, class RCtx, class Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx, Attr& attr) const {
    It const start = first;
    if (this->subject.parse(first, last, ctx, rctx, attr)) {
      return true;
    }
    first = start;
    It& furthest = x3::get<furthest_failure_tag>(ctx);
    furthest = std::max(furthest, start);
    return false;
  }
};

struct track_gen {
  template <class Subject>
  constexpr track_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return {x3::as_parser(subject)};
  }
};

constexpr track_gen track{};

/// Parses all of `text` with `rule` into an Attr. On failure the error offset is the furthest of
/// (a) where a successful parse stopped short of the end and (b) where a tracked component failed;
/// `expected` is the rule's name.
template <class Attr, class Rule>
Result<Attr, ValueError> parse_whole(std::string_view text, Rule const& rule) {
  iterator_type first = text.begin();
  iterator_type const last = text.end();
  iterator_type furthest = first;
  Attr attr{};
  bool const ok = x3::parse(first, last, x3::with<furthest_failure_tag>(furthest)[rule], attr);
  if (ok && first == last) {
    return attr;
  }
  auto const offset = static_cast<std::size_t>(std::max(first, furthest) - text.begin());
  return Err{ValueError{offset, rule.name}};
}

}  // namespace cme::grammar::values::detail
