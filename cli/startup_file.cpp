// StartupFile: the startup-config on disk, replaced atomically (write tmp, fsync, rename, fsync
// the directory). POSIX calls are used directly because std::ofstream can neither fsync nor
// report errno.

#include "cli/startup_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

namespace cme::cli {

namespace {

/// "%Error <verb> <path> (<strerror>)", IOS style.
std::string io_error(std::string_view verb, const std::string& path, int err) {
  return "%Error " + std::string(verb) + " " + path + " (" + std::generic_category().message(err) +
         ")";
}

/// Closes a file descriptor on scope exit unless released.
class FdGuard {
 public:
  explicit FdGuard(int fd) : fd_(fd) {}
  FdGuard(const FdGuard&) = delete;
  FdGuard& operator=(const FdGuard&) = delete;
  ~FdGuard() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  int get() const { return fd_; }
  /// Closes now; returns errno of a failed close, else 0.
  int close() {
    const int rc = ::close(std::exchange(fd_, -1));
    return rc == 0 ? 0 : errno;
  }

 private:
  int fd_;
};

/// Writes all of `text`, retrying partial writes and EINTR. Returns 0 or errno.
int write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return errno;
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

/// Fills `out` with the rest of the file. Returns 0 or errno.
int read_all(int fd, std::string& out) {
  char buffer[8192];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) {
      return 0;
    }
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return errno;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

/// Writes, fsyncs and closes `tmp`. Returns 0 or errno; the caller removes `tmp` on error.
int write_file(const std::string& tmp, std::string_view text, bool& opened) {
  FdGuard fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
  opened = fd.get() >= 0;
  if (!opened) {
    return errno;
  }
  if (const int err = write_all(fd.get(), text); err != 0) {
    return err;
  }
  if (::fsync(fd.get()) != 0) {
    return errno;
  }
  return fd.close();
}

/// Makes a rename in `dir` durable. Returns 0 or errno; EINVAL (the file system cannot sync
/// a directory) counts as success.
int sync_directory(const std::filesystem::path& dir) {
  const std::string name = dir.empty() ? std::string(".") : dir.string();
  FdGuard fd(::open(name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (fd.get() < 0) {
    return errno;
  }
  if (::fsync(fd.get()) != 0 && errno != EINVAL) {
    return errno;
  }
  return 0;
}

}  // namespace

StartupFile::StartupFile(std::string path) : path_(std::move(path)) {}

Result<std::optional<std::string>, std::string> StartupFile::read() {
  FdGuard fd(::open(path_.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    if (errno == ENOENT) {
      return std::optional<std::string>();
    }
    return Err{io_error("opening", path_, errno)};
  }
  std::string text;
  if (const int err = read_all(fd.get(), text); err != 0) {
    return Err{io_error("reading", path_, err)};
  }
  return std::optional<std::string>(std::move(text));
}

Result<Unit, std::string> StartupFile::write(std::string_view text) {
  const std::filesystem::path target(path_);
  const auto dir = target.parent_path();
  if (!dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
      return Err{io_error("opening", path_, ec.value())};
    }
  }
  const std::string tmp = path_ + ".tmp";
  bool opened = false;
  if (const int err = write_file(tmp, text, opened); err != 0) {
    if (opened) {
      ::unlink(tmp.c_str());
    }
    return Err{io_error(opened ? "writing" : "opening", path_, err)};
  }
  if (::rename(tmp.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    return Err{io_error("writing", path_, err)};
  }
  if (const int err = sync_directory(dir); err != 0) {
    return Err{io_error("writing", path_, err)};
  }
  return Unit{};
}

Result<Unit, std::string> StartupFile::erase() {
  if (::unlink(path_.c_str()) != 0 && errno != ENOENT) {
    return Err{io_error("deleting", path_, errno)};
  }
  return Unit{};
}

}  // namespace cme::cli
