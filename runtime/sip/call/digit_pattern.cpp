#include "runtime/sip/call/digit_pattern.hpp"

#include <string_view>

namespace cme::runtime::sip {

namespace {

constexpr std::string_view kDigits = "0123456789*#";

bool is_digit_char(char c) {
  return kDigits.find(c) != std::string_view::npos;
}

/// The characters of the class body `body` ("1-5,7", "^0"); nullopt when malformed or empty.
std::optional<std::string> class_set(std::string_view body) {
  bool negate = false;
  if (!body.empty() && body.front() == '^') {
    negate = true;
    body.remove_prefix(1);
  }
  std::string in;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == ',') {
      continue;
    }
    if (!is_digit_char(c)) {
      return std::nullopt;
    }
    if (i + 2 < body.size() && body[i + 1] == '-') {
      const char last = body[i + 2];
      if (c > last || c < '0' || last > '9') {
        return std::nullopt;
      }
      for (char d = c; d <= last; ++d) {
        in += d;
      }
      i += 2;
      continue;
    }
    in += c;
  }
  if (in.empty()) {
    return std::nullopt;
  }
  if (!negate) {
    return in;
  }
  std::string out;
  for (char c : kDigits) {
    if (in.find(c) == std::string::npos) {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::optional<DigitPattern> DigitPattern::compile(std::string_view text) {
  DigitPattern p;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    Element e;
    if (c == ',') {
      continue;
    }
    if (c == '+' && i == 0) {
      e.literal = '+';
    } else if (c == '+' || c == '?' || c == '%') {
      if (p.elements_.empty() || p.elements_.back().kind == Element::Kind::Rest) {
        return std::nullopt;
      }
      p.elements_.back().min = c == '+' ? 1 : 0;
      p.elements_.back().max = c == '?' ? 1 : kUnbounded;
      p.score_.fixed = false;
      continue;
    } else if (is_digit_char(c)) {
      e.literal = c;
    } else if (c == '.') {
      e.kind = Element::Kind::Any;
    } else if (c == 'T' || c == 't') {
      e.kind = Element::Kind::Rest;
      e.min = 0;
      e.max = kUnbounded;
      p.score_.fixed = false;
    } else if (c == '[') {
      const auto close = text.find(']', i);
      if (close == std::string_view::npos) {
        return std::nullopt;
      }
      auto set = class_set(text.substr(i + 1, close - i - 1));
      if (!set) {
        return std::nullopt;
      }
      e.kind = Element::Kind::Class;
      e.set = std::move(*set);
      i = close;
    } else {
      return std::nullopt;
    }
    p.elements_.push_back(std::move(e));
  }
  if (p.elements_.empty()) {
    return std::nullopt;
  }
  return p;
}

bool DigitPattern::accepts(const Element& e, char c) const {
  switch (e.kind) {
    case Element::Kind::Literal:
      return c == e.literal;
    case Element::Kind::Any:
    case Element::Kind::Rest:
      return is_digit_char(c);
    case Element::Kind::Class:
      return e.set.find(c) != std::string::npos;
  }
  return false;
}

bool DigitPattern::match_from(std::size_t element, std::string_view rest, unsigned& budget) const {
  if (budget == 0) {
    return false;  // pathological pattern and input: no match rather than unbounded work
  }
  --budget;
  if (element == elements_.size()) {
    return rest.empty();
  }
  const Element& e = elements_[element];
  // Greedy with backtracking: take as many as allowed, then give back one at a time.
  std::size_t n = 0;
  while (n < e.max && n < rest.size() && accepts(e, rest[n])) {
    ++n;
  }
  for (std::size_t k = n + 1; k-- > e.min;) {
    if (match_from(element + 1, rest.substr(k), budget)) {
      return true;
    }
  }
  return false;
}

std::optional<PatternScore> DigitPattern::match(std::string_view number) const {
  unsigned budget = kMatchBudget;
  if (number.size() > kMaxNumber || !match_from(0, number, budget)) {
    return std::nullopt;
  }
  // Fixed patterns count exactly; repeated or T elements count their minimum.
  PatternScore s;
  s.fixed = score_.fixed;
  for (const Element& e : elements_) {
    if (e.kind == Element::Kind::Literal) {
      s.literals += e.min;
    } else if (e.kind == Element::Kind::Class) {
      s.classes += e.min;
    }
  }
  return s;
}

}  // namespace cme::runtime::sip
