// The runtime's SCCP phone models (runtime/sccp/session/phone_models.cpp) and the `type`
// keywords of the ephone command table (modes/ios_words.hpp) must not drift apart: every model
// the runtime knows is a type an ephone can be given, and every add-on module too.
#include "runtime/sccp/session/phone_models.hpp"

#include <catch2/catch.hpp>

#include "tests/modes/session_fixture.hpp"

namespace cme::test {

TEST_CASE("phone models: every runtime model is an ephone type keyword", "[cli][phone-type]") {
  SessionFixture f;
  f.run({"configure terminal", "ephone 1"});
  for (const auto& m : runtime::sccp::phone_models()) {
    const std::string type(m.type);
    INFO("type " << type);
    f.ok("type " + type);
    CHECK(f.device.running()->cme.ephones.at(1).type->type == type);
  }
  for (const char* module : {"7914", "7915-12", "7915-24", "7916-12", "7916-24"}) {
    INFO("addon " << module);
    CHECK(runtime::sccp::addon_buttons(module) > 0);
    f.ok("type 7965 addon 1 " + std::string(module));
  }
}

}  // namespace cme::test
