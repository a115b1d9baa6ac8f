// Pure rules of petitions: which legal deadline governs each stage, which events may follow
// which, and the status of a letter computed from its events on a given day.
//
// Statuses (Status, model.hpp): awaiting_processing, processing_overdue (not yet accepted,
// forwarded, guided or filed); duplicate, forwarded, guided, filed (closed without resolution
// here); in_resolution, resolution_overdue, suspended (accepted, not decided); withdrawn; resolved
// (decided or answered).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "petitions/model.hpp"

namespace sen::petitions {

// A petitioner's phone number: digits, spaces and "+", at least 8 characters.
bool valid_phone(std::string_view text);
// A petitioner's e-mail address: one "@" after something, a domain with a dot after it, no spaces.
bool valid_email(std::string_view text);

// Whether a letter may be shown to the public (Open311): it holds neither a complaint nor a
// denunciation. store::public_letters() selects by the same rule.
bool public_kind(const Petition& p);

// The deadline rule of the first step: accepting a denunciation, accepting a complaint, or
// processing any other letter.
std::string processing_rule(const Petition& p);
// The deadline rule of resolving it once accepted; none for recommendations and feedback.
std::optional<std::string> resolution_rule(const Petition& p);

struct State {
  Status status = Status::awaiting_processing;
  bool open = true;
  std::optional<Date> due;       // the deadline of the current stage
  std::optional<int> days_left;  // due − today
  std::optional<Date> accepted_on;
  std::optional<Date> closed_on;
  std::optional<Result> result;  // decide
  std::optional<bool> on_time;   // for a resolution: decided by its deadline
  int extensions = 0;
};

// `processing_due`: the due date of the first step. `resolution_due(accepted_on)`: the due date
// of resolution counted from acceptance (none when the letter has no resolution rule).
State state_of(const Petition& p, const std::vector<Event>& events, Date processing_due,
               const std::function<std::optional<Date>(Date)>& resolution_due, Date today);

// Throws sen::Error when `next` may not happen to a letter in state `s` with these events:
// processing steps only while awaiting processing; resolution steps only while accepted and
// undecided; a second forwarding, an anonymous denunciation accepted, more extensions than the
// law allows (one for a complaint, two for a denunciation) are refused with the reason.
void check_event(const Petition& p, const State& s, const std::vector<Event>& events, const Event& next);

}  // namespace sen::petitions
