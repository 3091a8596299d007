#pragma once
// IOS login-security commands that OpenCME does not enforce. They are refused with an error
// rather than stored, so that an operator never believes a protection is active that is not:
//   login block-for <1-65535> attempts <1-65535> within <1-65535>   (global)
//   login delay <1-10>                                             (global)
//   login quiet-mode access-class WORD                             (global)
//   access-class <1-2799> {in | out} [vrf-also]                    (line)
// Their `no` forms are accepted and change nothing.

#include "modes/command_table.hpp"

namespace cme::modes {

void add_refused_login_commands(CommandTable& global);
void add_refused_access_class(CommandTable& line);

}  // namespace cme::modes
