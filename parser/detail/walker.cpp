#include "parser/detail/walker.hpp"

#include "parser/text.hpp"
#include "parser/value_match.hpp"

namespace cme::parser::detail {

const CommandGraph& filter_graph() {
  static const CommandGraph graph = [] {
    CommandGraph g("output modifiers");
    const char* rows[][2] = {{"begin", "Begin with the line that matches"},
                             {"count", "Count number of lines which match regexp"},
                             {"exclude", "Exclude lines that match"},
                             {"include", "Include lines that match"},
                             {"section", "Filter a section of output"}};
    std::size_t tag = 0;
    for (const auto& row : rows) {
      (void)g.add(std::string(row[0]) + " LINE$regexp", {row[1], "Regular Expression"}, {}, tag++);
    }
    (void)g.add("json", {"Output the data as JSON"}, {}, tag);
    return g;
  }();
  return graph;
}

WalkState start(const CommandGraph& graph) {
  WalkState s;
  s.graph = &graph;
  s.node = graph.root();
  return s;
}

namespace {

void enter(WalkState& s, NodeId id) {
  const Node& n = s.graph->node(id);
  if (n.link != nullptr) {
    s.via_do = true;
    s.graph = n.link;
    s.node = n.link->root();
    return;
  }
  if (n.link_node != kNoNode) {
    s.form = n.form;
    s.node = n.link_node;
    return;
  }
  s.node = id;
}

void take_keyword(WalkState& s, NodeId id) {
  const Node& n = s.graph->node(id);
  s.args.add_keyword(n.keyword);
  // The canonical text and a bound keyword keep IOS's spelling (`7941GE`, `CIPC`).
  if (n.link == nullptr && n.link_node == kNoNode) {
    s.args.add_word(n.display, false);
  }
  if (!n.bind.empty()) {
    s.args.bind(n.bind, n.display);
  }
  enter(s, id);
}

std::size_t invalid_column(const WalkState& s, const Token& token) {
  std::size_t best = 0;
  for (auto k : s.graph->node(s.node).keywords) {
    best = std::max(best, common_prefix_ci(token.text, s.graph->node(k).keyword));
  }
  return token.column + best;
}

bool take_value(WalkState& s, const Token& token, std::string_view line) {
  for (auto id : s.graph->node(s.node).values) {
    const Node& v = s.graph->node(id);
    const auto cls = value_class(v.value);
    const bool rest = cls == ValueClass::TypedRest || cls == ValueClass::Rest;
    const std::string_view text = rest ? trim_right(line.substr(token.column)) : token.text;
    if (!accepts(v.value, text)) {
      continue;
    }
    if (!v.bind.empty()) {
      s.args.bind(v.bind, std::string(text));
    }
    s.args.add_word(text, true);
    s.rest_consumed = rest;
    enter(s, id);
    return true;
  }
  return false;
}

}  // namespace

Step step(WalkState& s, const Token& token, std::string_view line) {
  const Node& here = s.graph->node(s.node);
  if (token.text == "|" && here.pipe && s.piped_graph == nullptr) {
    s.piped_graph = s.graph;
    s.piped_command = here.command;
    s.graph = &filter_graph();
    s.node = s.graph->root();
    return {};
  }
  const std::string lower = to_lower(token.text);
  if (auto exact = s.graph->find_keyword(s.node, lower); exact != kNoNode) {
    take_keyword(s, exact);
    return {};
  }
  const auto candidates = s.graph->keywords_with_prefix(s.node, lower);
  if (candidates.size() == 1) {
    take_keyword(s, candidates.front());
    return {};
  }
  if (candidates.size() > 1) {
    return {StepOutcome::Ambiguous, token.column};
  }
  if (take_value(s, token, line)) {
    return {};
  }
  return {StepOutcome::Invalid, invalid_column(s, token)};
}

bool at_end(const WalkState& s, const CommandGraph*& graph, std::int32_t& command) {
  const Node& n = s.graph->node(s.node);
  if (n.command == kNoCommand) {
    return false;
  }
  if (s.piped_graph != nullptr) {
    graph = s.piped_graph;
    command = s.piped_command;
  } else {
    graph = s.graph;
    command = n.command;
  }
  return true;
}

}  // namespace cme::parser::detail
