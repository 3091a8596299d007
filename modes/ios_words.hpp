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
