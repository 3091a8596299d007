#include "cli/ios_text.hpp"

#include <algorithm>

namespace cme::cli {

std::string render_diagnostic(const Diagnostic& d, std::string_view line, std::size_t indent) {
  switch (d.kind) {
    case DiagnosticKind::Invalid:
      return std::string(indent + d.column, ' ') +
             "^\n% Invalid input detected at '^' marker.\n\n";
    case DiagnosticKind::Incomplete:
      return "% Incomplete command.\n\n";
    case DiagnosticKind::Ambiguous:
      return "% Ambiguous command:  \"" + std::string(line) + "\"\n";
    case DiagnosticKind::Semantic:
    case DiagnosticKind::Warning:
      break;
  }
  return d.message + "\n";
}

namespace {

std::string render_list(const std::vector<parser::HelpEntry>& entries) {
  std::size_t widest = 0;
  for (const auto& e : entries) {
    widest = std::max(widest, e.token.size());
  }
  std::string out;
  for (const auto& e : entries) {
    out += "  " + e.token;
    if (!e.help.empty()) {
      out += std::string(widest + 2 - e.token.size(), ' ') + e.help;
    }
    out += '\n';
  }
  return out + "\n";
}

std::string render_words(const std::vector<parser::HelpEntry>& entries, std::size_t width) {
  std::string out;
  std::size_t column = 0;
  for (const auto& e : entries) {
    const std::size_t cell = e.token.size() + 2;
    if (column > 0 && width > 0 && column + cell > width) {
      out += '\n';
      column = 0;
    }
    out += e.token + "  ";
    column += cell;
  }
  return out + "\n\n";
}

}  // namespace

std::string render_help(const parser::HelpAnswer& answer, std::string_view before_cursor,
                        std::size_t indent, std::size_t width) {
  using Kind = parser::HelpAnswer::Kind;
  switch (answer.kind) {
    case Kind::Next:
      return render_list(answer.entries);
    case Kind::Words:
      return render_words(answer.entries, width);
    case Kind::Unrecognized:
      return "% Unrecognized command\n";
    case Kind::Error:
      break;
  }
  std::string out = render_diagnostic(answer.error, before_cursor, indent);
  if (answer.error.kind == DiagnosticKind::Ambiguous) {
    out += '\n';
  }
  return out;
}

}  // namespace cme::cli
