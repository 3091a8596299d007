#pragma once
// The token-at-a-time walk shared by match(), help() and complete(). Internal to parser/.

#include <string_view>

#include "common/diagnostic.hpp"
#include "parser/args.hpp"
#include "parser/command_graph.hpp"
#include "parser/token.hpp"

namespace cme::parser::detail {

/// The graph of output modifiers (`begin|count|exclude|include|section LINE`), built once.
const CommandGraph& filter_graph();

struct WalkState {
  const CommandGraph* graph = nullptr;
  NodeId node = 0;
  CommandForm form = CommandForm::Set;
  bool via_do = false;
  Args args;
  // After `|`: the command whose end we were at, and its graph.
  const CommandGraph* piped_graph = nullptr;
  std::int32_t piped_command = kNoCommand;
  bool rest_consumed = false;  ///< a LINE-like value took the rest of the line
};

enum class StepOutcome { Advanced, Invalid, Ambiguous };

struct Step {
  StepOutcome outcome = StepOutcome::Advanced;
  std::size_t column = 0;  ///< caret column for Invalid/Ambiguous
};

WalkState start(const CommandGraph& graph);

/// Moves `state` over `token` (a token of `line`).
Step step(WalkState& state, const Token& token, std::string_view line);

/// True when the walk may end here; fills the command and its graph.
bool at_end(const WalkState& state, const CommandGraph*& graph, std::int32_t& command);

}  // namespace cme::parser::detail
