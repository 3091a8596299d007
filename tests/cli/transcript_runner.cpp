#include "tests/cli/transcript_runner.hpp"

#include <chrono>
#include <sstream>
#include <vector>

#include "cli/terminal.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"
#include "tests/support/memory_store.hpp"
#include "tests/support/screen.hpp"

namespace cme::test {

namespace {

/// The fixed wall clock of every transcript: 2026-11-22 07:16:02.715 UTC.
std::chrono::system_clock::time_point transcript_time() {
  using namespace std::chrono;
  return system_clock::time_point(seconds(1795331762)) + milliseconds(715);
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    out.push_back(line);
  }
  return out;
}

struct Key {
  std::string bytes;  ///< what to send
  bool marker = false;
};

/// Splits typed text into plain runs and marker keys.
std::vector<Key> parse_keys(std::string_view typed) {
  static const std::pair<std::string_view, std::string_view> kMarkers[] = {
      {"<TAB>", "\t"}, {"<UP>", "\x1b[A"}, {"<DOWN>", "\x1b[B"},
      {"<SPACE>", " "}, {"<ENTER>", "\r"}, {"<Q>", "q"}};
  std::vector<Key> keys;
  std::string plain;
  for (std::size_t i = 0; i < typed.size();) {
    if (typed.substr(i, 8) == "<SECRET:") {
      const auto close = typed.find('>', i);
      if (!plain.empty()) {
        keys.push_back({plain, false});
        plain.clear();
      }
      keys.push_back({std::string(typed.substr(i + 8, close - i - 8)), true});
      i = close == std::string_view::npos ? typed.size() : close + 1;
      continue;
    }
    bool found = false;
    for (const auto& [marker, bytes] : kMarkers) {
      if (typed.substr(i, marker.size()) == marker) {
        if (!plain.empty()) {
          keys.push_back({plain, false});
          plain.clear();
        }
        keys.push_back({std::string(bytes), true});
        i += marker.size();
        found = true;
        break;
      }
    }
    if (!found) {
      plain += typed[i++];
    }
  }
  if (!plain.empty()) {
    keys.push_back({plain, false});
  }
  return keys;
}

std::string strip_markers(std::string s) {
  for (auto pos = s.find("<SECRET:"); pos != std::string::npos; pos = s.find("<SECRET:")) {
    s.erase(pos, s.find('>', pos) + 1 - pos);
  }
  for (const char* m : {"<TAB>", "<UP>", "<DOWN>"}) {
    for (auto pos = s.find(m); pos != std::string::npos; pos = s.find(m)) {
      s.erase(pos, std::string_view(m).size());
    }
  }
  return s;
}

class Runner {
 public:
  Runner(const std::string& name, const std::vector<std::string>& lines)
      : name_(name), expected_(lines) {}

  TranscriptResult run();

 private:
  bool fail(std::size_t line, const std::string& what) {
    result_.ok = false;
    result_.message = name_ + ":" + std::to_string(line + 1) + ": " + what +
                      "\n--- screen so far ---\n" + screen_.text();
    return false;
  }
  bool type_line(std::size_t& i);
  void feed_typed(std::string_view typed);
  bool compare_committed(std::size_t committed, std::size_t& i, const std::string& displayed);

  std::string name_;
  std::vector<std::string> expected_;
  std::size_t header_ = 0;
  Screen screen_;
  cli::Terminal* terminal_ = nullptr;
  TranscriptResult result_;
  std::size_t pending_skip_ = 0;  ///< text the last marker key drew
  std::size_t skip_ = 0;          ///< ... still to skip in the transcript's plain text
};

void Runner::feed_typed(std::string_view typed) {
  std::string shown = screen_.current();
  for (const auto& key : parse_keys(typed)) {
    if (!key.marker) {
      for (char c : key.bytes) {
        screen_.write(terminal_->feed(std::string(1, c)));
        shown += c;
      }
      continue;
    }
    screen_.write(terminal_->feed(key.bytes));
    // Text the key drew by itself (completion, history) stands right after it in the
    // transcript; it is checked by the comparison of the whole line, and must not be typed.
    const std::string& now = screen_.current();
    if (now.size() > shown.size() && now.rfind(shown, 0) == 0) {
      pending_skip_ += now.size() - shown.size();
      shown = now;
    }
  }
}

/// The part of a transcript line after the screen's `current` text (markers count as zero
/// columns), i.e. what the user typed.
std::string typed_part(const std::string& line, std::size_t current_columns) {
  std::size_t pos = 0;
  std::size_t matched = 0;
  while (matched < current_columns && pos < line.size()) {
    if (line[pos] == '<') {
      const auto close = line.find('>', pos);
      if (close != std::string::npos) {
        pos = close + 1;
        continue;
      }
    }
    ++pos;
    ++matched;
  }
  return line.substr(pos);
}

bool Runner::type_line(std::size_t& i) {
  const std::string& line = expected_[i];
  const std::string current = screen_.current();
  const std::size_t committed = screen_.lines().size();
  if (current.find("--More--") != std::string::npos) {
    if (line.rfind(current, 0) != 0) {
      return fail(i, "expected the pager prompt \"" + current + "\"");
    }
    const auto keys = parse_keys(line.substr(current.size()));
    if (keys.empty()) {
      return fail(i, "no key given at the pager prompt");
    }
    screen_.write(terminal_->feed(keys.front().bytes));
    ++i;
    return compare_committed(committed, i, "");
  }
  const std::string displayed = strip_markers(line);
  if (displayed.rfind(current, 0) != 0) {
    return fail(i, "the screen shows \"" + current + "\" here, the transcript \"" + line + "\"");
  }
  std::string typed = typed_part(line, current.size());
  const bool ctrl = typed.ends_with("^Z") || typed.ends_with("^C");
  const char ctrl_key = typed.ends_with("^Z") ? '\x1a' : '\x03';
  if (ctrl) {
    typed.resize(typed.size() - 2);
  }
  const bool no_enter = ctrl || typed.ends_with("?") || typed.ends_with("<TAB>");
  // Type marker by marker, learning how much text each key drew, then type the rest.
  std::size_t p = 0;
  while (p < typed.size()) {
    const auto open = typed.find('<', p);
    const auto close = open == std::string::npos ? open : typed.find('>', open);
    if (close == std::string::npos) {
      break;
    }
    pending_skip_ = 0;
    const std::string before_marker = typed.substr(p, open - p);
    feed_typed(before_marker.substr(std::min(before_marker.size(), skip_)));
    skip_ = 0;
    feed_typed(typed.substr(open, close + 1 - open));
    skip_ = pending_skip_;
    p = close + 1;
  }
  const std::string tail = typed.substr(p);
  feed_typed(tail.substr(std::min(tail.size(), skip_)));
  skip_ = 0;
  if (ctrl) {
    screen_.write(terminal_->feed(std::string(1, ctrl_key)));
  } else if (!no_enter) {
    screen_.write(terminal_->feed("\r"));
  }
  return compare_committed(committed, i, displayed);
}

bool Runner::compare_committed(std::size_t committed, std::size_t& i,
                               const std::string& displayed) {
  const auto& lines = screen_.lines();
  for (std::size_t k = committed; k < lines.size(); ++k, ++i) {
    if (i >= expected_.size()) {
      return fail(i, "the transcript ends but the screen shows \"" + lines[k] + "\"");
    }
    const std::string want = k == committed && !displayed.empty() ? displayed : expected_[i];
    if (lines[k] != want) {
      return fail(i, "expected \"" + want + "\"\n     got \"" + lines[k] + "\"");
    }
  }
  return true;
}

TranscriptResult Runner::run() {
  unsigned privilege = 1;
  std::size_t length = 24;
  while (header_ < expected_.size() && expected_[header_].rfind("###", 0) == 0) {
    const auto& h = expected_[header_++];
    if (h.rfind("### privilege:", 0) == 0) {
      privilege = static_cast<unsigned>(std::stoul(h.substr(14)));
    } else if (h.rfind("### terminal length:", 0) == 0) {
      length = std::stoul(h.substr(20));
    }
  }
  auto registry = modes::ModeRegistry::build();
  if (!registry) {
    fail(0, "command tables: " + registry.error());
    return result_;
  }
  MemoryStore store;
  modes::Device device(**registry, store, transcript_time);
  modes::SessionOptions options;
  options.privilege = privilege;
  modes::Session session(device, options);
  session.terminal().length = length;
  cli::Terminal terminal(session);
  terminal_ = &terminal;
  device.add_log_sink([&](const modes::LogLine& l) {
    if (device.console_allows(l.severity)) {
      screen_.write(terminal.log(l.text));
    }
  });
  screen_.write(terminal.start());
  std::size_t i = header_;
  while (i < expected_.size() && result_.ok) {
    const bool last = i + 1 == expected_.size();
    if (last && expected_[i] == screen_.current()) {
      break;
    }
    const std::size_t before = i;
    if (!type_line(i)) {
      break;
    }
    if (i == before && !fail(i, "the line produced nothing on the screen")) {
      break;
    }
  }
  return result_;
}

}  // namespace

TranscriptResult run_transcript(const std::string& name, const std::string& text) {
  return Runner(name, split_lines(text)).run();
}

}  // namespace cme::test
