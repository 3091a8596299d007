#include "bench/sccp_register/server_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

namespace cme::bench {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// The number after the last " port " of the first line of `text` holding `marker`.
std::optional<std::uint16_t> port_in(const std::string& text, const std::string& marker) {
  const auto at = text.find(marker);
  if (at == std::string::npos) {
    return std::nullopt;
  }
  const auto end = text.find('\n', at);
  if (end == std::string::npos) {
    return std::nullopt;  // the line is not complete yet
  }
  const std::string line = text.substr(at, end - at);
  const auto port = line.rfind(" port ");
  if (port == std::string::npos) {
    return std::nullopt;
  }
  return static_cast<std::uint16_t>(std::stoul(line.substr(port + 6)));
}

[[noreturn]] void exec_child(const std::vector<std::string>& argv, const std::string& log) {
  const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd >= 0) {
    ::dup2(fd, STDOUT_FILENO);
    ::dup2(fd, STDERR_FILENO);
    ::close(fd);
  }
  const int null = ::open("/dev/null", O_RDONLY);
  if (null >= 0) {
    ::dup2(null, STDIN_FILENO);
    ::close(null);
  }
  std::vector<char*> args;
  for (const auto& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);
  ::execv(args[0], args.data());
  std::fprintf(stderr, "exec %s: %s\n", args[0], std::strerror(errno));
  ::_exit(127);
}

}  // namespace

Result<ServerProcess, std::string> ServerProcess::start(const std::vector<std::string>& argv,
                                                        const std::string& log) {
  const pid_t pid = ::fork();
  if (pid < 0) {
    return Err{std::string("fork: ") + std::strerror(errno)};
  }
  if (pid == 0) {
    exec_child(argv, log);
  }
  return ServerProcess(pid, log);
}

ServerProcess::ServerProcess(ServerProcess&& other) noexcept
    : pid_(other.pid_), log_(std::move(other.log_)) {
  other.pid_ = -1;
}

ServerProcess::~ServerProcess() {
  stop();
}

Result<std::uint16_t, std::string> ServerProcess::wait_for_port(const std::string& marker,
                                                                std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto port = port_in(read_file(log_), marker)) {
      return *port;
    }
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return Err{"the server ended before \"" + marker + "\" (see " + log_ + ")"};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return Err{"no \"" + marker + "\" within the timeout (see " + log_ + ")"};
}

std::uint64_t ServerProcess::rss_kib() const {
  std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) {
      return std::stoull(line.substr(6));
    }
  }
  return 0;
}

double ServerProcess::cpu_seconds() const {
  const std::string stat = read_file("/proc/" + std::to_string(pid_) + "/stat");
  const auto paren = stat.rfind(')');
  if (paren == std::string::npos) {
    return 0;
  }
  // After "pid (comm)": field 3 is the state; utime and stime are fields 14 and 15.
  std::istringstream fields(stat.substr(paren + 2));
  std::string skip;
  for (int field = 3; field < 14; ++field) {
    fields >> skip;
  }
  unsigned long long utime = 0;
  unsigned long long stime = 0;
  fields >> utime >> stime;
  return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

void ServerProcess::stop() {
  if (pid_ <= 0) {
    return;
  }
  ::kill(pid_, SIGTERM);
  for (int i = 0; i < 250; ++i) {
    if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ::kill(pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

double own_cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace cme::bench
