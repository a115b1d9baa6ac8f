#include "auth/throttle.hpp"

#include <algorithm>

#include "base/date.hpp"

namespace sen::auth {

int throttle_wait(db::Connection& c, const std::string& subject) {
  auto r = c.query("SELECT locked_until FROM login_failures WHERE subject = $1", {subject});
  if (r.empty()) return 0;
  auto until = r.row(0).optional_text(0);
  if (!until || *until <= utc_timestamp()) return 0;
  return static_cast<int>(std::max(1LL, seconds_until(*until).value_or(1) + 1));
}

void throttle_failure(db::Connection& c, const std::string& subject, const ThrottleRule& rule) {
  auto r = c.query("SELECT failures, last_failure_at FROM login_failures WHERE subject = $1", {subject});
  bool remembered = !r.empty() && r.row(0).text(1) > utc_timestamp(-rule.forget_after);
  int count = (remembered ? static_cast<int>(r.row(0).integer(0)) : 0) + 1;
  std::optional<std::string> locked;
  if (count >= rule.free_failures) {
    int doublings = std::min(count - rule.free_failures, 20);
    auto wait = std::min(std::chrono::seconds(rule.first_wait.count() << doublings), rule.longest_wait);
    locked = utc_timestamp(wait);
  }
  c.execute(
      "INSERT INTO login_failures(subject, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4) "
      "ON CONFLICT (subject) DO UPDATE SET failures = $2, last_failure_at = $3, locked_until = $4",
      {subject, static_cast<std::int64_t>(count), utc_timestamp(), db::nullable(locked)});
}

void throttle_success(db::Connection& c, const std::string& subject) {
  c.execute("DELETE FROM login_failures WHERE subject = $1", {subject});
}

}  // namespace sen::auth
