#pragma once
// IOS texts for what the lower layers return as data: diagnostics with the caret, `?` help.
// Lines end with '\n' (front-ends convert to "\r\n" for terminals).

#include <cstddef>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "parser/matcher.hpp"

namespace cme::cli {

/// Renders `d` for `line` as typed. `indent` is how many columns precede the line on screen
/// (the prompt's length, or the length of "FILE:LINE: " in batch reports), so the caret lands
/// under the right character:
///   Invalid:    "<spaces>^\n% Invalid input detected at '^' marker.\n\n"
///   Incomplete: "% Incomplete command.\n\n"
///   Ambiguous:  "% Ambiguous command:  \"<line>\"\n"
///   Semantic / Warning: the message and "\n".
std::string render_diagnostic(const Diagnostic& d, std::string_view line, std::size_t indent);

/// Renders the answer to `?` typed after `before_cursor`: the token list (two-space indent,
/// tokens padded to the longest plus two, then the help), the partial-word candidates on lines no
/// wider than `width`, or the error, each followed by an empty line.
std::string render_help(const parser::HelpAnswer& answer, std::string_view before_cursor,
                        std::size_t indent, std::size_t width);

}  // namespace cme::cli
