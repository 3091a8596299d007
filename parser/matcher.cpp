#include "parser/matcher.hpp"

#include "parser/detail/walker.hpp"
#include "parser/token.hpp"

namespace cme::parser {

namespace {

Diagnostic diagnostic(DiagnosticKind kind, std::size_t column) {
  Diagnostic d;
  d.kind = kind;
  d.column = column;
  return d;
}

// Filter graph commands in the order detail::filter_graph() adds them.
constexpr FilterKind kFilterKinds[] = {FilterKind::Begin,   FilterKind::Count,
                                       FilterKind::Exclude, FilterKind::Include,
                                       FilterKind::Section, FilterKind::Json};

}  // namespace

Result<Match, Diagnostic> match(const CommandGraph& graph, std::string_view line) {
  const auto tokens = tokenize(line);
  auto state = detail::start(graph);
  for (const auto& token : tokens) {
    const auto r = detail::step(state, token, line);
    if (r.outcome == detail::StepOutcome::Invalid) {
      return Err{diagnostic(DiagnosticKind::Invalid, r.column)};
    }
    if (r.outcome == detail::StepOutcome::Ambiguous) {
      return Err{diagnostic(DiagnosticKind::Ambiguous, r.column)};
    }
    if (state.rest_consumed) {
      break;
    }
  }
  Match m;
  if (tokens.empty() || !detail::at_end(state, m.graph, m.command)) {
    return Err{diagnostic(DiagnosticKind::Incomplete, line.size())};
  }
  m.tag = m.graph->command(m.command).tag;
  m.form = state.form;
  m.via_do = state.via_do;
  if (state.piped_graph != nullptr) {
    const auto filter_command = state.graph->node(state.node).command;
    m.filter = FilterRequest{kFilterKinds[filter_command], std::string(state.args.get("regexp"))};
  }
  m.args = std::move(state.args);
  return m;
}

}  // namespace cme::parser
