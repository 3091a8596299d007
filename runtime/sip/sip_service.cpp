#include "runtime/sip/sip_service.hpp"

#include "runtime/sip/message/response.hpp"

namespace cme::runtime::sip {

namespace {

constexpr const char* kAllow =
    "INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, UPDATE, NOTIFY, SUBSCRIBE, REFER, INFO";

}  // namespace

SipService::SipService(const Clock& clock, TimerService& timers, RandomSource& random,
                       MessageChannel& channel, SentBy sent_by)
    : random_(random),
      registrar_(clock, timers, random),
      transactions_(timers, channel, random, *this, [&] {
        TransactionLayerOptions o;
        o.sent_by = std::move(sent_by);
        return o;
      }()) {}

SipService::~SipService() = default;

void SipService::receive(const Message& message, const net::Endpoint& source) {
  transactions_.receive(message, source);
}

void SipService::transport_error(const net::Endpoint& peer) {
  transactions_.transport_error(peer);
}

void SipService::configure(std::shared_ptr<const model::Config> config) {
  registrar_.configure(std::move(config));
}

std::string SipService::new_tag() {
  return random_.token(10);
}

void SipService::on_request(const std::shared_ptr<ServerTransaction>& transaction,
                            const Message& request, const net::Endpoint& source) {
  auto core = request_core(request);
  if (!core.ok()) {
    transaction->respond(make_response(request, 400, core.error().reason));
    return;
  }
  // Our To tag for a request outside a dialog (RFC 3261 §8.2.6.2).
  const std::string tag = param(core->to.params, "tag") ? std::string() : new_tag();
  switch (request.method_id) {
    case Method::Register:
      transaction->respond(registrar_.handle(request, *core, source, tag));
      return;
    case Method::Options: {
      ++counters_.options;
      auto response = make_response(request, 200, "OK", tag);
      response.add("Allow", kAllow);
      response.add("Accept", "application/sdp");
      transaction->respond(response);
      return;
    }
    default:
      ++counters_.not_implemented;
      transaction->respond(make_response(request, 501, "Not Implemented", tag));
      return;
  }
}

void SipService::on_cancel(const std::shared_ptr<ServerTransaction>& cancel,
                           const std::shared_ptr<ServerTransaction>& cancelled,
                           const Message& request, const net::Endpoint&) {
  // RFC 3261 §9.2: 200 to the CANCEL; the INVITE, if still unanswered, ends with 487.
  cancel->respond(make_response(request, 200, "OK"));
  if (cancelled && !cancelled->final_response_sent()) {
    cancelled->respond(make_response(cancelled->request(), 487, "Request Terminated", new_tag()));
  }
}

void SipService::on_ack(const Message&, const net::Endpoint&) {}

void SipService::on_failure(ServerTransaction&, TransactionFailure) {}

}  // namespace cme::runtime::sip
