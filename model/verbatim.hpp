#pragma once
// General IOS configuration that OpenCME does not model (interfaces, routing, banners, ...):
// kept as typed, with its sub-lines, in order, and rendered back so nothing is lost (issue 2,
// "show running-config framework").

#include <string>
#include <vector>

#include "model/section.hpp"

namespace cme::model {

struct VerbatimBlock {
  std::string head;                 ///< the first line, e.g. "interface GigabitEthernet0/0"
  std::vector<std::string> lines;   ///< sub-lines without their leading indentation
  bool raw = false;                 ///< banner text: `lines` are printed exactly, not indented
  Section anchor = Section::Start;  ///< rendered after this section
  bool operator==(const VerbatimBlock&) const = default;
};

}  // namespace cme::model
