#pragma once
// The option lines of the golden files tests/data/configs/options-*.cfg grouped by mode, for
// tests that generate configurations (config_property_test.cpp).

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace cme::test {

/// Option lines of the golden files by mode: "ephone", "ephone-dn", "voice register pool",
/// "voice service voip", "voice service voip/sip" (a sub-mode: lines indented twice) ...
using OptionPools = std::map<std::string, std::vector<std::string>>;

/// The mode of a block header: its words up to the first tag ("ephone-dn 1 dual-line" ->
/// "ephone-dn", "dial-peer voice 100 voip" -> "dial-peer voice").
inline std::string mode_key(const std::string& header) {
  std::istringstream words(header);
  std::string key;
  for (std::string w; words >> w && !std::isdigit(static_cast<unsigned char>(w[0]));) {
    key += (key.empty() ? "" : " ") + w;
  }
  return key;
}

inline void read_options_file(const std::filesystem::path& path, OptionPools& pools) {
  std::ifstream in(path);
  std::string line;
  std::string mode;
  std::string last_sub;  ///< the last once-indented line: a sub-mode header if lines follow
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '!') {
      continue;
    }
    if (line[0] != ' ') {
      mode = mode_key(line);
    } else if (line.starts_with("  ")) {
      auto& parent = pools[mode];
      std::erase(parent, last_sub);  // `sip` enters a sub-mode: not an option of the parent
      pools[mode + "/" + last_sub.substr(1)].push_back(line);
    } else {
      last_sub = line;
      pools[mode].push_back(line);
    }
  }
}

inline OptionPools load_option_pools() {
  OptionPools pools;
  for (const auto& e : std::filesystem::directory_iterator(
           std::filesystem::path(OPENCME_SOURCE_DIR) / "tests/data/configs")) {
    if (e.path().filename().string().starts_with("options-")) {
      read_options_file(e.path(), pools);
    }
  }
  return pools;
}

}  // namespace cme::test
