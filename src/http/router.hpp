// Matches a method and a path against route patterns such as "/api/v1/units/{code}".
// Literal segments win over parameters, so "/units/tree" is found before "/units/{code}". A
// parameter may end in a literal suffix: "/requests/{id}.json" matches "/requests/HT2611-7KQ4ZP.json"
// with id "HT2611-7KQ4ZP"; the rest of the segment must not be empty.
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace sen::http {

struct RouteMatch {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t route = kNone;                  // index given by RouteTable::add
  std::map<std::string, std::string> params;  // {name} → decoded segment
  std::vector<Method> allowed;                // when the path matches but the method does not
};

class RouteTable {
 public:
  struct Entry {
    Method method;
    std::string pattern;
  };

  // Adds a route and returns its index. Throws std::logic_error for a duplicate route or
  // a malformed pattern: routes are fixed at start-up, a mistake there is a bug.
  std::size_t add(Method method, std::string pattern);
  // HEAD matches GET routes.
  RouteMatch match(Method method, std::string_view path) const;
  const std::vector<Entry>& entries() const& { return entries_; }
  std::vector<Entry> entries() && { return std::move(entries_); }

 private:
  std::vector<Entry> entries_;
  std::vector<std::vector<std::string>> segments_;
};

}  // namespace sen::http
