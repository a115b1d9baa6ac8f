// Error messages in one catalogue per module, keyed by the error's stable code, in Vietnamese and
// English. A module lists its messages in a constexpr array (its messages.hpp) and raises one with
// messages::error<"code">(field, arguments…): the code is looked up at compile time, so an unknown
// code does not compile, and both texts are checked against the arguments (number and types).
#pragma once
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "base/date.hpp"
#include "base/error.hpp"
#include "base/vi_number.hpp"

namespace sen {

struct Message {
  std::string_view code;  // e.g. "project.code_taken"; the problem's `code`
  ErrorKind kind;
  std::string_view vi;  // fmt format strings taking the same arguments in the same order
  std::string_view en;
};

// A value each text shows in its own way — a number as 1.172,5 or 1172.5, a form of discipline by its
// name or its code: the Vietnamese text gets `vi`, the English `en`, each written {} in the text.
struct Localized {
  std::string vi;
  std::string en;
};

// A number as each text writes it: 1.172,5 in Vietnamese, 1172.5 in English.
inline Localized number_forms(double value, int decimals) {
  return {format_vi(value, decimals), fmt::format("{}", value)};
}

// An argument as the Vietnamese text shows it: a Localized value's `vi`, a date as 27/12/2022.
template <class T>
const T& vietnamese_form(const T& value) {
  return value;
}
inline const std::string& vietnamese_form(const Localized& value) {
  return value.vi;
}
inline std::string vietnamese_form(const Date& day) {
  return day.vietnamese();
}

// An argument as the English text shows it: a Localized value's `en`, a date as 2022-12-27.
template <class T>
const T& english_form(const T& value) {
  return value;
}
inline const std::string& english_form(const Localized& value) {
  return value.en;
}
inline std::string english_form(const Date& day) {
  return day.iso();
}

// A code written as a template argument: messages::error<"project.code_taken">(…).
template <std::size_t N>
struct Code {
  char text[N]{};
  consteval Code(const char (&s)[N]) { std::copy_n(s, N, text); }
  constexpr std::string_view view() const { return {text, N - 1}; }
};

// The number of replacement fields ({} or {:…}) of a format string; "{{" and "}}" are literal braces.
constexpr int format_arguments(std::string_view text) {
  int count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      if (i + 1 < text.size() && text[i + 1] == '{') {
        ++i;
        continue;
      }
      ++count;
    }
  }
  return count;
}

// True when every code is unique and has both texts, taking the same number of arguments.
// Each catalogue asserts it; a unit test checks all of them together.
template <std::size_t N>
constexpr bool complete(const Message (&messages)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    const Message& m = messages[i];
    if (m.code.empty() || m.vi.empty() || m.en.empty()) return false;
    if (format_arguments(m.vi) != format_arguments(m.en)) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (messages[j].code == m.code) return false;
  }
  return true;
}

template <std::size_t N>
consteval const Message& find_message(const Message (&messages)[N], std::string_view code) {
  for (const Message& m : messages)
    if (m.code == code) return m;
  throw "no such code in the catalogue";  // not a constant expression: the call does not compile
}

// A module's catalogue: `using messages = Catalogue<kMessages>;` in its messages.hpp, then
// `throw messages::error<"project.code_taken">("code", p.code);`.
template <const auto& catalogue>
struct Catalogue {
  static_assert(complete(catalogue), "a code is repeated, or lacks a text, or its texts take different arguments");

  // The Error of `code`, naming `field` (empty if none).
  template <Code code, class... Args>
  static Error error(std::string field, const Args&... args) {
    Texts t = texts<code>(args...);
    return Error(t.message.kind, std::string(code.view()), std::move(t.vi), std::move(t.en), std::move(field));
  }

  // One line of an import's list of bad rows, or one of several problems of a record.
  template <Code code, class... Args>
  static ErrorDetail detail(std::string field, int line, const Args&... args) {
    Texts t = texts<code>(args...);
    return ErrorDetail{std::move(field), line, std::move(t.vi), std::move(t.en), std::string(code.view())};
  }

 private:
  struct Texts {
    const Message& message;
    std::string vi;
    std::string en;
  };

  template <Code code, class... Args>
  static Texts texts(const Args&... args) {
    static constexpr const Message& m = find_message(catalogue, code.view());
    static_assert(format_arguments(m.vi) == sizeof...(Args), "the message takes another number of arguments");
    return {m, fmt::format(fmt::format_string<decltype(vietnamese_form(args))...>(m.vi), vietnamese_form(args)...),
            fmt::format(fmt::format_string<decltype(english_form(args))...>(m.en), english_form(args)...)};
  }
};

}  // namespace sen
