#pragma once
// `line con 0`, `line aux 0`, `line vty A B`: the terminal lines (IOS configuration fundamentals,
// "line" command; vty behaviour is issue 5). Settings left unset are IOS defaults and are not
// rendered.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cme::model {

enum class LineKind { Console, Aux, Vty };

/// `login` (line password), `login local` (usernames), `no login`.
enum class LoginMode { Line, Local, None };

struct Password {
  unsigned type = 0;   ///< 0 = clear text, 7 = Cisco type 7 encoding
  std::string text;    ///< as stored (clear text or the type 7 digits)
  bool operator==(const Password&) const = default;
};

struct ExecTimeout {
  unsigned minutes = 10;  ///< IOS default 10 0
  unsigned seconds = 0;
  bool operator==(const ExecTimeout&) const = default;
};

struct Line {
  LineKind kind = LineKind::Console;
  unsigned first = 0;
  unsigned last = 0;
  std::optional<Password> password;
  std::optional<LoginMode> login;          ///< unset: IOS default (console none, vty line)
  std::optional<ExecTimeout> exec_timeout; ///< unset: 10 minutes
  std::optional<unsigned> privilege_level; ///< `privilege level <0-15>`
  std::optional<std::string> transport_input;  ///< "telnet", "ssh", "telnet ssh", "all", "none"
  bool logging_synchronous = false;
  std::vector<std::string> verbatim;  ///< other IOS line sub-commands, kept as typed
  bool operator==(const Line&) const = default;

  /// Effective login mode: the configured one or the IOS default for the kind.
  LoginMode effective_login() const {
    return login.value_or(kind == LineKind::Vty ? LoginMode::Line : LoginMode::None);
  }
};

/// The "con"/"aux"/"vty" word IOS prints in show running-config.
const char* line_kind_word(LineKind kind);
/// The kind for "con"/"aux"/"vty"; nullopt otherwise.
std::optional<LineKind> line_kind_from_word(std::string_view word);

}  // namespace cme::model
