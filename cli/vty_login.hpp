#pragma once
// VtyLogin: the IOS login dialogue of a vty line, as a pure state machine over typed bytes
// (Cisco IOS Configuration Fundamentals, "line vty", "login", "password", "username").
//
//   login (line password)  "\r\nUser Access Verification\r\n\r\nPassword: " (not echoed);
//                          a wrong password asks again; the third failure prints
//                          "% Bad passwords" and fails. No password on the line: the line is
//                          refused with "Password required, but none set".
//   login local            "Username: " (echoed) then "Password: "; a wrong pair prints
//                          "% Login invalid" and asks again; the third failure fails.
//   no login               no dialogue: done at once.
// The configuration is read when each answer arrives, so a password changed meanwhile counts.

#include <cstddef>
#include <string>
#include <string_view>

#include "cli/line_editor.hpp"
#include "model/config.hpp"

namespace cme::cli {

class VtyLogin {
 public:
  enum class State { Username, Password, Done, Failed };

  /// For vty line `relative` (its `line vty A B` block gives login, password, privilege).
  explicit VtyLogin(unsigned relative) : relative_(relative) {}

  /// The opening text (MOTD and login banners, "User Access Verification" and the first prompt,
  /// or the refusal). `config` is the running
  /// configuration now. Afterwards state() is Username/Password, or Done (no login), or Failed.
  std::string start(const model::Config& config);
  /// Feeds typed bytes. Returns the bytes to draw. Stops at Done/Failed: the bytes after the
  /// final Enter are left in leftover() for the EXEC session (typed ahead). An answer longer
  /// than 256 bytes fails the login at once.
  std::string feed(std::string_view bytes, const model::Config& config);
  /// The login timed out (IOS: 30 s at a prompt): "% Password:  timeout expired!"; state Failed.
  std::string timeout();

  State state() const { return state_; }
  bool finished() const { return state_ == State::Done || state_ == State::Failed; }
  /// After Done: the privilege level (the user's, else the line's `privilege level`, else 1).
  unsigned privilege() const { return privilege_; }
  /// After Done with login local: the user name; empty otherwise.
  const std::string& user() const { return user_; }
  const std::string& leftover() const { return leftover_; }

 private:
  const model::Line* line(const model::Config& config) const;
  void ask(State next, std::string& screen);
  void answer(const std::string& text, const model::Config& config, std::string& screen);
  void fail_attempt(std::string_view message, bool local, std::string& screen);
  void succeed(const model::Config& config, unsigned user_privilege);

  unsigned relative_;
  LineEditor editor_{0};
  State state_ = State::Failed;
  std::string pending_user_;  ///< login local: the name typed before "Password: "
  std::string user_;
  unsigned privilege_ = 1;
  int failures_ = 0;
  std::string leftover_;
};

/// True when `typed` matches the line password `stored` (type 0 clear text or type 7).
bool line_password_matches(const model::Password& stored, std::string_view typed);

}  // namespace cme::cli
