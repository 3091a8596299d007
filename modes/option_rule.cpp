#include "modes/option_rule.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "parser/text.hpp"

namespace cme::modes {

namespace {

/// The name `word` stands for: an exact match in any case, else the one name it abbreviates.
/// The error when there is none or several.
Result<std::string_view, std::string> match_name(WordSet names, std::string_view word,
                                                 const std::string& what) {
  std::vector<std::string_view> hits;
  for (const auto n : names) {
    if (parser::equal_ci(n, word)) {
      return n;
    }
    if (parser::common_prefix_ci(n, word) == word.size()) {
      hits.push_back(n);
    }
  }
  if (hits.size() == 1) {
    return hits.front();
  }
  return Err{fmt::format("{} {} \"{}\"", hits.empty() ? "Invalid" : "Ambiguous", what, word)};
}

/// Respells each of `words` as one of `names`, each at most once.
std::optional<std::string> respell_each(std::vector<std::string>& words, WordSet names,
                                        const std::string& what) {
  std::vector<std::string_view> seen;
  for (auto& word : words) {
    auto name = match_name(names, word, what);
    if (!name) {
      return name.error();
    }
    if (std::find(seen.begin(), seen.end(), *name) != seen.end()) {
      return fmt::format("Duplicate {} \"{}\"", what, *name);
    }
    seen.push_back(*name);
    word = std::string(*name);
  }
  return std::nullopt;
}

std::vector<std::string> split_blanks(std::string_view text) {
  std::vector<std::string> words;
  while (true) {
    const auto start = text.find_first_not_of(' ');
    if (start == std::string_view::npos) {
      return words;
    }
    text.remove_prefix(start);
    words.emplace_back(text.substr(0, text.find(' ')));
    text.remove_prefix(words.back().size());
  }
}

}  // namespace

OptionKey leading(unsigned values) {
  return {[values](const parser::Args& args) {
            const auto& words = args.words();
            std::vector<std::string> key;
            unsigned seen = 0;
            for (std::size_t i = 0; i < words.size(); ++i) {
              if (args.value_words()[i] && seen++ >= values) {
                break;
              }
              key.push_back(words[i]);
            }
            return join_words(key);
          },
          true};
}

OptionKey first_words(std::size_t n) {
  return {[n](const parser::Args& args) {
    const auto& words = args.words();
    return join_words({words.begin(), words.begin() + std::min(n, words.size())});
  }};
}

OptionKey fixed_key(std::string key) {
  return {[key = std::move(key)](const parser::Args&) { return key; }};
}

OptionCheck spelled(WordSet spellings) {
  return [spellings](const parser::Args& args, std::vector<std::string>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      for (const auto s : spellings) {
        if (!args.value_words()[i] && parser::equal_ci(words[i], s)) {
          words[i] = std::string(s);
        }
      }
    }
    return std::optional<std::string>();
  };
}

OptionCheck one_of(std::size_t first, std::size_t last, WordSet names, std::string what) {
  return [=](const parser::Args&, std::vector<std::string>& words) -> std::optional<std::string> {
    if (first >= words.size()) {
      return std::nullopt;
    }
    std::vector<std::string> part(words.begin() + first,
                                  words.begin() + std::min(last + 1, words.size()));
    if (auto error = respell_each(part, names, what)) {
      return error;
    }
    std::copy(part.begin(), part.end(), words.begin() + first);
    return std::nullopt;
  };
}

OptionCheck list_of(std::string arg, WordSet names, std::string what) {
  return
      [=](const parser::Args& args, std::vector<std::string>& words) -> std::optional<std::string> {
        for (std::size_t i = 0; i < words.size(); ++i) {
          if (args.value_words()[i] && args.has(arg) && words[i] == args.get(arg)) {
            auto list = split_blanks(words[i]);
            if (auto error = respell_each(list, names, what)) {
              return error;
            }
            words[i] = join_words(list);
          }
        }
        return std::nullopt;
      };
}

OptionCheck digits(std::size_t at, std::size_t min, std::size_t max, std::string what) {
  return [=](const parser::Args&, std::vector<std::string>& words) -> std::optional<std::string> {
    if (at >= words.size()) {
      return std::nullopt;
    }
    const auto& w = words[at];
    const bool all_digits = w.find_first_not_of("0123456789") == std::string::npos;
    if (!all_digits || w.size() < min || w.size() > max) {
      return fmt::format("The {} must be {} to {} digits", what, min, max);
    }
    return std::nullopt;
  };
}

OptionCheck text_limit(std::size_t at, std::size_t max, std::string banned, std::string what) {
  return [=](const parser::Args&, std::vector<std::string>& words) -> std::optional<std::string> {
    if (at >= words.size()) {
      return std::nullopt;
    }
    if (words[at].size() > max) {
      return fmt::format("The {} is longer than {} characters", what, max);
    }
    if (words[at].find_first_of(banned) != std::string::npos) {
      return fmt::format("The {} may not contain any of {}", what, banned);
    }
    return std::nullopt;
  };
}

OptionCheck each_value(bool (*accept)(std::string_view), std::string message) {
  return
      [=](const parser::Args& args, std::vector<std::string>& words) -> std::optional<std::string> {
        for (std::size_t i = 0; i < words.size(); ++i) {
          if (args.value_words()[i] && !accept(words[i])) {
            return fmt::format(fmt::runtime(message), words[i]);
          }
        }
        return std::nullopt;
      };
}

std::string list_help(std::string_view what, WordSet names) {
  std::string text(what);
  text += ':';
  for (std::size_t i = 0; i < names.size(); ++i) {
    text += i == 0 ? " " : (i + 1 == names.size() ? " or " : ", ");
    text += names[i];
  }
  return text;
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

OptionEdit plan_option(const OptionRule& rule, const parser::Args& args, parser::CommandForm form) {
  static const OptionKey kLeadingWords = leading(0);
  const OptionKey& key = rule.key.of ? rule.key : kLeadingWords;
  OptionEdit e;
  e.key = key.of(args);
  const bool on = rule.by_default == OptionDefault::On;
  if (form == parser::CommandForm::Default) {
    e.kind = OptionEdit::Kind::Erase;
  } else if (form == parser::CommandForm::No) {
    // `no X` of a default-on command is what is shown; otherwise it removes X (all of
    // `after-hours day` when no exact key matches and the key is the leading words).
    e.kind = on ? OptionEdit::Kind::Store
                : (key.leading ? OptionEdit::Kind::EraseUnder : OptionEdit::Kind::Erase);
    e.text = "no " + e.key;
  } else {
    std::vector<std::string> words = args.words();
    for (const auto& check : rule.checks) {
      if (auto error = check(args, words)) {
        return {OptionEdit::Kind::Error, e.key, "% " + *error};
      }
    }
    e.text = join_words(words);
    // A bare default-on command restores the default; with arguments it is a setting.
    e.kind = on && e.text == e.key ? OptionEdit::Kind::Erase : OptionEdit::Kind::Store;
  }
  return e;
}

}  // namespace cme::modes
