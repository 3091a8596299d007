#pragma once
// Session: one user's conversation with the router, independent of its transport (console,
// telnet vty, batch file, transcript test). It holds the mode stack with each mode's context,
// the privilege level, terminal settings and command history, and executes lines: match in the
// current mode, walk up to a parent mode on no-match (IOS), run the action inside a one-line
// transaction (or the open batch transaction), apply output modifiers.
//
// Output is data: text lines ending in '\n', and a Diagnostic for the front-end to render with
// the caret (cli/). Questions (passwords, confirmations) are asked through the prompt; in batch
// sessions they are answered with their default at once.

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/config.hpp"
#include "modes/mode.hpp"
#include "parser/matcher.hpp"

namespace cme::modes {

class Device;
class Session;

struct SessionOptions {
  std::string name = "console";    ///< "console", "vty0": for show users and logs
  std::string origin = "console";  ///< "%SYS-5-CONFIG_I: Configured from console by <origin>"
  std::string user;                ///< login name (`login local`), empty when none; `send log`
  bool batch = false;              ///< questions take their default; no paging
  unsigned privilege = 1;          ///< 1 = user EXEC ("Router>"), 15 = privileged ("Router#")
};

/// One level of the mode stack, with what identifies the object its mode edits.
struct ModeFrame {
  ModeId mode = ModeId::UserExec;
  std::string prompt;  ///< prompt word override ("config-if" for a verbatim interface block)
  /// The tag of a tagged CME object (`ephone 5`), or the first line of `line vty 0 4`.
  std::int64_t id = 0;
  std::int64_t last_line = 0;  ///< the last line of `line vty 0 4`
  std::string key;             ///< the line kind, or the head of a verbatim block
};

struct TerminalSettings {
  std::size_t length = 24;  ///< terminal length; 0 = no paging
  std::size_t width = 80;
  bool monitor = false;  ///< terminal monitor: receive log and debug output
  std::size_t history_size = 10;
};

/// A question the session is waiting to have answered on its next input line.
struct Question {
  std::string prompt;          ///< e.g. "Password: ", "Destination filename [startup-config]? "
  bool echo = true;            ///< false for passwords
  std::string default_answer;  ///< what a batch session answers (and an empty line means)
  /// IOS "[confirm]": an interactive terminal answers with the next key alone (Enter = the
  /// default, any other key is the answer), without waiting for Enter.
  bool single_key = false;
  std::function<void(Session&, std::string_view answer, std::string& out)> on_answer;
};

/// What executing a line produced.
struct Outcome {
  std::string output;               ///< text, lines end with '\n'
  std::optional<Diagnostic> error;  ///< to be rendered under the line as typed
  bool ok() const { return !error || error->kind == DiagnosticKind::Warning; }
};

class Session {
 public:
  Session(Device& device, SessionOptions options);
  ~Session();

  // ---- front-end interface ----
  /// Executes one line as typed (or answers the pending question).
  Outcome execute(std::string_view line);
  /// Ctrl-Z: leaves configuration mode (as `end`), discarding `buffer`.
  Outcome ctrl_z();
  /// `?` typed after `before_cursor` in the current mode.
  parser::HelpAnswer help(std::string_view before_cursor) const;
  /// Tab after `before_cursor`.
  std::optional<std::string> complete(std::string_view before_cursor) const;
  /// "Router(config)#", or the pending question's prompt.
  std::string prompt() const;
  /// False while a password question waits (the front-end must not echo).
  bool echo() const { return !question_ || question_->echo; }
  /// True while a single-key question ("[confirm]") waits: the front-end passes one key.
  bool wants_key() const { return question_ && question_->single_key; }
  bool closed() const { return closed_; }
  TerminalSettings& terminal() { return terminal_; }
  const SessionOptions& options() const { return options_; }
  const std::deque<std::string>& history() const { return history_; }

  // ---- batch transactions ----
  /// Opens a candidate that every following line edits; nothing is committed until
  /// commit_batch(). Used for files and pastes (one commit per file).
  void begin_batch();
  void commit_batch();
  bool in_batch() const { return batch_candidate_ != nullptr; }

  // ---- for actions ----
  ModeId mode() const { return stack_.back().mode; }
  const ModeFrame& frame() const { return stack_.back(); }
  std::size_t depth() const { return stack_.size(); }
  void push_mode(ModeFrame frame);
  /// Leaves configuration mode for privileged EXEC and logs %SYS-5-CONFIG_I.
  void leave_config();
  /// Pops one mode (exit); from EXEC it closes the session.
  void exit_mode();
  /// Back to user EXEC (`disable`).
  void drop_to_user_exec() { stack_.resize(1); }
  unsigned privilege() const { return privilege_; }
  void set_privilege(unsigned level) { privilege_ = level; }
  /// Asks `q` (batch: answers it with its default at once).
  void ask(Question q, std::string& out);
  void close() { closed_ = true; }
  /// Hands the following input lines, raw (blank and '!' lines included), to `collector` until
  /// it returns true (banner text).
  using RawCollector = std::function<bool(Session&, std::string_view line)>;
  void collect_raw(RawCollector collector) { raw_ = std::move(collector); }
  /// True while collect_raw()'s collector takes the lines (a banner waiting for its delimiter).
  bool collecting_raw() const { return static_cast<bool>(raw_); }
  /// Ends raw collection: the lines after this are commands again (a file ended inside it).
  void cancel_raw() { raw_ = nullptr; }
  Device& device() { return device_; }
  model::Config& edit();
  const model::Config& view() const;
  /// The running-config section the last modelled command edited (anchor for verbatim lines).
  model::Section last_section() const { return last_section_; }
  void touch(model::Section s) { last_section_ = s; }

 private:
  Outcome execute_line(std::string_view line);
  Outcome run(const parser::Match& m);
  std::optional<Outcome> try_fallbacks(std::string_view line, const Diagnostic& here);
  /// True when the current mode (a CME mode or global configuration) refused a value after
  /// recognising the command's keywords.
  bool refused_value(std::string_view line, const Diagnostic& here) const;
  /// Runs `line` in the nearest ancestor mode that accepts it; `best` (when given) gets the
  /// ancestors' error that got furthest.
  std::optional<Outcome> walk_up(std::string_view line, std::optional<Diagnostic>* best);
  std::optional<Outcome> prefer_ancestor(std::string_view line);
  Outcome answer(std::string_view line);
  void finish_line(bool ok);

  Device& device_;
  SessionOptions options_;
  std::vector<ModeFrame> stack_;
  unsigned privilege_;
  TerminalSettings terminal_;
  std::deque<std::string> history_;
  std::optional<Question> question_;
  RawCollector raw_;
  bool closed_ = false;
  std::shared_ptr<model::Config> line_candidate_;   ///< the one-line transaction, if opened
  std::shared_ptr<model::Config> batch_candidate_;  ///< the batch transaction, if open
  model::Section last_section_ = model::Section::Start;
};

}  // namespace cme::modes
