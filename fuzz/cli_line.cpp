// Fuzz target: CLI lines typed into a Session (the console's and the vty's path after login).
// The first byte picks the mode to start in (through the commands that enter it); the rest is
// lines: one ending in '?' asks for help, one ending in TAB asks for completion, any other is
// executed.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_router.hpp"
#include "modes/session.hpp"

namespace {

constexpr std::array<std::string_view, 21> kModeEntries = {
    "",
    "configure terminal",
    "configure terminal\ntelephony-service",
    "configure terminal\nephone 1",
    "configure terminal\nephone-dn 1",
    "configure terminal\nephone-template 1",
    "configure terminal\nephone-dn-template 1",
    "configure terminal\nvoice register global",
    "configure terminal\nvoice register pool 1",
    "configure terminal\nvoice register dn 1",
    "configure terminal\nvoice register template 1",
    "configure terminal\nvoice register session-server 1",
    "configure terminal\npresence",
    "configure terminal\nsip-ua",
    "configure terminal\nvoice logout-profile 1",
    "configure terminal\nvoice user-profile 1",
    "configure terminal\nvoice service voip",
    "configure terminal\nvoice service voip\nsip",
    "configure terminal\ndial-peer voice 1 voip",
    "configure terminal\nline vty 0 4",
    "configure terminal\ninterface GigabitEthernet0/0",
};

void type_line(cme::modes::Session& session, std::string_view line) {
  if (!line.empty() && line.back() == '?') {
    (void)session.help(line.substr(0, line.size() - 1));
  } else if (!line.empty() && line.back() == '\t') {
    (void)session.complete(line.substr(0, line.size() - 1));
  } else {
    (void)session.execute(line);
  }
}

void type_lines(cme::modes::Session& session, std::string_view text) {
  while (!text.empty() && !session.closed()) {
    const auto nl = text.find('\n');
    type_line(session, text.substr(0, nl));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > 4096) {
    return 0;
  }
  cme::fuzz::FuzzRouter r;
  cme::modes::SessionOptions options;
  options.privilege = 15;
  cme::modes::Session session(r.device, options);
  type_lines(session, kModeEntries[data[0] % kModeEntries.size()]);
  type_lines(session, std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  return 0;
}
