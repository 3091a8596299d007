#pragma once
// Boost.Fusion adaptation of the value ASTs (ast.hpp) so that X3 sequences fill them directly.
// Include only from grammar/values/*_def.hpp.

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/values/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::values::TimeOfDay, hour, minute)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::values::ButtonEntry, index, separator, dns)
