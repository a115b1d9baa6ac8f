#include "http/router.hpp"

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

bool is_param(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
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
      same = segments_[i][k] == segments[k] || (is_param(segments_[i][k]) && is_param(segments[k]));
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
      if (is_param(pattern[k])) ok = !parts[k].empty();
      else if (pattern[k] == parts[k]) ++literals;
      else ok = false;
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
        if (is_param(pattern[k])) best.params[pattern[k].substr(1, pattern[k].size() - 2)] = parts[k];
      }
    }
  }
  if (best.route != RouteMatch::kNone) best.allowed.clear();
  return best;
}

}  // namespace sen::http
