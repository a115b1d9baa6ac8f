#include "demo/oversight.hpp"

#include <fmt/format.h>

#include <map>

#include "demo/tables.hpp"
#include "oversight/oversight.hpp"

namespace sen::demo {

namespace {

// "o:436-DB-BH m:DV-0001" → subjects.
std::vector<oversight::Subject> subjects(const std::string& text) {
  std::vector<oversight::Subject> out;
  for (const auto& item : split_words(text))
    out.push_back(
        {item[0] == 'm' ? oversight::SubjectKind::member : oversight::SubjectKind::organisation, item.substr(2)});
  return out;
}

// The admissions of data/demo/admissions_2022.csv: each row's candidates go through the nine steps
// in the forty days before their admission and are confirmed a year and a week after it. Their
// names, birth years, member codes (DV-1001 …) and decisions are numbered in the order of the rows.
void load_admission_batches(db::Connection& c) {
  int n = 0, decision = 0;
  for (const auto& r : read_table("data/demo/admissions_2022.csv")) {
    Date on = date(r.at("admitted_on"));
    auto decided = fmt::format("{:02}-QĐ/TU", ++decision);
    for (int k = std::stoi(r.at("count")); k > 0; --k) {
      ++n;
      oversight::Admission a;
      a.candidate = fmt::format("Quần chúng ưu tú minh họa 2022-{:03}", n);
      a.birth_year = on.year() - 20 - n % 15;
      a.organisation = r.at("organisation");
      a.illustrative = true;
      auto opened = oversight::open_admission(c, a);
      for (int form = 1; form <= 9; ++form)
        oversight::record_step(c, opened.id, {fmt::format("{}-KNĐ", form), on.plus_days(-45 + 4 * form), std::nullopt});
      auto admitted = oversight::admit(c, opened.id, decided, on, fmt::format("DV-{}", 1000 + n),
                                       oversight::get_admission(c, opened.id).version);
      oversight::confirm(c, opened.id, fmt::format("{}-QĐ/TU", decision + 40), on.plus_months(12).plus_days(7),
                         admitted.version);
    }
  }
}

}  // namespace

void load_oversight(db::Connection& c) {
  const std::string actor = "demo";
  for (const auto& r : read_table("data/demo/party_members.csv")) {
    oversight::create_member(
        c, oversight::Member{r.at("code"), r.at("full_name"), std::stoi(r.at("birth_year")), r.at("organisation"),
                             date(r.at("admitted_on")), optional_date(r.at("full_member_on")),
                             demo_enum<oversight::MemberStatus>(r.at("status")), optional(r.at("posts")),
                             r.at("illustrative") == "1", 1});
  }
  // Programmes first: each item's key, for the cases that carry it out.
  std::map<std::string, std::int64_t> items;
  std::map<std::string, std::vector<const Row*>> programme_rows;
  auto programme_table = read_table("data/demo/oversight_programmes.csv");
  for (const auto& r : programme_table) programme_rows[r.at("programme")].push_back(&r);
  for (const auto& [key, rows] : programme_rows) {
    const auto& first = *rows.front();
    oversight::Programme p;
    p.committee = first.at("committee");
    p.year = std::stoi(first.at("year"));
    p.title = first.at("title");
    p.document = optional(first.at("document"));
    p.illustrative = true;
    for (const auto* r : rows)
      p.items.push_back(
          {0, demo_enum<oversight::CaseKind>(r->at("kind")), r->at("subject"), r->at("content"), r->at("timing"), {}});
    auto created = oversight::create_programme(c, p);
    for (std::size_t i = 0; i < rows.size(); ++i) items[rows[i]->at("item")] = created.items[i].id;
  }
  for (const auto& r : read_table("data/demo/oversight_cases.csv")) {
    oversight::Case k;
    if (!r.at("item").empty()) k.programme_item_id = items.at(r.at("item"));
    k.kind = demo_enum<oversight::CaseKind>(r.at("kind"));
    k.type = r.at("type");
    k.body = r.at("body");
    k.issuer = r.at("issuer");
    k.term = r.at("term");
    k.decided_on = date(r.at("decided_on"));
    k.team = optional(r.at("team"));
    k.period_from = optional_date(r.at("period_from"));
    k.period_to = optional_date(r.at("period_to"));
    k.subjects = subjects(r.at("subjects"));
    k.illustrative = true;
    k.created_by = actor;
    auto opened = oversight::open_case(c, k);
    if (!r.at("conclusion").empty()) {
      oversight::Case conclusion;
      conclusion.conclusion = r.at("conclusion");
      conclusion.concluded_on = date(r.at("concluded_on"));
      conclusion.recommendations = optional(r.at("recommendations"));
      if (conclusion.recommendations)
        conclusion.remedies.push_back({0, *conclusion.recommendations, std::nullopt, std::nullopt, std::nullopt, 1});
      oversight::conclude(c, opened.id, conclusion, opened.version);
    }
  }
  for (const auto& r : read_table("data/demo/discipline.csv")) {
    oversight::Discipline d;
    d.subject = {oversight::SubjectKind::member, r.at("member")};
    d.form = demo_enum<oversight::Form>(r.at("form"));
    d.violation_on = date(r.at("violation_on"));
    d.concluded_on = date(r.at("concluded_on"));
    d.decided_on = date(r.at("decided_on"));
    d.decision = r.at("decision");
    d.body = r.at("body");
    d.reason = r.at("reason");
    d.illustrative = true;
    d.created_by = actor;
    auto decided = oversight::discipline(c, d);
    if (decided.notice_due) oversight::record_notice(c, decided.id, *decided.notice_due, decided.version);
  }
  for (const auto& r : read_table("data/demo/oversight_reported_totals.csv")) {
    oversight::add_reported_total(
        c, {r.at("unit"), r.at("period"), r.at("figure"), std::stoi(r.at("value")), r.at("source")});
  }
  for (const auto& r : read_table("data/demo/quality_ratings.csv")) {
    oversight::Rating x;
    x.year = std::stoi(r.at("year"));
    x.subject = {demo_enum<oversight::SubjectKind>(r.at("subject_kind")), r.at("subject")};
    if (auto level = optional(r.at("level"))) x.level = demo_enum<oversight::Level>(*level);
    x.exempt_reason = optional(r.at("exempt_reason"));
    x.illustrative = true;
    x.recorded_by = actor;
    oversight::rate(c, x);
  }
  load_admission_batches(c);
  for (const auto& r : read_table("data/demo/admissions.csv")) {
    oversight::Admission a;
    a.candidate = r.at("candidate");
    a.birth_year = std::stoi(r.at("birth_year"));
    a.organisation = r.at("organisation");
    a.introducer = optional(r.at("introducer"));
    a.illustrative = true;
    auto opened = oversight::open_admission(c, a);
    for (const auto& step : split_words(r.at("steps"))) {  // "1-KNĐ:2024-01-11"
      auto colon = step.find(':');
      oversight::record_step(c, opened.id, {step.substr(0, colon), date(step.substr(colon + 1)), std::nullopt});
    }
    auto admitted = oversight::admit(c, opened.id, r.at("decision"), date(r.at("admitted_on")), r.at("member_code"),
                                     oversight::get_admission(c, opened.id).version);
    if (!r.at("confirmed_on").empty()) {
      oversight::confirm(c, opened.id, r.at("confirmation_decision"), date(r.at("confirmed_on")), admitted.version);
    }
  }
}

}  // namespace sen::demo
