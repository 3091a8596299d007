#include "grammar/spec/spec.hpp"

#include <array>

#include "grammar/spec/spec_def.hpp"

namespace cme::grammar::spec {
namespace {

using values::ValueType;

struct ValueWordInfo {
  const char* name;
  ValueKind kind;
  ValueType named;
  const char* help;
};

// Indexed by the codes of rules::value_word_table.
constexpr std::array<ValueWordInfo, 11> kValueWords{{
    {"WORD", ValueKind::Word, ValueType::Ipv4, "WORD"},
    {"LINE", ValueKind::Line, ValueType::Ipv4, "LINE"},
    {"A.B.C.D", ValueKind::Named, ValueType::Ipv4, "A.B.C.D"},
    {"A.B.C.D/M", ValueKind::Named, ValueType::Ipv4Prefix, "A.B.C.D/nn"},
    {"H.H.H", ValueKind::Named, ValueType::Mac, "H.H.H"},
    {"HH:MM", ValueKind::Named, ValueType::TimeOfDay, "hh:mm"},
    {"E164", ValueKind::Named, ValueType::E164, "WORD"},
    {"PATTERN", ValueKind::Named, ValueType::DialPattern, "WORD"},
    {"BUTTONS", ValueKind::Named, ValueType::ButtonList, "LINE"},
    {"URL", ValueKind::Named, ValueType::Url, "WORD"},
    {"QUOTED", ValueKind::Named, ValueType::QuotedString, "\"LINE\""},
}};

Diagnostic error_at(std::size_t column, std::string expected) {
  Diagnostic d;
  d.kind = DiagnosticKind::Invalid;
  d.column = column;
  d.expected.push_back(std::move(expected));
  return d;
}

/// Turns the X3 attribute into the public tree; checks what the grammar cannot.
class Converter {
 public:
  Result<Sequence, Diagnostic> sequence(const ast::sequence& in) {
    Sequence out;
    for (const auto& e : in) {
      auto converted = element(e);
      if (!converted) {
        return Err{std::move(converted).error()};
      }
      out.push_back(std::move(converted).value());
    }
    return out;
  }

 private:
  Result<Element, Diagnostic> element(const ast::element& in) {
    Element out;
    out.column = in.column;
    out.bind = in.bind.value_or("");
    if (const auto* r = boost::get<ast::range>(&in.value)) {
      if (r->lo > r->hi) {
        return Err{error_at(in.column, "range with lo <= hi")};
      }
      out.kind = ElementKind::Value;
      out.value_kind = ValueKind::Range;
      out.lo = r->lo;
      out.hi = r->hi;
      out.text = "<" + std::to_string(r->lo) + "-" + std::to_string(r->hi) + ">";
    } else if (const auto* w = boost::get<ast::value_word>(&in.value)) {
      const auto& info = kValueWords.at(static_cast<std::size_t>(w->code));
      out.kind = ElementKind::Value;
      out.value_kind = info.kind;
      out.named = info.named;
      out.text = info.name;
    } else if (const auto* k = boost::get<std::string>(&in.value)) {
      out.kind = ElementKind::Keyword;
      out.text = *k;
    } else {
      const auto& g = boost::get<x3::forward_ast<ast::group>>(in.value).get();
      if ((g.open == '[') != (g.close == ']')) {
        return Err{error_at(in.column, g.open == '[' ? "]" : "}")};
      }
      out.kind = g.open == '[' ? ElementKind::Optional : ElementKind::Choice;
      for (const auto& alt : g.alternatives) {
        auto seq = sequence(alt);
        if (!seq) {
          return Err{std::move(seq).error()};
        }
        out.alternatives.push_back(std::move(seq).value());
      }
    }
    return out;
  }
};

}  // namespace

Result<Sequence, Diagnostic> parse_spec(std::string_view text) {
  rules::error_sink sink{text.begin(), 0, {}, false};
  ast::sequence attribute;
  auto first = text.begin();
  const auto parser = x3::with<rules::error_sink_tag>(std::ref(sink))[rules::spec];
  bool ok = false;
  try {
    ok = x3::phrase_parse(first, text.end(), parser, x3::ascii::blank, attribute);
  } catch (const std::exception&) {  // defensive: on_error should have handled expectations
    ok = false;
  }
  if (!ok || sink.failed) {
    const std::size_t column =
        sink.failed ? sink.column : static_cast<std::size_t>(first - text.begin());
    return Err{error_at(column, sink.expected.empty() ? "command spec" : sink.expected)};
  }
  return Converter{}.sequence(attribute);
}

std::string help_token(const Element& value) {
  if (value.value_kind == ValueKind::Range) {
    return value.text;
  }
  for (const auto& info : kValueWords) {
    if (value.text == info.name) {
      return info.help;
    }
  }
  return value.text;
}

}  // namespace cme::grammar::spec
