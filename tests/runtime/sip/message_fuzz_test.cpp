// Network input never crashes the message layer: every prefix and many random mutations (byte
// changes, deletions, insertions) of the corpus messages go through parse_message, the typed
// views, parse_sdp, make_response, serialize and StreamFramer. Anything parse_message accepts
// must survive serialize → parse_message unchanged, and every typed value that parses must come
// back equal from its to_string. Seeded, so failures repeat. Also run under ASan/UBSan.

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "runtime/sip/message/framer.hpp"
#include "runtime/sip/message/headers.hpp"
#include "runtime/sip/message/parse.hpp"
#include "runtime/sip/message/response.hpp"
#include "runtime/sip/message/sdp.hpp"
#include "runtime/sip/message/serialize.hpp"
#include "tests/runtime/sip/message_corpus.hpp"

using namespace cme::runtime::sip;

namespace {

constexpr int kMutationsPerMessage = 300;
constexpr char kInteresting[] = {'\r', '\n', ':', ',', ';', '"', '<', '>', '\\', '\0',
                                 ' ',  '\t', '%', '=', '@', '[', ']', '/', '0',  '\xff'};

template <class T, class Parse>
void check_reparse(const cme::Result<T, ParseError>& value, Parse parse) {
  if (value) {
    auto again = parse(to_string(value.value()));
    REQUIRE(again.ok());
    CHECK(again.value() == value.value());
  }
}

/// Runs every typed view on every header value, whatever its name.
void exercise_views(const Message& m) {
  (void)request_core(m);
  for (const auto& h : m.headers) {
    check_reparse(parse_via(h.value), [](const std::string& s) { return parse_via(s); });
    check_reparse(parse_name_addr(h.value),
                  [](const std::string& s) { return parse_name_addr(s); });
    check_reparse(parse_cseq(h.value), [](const std::string& s) { return parse_cseq(s); });
    check_reparse(parse_digest(h.value), [](const std::string& s) { return parse_digest(s); });
    check_reparse(parse_uri(h.value), [](const std::string& s) { return parse_uri(s); });
  }
  if (m.request) {
    check_reparse(parse_uri(m.request_uri), [](const std::string& s) { return parse_uri(s); });
    (void)serialize(make_response(m, 400));
  }
  check_reparse(parse_sdp(m.body), [](const std::string& s) { return parse_sdp(s); });
}

void exercise(std::string_view bytes) {
  auto parsed = parse_message(bytes);
  if (parsed) {
    exercise_views(parsed.value());
    auto again = parse_message(serialize(parsed.value()));
    REQUIRE(again);
    CHECK(again.value() == parsed.value());
  } else {
    (void)parsed.error().answer_status();
  }
}

/// Feeds `bytes` in pieces of `chunk` bytes and drains the events.
void frame(std::string_view bytes, std::size_t chunk) {
  StreamFramer framer(StreamFramer::Limits{4096, 4096});
  for (std::size_t pos = 0; pos < bytes.size(); pos += chunk) {
    framer.feed(bytes.substr(pos, chunk));
    for (int i = 0; i < 100; ++i) {
      if (framer.next().kind == FrameEvent::Kind::NeedMore) {
        break;
      }
    }
  }
}

}  // namespace

TEST_CASE("message_fuzz: every prefix of every corpus message", "[runtime][sip][message_fuzz]") {
  for (const auto& name : cme::test::sip_corpus_names()) {
    std::string const bytes = cme::test::sip_corpus(name);
    INFO(name);
    for (std::size_t length = 0; length <= bytes.size(); ++length) {
      exercise(std::string_view(bytes).substr(0, length));
    }
    frame(bytes, 1);
    frame(bytes, 7);
  }
}

TEST_CASE("message_fuzz: random byte mutations of the corpus", "[runtime][sip][message_fuzz]") {
  std::mt19937 random(4475);
  for (const auto& name : cme::test::sip_corpus_names()) {
    std::string const original = cme::test::sip_corpus(name);
    for (int round = 0; round < kMutationsPerMessage; ++round) {
      std::string bytes = original;
      int const edits = 1 + static_cast<int>(random() % 4);
      for (int i = 0; i < edits && !bytes.empty(); ++i) {
        std::size_t const at = random() % bytes.size();
        switch (random() % 4) {
          case 0:
            bytes[at] = static_cast<char>(random() & 0xff);
            break;
          case 1:
            bytes[at] = kInteresting[random() % sizeof kInteresting];
            break;
          case 2:
            bytes.erase(at, 1 + random() % 8);
            break;
          default:
            bytes.insert(at, bytes.substr(random() % bytes.size(), 1 + random() % 16));
            break;
        }
      }
      INFO(name << " round " << round);
      exercise(bytes);
      frame(bytes + bytes, 1 + random() % 64);
    }
  }
}
