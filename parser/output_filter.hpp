#pragma once
// Output modifiers of show commands: `show ... | include|exclude|begin|section|count REGEXP`.
// IOS regular expressions (Cisco IOS "Regular Expressions" appendix): POSIX-extended-like syntax
// where `_` additionally matches a delimiter: start or end of line, blank, comma, braces or
// parentheses. Matching is a search anywhere in the line (not anchored) and case-sensitive.

#include <memory>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace cme::parser {

enum class FilterKind {
  Include,  ///< lines that match
  Exclude,  ///< lines that do not match
  Begin,    ///< from the first line that matches to the end
  Section,  ///< each line that matches, with the indented lines that follow it (its section)
  Count,    ///< only "Number of lines which match regexp = N"
};

/// A compiled output filter. Cheap to move; immutable after compile().
class OutputFilter {
 public:
  /// Compiles `pattern` (the rest of the command line after the filter keyword, blanks kept).
  /// Error: the IOS-style message for a bad expression, e.g. "% Invalid regular expression".
  static Result<OutputFilter, std::string> compile(FilterKind kind, std::string_view pattern);

  /// Applies the filter to `text`: lines separated by '\n', the last one possibly unterminated.
  /// Returns the filtered text; every output line ends with '\n'.
  std::string apply(std::string_view text) const;

  FilterKind kind() const { return kind_; }

  // Out of line because of the pimpl.
  OutputFilter(OutputFilter&&) noexcept;
  OutputFilter& operator=(OutputFilter&&) noexcept;
  ~OutputFilter();

 private:
  struct Impl;
  OutputFilter(FilterKind kind, std::unique_ptr<Impl> impl);
  FilterKind kind_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cme::parser
