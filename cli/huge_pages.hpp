#pragma once
// Transparent huge pages for the router's heap. A registrar under load keeps every server
// transaction for Timer J (32 s over UDP, RFC 3261 §17.2.2), so its heap grows by megabytes a
// second and the kernel takes one page fault per 4 KiB it touches. glibc 2.35+ can back the
// heap with transparent huge pages (2 MiB, one fault each) when the tunable
// `glibc.malloc.hugetlb=1` is set (glibc manual, "Memory Allocation Tunables"). Tunables are
// read from the environment at program start only, so the router sets it and re-executes
// itself once. bench/sip_register measures the effect (README "Huge pages").

#include <optional>
#include <string>
#include <string_view>

namespace cme::cli {

/// The decision of use_huge_pages_for_heap, pure: the GLIBC_TUNABLES value to re-execute with
/// (`tunables` with ":glibc.malloc.hugetlb=1" added, or that alone when `tunables` is empty), or
/// nullopt to run as is. `tunables`: the current GLIBC_TUNABLES ("" when unset). `thp_enabled`:
/// the text of /sys/kernel/mm/transparent_hugepage/enabled, e.g. "always [madvise] never" (""
/// when unreadable). `ld_preload`: the current LD_PRELOAD ("" when unset).
std::optional<std::string> huge_pages_tunables(std::string_view tunables,
                                               std::string_view thp_enabled,
                                               std::string_view ld_preload);

/// Re-executes the program (/proc/self/exe, same `argv`, same pid, same open files) with
/// `glibc.malloc.hugetlb=1` added to GLIBC_TUNABLES, and returns only when it does not:
/// - GLIBC_TUNABLES already names glibc.malloc.hugetlb (set by the user, `=0` to opt out, or by
///   this function before the re-execution);
/// - the kernel has transparent huge pages set to `never`, or does not say
///   (/sys/kernel/mm/transparent_hugepage/enabled);
/// - the program runs under valgrind (LD_PRELOAD names its vgpreload library: valgrind does not
///   follow an exec unless told to, so the new image would escape it);
/// - the exec fails (then the environment is restored and the router runs as it is).
/// `argv` is main's, terminated by a null pointer.
void use_huge_pages_for_heap(char** argv);

}  // namespace cme::cli
