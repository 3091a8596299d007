#pragma once
// Helpers shared by the two halves of the telephony-service option table (telephony_options.cpp,
// telephony_options_2.cpp) for the shapes ObjectTable::option() cannot express:
// - a setting whose keyword choices replace each other (`time-format 24` after `time-format 12`):
//   its key is fixed instead of including the chosen keyword;
// - a key made of something else than the leading words (`network-locale FR` is tag 0, the same
//   line as `network-locale 0 FR`; `ip qos dscp ef media` is identified by its traffic class);
// - keywords IOS spells in mixed case (days, months, DND, HLog, U1-U5), which spec keywords
//   cannot spell: they are stored as IOS spells them;
// - a time of day that may be 24:00 (`em logout`, `login clear`), which HH:MM rejects.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "modes/tables/cme/cme_tables.hpp"

namespace cme::modes::telephony_options {

using Table = ObjectTable<model::TelephonyService>;
/// The option key of a command, from what it bound.
using KeyOf = std::function<std::string(const parser::Args&)>;
/// "" when the bound arguments are acceptable, else the error message without "% ".
using Check = std::function<std::string(const parser::Args&)>;

/// The key ObjectTable::option() uses: the leading words plus the first `key_values` values.
KeyOf leading(unsigned key_values);

/// An option identified by `key_of`; `no`/`default` remove it by the same key (or every option
/// under a shorter key). `check` rejects lines the spec accepts but IOS does not.
void keyed(Table& t, std::string_view spec, std::vector<std::string> help, KeyOf key_of,
           Check check = {});

/// A setting whose keyword choices replace each other, identified by the fixed `key`.
void setting(Table& t, std::string_view spec, std::vector<std::string> help, std::string key);

/// True for a time of day `hh:mm` from 00:00 to 24:00 (with `compact`, `hhmm` too).
bool clock_time(std::string_view text, bool compact = false);

/// The second half of the table (telephony_options_2.cpp).
void add_more_options(Table& t);

}  // namespace cme::modes::telephony_options
