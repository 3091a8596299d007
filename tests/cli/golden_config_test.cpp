// Golden configurations (issue 3, "Show it"): every examples/*.cfg and tests/data/configs/*.cfg
// loads with no error (warnings are allowed), and its rendered running-config is a fixed point:
// applying it to an empty router gives the same model and rendering that gives the same bytes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/batch.hpp"
#include "model/json.hpp"
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
  return *f.device.running();
}

}  // namespace

TEST_CASE("golden configs: each example loads without error and round-trips", "[cli][golden]") {
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
      // JSON: the typed model written and read back, then applied as `opencme -f x.json` does.
      const auto json = model::to_json_text(first);
      const auto text = cli::config_file_text("x.json", json);
      INFO(json);
      REQUIRE(text.ok());
      std::string errors3;
      const auto third = load("x.json", *text, errors3, failed);
      INFO(errors3);
      CHECK(failed == 0);
      CHECK(third == first);
    }
  }
}

// Seed 001's router as Cisco printed it (issue 15 item 17): two blanks in `ephone-dn  1 dual-line`,
// `ephone  1`, ` button  1:1 2:2` and the voice register dn/pool heads, telephony-service lines in
// IOS's order, and IOS's "!" lines around the general-IOS groups. The expect file is the seed's
// text with Cisco's one-blank indentation.
TEST_CASE("golden configs: seed 001's router renders as IOS prints it", "[cli][golden]") {
  const auto dir = fs::path(OPENCME_SOURCE_DIR);
  std::string errors;
  std::size_t failed = 0;
  const auto config = load("seed-001", read_file(dir / "examples" / "seed-001-presence-router.cfg"),
                           errors, failed);
  INFO(errors);
  CHECK(failed == 0);
  CHECK(model::render_running_config(config) ==
        read_file(dir / "tests" / "data" / "configs" / "seed-001-presence-router.expect"));
}

TEST_CASE("golden configs: banners come before the lines, heads are read in both forms",
          "[cli][golden]") {
  std::string errors;
  std::size_t failed = 0;
  const auto config = load("banner",
                           "banner motd ^C\nWelcome\n^C\nip cef\nephone-dn 1 dual-line\n"
                           " number 1001\nephone-dn  2  octo-line\n number 1002\n"
                           "voice register template  1\nline con 0\n exec-timeout 0 0\n",
                           errors, failed);
  INFO(errors);
  CHECK(failed == 0);
  CHECK(model::render_running_config(config) ==
        "!\nhostname Router\n!\nip cef\n!\n!\nvoice register template  1\n!\n"
        "ephone-dn  1  dual-line\n number 1001\n!\n!\nephone-dn  2  octo-line\n number 1002\n"
        "!\n!\nbanner motd ^C\nWelcome\n^C\n!\nline con 0\n exec-timeout 0 0\nline vty 0 4\n"
        " login\n!\nend\n");
}

TEST_CASE("golden configs: JSON input errors name the place", "[cli][golden][json]") {
  CHECK(cli::config_file_text("a.json", "{").error() == "JSON: syntax error");
  CHECK(cli::config_file_text("a.json", R"({"hostname": "R"})").error() ==
        "JSON: expected \"schema\": \"opencme-config/1\"");
  CHECK(cli::config_file_text("a.json", R"({"schema": "opencme-config/1",
        "ephone": [{"tag": 1, "keepalive": "x"}]})")
            .error() == "JSON: expected an integer at /ephone/keepalive");
  CHECK(cli::config_file_text("a.json", R"({"schema": "opencme-config/1",
        "presence": {"server": "10.1.1.300"}})")
            .error() == "JSON: expected an IPv4 address \"A.B.C.D\" at /presence/server");
  CHECK(cli::config_file_text("a.cfg", "hostname R\n").value() == "hostname R\n");
}

}  // namespace cme::test
