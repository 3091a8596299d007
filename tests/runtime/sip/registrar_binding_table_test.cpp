// BindingTable: RFC 3261 §10.3 processing of REGISTERs for a pool, driven by a manual clock.

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "runtime/sip/registrar/binding_table.hpp"
#include "tests/support/manual_clock.hpp"
#include "tests/support/manual_timer_service.hpp"

using cme::runtime::net::Endpoint;
using cme::runtime::sip::Binding;
using cme::runtime::sip::BindingEvent;
using cme::runtime::sip::BindingTable;
using cme::runtime::sip::ContactRequest;
using cme::runtime::sip::ExpiresLimits;
using cme::runtime::sip::RegisterRequest;
using cme::runtime::sip::RegisterStatus;
using cme::test::ManualClock;
using cme::test::ManualTimerService;
using namespace std::chrono_literals;

namespace {

constexpr const char* kContact = "sip:2201@10.0.0.5:5060";

RegisterRequest reg(std::uint32_t cseq, std::vector<ContactRequest> contacts,
                    std::optional<std::uint32_t> expires = 600,
                    std::string call_id = "00241c-0001@10.0.0.5") {
  RegisterRequest r;
  r.pool = 1;
  r.call_id = std::move(call_id);
  r.cseq = cseq;
  r.source = Endpoint{"10.0.0.5", 5060};
  r.contacts = std::move(contacts);
  r.expires_header = expires;
  return r;
}

ContactRequest contact(std::string uri, std::optional<std::uint32_t> expires = std::nullopt,
                       std::string instance = "") {
  return ContactRequest{std::move(uri), std::move(instance), expires};
}

struct Fixture {
  ManualClock clock;
  ManualTimerService timers{clock};
  BindingTable table{clock, timers, ExpiresLimits{60s, 3600s, 3600s}, 3};
  std::vector<std::pair<std::string, BindingEvent>> events;
  Fixture() {
    table.set_listener(
        [this](const Binding& b, BindingEvent e) { events.emplace_back(b.contact, e); });
  }
};

}  // namespace

TEST_CASE("binding table: register, refresh and expire", "[runtime][sip][registrar]") {
  Fixture f;
  auto r = f.table.apply(reg(1, {contact(kContact)}));
  REQUIRE(r.status == RegisterStatus::Ok);
  REQUIRE(r.bindings.size() == 1);
  const Binding& b = r.bindings[0];
  CHECK(b.pool == 1);
  CHECK(b.contact == kContact);
  CHECK(b.source == Endpoint{"10.0.0.5", 5060});
  CHECK(b.cseq == 1);
  CHECK(b.expires == 600s);
  CHECK(b.expires_at == ManualClock::kStartSteady + 600s);
  CHECK(f.table.remaining(b) == 600s);
  CHECK(f.events == decltype(f.events){{kContact, BindingEvent::Added}});

  f.timers.advance(500s);
  CHECK(f.table.remaining(f.table.bindings(1).at(0)) == 100s);
  r = f.table.apply(reg(2, {contact(kContact)}));  // refresh re-arms the timer
  REQUIRE(r.status == RegisterStatus::Ok);
  CHECK(f.table.remaining(r.bindings.at(0)) == 600s);
  CHECK(f.events.back().second == BindingEvent::Refreshed);

  f.timers.advance(599s);
  CHECK(f.table.size() == 1);
  f.timers.advance(1s);
  CHECK(f.table.size() == 0);
  CHECK(f.table.pools().empty());
  CHECK(f.events.back() == std::make_pair(std::string(kContact), BindingEvent::Expired));
  CHECK(f.timers.pending() == 0);
}

TEST_CASE("binding table: Expires 0 removes one contact", "[runtime][sip][registrar]") {
  Fixture f;
  REQUIRE(f.table.apply(reg(1, {contact(kContact)})).status == RegisterStatus::Ok);
  auto r = f.table.apply(reg(2, {contact(kContact)}, 0));
  CHECK(r.status == RegisterStatus::Ok);
  CHECK(r.bindings.empty());
  CHECK(f.events.back().second == BindingEvent::Removed);
  CHECK(f.timers.pending() == 0);
  // Removing what is not there is fine.
  CHECK(f.table.apply(reg(3, {contact(kContact, 0)})).status == RegisterStatus::Ok);
}

TEST_CASE("binding table: out-of-order CSeq within one Call-ID", "[runtime][sip][registrar]") {
  Fixture f;
  REQUIRE(f.table.apply(reg(5, {contact(kContact)})).status == RegisterStatus::Ok);
  CHECK(f.table.apply(reg(5, {contact(kContact)})).status == RegisterStatus::OutOfOrder);
  CHECK(f.table.apply(reg(4, {contact(kContact)}, 0)).status == RegisterStatus::OutOfOrder);
  CHECK(f.table.bindings(1).at(0).cseq == 5);
  SECTION("a new Call-ID (the phone rebooted) may start lower") {
    auto r = f.table.apply(reg(1, {contact(kContact)}, 600, "other-call-id"));
    CHECK(r.status == RegisterStatus::Ok);
    CHECK(r.bindings.at(0).cseq == 1);
    CHECK(r.bindings.at(0).call_id == "other-call-id");
  }
  SECTION("a higher CSeq goes through") {
    CHECK(f.table.apply(reg(6, {contact(kContact)})).status == RegisterStatus::Ok);
  }
}

TEST_CASE("binding table: several contacts per pool", "[runtime][sip][registrar]") {
  Fixture f;
  auto r = f.table.apply(reg(1, {contact("sip:2201@10.0.0.5", 300), contact("sip:2201@10.0.0.6")}));
  REQUIRE(r.status == RegisterStatus::Ok);
  REQUIRE(r.bindings.size() == 2);
  CHECK(r.bindings[0].expires == 300s);  // the Contact parameter beats the header
  CHECK(r.bindings[1].expires == 600s);
  r = f.table.apply(reg(1, {contact("sip:2201@10.0.0.7")}, 600, "second-phone"));
  CHECK(r.bindings.size() == 3);
  CHECK(f.table.size() == 3);
  CHECK(f.table.newest(1)->contact == "sip:2201@10.0.0.7");
  CHECK_FALSE(f.table.newest(9));

  SECTION("each contact expires on its own") {
    f.timers.advance(300s);
    CHECK(f.table.size() == 2);
    f.timers.advance(300s);
    CHECK(f.table.size() == 0);
  }
  SECTION("a replaced contact in the same request frees its room") {
    auto s = f.table.apply(reg(2, {contact("sip:2201@10.0.0.5", 0), contact("sip:2201@10.0.0.8")}));
    CHECK(s.status == RegisterStatus::Ok);
    CHECK(s.bindings.size() == 3);
  }
  SECTION("at the limit a new contact replaces the oldest binding") {
    f.timers.advance(10s);
    REQUIRE(f.table.apply(reg(2, {contact("sip:2201@10.0.0.6")})).status == RegisterStatus::Ok);
    CHECK(f.table.newest(1)->contact == "sip:2201@10.0.0.6");  // refreshed last
    f.events.clear();
    auto s = f.table.apply(reg(3, {contact("sip:2201@10.0.0.8")}));
    REQUIRE(s.status == RegisterStatus::Ok);
    REQUIRE(s.bindings.size() == 3);
    CHECK(s.bindings[0].contact == "sip:2201@10.0.0.6");
    CHECK(s.bindings[1].contact == "sip:2201@10.0.0.7");
    CHECK(s.bindings[2].contact == "sip:2201@10.0.0.8");
    CHECK(f.events == decltype(f.events){{"sip:2201@10.0.0.5", BindingEvent::Removed},
                                         {"sip:2201@10.0.0.8", BindingEvent::Added}});
    CHECK(f.table.newest(1)->contact == "sip:2201@10.0.0.8");
    f.timers.advance(591s);  // 10.0.0.7 (registered at 0 s) expires; the others at 610 s
    CHECK(f.table.size() == 2);
  }
  SECTION("one request naming more new contacts than the limit fails") {
    auto s = f.table.apply(reg(2, {contact("sip:a@10.0.1.1"), contact("sip:b@10.0.1.2"),
                                   contact("sip:c@10.0.1.3"), contact("sip:d@10.0.1.4")}));
    CHECK(s.status == RegisterStatus::TooManyContacts);
    CHECK(f.table.size() == 3);
  }
  SECTION("other pools are separate") {
    RegisterRequest other = reg(1, {contact(kContact)});
    other.pool = 2;
    CHECK(f.table.apply(other).status == RegisterStatus::Ok);
    CHECK(f.table.pools() == std::vector<unsigned>{1, 2});
    CHECK(f.table.bindings(2).size() == 1);
    f.table.remove_pool(1);
    CHECK(f.table.pools() == std::vector<unsigned>{2});
  }
}

TEST_CASE("binding table: +sip.instance identifies the binding", "[runtime][sip][registrar]") {
  Fixture f;
  const std::string instance = "<urn:uuid:00000000-0000-0000-0000-0024c4f12a01>";
  REQUIRE(f.table.apply(reg(1, {contact("sip:2201@10.0.0.5", 600, instance)})).status ==
          RegisterStatus::Ok);
  // New address (DHCP), same instance, different letter case: one binding, updated.
  auto r = f.table.apply(reg(
      2, {contact("sip:2201@10.0.0.9", 600, "<urn:uuid:00000000-0000-0000-0000-0024C4F12A01>")}));
  REQUIRE(r.bindings.size() == 1);
  CHECK(r.bindings[0].contact == "sip:2201@10.0.0.9");
  CHECK(f.events.back().second == BindingEvent::Refreshed);
}

TEST_CASE("binding table: Contact star removes all", "[runtime][sip][registrar]") {
  Fixture f;
  REQUIRE(f.table.apply(reg(1, {contact("sip:a@10.0.0.5"), contact("sip:b@10.0.0.5")})).status ==
          RegisterStatus::Ok);
  RegisterRequest star = reg(2, {}, 0);
  star.star = true;

  SECTION("with Expires 0") {
    auto r = f.table.apply(star);
    CHECK(r.status == RegisterStatus::Ok);
    CHECK(r.bindings.empty());
    CHECK(f.table.size() == 0);
    CHECK(f.timers.pending() == 0);
    CHECK(f.events.size() == 4);
    CHECK(f.events[2].second == BindingEvent::Removed);
    CHECK(f.events[3].second == BindingEvent::Removed);
  }
  SECTION("not with another Expires, a missing one, or other contacts") {
    star.expires_header = 60;
    CHECK(f.table.apply(star).status == RegisterStatus::BadStar);
    star.expires_header.reset();
    CHECK(f.table.apply(star).status == RegisterStatus::BadStar);
    star.expires_header = 0;
    star.contacts.push_back(contact("sip:a@10.0.0.5"));
    CHECK(f.table.apply(star).status == RegisterStatus::BadStar);
    CHECK(f.table.size() == 2);
  }
  SECTION("not out of order") {
    star.cseq = 1;
    CHECK(f.table.apply(star).status == RegisterStatus::OutOfOrder);
    CHECK(f.table.size() == 2);
  }
}

TEST_CASE("binding table: min and max expires", "[runtime][sip][registrar]") {
  Fixture f;
  SECTION("below min: 423 with Min-Expires, and nothing changes") {
    REQUIRE(f.table.apply(reg(1, {contact("sip:a@10.0.0.5")})).status == RegisterStatus::Ok);
    auto r = f.table.apply(reg(2, {contact("sip:b@10.0.0.5"), contact("sip:a@10.0.0.5", 59)}));
    CHECK(r.status == RegisterStatus::IntervalTooBrief);
    CHECK(r.min_expires == 60s);
    CHECK(r.bindings.size() == 1);
    CHECK(f.table.bindings(1).at(0).cseq == 1);
    CHECK(f.table.apply(reg(3, {contact("sip:b@10.0.0.5")}, 1)).status ==
          RegisterStatus::IntervalTooBrief);
  }
  SECTION("exactly min is granted") {
    CHECK(f.table.apply(reg(1, {contact(kContact)}, 60)).bindings.at(0).expires == 60s);
  }
  SECTION("above max: shortened") {
    CHECK(f.table.apply(reg(1, {contact(kContact)}, 86400)).bindings.at(0).expires == 3600s);
  }
  SECTION("none given: the fallback") {
    CHECK(f.table.apply(reg(1, {contact(kContact)}, std::nullopt)).bindings.at(0).expires == 3600s);
  }
  SECTION("new limits apply to later requests") {
    f.table.set_limits(ExpiresLimits{60s, 240s, 240s});
    CHECK(f.table.apply(reg(1, {contact(kContact)}, 600)).bindings.at(0).expires == 240s);
  }
}

TEST_CASE("binding table: a query changes nothing", "[runtime][sip][registrar]") {
  Fixture f;
  REQUIRE(f.table.apply(reg(1, {contact(kContact)})).status == RegisterStatus::Ok);
  f.timers.advance(10s);
  auto r = f.table.apply(reg(2, {}));
  CHECK(r.status == RegisterStatus::Ok);
  CHECK(r.bindings.size() == 1);
  CHECK(f.table.remaining(r.bindings[0]) == 590s);
  CHECK(f.events.size() == 1);
}

TEST_CASE("binding table: destruction cancels the expiry timers", "[runtime][sip][registrar]") {
  ManualClock clock;
  ManualTimerService timers(clock);
  {
    BindingTable table(clock, timers);
    REQUIRE(table.apply(reg(1, {contact(kContact)})).status == RegisterStatus::Ok);
    CHECK(timers.pending() == 1);
  }
  CHECK(timers.pending() == 0);
  CHECK(timers.advance(3600s) == 0);
}
