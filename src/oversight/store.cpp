#include "oversight/store.hpp"

#include <fmt/format.h>

#include <map>

#include "db/rows.hpp"

namespace sen::oversight::store {

namespace {

std::int64_t flag(bool b) {
  return b ? 1 : 0;
}
std::int64_t integer(int i) {
  return static_cast<std::int64_t>(i);
}

constexpr const char* kSelectMember =
    "SELECT code, full_name, birth_year, organisation, admitted_on, full_member_on, status, posts, illustrative, "
    "version FROM party_members";

Member member_of(const db::Row& r) {
  return Member{r.text(0),   r.text(1),          static_cast<int>(r.integer(2)),
                r.text(3),   r.date(4),         r.optional_date(5),
                r.text(6),   r.optional_text(7), r.boolean(8),
                r.integer(9)};
}

constexpr const char* kSelectCase =
    "SELECT id, kind, type, body, decision_number, decision_type, issuer, term, decided_on, team, period_from, "
    "period_to, programme_item_id, conclusion, concluded_on, recommendations, illustrative, created_by, version "
    "FROM oversight_cases";

Case case_of(const db::Row& r) {
  Case k;
  k.id = r.integer(0);
  k.kind = r.text(1);
  k.type = r.text(2);
  k.body = r.text(3);
  k.decision_number = static_cast<int>(r.integer(4));
  k.decision_type = r.text(5);
  k.issuer = r.text(6);
  k.term = r.text(7);
  k.decided_on = r.date(8);
  k.team = r.optional_text(9);
  k.period_from = r.optional_date(10);
  k.period_to = r.optional_date(11);
  k.programme_item_id = r.optional_integer(12);
  k.conclusion = r.optional_text(13);
  k.concluded_on = r.optional_date(14);
  k.recommendations = r.optional_text(15);
  k.illustrative = r.boolean(16);
  k.created_by = r.text(17);
  k.version = r.integer(18);
  return k;
}

void fill_case(db::Connection& c, Case& k) {
  auto s = c.query(
      "SELECT subject_kind, subject FROM oversight_case_subjects WHERE case_id = $1 ORDER BY subject_kind, subject",
      {k.id});
  for (std::size_t i = 0; i < s.size(); ++i) k.subjects.push_back({s.row(i).text(0), s.row(i).text(1)});
  auto r = c.query(
      "SELECT id, content, due, done_on, note, version FROM oversight_remedies WHERE case_id = $1 ORDER BY id", {k.id});
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    k.remedies.push_back({row.integer(0), row.text(1), row.optional_date(2), row.optional_date(3),
                          row.optional_text(4), row.integer(5)});
  }
}

constexpr const char* kSelectDiscipline =
    "SELECT id, subject_kind, subject, member_status, form, violation_on, concluded_on, decided_on, decision, body, "
    "case_id, reason, notice_due, notified_on, limitation_warning, illustrative, created_by, version "
    "FROM discipline_decisions";

Discipline discipline_of(const db::Row& r) {
  Discipline d;
  d.id = r.integer(0);
  d.subject = {r.text(1), r.text(2)};
  d.member_status = r.optional_text(3);
  d.form = r.text(4);
  d.violation_on = r.date(5);
  d.concluded_on = r.date(6);
  d.decided_on = r.date(7);
  d.decision = r.text(8);
  d.body = r.text(9);
  d.case_id = r.optional_integer(10);
  d.reason = r.text(11);
  d.notice_due = r.optional_date(12);
  d.notified_on = r.optional_date(13);
  d.limitation_warning = r.optional_text(14);
  d.illustrative = r.boolean(15);
  d.created_by = r.text(16);
  d.version = r.integer(17);
  return d;
}

std::vector<Discipline> disciplines_of_result(const db::Result& r) {
  std::vector<Discipline> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(discipline_of(r.row(i)));
  return out;
}

constexpr const char* kSelectRating =
    "SELECT id, year, subject_kind, subject, step, level, score, exempt_reason, rated_within, rule_set, illustrative, "
    "recorded_by FROM quality_ratings";

Rating rating_of(const db::Row& r) {
  Rating x;
  x.id = r.integer(0);
  x.year = static_cast<int>(r.integer(1));
  x.subject = {r.text(2), r.text(3)};
  x.step = r.text(4);
  x.level = r.optional_text(5);
  x.score = r.optional_real(6);
  x.exempt_reason = r.optional_text(7);
  x.rated_within = r.text(8);
  x.rule_set = r.text(9);
  x.illustrative = r.boolean(10);
  x.recorded_by = r.text(11);
  return x;
}

constexpr const char* kSelectAdmission =
    "SELECT id, candidate, birth_year, organisation, introducer, decision, admitted_on, probation_due, confirmed_on, "
    "confirmation_decision, member_code, status, illustrative, version FROM admissions";

Admission admission_of(const db::Row& r) {
  Admission a;
  a.id = r.integer(0);
  a.candidate = r.text(1);
  a.birth_year = static_cast<int>(r.integer(2));
  a.organisation = r.text(3);
  a.introducer = r.optional_text(4);
  a.decision = r.optional_text(5);
  a.admitted_on = r.optional_date(6);
  a.probation_due = r.optional_date(7);
  a.confirmed_on = r.optional_date(8);
  a.confirmation_decision = r.optional_text(9);
  a.member_code = r.optional_text(10);
  a.status = r.text(11);
  a.illustrative = r.boolean(12);
  a.version = r.integer(13);
  return a;
}

}  // namespace

void insert_member(db::Connection& c, const Member& m, const std::string& now) {
  c.execute(
      "INSERT INTO party_members(code, full_name, birth_year, organisation, admitted_on, full_member_on, status, "
      "posts, illustrative, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {m.code, m.full_name, integer(m.birth_year), m.organisation, m.admitted_on.iso(), db::nullable(m.full_member_on),
       m.status, db::nullable(m.posts), flag(m.illustrative), now});
}

bool update_member(db::Connection& c, const Member& m, std::int64_t expected_version) {
  return c.execute(
             "UPDATE party_members SET full_name = $1, birth_year = $2, organisation = $3, admitted_on = $4, "
             "full_member_on = $5, status = $6, posts = $7, version = version + 1 WHERE code = $8 AND version = $9",
             {m.full_name, integer(m.birth_year), m.organisation, m.admitted_on.iso(), db::nullable(m.full_member_on),
              m.status, db::nullable(m.posts), m.code, expected_version}) == 1;
}

std::optional<Member> find_member(db::Connection& c, const std::string& code) {
  auto r = c.query(std::string(kSelectMember) + " WHERE code = $1", {code});
  if (r.empty()) return std::nullopt;
  return member_of(r.row(0));
}

std::vector<Member> members(db::Connection& c) {
  auto r = c.query(std::string(kSelectMember) + " ORDER BY code");
  std::vector<Member> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(member_of(r.row(i)));
  return out;
}

std::int64_t insert_programme(db::Connection& c, const Programme& p, const std::string& now) {
  return c
      .query(
          "INSERT INTO oversight_programmes(committee, year, title, document, illustrative, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
          {p.committee, integer(p.year), p.title, db::nullable(p.document), flag(p.illustrative), now})
      .row(0)
      .integer(0);
}

std::int64_t insert_programme_item(db::Connection& c, std::int64_t programme_id, const ProgrammeItem& i) {
  return c
      .query(
          "INSERT INTO oversight_programme_items(programme_id, kind, subject, content, timing) "
          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
          {programme_id, i.kind, i.subject, i.content, i.timing})
      .row(0)
      .integer(0);
}

std::vector<Programme> programmes(db::Connection& c, int year) {
  auto r = c.query(
      "SELECT id, committee, year, title, document, illustrative FROM oversight_programmes "
      "WHERE year = $1 ORDER BY id",
      {integer(year)});
  std::vector<Programme> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    Programme p{row.integer(0), row.text(1), static_cast<int>(row.integer(2)), row.text(3), row.optional_text(4),
                row.boolean(5), {}};
    auto items = c.query(
        "SELECT id, kind, subject, content, timing FROM oversight_programme_items "
        "WHERE programme_id = $1 ORDER BY id",
        {p.id});
    for (std::size_t j = 0; j < items.size(); ++j) {
      auto it = items.row(j);
      ProgrammeItem item{it.integer(0), it.text(1), it.text(2), it.text(3), it.text(4), {}};
      auto done = c.query("SELECT id FROM oversight_cases WHERE programme_item_id = $1 ORDER BY id", {item.id});
      for (std::size_t k = 0; k < done.size(); ++k) item.cases.push_back(done.row(k).integer(0));
      p.items.push_back(std::move(item));
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<std::int64_t> programme_of_item(db::Connection& c, std::int64_t item_id) {
  auto r = c.query("SELECT programme_id FROM oversight_programme_items WHERE id = $1", {item_id});
  if (r.empty()) return std::nullopt;
  return r.row(0).integer(0);
}

std::int64_t insert_case(db::Connection& c, const Case& k, const std::string& now) {
  return c
      .query(
          "INSERT INTO oversight_cases(kind, type, body, decision_number, decision_type, issuer, term, decided_on, "
          "team, period_from, period_to, programme_item_id, illustrative, created_by, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
          {k.kind, k.type, k.body, integer(k.decision_number), k.decision_type, k.issuer, k.term, k.decided_on.iso(),
           db::nullable(k.team), db::nullable(k.period_from), db::nullable(k.period_to), db::nullable(k.programme_item_id),
           flag(k.illustrative), k.created_by, now})
      .row(0)
      .integer(0);
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
  return c.execute(
             "UPDATE oversight_cases SET conclusion = $1, concluded_on = $2, recommendations = $3, "
             "version = version + 1 WHERE id = $4 AND version = $5",
             {db::nullable(k.conclusion), db::nullable(k.concluded_on), db::nullable(k.recommendations), k.id,
              expected_version}) == 1;
}

std::optional<Case> find_case(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string(kSelectCase) + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  Case k = case_of(r.row(0));
  fill_case(c, k);
  return k;
}

std::vector<Case> cases_between(db::Connection& c, Date first, Date last) {
  auto r = c.query(std::string(kSelectCase) + " WHERE decided_on >= $1 AND decided_on <= $2 ORDER BY decided_on, id",
                   {first.iso(), last.iso()});
  std::vector<Case> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(case_of(r.row(i)));
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
    out[position.at(s.row(i).integer(0))].subjects.push_back({s.row(i).text(1), s.row(i).text(2)});
  }
  return out;
}

void insert_subject(db::Connection& c, std::int64_t case_id, const Subject& s) {
  c.execute("INSERT INTO oversight_case_subjects(case_id, subject_kind, subject) VALUES ($1, $2, $3)",
            {case_id, s.kind, s.code});
}

std::int64_t insert_remedy(db::Connection& c, std::int64_t case_id, const Remedy& r) {
  return c
      .query(
          "INSERT INTO oversight_remedies(case_id, content, due, done_on, note) VALUES ($1, $2, $3, $4, $5) "
          "RETURNING id",
          {case_id, r.content, db::nullable(r.due), db::nullable(r.done_on), db::nullable(r.note)})
      .row(0)
      .integer(0);
}

bool update_remedy(db::Connection& c, std::int64_t case_id, const Remedy& r, std::int64_t expected_version) {
  return c.execute(
             "UPDATE oversight_remedies SET done_on = $1, note = $2, version = version + 1 "
             "WHERE id = $3 AND case_id = $4 AND version = $5",
             {db::nullable(r.done_on), db::nullable(r.note), r.id, case_id, expected_version}) == 1;
}

std::int64_t insert_discipline(db::Connection& c, const Discipline& d, const std::string& now) {
  return c
      .query(
          "INSERT INTO discipline_decisions(subject_kind, subject, member_status, form, violation_on, "
          "concluded_on, decided_on, decision, body, case_id, reason, notice_due, notified_on, "
          "limitation_warning, illustrative, created_by, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id",
          {d.subject.kind, d.subject.code, db::nullable(d.member_status), d.form, d.violation_on.iso(),
           d.concluded_on.iso(), d.decided_on.iso(), d.decision, d.body, db::nullable(d.case_id), d.reason,
           db::nullable(d.notice_due), db::nullable(d.notified_on), db::nullable(d.limitation_warning),
           flag(d.illustrative), d.created_by, now})
      .row(0)
      .integer(0);
}

std::optional<Discipline> find_discipline(db::Connection& c, std::int64_t id) {
  auto r = disciplines_of_result(c.query(std::string(kSelectDiscipline) + " WHERE id = $1", {id}));
  if (r.empty()) return std::nullopt;
  return r.front();
}

std::vector<Discipline> disciplines_between(db::Connection& c, Date first, Date last) {
  return disciplines_of_result(
      c.query(std::string(kSelectDiscipline) + " WHERE decided_on >= $1 AND decided_on <= $2 ORDER BY decided_on, id",
              {first.iso(), last.iso()}));
}

std::vector<Discipline> disciplines_of(db::Connection& c, const Subject& s) {
  return disciplines_of_result(
      c.query(std::string(kSelectDiscipline) + " WHERE subject_kind = $1 AND subject = $2 ORDER BY decided_on, id",
              {s.kind, s.code}));
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
  c.execute(
      "INSERT INTO quality_ratings(year, subject_kind, subject, step, level, score, exempt_reason, rated_within, "
      "rule_set, illustrative, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
      {integer(r.year), r.subject.kind, r.subject.code, r.step, db::nullable(r.level), db::nullable(r.score),
       db::nullable(r.exempt_reason), r.rated_within, r.rule_set, flag(r.illustrative), r.recorded_by, now});
}

std::vector<Rating> ratings(db::Connection& c, int year, const std::string& step,
                            const std::optional<std::string>& within) {
  auto r =
      within
          ? c.query(std::string(kSelectRating) + " WHERE year = $1 AND step = $2 AND rated_within = $3 ORDER BY id",
                    {integer(year), step, *within})
          : c.query(std::string(kSelectRating) + " WHERE year = $1 AND step = $2 ORDER BY id", {integer(year), step});
  std::vector<Rating> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(rating_of(r.row(i)));
  return out;
}

std::optional<Rating> find_rating(db::Connection& c, int year, const Subject& s, const std::string& step) {
  auto r = c.query(std::string(kSelectRating) + " WHERE year = $1 AND subject_kind = $2 AND subject = $3 AND step = $4",
                   {integer(year), s.kind, s.code, step});
  if (r.empty()) return std::nullopt;
  return rating_of(r.row(0));
}

std::int64_t insert_admission(db::Connection& c, const Admission& a, const std::string& now) {
  return c
      .query(
          "INSERT INTO admissions(candidate, birth_year, organisation, introducer, status, illustrative, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
          {a.candidate, integer(a.birth_year), a.organisation, db::nullable(a.introducer), a.status,
           flag(a.illustrative), now})
      .row(0)
      .integer(0);
}

bool update_admission(db::Connection& c, const Admission& a, std::int64_t expected_version) {
  return c.execute(
             "UPDATE admissions SET decision = $1, admitted_on = $2, probation_due = $3, confirmed_on = $4, "
             "confirmation_decision = $5, member_code = $6, status = $7, version = version + 1 "
             "WHERE id = $8 AND version = $9",
             {db::nullable(a.decision), db::nullable(a.admitted_on), db::nullable(a.probation_due),
              db::nullable(a.confirmed_on), db::nullable(a.confirmation_decision), db::nullable(a.member_code), a.status,
              a.id, expected_version}) == 1;
}

std::optional<Admission> find_admission(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string(kSelectAdmission) + " WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  Admission a = admission_of(r.row(0));
  auto s =
      c.query("SELECT form, done_on, note FROM admission_steps WHERE admission_id = $1 ORDER BY done_on, form", {id});
  for (std::size_t i = 0; i < s.size(); ++i)
    a.steps.push_back({s.row(i).text(0), s.row(i).date(1), s.row(i).optional_text(2)});
  return a;
}

std::vector<Admission> admissions(db::Connection& c) {
  auto r = c.query(std::string(kSelectAdmission) + " ORDER BY id");
  std::vector<Admission> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(admission_of(r.row(i)));
  return out;
}

void insert_admission_step(db::Connection& c, std::int64_t admission_id, const AdmissionStep& s) {
  c.execute("INSERT INTO admission_steps(admission_id, form, done_on, note) VALUES ($1, $2, $3, $4)",
            {admission_id, s.form, s.done_on.iso(), db::nullable(s.note)});
}

bool insert_rule_set(db::Connection& c, const RuleSet& r) {
  return c.execute(
             "INSERT INTO party_rule_sets(code, subject, valid_from, valid_to, name, scale) "
             "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING",
             {r.code, r.subject, r.valid_from.iso(), db::nullable(r.valid_to), r.name, r.scale}) == 1;
}

std::vector<RuleSet> rule_sets(db::Connection& c) {
  auto r = c.query(
      "SELECT code, subject, valid_from, valid_to, name, scale FROM party_rule_sets ORDER BY subject, valid_from");
  std::vector<RuleSet> out;
  for (std::size_t i = 0; i < r.size(); ++i) {
    auto row = r.row(i);
    out.push_back({row.text(0), row.text(1), row.date(2), row.optional_date(3), row.text(4), row.text(5)});
  }
  return out;
}

std::vector<SearchRow> search_cases(db::Connection& c) {
  return db::read_all<SearchRow>(c.query(
      "SELECT CAST(id AS TEXT) AS id, CAST(decision_number AS TEXT) || '-' || decision_type || '/' || issuer AS title, "
      "type || ' ' || COALESCE(team, '') || ' ' || COALESCE(conclusion, '') || ' ' || COALESCE(recommendations, '') "
      "AS body FROM oversight_cases ORDER BY id"));
}

}  // namespace sen::oversight::store
