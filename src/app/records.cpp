#include "app/records.hpp"

#include <charconv>

#include "app/api.hpp"
#include "base/error.hpp"

namespace sen::app {

std::optional<std::int64_t> positive_id(std::string_view key) {
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
  if (ec != std::errc() || end != key.data() + key.size() || id <= 0) return std::nullopt;
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
