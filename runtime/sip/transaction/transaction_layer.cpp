#include "runtime/sip/transaction/transaction_layer.hpp"

#include <optional>
#include <utility>
#include <vector>

#include "runtime/sip/message/response.hpp"
#include "runtime/sip/transaction/client_invite_transaction.hpp"
#include "runtime/sip/transaction/client_non_invite_transaction.hpp"
#include "runtime/sip/transaction/derived_requests.hpp"
#include "runtime/sip/transaction/response_destination.hpp"
#include "runtime/sip/transaction/server_invite_transaction.hpp"
#include "runtime/sip/transaction/server_non_invite_transaction.hpp"

namespace cme::runtime::sip {
namespace {

// Removes `key` from `map` if its transaction has terminated (a newer one under the same key,
// which can only exist once the old one is gone, stays).
template <class Map, class Key>
void erase_terminated(Map& map, const Key& key) {
  const auto it = map.find(key);
  if (it != map.end() && it->second->terminated()) {
    map.erase(it);
  }
}

}  // namespace

TransactionLayer::TransactionLayer(TimerService& timer_service, MessageChannel& channel,
                                   RandomSource& random, TransactionUser& user,
                                   TransactionLayerOptions options)
    : timer_service_(timer_service),
      channel_(channel),
      random_(random),
      user_(user),
      options_(std::move(options)) {}

TransactionLayer::~TransactionLayer() {
  for (auto& [key, transaction] : clients_) {
    transaction->abort();
  }
  for (auto& [key, transaction] : servers_) {
    transaction->abort();
  }
}

TransactionServices TransactionLayer::services() const {
  return TransactionServices{timer_service_, channel_, options_.timers};
}

ReceiveOutcome TransactionLayer::receive(const Message& message, const net::Endpoint& source) {
  if (!message.request) {
    return receive_response(message);
  }
  Message copy = message;
  return receive_request(std::move(copy), source);
}

ReceiveOutcome TransactionLayer::receive(Message&& message, const net::Endpoint& source) {
  return message.request ? receive_request(std::move(message), source)
                         : receive_response(message);
}

ReceiveOutcome TransactionLayer::receive_response(const Message& response) {
  ++counters_.responses_in;
  const auto key = response.count("Via") == 1 ? client_key(response) : std::nullopt;
  if (!key) {
    ++counters_.malformed;
    return ReceiveOutcome::Dropped;
  }
  const auto it = clients_.find(*key);
  if (it == clients_.end()) {
    ++counters_.stray_responses;
    return ReceiveOutcome::Stray;
  }
  const std::shared_ptr<ClientTransaction> transaction = it->second;  // may leave the map
  transaction->receive_response(response);
  return ReceiveOutcome::Matched;
}

ReceiveOutcome TransactionLayer::receive_request(Message&& request,
                                                 const net::Endpoint& source) {
  ++counters_.requests_in;
  // The headers every request needs, parsed once here for matching and for the TU.
  auto core = request_core(request);
  if (!core) {
    if (const auto via = top_via(request)) {
      return reject(request, response_destination(*via, source), core.error().reason);
    }
    if (request.count("Via") == 0 || request.method_id == Method::Ack) {
      ++counters_.malformed;
      return ReceiveOutcome::Dropped;  // a response without a Via matches nothing at the peer
    }
    // A Via that does not parse: the 400 goes back where the request came from (RFC 3261
    // §18.2.2 has no better address), rather than leaving the sender to retransmit.
    return reject(request, source, core.error().reason);
  }
  const Via& via = core->top_via;
  const auto key = server_key(request, via);
  if (!key) {
    return reject(request, response_destination(via, source), key.error().reason);
  }
  if (request.method_id == Method::Ack) {
    return receive_ack(request, *key, source);
  }
  if (const auto it = servers_.find(*key); it != servers_.end()) {
    ++counters_.retransmissions_absorbed;
    const std::shared_ptr<ServerTransaction> transaction = it->second;
    transaction->receive_request(request);
    return ReceiveOutcome::Matched;
  }
  if (request.method_id != Method::Cancel) {
    if (auto answer = user_.answer_statelessly(request, *core, source)) {
      ++counters_.stateless;
      channel_.send(*answer, response_destination(via, source));
      return ReceiveOutcome::Stateless;
    }
  }
  if (servers_.size() >= options_.max_server_transactions) {
    return refuse_overload(request, via, source);
  }
  const auto transaction =
      create_server(*key, std::move(request), source, response_destination(via, source));
  const Message& stored = transaction->request();
  if (stored.method_id == Method::Cancel) {
    user_.on_cancel(transaction, cancelled_by(*key), stored, source);
  } else {
    user_.on_request(transaction, stored, *core, source);
  }
  return ReceiveOutcome::NewTransaction;
}

ReceiveOutcome TransactionLayer::receive_ack(const Message& ack, const ServerKey& key,
                                             const net::Endpoint& source) {
  if (const auto it = servers_.find(key); it != servers_.end()) {
    const std::shared_ptr<ServerTransaction> transaction = it->second;
    transaction->receive_request(ack);
    return ReceiveOutcome::Matched;
  }
  ++counters_.stray_acks;
  user_.on_ack(ack, source);
  return ReceiveOutcome::AckToTu;
}

ReceiveOutcome TransactionLayer::reject(const Message& request, const net::Endpoint& destination,
                                        const std::string& reason) {
  ++counters_.malformed;
  if (request.method_id == Method::Ack) {
    return ReceiveOutcome::Dropped;  // nothing answers an ACK
  }
  channel_.send(make_response(request, 400, reason), destination);
  return ReceiveOutcome::Rejected;
}

ReceiveOutcome TransactionLayer::refuse_overload(const Message& request, const Via& top_via,
                                                 const net::Endpoint& source) {
  ++counters_.overloaded;
  Message response = make_response(request, 503, "Service Unavailable");
  response.add("Retry-After", std::to_string(options_.overload_retry_after));
  channel_.send(response, response_destination(top_via, source));
  return ReceiveOutcome::Overloaded;
}

std::shared_ptr<ServerTransaction> TransactionLayer::create_server(
    const ServerKey& key, Message&& request, const net::Endpoint& source,
    const net::Endpoint& destination) {
  std::shared_ptr<ServerTransaction> transaction;
  if (request.method_id == Method::Invite) {
    transaction = std::make_shared<ServerInviteTransaction>(
        services(), std::move(request), source, destination, ServerTransaction::Callbacks{});
  } else {
    transaction = std::make_shared<ServerNonInviteTransaction>(
        services(), std::move(request), source, destination, ServerTransaction::Callbacks{});
  }
  // Raw pointer: the callbacks only run from inside the transaction, which is alive then.
  ServerTransaction* raw = transaction.get();
  transaction->set_callbacks(ServerTransaction::Callbacks{
      .on_ack = [this, raw](const Message& ack) { user_.on_ack(ack, raw->source()); },
      .on_timeout = [this, raw] { user_.on_failure(*raw, TransactionFailure::Timeout); },
      .on_transport_error = [this,
                             raw] { user_.on_failure(*raw, TransactionFailure::TransportError); },
      .on_terminated = [this, key] { erase_terminated(servers_, key); },
  });
  servers_.emplace(key, transaction);
  ++counters_.server_created;
  transaction->start();
  return transaction;
}

std::shared_ptr<ServerTransaction> TransactionLayer::cancelled_by(
    const ServerKey& cancel_key) const {
  // The same id and sent-by under another method: INVITE first (what CANCEL is for), then the
  // other methods we know. A CANCEL of a request with a method we do not know finds nothing
  // (481): it could not be cancelled anyway (RFC 3261 §9.2).
  ServerKey probe{cancel_key.id, cancel_key.sent_by, {}};
  for (int m = static_cast<int>(Method::Invite); m < static_cast<int>(Method::Other); ++m) {
    const auto method = static_cast<Method>(m);
    if (method == Method::Ack || method == Method::Cancel) {
      continue;  // an ACK is keyed as its INVITE; a CANCEL is not cancelled
    }
    probe.method = std::string(method_text(method));
    if (const auto it = servers_.find(probe); it != servers_.end() && !it->second->terminated()) {
      return it->second;
    }
  }
  return nullptr;
}

void TransactionLayer::transport_error(const net::Endpoint& peer) {
  // Collected first: each transport_error() may remove its transaction from the maps.
  std::vector<std::shared_ptr<ClientTransaction>> clients;
  for (const auto& [key, transaction] : clients_) {
    if (transaction->destination() == peer) {
      clients.push_back(transaction);
    }
  }
  std::vector<std::shared_ptr<ServerTransaction>> servers;
  for (const auto& [key, transaction] : servers_) {
    if (transaction->destination() == peer) {
      servers.push_back(transaction);
    }
  }
  for (const auto& transaction : clients) {
    transaction->transport_error();
  }
  for (const auto& transaction : servers) {
    transaction->transport_error();
  }
}

std::shared_ptr<ClientTransaction> TransactionLayer::send_request(
    Message request, const net::Endpoint& to, ClientTransaction::Callbacks callbacks) {
  if (request.method_id == Method::Ack || request.method_id == Method::Cancel) {
    return nullptr;
  }
  request.remove("Via");  // a UA's request carries our Via only
  request.prepend("Via", our_via(to.protocol, new_branch()));
  const auto key = client_key(request);
  if (!key) {
    return nullptr;
  }
  std::shared_ptr<ClientTransaction> transaction;
  if (request.method_id == Method::Invite) {
    transaction = std::make_shared<ClientInviteTransaction>(
        services(), std::move(request), to, with_removal(std::move(callbacks), *key));
  } else {
    transaction = std::make_shared<ClientNonInviteTransaction>(
        services(), std::move(request), to, with_removal(std::move(callbacks), *key));
  }
  start_client(transaction, *key);
  return transaction;
}

ClientTransaction::Callbacks TransactionLayer::with_removal(ClientTransaction::Callbacks callbacks,
                                                            const ClientKey& key) {
  // The layer's removal runs after the TU's own on_terminated.
  callbacks.on_terminated = [this, key, user = std::move(callbacks.on_terminated)] {
    if (user) {
      user();
    }
    erase_terminated(clients_, key);
  };
  return callbacks;
}

void TransactionLayer::start_client(const std::shared_ptr<ClientTransaction>& transaction,
                                    const ClientKey& key) {
  clients_.emplace(key, transaction);
  ++counters_.client_created;
  transaction->start();
}

bool TransactionLayer::cancel(ClientTransaction& invite, ClientTransaction::Callbacks callbacks) {
  auto* machine = dynamic_cast<ClientInviteTransaction*>(&invite);
  if (machine == nullptr) {
    return false;
  }
  // `machine` runs the lambda itself, so it is alive whenever the lambda is.
  return machine->cancel([this, machine, callbacks = std::move(callbacks)]() mutable {
    send_cancel(*machine, std::move(callbacks));
  });
}

void TransactionLayer::send_cancel(const ClientTransaction& invite,
                                   ClientTransaction::Callbacks callbacks) {
  const ClientKey key{invite.branch(), "CANCEL"};
  if (clients_.contains(key)) {
    return;
  }
  auto transaction = std::make_shared<ClientNonInviteTransaction>(
      services(), make_cancel(invite.request()), invite.destination(),
      with_removal(std::move(callbacks), key));
  start_client(transaction, key);
}

Message TransactionLayer::send_ack(Message ack, const net::Endpoint& to) {
  ack.remove("Via");
  ack.prepend("Via", our_via(to.protocol, new_branch()));
  channel_.send(ack, to);
  return ack;
}

std::string TransactionLayer::new_branch() {
  for (;;) {
    std::string branch =
        std::string(kBranchMagicCookie) + random_.token(options_.branch_token_length);
    const auto it = clients_.lower_bound(ClientKey{branch, {}});
    if (it == clients_.end() || it->first.branch != branch) {
      return branch;  // unused by any live client transaction
    }
  }
}

std::string TransactionLayer::our_via(net::Protocol protocol, const std::string& branch) const {
  Via via;
  via.transport = net::protocol_text(protocol);
  via.host = options_.sent_by.host;
  via.port = protocol == net::Protocol::Tcp ? options_.sent_by.tcp_port : options_.sent_by.udp_port;
  via.params.push_back(Param{"branch", branch});
  via.params.push_back(Param{"rport", std::nullopt});
  return to_string(via);
}

}  // namespace cme::runtime::sip
