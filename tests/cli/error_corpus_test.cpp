// Validation corpus (issue 3): each tests/data/errors/NAME.cfg breaks one validation rule of the
// CME command tables among a few correct lines. Applied to a fresh router, it must report exactly
// NAME.expect: an error is "NAME:LINE: <line>", the caret line (syntax errors only) and the IOS
// message, and the line is rejected (counted in BatchCounts.failed); a warning is the single line
// "NAME:LINE: % Warning: ...", and the line is applied (not counted).
//
//   rule                                                      kind     file (.cfg)
//   number out of range (caret under the number)              error    out-of-range
//   malformed MAC address (caret)                             error    bad-mac
//   malformed IP address (caret)                              error    bad-ip
//   unknown keyword inside a CME mode (caret)                 error    unknown-keyword
//   button naming an ephone-dn that is not configured         warning  button-missing-dn
//   pool `number N dn T` naming a missing voice register dn   error    pool-missing-dn
//   logout-profile naming a missing voice logout-profile      warning  logout-profile-missing
//   ephone tag above max-ephones                              error    ephone-above-max
//   ephone-dn tag above max-dn                                error    ephone-dn-above-max
//   max-ephones lowered below a configured ephone             error    max-ephones-lowered
//   the same MAC address on two ephones                       error    duplicate-mac-ephones
//   the same MAC address on an ephone and a pool              error    duplicate-mac-pool
//   the same number on two voice register dns                 error    duplicate-register-dn-number
//   the same number on two ephone-dns, same preference        warning  duplicate-ephone-dn-number
//   ephone-template that is not configured                    error    missing-ephone-template
//   ephone-dn-template that is not configured                 error    missing-ephone-dn-template
//   voice register template that is not configured            error    missing-register-template
//   an ephone-dn's line mode changed (dual-line, octo-line)   error    line-mode-change
//   a dial-peer's encapsulation changed (voip, pots)          error    dial-peer-encapsulation
//   session target not ipv4:/dns:[:port], registrar ...       error    bad-session-target
//   max-conferences gain other than -6, 0, 3, 6               error    bad-conference-gain
//   PIN not 4 to 8 digits                                     error    bad-pin
//   profile number on no ephone-dn or voice register dn       warning  profile-number-missing
//   registrar server expires min larger than max              error    registrar-expires
//   a user given both a secret and a password                 error    username-secret-and-password
//   username secret 5/8/9 that is not a valid hash            error    bad-user-secret
//   a bad value in a typed general IOS command (logging       error    global-out-of-range
//   buffered size, logging level, username privilege) is an
//   error, not a line kept verbatim
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/batch.hpp"
#include "tests/modes/session_fixture.hpp"

namespace cme::test {

namespace {

namespace fs = std::filesystem;

enum class Kind { Error, Warning };

struct CorpusCase {
  const char* name;    ///< base name of the .cfg / .expect pair
  Kind kind;           ///< what the broken lines are
  std::size_t failed;  ///< lines rejected (0 for warnings)
  /// Error: text the running-config must not contain (the rejected line had no effect).
  /// Warning: text it must contain (the line was applied).
  const char* rendered;
};

const CorpusCase kCases[] = {
    {"out-of-range", Kind::Error, 2, " preference 11\n"},
    {"bad-mac", Kind::Error, 2, "id mac"},
    {"bad-ip", Kind::Error, 2, "192.0.2\n"},
    {"unknown-keyword", Kind::Error, 1, "frobnicate"},
    {"button-missing-dn", Kind::Warning, 0, " button  1:1 2:7 3:8\n"},
    {"pool-missing-dn", Kind::Error, 1, " number 2 dn 9\n"},
    {"logout-profile-missing", Kind::Warning, 0, " logout-profile 5\n"},
    {"ephone-above-max", Kind::Error, 1, "ephone  3\n"},
    {"ephone-dn-above-max", Kind::Error, 1, "ephone-dn  5"},
    {"max-ephones-lowered", Kind::Error, 1, " max-ephones 10\n"},
    {"duplicate-mac-ephones", Kind::Error, 1, "ephone  2\n type 7960\n mac-address"},
    {"duplicate-mac-pool", Kind::Error, 1, " id mac"},
    {"duplicate-register-dn-number", Kind::Error, 1, "voice register dn  3\n number"},
    {"duplicate-ephone-dn-number", Kind::Warning, 0, "ephone-dn  3\n number 1001\n"},
    {"missing-ephone-template", Kind::Error, 1, " ephone-template 2\n"},
    {"missing-ephone-dn-template", Kind::Error, 1, " ephone-dn-template 3\n"},
    {"missing-register-template", Kind::Error, 1, " template 4\n"},
    {"line-mode-change", Kind::Error, 1, "octo-line"},
    {"dial-peer-encapsulation", Kind::Error, 1, "pots"},
    {"bad-session-target", Kind::Error, 3, "sip.example.net"},
    {"bad-conference-gain", Kind::Error, 1, "gain 5"},
    {"bad-pin", Kind::Error, 3, " pin 123\n"},
    {"profile-number-missing", Kind::Warning, 0, " number 3005,3006 type overlay\n"},
    {"registrar-expires", Kind::Error, 1, "max 120"},
    {"username-secret-and-password", Kind::Error, 2, "ops privilege 15 secret"},
    {"bad-user-secret", Kind::Error, 2, "not-a-hash"},
    {"global-out-of-range", Kind::Error, 3, "logging buffered"},
};

fs::path corpus_dir() {
  return fs::path(OPENCME_SOURCE_DIR) / "tests" / "data" / "errors";
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE(in);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("error corpus: every .cfg file has a case and an .expect file", "[cli][corpus]") {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(corpus_dir())) {
    if (e.path().extension() == ".cfg") {
      files.push_back(e.path().stem().string());
      CHECK(fs::exists(fs::path(e.path()).replace_extension(".expect")));
    }
  }
  std::vector<std::string> names;
  for (const auto& c : kCases) {
    names.emplace_back(c.name);
  }
  std::sort(files.begin(), files.end());
  std::sort(names.begin(), names.end());
  CHECK(files == names);
}

TEST_CASE("error corpus: each file reports its rule exactly as expected", "[cli][corpus]") {
  for (const auto& c : kCases) {
    SECTION(c.name) {
      const std::string name = std::string(c.name) + ".cfg";
      const auto text = read_text(corpus_dir() / name);
      const auto expected = read_text(corpus_dir() / (std::string(c.name) + ".expect"));
      SessionFixture f(15, true);
      std::string out;
      std::string err;
      const auto counts = cli::apply_config_text(f.session, name, text, out, err);
      CHECK(err == expected);
      CHECK(counts.failed == c.failed);
      const auto rendered = f.rendered();
      INFO("running-config:\n" << rendered);
      const bool found = rendered.find(c.rendered) != std::string::npos;
      CHECK(found == (c.kind == Kind::Warning));
    }
  }
}

// A malformed value in a CME command whose first word also starts a general IOS command kept
// verbatim (`mac-address-table`, `ip ...`) is an error in the CME mode, not a verbatim line.
TEST_CASE("error corpus: malformed values in CME modes are not kept as IOS lines",
          "[cli][corpus]") {
  const char* const texts[] = {
      "ephone 1\n mac-address 0012.7F57.62G5\n",                       // -> mac-address-table ...
      "telephony-service\n ip source-address 10.1.1.300 port 2000\n",  // -> ip ...
  };
  for (const char* text : texts) {
    SessionFixture f(15, true);
    std::string out;
    std::string err;
    INFO(text);
    CHECK(cli::apply_config_text(f.session, "gap.cfg", text, out, err).failed == 1);
    CHECK(f.device.running()->verbatim.empty());
  }
}

}  // namespace cme::test
