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
  /// Render only the fields from `from` (a keyword; "" = the first field) up to, not
  /// including, `until` ("" = to the last): an object whose options IOS prints between two
  /// typed fields renders its fields in two visits (render_cme.cpp).
  std::string_view from = {};
  std::string_view until = {};
  bool on = true;  ///< inside [from, until) during a visit; set by begin()

  /// Starts a visit of the fields from `first` up to `last`.
  void begin(std::string_view first, std::string_view last) {
    from = first;
    until = last;
    on = first.empty();
  }
  /// Whether the field `keyword` is rendered in this visit.
  bool takes(std::string_view keyword) {
    if (keyword == from) {
      on = true;
    }
    if (keyword == until) {
      on = false;
    }
    return on;
  }

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
    if (takes(keyword) && flag) {
      line(keyword, "");
    }
  }
  template <class T>
  void operator()(std::string_view keyword, const std::optional<T>& v) {
    if (takes(keyword) && v) {
      line(keyword, text(*v));
    }
  }
  template <class T>
  void operator()(std::string_view keyword, const std::vector<T>& list) {
    if (!takes(keyword)) {
      return;
    }
    for (const auto& e : list) {
      line(keyword, text(e));
    }
  }
  /// The ephone button list: IOS writes two blanks after the keyword (` button  1:1 2:2`).
  void operator()(std::string_view keyword, const std::vector<Button>& buttons) {
    if (takes(keyword) && !buttons.empty()) {
      line(std::string(keyword) + ' ', args(buttons));
    }
  }
  /// Every option, or those `pick` selects.
  template <class Pick>
  void options(const OptionList& list, Pick pick) {
    for (const auto& o : list) {
      if (pick(o)) {
        out += indent;
        out += o.text;
        out += '\n';
      }
    }
  }
  void options(const OptionList& list) {
    options(list, [](const Option&) { return true; });
  }
};

}  // namespace cme::model::detail
