// opencme_coverage: writes docs/coverage.md, the command-reference coverage of OpenCME's command
// tables, to stdout.
//
//   opencme_coverage REFERENCE.jsonl                 markdown to stdout
//   opencme_coverage REFERENCE.jsonl --check DOC.md  exit 0 when DOC.md equals the output, 1 when
//                                                    it differs, 77 (ctest skip) when REFERENCE
//                                                    is missing
//
// The tables come from cme::modes::ModeRegistry::build(), so the document cannot be written by
// hand: the ctest `coverage_doc_current` runs the --check form.

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "modes/mode.hpp"
#include "modes/registry.hpp"
#include "parser/command_graph.hpp"

namespace {

using cme::modes::ModeId;
using cme::parser::CommandGraph;
using cme::parser::kNoNode;
using cme::parser::NodeId;

constexpr int kExitSkip = 77;
constexpr std::string_view kRegenerate =
    "build/tools/opencme_coverage docs/reference/cme-commands.jsonl > docs/coverage.md";

// The modes in the order of the reference's "Counts per mode" table (cme-commands.md). A mode the
// reference adds later and this list lacks is appended in the order the jsonl first names it.
constexpr std::string_view kModeOrder[] = {
    "config",
    "config-telephony",
    "config-ephone",
    "config-ephone-dn",
    "config-ephone-template",
    "config-ephone-dn-template",
    "config-register-global",
    "config-register-pool",
    "config-register-dn",
    "config-register-temp",
    "config-register-fs",
    "config-presence",
    "config-sip-ua",
    "config-logout-profile",
    "config-user-profile",
    "conf-voi-serv",
    "conf-serv-sip",
    "config-dial-peer",
    "exec",
};

struct RefCommand {
  std::string command;             ///< as the reference writes it, e.g. "codec (ephone)"
  std::string syntax;              ///< e.g. "codec {g711ulaw | g729r8}"
  std::vector<std::string> words;  ///< the command without its qualifier, split
};

struct ModeReport {
  std::string mode;  ///< reference mode name (IOS prompt word), e.g. "config-ephone"
  std::optional<ModeId> id;
  std::vector<RefCommand> commands;  ///< every reference command of the mode
  std::vector<RefCommand> missing;   ///< those the mode's graph does not accept
  std::size_t implemented() const { return commands.size() - missing.size(); }
};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::vector<std::string> split(std::string_view s) {
  std::istringstream in{std::string(s)};
  std::vector<std::string> out;
  for (std::string w; in >> w;) {
    out.push_back(w);
  }
  return out;
}

/// "codec (ephone)" -> "codec": drops one trailing parenthesised qualifier.
std::string strip_qualifier(std::string_view command) {
  if (!command.empty() && command.back() == ')') {
    auto open = command.rfind(" (");
    if (open != std::string_view::npos) {
      return std::string(command.substr(0, open));
    }
  }
  return std::string(command);
}

/// A command-name word written as an IOS placeholder: "<1-10>", "WORD", "A.B.C.D".
bool is_placeholder(std::string_view word) {
  if (word.starts_with('<')) {
    return true;
  }
  bool upper = false;
  for (unsigned char c : word) {
    if (std::islower(c)) {
      return false;
    }
    upper = upper || std::isupper(c);
  }
  return upper;
}

/// For each command word, how many placeholders the reference syntax writes right before it
/// that the command name leaves out ("standby username password" for "standby username
/// username password ..." gives 0, 0, 1).
std::vector<int> omitted_placeholders(const RefCommand& ref) {
  std::vector<std::string> tokens;
  for (const auto& t : split(ref.syntax)) {
    std::string clean;
    for (char c : t) {
      if (std::string_view("[]{}|").find(c) == std::string_view::npos) {
        clean += c;
      }
    }
    if (!clean.empty()) {
      tokens.push_back(lower(clean));
    }
  }
  std::vector<int> gaps;
  std::size_t pos = 0;
  for (const auto& w : ref.words) {
    auto at = std::find(tokens.begin() + static_cast<std::ptrdiff_t>(pos), tokens.end(), lower(w));
    if (at == tokens.end()) {
      gaps.push_back(0);
      continue;
    }
    auto found = static_cast<std::size_t>(at - tokens.begin());
    gaps.push_back(static_cast<int>(found - pos));
    pos = found + 1;
  }
  return gaps;
}

struct Walk {
  const CommandGraph& graph;
  const std::vector<std::string>& words;
  const std::vector<int>& gaps;

  /// True when words[i..] can be walked from `node`, stepping through at most `skips` value
  /// nodes first (placeholders the command name leaves out).
  bool from(NodeId node, std::size_t i, int skips) const {
    if (i == words.size()) {
      return true;
    }
    auto next = [&](std::size_t j) { return j < gaps.size() ? gaps[j] : 0; };
    NodeId kw = graph.find_keyword(node, lower(words[i]));
    if (kw != kNoNode && from(kw, i + 1, next(i + 1))) {
      return true;
    }
    const auto& values = graph.node(node).values;
    for (NodeId v : values) {
      if (is_placeholder(words[i]) && from(v, i + 1, next(i + 1))) {
        return true;
      }
      if (skips > 0 && from(v, i, skips - 1)) {
        return true;
      }
    }
    return false;
  }
};

bool accepts(const CommandGraph& graph, const RefCommand& ref) {
  if (ref.words.empty()) {
    return false;
  }
  auto gaps = omitted_placeholders(ref);
  Walk walk{graph, ref.words, gaps};
  return walk.from(graph.root(), 0, gaps[0]);
}

std::optional<ModeId> mode_for(std::string_view reference_mode) {
  if (reference_mode == "exec") {
    return ModeId::PrivExec;
  }
  for (std::size_t i = 0; i < cme::modes::kModeCount; ++i) {
    auto id = static_cast<ModeId>(i);
    if (id != ModeId::Verbatim && cme::modes::mode_info(id).prompt == reference_mode) {
      return id;
    }
  }
  return std::nullopt;
}

/// Reads the jsonl into per-mode lists, in the reference's mode order.
std::optional<std::vector<ModeReport>> read_reference(const std::string& path, std::string& err) {
  std::ifstream in(path);
  if (!in) {
    err = "cannot read " + path;
    return std::nullopt;
  }
  std::vector<ModeReport> modes;
  for (auto name : kModeOrder) {
    modes.push_back(ModeReport{std::string(name), mode_for(name), {}, {}});
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("mode") || !j.contains("command")) {
      err = path + ":" + std::to_string(n) + ": not a command object";
      return std::nullopt;
    }
    auto mode = j["mode"].get<std::string>();
    auto it = std::find_if(modes.begin(), modes.end(), [&](auto& m) { return m.mode == mode; });
    if (it == modes.end()) {
      it = modes.insert(modes.end(), ModeReport{mode, mode_for(mode), {}, {}});
    }
    RefCommand ref{j["command"].get<std::string>(), j.value("syntax", std::string()), {}};
    ref.words = split(strip_qualifier(ref.command));
    it->commands.push_back(std::move(ref));
  }
  std::erase_if(modes, [](const ModeReport& m) { return m.commands.empty(); });
  return modes;
}

void classify(const cme::modes::ModeRegistry& registry, std::vector<ModeReport>& modes) {
  for (auto& m : modes) {
    for (const auto& ref : m.commands) {
      if (!m.id || !accepts(registry.table(*m.id).graph(), ref)) {
        m.missing.push_back(ref);
      }
    }
  }
}

std::string percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? "-" : std::to_string((part * 100 + whole / 2) / whole) + " %";
}

std::string opencme_mode(const ModeReport& m) {
  return m.id ? std::string(cme::modes::mode_info(*m.id).name) : "(none)";
}

void write_header(std::ostream& out) {
  out << "# Command reference coverage\n\n"
      << "Generated from the command tables (`cme::modes::ModeRegistry::build()`) by\n"
      << "`tools/coverage/coverage_main.cpp`; do not edit by hand. Regenerate from the repository\n"
      << "root with\n\n    " << kRegenerate << "\n\n"
      << "(`build` being your build directory). The test `coverage_doc_current` fails while this\n"
      << "file differs from the program's output.\n\n"
      << "The reference is `docs/reference/cme-commands.jsonl`, a copy of\n"
      << "`../shared/reference/cme-commands.jsonl`: one object per command per mode, modes named "
         "by\n"
      << "their IOS prompt (`config-telephony`; `config` is global configuration, `exec` is\n"
      << "privileged EXEC).\n\n"
      << "## Rule\n\n"
      << "A reference command counts as implemented in a mode when that mode's command graph\n"
      << "accepts its leading keywords. Its `command` field loses a trailing parenthesised\n"
      << "qualifier (`codec (ephone)` becomes `codec`) and is split into words; the words are\n"
      << "walked from the graph's root following keyword children spelled exactly (no\n"
      << "abbreviation, case-insensitive). A word written as a placeholder (`WORD`, `<1-10>`) may\n"
      << "match a value node instead. Where the reference syntax has placeholders that the\n"
      << "command name leaves out (`standby username password` for\n"
      << "`standby username username password ...`), the walk may step through that many value\n"
      << "nodes before the next word. Arguments and options after the leading keywords are not\n"
      << "checked, so \"implemented\" means the command exists, not that every option does.\n\n";
}

void write_summary(std::ostream& out, const std::vector<ModeReport>& modes) {
  out << "## Summary\n\n"
      << "| mode | OpenCME mode | implemented | total | coverage |\n"
      << "|---|---|---:|---:|---:|\n";
  std::size_t done = 0;
  std::size_t total = 0;
  for (const auto& m : modes) {
    auto all = m.commands.size();
    out << "| " << m.mode << " | " << opencme_mode(m) << " | " << m.implemented() << " | " << all
        << " | " << percent(m.implemented(), all) << " |\n";
    done += m.implemented();
    total += all;
  }
  out << "| **total** | | **" << done << "** | **" << total << "** | **" << percent(done, total)
      << "** |\n\n";
}

void write_missing(std::ostream& out, const std::vector<ModeReport>& modes) {
  out << "## Not implemented\n";
  for (const auto& m : modes) {
    auto all = m.commands.size();
    out << "\n### " << m.mode << " (" << m.implemented() << "/" << all << ")\n\n";
    if (m.missing.empty()) {
      out << "All reference commands are implemented.\n";
    }
    for (const auto& ref : m.missing) {
      out << "- `" << ref.command << "`: `" << ref.syntax << "`\n";
    }
  }
}

std::string render(const std::vector<ModeReport>& modes) {
  std::ostringstream out;
  write_header(out);
  write_summary(out, modes);
  write_missing(out, modes);
  return out.str();
}

/// Prints how `doc` differs from `expected` (first differing line) and how to regenerate.
int check(const std::string& doc_path, const std::string& expected) {
  std::ifstream in(doc_path, std::ios::binary);
  std::string actual((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in && actual == expected) {
    return 0;
  }
  if (!in) {
    std::cerr << doc_path << " is missing.\n";
  } else {
    std::istringstream a(actual);
    std::istringstream e(expected);
    std::string la;
    std::string le;
    int n = 1;
    bool more_a = true;
    bool more_e = true;
    for (;; ++n) {
      more_a = static_cast<bool>(std::getline(a, la));
      more_e = static_cast<bool>(std::getline(e, le));
      if (more_a != more_e || la != le || !more_a) {
        break;
      }
    }
    std::cerr << doc_path << " is stale. First difference at line " << n
              << ":\n  file:      " << (more_a ? '"' + la + '"' : "(end of file)")
              << "\n  generated: " << (more_e ? '"' + le + '"' : "(end of output)") << "\n";
  }
  std::cerr << "Regenerate it from the repository root:\n    " << kRegenerate << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool check_mode = args.size() == 3 && args[1] == "--check";
  if (args.size() != 1 && !check_mode) {
    std::cerr << "usage: opencme_coverage REFERENCE.jsonl [--check COVERAGE.md]\n";
    return 2;
  }
  std::string err;
  auto modes = read_reference(args[0], err);
  if (!modes) {
    std::cerr << "opencme_coverage: " << err << "\n";
    return check_mode && !std::ifstream(args[0]) ? kExitSkip : 2;
  }
  auto registry = cme::modes::ModeRegistry::build();
  if (!registry) {
    std::cerr << "opencme_coverage: the command tables do not build:\n" << registry.error() << "\n";
    return 2;
  }
  classify(**registry, *modes);
  auto doc = render(*modes);
  if (check_mode) {
    return check(args[2], doc);
  }
  std::cout << doc;
  return 0;
}
