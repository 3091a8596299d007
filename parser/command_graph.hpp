#pragma once
// CommandGraph: the commands of one IOS mode compiled from their spec strings into one token tree
// (DESIGN.md "command table"). Each node is one token position of one or more commands; commands
// that share a prefix share nodes, so `?`, Tab, abbreviation and error columns all come from this
// one structure. Optional elements and choices are expanded into the tree (a node has exactly one
// path from the root), so a merged node never accepts a mix of two commands.
//
// Configuration commands also get their `no` and `default` forms: the root's `no`/`default`
// keywords lead into a second tree holding every configuration command again, where a command
// may stop early as its NoForm says. A `do` keyword can link to the privileged EXEC graph.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "grammar/spec/spec.hpp"

namespace cme::parser {

/// Which of its three forms a configuration command was entered in.
enum class CommandForm { Set, No, Default };

/// Where the `no`/`default` form of a configuration command may end.
enum class NoForm {
  Prefix,     ///< after its leading keywords, or anywhere later ("no keepalive [10]")
  Mandatory,  ///< only after all its mandatory elements ("no ephone-dn 5")
  None,       ///< the command has no no/default form
};

struct CommandOptions {
  bool configuration = false;  ///< generate `no` and `default` forms
  bool pipe = false;           ///< accepts output modifiers `| include ...` (show commands)
  NoForm no_form = NoForm::Prefix;
};

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xffffffffu;
inline constexpr std::int32_t kNoCommand = -1;

class CommandGraph;

struct Node {
  enum class Kind { Root, Keyword, Value };
  Kind kind = Kind::Root;
  std::string keyword;           ///< lower-case keyword text (Kind::Keyword)
  grammar::spec::Element value;  ///< the spec element (Kind::Value)
  std::string display;           ///< how `?` shows it: the keyword, or "<10-65535>", "WORD" ...
  std::string help;
  std::string bind;
  std::vector<NodeId> keywords;         ///< keyword children, sorted by keyword
  std::vector<NodeId> values;           ///< value children, in priority order (typed, WORD, LINE)
  std::int32_t command = kNoCommand;    ///< index of the command that may end here
  bool pipe = false;                    ///< the command ending here accepts `| filter`
  CommandForm form = CommandForm::Set;  ///< `no` / `default` keyword nodes set the form
  const CommandGraph* link = nullptr;   ///< continue matching at this graph's root (`do`)
  NodeId link_node = kNoNode;           ///< ... or at this node of the same graph (`no`)
  std::int32_t origin = kNoCommand;     ///< the command that created the node (for messages)
};

/// One registered command: the table's own handle plus what the graph needs to know.
struct CommandInfo {
  std::string spec;
  std::size_t tag = 0;  ///< opaque to the parser: the mode table's index of the action
  CommandOptions options;
};

class CommandGraph {
 public:
  explicit CommandGraph(std::string name);

  /// Adds a command. `help` has one text per keyword/value of the spec in the order they are
  /// written; an empty text means "the same token is described by another command". Errors (the
  /// spec does not parse, too many help texts) name the command. Conflicts are checked by finish().
  Result<Unit, std::string> add(std::string_view spec, const std::vector<std::string>& help,
                                CommandOptions options, std::size_t tag);

  /// Adds the `do` keyword, linking to `exec` (which must outlive this graph).
  void link_do(const CommandGraph& exec, std::string help);

  /// Validates the whole graph once every command is in: a node with no help text, two
  /// commands ending at the same node, value children that could both accept one token, a
  /// keyword that a sibling value could also accept. Returns every problem, one per line.
  Result<Unit, std::string> finish();

  const Node& node(NodeId id) const { return nodes_[id]; }
  NodeId root() const { return 0; }
  const CommandInfo& command(std::int32_t index) const {
    return commands_[static_cast<std::size_t>(index)];
  }
  std::size_t command_count() const { return commands_.size(); }
  std::size_t node_count() const { return nodes_.size(); }
  const std::string& name() const { return name_; }

  /// Keyword child of `parent` spelled exactly `lower` (already lower-case), or kNoNode.
  NodeId find_keyword(NodeId parent, std::string_view lower) const;
  /// Keyword children of `parent` that start with `lower_prefix`, in keyword order.
  std::vector<NodeId> keywords_with_prefix(NodeId parent, std::string_view lower_prefix) const;

 private:
  struct HelpCursor {
    const std::vector<std::string>* texts;
    std::size_t next = 0;
  };
  using Frontier = std::vector<NodeId>;
  Result<Frontier, std::string> compile(const grammar::spec::Sequence& seq, Frontier from,
                                        HelpCursor& help, const std::string& inherited_bind);
  NodeId child_for(NodeId parent, const grammar::spec::Element& e, const std::string& help,
                   const std::string& bind);
  void mark_end(const Frontier& at, std::int32_t command, bool negation);
  Result<Unit, std::string> add_negation(const grammar::spec::Sequence& seq,
                                         const std::vector<std::string>& help, NoForm no_form,
                                         std::int32_t command);
  std::string check_node(NodeId id) const;
  NodeId ensure_negation_root();

  std::string name_;
  std::vector<Node> nodes_;
  std::vector<CommandInfo> commands_;
  NodeId negation_root_ = kNoNode;
  std::string pending_errors_;
};

}  // namespace cme::parser
