#pragma once
// RuntimeServices: the composition of the runtime services (SIP, SCCP, ...) with the router
// (issue 17 part 1). It is every service's ServiceHost over modes::Device (running
// configuration, system log, debug conditions, commits), starts the services, and hands each
// commit to the services whose sections it touches, as one model::ConfigDiff per commit.

#include <memory>
#include <string>
#include <vector>

#include "runtime/core/service.hpp"

namespace cme::modes {
class Device;
}

namespace cme::cli {

class RuntimeServices final : public runtime::ServiceHost {
 public:
  explicit RuntimeServices(modes::Device& device);
  ~RuntimeServices() override;
  RuntimeServices(const RuntimeServices&) = delete;
  RuntimeServices& operator=(const RuntimeServices&) = delete;

  /// Starts `service` (borrowed; it may be destroyed before this object only after stop(), or
  /// when no commit can come any more: the destructor does not touch the services).
  /// From then on it follows the commits. Returns start()'s result. A service that could not
  /// start (its configured address is not the machine's) is started again by each commit that
  /// touches its sections, until it starts; each failure is logged `%NAME-3-SOCKET: <error>`.
  Result<std::string, std::string> start(runtime::Service& service);
  /// Stops every started service, in reverse order, and stops following commits.
  void stop();

  // ServiceHost
  std::shared_ptr<const model::Config> running() const override;
  void log(std::string_view message) override;
  bool debugging(std::string_view condition, std::string_view mac) const override;
  void commit(std::shared_ptr<const model::Config> next) override;
  std::chrono::system_clock::time_point local_time(
      std::chrono::system_clock::time_point utc) const override;

 private:
  void follow(const model::Config& before, const model::Config& after);
  void retry(runtime::Service& service);

  modes::Device& device_;
  std::vector<runtime::Service*> services_;  ///< started, in start order
  std::vector<runtime::Service*> waiting_;   ///< failed to start; retried on commits
  int commit_listener_ = 0;
};

}  // namespace cme::cli
