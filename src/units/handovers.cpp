#include "units/handovers.hpp"

namespace sen::units {

void record_handover(db::Connection& c, const std::string& kind, const std::string& key, const Handover& h,
                     const std::string& actor) {
  c.execute(
      "INSERT INTO handovers(record_kind, record_key, from_unit, to_unit, effective, handed_by, handed_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {kind, key, h.from, h.to, h.effective.iso(), actor, utc_timestamp()});
}

Holders::Holders(db::Connection& c, const std::string& kind) {
  auto r = c.query(
      "SELECT record_key, from_unit, to_unit, effective FROM handovers WHERE record_kind = $1 ORDER BY effective, id",
      {kind});
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    by_key_[row.text(0)].push_back({row.text(1), row.text(2), row.date(3)});
  }
}

std::string Holders::on(const std::string& key, const std::string& current, Date day) const {
  auto it = by_key_.find(key);
  if (it == by_key_.end()) return current;
  // Walk back from the newest handover: before its first day, the record was where it came from.
  const std::string* holder = &current;
  for (auto h = it->second.rbegin(); h != it->second.rend(); ++h) {
    if (day >= h->effective) break;
    holder = &h->from;
  }
  return *holder;
}

}  // namespace sen::units
