#include "cli/console.hpp"

#include <termios.h>
#include <unistd.h>

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

}  // namespace

struct Console::Impl {
  Impl(boost::asio::io_context& i, modes::Router& r, LineRegistry& l, std::function<void()> c)
      : io(i), router(r), lines(l), on_close(std::move(c)) {}
  boost::asio::io_context& io;
  modes::Router& router;
  LineRegistry& lines;
  std::function<void()> on_close;
  std::unique_ptr<modes::Session> session;
  std::unique_ptr<Terminal> terminal;
  bool tty = false;
  termios saved{};
  int sink = 0;
  std::string pending;  // plain mode: bytes of an unfinished line
  bool closed = false;
  std::unique_ptr<InputReader> reader;  // declared last: destroyed first, before what it calls

  void close() {
    if (closed) {
      return;
    }
    closed = true;
    router.remove_log_sink(sink);
    lines.release(0);
    on_close();
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
    lines.touch(0);
    if (tty) {
      write_all(terminal->feed(bytes));
      if (terminal->closed()) {
        close();
      }
      return;
    }
    pending += bytes;
    std::size_t nl;
    while (!closed && (nl = pending.find('\n')) != std::string::npos) {
      std::string line = pending.substr(0, nl);
      pending.erase(0, nl + 1);
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      plain_line(line);
      if (session->closed()) {
        close();
      }
    }
  }
};

Console::Console(boost::asio::io_context& io, modes::Router& router, LineRegistry& lines,
                 std::function<void()> on_close)
    : impl_(new Impl{io, router, lines, std::move(on_close)}) {}

Console::~Console() {
  if (impl_->tty) {
    tcsetattr(STDIN_FILENO, TCSANOW, &impl_->saved);
  }
}

void Console::start() {
  auto& d = *impl_;
  modes::SessionOptions options;
  options.privilege = console_privilege(*d.router.running());
  d.session = std::make_unique<modes::Session>(d.router, options);
  d.lines.occupy(model::LineKind::Console, 0, "", {});
  d.tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &d.saved) == 0;
  if (d.tty) {
    termios raw = d.saved;
    raw.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~static_cast<tcflag_t>(IXON | ICRNL);
    raw.c_oflag &= ~static_cast<tcflag_t>(OPOST);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    d.terminal = std::make_unique<Terminal>(*d.session);
    write_all(d.terminal->start());
  } else {
    d.session->terminal().length = 0;
  }
  d.sink = d.router.add_log_sink([&d](const modes::LogLine& line) {
    if (d.router.console_allows(line.severity)) {
      write_all(d.tty ? d.terminal->log(line.text) : line.text + "\n");
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

}  // namespace cme::cli
