// `?` help and Tab completion over a CommandGraph (IOS context-sensitive help).
#include "parser/detail/walker.hpp"
#include "parser/matcher.hpp"
#include "parser/text.hpp"
#include "parser/value_match.hpp"

namespace cme::parser {

namespace {

struct Walked {
  detail::WalkState state;
  bool ok = true;
  Diagnostic error;
};

/// Walks every token of `tokens` but the last `keep` ones.
Walked walk(const CommandGraph& graph, std::string_view line, const std::vector<Token>& tokens,
            std::size_t keep) {
  Walked w{detail::start(graph), true, {}};
  for (std::size_t i = 0; i + keep < tokens.size() && !w.state.rest_consumed; ++i) {
    const auto r = detail::step(w.state, tokens[i], line);
    if (r.outcome != detail::StepOutcome::Advanced) {
      w.ok = false;
      w.error.kind = r.outcome == detail::StepOutcome::Invalid ? DiagnosticKind::Invalid
                                                               : DiagnosticKind::Ambiguous;
      w.error.column = r.column;
      return w;
    }
  }
  return w;
}

std::vector<HelpEntry> next_tokens(const detail::WalkState& s) {
  std::vector<HelpEntry> out;
  const Node& here = s.graph->node(s.node);
  if (!s.rest_consumed) {
    for (auto id : here.values) {
      out.push_back({s.graph->node(id).display, s.graph->node(id).help});
    }
    for (auto id : here.keywords) {
      out.push_back({s.graph->node(id).display, s.graph->node(id).help});
    }
  }
  if (here.pipe && s.piped_graph == nullptr) {
    out.push_back({"|", "Output modifiers"});
  }
  if (here.command != kNoCommand) {
    out.push_back({"<cr>", ""});
  }
  return out;
}

std::vector<HelpEntry> words_for(const detail::WalkState& s, const Token& partial,
                                 std::string_view line) {
  std::vector<HelpEntry> out;
  const Node& here = s.graph->node(s.node);
  if (s.rest_consumed) {
    return out;
  }
  for (auto id : s.graph->keywords_with_prefix(s.node, to_lower(partial.text))) {
    out.push_back({s.graph->node(id).display, s.graph->node(id).help});
  }
  for (auto id : here.values) {
    const Node& v = s.graph->node(id);
    const auto cls = value_class(v.value);
    const bool rest = cls == ValueClass::TypedRest || cls == ValueClass::Rest;
    if (accepts(v.value, rest ? trim_right(line.substr(partial.column)) : partial.text)) {
      out.push_back({v.display, v.help});
    }
  }
  if (partial.text == "|" && here.pipe && s.piped_graph == nullptr) {
    out.push_back({"|", "Output modifiers"});
  }
  return out;
}

}  // namespace

HelpAnswer help(const CommandGraph& graph, std::string_view before_cursor) {
  const auto tokens = tokenize(before_cursor);
  const bool partial = !before_cursor.empty() && !is_blank(before_cursor.back()) &&
                       !tokens.empty();
  HelpAnswer answer;
  auto w = walk(graph, before_cursor, tokens, partial ? 1 : 0);
  if (!w.ok) {
    answer.kind = HelpAnswer::Kind::Error;
    answer.error = w.error;
    return answer;
  }
  if (!partial || w.state.rest_consumed) {
    answer.kind = HelpAnswer::Kind::Next;
    answer.entries = next_tokens(w.state);
    return answer;
  }
  answer.kind = HelpAnswer::Kind::Words;
  answer.entries = words_for(w.state, tokens.back(), before_cursor);
  if (answer.entries.empty()) {
    answer.kind = HelpAnswer::Kind::Unrecognized;
  }
  return answer;
}

std::optional<std::string> complete(const CommandGraph& graph, std::string_view before_cursor) {
  const auto tokens = tokenize(before_cursor);
  if (tokens.empty() || is_blank(before_cursor.back())) {
    return std::nullopt;
  }
  auto w = walk(graph, before_cursor, tokens, 1);
  if (!w.ok || w.state.rest_consumed) {
    return std::nullopt;
  }
  const Token& last = tokens.back();
  const auto lower = to_lower(last.text);
  auto id = w.state.graph->find_keyword(w.state.node, lower);
  if (id == kNoNode) {
    const auto candidates = w.state.graph->keywords_with_prefix(w.state.node, lower);
    if (candidates.size() != 1) {
      return std::nullopt;
    }
    id = candidates.front();
  }
  return std::string(before_cursor.substr(0, last.column)) + w.state.graph->node(id).display +
         " ";
}

}  // namespace cme::parser
