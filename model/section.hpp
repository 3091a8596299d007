#pragma once
// The blocks of show running-config in the order IOS prints them. Verbatim (unmodelled) IOS
// lines remember the section that preceded them in the input and are rendered right after it,
// so a pasted router configuration comes back in its own order. Gaps leave room for the CME
// sections of later issues.

namespace cme::model {

enum class Section {
  Start = 0,       ///< before everything typed (version, service ...)
  Hostname = 10,
  Enable = 20,
  Lines = 90,      ///< line con / aux / vty
};

}  // namespace cme::model
