#pragma once
// Rules of the command-spec grammar. Included by grammar/spec/spec.cpp only.

#include <boost/spirit/home/x3.hpp>

#include "grammar/config.hpp"
#include "grammar/spec/ast.hpp"
#include "grammar/spec/ast_adapted.hpp"

namespace cme::grammar::spec::rules {

/// Where parsing started and where it failed; reached through the context (x3::with).
struct error_sink {
  iterator_type begin;
  std::size_t column = 0;
  std::string expected;
  bool failed = false;
};
struct error_sink_tag;

/// Value words and their codes (the order of kValueWords in spec.cpp).
struct value_word_table : x3::symbols<int> {
  value_word_table() {
    add("WORD", 0)("LINE", 1)("A.B.C.D", 2)("A.B.C.D/M", 3)("H.H.H", 4)("HH:MM", 5)("E164", 6)(
        "PATTERN", 7)("BUTTONS", 8)("URL", 9)("QUOTED", 10);
  }
};
inline const value_word_table value_words;

struct spec_class {
  template <class It, class Exception, class Context>
  x3::error_handler_result on_error(It&, It const&, Exception const& x, Context const& ctx) {
    auto& sink = x3::get<error_sink_tag>(ctx).get();
    sink.failed = true;
    sink.column = static_cast<std::size_t>(x.where() - sink.begin);
    sink.expected = x.which();
    return x3::error_handler_result::fail;
  }
};
struct element_class {
  template <class It, class Context>
  void on_success(It const& first, It const&, ast::element& e, Context const& ctx) {
    e.column = static_cast<std::size_t>(first - x3::get<error_sink_tag>(ctx).get().begin);
  }
};
struct group_class;
struct sequence_class;

const x3::rule<class keyword_class, std::string> keyword = "keyword";
const x3::rule<class value_word_class, ast::value_word> value_word = "value type";
const x3::rule<class range_class, ast::range> range = "range <lo-hi>";
const x3::rule<group_class, ast::group> group = "group";
const x3::rule<element_class, ast::element> element = "element";
const x3::rule<sequence_class, ast::sequence> sequence = "keyword, value or group";
const x3::rule<class bind_class, std::string> bind = "binding name";
const x3::rule<spec_class, ast::sequence> spec = "command spec";

const auto keyword_char = x3::alnum | x3::char_("-_.:/+#*");
const auto keyword_def = x3::lexeme[(x3::lower | x3::digit) >> *keyword_char] |
                         x3::lexeme['\\' > x3::upper >> *keyword_char];
const auto set_code = [](auto& ctx) { x3::_val(ctx).code = x3::_attr(ctx); };
const auto value_word_def = x3::lexeme[value_words >> !keyword_char][set_code];
const auto range_def = x3::lexeme['<' > x3::long_long > '-' > x3::long_long > '>'];
const auto group_def = x3::char_("[{") > (sequence % '|') > x3::char_("]}");
const auto bind_def = x3::no_skip['$' > +(x3::alnum | x3::char_('_'))];
const auto element_def = (range | value_word | keyword | group) >> -bind;
const auto sequence_def = +element;
const auto spec_def = sequence > x3::eoi;

BOOST_SPIRIT_DEFINE(keyword, value_word, range, group, element, sequence, bind, spec)

}  // namespace cme::grammar::spec::rules
