#pragma once
// DigitPattern: an IOS dial-peer `destination-pattern` matched against a dialed number (Cisco
// "Dial Peer Configuration": wildcards and special characters). Pure.
//
// Elements (the grammar/values dial pattern, plus the repeat marks IOS accepts):
//   0-9 * #    that character
//   .          any one digit (0-9, *, #)
//   [..]       one digit of the class: digits, ranges "1-5", commas; a leading '^' negates
//   T          the rest of the number, zero or more digits (variable length, interdigit timeout)
//   +          leading: a literal '+' (E.164); after an element: that element one or more times
//   ? %        after an element: zero or one time / zero or more times
//   ,          a pause when dialling out: ignored when matching
// A pattern matches only the whole number ("1..." matches 1234, not 12345 or 123).
//
// Specificity, for choosing between dial-peers ("longest match", IOS selects the most explicit
// pattern): first the count of literal digits matched, then of class digits, then a fixed-length
// pattern over one with T or a repeat mark. Ties go to `preference` (lower first), then the tag.

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cme::runtime::sip {

struct PatternScore {
  unsigned literals = 0;  ///< digits matched by a literal element
  unsigned classes = 0;   ///< digits matched by a [..] class
  bool fixed = true;      ///< no T and no repeat mark
  auto operator<=>(const PatternScore&) const = default;
};

class DigitPattern {
 public:
  /// Compiles `text`; nullopt when it is not a pattern (unbalanced '[', a repeat mark with
  /// nothing before it, an empty class, an unknown character).
  static std::optional<DigitPattern> compile(std::string_view text);

  /// The score of the match of the whole `number`, or nullopt when it does not match.
  std::optional<PatternScore> match(std::string_view number) const;

 private:
  struct Element {
    enum class Kind { Literal, Any, Class, Rest };
    Kind kind = Kind::Literal;
    char literal = 0;
    std::string set;  ///< Class: the characters it accepts (negation already applied)
    unsigned min = 1;
    unsigned max = 1;  ///< kUnbounded for '+', '%', T
  };
  static constexpr unsigned kUnbounded = 1000;
  static constexpr std::size_t kMaxNumber = 64;     ///< longer numbers never match
  static constexpr unsigned kMatchBudget = 100000;  ///< backtracking steps per match

  bool accepts(const Element& e, char c) const;
  bool match_from(std::size_t element, std::string_view rest, unsigned& budget) const;

  std::vector<Element> elements_;
  PatternScore score_;
};

}  // namespace cme::runtime::sip
