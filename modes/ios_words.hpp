#pragma once
// The sets of words IOS accepts as values and writes in its own spelling (command reference
// pages of the modes named below). Option checks (option_rule.hpp) take them as WordSet.

#include <array>
#include <span>
#include <string_view>

namespace cme::modes {

/// A set of IOS words, in the spelling IOS writes.
using WordSet = std::span<const std::string_view>;

namespace ios_words {

/// `feature-button` identifiers of SCCP phones (ephone, ephone-template, Extension Mobility
/// profiles).
inline constexpr std::array<std::string_view, 24> kSccpFeatureButtons = {
    "Redial",  "Hold",    "Trnsfer",  "Cfwdall", "Privacy",  "MeetMe", "Confrn",   "Park",
    "Pickup",  "Gpickup", "Mobility", "Dnd",     "ConfList", "RmLstC", "CallBack", "NewCall",
    "EndCall", "HLog",    "NiteSrv",  "Acct",    "Flash",    "Login",  "TrnsfVM",  "LiveRcd"};
/// `feature-button` identifiers of SIP phones (voice register pool and template).
inline constexpr std::array<std::string_view, 16> kSipFeatureButtons = {
    "Redial", "Hold",    "Trnsfer",  "Cfwdall", "Privacy", "MeetMe", "Confrn",   "Park",
    "Pickup", "Gpickup", "Mobility", "NewCall", "EndCall", "Dnd",    "ConfList", "HLog"};

/// `type` of an ephone and an ephone-template: the phone types of the command reference (`type
/// (ephone)`), and CIPC (Cisco IP Communicator, in its `auto assign` list and in the runtime's
/// SCCP models, runtime/sccp/session/phone_models.cpp).
inline constexpr auto kSccpPhoneTypes = std::to_array<std::string_view>(
    {"12SP",   "6901", "6911", "6921", "6941",   "6945", "6961", "7902",      "7905",
     "7906",   "7910", "7911", "7912", "7920",   "7921", "7925", "7931",      "7935",
     "7936",   "7937", "7940", "7941", "7941GE", "7942", "7945", "7960",      "7961",
     "7961GE", "7962", "7965", "7970", "7971",   "7975", "7985", "8941",      "8945",
     "8961",   "9951", "9971", "CIPC", "anl",    "ata",  "bri",  "vgc-phone", "IP-STE"});
/// Key expansion modules of `type … addon 1 MODULE [2 MODULE]` (ephone, ephone-template).
inline constexpr auto kSccpAddonModules =
    std::to_array<std::string_view>({"7914", "7915-12", "7915-24", "7916-12", "7916-24"});
/// `auto assign … type`: the command reference's list (no 69xx/89xx/99xx; `all` for any type).
inline constexpr auto kAutoAssignTypes = std::to_array<std::string_view>(
    {"12SP", "7902", "7905",   "7906", "7910", "7911",     "7912",   "7920", "7921",
     "7931", "7935", "7936",   "7937", "7940", "7941",     "7941GE", "7942", "7945",
     "7960", "7961", "7961GE", "7962", "7965", "7970",     "7971",   "7975", "7985",
     "CIPC", "all",  "anl",    "ata",  "bri",  "vgc-phone"});

/// Days and months as IOS abbreviates them (after-hours, night-service, dst).
inline constexpr std::array<std::string_view, 7> kDays = {"Sun", "Mon", "Tue", "Wed",
                                                          "Thu", "Fri", "Sat"};
inline constexpr std::array<std::string_view, 12> kMonths = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
/// Their full names, for help texts.
inline constexpr std::array<std::string_view, 7> kDayNames = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/// User-defined locales (`user-locale`, `network-locale`).
inline constexpr std::array<std::string_view, 5> kUserLocales = {"U1", "U2", "U3", "U4", "U5"};

// Soft keys of SCCP phones per call state (ephone-template `softkeys <state>`).
inline constexpr std::array<std::string_view, 3> kSccpAlertingKeys = {"Acct", "Callback",
                                                                      "Endcall"};
inline constexpr std::array<std::string_view, 15> kSccpConnectedKeys = {
    "Acct",    "ConfList", "Confrn", "Endcall", "Flash",  "HLog",    "Hold",   "Join",
    "LiveRcd", "Mobility", "Park",   "RmLstC",  "Select", "TrnsfVM", "Trnsfer"};
inline constexpr std::array<std::string_view, 4> kSccpHoldKeys = {"Join", "Newcall", "Resume",
                                                                  "Select"};
inline constexpr std::array<std::string_view, 12> kSccpIdleKeys = {
    "Cfwdall", "ConfList", "Dnd",     "Gpickup", "HLog",   "Join",
    "Login",   "Mobility", "Newcall", "Pickup",  "Redial", "RmLstC"};
inline constexpr std::array<std::string_view, 2> kSccpRemoteInUseKeys = {"CBarge", "Newcall"};
inline constexpr std::array<std::string_view, 3> kSccpRingingKeys = {"Answer", "Dnd", "HLog"};
inline constexpr std::array<std::string_view, 9> kSccpSeizedKeys = {
    "CallBack", "Cfwdall", "CWOff", "Endcall", "Gpickup", "HLog", "MeetMe", "Pickup", "Redial"};

// Soft keys of SIP phones per call state (voice register template `softkeys <state>`).
inline constexpr std::array<std::string_view, 9> kSipConnectedKeys = {
    "ConfList", "Confrn", "Endcall", "Hold", "Park", "RmLstC", "Trnsfer", "iDivert", "HLog"};
inline constexpr std::array<std::string_view, 7> kSipIdleKeys = {
    "Cfwdall", "DND", "Gpickup", "Newcall", "Pickup", "Redial", "HLog"};
inline constexpr std::array<std::string_view, 3> kSipRemoteInUseKeys = {"Barge", "Newcall",
                                                                        "cBarge"};
inline constexpr std::array<std::string_view, 4> kSipRingInKeys = {"Answer", "DND", "iDivert",
                                                                   "HLog"};
inline constexpr std::array<std::string_view, 6> kSipSeizedKeys = {"Cfwdall", "Endcall", "Gpickup",
                                                                   "MeetMe",  "Pickup",  "Redial"};

}  // namespace ios_words

}  // namespace cme::modes
