// Slowing down guessing: failures are counted per subject (an account from one client, a client,
// a tracking code …); after `free_failures`, each further attempt must wait, from `first_wait`
// doubling up to `longest_wait`; a quiet day forgets them. Counts live in the database, so every
// server shares them; the caller's transaction must commit also when the attempt fails.
#pragma once
#include <chrono>
#include <string>

#include "db/connection.hpp"

namespace sen::auth {

struct ThrottleRule {
  int free_failures = 5;
  std::chrono::seconds first_wait{30};
  std::chrono::seconds longest_wait{15 * 60};
  std::chrono::seconds forget_after{24 * 3600};  // failures older than this no longer count
};

// Seconds `subject` must still wait before its next attempt is even checked; 0 when it may try.
int throttle_wait(db::Connection& c, const std::string& subject);
// Counts a failure of `subject` and starts its wait when the rule says so.
void throttle_failure(db::Connection& c, const std::string& subject, const ThrottleRule& rule);
// Forgets the failures of `subject` after a success.
void throttle_success(db::Connection& c, const std::string& subject);

}  // namespace sen::auth
