#pragma once
// The command-spec language (DESIGN.md "command table"): the notation command tables are written
// in, the CME command reference's own notation. Parsed once at start-up by parse_spec().
//
//   keepalive <10-65535>$seconds          keyword, range bound to "seconds"
//   hostname WORD$name                    one token
//   description LINE$text                 rest of the line, blanks kept
//   ip source-address A.B.C.D$ip [port <2000-9999>$port]
//   ephone-dn <1-288>$tag [{dual-line | octo-line}$line_mode]
//   mac-address H.H.H$mac                 typed values: A.B.C.D, A.B.C.D/M, H.H.H, HH:MM, E164,
//                                         PATTERN (dial pattern), BUTTONS (ephone button list,
//                                         rest of line), URL, QUOTED (quoted string)
//
// Keywords start with a lower-case letter or digit and may contain letters, digits and
// - _ . : / + # *. A keyword IOS spells with a leading capital is written after a backslash
// (`type {7960 | \CIPC | \IP-STE}`), so that an unknown upper-case value word stays an error. `[a | b]` is optional, `{a | b}` a required choice; `$name` right after an
// element binds what it matched (for a group: the text of the keyword or value taken inside).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/result.hpp"
#include "grammar/values/values.hpp"

namespace cme::grammar::spec {

enum class ElementKind { Keyword, Value, Optional, Choice };

enum class ValueKind {
  Range,  ///< <lo-hi>, decimal integer
  Word,   ///< WORD: any single token
  Line,   ///< LINE: the rest of the line, blanks kept
  Named,  ///< a grammar/values type
};

struct Element;
using Sequence = std::vector<Element>;

struct Element {
  ElementKind kind = ElementKind::Keyword;
  std::string text;  ///< keyword text, or the value as written in the spec ("<1-10>", "WORD")
  ValueKind value_kind = ValueKind::Word;
  std::int64_t lo = 0;  ///< Range bounds, inclusive
  std::int64_t hi = 0;
  values::ValueType named = values::ValueType::Ipv4;  ///< for ValueKind::Named
  std::string bind;                                   ///< "" when unbound
  std::vector<Sequence> alternatives;                 ///< Optional / Choice
  std::size_t column = 0;                             ///< 0-based column in the spec string
};

/// Parses a spec string. Error: a Diagnostic (kind Invalid) whose column points into `text` and
/// whose `expected` names what was expected there; never throws.
Result<Sequence, Diagnostic> parse_spec(std::string_view text);

/// The spelling help uses for a value element: "<10-65535>", "WORD", "LINE", "A.B.C.D", "H.H.H",
/// "hh:mm", "E.164", "WORD" for dial patterns, button lists and URLs, "\"LINE\"" for quoted.
std::string help_token(const Element& value);

}  // namespace cme::grammar::spec
