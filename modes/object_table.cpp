#include "modes/object_table.hpp"

namespace cme::modes {

std::string option_key(const parser::Args& args, unsigned key_values) {
  const auto& words = args.words();
  const auto& is_value = args.value_words();
  std::string key;
  unsigned values = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (is_value[i] && values++ >= key_values) {
      break;
    }
    if (!key.empty()) {
      key += ' ';
    }
    key += words[i];
  }
  return key;
}

std::string option_text(const parser::Args& args) {
  std::string text;
  for (const auto& w : args.words()) {
    if (!text.empty()) {
      text += ' ';
    }
    text += w;
  }
  return text;
}

Diagnostic object_gone() {
  return make_semantic("% The object of this mode was removed while it was being configured");
}

}  // namespace cme::modes
