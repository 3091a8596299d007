#pragma once
// Diagnostic: what went wrong with a line of user input, in data form. Only cli/ (and the batch
// reporter) turn it into IOS text such as "% Invalid input detected at '^' marker.".

#include <cstddef>
#include <string>
#include <vector>

namespace cme {

enum class DiagnosticKind {
  Invalid,     ///< a token matched nothing: "% Invalid input detected at '^' marker."
  Incomplete,  ///< the line stopped before a command ended: "% Incomplete command."
  Ambiguous,   ///< an abbreviation fits several keywords: "% Ambiguous command:  \"...\""
  Semantic,    ///< the command parsed but cannot be applied; `message` holds IOS's text
  Warning,     ///< the command applied; `message` tells the user something about it
};

struct Diagnostic {
  DiagnosticKind kind = DiagnosticKind::Invalid;
  std::size_t line = 0;               ///< 1-based line number in a file; 0 for an interactive line
  std::size_t column = 0;             ///< 0-based byte column of the caret in the line
  std::string message;                ///< semantic/warning text, complete with IOS's "% " prefix
  std::vector<std::string> expected;  ///< what would have been accepted at `column`
};

inline Diagnostic make_semantic(std::string message) {
  return Diagnostic{DiagnosticKind::Semantic, 0, 0, std::move(message), {}};
}

/// A warning: the command applied and `message` ("% Warning: ...") tells the user about it.
inline Diagnostic make_warning(std::string message) {
  return Diagnostic{DiagnosticKind::Warning, 0, 0, std::move(message), {}};
}

}  // namespace cme
