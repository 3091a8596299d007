#include "parser/command_graph.hpp"

#include <algorithm>

#include "parser/text.hpp"
#include "parser/value_match.hpp"

namespace cme::parser {

using grammar::spec::Element;
using grammar::spec::ElementKind;
using grammar::spec::Sequence;

namespace {


std::size_t count_tokens(const Sequence& seq) {
  std::size_t n = 0;
  for (const auto& e : seq) {
    if (e.kind == ElementKind::Keyword || e.kind == ElementKind::Value) {
      ++n;
    } else {
      for (const auto& alt : e.alternatives) {
        n += count_tokens(alt);
      }
    }
  }
  return n;
}

bool same_value(const Element& a, const Element& b) {
  return a.value_kind == b.value_kind && a.text == b.text && a.lo == b.lo && a.hi == b.hi &&
         a.named == b.named;
}

void merge_frontier(std::vector<NodeId>& into, const std::vector<NodeId>& from) {
  for (auto id : from) {
    if (std::find(into.begin(), into.end(), id) == into.end()) {
      into.push_back(id);
    }
  }
}

}  // namespace

CommandGraph::CommandGraph(std::string name) : name_(std::move(name)) {
  nodes_.push_back(Node{});
}

Result<Unit, std::string> CommandGraph::add(std::string_view spec,
                                            const std::vector<std::string>& help,
                                            CommandOptions options, std::size_t tag) {
  auto parsed = grammar::spec::parse_spec(spec);
  if (!parsed) {
    const auto& d = parsed.error();
    return Err{name_ + ": spec \"" + std::string(spec) + "\": column " + std::to_string(d.column) +
               ": expected " + (d.expected.empty() ? std::string("?") : d.expected.front())};
  }
  const auto& seq = parsed.value();
  if (count_tokens(seq) != help.size()) {
    return Err{name_ + ": spec \"" + std::string(spec) +
               "\": " + std::to_string(count_tokens(seq)) + " tokens but " +
               std::to_string(help.size()) + " help texts"};
  }
  const auto index = static_cast<std::int32_t>(commands_.size());
  commands_.push_back(CommandInfo{std::string(spec), tag, options});
  HelpCursor cursor{&help};
  auto end = compile(seq, {root()}, cursor, "");
  if (!end) {
    return Err{std::move(end).error()};
  }
  for (auto id : end.value()) {
    if (nodes_[id].origin == kNoCommand) {
      nodes_[id].origin = index;
    }
  }
  mark_end(end.value(), index, false);
  if (options.configuration && options.no_form != NoForm::None) {
    return add_negation(seq, help, options.no_form, index);
  }
  return Unit{};
}

Result<Unit, std::string> CommandGraph::add_negation(const Sequence& seq,
                                                     const std::vector<std::string>& help,
                                                     NoForm no_form, std::int32_t command) {
  // Where the no form may first end: after the leading keywords, or after the mandatory part.
  std::size_t first_end = 0;
  for (std::size_t i = 0; i < seq.size(); ++i) {
    const bool keyword = seq[i].kind == ElementKind::Keyword;
    const bool mandatory = seq[i].kind != ElementKind::Optional;
    if ((no_form == NoForm::Prefix && keyword && first_end == i) ||
        (no_form == NoForm::Mandatory && mandatory)) {
      first_end = i + 1;
    }
  }
  first_end = std::max<std::size_t>(first_end, 1);
  HelpCursor cursor{&help};
  Frontier frontier{ensure_negation_root()};
  for (std::size_t i = 0; i < seq.size(); ++i) {
    auto next = compile(Sequence{seq[i]}, frontier, cursor, "");
    if (!next) {
      return Err{std::move(next).error()};
    }
    frontier = std::move(next).value();
    if (i + 1 >= first_end) {
      mark_end(frontier, command, true);
    }
  }
  return Unit{};
}

NodeId CommandGraph::ensure_negation_root() {
  if (negation_root_ != kNoNode) {
    return negation_root_;
  }
  negation_root_ = static_cast<NodeId>(nodes_.size());
  nodes_.push_back(Node{});
  const std::pair<const char*, CommandForm> forms[] = {{"default", CommandForm::Default},
                                                       {"no", CommandForm::No}};
  for (const auto& [word, form] : forms) {
    Element e;
    e.kind = ElementKind::Keyword;
    e.text = word;
    const auto id = child_for(root(), e,
                              form == CommandForm::No ? "Negate a command or set its defaults"
                                                      : "Set a command to its defaults",
                              "");
    nodes_[id].form = form;
    nodes_[id].link_node = negation_root_;
  }
  return negation_root_;
}

void CommandGraph::link_do(const CommandGraph& exec, std::string help) {
  Element e;
  e.kind = ElementKind::Keyword;
  e.text = "do";
  const auto id = child_for(root(), e, help, "");
  nodes_[id].link = &exec;
}

Result<CommandGraph::Frontier, std::string> CommandGraph::compile(
    const Sequence& seq, Frontier from, HelpCursor& help, const std::string& inherited_bind) {
  for (std::size_t i = 0; i < seq.size(); ++i) {
    const Element& e = seq[i];
    const std::string& bind = !e.bind.empty() ? e.bind : (i == 0 ? inherited_bind : e.bind);
    if (e.kind == ElementKind::Keyword || e.kind == ElementKind::Value) {
      const std::string& text = (*help.texts)[help.next++];
      Frontier next;
      for (auto parent : from) {
        merge_frontier(next, {child_for(parent, e, text, bind)});
      }
      from = std::move(next);
      continue;
    }
    Frontier result = e.kind == ElementKind::Optional ? from : Frontier{};
    for (const auto& alt : e.alternatives) {
      auto r = compile(alt, from, help, e.bind);
      if (!r) {
        return r;
      }
      merge_frontier(result, r.value());
    }
    from = std::move(result);
  }
  return from;
}

NodeId CommandGraph::child_for(NodeId parent, const Element& e, const std::string& help,
                               const std::string& bind) {
  const auto origin = static_cast<std::int32_t>(commands_.size()) - 1;
  NodeId found = kNoNode;
  if (e.kind == ElementKind::Keyword) {
    found = find_keyword(parent, to_lower(e.text));
  } else {
    for (auto id : nodes_[parent].values) {
      if (same_value(nodes_[id].value, e)) {
        found = id;
      }
    }
  }
  if (found != kNoNode) {
    Node& n = nodes_[found];
    if (n.help.empty()) {
      n.help = help;
    } else if (!help.empty() && help != n.help) {
      pending_errors_ += name_ + ": \"" + commands_.back().spec + "\" gives '" + e.text +
                         "' the help \"" + help + "\" but \"" + commands_[n.origin].spec +
                         "\" gives \"" + n.help + "\"\n";
    }
    if (n.bind != bind) {
      pending_errors_ += name_ + ": \"" + commands_.back().spec + "\" binds '" + e.text + "' as '" +
                         bind + "' but \"" + commands_[n.origin].spec + "\" as '" + n.bind + "'\n";
    }
    return found;
  }
  Node n;
  n.kind = e.kind == ElementKind::Keyword ? Node::Kind::Keyword : Node::Kind::Value;
  n.keyword = e.kind == ElementKind::Keyword ? to_lower(e.text) : std::string();
  n.value = e;
  n.value.alternatives.clear();
  n.display = e.kind == ElementKind::Keyword ? e.text : grammar::spec::help_token(e);
  n.help = help;
  n.bind = bind;
  n.origin = origin;
  const auto id = static_cast<NodeId>(nodes_.size());
  nodes_.push_back(std::move(n));
  Node& p = nodes_[parent];
  if (e.kind == ElementKind::Keyword) {
    auto pos =
        std::lower_bound(p.keywords.begin(), p.keywords.end(), nodes_[id].keyword,
                         [&](NodeId a, const std::string& k) { return nodes_[a].keyword < k; });
    p.keywords.insert(pos, id);
  } else {
    auto pos =
        std::upper_bound(p.values.begin(), p.values.end(), value_class(e),
                         [&](ValueClass c, NodeId b) { return c < value_class(nodes_[b].value); });
    p.values.insert(pos, id);
  }
  return id;
}

void CommandGraph::mark_end(const Frontier& at, std::int32_t command, bool negation) {
  for (auto id : at) {
    Node& n = nodes_[id];
    if (n.command == kNoCommand) {
      n.command = command;
      n.pipe = commands_[command].options.pipe;
    } else if (n.command != command && !negation) {
      pending_errors_ += name_ + ": duplicate command: \"" + commands_[command].spec + "\" and \"" +
                         commands_[n.command].spec + "\"\n";
    }
  }
}

NodeId CommandGraph::find_keyword(NodeId parent, std::string_view lower) const {
  const auto& kids = nodes_[parent].keywords;
  auto pos = std::lower_bound(kids.begin(), kids.end(), lower,
                              [&](NodeId a, std::string_view k) { return nodes_[a].keyword < k; });
  return pos != kids.end() && nodes_[*pos].keyword == lower ? *pos : kNoNode;
}

std::vector<NodeId> CommandGraph::keywords_with_prefix(NodeId parent,
                                                       std::string_view lower_prefix) const {
  const auto& kids = nodes_[parent].keywords;
  auto pos = std::lower_bound(kids.begin(), kids.end(), lower_prefix,
                              [&](NodeId a, std::string_view k) { return nodes_[a].keyword < k; });
  std::vector<NodeId> out;
  for (; pos != kids.end() && nodes_[*pos].keyword.starts_with(lower_prefix); ++pos) {
    out.push_back(*pos);
  }
  return out;
}

}  // namespace cme::parser
