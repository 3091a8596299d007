#include "runtime/sip/registrar/registrar.hpp"

#include <ctime>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/sip/message/response.hpp"
#include "runtime/sip/registrar/expires_limits.hpp"
#include "runtime/sip/registrar/pool_credentials.hpp"

namespace cme::runtime::sip {

namespace {

/// Realm when `authenticate realm` is not configured: the one Cisco CME uses by default.
constexpr std::string_view kDefaultRealm = "cisco";

/// RFC 1123 date for the Date header of a 200 to REGISTER (RFC 3261 §20.17; phones set their
/// clocks from it).
std::string http_date(Clock::WallTime now) {
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

/// The decimal number in `text` (saturated at 2^32-1), or nullopt for "" (absent) or anything
/// else. Takes a plain string_view: with an optional<string_view>, g++ -O2 branched on the size
/// of an empty optional (valgrind: "conditional jump depends on uninitialised value", issue 16 #7).
std::optional<std::uint32_t> number_or_none(std::string_view text) {
  if (text.empty() || text.size() > 10) {
    return std::nullopt;
  }
  std::uint64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(v, 0xffffffffu));
}

std::string unquote(std::string_view v) {
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(v);
}

/// The Contact values of a REGISTER that parse, in order (a '*' included); the others are
/// ignored, as before.
std::vector<NameAddr> parsed_contacts(const Message& request) {
  std::vector<NameAddr> out;
  for (auto value : request.headers_named("Contact")) {
    if (auto c = parse_name_addr(value); c.ok()) {
      out.push_back(std::move(c).value());
    }
  }
  return out;
}

/// The identity facts the pool matcher uses. `contacts` from parsed_contacts(); `digest` the
/// parsed Authorization header, or null.
RegisterIdentity identity_of(const RequestCore& core, const net::Endpoint& source,
                             const std::vector<NameAddr>& contacts, const DigestParams* digest) {
  RegisterIdentity id;
  id.from_user = core.from.uri.user;
  id.to_user = core.to.uri.user;
  id.source_address = source.address;
  if (!contacts.empty()) {
    const NameAddr& c = contacts.front();
    id.contact_user = c.uri.user;
    id.instance = unquote(param(c.params, "+sip.instance").value_or(""));
    id.device_name = unquote(param(c.params, "+u.sip!devicename.ccm.cisco.com").value_or(""));
  }
  if (digest != nullptr) {
    id.auth_username = std::string(param(digest->params, "username").value_or(""));
  }
  return id;
}

}  // namespace

Registrar::Registrar(const Clock& clock, TimerService& timers, RandomSource& random)
    : clock_(clock),
      config_(std::make_shared<const model::Config>()),
      matcher_(std::make_unique<PoolMatcher>(config_)),
      authenticator_(clock, random),
      bindings_(clock, timers) {}

void Registrar::configure(std::shared_ptr<const model::Config> config) {
  config_ = std::move(config);
  matcher_ = std::make_unique<PoolMatcher>(config_);
  bindings_.set_limits(expires_limits(*config_));
  attempted_.resize(attempted_registrations_size(*config_));
  any_password_ = false;
  for (const auto& [tag, pool] : config_->cme.voice_register_pools) {
    any_password_ = any_password_ || (pool.username && credential_password(*pool.username));
  }
  for (unsigned pool : bindings_.pools()) {
    if (config_->cme.voice_register_pools.count(pool) == 0) {
      bindings_.remove_pool(pool);
    }
  }
}

std::string Registrar::realm() const {
  return authenticate_realm(*config_).value_or(std::string(kDefaultRealm));
}

Message Registrar::handle(const Message& request, const RequestCore& core,
                          const net::Endpoint& source, std::string_view to_tag) {
  ++counters_.requests;
  // Each header is parsed once, here, for the matcher, the authenticator and the bindings.
  const auto contacts = parsed_contacts(request);
  std::optional<PoolMatch> match;
  if (admitted_ && admitted_->call_id == core.call_id && admitted_->cseq == core.cseq.number) {
    match = admitted_->match;  // screen() verified it a moment ago (its nc is spent now)
  } else {
    auto gate = admit(request, core, source, contacts);
    if (gate.refusal) {
      return refuse(request, *gate.refusal, to_tag);
    }
    match = gate.match;
  }
  admitted_.reset();
  const auto result =
      bindings_.apply(register_request(request, core, source, match->pool, contacts));
  return bound(request, result, to_tag);
}

Registrar::Gate Registrar::admit(const Message& request, const RequestCore& core,
                                 const net::Endpoint& source,
                                 const std::vector<NameAddr>& contacts) {
  const auto authorization = request.header("Authorization");
  std::optional<Result<DigestParams, ParseError>> digest;
  if (authorization) {
    digest = parse_digest(*authorization);
  }
  const auto id = identity_of(core, source, contacts, digest && digest->ok() ? &**digest : nullptr);
  const auto match = matcher_->match(id);
  const bool authenticate = needs_credentials(match);
  if (!match && !authenticate) {
    record_attempt(id);
    ++counters_.rejected;
    return Gate{Refusal::NotFound, match};
  }
  if (!authenticate) {
    return Gate{std::nullopt, match};
  }
  if (!digest) {
    return Gate{Refusal::Challenge, match};
  }
  if (!digest->ok()) {
    ++counters_.rejected;
    return Gate{Refusal::BadAuthorization, match};
  }
  return check_credentials(request, source, id, match, std::move(**digest));
}

Registrar::Gate Registrar::check_credentials(const Message& request, const net::Endpoint& source,
                                             const RegisterIdentity& id,
                                             const std::optional<PoolMatch>& match,
                                             DigestParams digest) {
  const auto credentials = credentials_from_digest(std::move(digest));
  const std::string user = credentials.username.value_or("");
  const bool the_phone = match && bound_from(match->pool, source.address);
  if (failures_.blocked(source.address, user, !the_phone, clock_.steady_now())) {
    ++counters_.rate_limited;
    return Gate{Refusal::TooManyFailures, match};
  }
  const std::string r = realm();
  const DigestRequest what{request.method, request.request_uri, r};
  // Unknown users are verified against a lookup that knows nobody: same work, same answer.
  const PasswordLookup lookup =
      match ? pool_password_lookup(*config_, match->pool)
            : PasswordLookup([](std::string_view) { return std::optional<std::string>(); });
  const auto verdict = authenticator_.verify(credentials, what, lookup);
  if (verdict == DigestVerdict::Malformed) {
    ++counters_.rejected;
    return Gate{Refusal::BadAuthorization, match};
  }
  if (!match) {
    // Only now: the first, credential-less REGISTER of a phone known by its digest user name
    // matches no pool either, and is not an attempt of an unknown phone.
    record_attempt(id);
  }
  if (verdict == DigestVerdict::Stale) {
    return Gate{Refusal::StaleChallenge, match};
  }
  if (verdict != DigestVerdict::Ok || !match) {
    ++counters_.wrong_credentials;
    failures_.record(source.address, user, clock_.steady_now());
    return Gate{Refusal::Challenge, match};
  }
  return Gate{std::nullopt, match};
}

Message Registrar::refuse(const Message& request, Refusal refusal, std::string_view to_tag) {
  switch (refusal) {
    case Refusal::NotFound:
      return make_response(request, 404, "Not Found", to_tag);
    case Refusal::BadAuthorization:
      return make_response(request, 400, "Bad Authorization header", to_tag);
    case Refusal::TooManyFailures:
      return make_response(request, 403, "Too many failed authentications", to_tag);
    case Refusal::Challenge:
    case Refusal::StaleChallenge:
      break;
  }
  return challenge(request, to_tag, refusal == Refusal::StaleChallenge);
}

bool Registrar::bound_from(unsigned pool, const std::string& address) const {
  for (const auto& b : bindings_.bindings(pool)) {
    if (b.source.address == address) {
      return true;
    }
  }
  return false;
}

bool Registrar::needs_credentials(const std::optional<PoolMatch>& match) const {
  // A pool with `username ... password ...` always authenticates (the seeds' pools do).
  const auto& pools = config_->cme.voice_register_pools;
  const auto pool = match ? pools.find(match->pool) : pools.end();
  const bool pool_has_password = pool != pools.end() && pool->second.username &&
                                 credential_password(*pool->second.username).has_value();
  // With any password configured, a REGISTER that matches no pool is challenged like one that
  // does, so the answers do not tell which users exist.
  return authenticate_register(*config_) || pool_has_password || (!match && any_password_);
}

std::optional<Registrar::Refusal> Registrar::screen(const Message& request,
                                                   const RequestCore& core,
                                                   const net::Endpoint& source) {
  admitted_.reset();
  if (!authenticate_register(*config_) && !any_password_) {
    return std::nullopt;  // no pool asks for credentials: handle() answers, in a transaction
  }
  auto gate = admit(request, core, source, parsed_contacts(request));
  if (gate.refusal) {
    ++counters_.requests;
    return gate.refusal;
  }
  admitted_ = Admitted{core.call_id, core.cseq.number, gate.match};
  return std::nullopt;
}

void Registrar::record_attempt(const RegisterIdentity& id) {
  const auto macs = candidate_macs(id);
  attempted_.record(macs.empty() ? std::nullopt : std::optional(macs.front()), id.source_address,
                    id.to_user, clock_.system_now());
}

Message Registrar::challenge(const Message& request, std::string_view to_tag, bool stale) {
  ++counters_.challenged;
  auto response = make_response(request, 401, "Unauthorized", to_tag);
  response.add("WWW-Authenticate",
               authenticator_.make_challenge(realm(), stale, DigestAlgorithm::Md5));
  return response;
}

RegisterRequest Registrar::register_request(const Message& request, const RequestCore& core,
                                            const net::Endpoint& source, unsigned pool,
                                            const std::vector<NameAddr>& contacts) const {
  RegisterRequest r;
  r.pool = pool;
  r.call_id = core.call_id;
  r.cseq = core.cseq.number;
  r.source = source;
  r.expires_header = number_or_none(request.header("Expires").value_or(""));
  for (const NameAddr& c : contacts) {
    if (c.star) {
      r.star = true;
      continue;
    }
    ContactRequest contact;
    contact.uri = to_string(c.uri);
    contact.instance = unquote(param(c.params, "+sip.instance").value_or(""));
    contact.expires = number_or_none(param(c.params, "expires").value_or(""));
    r.contacts.push_back(std::move(contact));
  }
  return r;
}

Message Registrar::bound(const Message& request, const RegisterResult& result,
                         std::string_view to_tag) {
  switch (result.status) {
    case RegisterStatus::Ok: {
      ++counters_.accepted;
      auto response = make_response(request, 200, "OK", to_tag);
      for (const auto& b : result.bindings) {
        response.add("Contact", "<" + b.contact +
                                    ">;expires=" + std::to_string(bindings_.remaining(b).count()));
      }
      response.add("Date", http_date(clock_.system_now()));
      return response;
    }
    case RegisterStatus::IntervalTooBrief: {
      ++counters_.rejected;
      auto response = make_response(request, 423, "Interval Too Brief", to_tag);
      response.add("Min-Expires", std::to_string(result.min_expires.count()));
      return response;
    }
    case RegisterStatus::OutOfOrder:
      ++counters_.rejected;
      return make_response(request, 500, "Out of order CSeq", to_tag);
    case RegisterStatus::BadStar:
      ++counters_.rejected;
      return make_response(request, 400, "Invalid Contact *", to_tag);
    case RegisterStatus::TooManyContacts:
      ++counters_.rejected;
      return make_response(request, 503, "Too many contacts", to_tag);
  }
  return make_response(request, 500, "Server Internal Error", to_tag);
}

}  // namespace cme::runtime::sip
