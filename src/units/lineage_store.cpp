#include "units/lineage_store.hpp"

#include "db/rows.hpp"

namespace sen::units::store {

namespace {
constexpr std::string_view kColumns =
    "SELECT predecessor, successor, basis, share, legal_source, illustrative "
    "FROM unit_succession_shares ";
}  // namespace

std::vector<SuccessionShare> shares_involving(db::Connection& c, const std::string& code) {
  return db::read_all<SuccessionShare>(
      c.query(std::string(kColumns) + "WHERE predecessor = $1 OR successor = $1 ORDER BY predecessor, successor, basis",
              {code}));
}

std::optional<SuccessionShare> find_share(db::Connection& c, const std::string& predecessor,
                                          const std::string& successor, const std::string& basis) {
  auto r = c.query(std::string(kColumns) + "WHERE predecessor = $1 AND successor = $2 AND basis = $3",
                   {predecessor, successor, basis});
  if (r.empty()) return std::nullopt;
  return db::read<SuccessionShare>(r.row(0));
}

void delete_shares(db::Connection& c, const std::string& predecessor, const std::string& basis) {
  c.execute("DELETE FROM unit_succession_shares WHERE predecessor = $1 AND basis = $2", {predecessor, basis});
}

void insert_share(db::Connection& c, const SuccessionShare& s) {
  db::insert(c, "unit_succession_shares", s);
}

}  // namespace sen::units::store
