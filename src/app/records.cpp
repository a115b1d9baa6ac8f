#include "app/records.hpp"

#include <charconv>

#include "app/api.hpp"
#include "base/error.hpp"

namespace sen::app {

std::int64_t record_id(const std::string& key, const char* what_vi, const char* what_en) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
  if (ec != std::errc() || end != key.data() + key.size() || id <= 0) throw not_found(what_vi, what_en, key);
  return id;
}

std::optional<RecordRef> try_open(const Context& ctx, const RecordKind& kind, const std::string& key, Access access) {
  try {
    return kind.open(ctx, key, access);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::forbidden || e.kind() == ErrorKind::not_found) return std::nullopt;
    throw;
  }
}

}  // namespace sen::app
