#pragma once
// How IOS separates groups of general-IOS lines in show running-config: after some commands it
// prints "!" lines of its own (seed 001's example configuration: `no aaa new-model` then one,
// `ip cef` then two, the `voice-card` blocks then one more than each block's own). OpenCME keeps
// these lines as text (model/verbatim.hpp) and renders the separators from this table.

#include <string_view>

namespace cme::model {

struct IosGroup {
  std::string_view words;  ///< the leading words of the group's lines ("ip route")
  unsigned bangs;          ///< "!" lines after the group's last line
};

/// The group of the general-IOS line or block head `head` (a leading `no ` ignored), or nullptr
/// when IOS prints no "!" lines of its own after it.
const IosGroup* ios_group(std::string_view head);

}  // namespace cme::model
