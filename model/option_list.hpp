#pragma once
// OptionList: the configured commands of an object that the model keeps as their canonical IOS
// text instead of as typed fields: reference commands the runtime does not act on (yet), such as
// `after-hours day`, `url directories` or `keep-conference`. The command tables validate them
// (ranges, formats) before they are stored, so what is kept is always a well-formed line.
//
// An option is identified by its key: the command's leading keywords plus the values that tell
// instances apart ("speed-dial 3", "after-hours day Sun", "url directories"). Setting a key again
// replaces the line; options render after the object's typed fields, ordered by rank (the
// command's position in its mode table) and then by key, numbers compared by value.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cme::model {

struct Option {
  std::uint32_t rank = 0;  ///< render order of the command (its position in the mode's table)
  std::string key;         ///< identity, e.g. "after-hours day Sun"
  std::string text;        ///< the whole line as rendered, e.g. "after-hours day Sun 19:00 07:00"
  bool operator==(const Option&) const = default;
};

class OptionList {
 public:
  /// Inserts `option`, replacing any option with the same key.
  void set(Option option);
  /// Removes the option with exactly this key. Returns the number removed (0 or 1).
  std::size_t erase(std::string_view key);
  /// Removes every option whose key starts with `key` followed by a blank (`no after-hours day`
  /// removes all days). Returns the number removed.
  std::size_t erase_under(std::string_view key);
  const Option* find(std::string_view key) const;
  /// The text of option `key` after the key and one blank ("24" for `time-format 24`), or
  /// `fallback` when it is not set or has nothing after its key.
  std::string value(std::string_view key, std::string_view fallback) const;
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  bool operator==(const OptionList&) const = default;

 private:
  std::vector<Option> items_;  ///< sorted by (rank, key)
};

/// Orders keys word by word, comparing all-digit words by value ("speed-dial 9" < "speed-dial
/// 10"). Returns <0, 0, >0.
int compare_keys(std::string_view a, std::string_view b);

}  // namespace cme::model
