#include "cli/startup_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using cme::cli::StartupFile;

namespace {

/// A fresh directory under the system temp directory, removed (with its contents) at the end.
class TempDir {
 public:
  TempDir() {
    std::string name = (fs::temp_directory_path() / "opencme-startup-file-XXXXXX").string();
    REQUIRE(::mkdtemp(name.data()) != nullptr);
    path_ = name;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    for (const auto& entry : fs::recursive_directory_iterator(path_, ec)) {
      fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Reads through `file` and requires that there is text.
std::string read_text(StartupFile& file) {
  auto text = file.read();
  REQUIRE(text.ok());
  REQUIRE(text->has_value());
  return **text;
}

/// True when the process may create files in a mode-0500 directory (root, CAP_DAC_OVERRIDE).
bool permissions_ignored(const fs::path& dir) {
  const auto probe = dir / "probe";
  std::ofstream out(probe);
  const bool created = out.is_open();
  out.close();
  std::error_code ec;
  fs::remove(probe, ec);
  return created;
}

}  // namespace

TEST_CASE("startup_file: write then read returns the text", "[cli][startup_file]") {
  TempDir dir;
  const auto path = dir.path() / "nvram" / "startup-config";  // "nvram" does not exist yet
  StartupFile file(path.string());
  CHECK(file.location() == path.string());

  SECTION("a small config") {
    const std::string text = "hostname cme\n!\ntelephony-service\n max-ephones 24\nend\n";
    REQUIRE(file.write(text).ok());
    CHECK(read_text(file) == text);
    CHECK(slurp(path) == text);
  }
  SECTION("a large text with every byte value") {
    std::string text;
    for (int i = 0; i < 300000; ++i) {
      text += static_cast<char>(i % 256);
    }
    REQUIRE(file.write(text).ok());
    CHECK(read_text(file) == text);
  }
  SECTION("an empty text") {
    REQUIRE(file.write("").ok());
    CHECK(read_text(file).empty());
  }
}

TEST_CASE("startup_file: write replaces the previous text", "[cli][startup_file]") {
  TempDir dir;
  StartupFile file((dir.path() / "startup-config").string());
  REQUIRE(file.write("a rather long first version of the configuration\n").ok());
  REQUIRE(file.write("short\n").ok());
  CHECK(read_text(file) == "short\n");
}

TEST_CASE("startup_file: write leaves only the file, private", "[cli][startup_file]") {
  TempDir dir;
  const auto path = dir.path() / "startup-config";
  StartupFile file(path.string());
  REQUIRE(file.write("hostname cme\n").ok());
  REQUIRE(file.write("hostname cme2\n").ok());
  CHECK_FALSE(fs::exists(path.string() + ".tmp"));
  std::size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename() == "startup-config");
    ++entries;
  }
  CHECK(entries == 1);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0077) == 0);
}

TEST_CASE("startup_file: a missing file reads as no config", "[cli][startup_file]") {
  TempDir dir;
  StartupFile file((dir.path() / "nvram" / "startup-config").string());
  const auto text = file.read();
  REQUIRE(text.ok());
  CHECK_FALSE(text->has_value());
}

TEST_CASE("startup_file: read errors are IOS text", "[cli][startup_file]") {
  TempDir dir;
  const auto path = dir.path() / "startup-config";
  fs::create_directory(path);
  StartupFile file(path.string());
  const auto text = file.read();
  REQUIRE_FALSE(text.ok());
  CHECK(text.error() == "%Error reading " + path.string() + " (Is a directory)");
}

TEST_CASE("startup_file: write errors are IOS text", "[cli][startup_file]") {
  TempDir dir;
  SECTION("the parent is a regular file") {
    std::ofstream(dir.path() / "blocker") << "x";
    const auto path = dir.path() / "blocker" / "startup-config";
    StartupFile file(path.string());
    const auto written = file.write("hostname cme\n");
    REQUIRE_FALSE(written.ok());
    CHECK(written.error() == "%Error opening " + path.string() + " (Not a directory)");
  }
  SECTION("the path is a directory: the rename fails and the temporary file goes") {
    const auto path = dir.path() / "startup-config";
    fs::create_directories(path / "inside");
    StartupFile file(path.string());
    const auto written = file.write("hostname cme\n");
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().starts_with("%Error writing " + path.string() + " ("));
    CHECK_FALSE(fs::exists(path.string() + ".tmp"));
  }
  SECTION("the directory is not writable: the old text stays") {
    const auto path = dir.path() / "startup-config";
    StartupFile file(path.string());
    REQUIRE(file.write("old\n").ok());
    fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec);
    if (permissions_ignored(dir.path())) {
      WARN("running with permission checks disabled (root?): skipping the unwritable case");
      return;
    }
    const auto written = file.write("new\n");
    REQUIRE_FALSE(written.ok());
    CHECK(written.error() == "%Error opening " + path.string() + " (Permission denied)");
    CHECK(read_text(file) == "old\n");
  }
}

TEST_CASE("startup_file: erase removes the file", "[cli][startup_file]") {
  TempDir dir;
  const auto path = dir.path() / "startup-config";
  StartupFile file(path.string());
  REQUIRE(file.write("hostname cme\n").ok());
  REQUIRE(file.erase().ok());
  CHECK_FALSE(fs::exists(path));
  const auto text = file.read();
  REQUIRE(text.ok());
  CHECK_FALSE(text->has_value());
  SECTION("erasing a missing file is not an error") {
    CHECK(file.erase().ok());
  }
  SECTION("a failure is IOS text") {
    fs::create_directories(path / "inside");
    const auto erased = file.erase();
    REQUIRE_FALSE(erased.ok());
    CHECK(erased.error() == "%Error deleting " + path.string() + " (Is a directory)");
  }
}
