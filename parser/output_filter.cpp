// OutputFilter: IOS output modifiers (`| include|exclude|begin|section|count`) on std::regex.
//
// The IOS expression is translated to ECMAScript (see translate()) and compiled twice:
// once as written, which validates it, and once wrapped as `[\s\S]*(?:X)` in libstdc++'s
// polynomial (Thompson NFA) mode, matched with match_continuous. That single pass finds a match
// anywhere in the line in linear time and with recursion bounded by the size of the expression,
// not by the length of the line. Expressions the polynomial mode refuses (back-references,
// "parentheses for recall") fall back to the backtracking search. Only the first
// kMaxMatchedBytes (backtracking: kMaxBacktrackedBytes) of a line take part in matching, which
// bounds time and stack depth (the backtracking search recurses per character).

#include "parser/output_filter.hpp"

#include <algorithm>
#include <optional>
#include <regex>
#include <vector>

namespace cme::parser {

namespace {

/// Lines longer than this are matched on their first kMaxMatchedBytes bytes only.
constexpr std::size_t kMaxMatchedBytes = 4096;
/// The same for expressions with back-references: the backtracking search recurses about once
/// per state and character (~0.5 KB of stack per byte for `(a)\1(a|b)*$`), so it gets less.
constexpr std::size_t kMaxBacktrackedBytes = 256;

/// ECMAScript for IOS's `_`: start or end of line, space, comma, braces or parentheses.
constexpr std::string_view kDelimiter = "(?:^|$|[ ,{}()])";

constexpr std::string_view kInvalidRegexp = "% Invalid regular expression";

/// Copies a POSIX class name such as `[:digit:]` that starts at p[i] == '['. Returns the index
/// after it, or i when p[i] does not open one.
std::size_t copy_class_name(std::string_view p, std::size_t i, std::string& out) {
  if (i + 1 >= p.size() || (p[i + 1] != ':' && p[i + 1] != '.' && p[i + 1] != '=')) {
    return i;
  }
  const char closing[] = {p[i + 1], ']', '\0'};
  const auto end = p.find(closing, i + 2);
  if (end == std::string_view::npos) {
    return i;
  }
  out.append(p.substr(i, end + 2 - i));
  return end + 2;
}

/// Copies the bracket expression that starts at p[i] == '['; `_` inside it is literal, `\_` too.
/// A `]` right after `[` or `[^` is a literal (POSIX). Returns the index after the closing `]`.
std::size_t copy_bracket(std::string_view p, std::size_t i, std::string& out) {
  out += '[';
  ++i;
  if (i < p.size() && p[i] == '^') {
    out += '^';
    ++i;
  }
  if (i < p.size() && p[i] == ']') {
    out += "\\]";
    ++i;
  }
  while (i < p.size()) {
    const char c = p[i];
    if (c == ']') {
      out += ']';
      return i + 1;
    }
    if (c == '\\' && i + 1 < p.size()) {
      if (p[i + 1] != '_') {
        out += '\\';
      }
      out += p[i + 1];
      i += 2;
    } else if (const auto after = copy_class_name(p, i, out); after != i) {
      i = after;
    } else {
      out += c;
      ++i;
    }
  }
  return i;  // unterminated: std::regex rejects it
}

/// Translates an IOS expression to ECMAScript: an unescaped `_` outside brackets becomes
/// kDelimiter, `\_` a literal underscore, and `{` `}` are literals (IOS has no bounds).
/// Everything else is passed through unchanged.
std::string translate(std::string_view p) {
  std::string out;
  out.reserve(p.size() + 16);
  std::size_t i = 0;
  while (i < p.size()) {
    const char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      if (p[i + 1] != '_') {
        out += '\\';
      }
      out += p[i + 1];
      i += 2;
      continue;
    }
    if (c == '[') {
      i = copy_bracket(p, i, out);
      continue;
    }
    if (c == '_') {
      out += kDelimiter;
    } else if (c == '{' || c == '}') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
    ++i;
  }
  return out;
}

/// Splits on '\n'; a final unterminated line counts, an empty text has no lines.
std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

/// Number of leading blanks (spaces or tabs).
std::size_t indent_of(std::string_view line) {
  const auto n = line.find_first_not_of(" \t");
  return n == std::string_view::npos ? line.size() : n;
}

void append_line(std::string& out, std::string_view line) {
  out.append(line);
  out += '\n';
}

/// `| section [include]`: each line that matches, with the lines after it that are indented
/// more deeply. Lines printed as part of a section are not matched again. `| section exclude`
/// (`keep` false): every line but those sections.
template <class Match>
std::string select_sections(const std::vector<std::string_view>& lines, const Match& match,
                            bool keep) {
  std::string out;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (!match(lines[i])) {
      if (!keep) {
        append_line(out, lines[i]);
      }
      ++i;
      continue;
    }
    const auto depth = indent_of(lines[i]);
    do {
      if (keep) {
        append_line(out, lines[i]);
      }
      ++i;
    } while (i < lines.size() && indent_of(lines[i]) > depth);
  }
  return out;
}

/// `pattern` without a leading `word` and its blanks, when it starts with them.
std::optional<std::string_view> after_word(std::string_view pattern, std::string_view word) {
  if (pattern.size() <= word.size() || pattern.substr(0, word.size()) != word ||
      (pattern[word.size()] != ' ' && pattern[word.size()] != '\t')) {
    return std::nullopt;
  }
  pattern.remove_prefix(word.size());
  return pattern.substr(std::min(pattern.find_first_not_of(" \t"), pattern.size()));
}

}  // namespace

struct OutputFilter::Impl {
  std::regex re;
  bool linear = false;            ///< re is the wrapped, polynomial-mode form
  bool exclude_sections = false;  ///< `| section exclude`

  /// Compiles the translated expression; false when it is not valid.
  bool build(const std::string& ecma) {
    try {
      re = std::regex(ecma, std::regex::ECMAScript);  // validates, and the fallback form
    } catch (const std::regex_error&) {
      return false;
    }
#if defined(__GLIBCXX__)
    try {
      re = std::regex("[\\s\\S]*(?:" + ecma + ")", std::regex::ECMAScript | std::regex::nosubs |
                                                       std::regex_constants::__polynomial);
      linear = true;
    } catch (const std::regex_error&) {
      // Back-references: keep the backtracking form compiled above.
    }
#endif
    return true;
  }

  bool matches(std::string_view line) const {
    line = line.substr(0, linear ? kMaxMatchedBytes : kMaxBacktrackedBytes);
    try {
      if (linear) {
        return std::regex_search(line.begin(), line.end(), re,
                                 std::regex_constants::match_continuous);
      }
      return std::regex_search(line.begin(), line.end(), re);
    } catch (const std::regex_error&) {
      return false;  // libstdc++ does not throw while matching; be safe anyway
    }
  }
};

OutputFilter::OutputFilter(FilterKind kind, std::unique_ptr<Impl> impl)
    : kind_(kind), impl_(std::move(impl)) {}
OutputFilter::OutputFilter(OutputFilter&&) noexcept = default;
OutputFilter& OutputFilter::operator=(OutputFilter&&) noexcept = default;
OutputFilter::~OutputFilter() = default;

Result<OutputFilter, std::string> OutputFilter::compile(FilterKind kind, std::string_view pattern) {
  auto impl = std::make_unique<Impl>();
  if (kind == FilterKind::Section) {
    if (const auto rest = after_word(pattern, "include")) {
      pattern = *rest;
    } else if (const auto excluded = after_word(pattern, "exclude")) {
      pattern = *excluded;
      impl->exclude_sections = true;
    }
  }
  if (!impl->build(translate(pattern))) {
    return Err{std::string(kInvalidRegexp)};
  }
  return OutputFilter(kind, std::move(impl));
}

std::string OutputFilter::apply(std::string_view text) const {
  const auto lines = split_lines(text);
  const auto match = [this](std::string_view line) { return impl_->matches(line); };
  std::string out;
  switch (kind_) {
    case FilterKind::Include:
    case FilterKind::Exclude:
      for (const auto line : lines) {
        if (match(line) == (kind_ == FilterKind::Include)) {
          append_line(out, line);
        }
      }
      break;
    case FilterKind::Begin: {
      bool started = false;
      for (const auto line : lines) {
        started = started || match(line);
        if (started) {
          append_line(out, line);
        }
      }
      break;
    }
    case FilterKind::Section:
      out = select_sections(lines, match, !impl_->exclude_sections);
      break;
    case FilterKind::Count: {
      std::size_t n = 0;
      for (const auto line : lines) {
        n += match(line) ? 1 : 0;
      }
      out = "Number of lines which match regexp = " + std::to_string(n) + "\n";
      break;
    }
    case FilterKind::Json:
      out = std::string(text);  // the command itself produced JSON (modes::CommandContext)
      break;
  }
  return out;
}

}  // namespace cme::parser
