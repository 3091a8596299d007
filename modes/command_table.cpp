#include "modes/command_table.hpp"

namespace cme::modes {

CommandTable::CommandTable(ModeId mode) : mode_(mode), graph_(std::string(mode_info(mode).name)) {}

void CommandTable::add(std::string_view spec, std::vector<std::string> help, Action action,
                       parser::CommandOptions options) {
  auto r = graph_.add(spec, help, options, actions_.size());
  if (!r) {
    errors_ += r.error() + '\n';
    return;
  }
  actions_.push_back(std::move(action));
}

void CommandTable::config(std::string_view spec, std::vector<std::string> help, Action action,
                          parser::NoForm no_form) {
  parser::CommandOptions o;
  o.configuration = true;
  o.no_form = no_form;
  add(spec, std::move(help), std::move(action), o);
}

void CommandTable::plain(std::string_view spec, std::vector<std::string> help, Action action) {
  add(spec, std::move(help), std::move(action), {});
}

void CommandTable::show(std::string_view spec, std::vector<std::string> help, Action action) {
  parser::CommandOptions o;
  o.pipe = true;
  add(spec, std::move(help), std::move(action), o);
}

Result<Unit, std::string> CommandTable::finish(const CommandTable* exec) {
  if (exec != nullptr) {
    graph_.link_do(exec->graph(), "To run exec commands in config mode");
  }
  auto r = graph_.finish();
  std::string errors = errors_;
  if (!r) {
    errors += r.error() + '\n';
  }
  if (!errors.empty()) {
    errors.pop_back();
    return Err{errors};
  }
  return Unit{};
}

}  // namespace cme::modes
