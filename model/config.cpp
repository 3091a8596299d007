#include "model/config.hpp"

#include <algorithm>
#include <tuple>

namespace cme::model {

const char* line_kind_word(LineKind kind) {
  switch (kind) {
    case LineKind::Console:
      return "con";
    case LineKind::Aux:
      return "aux";
    case LineKind::Vty:
      return "vty";
  }
  return "con";
}

std::vector<Line> default_lines() {
  Line con;
  con.kind = LineKind::Console;
  Line vty;
  vty.kind = LineKind::Vty;
  vty.last = 4;
  return {con, vty};
}

std::optional<LineKind> line_kind_from_word(std::string_view word) {
  for (auto k : {LineKind::Console, LineKind::Aux, LineKind::Vty}) {
    if (word == line_kind_word(k)) {
      return k;
    }
  }
  return std::nullopt;
}

Line* Config::find_line(LineKind kind, unsigned first, unsigned last) {
  for (auto& l : lines) {
    if (l.kind == kind && l.first == first && l.last == last) {
      return &l;
    }
  }
  return nullptr;
}

const Line* Config::find_line(LineKind kind, unsigned first, unsigned last) const {
  return const_cast<Config*>(this)->find_line(kind, first, last);
}

const Line* Config::line_holding(LineKind kind, unsigned number) const {
  const Line* found = nullptr;
  for (const auto& l : lines) {
    if (l.kind == kind && l.first <= number && number <= l.last) {
      found = &l;
    }
  }
  return found;
}

Line& Config::ensure_line(LineKind kind, unsigned first, unsigned last) {
  if (auto* l = find_line(kind, first, last)) {
    return *l;
  }
  Line created;
  created.kind = kind;
  created.first = first;
  created.last = last;
  auto key = [](const Line& l) { return std::tuple(static_cast<int>(l.kind), l.first, l.last); };
  auto pos = std::upper_bound(lines.begin(), lines.end(), created,
                              [&](const Line& a, const Line& b) { return key(a) < key(b); });
  return *lines.insert(pos, std::move(created));
}

}  // namespace cme::model
