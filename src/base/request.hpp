// A described model (base/model.hpp) read from a request body: the fields a request may set are
// the model's members that have a rule; any other field is refused by name, each value is checked
// by its member's type and its rule, and every refusal names the field.
#pragma once
#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <initializer_list>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "base/json.hpp"
#include "base/limits.hpp"
#include "base/messages.hpp"
#include "base/model.hpp"
#include "base/received_text.hpp"

namespace sen::json {

// How a request may set one member.
struct Rule {
  std::string_view name;
  bool required = false;
  std::size_t max_chars = 500;   // text: at most this many characters…
  Lines lines = Lines::one;      // …on one line, or many
  std::int64_t min = -kLargest;  // numbers: from min to max
  std::int64_t max = kLargest;

  static Rule text(std::string_view name, std::size_t max_chars) { return {name, false, max_chars, Lines::many}; }
  static Rule line(std::string_view name, std::size_t max_chars = 500) { return {name, false, max_chars}; }
  static Rule number(std::string_view name, std::int64_t min, std::int64_t max) {
    return {name, false, 500, Lines::one, min, max};
  }
  Rule& needed() {
    required = true;
    return *this;
  }
};

// The value of `allowed` (by default every value of the described enum E) that `text` names;
// Error invalid_choice naming `field` and listing the allowed names otherwise. Also for a text read
// by hand, where the refusal names another field than the text's own.
template <class E>
E enum_named(std::string_view text, std::string_view field, std::vector<E> allowed = {}) {
  if (allowed.empty()) {
    boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto D) { allowed.push_back(D.value); });
  }
  auto e = model::enum_from_text<E>(text);
  if (e && std::find(allowed.begin(), allowed.end(), *e) != allowed.end()) return *e;
  std::string known;
  for (auto a : allowed) known += (known.empty() ? "" : ", ") + model::enum_text(a);
  throw messages::error<"field.invalid_choice">(std::string(field), text, field, known);
}

// Field `name` as a described enum, by its name; nullopt when absent; Error invalid_choice listing
// the names otherwise.
template <class E>
std::optional<E> optional_enum(const Fields& f, std::string_view name) {
  auto text = f.optional_string(name, 40);
  if (!text) return std::nullopt;
  return enum_named<E>(*text, name);
}

namespace detail {

template <class V>
void read_field(const Fields& f, const Rule& r, V& v) {
  if (r.required && !f.has(r.name)) throw messages::error<"field.missing">(std::string(r.name), r.name);
  if (!f.has(r.name)) return;  // absent: the member keeps its value
  auto text = [&] {
    return r.lines == Lines::many ? f.optional_text(r.name, r.max_chars) : f.optional_string(r.name, r.max_chars);
  };
  if constexpr (std::is_same_v<V, std::string>) {
    v = *text();
  } else if constexpr (std::is_same_v<V, std::optional<std::string>>) {
    v = text();
  } else if constexpr (std::is_same_v<V, bool>) {
    v = f.optional_bool(r.name, v);
  } else if constexpr (std::is_integral_v<V>) {
    v = static_cast<V>(*f.optional_int(r.name, r.min, r.max));
  } else if constexpr (model::is_optional_integer<V>) {
    v = static_cast<typename model::optional_integer<V>::type>(*f.optional_int(r.name, r.min, r.max));
  } else if constexpr (std::is_same_v<V, double> || std::is_same_v<V, std::optional<double>>) {
    v = *f.optional_number(r.name, static_cast<double>(r.min), static_cast<double>(r.max));
  } else if constexpr (std::is_same_v<V, Date> || std::is_same_v<V, std::optional<Date>>) {
    v = *f.optional_date(r.name);
  } else if constexpr (std::is_same_v<V, std::vector<std::string>>) {
    v = f.optional_string_array(r.name);
  } else if constexpr (std::is_enum_v<V>) {
    v = *optional_enum<V>(f, r.name);
  } else if constexpr (model::is_optional_enum<V>::value) {
    v = optional_enum<typename V::value_type>(f, r.name);
  } else {
    static_assert(sizeof(V) == 0, "a member of a type requests cannot set");
  }
}

}  // namespace detail

// `rules` with the members `names` required: what a creation needs and an edit may leave out.
inline std::vector<Rule> requiring(std::vector<Rule> rules, std::initializer_list<std::string_view> names) {
  for (auto& r : rules) {
    for (auto name : names) {
      if (r.name == name) r.required = true;
    }
  }
  return rules;
}

// Reads the members of `base` that `rules` name from `body`, refusing fields without a rule.
// Absent optional fields keep base's values, so the same call serves a creation (base = {}) and an
// edit (base = the current record).
template <class T>
T read_request(const boost::json::object& body, const std::vector<Rule>& rules, T base = {},
               std::initializer_list<std::string_view> also_allowed = {}) {
  Fields f(body);
  std::vector<std::string_view> allowed(also_allowed);
  for (const auto& r : rules) allowed.push_back(r.name);
  f.allow_only(allowed);
  model::for_each_field(base, [&](std::string_view name, auto& v) {
    using V = std::remove_reference_t<decltype(v)>;
    // Nested records and their lists are read by the caller, beside the rules.
    constexpr bool nested =
        model::is_described<V> || (model::is_vector<V>::value && !std::is_same_v<V, std::vector<std::string>>);
    for (const auto& r : rules) {
      if (r.name != name) continue;
      if constexpr (nested) {
        throw std::logic_error("a rule for the nested member " + std::string(name));
      } else {
        detail::read_field(f, r, v);
      }
    }
  });
  return base;
}

}  // namespace sen::json
