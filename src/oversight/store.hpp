// SQL for oversight records; no rules here. Members are read only through these functions, by
// routes that hold the oversight.members grant.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "oversight/model.hpp"

namespace sen::oversight::store {

void insert_member(db::Connection& c, const Member& m, const std::string& now);
bool update_member(db::Connection& c, const Member& m, std::int64_t expected_version);
std::optional<Member> find_member(db::Connection& c, const std::string& code);
std::vector<Member> members(db::Connection& c);

std::int64_t insert_programme(db::Connection& c, const Programme& p, const std::string& now);
std::int64_t insert_programme_item(db::Connection& c, std::int64_t programme_id, const ProgrammeItem& i);
// Programmes of a year with their items and the cases that carried each out.
std::vector<Programme> programmes(db::Connection& c, int year);
std::optional<std::int64_t> programme_of_item(db::Connection& c, std::int64_t item_id);

std::int64_t insert_case(db::Connection& c, const Case& k, const std::string& now);
// The next decision number of an issuer, type and term.
int next_decision_number(db::Connection& c, const std::string& issuer, const std::string& type,
                         const std::string& term);
bool update_conclusion(db::Connection& c, const Case& k, std::int64_t expected_version);
std::optional<Case> find_case(db::Connection& c, std::int64_t id);  // with subjects and remedies
// Cases decided between two days (inclusive), with their subjects, oldest first.
std::vector<Case> cases_between(db::Connection& c, Date first, Date last);
void insert_subject(db::Connection& c, std::int64_t case_id, const Subject& s);
std::int64_t insert_remedy(db::Connection& c, std::int64_t case_id, const Remedy& r);
bool update_remedy(db::Connection& c, std::int64_t case_id, const Remedy& r, std::int64_t expected_version);

std::int64_t insert_discipline(db::Connection& c, const Discipline& d, const std::string& now);
std::optional<Discipline> find_discipline(db::Connection& c, std::int64_t id);
std::vector<Discipline> disciplines_between(db::Connection& c, Date first, Date last);
// Decisions on the same subject, for a new violation restarting the limitation.
std::vector<Discipline> disciplines_of(db::Connection& c, const Subject& s);
bool record_notice(db::Connection& c, std::int64_t id, Date notified_on, std::int64_t expected_version);
std::int64_t insert_complaint(db::Connection& c, std::int64_t decision_id, Date received_on,
                              const std::optional<std::string>& note);

void insert_rating(db::Connection& c, const Rating& r, const std::string& now);
// Ratings of a year at a step, optionally only those counted within one unit.
std::vector<Rating> ratings(db::Connection& c, int year, RatingStep step, const std::optional<std::string>& within);
std::optional<Rating> find_rating(db::Connection& c, int year, const Subject& s, RatingStep step);

std::int64_t insert_admission(db::Connection& c, const Admission& a, const std::string& now);
bool update_admission(db::Connection& c, const Admission& a, std::int64_t expected_version);
std::optional<Admission> find_admission(db::Connection& c, std::int64_t id);  // with its steps
std::vector<Admission> admissions(db::Connection& c);
void insert_admission_step(db::Connection& c, std::int64_t admission_id, const AdmissionStep& s);

bool insert_rule_set(db::Connection& c, const RuleSet& r);
std::vector<RuleSet> rule_sets(db::Connection& c);

// The totals an issued report states for a unit's period.
std::vector<ReportedTotal> reported_totals(db::Connection& c, const std::string& unit, const std::string& period);
void insert_reported_total(db::Connection& c, const ReportedTotal& t);

// Each inspection or supervision case's decision and findings, for search (not its subjects).
std::vector<SearchRow> search_cases(db::Connection& c, const std::optional<std::string>& key);

}  // namespace sen::oversight::store
