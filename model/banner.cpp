#include "model/banner.hpp"

namespace cme::model {

namespace {

/// The delimiter of a banner head "banner motd ^C..." (a caret pair "^C" or one character).
std::string delimiter_of(std::string_view rest) {
  if (rest.size() >= 2 && rest[0] == '^' && std::isalpha(static_cast<unsigned char>(rest[1]))) {
    return std::string(rest.substr(0, 2));
  }
  return std::string(rest.substr(0, 1));
}

void replace_all(std::string& text, std::string_view token, std::string_view value) {
  for (auto pos = text.find(token); pos != std::string::npos;
       pos = text.find(token, pos + value.size())) {
    text.replace(pos, token.size(), value);
  }
}

}  // namespace

std::optional<std::string> banner_text(const Config& config, std::string_view kind,
                                       std::string_view line) {
  const std::string prefix = "banner " + std::string(kind) + " ";
  for (const auto& block : config.verbatim) {
    if (!block.raw || block.head.rfind(prefix, 0) != 0) {
      continue;
    }
    std::string_view rest(block.head);
    rest.remove_prefix(prefix.size());
    rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
    const std::string delim = delimiter_of(rest);
    if (delim.empty()) {
      return std::nullopt;
    }
    // The text: what follows the delimiter on the head line, then each raw line, up to the
    // closing delimiter.
    std::string all(rest.substr(delim.size()));
    for (const auto& l : block.lines) {
      all += "\n" + l;
    }
    all = all.substr(0, all.find(delim));
    replace_all(all, "$(hostname)", config.hostname);
    replace_all(all, "$(domain)", "");
    replace_all(all, "$(line-desc)", "");
    replace_all(all, "$(line)", line);
    return all;
  }
  return std::nullopt;
}

}  // namespace cme::model
