// Rows read and written by the names of a described model's members (base/model.hpp), never by
// position: a reordered column cannot give wrong data.
#pragma once
#include <algorithm>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "base/model.hpp"
#include "db/connection.hpp"

namespace sen::db {

namespace detail {

template <class V>
void read_column(const Row& row, std::size_t i, V& v) {
  if constexpr (std::is_same_v<V, std::string>) {
    v = row.text(i);
  } else if constexpr (std::is_same_v<V, std::optional<std::string>>) {
    v = row.optional_text(i);
  } else if constexpr (std::is_same_v<V, bool>) {
    v = row.boolean(i);
  } else if constexpr (std::is_integral_v<V>) {
    v = static_cast<V>(row.integer(i));
  } else if constexpr (model::is_optional_integer<V>) {
    auto n = row.optional_integer(i);
    v = n ? V(static_cast<typename model::optional_integer<V>::type>(*n)) : V();
  } else if constexpr (std::is_same_v<V, double>) {
    v = row.real(i);
  } else if constexpr (std::is_same_v<V, std::optional<double>>) {
    v = row.optional_real(i);
  } else if constexpr (std::is_same_v<V, Date>) {
    v = row.date(i);
  } else if constexpr (std::is_same_v<V, std::optional<Date>>) {
    v = row.optional_date(i);
  } else if constexpr (std::is_enum_v<V>) {
    auto e = model::enum_from_text<V>(row.text(i));
    if (!e) throw std::logic_error("unknown value '" + row.text(i) + "' in column " + std::to_string(i));
    v = *e;
  } else if constexpr (model::is_optional_enum<V>::value) {
    if (row.is_null(i)) {
      v.reset();
    } else {
      typename V::value_type e{};
      read_column(row, i, e);
      v = e;
    }
  } else {
    static_assert(sizeof(V) == 0, "a member of a type no column holds");
  }
}

template <class V>
Value column_value(const V& v) {
  if constexpr (model::is_optional<V>::value) {
    return v ? column_value(*v) : Value(nullptr);
  } else if constexpr (std::is_same_v<V, Date>) {
    return v.iso();
  } else if constexpr (std::is_enum_v<V>) {
    return model::enum_text(v);
  } else if constexpr (std::is_same_v<V, bool> || std::is_integral_v<V>) {
    return static_cast<std::int64_t>(v);
  } else {
    return Value(v);
  }
}

// Calls f(name, member) for each member of `m` that is a column — not a collection, not a
// described struct — and not named in `skip`, in the order described.
template <class T, class F>
void for_each_column(T& m, std::initializer_list<std::string_view> skip, F&& f) {
  model::for_each_field(m, [&](std::string_view name, auto& v) {
    using V = std::remove_cvref_t<decltype(v)>;
    if constexpr (!model::is_collection<V>::value && !model::is_described<V>) {
      for (auto s : skip) {
        if (s == name) return;
      }
      f(name, v);
    }
  });
}

}  // namespace detail

// A model from a row: each member from the column of its name (SELECT … AS the member's name where
// the table says otherwise). Collections and struct members are not columns and keep their defaults, as
// do the members named in `skip` (the caller reads them). A member without its column is a bug:
// std::logic_error naming it.
template <class T>
T read(const Row& row, std::initializer_list<std::string_view> skip = {}) {
  T m{};
  detail::for_each_column(m, skip, [&](std::string_view name, auto& v) {
    auto i = row.index(name);
    if (!i) throw std::logic_error("the query has no column " + std::string(name));
    detail::read_column(row, *i, v);
  });
  return m;
}

// Every row of a result as read<T> reads one; each member's column is looked up once, not per row.
template <class T>
std::vector<T> read_all(const Result& result, std::initializer_list<std::string_view> skip = {}) {
  std::vector<std::size_t> at;  // each column member's column, in the order described
  T probe{};
  detail::for_each_column(probe, skip, [&](std::string_view name, auto&) {
    auto found = std::find(result.columns.begin(), result.columns.end(), name);
    if (found == result.columns.end()) throw std::logic_error("the query has no column " + std::string(name));
    at.push_back(static_cast<std::size_t>(found - result.columns.begin()));
  });
  std::vector<T> out;
  out.reserve(result.size());
  for (std::size_t r = 0; r < result.size(); ++r) {
    auto row = result.row(r);
    T m{};
    std::size_t column = 0;
    detail::for_each_column(m, skip, [&](std::string_view, auto& v) { detail::read_column(row, at[column++], v); });
    out.push_back(std::move(m));
  }
  return out;
}

// The columns of a model's scalar members but `skip`, with their values: what an INSERT writes.
struct Columns {
  std::vector<std::string> names;
  Params values;

  // "a, b, c"
  std::string list() const;
  // "$1, $2, $3", numbered from `first`.
  std::string placeholders(std::size_t first = 1) const;
  // "a = $2, b = $3", numbered from `first`.
  std::string assignments(std::size_t first) const;
  // Adds a column the model does not hold (created_at, a parent's key).
  Columns& add(std::string name, Value value);
  // Writes member `member` into the column `column` where the table names it otherwise (unit →
  // unit_code). std::logic_error when no member has that name.
  Columns& rename(std::string_view member, std::string column);
};

// Adds `values` to `params` and gives their placeholders ("$4, $5"): the list of an IN (…).
std::string bind_all(Params& params, const std::vector<std::string>& values);

template <class T>
Columns columns(const T& m, std::initializer_list<std::string_view> skip = {}) {
  Columns out;
  detail::for_each_column(m, skip, [&](std::string_view name, const auto& v) {
    out.names.emplace_back(name);
    out.values.push_back(detail::column_value(v));
  });
  return out;
}

// The values columns(m, skip) holds, without their names: for a statement written once and run
// for many rows.
template <class T>
Params column_values(const T& m, std::initializer_list<std::string_view> skip = {}) {
  Params out;
  detail::for_each_column(m, skip, [&](std::string_view, const auto& v) { out.push_back(detail::column_value(v)); });
  return out;
}

// INSERT of `cols` into `table`; returns the result of `returning` ("RETURNING id"), if any.
Result insert(Connection& c, std::string_view table, const Columns& cols, std::string_view returning = {});

// Writes a model into `table` (INSERT of its columns but `skip`) and returns the result of
// `returning` ("RETURNING id"), if any.
template <class T>
Result insert(Connection& c, std::string_view table, const T& m, std::initializer_list<std::string_view> skip = {},
              std::string_view returning = {}) {
  return insert(c, table, columns(m, skip), returning);
}

}  // namespace sen::db
