#pragma once
// Fusion adaptation of the Via AST (via/ast.hpp).

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/sip/via/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::sip::ViaAst, protocol, version, transport, host, port,
                          params)
