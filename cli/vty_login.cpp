#include "cli/vty_login.hpp"

#include "cli/terminal.hpp"
#include "model/banner.hpp"
#include "model/secret.hpp"

namespace cme::cli {

namespace {

constexpr int kAttempts = 3;  // IOS closes the line after the third failure
// Longest answer kept at a login prompt: a client that sends more without an Enter is cut off
// (nothing unauthenticated may grow without bound).
constexpr std::size_t kMaxAnswer = 256;

}  // namespace

bool line_password_matches(const model::Password& stored, std::string_view typed) {
  if (stored.type == 7) {
    auto plain = model::type7_decode(stored.text);
    return plain.ok() && plain.value() == typed;
  }
  return stored.text == typed;
}

const model::Line* VtyLogin::line(const model::Config& config) const {
  return config.line_holding(model::LineKind::Vty, relative_);
}

std::string VtyLogin::start(const model::Config& config) {
  // MOTD, then the login banner, each on its own lines (IOS "banner motd", "banner login").
  std::string screen;
  const auto absolute = std::to_string(2 + relative_);
  for (const char* kind : {"motd", "login"}) {
    if (auto text = model::banner_text(config, kind, absolute)) {
      screen += "\r\n" + to_crlf(*text) + "\r\n";
    }
  }
  const auto* l = line(config);
  const auto mode = l != nullptr ? l->effective_login() : model::LoginMode::Line;
  if (mode == model::LoginMode::None) {
    succeed(config, 0);
    return screen;
  }
  if (mode == model::LoginMode::Line && (l == nullptr || !l->password)) {
    state_ = State::Failed;
    return screen + "\r\nPassword required, but none set\r\n";
  }
  screen += "\r\n\r\nUser Access Verification\r\n\r\n";
  ask(mode == model::LoginMode::Local ? State::Username : State::Password, screen);
  return screen;
}

void VtyLogin::ask(State next, std::string& screen) {
  state_ = next;
  if (next == State::Username) {
    editor_.begin_line("Username: ", screen, true);
  } else {
    editor_.begin_line("Password: ", screen, false);
  }
}

std::string VtyLogin::feed(std::string_view bytes, const model::Config& config) {
  std::string screen;
  while (!bytes.empty() && !finished()) {
    std::size_t consumed = 0;
    auto ev = editor_.feed(bytes, consumed, screen);
    bytes.remove_prefix(consumed);
    switch (ev.kind) {
      case EditorEventKind::None:
        break;
      case EditorEventKind::Help:  // no help at a login prompt: show the prompt again
        editor_.redraw_on_new_line(screen);
        break;
      case EditorEventKind::Complete:
        break;
      case EditorEventKind::Line:
      case EditorEventKind::CtrlZ:
      case EditorEventKind::CtrlC:
        answer(ev.text, config, screen);
        break;
    }
  }
  if (finished()) {
    leftover_.assign(bytes);
  } else if (editor_.buffer().size() > kMaxAnswer) {
    state_ = State::Failed;
  }
  return screen;
}

void VtyLogin::answer(const std::string& text, const model::Config& config, std::string& screen) {
  const auto* l = line(config);
  const bool local = l != nullptr && l->effective_login() == model::LoginMode::Local;
  if (state_ == State::Username) {
    if (text.empty()) {
      ask(State::Username, screen);
      return;
    }
    pending_user_ = text;
    ask(State::Password, screen);
    return;
  }
  if (local) {
    unsigned privilege = 0;
    if (model::verify_user(config, pending_user_, text, &privilege)) {
      user_ = pending_user_;
      succeed(config, privilege);
      return;
    }
    fail_attempt("% Login invalid\r\n\r\n", true, screen);
    return;
  }
  if (l != nullptr && l->password && line_password_matches(*l->password, text)) {
    succeed(config, 0);
    return;
  }
  fail_attempt("", false, screen);
}

void VtyLogin::fail_attempt(std::string_view message, bool local, std::string& screen) {
  if (++failures_ >= kAttempts) {
    screen += local ? "% Login invalid\r\n" : "% Bad passwords\r\n";
    state_ = State::Failed;
    return;
  }
  screen += message;
  ask(local ? State::Username : State::Password, screen);
}

void VtyLogin::succeed(const model::Config& config, unsigned user_privilege) {
  const auto* l = line(config);
  privilege_ = l != nullptr && l->privilege_level ? *l->privilege_level : 1;
  if (user_privilege > 0) {
    privilege_ = user_privilege;
  }
  state_ = State::Done;
}

std::string VtyLogin::timeout() {
  const bool user = state_ == State::Username;
  state_ = State::Failed;
  return std::string("\r\n% ") + (user ? "Username" : "Password") + ":  timeout expired!\r\n";
}

}  // namespace cme::cli
