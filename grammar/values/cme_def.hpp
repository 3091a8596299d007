#pragma once
// X3 rules for the CME dialing value types: E.164 number, dial pattern, ephone button list and
// quoted string. Included by grammar/values/cme_values.cpp only.
//
// Components whose failure should be reported at their own start are wrapped in track[...]
// (detail/x3_support.hpp); every rule uses plain `>>`, so nothing here throws.

#include <string>
#include <vector>

#include "grammar/config.hpp"
#include "grammar/values/ast.hpp"
#include "grammar/values/ast_adapted.hpp"
#include "grammar/values/detail/x3_support.hpp"

namespace cme::grammar::values::cme_rules {

using detail::bounded_uint;
using detail::track;

struct e164_class;
struct dial_pattern_class;
struct overlay_dns_class;
struct overlay_entry_class;
struct single_entry_class;
struct button_list_class;
struct quoted_string_class;

x3::rule<e164_class, std::string> const e164 = "E.164 number";
x3::rule<dial_pattern_class, std::string> const dial_pattern = "dial pattern";
x3::rule<overlay_dns_class, std::vector<unsigned>> const overlay_dns = "directory numbers";
x3::rule<overlay_entry_class, ButtonEntry> const overlay_entry = "button";
x3::rule<single_entry_class, ButtonEntry> const single_entry = "button";
x3::rule<button_list_class, ButtonList> const button_list = "button list";
x3::rule<quoted_string_class, std::string> const quoted_string = "quoted string";

// E.164 number (ephone-dn `number`, dial-peer digits): optional '+', then 1-32 of 0-9 * #.
auto const e164_def = x3::raw[-x3::lit('+') >> track[x3::repeat(1, 32)[x3::char_("0-9*#")]]];

// Dial pattern (dial-peer `destination-pattern`): digits and + * # . , plus bracket classes of
// digits, ranges and commas with an optional leading '^' ("[1-5]", "[^0]", "[2,4-6]"), and 'T'
// only at the end. The 32-character limit is checked by parse_dial_pattern.
auto const class_item = (x3::ascii::digit >> '-' >> track[x3::ascii::digit]) | x3::char_("0-9,");
auto const digit_class = x3::lit('[') >> -x3::lit('^') >> track[+class_item] >> track[x3::lit(']')];
auto const pattern_element = track[x3::char_("0-9+*#.,") | digit_class];
auto const dial_pattern_def = x3::raw[(+pattern_element >> -x3::lit('T')) | x3::lit('T')];

// Ephone `button` entries (CME command reference, `button`): index 1-99, a separator, then dn
// tags 1-65535. Overlay separators o, c, x take 1-25 comma-separated dns; the others exactly one.
auto const button_index = track[bounded_uint<10, 1, 99, 1, 2>];
auto const dn_tag = track[bounded_uint<10, 1, 65535, 1, 5>];
auto const overlay_dns_def = dn_tag >> x3::repeat(0, 24)[',' >> dn_tag];
auto const overlay_entry_def = button_index >> track[x3::char_("ocx")] >> overlay_dns;
auto const single_entry_def = button_index >> track[x3::char_(":sbfmw")] >> x3::repeat(1)[dn_tag];
auto const blanks = x3::omit[*x3::ascii::blank];
auto const button_list_def = blanks >>
                             ((overlay_entry | single_entry) % +x3::ascii::blank) >> blanks;

// Quoted string: '"', any characters but '"' (blanks included), '"'. The attribute is the inside.
auto const quoted_string_def = track[x3::lit('"')] >> *(~x3::char_('"')) >> track[x3::lit('"')];

BOOST_SPIRIT_DEFINE(e164, dial_pattern, overlay_dns, overlay_entry, single_entry, button_list,
                    quoted_string)

}  // namespace cme::grammar::values::cme_rules
