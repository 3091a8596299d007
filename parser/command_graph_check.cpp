// CommandGraph::finish(): the start-up checks that make a command table trustworthy.
#include "parser/command_graph.hpp"
#include "parser/value_match.hpp"

namespace cme::parser {

Result<Unit, std::string> CommandGraph::finish() {
  std::string errors = pending_errors_;
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    errors += check_node(id);
  }
  if (!errors.empty()) {
    errors.pop_back();  // the last '\n'
    return Err{errors};
  }
  return Unit{};
}

std::string CommandGraph::check_node(NodeId id) const {
  const Node& n = nodes_[id];
  std::string errors;
  auto spec_of = [&](const Node& x) {
    return x.origin == kNoCommand ? std::string("?") : commands_[x.origin].spec;
  };
  if (n.kind != Node::Kind::Root && n.help.empty()) {
    errors += name_ + ": no help text for '" + n.display + "' in \"" + spec_of(n) + "\"\n";
  }
  int per_class[4] = {0, 0, 0, 0};
  for (std::size_t i = 0; i < n.values.size(); ++i) {
    const Node& a = nodes_[n.values[i]];
    const auto cls = value_class(a.value);
    if (cls != ValueClass::Typed && ++per_class[static_cast<int>(cls)] > 1) {
      errors += name_ + ": two '" + a.display + "' values after the same words in \"" +
                spec_of(a) + "\"\n";
    }
    for (std::size_t j = i + 1; cls == ValueClass::Typed && j < n.values.size(); ++j) {
      const Node& b = nodes_[n.values[j]];
      if (value_class(b.value) == ValueClass::Typed && overlap(a.value, b.value)) {
        errors += name_ + ": values '" + a.display + "' (\"" + spec_of(a) + "\") and '" +
                  b.display + "' (\"" + spec_of(b) + "\") can take the same token\n";
      }
    }
    if (cls != ValueClass::Typed && cls != ValueClass::TypedRest) {
      continue;
    }
    for (auto k : n.keywords) {
      const std::string& word = nodes_[k].keyword;
      for (std::size_t len = 1; len <= word.size(); ++len) {
        if (accepts(a.value, std::string_view(word).substr(0, len))) {
          errors += name_ + ": keyword '" + word + "' (\"" + spec_of(nodes_[k]) +
                    "\") can be read as value '" + a.display + "' (\"" + spec_of(a) + "\")\n";
          break;
        }
      }
    }
  }
  return errors;
}

}  // namespace cme::parser
