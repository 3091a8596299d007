#pragma once
// Shared Spirit X3 configuration for every grammar in grammar/ (STYLE.md §6): the iterator type
// all grammars parse with, and the phrase context used by grammars that skip blanks.
// Include only from grammar/ *_def.hpp and grammar .cpp files.

#include <boost/spirit/home/x3.hpp>
#include <string_view>

namespace cme::grammar {

namespace x3 = boost::spirit::x3;

/// All grammars parse contiguous text: a string_view's iterator.
using iterator_type = std::string_view::const_iterator;

/// Context for grammars parsed without a skipper (values, spec tokens).
using context_type = x3::unused_type;

/// Context for grammars parsed with a blank skipper.
using blank_skipper_type = x3::ascii::blank_type;
using phrase_context_type = x3::phrase_parse_context<blank_skipper_type>::type;

}  // namespace cme::grammar
