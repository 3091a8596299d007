#pragma once
// StartupFile: the startup-config as a file (default nvram/startup-config, `--startup-config`).
// write() is atomic: it writes "<path>.tmp", fsyncs it, renames it over <path>, then fsyncs the
// directory, so a crash leaves either the old or the new file. The directory is created if needed.
// The file is created with mode 0600. Errors are IOS text naming <path> (never the .tmp file):
//   "%Error opening <path> (<strerror>)"   open failed (read, or creating the directory/tmp file)
//   "%Error reading <path> (<strerror>)"   read failed (e.g. <path> is a directory)
//   "%Error writing <path> (<strerror>)"   write, fsync, close, rename or directory fsync failed;
//                                          the .tmp file is removed when the rename did not happen
//   "%Error deleting <path> (<strerror>)"  erase() failed; a missing file is not an error
// read() returns Ok(nullopt) when <path> does not exist.

#include <string>

#include "modes/config_store.hpp"

namespace cme::cli {

class StartupFile final : public modes::ConfigStore {
 public:
  explicit StartupFile(std::string path);
  Result<std::optional<std::string>, std::string> read() override;
  Result<Unit, std::string> write(std::string_view text) override;
  Result<Unit, std::string> erase() override;
  std::string location() const override { return path_; }

 private:
  std::string path_;
};

}  // namespace cme::cli
