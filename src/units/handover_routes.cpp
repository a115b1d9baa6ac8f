// A closed unit's open work (tasks it led, letters it handled, projects it managed …) listed and
// handed over to the units that took over from it. Every kind of record that can pass on declares
// how (app::Handover); this file names none of them.
#include <fmt/format.h>

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "access/permissions.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/model.hpp"
#include "units/handovers.hpp"
#include "units/lineage.hpp"
#include "units/messages.hpp"
#include "units/routes.hpp"
#include "units/units.hpp"

namespace sen::units {

namespace bj = boost::json;

namespace {

// A unit that may take over the closed unit's work, as it stands today.
struct Taker {
  std::string code;
  std::string name;
};
BOOST_DESCRIBE_STRUCT(Taker, (), (code, name))

struct OpenWorkItem {
  std::string kind;
  std::string key;
  std::string title;
  std::string status;
  std::optional<Date> due;
  std::string unit;  // the unit that holds it: the closed unit or one under it on its last day
  std::string unit_name;
  std::string field;                // the record's unit field that a handover changes
  std::vector<std::string> takers;  // codes of the units that took over from `unit`
  std::string url;
  bool can_hand_over = false;
};
BOOST_DESCRIBE_STRUCT(OpenWorkItem, (),
                      (kind, key, title, status, due, unit, unit_name, field, takers, url, can_hand_over))

struct OpenWork {
  std::string unit;
  std::string name;
  std::optional<Date> closed_on;
  std::vector<Taker> takers;  // every unit that took over from it or from a unit under it
  std::vector<OpenWorkItem> items;
};
BOOST_DESCRIBE_STRUCT(OpenWork, (), (unit, name, closed_on, takers, items))

using Kinds = std::vector<app::RecordKind>;

Lifetime require_lifetime(db::Connection& c, const std::string& code) {
  auto life = lifetime(c, code);
  if (!life) throw messages::error<"unit.not_found">("", code);
  return *life;
}

// The units under `code` on its last day that closed with it (itself included): a unit moved
// elsewhere and still existing keeps its work.
std::set<std::string> closed_with(db::Connection& c, const std::string& code, Date last_day) {
  std::set<std::string> out;
  for (const auto& u : subtree(c, code, last_day)) {
    auto life = lifetime(c, u);
    if (life && life->valid_to && *life->valid_to <= last_day) out.insert(u);
  }
  return out;
}

// Whether `to` may receive record `key` of `kind` (its kind's check).
bool may_receive(db::Connection& c, const app::RecordKind& kind, const std::string& key, const std::string& to,
                 Date today) {
  if (!kind.handover->check_to) return true;
  try {
    kind.handover->check_to(c, key, to, today);
    return true;
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::invalid) throw;
    return false;
  }
}

// The units that took `holder` over, or, for a unit closed without successors of its own (a
// city's office), those of its nearest ancestor that has some; only units that exist today.
std::vector<Taker> successors_of(db::Connection& c, const std::string& holder, Date last_day, Date today) {
  std::vector<std::string> chain{holder};
  for (const auto& a : ancestors(c, holder, last_day)) chain.push_back(a.code);
  for (const auto& u : chain) {
    std::vector<Taker> out;
    for (const auto& s : successors(c, u)) {
      if (auto unit = find(c, s.successor, today)) out.push_back({unit->code, unit->name});
    }
    if (!out.empty()) return out;
  }
  return {};
}

// Those of the holder's successors that record `key` may go to (none, when none of them may: a
// denunciation against an old ward goes to a superior, chosen by hand).
std::vector<Taker> takers(db::Connection& c, const app::RecordKind& kind, const std::string& key,
                          const std::vector<Taker>& successors, Date today) {
  std::vector<Taker> out;
  for (const auto& t : successors) {
    if (may_receive(c, kind, key, t.code, today)) out.push_back(t);
  }
  return out;
}

// Whether the caller may hand the record over to one of `takers` today.
bool may_hand_over(const app::Context& ctx, const app::RecordKind& kind, const std::string& key,
                   const std::vector<Taker>& takers) {
  if (!ctx.principal->can(kind.handover->permission) || !app::try_open(ctx, kind, key, app::Access::write))
    return false;
  return std::any_of(takers.begin(), takers.end(), [&](const Taker& t) { return ctx.in_scope(t.code, ctx.today()); });
}

// The open work of `code` and, for a closed unit, of the units that closed with it, each item with
// the units that may take it over.
OpenWork open_work(const app::Context& ctx, const Kinds& kinds, const std::string& code) {
  auto life = require_lifetime(ctx.db, code);
  Date today = ctx.today();
  Date last_day = life.valid_to.value_or(today);
  bool closed = life.valid_to && *life.valid_to < today;
  OpenWork work{code, name_at(ctx.db, code, last_day), life.valid_to, {}, {}};
  std::set<std::string> holders{code};
  if (closed) holders = closed_with(ctx.db, code, last_day);
  for (const auto& holder : holders) {
    std::string holder_name = name_at(ctx.db, holder, last_day);
    // Read once for the holder; each item keeps those its kind lets receive it.
    auto holder_successors = closed ? successors_of(ctx.db, holder, last_day, today) : std::vector<Taker>{};
    for (const auto& kind : kinds) {
      if (!kind.handover || !ctx.principal->can(kind.read_permission)) continue;
      for (const auto& r : kind.handover->open_in(ctx.db, holder, today)) {
        auto record = app::try_open(ctx, kind, r.key, app::Access::read);
        if (!record) continue;
        auto item_takers = takers(ctx.db, kind, r.key, holder_successors, today);
        std::vector<std::string> taker_codes;
        for (const auto& t : item_takers) {
          taker_codes.push_back(t.code);
          auto known = [&](const Taker& x) { return x.code == t.code; };
          if (std::none_of(work.takers.begin(), work.takers.end(), known)) work.takers.push_back(t);
        }
        work.items.push_back({kind.name, r.key, record->title, r.status, r.due, holder, holder_name,
                              kind.handover->field, taker_codes, record->url.empty() ? kind.link + r.key : record->url,
                              closed && may_hand_over(ctx, kind, r.key, item_takers)});
      }
    }
  }
  return work;
}

http::Response get_open_work(app::Context& ctx, const Kinds& kinds) {
  return http::Response::json(200, model::to_json(open_work(ctx, kinds, ctx.param("code"))));
}

// One record to hand over, as the request names it.
struct Move {
  const app::RecordKind* kind = nullptr;
  std::string key;
  std::string to;
  std::string from = {};  // the closed unit that holds it
};

constexpr std::size_t kMostMoves = 500;

// The moves the body asks for; Error listing every item that is malformed, names an unknown kind,
// a record that is not open work of the unit or of a unit under it, or a unit that does not exist
// today.
std::vector<Move> read_moves(const app::Context& ctx, const Kinds& kinds, const std::string& code, Date last_day,
                             Date today) {
  auto body = json::parse_object(ctx.request.body);
  json::Fields(body).allow_only({"items"});
  const bj::value* items = body.if_contains("items");
  if (!items || !items->is_array() || items->as_array().empty()) {
    throw messages::error<"handover.items_missing">("items");
  }
  if (items->as_array().size() > kMostMoves) {
    throw messages::error<"handover.too_many_items">("items", kMostMoves);
  }
  auto holders = closed_with(ctx.db, code, last_day);
  std::map<std::string, std::map<std::string, std::string>> open_keys;  // kind → key → holder, read once
  std::vector<Move> moves;
  std::vector<ErrorDetail> errors;
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t i = 0; i < items->as_array().size(); ++i) {
    auto where = fmt::format("items[{}]", i);
    try {
      const auto& item = items->as_array()[i];
      if (!item.is_object()) throw messages::error<"item.not_object">(where, where);
      json::Fields f(item.as_object());
      f.allow_only({"kind", "key", "to"});
      Move m{nullptr, f.required_string("key", 40), f.required_string("to", 32)};
      auto kind_name = f.required_string("kind", 40);
      for (const auto& k : kinds) {
        if (k.name == kind_name && k.handover) m.kind = &k;
      }
      if (!m.kind) throw messages::error<"handover.kind_unknown">("kind", kind_name);
      // Refused before anything about the records is said: a caller without the permission learns
      // nothing of them (which members an organisation has).
      ctx.require_permission(m.kind->handover->permission);
      if (!open_keys.contains(kind_name)) {
        auto& keys = open_keys[kind_name];
        for (const auto& holder : holders) {
          for (const auto& r : m.kind->handover->open_in(ctx.db, holder, today)) keys[r.key] = holder;
        }
      }
      auto held = open_keys[kind_name].find(m.key);
      if (held == open_keys[kind_name].end()) {
        throw messages::error<"handover.not_open_work">("key", m.key, kind_name, code);
      }
      m.from = held->second;
      if (!seen.insert({kind_name, m.key}).second) {
        throw messages::error<"handover.item_repeated">("key");
      }
      if (holders.contains(m.to) || !find(ctx.db, m.to, today)) {
        throw messages::error<"handover.receiver_invalid">("to", m.to);
      }
      if (m.kind->handover->check_to) m.kind->handover->check_to(ctx.db, m.key, m.to, today);
      moves.push_back(std::move(m));
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::invalid) throw;
      auto field = e.field().empty() || e.field() == where ? where : where + "." + e.field();
      errors.push_back(e.as_detail(field));
    }
  }
  if (!errors.empty()) {
    throw messages::error<"handover.invalid_items">("items").with_details(std::move(errors));
  }
  return moves;
}

http::Response post_hand_over(app::Context& ctx, const Kinds& kinds) {
  const std::string& code = ctx.param("code");
  auto life = require_lifetime(ctx.db, code);
  Date today = ctx.today();
  if (!life.valid_to || *life.valid_to >= today) {
    throw messages::error<"unit.not_closed">("", code);
  }
  ctx.require_scope(code, *life.valid_to);
  auto moves = read_moves(ctx, kinds, code, *life.valid_to, today);
  bj::array done;
  for (const auto& m : moves) {
    const auto& handover = *m.kind->handover;
    auto record = m.kind->open(ctx, m.key, app::Access::write);
    ctx.require_scope(m.to, today);
    handover.move(ctx.db, m.key, m.to);
    auto from_life = require_lifetime(ctx.db, m.from);
    Date effective = from_life.valid_to.value_or(*life.valid_to).plus_days(1);
    record_handover(ctx.db, m.kind->name, m.key, {m.from, m.to, effective}, ctx.actor());
    access::Where where = record.where;
    where.unit = m.to;
    ctx.audit("hand_over", m.kind->name, m.key, where, {{handover.field, m.from}},
              {{handover.field, m.to}, {"effective", effective.iso()}});
    done.push_back({{"kind", m.kind->name},
                    {"key", m.key},
                    {"title", record.title},
                    {"from", m.from},
                    {"to", m.to},
                    {"effective", effective.iso()}});
  }
  return http::Response::json(200, {{"items", std::move(done)}});
}

}  // namespace

void register_handover_routes(app::Api& api) {
  using namespace access::perm;
  Kinds kinds = api.record_kinds();
  api.get("/api/v1/units/{code}/open-work", kUnitsRead,
          [kinds](app::Context& ctx) { return get_open_work(ctx, kinds); });
  api.post("/api/v1/units/{code}/hand-over", kUnitsRead,
           [kinds](app::Context& ctx) { return post_hand_over(ctx, kinds); });
}

}  // namespace sen::units
