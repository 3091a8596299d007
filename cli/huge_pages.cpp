// use_huge_pages_for_heap and huge_pages_tunables (huge_pages.hpp).

#include "cli/huge_pages.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace cme::cli {
namespace {

constexpr const char* kTunables = "GLIBC_TUNABLES";
constexpr std::string_view kHugeTlb = "glibc.malloc.hugetlb";

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

std::string read_file(const char* path) {
  std::ifstream file(path);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

}  // namespace

std::optional<std::string> huge_pages_tunables(std::string_view tunables,
                                               std::string_view thp_enabled,
                                               std::string_view ld_preload) {
  const bool offered = thp_enabled.find("[always]") != std::string_view::npos ||
                       thp_enabled.find("[madvise]") != std::string_view::npos;
  if (tunables.find(kHugeTlb) != std::string_view::npos || !offered ||
      ld_preload.find("vgpreload") != std::string_view::npos) {
    return std::nullopt;
  }
  std::string value(tunables);
  if (!value.empty()) {
    value += ':';
  }
  value += kHugeTlb;
  value += "=1";
  return value;
}

void use_huge_pages_for_heap(char** argv) {
  const std::string tunables = env(kTunables);
  const auto value = huge_pages_tunables(
      tunables, read_file("/sys/kernel/mm/transparent_hugepage/enabled"), env("LD_PRELOAD"));
  if (!value || setenv(kTunables, value->c_str(), 1) != 0) {
    return;
  }
  execv("/proc/self/exe", argv);
  // Still here: the exec failed. Run as we are, with the environment as it was.
  if (tunables.empty()) {
    unsetenv(kTunables);
  } else {
    setenv(kTunables, tunables.c_str(), 1);
  }
}

}  // namespace cme::cli
