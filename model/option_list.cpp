#include "model/option_list.hpp"

#include <algorithm>

namespace cme::model {

namespace {

std::string_view next_word(std::string_view& s) {
  const auto end = s.find(' ');
  const auto word = s.substr(0, end);
  s = end == std::string_view::npos ? std::string_view() : s.substr(end + 1);
  return word;
}

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int compare_words(std::string_view a, std::string_view b) {
  if (all_digits(a) && all_digits(b) && a.size() != b.size()) {
    return a.size() < b.size() ? -1 : 1;
  }
  const int c = a.compare(b);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

bool before(const Option& a, const Option& b) {
  if (a.rank != b.rank) {
    return a.rank < b.rank;
  }
  return compare_keys(a.key, b.key) < 0;
}

}  // namespace

int compare_keys(std::string_view a, std::string_view b) {
  while (!a.empty() || !b.empty()) {
    if (a.empty() || b.empty()) {
      return a.empty() ? -1 : 1;
    }
    if (const int c = compare_words(next_word(a), next_word(b)); c != 0) {
      return c;
    }
  }
  return 0;
}

void OptionList::set(Option option) {
  std::erase_if(items_, [&](const Option& o) { return o.key == option.key; });
  const auto pos = std::upper_bound(items_.begin(), items_.end(), option, before);
  items_.insert(pos, std::move(option));
}

std::size_t OptionList::erase(std::string_view key) {
  return std::erase_if(items_, [&](const Option& o) { return o.key == key; });
}

std::size_t OptionList::erase_under(std::string_view key) {
  return std::erase_if(items_, [&](const Option& o) {
    return o.key.size() > key.size() && o.key.compare(0, key.size(), key) == 0 &&
           o.key[key.size()] == ' ';
  });
}

const Option* OptionList::find(std::string_view key) const {
  const auto it =
      std::find_if(items_.begin(), items_.end(), [&](const Option& o) { return o.key == key; });
  return it == items_.end() ? nullptr : &*it;
}

std::string OptionList::value(std::string_view key, std::string_view fallback) const {
  const auto* o = find(key);
  if (o == nullptr || o->text.size() <= key.size()) {
    return std::string(fallback);
  }
  return o->text.substr(key.size() + 1);
}

}  // namespace cme::model
