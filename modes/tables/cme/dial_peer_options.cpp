// `dial-peer voice N {pots | voip}` commands kept as options (issue 3): the reference's rows for
// config-dial-peer plus the generic IOS dial-peer commands a CME configuration usually carries
// (codec, incoming called-number, port, forward-digits, translation-profile ...). Typed already
// (dial_peer_commands.cpp): description, preference, destination-pattern, session protocol,
// session target, dtmf-relay, b2bua. POTS-only and VoIP-only commands are accepted in both
// kinds of dial peer.
//
// Left out:
// - ip qos, rtp payload-type, clid, progress_ind, numbering-type, tech-prefix, playout-delay,
//   information-type, call-block, voice-class sip (other than the three below): less common,
//   and their forms vary between IOS releases; not modelled rather than guessed.
// - codec ilbc, g723, g726, gsm and transparent: their payload sizes and modes are not kept.
// Codec payload sizes are checked against their range only (IOS also wants a multiple of the
// frame size: 40 bytes for G.711, 10 for G.729).
#include "modes/tables/cme/cme_tables.hpp"
#include "modes/tables/cme/shared_options.hpp"

namespace cme::modes {

namespace {

using Peer = ObjectTable<model::DialPeer>;

void add_reference_options(Peer& t) {
  t.option("emergency response callback", {"Enhanced 911 settings", "E911 response settings",
                                           "Incoming path of callbacks from the PSAP"});
  t.option("emergency response location <1-2147483647>",
           {"", "", "Emergency response location of this dial peer", "Location tag"});
  t.option("emergency response zone [<1-100>]", {"", "", "Outgoing route to the PSAP", "Zone tag"});
  t.option("lpcor outgoing WORD", {"Logical partitioning class of restriction",
                                   "Policy for outgoing calls", "LPCOR resource group"});
  t.option("mailbox-selection {last-redirect-num | orig-called-num}",
           {"Mailbox chosen for calls diverted to voice mail",
            "Mailbox of the last redirecting number", "Mailbox of the originally called number"},
           {first_words(1)});
  add_media_options(t);
  t.option("paramspace callsetup after-hours-exempt {true | false}",
           {"Application parameters", "Call setup parameters",
            "Exempt from after-hours call blocking", "Exempt", "Not exempt"},
           {first_words(3)});
  t.option("voice-class mlpp <1-10000>",
           {"Voice class settings", "MLPP voice class", "Voice class tag"});
  t.option("voice-class stun-usage <1-10000>", {"", "STUN usage voice class", "Voice class tag"});
}

void add_codec_options(Peer& t) {
  t.option("codec {g711ulaw | g711alaw} [bytes <40-240>]",
           {"Voice codec of the dial peer", "G.711 mu-law 64000 bps", "G.711 A-law 64000 bps",
            "Voice payload size per packet", "Payload size in bytes"},
           {first_words(1)});
  t.option("codec {g729r8 | g729br8} [bytes <10-230>]",
           {"", "G.729 8000 bps", "G.729 Annex B 8000 bps", "Voice payload size per packet",
            "Payload size in bytes"},
           {first_words(1)});
  t.option("codec g722-64", {"", "G.722 64000 bps"}, {first_words(1)});
  t.option("voice-class codec <1-10000> [offer-all]",
           {"", "Codec preference list", "Voice class tag", "Offer all codecs of the list"});
  t.option("vad", {"Voice activity detection"}, 0, OptionDefault::On);
}

void add_matching_options(Peer& t) {
  t.option("incoming called-number PATTERN",
           {"Match incoming calls", "By called number", "Called number pattern"});
  t.option("incoming uri {from | request | to | via} WORD",
           {"", "By URI (voice class uri)", "From header", "Request-URI", "To header", "Via header",
            "Voice class uri tag"});
  t.option("answer-address PATTERN",
           {"Match incoming calls by calling number", "Calling number pattern"});
  t.option("port WORD", {"Voice port of a POTS dial peer", "Voice port, e.g. 0/1/0 or 0/0/0:23"});
  t.option("forward-digits {<0-32> | all | extra}",
           {"Digits forwarded to the voice port", "Number of trailing digits", "All digits",
            "Digits beyond the destination pattern"},
           {first_words(1)});
  t.option("prefix PATTERN", {"Digits dialed before the forwarded ones", "Prefix digits"});
  t.option("digit-strip", {"Strip the digits matched by the destination pattern"}, 0,
           OptionDefault::On);
  t.option("direct-inward-dial", {"Direct inward dialing on this dial peer"});
  t.option("translation-profile {incoming | outgoing} WORD",
           {"Number translation", "For incoming calls", "For outgoing calls",
            "Translation profile name"});
}

void add_sip_options(Peer& t) {
  t.option("session transport {udp | tcp [tls]}",
           {"Session settings", "Transport of SIP calls", "UDP", "TCP", "TLS over TCP"},
           {first_words(2)});
  t.option("voice-class sip early-offer forced",
           {"", "SIP settings", "Early offer", "Always send SDP in the outgoing INVITE"});
  t.option(
      "voice-class sip options-keepalive [up-interval <5-1200>] [down-interval <5-1200>] "
      "[retry <1-10>]",
      {"", "", "Monitor the peer with OPTIONS requests", "Interval while the peer is up", "Seconds",
       "Interval while the peer is down", "Seconds", "Retries before down", "Number of retries"},
      {first_words(3)});
  t.option("voice-class sip bind {control | media | all} source-interface WORD",
           {"", "", "Source address of SIP signaling and media", "SIP signaling", "RTP media",
            "Signaling and media", "Take the source address from an interface", "Interface name"});
  add_supplementary_sip_options(t);
  t.option("sip-register", {"Register the dial peer's number with the SIP registrar"}, 0,
           OptionDefault::On);
  t.option("redirect ip2ip", {"Redirection of VoIP calls", "Redirect VoIP to VoIP calls"});
}

}  // namespace

void add_dial_peer_options(Peer& t) {
  add_reference_options(t);
  add_codec_options(t);
  add_matching_options(t);
  add_sip_options(t);
  add_fax_protocol(t);
  t.option("fax rate {2400 | 4800 | 7200 | 9600 | 12000 | 14400 | disable | voice}",
           {"", "Fax transmission rate", "2400 bps", "4800 bps", "7200 bps", "9600 bps",
            "12000 bps", "14400 bps", "Disable fax relay", "Highest rate up to the voice rate"},
           {first_words(2)});
  t.option("huntstop", {"Stop hunting for dial peers after this one"});
  t.option("max-conn <1-2147483647>",
           {"Maximum number of calls through this dial peer", "Number of calls"});
  t.option("shutdown", {"Take the dial peer out of service"});
}

}  // namespace cme::modes
