#pragma once
// Runs the real `opencme` binary in a fresh temporary directory for the tests of
// tests/cli/opencme_*_test.cpp: stdin from a string, stdout and stderr captured, the wait for
// its exit bounded (the process is killed after the deadline).

#include <fcntl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace cme::test {

/// A directory under the system temporary directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("opencme-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Writes `text` (bytes as given) to `name` inside the directory; returns the full path.
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << text;
    REQUIRE(out.good());
    return p;
  }

 private:
  std::filesystem::path path_;
};

struct ProcessResult {
  int status = -1;  ///< exit status; -1 when it did not exit normally
  bool timed_out = false;
  std::string out;
  std::string err;
};

namespace detail {

struct Child {
  pid_t pid = -1;
  int in = -1;
  int out = -1;
  int err = -1;
};

inline Child spawn(const std::filesystem::path& dir, const std::vector<std::string>& args) {
  int in[2];
  int out[2];
  int err[2];
  REQUIRE(::pipe2(in, O_CLOEXEC) == 0);
  REQUIRE(::pipe2(out, O_CLOEXEC) == 0);
  REQUIRE(::pipe2(err, O_CLOEXEC) == 0);
  std::vector<std::string> words{OPENCME_BINARY};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) {
    argv.push_back(w.data());
  }
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    if (::chdir(dir.c_str()) != 0 || ::dup2(in[0], 0) < 0 || ::dup2(out[1], 1) < 0 ||
        ::dup2(err[1], 2) < 0) {
      ::_exit(126);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  return Child{pid, in[1], out[0], err[0]};
}

inline int remaining_ms(std::chrono::steady_clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
      deadline - std::chrono::steady_clock::now());
  return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

/// Reads stdout and stderr until both end; false when the deadline passed first. Closes both.
inline bool drain(Child& c, ProcessResult& r, std::chrono::steady_clock::time_point deadline) {
  pollfd fds[2] = {{c.out, POLLIN, 0}, {c.err, POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int open = 2;
  while (open > 0) {
    const int ms = remaining_ms(deadline);
    if (ms == 0 || ::poll(fds, 2, ms) <= 0) {
      for (auto& f : fds) {
        if (f.fd >= 0) {
          ::close(f.fd);
        }
      }
      return false;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) {
        continue;
      }
      char buf[4096];
      const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[i]->append(buf, static_cast<std::size_t>(n));
      } else {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open;
      }
    }
  }
  return true;
}

/// Waits for the exit until the deadline (through a pidfd), else kills the child.
inline void reap(Child& c, ProcessResult& r, std::chrono::steady_clock::time_point deadline,
                 bool drained) {
  bool exited = false;
  if (drained) {
    const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, c.pid, 0));
    REQUIRE(pidfd >= 0);
    pollfd p{pidfd, POLLIN, 0};
    exited = ::poll(&p, 1, remaining_ms(deadline)) == 1;
    ::close(pidfd);
  }
  if (!exited) {
    ::kill(c.pid, SIGKILL);
    r.timed_out = true;
  }
  int st = 0;
  ::waitpid(c.pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

}  // namespace detail

/// Runs opencme with `args` in `dir`, feeding `input` on stdin; kills it after `limit`.
inline ProcessResult run_opencme(const std::filesystem::path& dir,
                                 const std::vector<std::string>& args,
                                 const std::string& input = "",
                                 std::chrono::seconds limit = std::chrono::seconds{10}) {
  std::signal(SIGPIPE, SIG_IGN);  // the child may exit without reading its input
  const auto deadline = std::chrono::steady_clock::now() + limit;
  auto c = detail::spawn(dir, args);
  if (!input.empty()) {
    [[maybe_unused]] const auto n = ::write(c.in, input.data(), input.size());
  }
  ::close(c.in);
  ProcessResult r;
  const bool drained = detail::drain(c, r, deadline);
  detail::reap(c, r, deadline, drained);
  INFO("stdout:\n" << r.out << "stderr:\n" << r.err);
  CHECK_FALSE(r.timed_out);
  return r;
}

}  // namespace cme::test
