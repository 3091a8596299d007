#pragma once
// Args: what a matched command bound. Values by the `$name` of their spec element, and every
// keyword that was matched (in full spelling, whatever abbreviation the user typed), and the
// command's words in order (keywords in full spelling, values as typed; the `no`/`default`/`do`
// prefixes left out): the canonical text of the line.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cme::parser {

class Args {
 public:
  void bind(std::string_view name, std::string value) {
    values_.emplace_back(std::string(name), std::move(value));
  }
  void add_keyword(std::string_view keyword) { keywords_.push_back(keyword); }
  /// Appends a word of the canonical text; `value` tells a bound value from a keyword.
  void add_word(std::string_view word, bool value) {
    words_.emplace_back(word);
    value_words_.push_back(value);
  }

  /// True when `name` was bound.
  bool has(std::string_view name) const { return find(name) != nullptr; }
  /// The bound text, or "" when `name` was not bound.
  std::string_view get(std::string_view name) const {
    const auto* v = find(name);
    return v ? std::string_view(*v) : std::string_view();
  }
  /// The bound value as a decimal integer (ranges are validated by the matcher), or `fallback`.
  std::int64_t get_int(std::string_view name, std::int64_t fallback = 0) const;
  /// True when the keyword (full spelling) was matched anywhere in the line.
  bool keyword(std::string_view full) const {
    for (auto k : keywords_) {
      if (k == full) {
        return true;
      }
    }
    return false;
  }
  const std::vector<std::pair<std::string, std::string>>& values() const { return values_; }
  const std::vector<std::string_view>& keywords() const { return keywords_; }
  /// The command's words: `ephone-dn 5 dual` gives {"ephone-dn", "5", "dual-line"}.
  const std::vector<std::string>& words() const { return words_; }
  /// Which of words() are values (true) rather than keywords.
  const std::vector<bool>& value_words() const { return value_words_; }

 private:
  const std::string* find(std::string_view name) const {
    for (const auto& [k, v] : values_) {
      if (k == name) {
        return &v;
      }
    }
    return nullptr;
  }
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::string_view> keywords_;  ///< views into the command graph's node keywords
  std::vector<std::string> words_;
  std::vector<bool> value_words_;
};

}  // namespace cme::parser
