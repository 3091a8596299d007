// show running-config rendering (issue 2 "show running-config framework").
#include <array>
#include <string>
#include <vector>

#include "model/cme_objects.hpp"
#include "model/config.hpp"
#include "model/ios_groups.hpp"

namespace cme::model {

namespace {

void render_password(std::string& out, const char* indent, const char* keyword, const Password& p) {
  out += indent;
  out += keyword;
  out += p.type == 7 ? " 7 " : " ";
  out += p.text;
  out += '\n';
}

void render_line(std::string& out, const Line& l) {
  out += "line ";
  out += line_kind_word(l.kind);
  out += ' ' + std::to_string(l.first);
  if (l.last != l.first) {
    out += ' ' + std::to_string(l.last);
  }
  out += '\n';
  if (l.exec_timeout) {
    out += " exec-timeout " + std::to_string(l.exec_timeout->minutes) + ' ' +
           std::to_string(l.exec_timeout->seconds) + '\n';
  }
  if (l.privilege_level) {
    out += " privilege level " + std::to_string(*l.privilege_level) + '\n';
  }
  if (l.password) {
    render_password(out, " ", "password", *l.password);
  }
  if (l.logging_synchronous) {
    out += " logging synchronous\n";
  }
  const auto login = l.effective_login();
  if (l.login || l.kind == LineKind::Vty) {
    out += login == LoginMode::Local  ? " login local\n"
           : login == LoginMode::Line ? " login\n"
                                      : " no login\n";
  }
  if (l.transport_input) {
    out += " transport input " + *l.transport_input + '\n';
  }
  for (const auto& v : l.verbatim) {
    out += ' ' + v + '\n';
  }
}

/// True for a banner (`banner motd ^C…^C`): IOS prints the banners just before `line con 0`.
bool is_banner(const VerbatimBlock& b) {
  return b.raw && b.head.starts_with("banner ");
}

/// Appends one verbatim block: its head and its sub-lines.
void render_block(std::string& out, const VerbatimBlock& b) {
  out += b.head + '\n';
  for (const auto& l : b.lines) {
    if (!b.raw) {
      out += ' ';
    }
    out += l + '\n';
  }
}

/// Appends the verbatim blocks anchored at `section` (banners aside): runs of single lines form
/// one block, each block with sub-lines stands alone and is followed by "!", and a group of
/// ios_groups.hpp ends with IOS's own "!" lines. `open_run` says whether a run of single lines
/// is already open (typed lines of the same block); returns whether one still is, so that the
/// caller closes it with "!".
bool render_verbatim_open(std::string& out, const Config& c, Section section, bool open_run) {
  std::vector<const VerbatimBlock*> blocks;
  for (const auto& b : c.verbatim) {
    if (b.anchor == section && !is_banner(b)) {
      blocks.push_back(&b);
    }
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const bool single = blocks[i]->lines.empty();
    if (!single && open_run) {
      out += "!\n";
    }
    render_block(out, *blocks[i]);
    open_run = single;
    if (!single) {
      out += "!\n";
    }
    const IosGroup* group = ios_group(blocks[i]->head);
    if (group != nullptr && (i + 1 == blocks.size() || ios_group(blocks[i + 1]->head) != group)) {
      for (unsigned n = single ? 0 : 1; n < group->bangs; ++n) {
        out += "!\n";
      }
      open_run = false;
    }
  }
  return open_run;
}

/// The banners, then "!", as IOS prints them before the lines.
void render_banners(std::string& out, const Config& c) {
  bool any = false;
  for (const auto& b : c.verbatim) {
    if (is_banner(b)) {
      render_block(out, b);
      any = true;
    }
  }
  if (any) {
    out += "!\n";
  }
}

/// Appends the verbatim blocks anchored at `section`, closing a final run of lines with "!".
void render_verbatim(std::string& out, const Config& c, Section section) {
  if (render_verbatim_open(out, c, section, false)) {
    out += "!\n";
  }
}

/// The logging and enable lines form one block, as IOS prints them (seed 001: `logging buffered
/// 2000000 debugging` right above `enable password lab`); verbatim lines entered after a typed
/// logging command stay between the two.
void render_logging_and_enable(std::string& out, const Config& c) {
  bool open = false;
  for (const auto& line : logging_lines(c.logging)) {
    out += line + '\n';
    open = true;
  }
  open = render_verbatim_open(out, c, Section::Logging, open);
  if (c.enable_secret) {
    out += "enable secret " + std::to_string(c.enable_secret->type) + ' ' + c.enable_secret->hash +
           '\n';
    open = true;
  }
  if (c.enable_password) {
    render_password(out, "", "enable password", *c.enable_password);
    open = true;
  }
  if (open) {
    out += "!\n";
  }
}

/// The usernames, then the verbatim lines entered after them (`username guest nopassword`) in
/// the same block.
void render_usernames(std::string& out, const Config& c) {
  for (const auto& u : c.usernames) {
    out += username_line(u) + '\n';
  }
  if (render_verbatim_open(out, c, Section::Usernames, !c.usernames.empty())) {
    out += "!\n";
  }
}

}  // namespace

std::string render_running_config(const Config& c) {
  std::string out = "!\n";
  render_verbatim(out, c, Section::Start);
  out += "hostname " + c.hostname + "\n!\n";
  render_verbatim(out, c, Section::Hostname);
  render_logging_and_enable(out, c);
  render_verbatim(out, c, Section::Enable);
  for (const auto section : kCmeSections) {
    if (section == Section::DialPeers) {
      render_usernames(out, c);
    }
    render_cme_section(out, c.cme, section);
    render_verbatim(out, c, section);
  }
  render_banners(out, c);
  if (!c.lines.empty()) {
    for (const auto& l : c.lines) {
      render_line(out, l);
    }
    out += "!\n";
  }
  render_verbatim(out, c, Section::Lines);
  out += "end\n";
  return out;
}

std::string show_running_config(const Config& c) {
  const std::string body = render_running_config(c);
  return "Building configuration...\n\nCurrent configuration : " + std::to_string(body.size()) +
         " bytes\n" + body;
}

}  // namespace cme::model
