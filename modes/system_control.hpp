#pragma once
// SystemControl: what EXEC commands may ask of the process that runs the router (`reload`),
// declared here so that modes/ stays free of I/O; cli/ implements it (main.cpp), tests fake it.

#include <chrono>

namespace cme::modes {

class SystemControl {
 public:
  virtual ~SystemControl() = default;
  /// Reloads once the current command has returned: every vty session is closed, the console
  /// session ends ("Press RETURN to get started."), and the running configuration is replaced by
  /// the startup-config. The process and its listening ports stay.
  virtual void reload() = 0;
  /// Schedules reload() after `delay` (replacing a pending schedule).
  virtual void schedule_reload(std::chrono::minutes delay) = 0;
  /// Cancels the scheduled reload. Returns false when none was scheduled.
  virtual bool cancel_reload() = 0;
};

}  // namespace cme::modes
