// The petitions module: intake, processing and resolution of citizens' letters with their legal
// deadlines (from the calendar module), duplicates, statistics and the citizen's lookup. Runs in
// the caller's transaction; throws sen::Error for what the user must fix. Denouncers' identities
// are returned by denouncers() only.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "petitions/model.hpp"
#include "petitions/rules.hpp"

namespace sen::petitions {

struct View {
  Petition petition;
  State state;
  bool long_unresolved = false;  // repeated letters on one matter, or open past the longest legal deadline
  int duplicates = 0;            // later letters linked to this one
  std::string handling_unit_name;
  std::optional<std::string> petitioner;  // in lists: the first petitioner's name; never a denouncer's
};

struct Suggestion {
  Petition petition;   // the earlier letter; the caller shows it only to those who may see it
  std::string reason;  // same_petitioner | similar_content
  double similarity = 0;
};

struct Intake {
  Petition petition;           // id, tracking code, counts and created_by are filled in
  std::vector<Person> people;  // the petitioners, or the denouncers of a letter that denounces
};

struct Received {
  View view;
  std::vector<Suggestion> duplicates;  // likely earlier letters on the same matter
  std::string lookup_pin;              // the citizen's lookup secret, for the receipt; kept only as a hash
};

Received receive(db::Connection& c, Intake intake, const std::string& actor, Date today);

// Earlier letters from the same petitioner (by name, diacritics folded) or on a similar matter
// (most of the words of the content), received in the last two years; best first.
std::vector<Suggestion> suggest_duplicates(db::Connection& c, const std::string& content,
                                           const std::vector<Person>& people, Date today,
                                           std::optional<std::int64_t> except = std::nullopt);

View view(db::Connection& c, std::int64_t id, Date today);  // Error not_found

struct Detail {
  View view;
  std::vector<Event> events;
  std::vector<Person> petitioners;  // empty for a denunciation: see denouncers()
  int denouncer_count = 0;
  Date processing_due;
  std::string processing_rule;
  std::optional<std::string> resolution_rule;
  std::vector<View> duplicates;
};
Detail detail(db::Connection& c, std::int64_t id, Date today);

// The identities of a denunciation's denouncers. The caller checks the grant and audits.
std::vector<Person> denouncers(db::Connection& c, std::int64_t id);

// Records a processing or resolution step; Error conflict when the version is stale or the step
// may not follow (see rules.hpp).
View record(db::Connection& c, std::int64_t id, std::int64_t version, Event e, const std::string& actor, Date today);
// Links a later letter to the first one on the same matter: it is not processed again.
View link_duplicate(db::Connection& c, std::int64_t id, std::int64_t of, std::int64_t version, Date today);

struct Filter {
  std::optional<Status> status;
  std::optional<std::string> type;
  std::optional<std::string> query;  // searched in the content and petitioners' names, diacritics folded
  bool long_unresolved_only = false;
  std::function<bool(const Petition&)> visible;
};
// Soonest deadline first, then newest.
std::vector<View> list(db::Connection& c, const Filter& f, Date today);
// The letters that `unit` handles and that are still open on `today`.
std::vector<View> open_handled_by(db::Connection& c, const std::string& unit, Date today);
// Makes `to` the handling unit of letter `id` (a closed unit's work handed over); its events stay.
void hand_over(db::Connection& c, std::int64_t id, const std::string& to);
// Error invalid (field "to") when letter `id` is a denunciation and `to` is the unit it denounces,
// a unit that took that unit over (through the lineage), or a unit under one of them on `today`:
// their staff must never see it.
void check_receiver(db::Connection& c, std::int64_t id, const std::string& to, Date today);

// The letters a period's report speaks of, as they stood on `on`: the report's date, or the
// period's last day when sooner (a year's figures do not change once the year is over). They are
// the letters received in its `days` (the calendar's, or the report's cut-off window) by `on`, and
// those received before them and still open on their first day (kỳ trước chuyển sang). One
// selection for a report's counts and its lists.
struct Handled {
  Date first;  // the first day counted
  Date on;
  std::vector<View> letters;
};
Handled handled_in(db::Connection& c, DateRange days, Date as_of, const std::function<bool(const Petition&)>& visible);

// The Government Inspectorate's counts of the letters handled in a period, on `Handled::on`.
struct Stats {
  int received = 0;      // received in the period
  int carried_over = 0;  // received before it, still open on its first day
  // Steps taken in the period: accepted then; closed then (forwarded … resolved).
  int in_competence = 0, accepted = 0, forwarded = 0, guided = 0, filed = 0, duplicates = 0, resolved = 0,
      resolved_on_time = 0, withdrawn = 0;
  // The state on `on`: overdue, not conclusively resolved (long_unresolved), open.
  int overdue = 0, long_unresolved = 0, open = 0;
  // Of `accepted`, the kiến nghị and phản ánh (no complaint, no denunciation): handled (xử lý), not
  // "thụ lý" as the law says of complaints and denunciations.
  int accepted_requests = 0;
  std::optional<double> on_time_pct;  // resolved on time ÷ resolved × 100
  bool illustrative = false;          // some letter counted is illustrative (demo data)
};
Stats stats(const Handled& handled);

// A new lookup PIN for the letter (the old one stops working), for a lost receipt.
std::string renew_lookup_pin(db::Connection& c, std::int64_t id);

// "ht2611 abcdef", "HT2611ABCDEF" → "HT2611-ABCDEF"; nullopt when it cannot be a tracking code.
std::optional<std::string> normalize_tracking_code(std::string_view text);

// What a citizen may know of a letter: nothing personal, no content. nullopt unless the code
// exists and `pin` is its lookup PIN (digits; spaces ignored); the same answer, in about the same
// time, for a wrong code and a wrong PIN.
struct PublicStatus {
  std::string tracking_code;
  Date received_on;
  Status status;
  std::string status_text;  // in Vietnamese
  std::optional<Date> next_deadline;
  std::string handling_unit_name;
};
std::optional<PublicStatus> public_status(db::Connection& c, const std::string& code, const std::string& pin,
                                          Date today);
// A status in the words a citizen reads: "Đang giải quyết (quá hạn)".
std::string status_text(Status status);

// A recommendation or feedback as anyone may know it (Open311): its state, the handling unit,
// never a name, a phone or the content. Only letters of public_kind() (rules.hpp) are public.
struct PublicRequest {
  std::string tracking_code;
  std::string field;
  Date received_on;
  State state;
  std::string handling_unit_name;
};
struct PublicQuery {
  Date first, last;                 // received on these days or between them
  std::vector<std::string> fields;  // of these fields; any when empty
  std::optional<bool> open;         // only open (true) or only closed (false) ones
  std::size_t skip = 0;             // the first `skip` that match are left out
  std::size_t limit = 1000;
};
// Newest first (by the day received, then the latest entered); reads only the letters of the days
// asked for.
std::vector<PublicRequest> public_requests(db::Connection& c, const PublicQuery& q, Date today);
// The public letter with this tracking code, found by its index; nullopt when there is none.
std::optional<PublicRequest> public_request(db::Connection& c, const std::string& tracking_code, Date today);

}  // namespace sen::petitions
