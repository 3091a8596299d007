// `sip-ua` commands kept as options (issue 3): the reference's rows for config-sip-ua
// (`presence enable` is typed, sip_ua_commands.cpp) plus the generic IOS SIP user-agent commands
// a CME configuration usually carries (registrar, sip-server, retry, timers, transport).
//
// Left out:
// - credentials, authentication variants: carry secrets; `authentication` is typed.
// - registrar ... [auth-realm | random-contact | refresh-ratio | scheme | tcp | type | secondary],
//   keepalive target, mwi-server, xfer target, nat, calling-info: rarely used with CME; not
//   modelled rather than guessed.
// - transport tcp tls v1.x: the TLS variants depend on the IOS release.
// Registrar and SIP server addresses are one token, `ipv4:A.B.C.D[:port]`, `dns:host[:port]` or
// `ipv6:[addr][:port]`, checked when the line is stored.
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

void add_registrar_options(ObjectTable<model::SipUa>& t) {
  t.option("registrar {dhcp | WORD$address} [expires <60-65535>]",
           {"Register E.164 numbers with an external SIP registrar",
            "Take the registrar address from DHCP", "Registrar address, ipv4:A.B.C.D or dns:host",
            "Registration lifetime", "Lifetime in seconds"},
           {first_words(1), {sip_address_of("address")}});
  t.option("registrar <1-6> WORD$address [expires <60-65535>]",
           {"", "Registrar index", "Registrar address, ipv4:A.B.C.D or dns:host",
            "Registration lifetime", "Lifetime in seconds"},
           {first_words(2), {sip_address_of("address")}});
  t.option("sip-server WORD$address",
           {"Set the default SIP server", "Server address, ipv4:A.B.C.D or dns:host"},
           {first_words(1), {sip_address_of("address")}});
}

void add_timing_options(ObjectTable<model::SipUa>& t) {
  t.option("retry {invite | register | bye | cancel | response | prack | notify | refer} <1-10>",
           {"Set how often SIP requests and responses are retransmitted", "INVITE retries",
            "REGISTER retries", "BYE retries", "CANCEL retries", "Final response retries",
            "PRACK retries", "NOTIFY retries", "REFER retries", "Number of retries"});
  t.option(
      "timers {trying <100-1000> | connect <100-1000> | disconnect <100-1000> | "
      "register <100-1000> | expires <60000-300000>}",
      {"Set the SIP signaling timers", "Wait for a 100 Trying response", "Time in milliseconds",
       "Wait for the ACK of a 200 OK to INVITE", "Time in milliseconds",
       "Wait for the response to a BYE", "Time in milliseconds",
       "Wait before retransmitting a REGISTER", "Time in milliseconds",
       "Lifetime of an INVITE request", "Time in milliseconds"});
}

}  // namespace

void add_sip_ua_options(ObjectTable<model::SipUa>& t) {
  t.option(
      "protocol mode {ipv4 | ipv6 | dual-stack [preference {ipv4 | ipv6}]}",
      {"Set the address family of the SIP stack", "Address family mode", "IPv4 only", "IPv6 only",
       "IPv4 and IPv6", "Family preferred in dual-stack mode", "Prefer IPv4", "Prefer IPv6"},
      {first_words(2)});
  t.option("refer-ood enable [<1-500>]",
           {"Out-of-dialog REFER", "Accept out-of-dialog REFER requests",
            "Maximum number of concurrent incoming requests"});
  add_registrar_options(t);
  add_timing_options(t);
  // One command per transport: `no transport` alone must not be stored as a setting.
  t.option("transport udp", {"Transports the SIP user agent listens on", "Listen on UDP"}, 0,
           OptionDefault::On);
  t.option("transport tcp", {"", "Listen on TCP"}, 0, OptionDefault::On);
  t.option("connection-reuse", {"Reuse the listening port for outgoing TCP and UDP requests"});
  t.option("remote-party-id", {"Send and accept the Remote-Party-ID header"}, 0, OptionDefault::On);
}

}  // namespace cme::modes
