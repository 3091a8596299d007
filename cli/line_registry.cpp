#include "cli/line_registry.hpp"

namespace cme::cli {

bool LineRegistry::occupy(model::LineKind kind, unsigned relative, std::string location,
                          std::function<void()> clear) {
  const unsigned absolute = modes::absolute_line(kind, relative);
  if (lines_.count(absolute) != 0) {
    return false;
  }
  Entry e;
  e.status.absolute = absolute;
  e.status.kind = kind;
  e.status.relative = relative;
  e.status.location = std::move(location);
  e.last_input = clock_.steady_now();
  e.clear = std::move(clear);
  lines_.emplace(absolute, std::move(e));
  ++uses_[absolute];
  return true;
}

std::optional<unsigned> LineRegistry::free_vty(
    const std::vector<std::pair<unsigned, unsigned>>& vty_ranges) const {
  std::optional<unsigned> best;
  for (const auto& [first, last] : vty_ranges) {
    for (unsigned n = first; n <= last && (!best || n < *best); ++n) {
      if (lines_.count(modes::absolute_line(model::LineKind::Vty, n)) == 0) {
        best = n;
        break;
      }
    }
  }
  return best;
}

void LineRegistry::set_user(unsigned absolute, std::string user) {
  if (auto it = lines_.find(absolute); it != lines_.end()) {
    it->second.status.user = std::move(user);
  }
}

void LineRegistry::touch(unsigned absolute) {
  if (auto it = lines_.find(absolute); it != lines_.end()) {
    it->second.last_input = clock_.steady_now();
  }
}

void LineRegistry::release(unsigned absolute) {
  lines_.erase(absolute);
}

std::vector<modes::LineStatus> LineRegistry::active() const {
  std::vector<modes::LineStatus> out;
  const auto now = clock_.steady_now();
  for (const auto& [absolute, e] : lines_) {
    auto s = e.status;
    s.idle = std::chrono::duration_cast<std::chrono::seconds>(now - e.last_input);
    out.push_back(std::move(s));
  }
  return out;
}

unsigned LineRegistry::uses(unsigned absolute) const {
  auto it = uses_.find(absolute);
  return it == uses_.end() ? 0 : it->second;
}

bool LineRegistry::clear(unsigned absolute) {
  auto it = lines_.find(absolute);
  if (it == lines_.end() || !it->second.clear) {
    return false;
  }
  it->second.clear();
  return true;
}

}  // namespace cme::cli
