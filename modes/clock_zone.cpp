#include "modes/clock_zone.hpp"

#include <array>
#include <cstdio>
#include <vector>

#include "parser/text.hpp"
#include "parser/token.hpp"

namespace cme::modes {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

std::vector<std::string> words(std::string_view line) {
  std::vector<std::string> out;
  for (const auto& t : parser::tokenize(line)) {
    out.emplace_back(t.text);
  }
  return out;
}

std::optional<int> number(const std::string& text, int low, int high) {
  int v = 0;
  if (std::sscanf(text.c_str(), "%d", &v) != 1 || v < low || v > high ||
      text.find_first_not_of("-0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return v;
}

/// Index (0-based) of the name in `names` that `word` begins with (case-insensitive, 3 letters
/// at least), or nullopt.
template <std::size_t N>
std::optional<unsigned> name_index(const std::string& word,
                                   const std::array<std::string_view, N>& names) {
  const std::string w = parser::to_lower(word);
  for (unsigned i = 0; i < N; ++i) {
    if (w.size() >= 3 && parser::to_lower(names[i]) == w.substr(0, 3)) {
      return i;
    }
  }
  return std::nullopt;
}

/// `W DAY MONTH hh:mm` at `w[i]`.
std::optional<SummerRule> rule(const std::vector<std::string>& w, std::size_t i) {
  if (w.size() < i + 4) {
    return std::nullopt;
  }
  SummerRule r;
  const std::string week = parser::to_lower(w[i]);
  const auto n = number(week, 1, 4);
  r.week = week == "first" ? 1 : week == "last" ? 5 : n ? static_cast<unsigned>(*n) : 0;
  const auto day = name_index(w[i + 1], kDays);
  const auto month = name_index(w[i + 2], kMonths);
  int hh = 0;
  int mm = 0;
  if (r.week == 0 || !day || !month || std::sscanf(w[i + 3].c_str(), "%d:%d", &hh, &mm) != 2) {
    return std::nullopt;
  }
  r.weekday = *day;
  r.month = *month + 1;
  r.at = hours(hh) + minutes(mm);
  return r;
}

std::optional<SummerTime> summer_time(const std::vector<std::string>& w) {
  // clock summer-time NAME recurring [rule rule [offset]]
  if (w.size() < 4 || parser::to_lower(w[3]) != "recurring") {
    return std::nullopt;
  }
  SummerTime s;
  s.name = w[2];
  if (w.size() == 4) {
    return s;
  }
  const auto start = rule(w, 4);
  const auto end = rule(w, 8);
  if (!start || !end) {
    return std::nullopt;
  }
  s.start = *start;
  s.end = *end;
  if (w.size() > 12) {
    s.offset = minutes(number(w[12], 1, 1440).value_or(60));
  }
  return s;
}

sys_days day_of(year y, const SummerRule& r) {
  const month m{r.month};
  const weekday d{r.weekday};
  if (r.week >= 5) {
    return sys_days{y / m / d[last]};
  }
  return sys_days{y / m / d[r.week]};
}

}  // namespace

ClockZone clock_zone(const model::Config& config) {
  ClockZone zone;
  for (const auto& block : config.verbatim) {
    const auto w = words(block.head);
    if (w.size() < 2 || parser::to_lower(w[0]) != "clock") {
      continue;
    }
    const std::string what = parser::to_lower(w[1]);
    if (what == "timezone" && w.size() >= 4) {
      const auto h = number(w[3], -23, 23);
      const auto m = w.size() > 4 ? number(w[4], 0, 59) : std::optional<int>(0);
      if (h && m) {
        zone.name = w[2];
        zone.offset = hours(*h) + minutes(*h < 0 || w[3].front() == '-' ? -*m : *m);
      }
    } else if (what == "summer-time") {
      if (auto s = summer_time(w)) {
        zone.summer = std::move(s);
      }
    }
  }
  return zone;
}

LocalTime to_local(const ClockZone& zone, system_clock::time_point t) {
  const auto standard = time_point_cast<milliseconds>(t) + zone.offset;
  LocalTime out{standard, zone.name};
  if (!zone.summer) {
    return out;
  }
  const auto& s = *zone.summer;
  const year y = year_month_day{floor<days>(standard)}.year();
  const auto start = day_of(y, s.start) + s.start.at;       // standard time
  const auto end = day_of(y, s.end) + s.end.at - s.offset;  // given in summer time
  const bool in_summer =
      start < end ? (standard >= start && standard < end) : (standard >= start || standard < end);
  if (in_summer) {
    out.wall = standard + s.offset;
    out.zone = s.name;
  }
  return out;
}

namespace {

/// The calendar and clock fields of a local time.
struct Fields {
  unsigned weekday = 0;  ///< 0 = Sunday
  unsigned month = 1;
  unsigned day = 1;
  int year = 0;
  int hours = 0;
  int minutes = 0;
  int seconds = 0;
  int millis = 0;
};

Fields fields_of(const LocalTime& t) {
  const auto day = floor<days>(t.wall);
  const year_month_day ymd{day};
  const hh_mm_ss time{t.wall - day};
  return Fields{weekday{day}.c_encoding(),
                static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()),
                static_cast<int>(ymd.year()),
                static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()),
                static_cast<int>(time.subseconds().count())};
}

}  // namespace

std::string clock_text(const LocalTime& t) {
  const Fields f = fields_of(t);
  char text[80];
  std::snprintf(text, sizeof text, "*%02d:%02d:%02d.%03d %s %s %s %u %d", f.hours, f.minutes,
                f.seconds, f.millis, t.zone.c_str(), kDays[f.weekday].data(),
                kMonths[f.month - 1].data(), f.day, f.year);
  return text;
}

std::string log_stamp(const LocalTime& t) {
  const Fields f = fields_of(t);
  char text[40];
  std::snprintf(text, sizeof text, "*%s %2u %02d:%02d:%02d.%03d", kMonths[f.month - 1].data(),
                f.day, f.hours, f.minutes, f.seconds, f.millis);
  return text;
}

}  // namespace cme::modes
