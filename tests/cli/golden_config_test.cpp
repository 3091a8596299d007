// Golden configurations (issue 3, "Show it"): every examples/*.cfg and tests/data/configs/*.cfg
// loads with no error (warnings are allowed), and its rendered running-config is a fixed point:
// applying it to an empty router gives the same model and rendering that gives the same bytes.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/batch.hpp"
#include "tests/modes/session_fixture.hpp"

namespace cme::test {

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<fs::path> golden_files() {
  std::vector<fs::path> files;
  for (const char* dir : {"examples", "tests/data/configs"}) {
    for (const auto& e : fs::directory_iterator(fs::path(OPENCME_SOURCE_DIR) / dir)) {
      if (e.path().extension() == ".cfg") {
        files.push_back(e.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

/// Applies `text` to a fresh router in one batch; returns its model. `errors` gets the report.
model::Config load(std::string_view name, std::string_view text, std::string& errors,
                   std::size_t& failed) {
  SessionFixture f(15, true);
  f.session.execute("configure terminal");
  f.session.begin_batch();
  std::string out;
  failed = cli::apply_config_text(f.session, name, text, out, errors).failed;
  f.session.commit_batch();
  return *f.router.running();
}

}  // namespace

TEST_CASE("golden configs: each example loads without error and round-trips",
          "[cli][golden]") {
  const auto files = golden_files();
  REQUIRE(files.size() >= 6);
  for (const auto& path : files) {
    SECTION(path.filename().string()) {
      std::string errors;
      std::size_t failed = 0;
      const auto first = load(path.string(), read_file(path), errors, failed);
      INFO(errors);
      CHECK(failed == 0);
      const auto rendered = model::render_running_config(first);
      std::string errors2;
      const auto second = load("rendered", rendered, errors2, failed);
      INFO("rendered:\n" << rendered << errors2);
      CHECK(failed == 0);
      CHECK(second == first);
      CHECK(model::render_running_config(second) == rendered);
    }
  }
}

}  // namespace cme::test
