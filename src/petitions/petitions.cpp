#include "petitions/petitions.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "auth/secrets.hpp"
#include "base/error.hpp"
#include "base/text.hpp"
#include "calendar/calendar.hpp"
#include "petitions/messages.hpp"
#include "petitions/store.hpp"
#include "units/lineage.hpp"
#include "units/units.hpp"

namespace sen::petitions {

namespace {

template <class T>
void require_one_of(const std::string& field, const std::string& value, const std::vector<T>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  throw messages::error<"petition.not_one_of">(field, value, field, list);
}

std::string new_tracking_code(db::Connection& c, Date received) {
  static const std::string kAlphabet = "ACDEFGHJKLMNPQRTUVWXY34679";  // no 0/O, 1/I, 2/Z, 5/S, 8/B
  [[maybe_unused]] static const int ready = sodium_init();
  for (;;) {
    std::string code = fmt::format("HT{:02}{:02}-", received.year() % 100, received.month());
    for (int i = 0; i < 6; ++i) code += kAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kAlphabet.size()))];
    if (!store::tracking_code_taken(c, code)) return code;
  }
}

// Eight random digits: the citizen's second factor, printed on the receipt.
std::string new_lookup_pin() {
  [[maybe_unused]] static const int ready = sodium_init();
  std::string pin;
  for (int i = 0; i < 8; ++i) pin += static_cast<char>('0' + randombytes_uniform(10));
  return pin;
}

const std::string& dummy_pin_hash() {
  static const std::string h = auth::hash_password("no letter has this code");
  return h;
}

std::set<std::string> words(const std::string& folded) {
  std::set<std::string> out;
  std::istringstream in(folded);
  for (std::string w; in >> w;) {
    if (w.size() > 1) out.insert(w);
  }
  return out;
}

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const auto& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::string people_key(const std::vector<Person>& people) {
  std::vector<std::string> names;
  for (const auto& p : people) names.push_back(fold(p.name));
  std::sort(names.begin(), names.end());
  std::string key;
  for (const auto& n : names) key += (key.empty() ? "" : "|") + n;
  return key;
}

// What views of letters read besides the letters: the calendar, each letter's events, duplicates
// and first petitioner, the handling unit's name. For one letter each is read when asked; for a
// list (`every_letter`) each is read once for all letters, so that a list costs the same few
// queries however long it is.
class Lookups {
 public:
  explicit Lookups(db::Connection& c, bool every_letter = false) : c_(c), deadlines_(c) {
    if (!every_letter) return;
    events_ = store::all_events(c);
    duplicates_ = store::duplicate_counts(c);
    petitioners_ = store::first_petitioners(c);
  }
  const calendar::Deadlines& deadlines() const { return deadlines_; }
  std::vector<Event> events(std::int64_t id) {
    if (!events_) return store::events(c_, id);
    auto it = events_->find(id);
    return it == events_->end() ? std::vector<Event>{} : it->second;
  }
  int duplicates(std::int64_t id) {
    if (!duplicates_) return store::duplicates_of(c_, id);
    auto it = duplicates_->find(id);
    return it == duplicates_->end() ? 0 : it->second;
  }
  std::optional<std::string> first_petitioner(std::int64_t id) {
    if (!petitioners_) {
      auto people = store::petitioners(c_, id);
      return people.empty() ? std::nullopt : std::optional(people.front().name);
    }
    auto it = petitioners_->find(id);
    return it == petitioners_->end() ? std::nullopt : std::optional(it->second);
  }
  const std::string& unit_name(const std::string& unit, Date day) {
    auto key = std::pair(unit, day);
    auto it = unit_names_.find(key);
    if (it == unit_names_.end()) it = unit_names_.emplace(key, units::name_at(c_, unit, day)).first;
    return it->second;
  }

 private:
  db::Connection& c_;
  calendar::Deadlines deadlines_;
  std::optional<std::map<std::int64_t, std::vector<Event>>> events_;
  std::optional<std::map<std::int64_t, int>> duplicates_;
  std::optional<std::map<std::int64_t, std::string>> petitioners_;
  std::map<std::pair<std::string, Date>, std::string> unit_names_;
};

Date processing_due(const calendar::Deadlines& deadlines, const Petition& p) {
  return deadlines.deadline(processing_rule(p), "base", p.received_on).date;
}

// The state on `today` of a letter whose processing is due on `processing`.
State state_at(Lookups& lookups, const Petition& p, Date processing, Date today) {
  auto rule = resolution_rule(p);
  auto resolution = [&](Date accepted) -> std::optional<Date> {
    if (!rule) return std::nullopt;
    return lookups.deadlines().deadline(*rule, p.variant, accepted).date;
  };
  return state_of(p, lookups.events(p.id), processing, resolution, today);
}

PublicRequest public_request_of(Lookups& lookups, const Petition& p, Date today) {
  return PublicRequest{p.tracking_code, p.field, p.received_on,
                       state_at(lookups, p, processing_due(lookups.deadlines(), p), today),
                       lookups.unit_name(p.handling_unit, p.received_on)};
}

View make_view(Lookups& lookups, Petition p, Date today) {
  const auto& deadlines = lookups.deadlines();
  Date processing = processing_due(deadlines, p);
  auto rule = resolution_rule(p);
  View v;
  v.state = state_at(lookups, p, processing, today);
  v.duplicates = lookups.duplicates(p.id);
  // The longest deadline the law could give: its slowest variant, counted from the last day of
  // processing. The law sets no deadline for resolving a kiến nghị or phản ánh: only repeats make
  // one long-unresolved (while unprocessed past its deadline, it is overdue).
  std::optional<Date> longest;
  if (rule) {
    longest = processing;
    for (const auto& r : deadlines.rules()) {
      bool in_force = r.valid_from <= processing && (!r.valid_to || processing <= *r.valid_to);
      if (r.code == *rule && in_force)
        longest = std::max(*longest, deadlines.deadline(r.code, r.variant, processing).date);
    }
  }
  v.long_unresolved = (v.state.open && longest && today > *longest) || v.duplicates >= 2;
  v.handling_unit_name = lookups.unit_name(p.handling_unit, p.received_on);
  v.petition = std::move(p);
  return v;
}

Petition require(db::Connection& c, std::int64_t id) {
  auto p = store::find(c, id);
  if (!p) throw messages::error<"petition.not_found">("", id);
  return *p;
}

void check_person(const Person& p) {
  if (trim(p.name).empty()) throw messages::error<"petition.petitioner_name_missing">("petitioners");
  if (p.email && !valid_email(*p.email)) {
    throw messages::error<"petition.petitioner_email_invalid">("petitioners", *p.email);
  }
  if (p.phone) {
    if (!valid_phone(*p.phone)) {
      throw messages::error<"petition.petitioner_phone_invalid">("petitioners", *p.phone);
    }
  }
}

}  // namespace

std::vector<Suggestion> suggest_duplicates(db::Connection& c, const std::string& content,
                                           const std::vector<Person>& people, Date today,
                                           std::optional<std::int64_t> except) {
  auto mine = words(fold(content));
  std::string key = people.empty() ? "" : people_key(people);
  std::vector<Suggestion> out;
  for (const auto& r : store::recent(c, today.plus_days(-730))) {
    if (except && r.petition.id == *except) continue;
    double similarity = jaccard(mine, words(r.content_folded));
    bool same_person = !key.empty() && r.petitioner_key == key;
    if (!same_person && similarity < 0.5) continue;
    out.push_back({r.petition, same_person ? "same_petitioner" : "similar_content", similarity});
  }
  std::sort(out.begin(), out.end(), [](const Suggestion& a, const Suggestion& b) {
    if ((a.reason == "same_petitioner") != (b.reason == "same_petitioner")) return a.reason == "same_petitioner";
    return a.similarity > b.similarity;
  });
  if (out.size() > 10) out.resize(10);
  return out;
}

Received receive(db::Connection& c, Intake in, const std::string& actor, Date today) {
  Petition& p = in.petition;
  require_one_of("channel", p.channel, kChannels);
  require_one_of("field", p.field, kFields);
  if (p.types.empty()) throw messages::error<"petition.types_missing">("types");
  for (const auto& t : p.types) require_one_of("types", t, kTypes);
  std::sort(p.types.begin(), p.types.end());
  p.types.erase(std::unique(p.types.begin(), p.types.end()), p.types.end());
  if (p.received_on > today) throw messages::error<"petition.received_after_today">("received_on");
  if (!units::lifetime(c, p.handling_unit)) {
    throw messages::error<"petition.unknown_unit">("handling_unit", p.handling_unit);
  }
  if (p.concerned_unit && !units::lifetime(c, *p.concerned_unit)) {
    throw messages::error<"petition.unknown_unit">("concerned_unit", *p.concerned_unit);
  }
  if (p.anonymous && !in.people.empty()) {
    throw messages::error<"petition.anonymous_with_petitioners">("petitioners");
  }
  if (!p.anonymous && in.people.empty()) {
    throw messages::error<"petition.petitioners_missing">("petitioners");
  }
  for (const auto& person : in.people) check_person(person);
  p.round = 1;
  if (p.previous_id) {
    if (!p.has("khieu_nai")) throw messages::error<"petition.previous_not_complaint">("previous_id");
    auto first = view(c, *p.previous_id, today);
    if (first.state.status != Status::resolved || !first.petition.has("khieu_nai") || first.petition.round != 1) {
      throw messages::error<"petition.first_not_decided">("previous_id");
    }
    p.round = 2;
  }
  require_one_of("variant", p.variant, kVariants);
  if (auto rule = resolution_rule(p)) calendar::rule(c, *rule, p.variant, p.received_on);  // the variant must exist
  p.petitioner_count = static_cast<int>(in.people.size());
  p.created_by = actor;
  p.tracking_code = new_tracking_code(c, p.received_on);
  std::string pin = new_lookup_pin();
  // A denouncer's name must not become searchable: only other letters' petitioners are keyed.
  std::optional<std::string> key;
  if (!p.denunciation() && !in.people.empty()) key = people_key(in.people);
  auto suggestions = suggest_duplicates(c, p.content, p.denunciation() ? std::vector<Person>{} : in.people, today);
  p.id = store::insert_petition(c, store::NewRow{p, fold(p.content), key, auth::hash_password(pin)}, utc_timestamp());
  for (const auto& person : in.people) {
    if (p.denunciation())
      store::insert_denouncer(c, p.id, person);
    else
      store::insert_petitioner(c, p.id, person);
  }
  return Received{view(c, p.id, today), suggestions, pin};
}

View view(db::Connection& c, std::int64_t id, Date today) {
  Lookups lookups(c);
  return make_view(lookups, require(c, id), today);
}

Detail detail(db::Connection& c, std::int64_t id, Date today) {
  Petition p = require(c, id);
  Detail d;
  d.events = store::events(c, id);
  if (!p.denunciation())
    d.petitioners = store::petitioners(c, id);
  else
    d.denouncer_count = static_cast<int>(store::denouncers(c, id).size());
  d.processing_rule = processing_rule(p);
  d.resolution_rule = resolution_rule(p);
  Lookups lookups(c);
  d.processing_due = processing_due(lookups.deadlines(), p);
  for (const auto& other : store::list(c)) {
    if (other.duplicate_of == id) d.duplicates.push_back(make_view(lookups, other, today));
  }
  d.view = make_view(lookups, std::move(p), today);
  return d;
}

std::vector<Person> denouncers(db::Connection& c, std::int64_t id) {
  require(c, id);
  return store::denouncers(c, id);
}

View record(db::Connection& c, std::int64_t id, std::int64_t version, Event e, const std::string& actor, Date today) {
  auto current = view(c, id, today);
  if (current.petition.version != version) throw stale_version(version, current.petition.version);
  if (e.on > today) throw messages::error<"petition.step_after_today">("date");
  check_event(current.petition, current.state, store::events(c, id), e);
  e.recorded_by = actor;
  store::insert_event(c, id, e, utc_timestamp());
  if (!store::bump_version(c, id, version)) throw stale_version(version, current.petition.version);
  return view(c, id, today);
}

View link_duplicate(db::Connection& c, std::int64_t id, std::int64_t of, std::int64_t version, Date today) {
  auto current = view(c, id, today);
  if (current.petition.version != version) throw stale_version(version, current.petition.version);
  if (id == of) throw messages::error<"petition.duplicate_of_itself">("of");
  auto first = view(c, of, today);
  if (first.petition.duplicate_of) {
    throw messages::error<"petition.duplicate_of_duplicate">("of", first.petition.tracking_code);
  }
  if (first.petition.received_on > current.petition.received_on) {
    throw messages::error<"petition.duplicate_of_later">("of");
  }
  if (!current.state.open || current.state.accepted_on) {
    throw messages::error<"petition.duplicate_processed">("");
  }
  if (!store::set_duplicate_of(c, id, of, version)) throw stale_version(version, current.petition.version);
  return view(c, id, today);
}

std::vector<View> list(db::Connection& c, const Filter& f, Date today) {
  std::vector<Petition> found = f.query ? store::search(c, fold(*f.query)) : store::list(c);
  Lookups lookups(c, true);
  std::vector<View> out;
  for (auto& p : found) {
    if (f.visible && !f.visible(p)) continue;
    if (f.type && !p.has(*f.type)) continue;
    View v = make_view(lookups, std::move(p), today);
    if (f.status && v.state.status != *f.status) continue;
    if (f.long_unresolved_only && !v.long_unresolved) continue;
    // A denouncer's identity is confidential: a denunciation names nobody in a list.
    if (!v.petition.denunciation()) v.petitioner = lookups.first_petitioner(v.petition.id);
    out.push_back(std::move(v));
  }
  std::stable_sort(out.begin(), out.end(), [](const View& a, const View& b) {
    if (a.state.open != b.state.open) return a.state.open;
    if (a.state.days_left && b.state.days_left) return *a.state.days_left < *b.state.days_left;
    return a.state.days_left.has_value() && !b.state.days_left.has_value();
  });
  return out;
}

std::vector<View> open_handled_by(db::Connection& c, const std::string& unit, Date today) {
  Filter f;
  f.visible = [&](const Petition& p) { return p.handling_unit == unit; };
  auto views = list(c, f, today);
  std::erase_if(views, [](const View& v) { return !v.state.open; });
  return views;
}

void check_receiver(db::Connection& c, std::int64_t id, const std::string& to, Date today) {
  Petition p = require(c, id);
  if (!p.denunciation() || !p.concerned_unit) return;
  std::set<std::string> denounced{*p.concerned_unit};
  std::vector<std::string> todo{*p.concerned_unit};
  while (!todo.empty()) {
    auto unit = todo.back();
    todo.pop_back();
    for (const auto& s : units::successors(c, unit)) {
      if (denounced.insert(s.successor).second) todo.push_back(s.successor);
    }
  }
  bool concerned = denounced.count(to) > 0;
  for (const auto& a : units::ancestors(c, to, today)) concerned = concerned || denounced.count(a.code) > 0;
  if (concerned) {
    throw messages::error<"petition.receiver_concerned">("to", p.tracking_code, to);
  }
}

void hand_over(db::Connection& c, std::int64_t id, const std::string& to) {
  if (!units::lifetime(c, to)) throw messages::error<"petition.receiver_unknown">("to", to);
  store::set_handling_unit(c, require(c, id).id, to);
}

Handled handled_in(db::Connection& c, DateRange days, Date as_of, const std::function<bool(const Petition&)>& visible) {
  Handled h{days.first, std::min(as_of, days.last), {}};
  Lookups lookups(c, true);
  for (auto& p : store::list(c)) {
    if (p.received_on > h.on) continue;
    if (visible && !visible(p)) continue;
    View v = make_view(lookups, std::move(p), h.on);
    bool closed_before = v.state.closed_on && *v.state.closed_on < h.first;
    if (v.petition.received_on < h.first && closed_before) continue;
    h.letters.push_back(std::move(v));
  }
  return h;
}

Stats stats(const Handled& h) {
  Stats s;
  for (const auto& v : h.letters) {
    bool received = v.petition.received_on >= h.first;
    s.received += received;
    s.carried_over += !received;
    s.illustrative = s.illustrative || v.petition.illustrative;
    if (v.state.accepted_on && *v.state.accepted_on >= h.first) {
      ++s.accepted;
      s.accepted_requests += !resolution_rule(v.petition).has_value();
    }
    // A letter carried over was open on the period's first day: whatever closed it, closed it then.
    switch (v.state.status) {
      case Status::forwarded:
        ++s.forwarded;
        break;
      case Status::guided:
        ++s.guided;
        break;
      case Status::filed:
        ++s.filed;
        break;
      case Status::duplicate:
        ++s.duplicates;
        break;
      case Status::withdrawn:
        ++s.withdrawn;
        break;
      case Status::processing_overdue:
      case Status::resolution_overdue:
        ++s.overdue;
        break;
      case Status::resolved:
        ++s.resolved;
        s.resolved_on_time += v.state.on_time.value_or(true);
        break;
      case Status::awaiting_processing:
      case Status::in_resolution:
      case Status::suspended:
        break;
    }
    s.open += v.state.open;
    s.long_unresolved += v.long_unresolved;
  }
  s.in_competence = s.accepted;
  if (s.resolved > 0) s.on_time_pct = 100.0 * s.resolved_on_time / s.resolved;
  return s;
}

std::vector<PublicRequest> public_requests(db::Connection& c, const PublicQuery& q, Date today) {
  constexpr std::int64_t kBatch = 200;
  Lookups lookups(c);  // a page of letters: each letter's own reads, not every letter's
  std::vector<PublicRequest> out;
  std::size_t skipped = 0;
  for (std::int64_t offset = 0; out.size() < q.limit; offset += kBatch) {
    auto batch = store::public_letters(c, q.first, q.last, q.fields, offset, kBatch);
    for (const auto& p : batch) {
      auto r = public_request_of(lookups, p, today);
      if (q.open && r.state.open != *q.open) continue;
      if (skipped < q.skip) {
        ++skipped;
        continue;
      }
      out.push_back(std::move(r));
      if (out.size() == q.limit) break;
    }
    if (static_cast<std::int64_t>(batch.size()) < kBatch) break;
  }
  return out;
}

std::optional<PublicRequest> public_request(db::Connection& c, const std::string& tracking_code, Date today) {
  auto p = store::find_by_code(c, tracking_code);
  if (!p || !public_kind(*p)) return std::nullopt;
  Lookups lookups(c);
  return public_request_of(lookups, *p, today);
}

std::string status_text(Status status) {
  switch (status) {
    case Status::awaiting_processing:
      return "Đang xem xét, phân loại";
    case Status::processing_overdue:
      return "Đang xem xét, phân loại (quá hạn)";
    case Status::in_resolution:
      return "Đang giải quyết";
    case Status::resolution_overdue:
      return "Đang giải quyết (quá hạn)";
    case Status::suspended:
      return "Tạm đình chỉ giải quyết";
    case Status::forwarded:
      return "Đã chuyển cơ quan có thẩm quyền";
    case Status::guided:
      return "Đã hướng dẫn công dân";
    case Status::filed:
      return "Đã lưu đơn";
    case Status::duplicate:
      return "Trùng với đơn đã nhận";
    case Status::withdrawn:
      return "Đã rút đơn";
    case Status::resolved:
      return "Đã giải quyết";
  }
  return model::enum_text(status);
}

std::string renew_lookup_pin(db::Connection& c, std::int64_t id) {
  require(c, id);
  std::string pin = new_lookup_pin();
  store::set_lookup_pin_hash(c, id, auth::hash_password(pin));
  return pin;
}

std::optional<std::string> normalize_tracking_code(std::string_view text) {
  std::string code;
  for (char ch : text) {
    if (ch == ' ' || ch == '-' || ch == '\t') continue;
    if (!std::isalnum(static_cast<unsigned char>(ch)) || code.size() == 12) return std::nullopt;
    code += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (code.size() != 12) return std::nullopt;
  return code.substr(0, 6) + "-" + code.substr(6);
}

std::optional<PublicStatus> public_status(db::Connection& c, const std::string& code, const std::string& pin,
                                          Date today) {
  std::string digits;
  for (char ch : pin) {
    if (ch != ' ') digits += ch;
  }
  auto p = store::find_by_code(c, code);
  auto stored = p ? store::lookup_pin_hash(c, p->id) : std::nullopt;
  // Argon2 work is done for a wrong code too, so that the answer takes as long as for a wrong PIN.
  bool ok = auth::verify_password(stored ? *stored : dummy_pin_hash(), digits) && stored;
  if (!ok) return std::nullopt;
  Lookups lookups(c);
  auto v = make_view(lookups, *p, today);
  return PublicStatus{p->tracking_code, p->received_on,      v.state.status, status_text(v.state.status),
                      v.state.due,      v.handling_unit_name};
}

}  // namespace sen::petitions
