#include "runtime/sip/ccsip_debug.hpp"

namespace cme::runtime::sip {

std::string ccsip_text(bool outgoing, std::string_view bytes) {
  std::string text = std::string("//-1/xxxxxxxxxxxx/SIP/Msg/ccsipDisplayMsg:\n") +
                     (outgoing ? "Sent:\n" : "Received:\n");
  text.reserve(text.size() + bytes.size());
  for (char c : bytes) {
    if (c != '\r') {
      text += c;
    }
  }
  while (!text.empty() && text.back() == '\n') {
    text.pop_back();
  }
  return text;
}

}  // namespace cme::runtime::sip
