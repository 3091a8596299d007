#include "modes/verbatim.hpp"

#include <algorithm>

#include "model/config.hpp"
#include "modes/known_ios.hpp"
#include "modes/session.hpp"
#include "parser/text.hpp"
#include "parser/token.hpp"

namespace cme::modes {

namespace {

using model::VerbatimBlock;

std::string_view strip(std::string_view s) {
  while (!s.empty() && parser::is_blank(s.front())) {
    s.remove_prefix(1);
  }
  return parser::trim_right(s);
}

/// `no X` for X, X for `no X`: a line and its opposite cancel each other (`no ip route R`
/// deletes the route, `ip domain lookup` undoes `no ip domain lookup`).
std::string opposite_of(const std::string& text) {
  return text.rfind("no ", 0) == 0 ? text.substr(3) : "no " + text;
}

/// Adds `text` to `lines` unless it is there, or removes its opposite instead.
void toggle(std::vector<std::string>& lines, const std::string& text) {
  if (std::erase(lines, opposite_of(text)) == 0 &&
      std::find(lines.begin(), lines.end(), text) == lines.end()) {
    lines.push_back(text);
  }
}

/// Where a verbatim line goes: after the modelled section the session edited last, or, when
/// nothing was edited yet, where IOS prints that kind of line.
model::Section anchor_for(const Session& session, std::string_view head) {
  if (session.last_section() != model::Section::Start) {
    return session.last_section();
  }
  for (std::string_view first : {"version", "service", "no service"}) {
    if (head.rfind(first, 0) == 0) {
      return model::Section::Start;
    }
  }
  return head.rfind("boot", 0) == 0 ? model::Section::Hostname : model::Section::Enable;
}

VerbatimBlock* find_block(model::Config& c, std::string_view head) {
  return c.verbatim.find(head);
}

/// `banner TYPE <d>text<d>`: returns the delimiter, or "" when the line has none.
std::string banner_delimiter(std::string_view line) {
  const auto tokens = parser::tokenize(line);
  if (tokens.size() < 3) {
    return "";
  }
  const auto rest = line.substr(tokens[2].column);
  if (rest.size() >= 2 && rest[0] == '^' && std::isalpha(static_cast<unsigned char>(rest[1]))) {
    return std::string(rest.substr(0, 2));
  }
  return std::string(rest.substr(0, 1));
}

void apply_banner(Session& session, const std::string& head, std::string& out) {
  const auto delim = banner_delimiter(head);
  const auto tokens = parser::tokenize(head);
  const std::string key = "banner " + std::string(tokens.size() > 1 ? tokens[1].text : "");
  auto& blocks = session.edit().verbatim;
  blocks.erase_if([&](const VerbatimBlock& b) { return b.head.rfind(key, 0) == 0; });
  VerbatimBlock block{head, {}, true, anchor_for(session, head)};
  const auto start = tokens.size() > 2 ? tokens[2].column + delim.size() : head.size();
  const bool closed = !delim.empty() && head.find(delim, start) != std::string::npos;
  blocks.push_back(block);
  if (delim.empty() || closed) {
    return;
  }
  if (!session.options().batch) {
    out += "Enter TEXT message.  End with the character '" + delim.substr(0, 1) + "'.\n";
  }
  session.collect_raw([head = head, delim](Session& s, std::string_view text) {
    auto* b = find_block(s.edit(), head);
    if (b != nullptr) {
      b->lines.emplace_back(parser::trim_right(text));
    }
    return text.find(delim) != std::string_view::npos;
  });
}

}  // namespace

bool apply_known_ios(Session& session, std::string_view line, std::string& out) {
  auto known = find_known_ios(strip(line));
  if (!known) {
    return false;
  }
  const std::string head = known->head;
  if (head.rfind("banner ", 0) == 0) {
    apply_banner(session, head, out);
    return true;
  }
  model::Config& config = session.edit();
  if (known->prompt.empty()) {
    const std::string opposite = opposite_of(head);
    if (config.verbatim.find(opposite) != nullptr) {
      config.verbatim.erase_if([&](const VerbatimBlock& b) { return b.head == opposite; });
    } else if (config.verbatim.find(head) == nullptr) {
      config.verbatim.push_back(VerbatimBlock{head, {}, false, anchor_for(session, head)});
    }
    return true;
  }
  if (find_block(config, head) == nullptr) {
    config.verbatim.push_back(VerbatimBlock{head, {}, false, anchor_for(session, head)});
  }
  session.push_mode(ModeFrame{ModeId::Verbatim, std::string(known->prompt), 0, 0, head});
  return true;
}

bool apply_verbatim_subline(Session& session, std::string_view line) {
  const bool indented = !line.empty() && parser::is_blank(line.front());
  if (!indented) {
    auto known = find_known_ios(strip(line));
    if (known && known->top_level_only) {
      return false;
    }
  }
  auto* block = find_block(session.edit(), session.frame().key);
  if (block == nullptr) {
    return false;
  }
  toggle(block->lines, std::string(strip(line)));
  return true;
}

bool apply_line_subcommand(Session& session, std::string_view line) {
  const auto tokens = parser::tokenize(line);
  if (tokens.empty() || !is_known_line_subcommand(tokens[0].text)) {
    return false;
  }
  if (parser::to_lower(tokens[0].text) == "no" &&
      (tokens.size() < 2 || !is_known_line_subcommand(tokens[1].text))) {
    return false;
  }
  const auto& f = session.frame();
  const auto kind = model::line_kind_from_word(f.key);
  auto* l = kind ? session.edit().find_line(*kind, static_cast<unsigned>(f.id),
                                            static_cast<unsigned>(f.last_line))
                 : nullptr;
  if (l == nullptr) {
    return false;
  }
  toggle(l->verbatim, std::string(strip(line)));
  return true;
}

}  // namespace cme::modes
