#pragma once
// ConfigDiff: what one commit changed, by section and object (issue 17 part 1). The runtime
// services take it in Service::apply() so that a commit that touches nothing a service uses
// costs that service nothing, and a service that does care can act per object (the ephone
// whose mac-address changed is disconnected, the others keep their sessions).
//
// Objects are the rows of model/cme_objects.hpp (an `ephone 5`, the `telephony-service` block)
// compared whole with operator==. The non-CME parts of the configuration count as one object
// per section: hostname (Section::Hostname), logging (Logging), enable secret/password (Enable),
// usernames (Usernames), line blocks (Lines) and the unmodelled IOS lines (Start).

#include <optional>
#include <span>
#include <vector>

#include "model/config.hpp"
#include "model/section.hpp"

namespace cme::model {

enum class ChangeKind { Added, Changed, Removed };

/// One object that a commit added, changed or removed.
struct ObjectChange {
  Section section;
  std::optional<unsigned> tag;  ///< the object's tag (`ephone 5`: 5); none for single objects
  ChangeKind kind = ChangeKind::Changed;
  bool operator==(const ObjectChange&) const = default;
};

class ConfigDiff {
 public:
  /// The changes from `before` to `after`, in show running-config section order, then by tag.
  /// A first configuration is a diff from an empty Config (ConfigDiff::between({}, c)).
  static ConfigDiff between(const Config& before, const Config& after);

  /// True when the commit changed nothing.
  bool empty() const { return changes_.empty(); }
  /// True when an object of `section` was added, changed or removed.
  bool touches(Section section) const;
  /// True when any of `sections` was touched.
  bool touches_any(std::span<const Section> sections) const;
  /// Every change, in section order then tag order.
  const std::vector<ObjectChange>& changes() const { return changes_; }
  /// The changes of one section, in tag order.
  std::vector<ObjectChange> changes(Section section) const;
  /// The change of one tagged object (`ephone 5`), if it changed.
  std::optional<ChangeKind> change_of(Section section, unsigned tag) const;

 private:
  std::vector<ObjectChange> changes_;
};

}  // namespace cme::model
