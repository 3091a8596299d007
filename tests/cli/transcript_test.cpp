#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/cli/transcript_runner.hpp"

TEST_CASE("transcripts: every tests/transcripts/*.txt replays as written", "[cli][transcript]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(OPENCME_SOURCE_DIR) / "tests" / "transcripts";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    DYNAMIC_SECTION(f.filename().string()) {
      std::ifstream in(f);
      std::stringstream text;
      text << in.rdbuf();
      const auto r = cme::test::run_transcript(f.filename().string(), text.str());
      INFO(r.message);
      CHECK(r.ok);
    }
  }
}

TEST_CASE("transcripts: the runner reports a screen that differs", "[cli][transcript]") {
  SECTION("wrong output") {
    const auto r = cme::test::run_transcript("t", "Router>show privilege\n"
                                                  "Current privilege level is 15\nRouter>\n");
    CHECK_FALSE(r.ok);
    CHECK(r.message.find("t:2:") != std::string::npos);
  }
  SECTION("wrong prompt") {
    CHECK_FALSE(cme::test::run_transcript("t", "Router#show privilege\n").ok);
  }
  SECTION("wrong completion") {
    CHECK_FALSE(cme::test::run_transcript("t", "Router>show priv<TAB>ate\n").ok);
  }
  SECTION("the same session written right") {
    CHECK(cme::test::run_transcript("t", "Router>show priv<TAB>ilege \n"
                                         "Current privilege level is 1\nRouter>\n")
              .ok);
  }
}
