#include "cli/vty_session.hpp"

#include "cli/line_registry.hpp"
#include "cli/terminal.hpp"
#include "model/banner.hpp"
#include "modes/device.hpp"
#include "modes/session.hpp"

namespace cme::cli {

namespace {

constexpr std::chrono::seconds kLoginTimeout{30};  // IOS `timeout login response` default

}  // namespace

VtySession::VtySession(modes::Device& device, LineRegistry& lines, runtime::TimerService& timers,
                       unsigned relative, std::string peer, Io io)
    : device_(device),
      lines_(lines),
      timers_(timers),
      relative_(relative),
      peer_(std::move(peer)),
      io_(std::move(io)),
      login_(relative) {}

VtySession::~VtySession() {
  io_.close = nullptr;  // the owner is destroying us: nothing to tell it
  end();
}

unsigned VtySession::absolute() const {
  return modes::absolute_line(model::LineKind::Vty, relative_);
}

void VtySession::start() {
  io_.send(codec_.start());
  send_text(login_.start(*device_.running()));
  if (login_.state() == VtyLogin::State::Failed) {
    end();
    return;
  }
  if (login_.state() == VtyLogin::State::Done) {
    begin_exec();
    return;
  }
  arm_login_timer();
}

void VtySession::receive(std::string_view bytes) {
  if (ended_) {
    return;
  }
  auto in = codec_.receive(bytes);
  if (!in.reply.empty()) {
    io_.send(std::move(in.reply));
  }
  if (in.window) {
    apply_window(*in.window);
  }
  if (in.error) {
    end();
    return;
  }
  if (in.data.empty()) {
    return;
  }
  lines_.touch(absolute());
  if (!login_.finished()) {
    feed_login(in.data);
  } else {
    feed_exec(in.data);
  }
}

void VtySession::feed_login(std::string_view data) {
  send_text(login_.feed(data, *device_.running()));
  switch (login_.state()) {
    case VtyLogin::State::Failed:
      end();
      return;
    case VtyLogin::State::Done:
      begin_exec();
      if (!ended_ && !login_.leftover().empty()) {
        feed_exec(login_.leftover());
      }
      return;
    default:
      arm_login_timer();  // each answer restarts the prompt's timeout
      return;
  }
}

void VtySession::begin_exec() {
  cancel_timer();
  const std::string name = "vty" + std::to_string(relative_);
  modes::SessionOptions options;
  options.name = name;
  options.user = login_.user();
  options.origin =
      (login_.user().empty() ? "" : login_.user() + " on ") + name + " (" + peer_ + ")";
  options.privilege = login_.privilege();
  session_ = std::make_unique<modes::Session>(device_, options);
  lines_.set_user(absolute(), login_.user());
  apply_window(window_);
  terminal_ = std::make_unique<Terminal>(*session_);
  log_sink_ = device_.add_log_sink(
      [this](const modes::LogLine& line) { on_log(line.text, line.severity); });
  // The exec banner (IOS "banner exec") comes between login and the first prompt.
  if (auto text = model::banner_text(*device_.running(), "exec", std::to_string(absolute()))) {
    send_text("\r\n" + to_crlf(*text) + "\r\n");
  }
  send_text(terminal_->start());
  arm_exec_timer();
}

void VtySession::feed_exec(std::string_view data) {
  send_text(terminal_->feed(data));
  if (terminal_->closed()) {
    end();
    return;
  }
  arm_exec_timer();
}

void VtySession::apply_window(const WindowSize& w) {
  window_ = w;
  if (!session_) {
    return;
  }
  // IOS takes the client's window as `terminal length` / `terminal width` (0 = not reported).
  if (w.height > 0) {
    session_->terminal().length = w.height;
  }
  if (w.width > 0) {
    session_->terminal().width = w.width;
  }
}

void VtySession::send_text(std::string_view text) {
  if (!text.empty()) {
    io_.send(codec_.encode(text));
  }
}

void VtySession::on_log(const std::string& line, unsigned severity) {
  if (ended_ || !terminal_ || !session_->terminal().monitor || !device_.monitor_allows(severity)) {
    return;
  }
  send_text(terminal_->log(line));
}

void VtySession::arm_login_timer() {
  cancel_timer();
  timer_ = timers_.schedule(kLoginTimeout, [this] {
    timer_ = 0;
    send_text(login_.timeout());
    end();
  });
}

void VtySession::arm_exec_timer() {
  cancel_timer();
  const auto* line = device_.running()->line_holding(model::LineKind::Vty, relative_);
  const model::ExecTimeout limit =
      line != nullptr && line->exec_timeout ? *line->exec_timeout : model::ExecTimeout{};
  const std::chrono::seconds after{limit.minutes * 60ull + limit.seconds};
  if (after.count() == 0) {
    return;  // exec-timeout 0 0: never
  }
  timer_ = timers_.schedule(after, [this] {
    timer_ = 0;
    end();
  });
}

void VtySession::cancel_timer() {
  if (timer_ != 0) {
    timers_.cancel(timer_);
    timer_ = 0;
  }
}

void VtySession::end() {
  if (ended_) {
    return;
  }
  ended_ = true;
  cancel_timer();
  if (log_sink_ != 0) {
    device_.remove_log_sink(log_sink_);
    log_sink_ = 0;
  }
  lines_.release(absolute());
  if (io_.close) {
    io_.close();
  }
}

}  // namespace cme::cli
