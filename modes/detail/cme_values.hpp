#pragma once
// Conversions from bound command arguments (already validated by the matcher) to the model's
// value types, and the checks several CME tables share.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "model/config.hpp"
#include "modes/command_table.hpp"
#include "parser/args.hpp"

namespace cme::modes::detail {

/// The IPv4 address bound as `name` (a validated A.B.C.D), or 0.0.0.0 when unbound.
model::Ipv4 ipv4_arg(const parser::Args& args, std::string_view name);
/// The MAC address bound as `name` (a validated H.H.H).
model::MacAddress mac_arg(const parser::Args& args, std::string_view name);
/// The value bound as `name` as a std::optional: nullopt when unbound.
std::optional<std::string> text_arg(const parser::Args& args, std::string_view name);
std::optional<unsigned> number_arg(const parser::Args& args, std::string_view name);

/// `A.B.C.D$ip [port <P>$port] [secondary A.B.C.D$secondary] [rehome <S>$rehome]
/// [{any-match | strict-match}$match]` as bound by a source-address command; without `backup`
/// (voice register global) only `$ip` and `$port`, the binds its spec declares.
model::SourceAddress source_address_arg(const parser::Args& args, bool backup);

/// Who else has `mac` now ("ephone 3", "voice register pool 2"), or "" (via CmeIndex).
std::string mac_owner(const model::CmeConfig& c, const model::MacAddress& mac, model::Owner self);
/// Records `mac` for `owner` in the index (call when setting it).
void record_mac(model::CmeConfig& c, const model::MacAddress& mac, model::Owner owner);
/// The ephone-dns and voice register dns whose number is `number` now (via CmeIndex).
std::vector<model::Owner> number_owners(const model::CmeConfig& c, const std::string& number);
/// Records `number` for `owner` in the index (call when setting it).
void record_number(model::CmeConfig& c, const std::string& number, model::Owner owner);
/// "ephone-dn 5", "voice register pool 2" ...
std::string owner_name(model::Owner owner);

/// A directory number as CME accepts it in ephone-dn / voice register dn `number`: 1-16
/// characters of digits, '.', '*', '#', '+' and letters (router-only intercom numbers).
bool valid_dn_number(std::string_view number);

/// "% Invalid number: ..." for a number valid_dn_number() refuses.
Diagnostic invalid_number(std::string_view number);

/// Asks the Extension Mobility question of seed 002 before `apply` runs (batch sessions answer
/// "yes"); any answer other than y/yes (or an empty line) leaves the configuration unchanged.
void confirm_extension_mobility(CommandContext& ctx, std::function<void(model::CmeConfig&)> apply);

}  // namespace cme::modes::detail
