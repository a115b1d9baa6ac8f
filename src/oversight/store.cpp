#include "oversight/store.hpp"

#include <map>

#include "db/rows.hpp"
#include "db/search_rows.hpp"

namespace sen::oversight::store {

namespace {

// A subject as the tables hold it: two columns.
struct SubjectColumns {
  SubjectKind subject_kind = SubjectKind::organisation;
  std::string subject;
};
BOOST_DESCRIBE_STRUCT(SubjectColumns, (), (subject_kind, subject))

Subject subject_in(const db::Row& r) {
  auto s = db::read<SubjectColumns>(r);
  return {s.subject_kind, s.subject};
}

db::Columns& with_subject(db::Columns& cols, const Subject& s) {
  return cols.add("subject_kind", model::enum_text(s.kind)).add("subject", s.code);
}

// "SELECT <the model's columns> FROM table"
template <class T>
std::string select_from(std::string_view table, std::initializer_list<std::string_view> extra = {}) {
  std::string sql = "SELECT " + db::columns(T{}).list();
  for (auto e : extra) sql += ", " + std::string(e);
  return sql + " FROM " + std::string(table);
}

const std::string kSelectMember = select_from<Member>("party_members");
const std::string kSelectCase = select_from<Case>("oversight_cases");
const std::string kSelectDiscipline = select_from<Discipline>("discipline_decisions", {"subject_kind", "subject"});
const std::string kSelectRating = select_from<Rating>("quality_ratings", {"subject_kind", "subject"});
const std::string kSelectAdmission = select_from<Admission>("admissions");

template <class T>
std::vector<T> with_subjects(const db::Result& r) {
  std::vector<T> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    out.push_back(db::read<T>(r.row(i)));
    out.back().subject = subject_in(r.row(i));
  }
  return out;
}

void fill_case(db::Connection& c, Case& k) {
  auto s = c.query(
      "SELECT subject_kind, subject FROM oversight_case_subjects WHERE case_id = $1 ORDER BY subject_kind, subject",
      {k.id});
  for (std::size_t i = 0; i < s.size(); ++i) k.subjects.push_back(subject_in(s.row(i)));
  k.remedies = db::read_all<Remedy>(
      c.query(select_from<Remedy>("oversight_remedies") + " WHERE case_id = $1 ORDER BY id", {k.id}));
}

// One row changed at the version the editor read: "UPDATE table SET <cols> … WHERE key = … AND version = …".
bool update_at_version(db::Connection& c, std::string_view table, const db::Columns& cols, std::string_view key,
                       const db::Value& key_value, std::int64_t expected_version) {
  auto n = cols.names.size();
  db::Params params = cols.values;
  params.push_back(key_value);
  params.push_back(expected_version);
  return c.execute("UPDATE " + std::string(table) + " SET " + cols.assignments(1) + ", version = version + 1 WHERE " +
                       std::string(key) + " = $" + std::to_string(n + 1) + " AND version = $" + std::to_string(n + 2),
                   params) == 1;
}

std::int64_t new_id(const db::Result& r) {
  return r.row(0).integer(0);
}

}  // namespace

void insert_member(db::Connection& c, const Member& m, const std::string& now) {
  auto cols = db::columns(m, {"version"});
  db::insert(c, "party_members", cols.add("created_at", now));
}

bool update_member(db::Connection& c, const Member& m, std::int64_t expected_version) {
  return update_at_version(c, "party_members", db::columns(m, {"code", "illustrative", "version"}), "code", m.code,
                           expected_version);
}

std::optional<Member> find_member(db::Connection& c, const std::string& code) {
  auto r = c.query(kSelectMember + " WHERE code = $1", {code});
  if (r.empty()) return std::nullopt;
  return db::read<Member>(r.row(0));
}

std::vector<Member> members(db::Connection& c) {
  return db::read_all<Member>(c.query(kSelectMember + " ORDER BY code"));
}

std::int64_t insert_programme(db::Connection& c, const Programme& p, const std::string& now) {
  auto cols = db::columns(p, {"id"});
  return new_id(db::insert(c, "oversight_programmes", cols.add("created_at", now), "RETURNING id"));
}

std::int64_t insert_programme_item(db::Connection& c, std::int64_t programme_id, const ProgrammeItem& i) {
  auto cols = db::columns(i, {"id"});
  return new_id(db::insert(c, "oversight_programme_items", cols.add("programme_id", programme_id), "RETURNING id"));
}

std::vector<Programme> programmes(db::Connection& c, int year) {
  auto out = db::read_all<Programme>(
      c.query(select_from<Programme>("oversight_programmes") + " WHERE year = $1 ORDER BY id", {std::int64_t{year}}));
  for (auto& p : out) {
    p.items = db::read_all<ProgrammeItem>(c.query(
        select_from<ProgrammeItem>("oversight_programme_items") + " WHERE programme_id = $1 ORDER BY id", {p.id}));
    for (auto& item : p.items) {
      auto done = c.query("SELECT id FROM oversight_cases WHERE programme_item_id = $1 ORDER BY id", {item.id});
      for (std::size_t k = 0; k < done.size(); ++k) item.cases.push_back(done.row(k).integer(0));
    }
  }
  return out;
}

std::optional<std::int64_t> programme_of_item(db::Connection& c, std::int64_t item_id) {
  auto r = c.query("SELECT programme_id FROM oversight_programme_items WHERE id = $1", {item_id});
  if (r.empty()) return std::nullopt;
  return r.row(0).integer(0);
}

std::int64_t insert_case(db::Connection& c, const Case& k, const std::string& now) {
  auto cols = db::columns(k, {"id", "version"});
  return new_id(db::insert(c, "oversight_cases", cols.add("created_at", now), "RETURNING id"));
}

int next_decision_number(db::Connection& c, const std::string& issuer, const std::string& type,
                         const std::string& term) {
  return static_cast<int>(c.query("SELECT COALESCE(MAX(decision_number), 0) + 1 FROM oversight_cases "
                                  "WHERE issuer = $1 AND decision_type = $2 AND term = $3",
                                  {issuer, type, term})
                              .row(0)
                              .integer(0));
}

bool update_conclusion(db::Connection& c, const Case& k, std::int64_t expected_version) {
  db::Columns cols;
  cols.add("conclusion", db::nullable(k.conclusion))
      .add("concluded_on", db::nullable(k.concluded_on))
      .add("recommendations", db::nullable(k.recommendations));
  return update_at_version(c, "oversight_cases", cols, "id", k.id, expected_version);
}

std::optional<Case> find_case(db::Connection& c, std::int64_t id) {
  auto r = c.query(kSelectCase + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  Case k = db::read<Case>(r.row(0));
  fill_case(c, k);
  return k;
}

std::vector<Case> cases_between(db::Connection& c, Date first, Date last) {
  auto out = db::read_all<Case>(c.query(
      kSelectCase + " WHERE decided_on >= $1 AND decided_on <= $2 ORDER BY decided_on, id", {first.iso(), last.iso()}));
  if (out.empty()) return out;
  // Subjects of all these cases at once.
  auto s = c.query(
      "SELECT s.case_id, s.subject_kind, s.subject FROM oversight_case_subjects s "
      "JOIN oversight_cases k ON k.id = s.case_id WHERE k.decided_on >= $1 AND k.decided_on <= $2 "
      "ORDER BY s.case_id, s.subject_kind, s.subject",
      {first.iso(), last.iso()});
  std::map<std::int64_t, std::size_t> position;
  for (std::size_t i = 0; i < out.size(); ++i) position[out[i].id] = i;
  for (std::size_t i = 0; i < s.size(); ++i) {
    out[position.at(s.row(i).integer(0))].subjects.push_back(subject_in(s.row(i)));
  }
  return out;
}

void insert_subject(db::Connection& c, std::int64_t case_id, const Subject& s) {
  db::Columns cols;
  cols.add("case_id", case_id);
  db::insert(c, "oversight_case_subjects", with_subject(cols, s));
}

std::int64_t insert_remedy(db::Connection& c, std::int64_t case_id, const Remedy& r) {
  auto cols = db::columns(r, {"id", "version"});
  return new_id(db::insert(c, "oversight_remedies", cols.add("case_id", case_id), "RETURNING id"));
}

bool update_remedy(db::Connection& c, std::int64_t case_id, const Remedy& r, std::int64_t expected_version) {
  return c.execute(
             "UPDATE oversight_remedies SET done_on = $1, note = $2, version = version + 1 "
             "WHERE id = $3 AND case_id = $4 AND version = $5",
             {db::nullable(r.done_on), db::nullable(r.note), r.id, case_id, expected_version}) == 1;
}

std::int64_t insert_discipline(db::Connection& c, const Discipline& d, const std::string& now) {
  auto cols = db::columns(d, {"id", "version"});
  with_subject(cols, d.subject).add("created_at", now);
  return new_id(db::insert(c, "discipline_decisions", cols, "RETURNING id"));
}

std::optional<Discipline> find_discipline(db::Connection& c, std::int64_t id) {
  auto r = with_subjects<Discipline>(c.query(kSelectDiscipline + " WHERE id = $1", {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Discipline> disciplines_between(db::Connection& c, Date first, Date last) {
  return with_subjects<Discipline>(
      c.query(kSelectDiscipline + " WHERE decided_on >= $1 AND decided_on <= $2 ORDER BY decided_on, id",
              {first.iso(), last.iso()}));
}

std::vector<Discipline> disciplines_of(db::Connection& c, const Subject& s) {
  return with_subjects<Discipline>(
      c.query(kSelectDiscipline + " WHERE subject_kind = $1 AND subject = $2 ORDER BY decided_on, id",
              {model::enum_text(s.kind), s.code}));
}

bool record_notice(db::Connection& c, std::int64_t id, Date notified_on, std::int64_t expected_version) {
  return c.execute(
             "UPDATE discipline_decisions SET notified_on = $1, version = version + 1 WHERE id = $2 AND version = $3",
             {notified_on.iso(), id, expected_version}) == 1;
}

std::int64_t insert_complaint(db::Connection& c, std::int64_t decision_id, Date received_on,
                              const std::optional<std::string>& note) {
  return c
      .query("INSERT INTO discipline_complaints(decision_id, received_on, note) VALUES ($1, $2, $3) RETURNING id",
             {decision_id, received_on.iso(), db::nullable(note)})
      .row(0)
      .integer(0);
}

void insert_rating(db::Connection& c, const Rating& r, const std::string& now) {
  auto cols = db::columns(r, {"id"});
  db::insert(c, "quality_ratings", with_subject(cols, r.subject).add("recorded_at", now));
}

std::vector<Rating> ratings(db::Connection& c, int year, RatingStep step, const std::optional<std::string>& within) {
  std::int64_t y = year;
  auto step_text = model::enum_text(step);
  return with_subjects<Rating>(
      within ? c.query(kSelectRating + " WHERE year = $1 AND step = $2 AND rated_within = $3 ORDER BY id",
                       {y, step_text, *within})
             : c.query(kSelectRating + " WHERE year = $1 AND step = $2 ORDER BY id", {y, step_text}));
}

std::optional<Rating> find_rating(db::Connection& c, int year, const Subject& s, RatingStep step) {
  auto r = with_subjects<Rating>(
      c.query(kSelectRating + " WHERE year = $1 AND subject_kind = $2 AND subject = $3 AND step = $4",
              {std::int64_t{year}, model::enum_text(s.kind), s.code, model::enum_text(step)}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::int64_t insert_admission(db::Connection& c, const Admission& a, const std::string& now) {
  auto cols = db::columns(a, {"id", "version"});
  return new_id(db::insert(c, "admissions", cols.add("created_at", now), "RETURNING id"));
}

bool update_admission(db::Connection& c, const Admission& a, std::int64_t expected_version) {
  auto cols =
      db::columns(a, {"id", "candidate", "birth_year", "organisation", "introducer", "illustrative", "version"});
  return update_at_version(c, "admissions", cols, "id", a.id, expected_version);
}

std::optional<Admission> find_admission(db::Connection& c, std::int64_t id) {
  auto r = c.query(kSelectAdmission + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  Admission a = db::read<Admission>(r.row(0));
  a.steps = db::read_all<AdmissionStep>(
      c.query(select_from<AdmissionStep>("admission_steps") + " WHERE admission_id = $1 ORDER BY done_on, form", {id}));
  return a;
}

std::vector<Admission> admissions(db::Connection& c) {
  return db::read_all<Admission>(c.query(kSelectAdmission + " ORDER BY id"));
}

void insert_admission_step(db::Connection& c, std::int64_t admission_id, const AdmissionStep& s) {
  auto cols = db::columns(s);
  db::insert(c, "admission_steps", cols.add("admission_id", admission_id));
}

bool insert_rule_set(db::Connection& c, const RuleSet& r) {
  return !db::insert(c, "party_rule_sets", r, {}, "ON CONFLICT (code) DO NOTHING RETURNING code").empty();
}

std::vector<RuleSet> rule_sets(db::Connection& c) {
  return db::read_all<RuleSet>(c.query(select_from<RuleSet>("party_rule_sets") + " ORDER BY subject, valid_from"));
}

std::vector<ReportedTotal> reported_totals(db::Connection& c, const std::string& unit, const std::string& period) {
  return db::read_all<ReportedTotal>(c.query(
      select_from<ReportedTotal>("oversight_reported_totals") + " WHERE unit = $1 AND period = $2 ORDER BY figure",
      {unit, period}));
}

void insert_reported_total(db::Connection& c, const ReportedTotal& t) {
  db::insert(c, "oversight_reported_totals", db::columns(t));
}

std::vector<SearchRow> search_cases(db::Connection& c, const std::optional<std::string>& id) {
  return db::read_search_rows(
      c,
      {"SELECT CAST(id AS TEXT) AS id, CAST(decision_number AS TEXT) || '-' || decision_type || '/' || issuer AS "
       "title, type || ' ' || COALESCE(team, '') || ' ' || COALESCE(conclusion, '') || ' ' || "
       "COALESCE(recommendations, '') AS body FROM oversight_cases",
       "", "id", db::KeyType::integer},
      id);
}

}  // namespace sen::oversight::store
