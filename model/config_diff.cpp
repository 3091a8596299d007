#include "model/config_diff.hpp"

#include <algorithm>

#include "model/cme_objects.hpp"

namespace cme::model {

namespace {

/// A single object (std::optional member): added, removed or changed as a whole.
template <class T>
void diff_single(std::vector<ObjectChange>& out, Section section, const std::optional<T>& before,
                 const std::optional<T>& after) {
  if (before == after) {
    return;
  }
  const auto kind = !before ? ChangeKind::Added : !after ? ChangeKind::Removed : ChangeKind::Changed;
  out.push_back({section, std::nullopt, kind});
}

/// The tagged objects of one map: a merge walk over both, in tag order.
template <class T>
void diff_tagged(std::vector<ObjectChange>& out, Section section,
                 const std::map<unsigned, T>& before, const std::map<unsigned, T>& after) {
  auto b = before.begin();
  auto a = after.begin();
  while (b != before.end() || a != after.end()) {
    if (a == after.end() || (b != before.end() && b->first < a->first)) {
      out.push_back({section, b->first, ChangeKind::Removed});
      ++b;
    } else if (b == before.end() || a->first < b->first) {
      out.push_back({section, a->first, ChangeKind::Added});
      ++a;
    } else {
      if (!(b->second == a->second)) {
        out.push_back({section, a->first, ChangeKind::Changed});
      }
      ++a;
      ++b;
    }
  }
}

/// A part of the configuration outside the CME blocks, as one object of `section`.
template <class T>
void diff_part(std::vector<ObjectChange>& out, Section section, const T& before, const T& after) {
  if (!(before == after)) {
    out.push_back({section, std::nullopt, ChangeKind::Changed});
  }
}

}  // namespace

ConfigDiff ConfigDiff::between(const Config& before, const Config& after) {
  ConfigDiff d;
  auto& out = d.changes_;
  diff_part(out, Section::Start, before.verbatim, after.verbatim);
  diff_part(out, Section::Hostname, before.hostname, after.hostname);
  diff_part(out, Section::Logging, before.logging, after.logging);
  if (before.enable_secret != after.enable_secret ||
      before.enable_password != after.enable_password) {
    out.push_back({Section::Enable, std::nullopt, ChangeKind::Changed});
  }
  diff_part(out, Section::Usernames, before.usernames, after.usernames);
  for_each_cme_object([&](const auto& row) {
    if constexpr (std::decay_t<decltype(row)>::kTagged) {
      diff_tagged(out, row.section, before.cme.*row.member, after.cme.*row.member);
    } else {
      diff_single(out, row.section, before.cme.*row.member, after.cme.*row.member);
    }
  });
  diff_part(out, Section::Lines, before.lines, after.lines);
  std::stable_sort(out.begin(), out.end(), [](const ObjectChange& x, const ObjectChange& y) {
    return x.section < y.section;
  });
  return d;
}

bool ConfigDiff::touches(Section section) const {
  return std::any_of(changes_.begin(), changes_.end(),
                     [section](const ObjectChange& c) { return c.section == section; });
}

bool ConfigDiff::touches_any(std::span<const Section> sections) const {
  return std::any_of(sections.begin(), sections.end(),
                     [this](Section s) { return touches(s); });
}

std::vector<ObjectChange> ConfigDiff::changes(Section section) const {
  std::vector<ObjectChange> out;
  std::copy_if(changes_.begin(), changes_.end(), std::back_inserter(out),
               [section](const ObjectChange& c) { return c.section == section; });
  return out;
}

std::optional<ChangeKind> ConfigDiff::change_of(Section section, unsigned tag) const {
  for (const auto& c : changes_) {
    if (c.section == section && c.tag == tag) {
      return c.kind;
    }
  }
  return std::nullopt;
}

}  // namespace cme::model
