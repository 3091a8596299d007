#include "cli/telnet_codec.hpp"

#include <libtelnet.h>

namespace cme::cli {

namespace {

// The options we negotiate (libtelnet's RFC 1143 table): what we do (us) and what we accept the
// client doing (him). Anything not listed is refused.
const telnet_telopt_t kOptions[] = {
    {TELNET_TELOPT_ECHO, TELNET_WILL, TELNET_DONT},
    {TELNET_TELOPT_SGA, TELNET_WILL, TELNET_DO},
    {TELNET_TELOPT_NAWS, TELNET_WONT, TELNET_DO},
    {-1, 0, 0},
};

constexpr char kCtrlC = 0x03;
constexpr char kBackspace = 0x08;
constexpr char kCtrlU = 0x15;

}  // namespace

TelnetCodec::TelnetCodec() : telnet_(telnet_init(kOptions, &TelnetCodec::on_event, 0, this)) {}

TelnetCodec::~TelnetCodec() {
  if (telnet_ != nullptr) {
    telnet_free(telnet_);
  }
}

void TelnetCodec::on_event(telnet_t*, telnet_event_t* event, void* self) {
  static_cast<TelnetCodec*>(self)->handle(*event);
}

void TelnetCodec::handle(telnet_event_t& event) {
  switch (event.type) {
    case TELNET_EV_SEND:
      out_.append(event.data.buffer, event.data.size);
      return;
    default:
      break;
  }
  if (in_ == nullptr) {
    return;
  }
  switch (event.type) {
    case TELNET_EV_DATA:
      in_->data.append(event.data.buffer, event.data.size);
      break;
    case TELNET_EV_IAC:
      if (event.iac.cmd == TELNET_IP || event.iac.cmd == TELNET_BREAK) {
        in_->data += kCtrlC;
      } else if (event.iac.cmd == TELNET_EC) {
        in_->data += kBackspace;
      } else if (event.iac.cmd == TELNET_EL) {
        in_->data += kCtrlU;
      } else if (event.iac.cmd == TELNET_AYT) {
        telnet_send(telnet_, "\r\n[Yes]\r\n", 9);
      }
      break;
    case TELNET_EV_SUBNEGOTIATION:
      // NAWS (RFC 1073 §2): WIDTH[1] WIDTH[0] HEIGHT[1] HEIGHT[0], network byte order.
      if (event.sub.telopt == TELNET_TELOPT_NAWS && event.sub.size == 4) {
        const auto* b = reinterpret_cast<const unsigned char*>(event.sub.buffer);
        in_->window = WindowSize{static_cast<unsigned>(b[0] << 8 | b[1]),
                                 static_cast<unsigned>(b[2] << 8 | b[3])};
      }
      break;
    case TELNET_EV_ERROR:
      in_->error = event.error.msg != nullptr ? event.error.msg : "telnet protocol error";
      break;
    default:
      break;  // WILL/WONT/DO/DONT are answered by libtelnet itself; warnings are harmless
  }
}

std::string TelnetCodec::start() {
  out_.clear();
  telnet_negotiate(telnet_, TELNET_WILL, TELNET_TELOPT_ECHO);
  telnet_negotiate(telnet_, TELNET_WILL, TELNET_TELOPT_SGA);
  telnet_negotiate(telnet_, TELNET_DO, TELNET_TELOPT_NAWS);
  return std::move(out_);
}

TelnetCodec::Input TelnetCodec::receive(std::string_view bytes) {
  Input in;
  out_.clear();
  in_ = &in;
  telnet_recv(telnet_, bytes.data(), bytes.size());
  in_ = nullptr;
  in.reply = std::move(out_);
  out_.clear();
  return in;
}

std::string TelnetCodec::encode(std::string_view text) {
  out_.clear();
  telnet_send(telnet_, text.data(), text.size());
  return std::move(out_);
}

}  // namespace cme::cli
