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

std::string join_words(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) {
    if (!text.empty()) {
      text += ' ';
    }
    text += w;
  }
  return text;
}

std::string option_text(const parser::Args& args) {
  return join_words(args.words());
}

OptionKeyOf fixed_key(std::string key) {
  return [key = std::move(key)](const parser::Args&) { return key; };
}

OptionKeyOf first_words(std::size_t n) {
  return [n](const parser::Args& args) {
    std::string key;
    const auto& words = args.words();
    for (std::size_t i = 0; i < words.size() && i < n; ++i) {
      key += (i == 0 ? "" : " ") + words[i];
    }
    return key;
  };
}

OptionEdit plan_option(const OptionRule& rule, const parser::Args& args, parser::CommandForm form) {
  OptionEdit e;
  e.key = rule.key ? rule.key(args) : option_key(args, rule.key_values);
  const bool on = rule.by_default == OptionDefault::On;
  if (form == parser::CommandForm::Default) {
    e.kind = OptionEdit::Kind::Erase;
  } else if (form == parser::CommandForm::No) {
    // `no X` of a default-on command is what is shown; otherwise it removes X (all of
    // `after-hours day` when no exact key matches and the key is the plain leading words).
    e.kind = on ? OptionEdit::Kind::Store
                : (rule.key ? OptionEdit::Kind::Erase : OptionEdit::Kind::EraseUnder);
    e.text = "no " + e.key;
  } else {
    e.text = option_text(args);
    if (rule.rewrite) {
      auto r = rule.rewrite(args);
      if (!r) {
        return {OptionEdit::Kind::Error, e.key, "% " + r.error()};
      }
      e.text = std::move(r).value();
    }
    // A bare default-on command restores the default; with arguments it is a setting.
    e.kind = on && e.text == e.key ? OptionEdit::Kind::Erase : OptionEdit::Kind::Store;
  }
  return e;
}

Diagnostic object_gone() {
  return make_semantic("% The object of this mode was removed while it was being configured");
}

}  // namespace cme::modes
