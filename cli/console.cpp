#include "cli/console.hpp"

#include <termios.h>
#include <unistd.h>

#include <boost/asio/post.hpp>

#include "cli/input_reader.hpp"
#include "cli/ios_text.hpp"
#include "cli/line_registry.hpp"
#include "cli/terminal.hpp"

namespace cme::cli {

namespace {

void write_all(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n <= 0) {
      return;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

unsigned console_privilege(const model::Config& c) {
  const auto* con = c.find_line(model::LineKind::Console, 0, 0);
  return con && con->privilege_level ? *con->privilege_level : 1;
}

/// `text` with each LF preceded by CR (a raw-mode terminal does not add it).
std::string crlf(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += '\r';
    }
    out += c;
  }
  return out;
}

}  // namespace

struct Console::Impl {
  Impl(boost::asio::io_context& i, modes::Device& r, LineRegistry& l, std::function<void()> c)
      : io(i), device(r), lines(l), on_close(std::move(c)) {}
  boost::asio::io_context& io;
  modes::Device& device;
  LineRegistry& lines;
  std::function<void()> on_close;
  std::unique_ptr<modes::Session> session;
  std::unique_ptr<Terminal> terminal;
  bool tty = false;
  termios saved{};
  int sink = 0;
  std::string pending;  // plain mode: bytes of an unfinished line
  bool closed = false;
  bool end_requested = false;           // reload: end the session once the current line is done
  std::unique_ptr<InputReader> reader;  // declared last: destroyed first, before what it calls

  void close() {
    if (closed) {
      return;
    }
    closed = true;
    device.remove_log_sink(sink);
    if (session) {
      lines.release(0);
    }
    on_close();
  }

  /// A new console session: line con 0 taken, the editor on a TTY.
  void begin_session() {
    modes::SessionOptions options;
    options.privilege = console_privilege(*device.running());
    session = std::make_unique<modes::Session>(device, options);
    lines.occupy(model::LineKind::Console, 0, "", {});
    if (tty) {
      terminal = std::make_unique<Terminal>(*session);
      write_all(terminal->start());
    } else {
      session->terminal().length = 0;
    }
  }

  /// The session ended (exit, logout, reload): the line is free, the router runs on.
  void end_session() {
    end_requested = false;
    if (!session) {
      return;
    }
    terminal.reset();
    session.reset();
    lines.release(0);
    const std::string text = "\n" + device.running()->hostname +
                             " con0 is now available\n\n\n\n\n\nPress RETURN to get started.\n\n";
    write_all(tty ? crlf(text) : text);
  }

  /// Between sessions: a line (plain) or Enter (TTY) starts the next one; the rest is dropped.
  void idle_input(std::string& bytes) {
    const auto enter = bytes.find_first_of(tty ? "\r\n" : "\n");
    if (enter == std::string::npos) {
      bytes.clear();
      return;
    }
    bytes.erase(0, enter + 1);
    if (tty && !bytes.empty() && bytes.front() == '\n') {
      bytes.erase(0, 1);  // CR LF
    }
    begin_session();
  }

  void plain_line(std::string_view line) {
    const std::string prompt = session->prompt();
    const bool echo = session->echo();
    auto outcome = session->execute(line);
    std::string out = prompt + (echo ? std::string(line) : std::string()) + "\n" + outcome.output;
    if (outcome.error) {
      out += render_diagnostic(*outcome.error, line, prompt.size());
    }
    write_all(out);
  }

  void input(std::string bytes) {
    if (closed) {
      return;
    }
    if (tty) {
      if (!session) {
        idle_input(bytes);
      }
      if (session && !bytes.empty()) {
        lines.touch(0);
        write_all(terminal->feed(bytes));
        if (terminal->closed() || end_requested) {
          end_session();
        }
      }
      return;
    }
    pending += bytes;
    std::size_t nl;
    while (!closed && (nl = pending.find('\n')) != std::string::npos) {
      std::string line = pending.substr(0, nl);
      pending.erase(0, nl + 1);
      if (!session) {
        begin_session();  // the line that pressed RETURN
        continue;
      }
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      lines.touch(0);
      plain_line(line);
      if (session->closed() || end_requested) {
        end_session();
      }
    }
  }
};

Console::Console(boost::asio::io_context& io, modes::Device& device, LineRegistry& lines,
                 std::function<void()> on_close)
    : impl_(new Impl{io, device, lines, std::move(on_close)}) {}

Console::~Console() {
  if (impl_->tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &impl_->saved);
  }
}

void Console::start() {
  auto& d = *impl_;
  d.tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &d.saved) == 0;
  if (d.tty) {
    termios raw = d.saved;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL);
    raw.c_oflag &= ~static_cast<tcflag_t>(OPOST);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
  }
  d.begin_session();
  d.sink = d.device.add_log_sink([&d](const modes::LogLine& line) {
    if (d.device.console_allows(line.severity)) {
      write_all(d.terminal ? d.terminal->log(line.text)
                           : (d.tty ? crlf(line.text + "\n") : line.text + "\n"));
    }
  });
  d.reader = std::make_unique<InputReader>(
      d.io, STDIN_FILENO, [&d](std::string bytes) { d.input(std::move(bytes)); },
      [&d] {
        if (!d.tty && !d.pending.empty()) {
          d.input("\n");
        }
        d.close();
      });
  d.reader->start();
}

void Console::end_session() {
  auto& d = *impl_;
  if (!d.session || d.end_requested) {
    return;
  }
  d.end_requested = true;         // the console's own input loop ends it after the current line,
  boost::asio::post(d.io, [&d] {  // or this does, when the request came from elsewhere
    if (d.end_requested) {
      d.end_session();
    }
  });
}

}  // namespace cme::cli
