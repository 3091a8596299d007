#include "runtime/sip/sip_service.hpp"

#include "runtime/sip/message/response.hpp"

namespace cme::runtime::sip {

namespace {

constexpr const char* kAllow =
    "INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, UPDATE, NOTIFY, SUBSCRIBE, REFER, INFO";

/// Requests the call table takes: every INVITE, BYE and UPDATE, and any other method inside a
/// dialog except the event packages' (SUBSCRIBE, NOTIFY, REFER, PUBLISH) and REGISTER.
/// A request inside a dialog: its To has a tag (RFC 3261 §12.2).
bool in_dialog(const RequestCore& core) {
  return param(core.to.params, "tag").has_value();
}

bool is_call_request(Method method, bool in_dialog) {
  switch (method) {
    case Method::Invite:
    case Method::Bye:
    case Method::Update:
      return true;
    case Method::Info:
    case Method::Options:
    case Method::Prack:
    case Method::Message:
      return in_dialog;
    default:
      return false;
  }
}

}  // namespace

SipService::SipService(const Clock& clock, TimerService& timers, RandomSource& random,
                       MessageChannel& channel, SentBy sent_by)
    : random_(random),
      registrar_(clock, timers, random),
      transactions_(timers, channel, random, *this,
                    [&] {
                      TransactionLayerOptions o;
                      o.sent_by = sent_by;
                      return o;
                    }()),
      calls_(CallServices{transactions_, timers, random, clock}, registrar_.bindings(),
             std::move(sent_by)) {}

SipService::~SipService() = default;

void SipService::receive(const Message& message, const net::Endpoint& source) {
  transactions_.receive(message, source);
}

void SipService::receive(Message&& message, const net::Endpoint& source) {
  transactions_.receive(std::move(message), source);
}

void SipService::transport_error(const net::Endpoint& peer) {
  transactions_.transport_error(peer);
}

void SipService::configure(std::shared_ptr<const model::Config> config) {
  registrar_.configure(config);
  calls_.configure(std::move(config));
}

std::string SipService::new_tag() {
  return random_.token(10);
}

std::string SipService::to_tag(bool in_dialog) {
  // Our To tag for a request outside a dialog (RFC 3261 §8.2.6.2).
  return in_dialog ? std::string() : new_tag();
}

std::optional<Message> SipService::answer_statelessly(const Message& request,
                                                      const RequestCore& core,
                                                      const net::Endpoint& source) {
  if (request.method_id != Method::Register) {
    return std::nullopt;
  }
  const auto refusal = registrar_.screen(request, core, source);
  if (!refusal) {
    return std::nullopt;
  }
  return registrar_.refuse(request, *refusal, to_tag(in_dialog(core)));
}

void SipService::on_request(const std::shared_ptr<ServerTransaction>& transaction,
                            const Message& request, const RequestCore& core,
                            const net::Endpoint& source) {
  const bool dialog = in_dialog(core);
  const std::string tag = to_tag(dialog);
  if (is_call_request(request.method_id, dialog)) {
    if (request.method_id == Method::Invite && !dialog) {
      calls_.on_invite(transaction, request, core, source);
    } else {
      calls_.on_in_dialog(transaction, request, core);
    }
    return;
  }
  switch (request.method_id) {
    case Method::Register:
      transaction->respond(registrar_.handle(request, core, source, tag));
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
  // RFC 3261 §9.2: 200 to the CANCEL (481 when it matches nothing); the call answers its
  // INVITE with 487. An INVITE no call owns still unanswered ends with 487 here.
  calls_.on_cancel(cancel, cancelled, request);
  if (cancelled && !cancelled->final_response_sent()) {
    cancelled->respond(make_response(cancelled->request(), 487, "Request Terminated", new_tag()));
  }
}

void SipService::on_ack(const Message& ack, const net::Endpoint&) {
  calls_.on_ack(ack);
}

void SipService::on_failure(ServerTransaction&, TransactionFailure) {}

}  // namespace cme::runtime::sip
