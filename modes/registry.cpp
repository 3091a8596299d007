#include "modes/registry.hpp"

#include "modes/mode_spec.hpp"

namespace cme::modes {

ModeRegistry::ModeRegistry() {
  for (std::size_t i = 0; i < kModeCount; ++i) {
    tables_[i] = std::make_unique<CommandTable>(static_cast<ModeId>(i));
  }
}

Result<std::unique_ptr<ModeRegistry>, std::string> ModeRegistry::build() {
  std::unique_ptr<ModeRegistry> r(new ModeRegistry());
  add_exec_commands(r->mutable_table(ModeId::UserExec), r->mutable_table(ModeId::PrivExec));
  add_global_commands(r->mutable_table(ModeId::Config));
  add_logging_commands(r->mutable_table(ModeId::Config));
  add_username_commands(r->mutable_table(ModeId::Config));
  add_logging_exec_commands(r->mutable_table(ModeId::PrivExec));
  add_line_commands(r->mutable_table(ModeId::Line));
  for (const auto& spec : mode_specs()) {
    if (spec.entry) {
      r->mutable_table(spec.entry->from)
          .config(spec.entry->spec, spec.entry->help, spec.entry->enter, parser::NoForm::Mandatory);
    }
    if (spec.commands) {
      spec.commands(r->mutable_table(spec.info.id));
    }
  }
  std::string errors;
  for (std::size_t i = 0; i < kModeCount; ++i) {
    const auto mode = static_cast<ModeId>(i);
    const bool config = is_config(mode);
    if (config) {
      add_navigation_commands(r->mutable_table(mode));
    }
    auto done = r->mutable_table(mode).finish(config ? &r->table(ModeId::PrivExec) : nullptr);
    if (!done) {
      errors += done.error() + '\n';
    }
  }
  if (!errors.empty()) {
    errors.pop_back();
    return Err{errors};
  }
  return r;
}

}  // namespace cme::modes
