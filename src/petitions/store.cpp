#include "petitions/store.hpp"

#include <fmt/format.h>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::petitions::store {

namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= s.size()) {
    auto end = s.find(',', at);
    if (end == std::string::npos) end = s.size();
    if (end > at) out.push_back(s.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ",") + x;
  return out;
}

constexpr const char* kSelect =
    "SELECT id, tracking_code, channel, received_on, types, field, content, concerned_unit, concerned_person, "
    "handling_unit, anonymous, petitioner_count, round, previous_id, duplicate_of, variant, illustrative, created_by, "
    "version, content_folded, petitioner_key FROM petitions";

Petition petition_of(const db::Row& r) {
  auto p = db::read<Petition>(r);
  p.types = split(r.text(*r.index("types")));
  return p;
}

std::vector<Petition> petitions_of(const db::Result& r) {
  std::vector<Petition> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(petition_of(r.row(i)));
  return out;
}

std::vector<Person> people(db::Connection& c, const char* table, std::int64_t petition) {
  return db::read_all<Person>(c.query(std::string("SELECT full_name AS name, address, phone, email FROM ") + table +
                                          " WHERE petition_id = $1 ORDER BY id",
                                      {petition}));
}

void insert_person(db::Connection& c, const char* table, std::int64_t petition, const Person& p) {
  auto cols = db::columns(p, {"name"});
  db::insert(c, table, cols.add("full_name", p.name).add("petition_id", petition));
}

}  // namespace

std::int64_t insert_petition(db::Connection& c, const NewRow& row, const std::string& now) {
  const Petition& p = row.petition;
  auto cols = db::columns(p, {"id", "duplicate_of", "version"});
  cols.add("types", join(p.types))
      .add("lookup_pin_hash", row.lookup_pin_hash)
      .add("content_folded", row.content_folded)
      .add("petitioner_key", db::nullable(row.petitioner_key))
      .add("created_at", now);
  return db::insert(c, "petitions", cols, "RETURNING id").row(0).integer(0);
}

bool tracking_code_taken(db::Connection& c, const std::string& code) {
  return !c.query("SELECT 1 FROM petitions WHERE tracking_code = $1", {code}).empty();
}

std::optional<Petition> find(db::Connection& c, std::int64_t id) {
  auto r = petitions_of(c.query(std::string(kSelect) + " WHERE id = $1", {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::optional<Petition> find_by_code(db::Connection& c, const std::string& code) {
  auto r = petitions_of(c.query(std::string(kSelect) + " WHERE tracking_code = $1", {code}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::optional<std::string> lookup_pin_hash(db::Connection& c, std::int64_t id) {
  auto r = c.query("SELECT lookup_pin_hash FROM petitions WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return r.row(0).optional_text(0);
}

void set_lookup_pin_hash(db::Connection& c, std::int64_t id, const std::string& hash) {
  c.execute("UPDATE petitions SET lookup_pin_hash = $2 WHERE id = $1", {id, hash});
}

std::vector<Petition> list(db::Connection& c) {
  return petitions_of(c.query(std::string(kSelect) + " ORDER BY received_on DESC, id DESC"));
}

std::vector<Petition> public_letters(db::Connection& c, Date first, Date last, const std::vector<std::string>& fields,
                                     std::int64_t offset, std::int64_t limit) {
  db::Params params{first.iso(), last.iso(), limit, offset};
  std::string in_fields = db::bind_all(params, fields);
  auto sql = fmt::format(
      "{} WHERE received_on >= $1 AND received_on <= $2 AND ',' || types || ',' NOT LIKE '%,khieu_nai,%' "
      "AND ',' || types || ',' NOT LIKE '%,to_cao,%' {} ORDER BY received_on DESC, id DESC LIMIT $3 OFFSET $4",
      kSelect, fields.empty() ? "" : fmt::format("AND field IN ({})", in_fields));
  return petitions_of(c.query(sql, params));
}

std::vector<Petition> search(db::Connection& c, const std::string& folded_query) {
  return petitions_of(
      c.query(std::string(kSelect) +
                  " WHERE content_folded LIKE $1 OR petitioner_key LIKE $1 ORDER BY received_on DESC, id DESC",
              {"%" + folded_query + "%"}));
}

std::vector<Searchable> recent(db::Connection& c, Date since) {
  auto r = c.query(std::string(kSelect) + " WHERE received_on >= $1 ORDER BY id", {since.iso()});
  std::vector<Searchable> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back(
        {petition_of(row), row.text(*row.index("content_folded")), row.optional_text(*row.index("petitioner_key"))});
  }
  return out;
}

bool set_duplicate_of(db::Connection& c, std::int64_t id, std::int64_t of, std::int64_t expected_version) {
  return c.execute("UPDATE petitions SET duplicate_of = $2, version = version + 1 WHERE id = $1 AND version = $3",
                   {id, of, expected_version}) == 1;
}

bool bump_version(db::Connection& c, std::int64_t id, std::int64_t expected_version) {
  return c.execute("UPDATE petitions SET version = version + 1 WHERE id = $1 AND version = $2",
                   {id, expected_version}) == 1;
}

void set_handling_unit(db::Connection& c, std::int64_t id, const std::string& unit) {
  c.execute("UPDATE petitions SET handling_unit = $2, version = version + 1 WHERE id = $1", {id, unit});
}

int duplicates_of(db::Connection& c, std::int64_t id) {
  return static_cast<int>(c.query("SELECT count(*) FROM petitions WHERE duplicate_of = $1", {id}).row(0).integer(0));
}

std::map<std::int64_t, int> duplicate_counts(db::Connection& c) {
  auto r = c.query("SELECT duplicate_of, count(*) FROM petitions WHERE duplicate_of IS NOT NULL GROUP BY duplicate_of");
  std::map<std::int64_t, int> out;
  for (std::size_t i = 0; i < r.size(); ++i) out[r.row(i).integer(0)] = static_cast<int>(r.row(i).integer(1));
  return out;
}

void insert_petitioner(db::Connection& c, std::int64_t petition, const Person& p) {
  insert_person(c, "petitioners", petition, p);
}
std::vector<Person> petitioners(db::Connection& c, std::int64_t petition) {
  return people(c, "petitioners", petition);
}

std::map<std::int64_t, std::string> first_petitioners(db::Connection& c) {
  auto r = c.query("SELECT petition_id, full_name FROM petitioners ORDER BY petition_id, id");
  std::map<std::int64_t, std::string> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.try_emplace(r.row(i).integer(0), r.row(i).text(1));
  return out;
}
void insert_denouncer(db::Connection& c, std::int64_t petition, const Person& p) {
  insert_person(c, "denouncers", petition, p);
}
std::vector<Person> denouncers(db::Connection& c, std::int64_t petition) {
  return people(c, "denouncers", petition);
}

void insert_event(db::Connection& c, std::int64_t petition, const Event& e, const std::string& now) {
  auto cols = db::columns(e, {"id", "on"});
  db::insert(c, "petition_events",
             cols.add("happened_on", e.on.iso()).add("petition_id", petition).add("recorded_at", now));
}

namespace {

constexpr const char* kEventColumns =
    "id, kind, happened_on AS \"on\", note, reason, recipient, decision_number, decision_date, new_deadline, result, "
    "partial, recorded_by, petition_id";

}  // namespace

std::vector<Event> events(db::Connection& c, std::int64_t petition) {
  auto r = c.query(
      fmt::format("SELECT {} FROM petition_events WHERE petition_id = $1 ORDER BY happened_on, id", kEventColumns),
      {petition});
  return db::read_all<Event>(r);
}

std::map<std::int64_t, std::vector<Event>> all_events(db::Connection& c) {
  auto r = c.query(fmt::format("SELECT {} FROM petition_events ORDER BY petition_id, happened_on, id", kEventColumns));
  std::map<std::int64_t, std::vector<Event>> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out[row.integer(*row.index("petition_id"))].push_back(db::read<Event>(row));
  }
  return out;
}

std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& id) {
  return db::read_search_rows(c,
                              {"SELECT CAST(id AS TEXT) AS id, tracking_code AS title, content AS body FROM petitions",
                               "", "id", db::KeyType::integer},
                              id);
}

}  // namespace sen::petitions::store
