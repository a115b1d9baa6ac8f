// Handovers (bàn giao): records that passed from a closed unit to a unit that took over its work.
// A record's own column names its unit now; a figure of a past period asks who held it then.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "db/connection.hpp"

namespace sen::units {

struct Handover {
  std::string from;
  std::string to;
  Date effective;  // the first day `to` holds the record
};

// Records that record `key` of `kind` passed from `from` to `to` on `effective`.
void record_handover(db::Connection& c, const std::string& kind, const std::string& key, const Handover& h,
                     const std::string& actor);

// Who held the records of one kind on a day, read once for a whole list.
class Holders {
 public:
  Holders(db::Connection& c, const std::string& kind);
  // The unit that held record `key`, whose unit is `current` now, on `day` (a copy: `current` is
  // often a temporary's member).
  std::string on(const std::string& key, const std::string& current, Date day) const;

 private:
  std::map<std::string, std::vector<Handover>> by_key_;  // oldest first
};

}  // namespace sen::units
