#pragma once
// Output modifiers of show commands: `show ... | include|exclude|begin|section|count REGEXP`.
// IOS regular expressions (Cisco IOS "Regular Expressions" appendix): POSIX-extended-like syntax
// where `_` additionally matches a delimiter: start or end of line, blank, comma, braces or
// parentheses. Matching is a search anywhere in the line (not anchored) and case-sensitive.
//
// Details of this implementation (std::regex, ECMAScript grammar after translation):
// - An unescaped `_` outside brackets is the delimiter above (a space, not a tab); `\_` and `_`
//   inside `[...]` are a literal underscore. `{` and `}` are literal characters (IOS has no
//   `{m,n}` bounds). A `]` right after `[` or `[^` is literal; inside brackets `\` escapes.
//   An empty expression matches every line.
// - Only the first 4096 bytes of a line take part in matching (so `$` and `_` also match at that
//   cut); this bounds time and stack depth on very long lines. Expressions without
//   back-references are matched in linear time. Ones with back-references (`(ab)\1`) use a
//   backtracking search on the first 256 bytes only; its time can still grow exponentially
//   with the line length for pathological expressions such as `(a)(.|.)*\1x`.
// - `section`: a line that matches is printed with every following line indented more deeply
//   than it (leading spaces/tabs), up to the next line indented as much or less. This holds for
//   a top-level line and for a matching sub-line alike (a sub-line is printed without its parent).
//   Lines printed as part of a section are not matched again, so nothing is printed twice.
//   `section include REGEXP` is `section REGEXP`; `section exclude REGEXP` prints every line
//   except the sections `section REGEXP` would print (IOS 12.2(33)SRA and later).

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
  Json,     ///< the command's data as JSON instead of text (commands that support it)
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
