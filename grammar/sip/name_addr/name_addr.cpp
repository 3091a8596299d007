// parse_name_addr (name_addr.hpp) on top of the rules in name_addr_def.hpp.

#include "grammar/sip/name_addr/name_addr.hpp"

#include <optional>
#include <vector>

#include "grammar/sip/detail/parse_whole.hpp"
#include "grammar/sip/name_addr/name_addr_def.hpp"
#include "grammar/sip/uri/uri.hpp"

namespace cme::grammar::sip {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_token_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("-.!%*_+`'~").find(c) != std::string_view::npos;
}

/// True when the value is in name-addr form: it starts with a quoted display name, or tokens and
/// blanks lead to '<'.
bool has_angle_form(std::string_view text) {
  for (char const c : text) {
    if (c == '"' || c == '<') {
      return true;
    }
    if (!is_token_char(c) && !is_blank(c)) {
      return false;
    }
  }
  return false;
}

std::string_view as_view(const TextRange& range) {
  return {range.begin(), range.size()};
}

bool is_star(std::string_view text) {
  std::size_t const star = text.find_first_not_of(" \t");
  return star != std::string_view::npos && text[star] == '*' &&
         text.find_first_not_of(" \t", star + 1) == std::string_view::npos;
}

/// Parses the URI into `out` and cooks its parameters (moved from `params`); the error, with
/// URI offsets made relative to `text`, or nullopt. `out` is filled in place: the result is
/// moved once, into the caller's Result.
std::optional<SyntaxError> finish(std::string_view text, std::string_view uri_text,
                                  std::vector<ParamAst>& params, NameAddrAst& out) {
  auto uri = parse_uri(uri_text);
  if (!uri) {
    SyntaxError error = std::move(uri).error();
    std::size_t const at = text.find(uri_text);
    error.offset += at == std::string_view::npos ? 0 : at;
    return error;
  }
  out.uri = std::move(uri).value();
  out.params = std::move(params);
  for (auto& param : out.params) {
    if (!cook_param(param, false)) {
      return SyntaxError{text.find(';'), "name-addr"};
    }
  }
  return std::nullopt;
}

}  // namespace

Result<NameAddrAst, SyntaxError> parse_name_addr(std::string_view text) {
  NameAddrAst out;
  std::size_t offset = 0;
  if (is_star(text)) {
    out.star = true;
    return out;
  }
  if (has_angle_form(text)) {
    NameAddrFormAst form;
    form.params.reserve(count_char(text, ';'));
    if (!detail::parse_whole(text, name_addr_rules::name_addr_form, form, offset)) {
      return Err{SyntaxError{offset, "name-addr"}};
    }
    if (!form.display.empty() && form.display.front() == '"') {
      unquote(form.display, out.display);
    } else {
      out.display = std::move(form.display);
    }
    if (auto error = finish(text, as_view(form.uri), form.params, out)) {
      return Err{std::move(*error)};
    }
    return out;
  }
  AddrSpecFormAst form;
  form.params.reserve(count_char(text, ';'));
  if (!detail::parse_whole(text, name_addr_rules::addr_spec_form, form, offset)) {
    return Err{SyntaxError{offset, "addr-spec"}};
  }
  const std::string_view uri = as_view(form.uri);
  if (uri.find_first_of("?,") != std::string_view::npos) {
    return Err{SyntaxError{text.find_first_of("?,"), "addr-spec"}};
  }
  if (auto error = finish(text, uri, form.params, out)) {
    return Err{std::move(*error)};
  }
  return out;
}

}  // namespace cme::grammar::sip
