// Models described once. A model is a plain struct with its members listed once beside it:
//
//   struct Unit { std::string code; std::optional<std::string> name_en; Date valid_from; … };
//   BOOST_DESCRIBE_STRUCT(Unit, (), (code, name_en, valid_from, …))
//
// and its JSON, its row in the database (db/rows.hpp) and the fields a request may set
// (json/request.hpp) follow from that list, member names being the JSON keys and the columns.
// Enums are described the same way (BOOST_DESCRIBE_ENUM) and written as their names.
#pragma once
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/date.hpp"

namespace sen::model {

template <class T>
using Members = boost::describe::describe_members<T, boost::describe::mod_public>;

template <class T>
inline constexpr bool is_described = boost::describe::has_describe_members<T>::value;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
// The integer type inside an optional integer (std::optional<int64_t>); void for anything else.
template <class T>
struct optional_integer {
  using type = void;
};
template <class T>
requires std::is_integral_v<T>
struct optional_integer<std::optional<T>> {
  using type = T;
};
template <class T>
inline constexpr bool is_optional_integer = !std::is_void_v<typename optional_integer<T>::type>;
template <class T>
struct is_optional_enum : std::false_type {};
template <class E>
requires std::is_enum_v<E>
struct is_optional_enum<std::optional<E>> : std::true_type {
};
template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
// Lists and sets of a model: never a column of its row.
template <class T>
struct is_collection : is_vector<T> {};
template <class T>
struct is_collection<std::set<T>> : std::true_type {};

// Calls f(name, member) for each described member of `m`, in the order described.
template <class T, class F>
void for_each_field(T& m, F&& f) {
  boost::mp11::mp_for_each<Members<std::remove_const_t<T>>>([&](auto D) { f(std::string_view(D.name), m.*D.pointer); });
}

// The names of a model's described members, in order.
template <class T>
std::vector<std::string_view> field_names() {
  std::vector<std::string_view> out;
  boost::mp11::mp_for_each<Members<T>>([&](auto D) { out.emplace_back(D.name); });
  return out;
}

// A described enum's name ("overdue"); "" for a value without one.
template <class E>
std::string enum_text(E e) {
  return boost::describe::enum_to_string(e, "");
}

// The described enum of that name; nullopt for any other text.
template <class E>
std::optional<E> enum_from_text(std::string_view text) {
  E e{};
  if (!boost::describe::enum_from_string(std::string(text).c_str(), e)) return std::nullopt;
  return e;
}

// The names of a described enum's values, in order (for error messages listing them).
template <class E>
std::vector<std::string_view> enum_names() {
  std::vector<std::string_view> out;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { out.emplace_back(D.name); });
  return out;
}

template <class T>
boost::json::object to_json(const T& m);

// JSON of one member: text, numbers, booleans, dates (YYYY-MM-DD), optionals (null when empty),
// vectors (arrays), described enums (their names) and described structs (objects).
template <class V>
boost::json::value json_value(const V& v) {
  if constexpr (is_optional<V>::value) {
    return v ? json_value(*v) : boost::json::value(nullptr);
  } else if constexpr (std::is_same_v<V, Date>) {
    return boost::json::value(v.iso());
  } else if constexpr (std::is_enum_v<V>) {
    return boost::json::value(enum_text(v));
  } else if constexpr (is_vector<V>::value) {
    boost::json::array a;
    for (const auto& x : v) a.push_back(json_value(x));
    return a;
  } else if constexpr (is_described<V>) {
    return to_json(v);
  } else {
    return boost::json::value_from(v);
  }
}

// The JSON object of a described model: each member under its own name.
template <class T>
boost::json::object to_json(const T& m) {
  boost::json::object o;
  for_each_field(m, [&](std::string_view name, const auto& v) { o[name] = json_value(v); });
  return o;
}

}  // namespace sen::model
