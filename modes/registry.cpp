#include "modes/registry.hpp"

#include "modes/tables/cme/cme_tables.hpp"

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
  add_cme_mode_entries(r->mutable_table(ModeId::Config),
                       r->mutable_table(ModeId::VoiceServiceVoip));
  add_cme_commands([&](ModeId mode) -> CommandTable& { return r->mutable_table(mode); });
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
