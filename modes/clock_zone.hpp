#pragma once
// ClockZone: the router's local time as `clock timezone` and `clock summer-time` set it (IOS
// global configuration; both are kept as general-IOS lines in the model). `show clock` and the
// log timestamps print local time with the zone's name:
//   clock timezone NAME HOURS [MINUTES]           offset from UTC (-23..23 hours, 0-59 minutes)
//   clock summer-time NAME recurring              US rules: from the second Sunday of March,
//                                                 02:00, to the first Sunday of November, 02:00
//   clock summer-time NAME recurring W DAY MONTH hh:mm W DAY MONTH hh:mm [OFFSET]
//                                                 W: 1-4, first or last; OFFSET minutes (60)
// The `date` form (one-off dates) is not followed. Without `clock timezone` the zone is UTC.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "model/config.hpp"

namespace cme::modes {

/// One end of a summer-time period: the `week`th `weekday` of `month` at `at` (local time).
struct SummerRule {
  unsigned week = 1;     ///< 1-4, 5 = last
  unsigned weekday = 0;  ///< 0 = Sunday
  unsigned month = 1;    ///< 1-12
  std::chrono::minutes at{120};
};

struct SummerTime {
  std::string name;
  SummerRule start{2, 0, 3, std::chrono::minutes{120}};
  SummerRule end{1, 0, 11, std::chrono::minutes{120}};
  std::chrono::minutes offset{60};
};

struct ClockZone {
  std::string name = "UTC";
  std::chrono::minutes offset{0};  ///< standard time minus UTC
  std::optional<SummerTime> summer;
};

/// The zone the running configuration's `clock timezone` / `clock summer-time` lines set (the
/// last of each; malformed lines are ignored).
ClockZone clock_zone(const model::Config& config);

/// A local wall time: the fields of `wall` (as if UTC) are the local date and time.
struct LocalTime {
  std::chrono::sys_time<std::chrono::milliseconds> wall;
  std::string zone;  ///< "UTC", "PST", or the summer-time name while it applies
};

LocalTime to_local(const ClockZone& zone, std::chrono::system_clock::time_point t);

/// `show clock`: "*07:16:02.715 UTC Mon Dec 7 2026" (day of month not padded, as IOS).
std::string clock_text(const LocalTime& t);

/// A log message's timestamp: "*Dec  7 07:16:02.715" (day padded to two columns, as IOS).
std::string log_stamp(const LocalTime& t);

}  // namespace cme::modes
