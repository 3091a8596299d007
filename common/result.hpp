#pragma once
// Result<T, E>: a value or an error, the return type of every fallible operation on user or
// network input (STYLE.md §4). C++20 has no std::expected; this is the small subset we use.

#include <cassert>
#include <utility>
#include <variant>

namespace cme {

/// The value type of a Result that carries no value (success or an error).
struct Unit {};

/// Wraps an error so that `Result<T, E> r = Err{e};` is unambiguous even when T and E coincide.
template <class E>
struct Err {
  E error;
};
template <class E>
Err(E) -> Err<E>;

template <class T, class E>
class Result {
 public:
  // Implicit by design. Two overloads, not one by value: a value is moved into the Result once,
  // not twice (results carry parsed headers up the SIP hot path).
  Result(const T& value) : v_(std::in_place_index<0>, value) {}        // NOLINT
  Result(T&& value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT
  template <class E2>
  Result(Err<E2> e) : v_(std::in_place_index<1>, std::move(e.error)) {}  // NOLINT

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  /// The value; precondition ok().
  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  /// The error; precondition !ok().
  E& error() & { assert(!ok()); return std::get<1>(v_); }
  const E& error() const& { assert(!ok()); return std::get<1>(v_); }
  E&& error() && { assert(!ok()); return std::get<1>(std::move(v_)); }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, E> v_;
};

}  // namespace cme
