// Every input that crashed a fuzz target (tests/data/fuzz/TARGET/) replayed through the same
// path in the normal suite: it must give an answer (an error is fine), never an exception or a
// crash (issue 16: "every crash found becomes a regression test").
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/batch.hpp"
#include "tests/modes/session_fixture.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_of(const char* target) {
  std::vector<fs::path> out;
  const fs::path dir = fs::path(OPENCME_SOURCE_DIR) / "tests/data/fuzz" / target;
  for (const auto& e : fs::directory_iterator(dir)) {
    out.push_back(e.path());
  }
  return out;
}

std::string bytes_of(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("fuzz regressions: json_config inputs are refused or applied, never thrown",
          "[cli][fuzz]") {
  const auto files = inputs_of("json_config");
  REQUIRE_FALSE(files.empty());
  for (const auto& path : files) {
    SECTION(path.filename().string()) {
      cme::Result<std::string, std::string> text = std::string();
      REQUIRE_NOTHROW(text = cme::cli::config_file_text("fuzz.json", bytes_of(path)));
      if (text) {
        cme::test::SessionFixture f(15, true);
        std::string out;
        std::string err;
        cme::cli::apply_config_text(f.session, "fuzz.json", *text, out, err);
      }
    }
  }
}
