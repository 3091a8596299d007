#pragma once
// The visitor that renders an object's typed fields (visit_fields) as show running-config
// lines: `<indent><keyword> <args>`. Flags print their keyword when set; lists print one line
// per entry, except the ephone button list, which is one line.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/cme_config.hpp"

namespace cme::model::detail {

inline std::string text(unsigned v) {
  return std::to_string(v);
}
inline std::string text(int v) {
  return std::to_string(v);
}
inline const std::string& text(const std::string& v) {
  return v;
}
inline std::string text(const Ipv4& v) {
  return to_string(v);
}
inline std::string text(const MacAddress& v) {
  return to_string(v);
}
template <class T>
std::string text(const T& v) {
  return args(v);
}

struct RenderFields {
  std::string& out;
  std::string_view indent = " ";

  void line(std::string_view keyword, std::string_view args_text) {
    out += indent;
    out += keyword;
    if (!args_text.empty()) {
      out += ' ';
      out += args_text;
    }
    out += '\n';
  }
  void operator()(std::string_view keyword, bool flag) {
    if (flag) {
      line(keyword, "");
    }
  }
  template <class T>
  void operator()(std::string_view keyword, const std::optional<T>& v) {
    if (v) {
      line(keyword, text(*v));
    }
  }
  template <class T>
  void operator()(std::string_view keyword, const std::vector<T>& list) {
    for (const auto& e : list) {
      line(keyword, text(e));
    }
  }
  void operator()(std::string_view keyword, const std::vector<Button>& buttons) {
    if (!buttons.empty()) {
      line(keyword, args(buttons));
    }
  }
  void options(const OptionList& list) {
    for (const auto& o : list) {
      out += indent;
      out += o.text;
      out += '\n';
    }
  }
};

}  // namespace cme::model::detail
