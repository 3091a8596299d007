#pragma once
// X3 rules for the network value types: IPv4 address, IPv4 prefix, MAC address, time of day and
// URL. Included by grammar/values/network_values.cpp only.
//
// Components whose failure should be reported at their own start are wrapped in track[...]
// (detail/x3_support.hpp); every rule uses plain `>>`, so nothing here throws.

#include <boost/fusion/include/adapt_struct.hpp>
#include <string>

#include "grammar/config.hpp"
#include "grammar/values/ast.hpp"
#include "grammar/values/ast_adapted.hpp"
#include "grammar/values/detail/x3_support.hpp"

namespace cme::grammar::values::detail {

/// The four octets of `A.B.C.D`, before they are packed into an Ipv4.
struct Quad {
  unsigned a = 0, b = 0, c = 0, d = 0;
};

/// `A.B.C.D/M` before conversion to Ipv4Prefix.
struct QuadPrefix {
  Quad quad;
  unsigned length = 0;
};

/// The three 16-bit groups of `H.H.H` before they are split into bytes.
struct MacGroups {
  unsigned high = 0, middle = 0, low = 0;
};

}  // namespace cme::grammar::values::detail

BOOST_FUSION_ADAPT_STRUCT(cme::grammar::values::detail::Quad, a, b, c, d)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::values::detail::QuadPrefix, quad, length)
BOOST_FUSION_ADAPT_STRUCT(cme::grammar::values::detail::MacGroups, high, middle, low)

namespace cme::grammar::values::network_rules {

using detail::bounded_uint;
using detail::track;

struct ipv4_class;
struct ipv4_prefix_class;
struct mac_class;
struct time_of_day_class;
struct host_class;
struct url_class;

x3::rule<ipv4_class, detail::Quad> const ipv4 = "IP address";
x3::rule<ipv4_prefix_class, detail::QuadPrefix> const ipv4_prefix = "IP prefix";
x3::rule<mac_class, detail::MacGroups> const mac = "MAC address";
x3::rule<time_of_day_class, TimeOfDay> const time_of_day = "time of day";
x3::rule<host_class> const host = "host name";
x3::rule<url_class, std::string> const url = "URL";

// IPv4 (IOS `A.B.C.D`): four decimal octets 0-255 of 1-3 digits.
auto const octet = track[bounded_uint<10, 0, 255, 1, 3>];
auto const dot = track[x3::lit('.')];
auto const ipv4_def = octet >> dot >> octet >> dot >> octet >> dot >> octet;

// IPv4 prefix `A.B.C.D/M`, M 0-32.
auto const ipv4_prefix_def = ipv4 >> track[x3::lit('/')] >> track[bounded_uint<10, 0, 32, 1, 2>];

// MAC (IOS `H.H.H`): three groups of 1-4 hex digits in either case.
auto const mac_group = track[bounded_uint<16, 0, 0xffff, 1, 4>];
auto const mac_def = mac_group >> dot >> mac_group >> dot >> mac_group;

// Time of day `hh:mm`: hour 0-23 of 1-2 digits, minute 00-59 of exactly 2 digits.
auto const time_of_day_def = track[bounded_uint<10, 0, 23, 1, 2>] >> track[x3::lit(':')] >>
                             track[bounded_uint<10, 0, 59, 2, 2>];

// Host: an IPv4 address, or a host name (RFC 1123 labels of letters, digits and '-', the last
// label not all-numeric so that "10.1.1.300" is a bad address rather than a name).
auto const host_char = x3::ascii::alnum | x3::lit('-') | x3::lit('.');
auto const label = x3::ascii::alnum >> *(x3::ascii::alnum | x3::lit('-'));
auto const top_label = &(*(x3::ascii::digit | x3::lit('-')) >> x3::ascii::alpha) >> label;
auto const host_def = (ipv4 >> !host_char) | (*(label >> '.') >> top_label);

// URL `scheme://host[:port][/path]`: scheme http, https or tftp in any case, port 1-65535, the
// path any printable ASCII from the first '/'.
auto const scheme = x3::no_case[x3::lit("https") | x3::lit("http") | x3::lit("tftp")];
auto const port = track[x3::lit(':')] >> track[bounded_uint<10, 1, 65535, 1, 5>];
auto const path = track[x3::lit('/')] >> *x3::ascii::graph;
auto const url_def =
    x3::raw[track[scheme] >> track[x3::lit("://")] >> track[host] >> -port >> -path];

BOOST_SPIRIT_DEFINE(ipv4, ipv4_prefix, mac, time_of_day, host, url)

}  // namespace cme::grammar::values::network_rules
