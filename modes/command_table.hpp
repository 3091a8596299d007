#pragma once
// CommandTable: the commands of one mode as data (DESIGN.md): spec string, help texts, action.
// The table compiles into the mode's parser::CommandGraph; the graph's command tag is the index
// of the action here.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/result.hpp"
#include "modes/mode.hpp"
#include "parser/args.hpp"
#include "parser/command_graph.hpp"

namespace cme::model {
struct Config;
}

namespace cme::modes {

class Session;
class Device;

/// What an action sees. `out` collects the command's output (lines end with '\n').
struct CommandContext {
  Session& session;
  Device& device;
  const parser::Args& args;
  parser::CommandForm form = parser::CommandForm::Set;
  std::string& out;
  /// `| json` was given: a command that can, writes JSON and sets `json_written`.
  bool json = false;
  bool json_written = false;

  /// The configuration being edited (a candidate the session commits after the line or the
  /// batch). Actions validate first and only then change it, so a failed line changes nothing.
  model::Config& edit();
  /// The configuration as this session sees it (its candidate while one is open).
  const model::Config& view() const;
  bool negated() const { return form != parser::CommandForm::Set; }
};

/// An action's result: Unit, or a Diagnostic (Semantic with IOS's message text, or a Warning
/// that is printed while the command still applies).
using ActionResult = Result<Unit, Diagnostic>;
using Action = std::function<ActionResult(CommandContext&)>;

class CommandTable {
 public:
  explicit CommandTable(ModeId mode);

  /// A configuration command: also gets `no` and `default` forms (see parser::NoForm).
  void config(std::string_view spec, std::vector<std::string> help, Action action,
              parser::NoForm no_form = parser::NoForm::Prefix);
  /// A command without no/default forms (EXEC commands, exit, end, mode entries that cannot be
  /// negated).
  void plain(std::string_view spec, std::vector<std::string> help, Action action);
  /// A show command: accepts output modifiers `| include ...`.
  void show(std::string_view spec, std::vector<std::string> help, Action action);

  /// Records a problem found while adding commands; finish() reports it.
  void report(std::string problem) { errors_ += problem + '\n'; }

  /// Links `do` to `exec` (configuration modes) and checks the graph. Errors list every problem
  /// found while adding commands and by parser::CommandGraph::finish().
  Result<Unit, std::string> finish(const CommandTable* exec);

  ModeId mode() const { return mode_; }
  /// Number of commands added so far (the tag the next command gets).
  std::size_t size() const { return actions_.size(); }
  const parser::CommandGraph& graph() const { return graph_; }
  const Action& action(std::size_t tag) const { return actions_[tag]; }

 private:
  void add(std::string_view spec, std::vector<std::string> help, Action action,
           parser::CommandOptions options);
  ModeId mode_;
  parser::CommandGraph graph_;
  std::vector<Action> actions_;
  std::string errors_;
};

}  // namespace cme::modes
