// huge_pages_tunables (cli/huge_pages.hpp): when the router re-executes itself with
// glibc.malloc.hugetlb=1, and with which GLIBC_TUNABLES.

#include <catch2/catch.hpp>

#include "cli/huge_pages.hpp"

using cme::cli::huge_pages_tunables;

TEST_CASE("huge pages: the tunable is added when the kernel offers THP", "[cli][huge_pages]") {
  CHECK(huge_pages_tunables("", "always [madvise] never\n", "") == "glibc.malloc.hugetlb=1");
  CHECK(huge_pages_tunables("", "[always] madvise never\n", "") == "glibc.malloc.hugetlb=1");
  CHECK(huge_pages_tunables("glibc.malloc.arena_max=2", "always [madvise] never", "") ==
        "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
  CHECK(huge_pages_tunables("", "always [madvise] never", "/usr/lib/libheaptrack_preload.so") ==
        "glibc.malloc.hugetlb=1");
}

TEST_CASE("huge pages: no re-execution", "[cli][huge_pages]") {
  SECTION("the user chose (=0 opts out), or this is the re-executed router") {
    CHECK_FALSE(huge_pages_tunables("glibc.malloc.hugetlb=0", "always [madvise] never", ""));
    CHECK_FALSE(huge_pages_tunables("glibc.malloc.hugetlb=1", "always [madvise] never", ""));
    CHECK_FALSE(huge_pages_tunables("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1",
                                    "always [madvise] never", ""));
  }
  SECTION("the kernel has THP off, or does not say") {
    CHECK_FALSE(huge_pages_tunables("", "always madvise [never]\n", ""));
    CHECK_FALSE(huge_pages_tunables("", "", ""));
  }
  SECTION("under valgrind, which would not follow the exec") {
    CHECK_FALSE(huge_pages_tunables(
        "", "always [madvise] never",
        "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so:"
        "/usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so"));
  }
}
