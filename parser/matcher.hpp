#pragma once
// Matching a line against a mode's CommandGraph, one token at a time (IOS rules, issue 2):
// exact keyword, then unique keyword prefix (case-insensitive), then a typed value, then WORD,
// then LINE. No look-ahead over the whole line. Also `?` help and Tab completion, which walk the
// same graph the same way.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/result.hpp"
#include "parser/args.hpp"
#include "parser/command_graph.hpp"
#include "parser/output_filter.hpp"

namespace cme::parser {

/// An output modifier requested with `| include REGEXP` etc.
struct FilterRequest {
  FilterKind kind = FilterKind::Include;
  std::string pattern;  ///< the rest of the line after the modifier keyword
};

struct Match {
  const CommandGraph* graph = nullptr;  ///< graph holding the command (the EXEC graph after `do`)
  std::int32_t command = kNoCommand;
  std::size_t tag = 0;  ///< the command table's handle (CommandInfo::tag)
  CommandForm form = CommandForm::Set;
  bool via_do = false;  ///< entered as `do <exec command>` from a configuration mode
  Args args;
  std::optional<FilterRequest> filter;
};

/// Matches `line`. Errors: Invalid (column = caret position: the start of a bad value, or the
/// start of a bad keyword plus the longest prefix it shares with any keyword allowed there),
/// Incomplete, Ambiguous (column = the ambiguous token). An empty line is Incomplete.
Result<Match, Diagnostic> match(const CommandGraph& graph, std::string_view line);

struct HelpEntry {
  std::string token;  ///< "<10-65535>", "WORD", a keyword, "|", "<cr>"
  std::string help;   ///< empty for <cr>
};

struct HelpAnswer {
  enum class Kind {
    Next,          ///< `entries`: what may follow (the text ended with a blank or was empty)
    Words,         ///< `entries`: keywords/values the partial last word may become
    Error,         ///< `error`: Invalid (caret) or Ambiguous, found before the cursor
    Unrecognized,  ///< the partial last word starts nothing: "% Unrecognized command"
  };
  Kind kind = Kind::Next;
  std::vector<HelpEntry> entries;
  Diagnostic error;
};

/// Answers `?` typed after `before_cursor`.
HelpAnswer help(const CommandGraph& graph, std::string_view before_cursor);

/// Tab: when the last (partial) word of `before_cursor` is exactly one keyword or the unique
/// prefix of one, returns `before_cursor` with that word completed and a blank appended;
/// otherwise nullopt (the front-end redraws the line).
std::optional<std::string> complete(const CommandGraph& graph, std::string_view before_cursor);

}  // namespace cme::parser
