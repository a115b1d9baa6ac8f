#include "petitions/rules.hpp"

#include <algorithm>
#include <cctype>

#include "base/error.hpp"
#include "petitions/messages.hpp"

namespace sen::petitions {

bool Petition::has(const std::string& type) const {
  return std::find(types.begin(), types.end(), type) != types.end();
}

bool valid_phone(std::string_view text) {
  return text.size() >= 8 && std::all_of(text.begin(), text.end(), [](char ch) {
           return std::isdigit(static_cast<unsigned char>(ch)) || ch == ' ' || ch == '+';
         });
}

bool valid_email(std::string_view text) {
  auto at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  auto domain = text.substr(at + 1);
  auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.' &&
         text.find_first_of(" \t") == std::string_view::npos;
}

bool public_kind(const Petition& p) {
  return !p.has("khieu_nai") && !p.has("to_cao");
}

std::string processing_rule(const Petition& p) {
  if (p.denunciation()) return "denunciation_acceptance";
  if (p.has("khieu_nai")) return "complaint_acceptance";
  return "letter_processing";
}

std::optional<std::string> resolution_rule(const Petition& p) {
  if (p.denunciation()) return "denunciation_resolution";
  if (p.has("khieu_nai")) return p.round == 2 ? "complaint_second_resolution" : "complaint_first_resolution";
  return std::nullopt;
}

State state_of(const Petition& p, const std::vector<Event>& events, Date processing_due,
               const std::function<std::optional<Date>(Date)>& resolution_due, Date today) {
  State s;
  auto close = [&](Status status, Date on) {
    s.status = status;
    s.open = false;
    s.closed_on = on;
    s.due.reset();
  };
  s.status = Status::awaiting_processing;
  s.due = processing_due;
  if (p.duplicate_of) {
    close(Status::duplicate, p.received_on);
    return s;
  }
  std::optional<Date> suspended_since;
  int suspended_days = 0;
  for (const auto& e : events) {
    if (e.on > today || !s.open) continue;  // not yet known on `today`, or after the end
    switch (e.kind) {
      case EventKind::accept:
        s.accepted_on = e.on;
        s.status = Status::in_resolution;
        s.due = resolution_due(e.on);
        break;
      case EventKind::forward:
        close(Status::forwarded, e.on);
        break;
      case EventKind::guide:
        close(Status::guided, e.on);
        break;
      case EventKind::file:
        close(Status::filed, e.on);
        break;
      case EventKind::extend:
        s.due = e.new_deadline;
        ++s.extensions;
        break;
      case EventKind::suspend:
        suspended_since = e.on;
        break;
      case EventKind::resume:
        if (suspended_since) {
          suspended_days += suspended_since->days_until(e.on);
          suspended_since.reset();
        }
        break;
      case EventKind::withdraw:
        if (!e.partial) close(Status::withdrawn, e.on);
        break;
      case EventKind::decide: {
        Date due = s.due ? s.due->plus_days(suspended_days) : e.on;
        s.result = e.result;
        s.on_time = e.on <= due;
        close(Status::resolved, e.on);
        break;
      }
      case EventKind::dialogue:
      case EventKind::follow_up:
        break;  // the state does not change
    }
  }
  if (!s.open) return s;
  if (s.accepted_on && s.due) s.due = s.due->plus_days(suspended_days);
  if (suspended_since) {
    s.status = Status::suspended;
  } else if (s.due && today > *s.due) {
    s.status = s.accepted_on ? Status::resolution_overdue : Status::processing_overdue;
  }
  if (s.due) s.days_left = today.days_until(*s.due);
  return s;
}

void check_event(const Petition& p, const State& s, const std::vector<Event>& events, const Event& e) {
  if (e.on < p.received_on) {
    throw messages::error<"petition.step_before_received">("date");
  }
  bool awaiting = s.open && !s.accepted_on;
  bool resolving = s.open && s.accepted_on.has_value();
  EventKind k = e.kind;
  if (k == EventKind::accept || k == EventKind::forward || k == EventKind::guide || k == EventKind::file) {
    if (!awaiting) {
      throw messages::error<"petition.already_processed">("kind");
    }
    if (k == EventKind::accept && p.denunciation() && p.anonymous) {
      throw messages::error<"petition.anonymous_denunciation">("kind");
    }
    if (k == EventKind::forward && !e.recipient) {
      throw messages::error<"petition.recipient_missing">("recipient");
    }
    if (k == EventKind::forward &&
        std::any_of(events.begin(), events.end(), [](const Event& x) { return x.kind == EventKind::forward; })) {
      throw messages::error<"petition.forwarded_once">("kind");
    }
    if (k == EventKind::file) {
      bool known =
          std::any_of(kFileReasons.begin(), kFileReasons.end(), [&](const auto& r) { return e.reason == r.first; });
      if (!known) {
        throw messages::error<"petition.file_reason_missing">("reason");
      }
    }
    return;
  }
  if (k == EventKind::follow_up) {
    if (s.status != Status::resolved) throw messages::error<"petition.not_decided">("kind");
    return;
  }
  if (!resolving) {
    throw messages::error<"petition.not_in_resolution">("kind");
  }
  if (k == EventKind::extend) {
    if (!resolution_rule(p)) throw messages::error<"petition.no_deadline">("kind");
    if (!e.decision_number || !e.decision_date || !e.new_deadline) {
      throw messages::error<"petition.extension_decision_missing">(!e.decision_number ? "decision_number"
                                                                   : !e.decision_date ? "decision_date"
                                                                                      : "new_deadline");
    }
    if (s.due && *e.new_deadline <= *s.due) {
      throw messages::error<"petition.deadline_not_later">("new_deadline");
    }
    int allowed = p.denunciation() ? 2 : 1;
    if (s.extensions >= allowed) {
      throw messages::error<"petition.extensions_used">("kind", s.extensions);
    }
  } else if (k == EventKind::suspend && s.status == Status::suspended) {
    throw messages::error<"petition.already_suspended">("kind");
  } else if (k == EventKind::resume && s.status != Status::suspended) {
    throw messages::error<"petition.not_suspended">("kind");
  } else if (k == EventKind::decide) {
    if (s.status == Status::suspended) throw messages::error<"petition.suspended">("kind");
    // An unknown result is refused where the request is read (routes.cpp); a decision needs one.
    if (resolution_rule(p) && !e.result) {
      throw messages::error<"petition.result_invalid">("result");
    }
  }
}

}  // namespace sen::petitions
