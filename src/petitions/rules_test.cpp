#include "petitions/rules.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::petitions {
namespace {

Date d(const char* iso) {
  return Date::parse(iso).value();
}

Petition letter(std::vector<std::string> types, int round = 1) {
  Petition p;
  p.id = 1;
  p.received_on = d("2026-03-02");
  p.types = std::move(types);
  p.round = round;
  return p;
}

Event event(EventKind kind, const char* on) {
  Event e;
  e.kind = kind;
  e.on = d(on);
  return e;
}

// A resolution period of 30 days from acceptance, for the rules' sake.
std::optional<Date> thirty(Date accepted) {
  return accepted.plus_days(30);
}

TEST(PetitionRules, TheRuleOfEachStage) {
  EXPECT_EQ(processing_rule(letter({"to_cao"})), "denunciation_acceptance");
  EXPECT_EQ(processing_rule(letter({"khieu_nai"})), "complaint_acceptance");
  EXPECT_EQ(processing_rule(letter({"phan_anh"})), "letter_processing");
  EXPECT_EQ(resolution_rule(letter({"khieu_nai"})), "complaint_first_resolution");
  EXPECT_EQ(resolution_rule(letter({"khieu_nai"}, 2)), "complaint_second_resolution");
  EXPECT_EQ(resolution_rule(letter({"khieu_nai", "to_cao"})), "denunciation_resolution");  // a denunciation wins
  EXPECT_FALSE(resolution_rule(letter({"kien_nghi"})));
}

TEST(PetitionRules, StatusesFollowTheEventsAndTheDay) {
  auto p = letter({"khieu_nai"});
  Date processing = d("2026-03-12");
  EXPECT_EQ(state_of(p, {}, processing, thirty, d("2026-03-12")).status, Status::awaiting_processing);
  EXPECT_EQ(state_of(p, {}, processing, thirty, d("2026-03-13")).status, Status::processing_overdue);
  std::vector<Event> events{event(EventKind::accept, "2026-03-05")};
  auto s = state_of(p, events, processing, thirty, d("2026-03-20"));
  EXPECT_EQ(s.status, Status::in_resolution);
  EXPECT_EQ(s.due, d("2026-04-04"));
  EXPECT_EQ(s.days_left, 15);
  EXPECT_EQ(state_of(p, events, processing, thirty, d("2026-04-05")).status, Status::resolution_overdue);
  // Seen before the acceptance happened, the letter was still awaiting.
  EXPECT_EQ(state_of(p, events, processing, thirty, d("2026-03-04")).status, Status::awaiting_processing);
}

TEST(PetitionRules, SuspensionStopsTheClockAndDecisionsAreJudgedOnTime) {
  auto p = letter({"to_cao"});
  std::vector<Event> events{event(EventKind::accept, "2026-03-05"), event(EventKind::suspend, "2026-03-10"),
                            event(EventKind::resume, "2026-03-20")};
  auto s = state_of(p, events, d("2026-03-11"), thirty, d("2026-03-25"));
  EXPECT_EQ(s.due, d("2026-04-14"));  // 10 suspended days added
  EXPECT_EQ(state_of(p, {events[0], events[1]}, d("2026-03-11"), thirty, d("2026-03-25")).status, Status::suspended);
  auto decided = events;
  Event decide = event(EventKind::decide, "2026-04-12");
  decide.result = Result::dung_mot_phan;
  decided.push_back(decide);
  auto r = state_of(p, decided, d("2026-03-11"), thirty, d("2026-05-01"));
  EXPECT_EQ(r.status, Status::resolved);
  EXPECT_EQ(r.on_time, true);
  EXPECT_FALSE(r.open);
}

TEST(PetitionRules, EventsThatMayNotFollowAreRefused) {
  auto p = letter({"to_cao"});
  p.anonymous = true;
  auto awaiting = state_of(p, {}, d("2026-03-11"), thirty, d("2026-03-05"));
  EXPECT_THROW(check_event(p, awaiting, {}, event(EventKind::accept, "2026-03-05")), Error);
  EXPECT_THROW(check_event(p, awaiting, {}, event(EventKind::decide, "2026-03-05")), Error);
  Event file = event(EventKind::file, "2026-03-05");
  EXPECT_THROW(check_event(p, awaiting, {}, file), Error);  // no reason
  file.reason = "anonymous";
  EXPECT_NO_THROW(check_event(p, awaiting, {}, file));

  auto complaint = letter({"khieu_nai"});
  std::vector<Event> accepted{event(EventKind::accept, "2026-03-05")};
  auto s = state_of(complaint, accepted, d("2026-03-12"), thirty, d("2026-03-20"));
  Event extend = event(EventKind::extend, "2026-03-20");
  extend.decision_number = "1/QĐ";
  extend.decision_date = d("2026-03-20");
  extend.new_deadline = d("2026-04-20");
  EXPECT_NO_THROW(check_event(complaint, s, accepted, extend));
  accepted.push_back(extend);
  auto once = state_of(complaint, accepted, d("2026-03-12"), thirty, d("2026-03-21"));
  extend.new_deadline = d("2026-05-01");
  EXPECT_THROW(check_event(complaint, once, accepted, extend), Error);  // a complaint is extended once
  Event decide = event(EventKind::decide, "2026-03-21");
  EXPECT_THROW(check_event(complaint, once, accepted, decide), Error);  // a complaint's decision has a result
  decide.result = Result::dung;
  EXPECT_NO_THROW(check_event(complaint, once, accepted, decide));
}

TEST(Contacts, PhonesAndEmailAddressesOfPetitioners) {
  EXPECT_TRUE(valid_phone("0912 345 678"));
  EXPECT_TRUE(valid_phone("+84912345678"));
  EXPECT_FALSE(valid_phone("0912-345"));
  EXPECT_FALSE(valid_phone("1234567"));
  EXPECT_TRUE(valid_email("tra.cuu@hatinh.gov.vn"));
  for (const char* bad : {"tra.cuu", "@hatinh.gov.vn", "a@b@c.vn", "a@hatinh", "a@.vn", "a@hatinh.", "a b@c.vn"}) {
    EXPECT_FALSE(valid_email(bad)) << bad;
  }
}

TEST(PublicKind, OnlyLettersWithoutComplaintOrDenunciationArePublic) {
  EXPECT_TRUE(public_kind(letter({"phan_anh"})));
  EXPECT_TRUE(public_kind(letter({"kien_nghi", "phan_anh"})));
  EXPECT_FALSE(public_kind(letter({"khieu_nai"})));
  EXPECT_FALSE(public_kind(letter({"phan_anh", "to_cao"})));
}

}  // namespace
}  // namespace sen::petitions
