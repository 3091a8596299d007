#pragma once
// TelnetCodec: the telnet protocol of one vty connection (RFC 854), over libtelnet for option
// negotiation (RFC 1143 Q-method). Transport-free: bytes from the socket go in, the user's typed
// bytes and the bytes to send come out, so the vty session and its tests drive it without I/O.
//
// Options, as an IOS vty offers them: WILL ECHO (RFC 857; the router echoes, the client does
// not), WILL SUPPRESS-GO-AHEAD (RFC 858), DO NAWS (RFC 1073; the client reports its window size).
// Everything else is refused. Commands: IAC IP and IAC BRK become Ctrl-C (0x03), IAC EC a
// Backspace (0x08), IAC EL Ctrl-U (0x15), IAC AYT is answered "\r\n[Yes]\r\n" as IOS does. Data
// bytes are passed through unchanged (Enter arrives as CR LF, CR NUL or LF: the line editor
// accepts all three); text to the user is IAC-escaped.

#include <optional>
#include <string>
#include <string_view>

struct telnet_t;
union telnet_event_t;

namespace cme::cli {

/// The client's window (NAWS), in character cells; 0 = the client did not say.
struct WindowSize {
  unsigned width = 0;
  unsigned height = 0;
  bool operator==(const WindowSize&) const = default;
};

class TelnetCodec {
 public:
  /// What one receive() produced.
  struct Input {
    std::string data;                  ///< the user's bytes, in order
    std::string reply;                 ///< bytes to send back at once (negotiation, AYT answer)
    std::optional<WindowSize> window;  ///< the latest NAWS report in these bytes
    std::optional<std::string> error;  ///< protocol error (libtelnet's message): close the line
  };

  TelnetCodec();
  ~TelnetCodec();
  TelnetCodec(const TelnetCodec&) = delete;
  TelnetCodec& operator=(const TelnetCodec&) = delete;

  /// The opening negotiation (IAC WILL ECHO, IAC WILL SGA, IAC DO NAWS). Call once, first.
  std::string start();
  /// Decodes bytes read from the socket (any split: a command may span two calls).
  Input receive(std::string_view bytes);
  /// Encodes text for the user (IAC doubled); returns the bytes to send.
  std::string encode(std::string_view text);

 private:
  static void on_event(telnet_t* telnet, telnet_event_t* event, void* self);
  void handle(telnet_event_t& event);

  telnet_t* telnet_ = nullptr;
  std::string out_;  ///< bytes libtelnet asked to send during the current call
  Input* in_ = nullptr;
};

}  // namespace cme::cli
