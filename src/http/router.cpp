#include "http/router.hpp"

#include <optional>
#include <stdexcept>

namespace sen::http {

namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < path.size()) {
    if (path[at] == '/') {
      ++at;
      continue;
    }
    auto end = path.find('/', at);
    if (end == std::string_view::npos) end = path.size();
    out.emplace_back(path.substr(at, end - at));
    at = end;
  }
  return out;
}

// A parameter segment: "{name}", or "{name}" followed by a literal suffix such as ".json".
bool is_param(const std::string& segment) {
  auto close = segment.find('}');
  return segment.size() > 2 && segment.front() == '{' && close != std::string::npos && close > 1 &&
         segment.find_first_of("{}", close + 1) == std::string::npos && segment.find('{', 1) == std::string::npos;
}

std::string param_name(const std::string& segment) {
  return segment.substr(1, segment.find('}') - 1);
}
std::string param_suffix(const std::string& segment) {
  return segment.substr(segment.find('}') + 1);
}

// The value a parameter segment takes from a path segment; nullopt when it does not match.
std::optional<std::string> param_value(const std::string& pattern, const std::string& part) {
  std::string suffix = param_suffix(pattern);
  if (part.size() <= suffix.size() || part.compare(part.size() - suffix.size(), suffix.size(), suffix) != 0) {
    return std::nullopt;
  }
  return part.substr(0, part.size() - suffix.size());
}

}  // namespace

std::size_t RouteTable::add(Method method, std::string pattern) {
  if (pattern.empty() || pattern.front() != '/') throw std::logic_error("route must start with /: " + pattern);
  auto segments = split_path(pattern);
  for (const auto& s : segments) {
    if ((s.find('{') != std::string::npos || s.find('}') != std::string::npos) && !is_param(s)) {
      throw std::logic_error("malformed route segment '" + s + "' in " + pattern);
    }
  }
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].method != method || segments_[i].size() != segments.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < segments.size() && same; ++k) {
      const auto &a = segments_[i][k], &b = segments[k];
      same = a == b || (is_param(a) && is_param(b) && param_suffix(a) == param_suffix(b));
    }
    if (same) throw std::logic_error("duplicate route " + std::string(method_name(method)) + " " + pattern);
  }
  entries_.push_back({method, std::move(pattern)});
  segments_.push_back(std::move(segments));
  return entries_.size() - 1;
}

RouteMatch RouteTable::match(Method method, std::string_view path) const {
  if (method == Method::head) method = Method::get;
  auto parts = split_path(path);
  RouteMatch best;
  int best_literals = -1;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const auto& pattern = segments_[i];
    if (pattern.size() != parts.size()) continue;
    int literals = 0;
    bool ok = true;
    for (std::size_t k = 0; k < parts.size() && ok; ++k) {
      if (is_param(pattern[k]))
        ok = param_value(pattern[k], parts[k]).has_value();
      else if (pattern[k] == parts[k])
        ++literals;
      else
        ok = false;
    }
    if (!ok) continue;
    if (entries_[i].method != method) {
      best.allowed.push_back(entries_[i].method);
      continue;
    }
    if (literals > best_literals) {
      best_literals = literals;
      best.route = i;
      best.params.clear();
      for (std::size_t k = 0; k < parts.size(); ++k) {
        if (is_param(pattern[k])) best.params[param_name(pattern[k])] = *param_value(pattern[k], parts[k]);
      }
    }
  }
  if (best.route != RouteMatch::kNone) best.allowed.clear();
  return best;
}

}  // namespace sen::http
