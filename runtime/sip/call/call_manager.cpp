#include "runtime/sip/call/call_manager.hpp"

#include <algorithm>
#include <charconv>
#include <utility>

#include "common/ascii.hpp"
#include "runtime/sip/call/call_messages.hpp"
#include "runtime/sip/message/response.hpp"

namespace cme::runtime::sip {

namespace {

constexpr std::size_t kTagLength = 10;

/// The Require values of `request` other than `timer`, comma-separated ("" when none).
std::string unsupported_extensions(const Message& request) {
  std::string out;
  for (const auto value : request.headers_named("Require")) {
    if (!equal_ci(value, "timer")) {
      out += (out.empty() ? "" : ", ") + std::string(value);
    }
  }
  return out;
}

/// The number after `key` in `options` (null: none), or `fallback` when unset or not a number
/// (the command tables store only numbers in range).
std::uint32_t option_number(const model::OptionList* options, std::string_view key,
                            std::uint32_t fallback) {
  if (options == nullptr) {
    return fallback;
  }
  const std::string text = options->value(key, "");
  std::uint32_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() && !text.empty() ? value
                                                                                   : fallback;
}

/// True when `request` has a Contact that parses and is not `*` (RFC 3261 §8.1.1.8).
bool has_contact(const Message& request) {
  const auto contact = request.header("Contact");
  if (!contact) {
    return false;
  }
  const auto parsed = parse_name_addr(*contact);
  return parsed.ok() && !parsed->star;
}

}  // namespace

CallManager::CallManager(CallServices services, const BindingTable& bindings, SentBy address)
    : services_(services), bindings_(bindings) {
  settings_.address = std::move(address);
  router_ = std::make_unique<CallRouter>(std::make_shared<const model::Config>());
}

CallManager::~CallManager() {
  for (const auto& weak : lingering_) {
    if (const auto call = weak.lock()) {
      call->release_lingering();
    }
  }
}

void CallManager::configure(std::shared_ptr<const model::Config> config) {
  const auto& voip = config->cme.voice_service_voip;
  settings_.midcall_passthru = voip && voip->sip && voip->sip->midcall_signaling_passthru;
  const auto& telephony = config->cme.telephony_service;
  settings_.ringing = std::chrono::seconds(
      option_number(telephony ? &telephony->options : nullptr, "timeouts ringing", 180));
  const auto& sip_ua = config->cme.sip_ua;
  settings_.invite_expires = std::chrono::milliseconds(
      option_number(sip_ua ? &sip_ua->options : nullptr, "timers expires", 180'000));
  router_ = std::make_unique<CallRouter>(std::move(config));
}

bool CallManager::busy(unsigned dn) const {
  for (const auto& [id, call] : calls_) {
    if (call->released()) {
      continue;
    }
    const auto caller = caller_dns_.find(id);
    const bool as_caller = caller != caller_dns_.end() && caller->second == dn;
    const bool as_callee = call->target().kind == CallTarget::Kind::Dn && call->target().tag == dn;
    if (as_caller || as_callee) {
      return true;
    }
  }
  return false;
}

void CallManager::reject(const std::shared_ptr<ServerTransaction>& transaction,
                         const Message& request, unsigned status, std::size_t& counter) {
  ++counter;
  transaction->respond(make_response(request, status, "", services_.random.token(kTagLength)));
}

bool CallManager::reject_early(const std::shared_ptr<ServerTransaction>& transaction,
                               const Message& request, const RequestCore& core,
                               const net::Endpoint& source) {
  // RFC 3261 §8.1.1.8: an INVITE must carry one Contact SIP URI; without it the callee's
  // requests (BYE, re-INVITE) would have nowhere to go.
  if (!has_contact(request)) {
    ++counters_.rejected;
    transaction->respond(make_response(request, 400, "Missing or bad Contact header",
                                       services_.random.token(kTagLength)));
    return true;
  }
  if (core.max_forwards && *core.max_forwards == 0) {
    reject(transaction, request, 483, counters_.rejected);
    return true;
  }
  for (const auto& [id, call] : calls_) {
    if (call->dialog(Leg::B).call_id == core.call_id) {
      reject(transaction, request, 482, counters_.rejected);  // our own INVITE came back
      return true;
    }
  }
  if (auto unsupported = unsupported_extensions(request); !unsupported.empty()) {
    ++counters_.rejected;
    Message out = make_response(request, 420, "", services_.random.token(kTagLength));
    out.add("Unsupported", unsupported);  // RFC 3261 §8.2.2.3 (100rel: no PRACK relay)
    transaction->respond(out);
    return true;
  }
  if (calls_.size() >= kMaxCalls) {
    reject(transaction, request, 503, counters_.rejected);
    return true;
  }
  if (auto floor = too_small(request, settings_.min_se)) {
    ++counters_.rejected;
    Message out = make_response(request, 422, "", services_.random.token(kTagLength));
    out.add("Min-SE", std::to_string(floor->count()));
    transaction->respond(out);
    return true;
  }
  if (!router_->trusted(source.address, bindings_)) {
    reject(transaction, request, 403, counters_.rejected);
    return true;
  }
  return false;
}

void CallManager::on_invite(const std::shared_ptr<ServerTransaction>& transaction,
                            const Message& request, const RequestCore& core,
                            const net::Endpoint& source) {
  ++counters_.invites;
  if (reject_early(transaction, request, core, source)) {
    return;
  }
  const auto uri = parse_uri(request.request_uri);
  const std::string number = uri ? uri->user : std::string();
  const RouteResult route = router_->route(number, bindings_);
  switch (route.status) {
    case RouteStatus::NotFound:
      reject(transaction, request, 404, counters_.not_found);
      return;
    case RouteStatus::Unavailable:
      reject(transaction, request, 480, counters_.unavailable);
      return;
    case RouteStatus::Found:
      break;
  }
  if (route.dn && busy(*route.dn)) {
    reject(transaction, request, 486, counters_.busy);
    return;
  }
  start_call(transaction, request, core, source, route);
}

void CallManager::start_call(const std::shared_ptr<ServerTransaction>& transaction,
                             const Message& request, const RequestCore& core,
                             const net::Endpoint& source, const RouteResult& route) {
  const std::uint64_t id = next_id_++;
  auto call = std::make_shared<Call>(id, services_, settings_, [this](Call& c) { finished(c); });
  calls_.emplace(id, call);
  CallTarget target = *route.target;
  target.calling = router_->caller_number(core.from.uri.user, source, bindings_).value_or("");
  caller_dns_.emplace(id,
                      router_->dn_of(target.calling.empty() ? core.from.uri.user
                                                            : std::string_view(target.calling)));
  ++counters_.started;
  call->start(transaction, request, core, source, target);
  // The dialogs are known once start() made them (and the call may already have finished).
  if (calls_.contains(id)) {
    dialogs_[DialogKey{call->dialog(Leg::A).call_id, call->dialog(Leg::A).local_tag}] = {id,
                                                                                         Leg::A};
    dialogs_[DialogKey{call->dialog(Leg::B).call_id, call->dialog(Leg::B).local_tag}] = {id,
                                                                                         Leg::B};
  }
}

void CallManager::finished(Call& call) {
  if (call.session_expired()) {
    ++counters_.session_expired;
  }
  if (call.ring_timed_out()) {
    ++counters_.ring_timeouts;
  }
  if (call.answered()) {
    ++counters_.answered;
  }
  dialogs_.erase(DialogKey{call.dialog(Leg::A).call_id, call.dialog(Leg::A).local_tag});
  dialogs_.erase(DialogKey{call.dialog(Leg::B).call_id, call.dialog(Leg::B).local_tag});
  caller_dns_.erase(call.id());
  if (call.lingering()) {
    if (lingering_.size() >= 2 * lingering_floor_) {
      std::erase_if(lingering_, [](const std::weak_ptr<Call>& w) { return w.expired(); });
      lingering_floor_ = std::max<std::size_t>(lingering_.size(), 64);
    }
    lingering_.push_back(call.weak_from_this());
  }
  calls_.erase(call.id());  // the caller of finished() still holds a reference
}

std::shared_ptr<Call> CallManager::find(const Message& message, Leg& leg) const {
  const auto to = message.header("To");
  const auto call_id = message.header("Call-ID");
  if (!to || !call_id) {
    return nullptr;
  }
  const auto parsed = parse_name_addr(*to);
  const auto tag = parsed ? param(parsed->params, "tag") : std::nullopt;
  if (!tag) {
    return nullptr;
  }
  const auto it = dialogs_.find(DialogKey{std::string(*call_id), std::string(*tag)});
  if (it == dialogs_.end()) {
    return nullptr;
  }
  const auto call = calls_.find(it->second.call);
  if (call == calls_.end()) {
    return nullptr;
  }
  leg = it->second.leg;
  return call->second;
}

void CallManager::on_in_dialog(const std::shared_ptr<ServerTransaction>& transaction,
                               const Message& request, const RequestCore& core) {
  Leg leg = Leg::A;
  const auto call = find(request, leg);
  if (!call) {
    ++counters_.stray;
    transaction->respond(make_response(request, 481, "Call/Transaction Does Not Exist"));
    return;
  }
  call->on_request(leg, transaction, request, core);
}

void CallManager::on_cancel(const std::shared_ptr<ServerTransaction>& cancel,
                            const std::shared_ptr<ServerTransaction>& cancelled,
                            const Message& request) {
  if (!cancelled) {
    cancel->respond(make_response(request, 481, "Call/Transaction Does Not Exist"));
    return;
  }
  cancel->respond(make_response(request, 200, "OK"));
  for (const auto& [id, call] : calls_) {
    if (call->is_invite(cancelled.get())) {
      ++counters_.cancelled;
      const std::shared_ptr<Call> keep = call;  // cancel() may finish and erase it
      keep->cancel();
      return;
    }
  }
  // An INVITE no call owns (answered at once): nothing to cancel.
}

void CallManager::on_ack(const Message& ack) {
  Leg leg = Leg::A;
  if (const auto call = find(ack, leg)) {
    call->on_ack(leg, ack, cseq_number(ack));
  }
}

std::vector<CallSnapshot> CallManager::snapshot() const {
  std::vector<CallSnapshot> out;
  for (const auto& [id, call] : calls_) {
    if (!call->released()) {
      out.push_back(call->snapshot());
    }
  }
  return out;
}

}  // namespace cme::runtime::sip
