#include "runtime/net/accept_backoff.hpp"

#include <algorithm>
#include <boost/asio/error.hpp>
#include <utility>

namespace cme::runtime::net {

void AcceptBackoff::next(const boost::system::error_code& ec, std::function<void()> rearm) {
  if (ec == boost::asio::error::operation_aborted) {
    return;
  }
  if (!ec) {
    delay_ = kFirstDelay;
    rearm();
    return;
  }
  ++errors_;
  waiting_ = true;
  timer_.expires_after(delay_);
  delay_ = std::min(delay_ * 2, kMaxDelay);
  timer_.async_wait([this, rearm = std::move(rearm)](const boost::system::error_code& e) {
    if (e) {
      return;  // cancelled, or the backoff is gone with its listener: touch nothing
    }
    waiting_ = false;
    rearm();
  });
}

void AcceptBackoff::cancel() {
  timer_.cancel();
  waiting_ = false;
}

}  // namespace cme::runtime::net
