#include "reports/drafts_store.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::reports::store {

namespace bj = boost::json;

namespace {

constexpr const char* kDraftColumns =
    "id, unit_code AS unit, kind, period, issuer, created_by, created_at, number, issued_on, signer, permissions, "
    "issued_by, issued_at";

// The permissions are a JSON array in one column.
Draft draft_of(const db::Row& r) {
  auto d = db::read<Draft>(r);
  if (auto p = r.optional_text(*r.index("permissions"))) {
    bj::value permissions = bj::parse(*p);
    for (const auto& v : permissions.as_array()) d.permissions.emplace_back(v.as_string());
  }
  return d;
}

void add_parts(db::Connection& c, Draft& d) {
  d.sections = db::read_all<DraftSection>(
      c.query("SELECT part AS \"key\", title, body AS text, version, updated_by, updated_at FROM report_draft_sections "
              "WHERE draft_id = $1 ORDER BY ordinal",
              {d.id}));
  d.files = db::read_all<IssuedFile>(
      c.query("SELECT format, sha256 FROM report_files WHERE draft_id = $1 ORDER BY format", {d.id}));
}

}  // namespace

std::int64_t insert_draft(db::Connection& c, const Draft& d) {
  auto id = c.query(
                 "INSERT INTO report_drafts (unit_code, kind, period, issuer, created_by, created_at) "
                 "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                 {d.unit, d.kind, d.period, d.issuer, d.created_by, d.created_at})
                .row(0)
                .integer(0);
  std::int64_t ordinal = 0;
  for (const auto& s : d.sections) {
    c.execute(
        "INSERT INTO report_draft_sections (draft_id, part, ordinal, title, body, version) VALUES ($1, $2, $3, $4, $5, "
        "1)",
        {id, s.key, ++ordinal, s.title, s.text});
  }
  return id;
}

std::optional<Draft> find_draft(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string("SELECT ") + kDraftColumns + " FROM report_drafts WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  auto d = draft_of(r.row(0));
  add_parts(c, d);
  return d;
}

std::vector<SearchRow> issued_search_rows(db::Connection& c, const std::optional<std::string>& id) {
  return db::read_search_rows(c,
                              {"SELECT CAST(id AS TEXT) AS id, 'Báo cáo ' || period || ' số ' || number AS title, "
                               "unit_code || ' ' || signer AS body FROM report_drafts",
                               "issued_at IS NOT NULL", "id", db::KeyType::integer},
                              id);
}

std::vector<Draft> drafts_of(db::Connection& c, const std::string& unit) {
  auto r = c.query(std::string("SELECT ") + kDraftColumns + " FROM report_drafts WHERE unit_code = $1 ORDER BY id DESC",
                   {unit});
  std::vector<Draft> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    out.push_back(draft_of(r.row(i)));
    add_parts(c, out.back());
  }
  return out;
}

std::optional<std::int64_t> latest_draft(db::Connection& c, const std::string& unit, const std::string& issuer) {
  auto r = c.query("SELECT MAX(id) FROM report_drafts WHERE unit_code = $1 AND issuer = $2", {unit, issuer});
  return r.row(0).optional_integer(0);
}

bool update_section(db::Connection& c, std::int64_t draft, const std::string& key, const std::string& text,
                    std::int64_t expected, const std::string& by, const std::string& at) {
  return c.execute(
             "UPDATE report_draft_sections SET body = $3, version = version + 1, updated_by = $5, updated_at = $6 "
             "WHERE draft_id = $1 AND part = $2 AND version = $4",
             {draft, key, text, expected, by, at}) == 1;
}

bool mark_issued(db::Connection& c, const Draft& d) {
  bj::array permissions;
  for (const auto& p : d.permissions) permissions.emplace_back(p);
  return c.execute(
             "UPDATE report_drafts SET number = $2, issued_on = $3, signer = $4, permissions = $5, issued_by = $6, "
             "issued_at = $7 WHERE id = $1 AND issued_at IS NULL",
             {d.id, db::nullable(d.number), db::nullable(d.issued_on), db::nullable(d.signer),
              bj::serialize(permissions), db::nullable(d.issued_by), db::nullable(d.issued_at)}) == 1;
}

void insert_file(db::Connection& c, std::int64_t draft, const std::string& format, const std::string& base64,
                 const std::string& sha256) {
  c.execute("INSERT INTO report_files (draft_id, format, content, sha256) VALUES ($1, $2, $3, $4)",
            {draft, format, base64, sha256});
}

std::optional<std::string> file_content(db::Connection& c, std::int64_t draft, const std::string& format) {
  auto r = c.query("SELECT content FROM report_files WHERE draft_id = $1 AND format = $2", {draft, format});
  if (r.empty()) return std::nullopt;
  return r.row(0).text(0);
}

bool number_taken(db::Connection& c, const std::string& unit, const std::string& issuer, const std::string& number,
                  int year) {
  auto from = std::to_string(year) + "-01-01", to = std::to_string(year) + "-12-31";
  return !c.query(
               "SELECT 1 FROM report_drafts WHERE unit_code = $1 AND issuer = $2 AND number = $3 AND issued_on >= $4 "
               "AND issued_on <= $5",
               {unit, issuer, number, from, to})
              .empty();
}

}  // namespace sen::reports::store
