#include "units/units.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/error.hpp"
#include "units/messages.hpp"
#include "units/rules.hpp"
#include "units/store.hpp"

namespace sen::units {

namespace {

constexpr int kMaxDepth = 32;

Lifetime require_lifetime(db::Connection& c, const std::string& code) {
  auto life = store::lifetime(c, code);
  if (!life) throw messages::error<"unit.not_found">("", code);
  return *life;
}

void require_open(const std::string& code, const Lifetime& life) {
  if (life.valid_to) {
    throw messages::error<"unit.closed">("", code, *life.valid_to);
  }
}

void require_version(db::Connection& c, const std::string& code, std::int64_t expected, std::int64_t actual) {
  if (!store::bump_version(c, code, expected)) throw stale_version(expected, actual);
}

// The parent must exist on `on`, and `code` must not be among its ancestors (no cycles).
void check_parent(db::Connection& c, const std::string& code, const std::string& parent, Date on) {
  check_code(parent, "parent");
  if (parent == code) {
    throw messages::error<"unit.own_parent">("parent");
  }
  if (!store::find_at(c, parent, on)) {
    throw messages::error<"unit.parent_missing">("parent", parent, on);
  }
  for (const auto& a : ancestors(c, parent, on)) {
    if (a.code == code) {
      throw messages::error<"unit.cycle">("parent", code, parent);
    }
  }
}

void check_not_before(Date date, Date earliest, const std::string& field, std::string_view what_en,
                      std::string_view what_vi) {
  if (date < earliest) {
    throw messages::error<"unit.date_order">(field, date, earliest,
                                             Localized{std::string(what_vi), std::string(what_en)});
  }
}

}  // namespace

std::optional<Lifetime> lifetime(db::Connection& c, const std::string& code) {
  return store::lifetime(c, code);
}

std::optional<Unit> find(db::Connection& c, const std::string& code, Date at) {
  return store::find_at(c, code, at);
}

std::vector<Unit> children(db::Connection& c, const std::string& code, Date at) {
  return store::children_at(c, code, at);
}

std::vector<Unit> figure_children(db::Connection& c, const std::string& code, Date at) {
  auto kids = store::children_at(c, code, at);
  std::erase_if(kids, [](const Unit& u) { return is_party_kind(u.kind); });
  return kids;
}

void require_exists(db::Connection& c, const std::string& code, const std::string& field) {
  if (!lifetime(c, code)) {
    throw messages::error<"unit.unknown">(field, code);
  }
}

Date clamp_to_lifetime(db::Connection& c, const std::string& code, Date day) {
  auto life = lifetime(c, code);
  return life ? clamp_to_life(day, life->valid_from, life->valid_to) : day;
}

std::optional<Unit> find_clamped(db::Connection& c, const std::string& code, Date at) {
  auto life = lifetime(c, code);
  if (!life) return std::nullopt;
  return find(c, code, clamp_to_life(at, life->valid_from, life->valid_to));
}

std::string name_at(db::Connection& c, const std::string& code, Date at) {
  auto u = find_clamped(c, code, at);
  return u ? u->name : code;
}

std::set<std::string> subtree(db::Connection& c, const std::string& code, Date at) {
  auto life = lifetime(c, code);
  if (!life) return {};
  return store::subtree_at(c, code, clamp_to_life(at, life->valid_from, life->valid_to));
}

std::vector<Unit> list(db::Connection& c, Date at, const std::string& after, std::size_t limit) {
  return store::list_at(c, at, after, limit);
}

std::vector<std::pair<Unit, std::vector<Succession>>> closed_before(db::Connection& c, Date at) {
  std::vector<std::pair<Unit, std::vector<Succession>>> out;
  for (auto& u : store::closed_before(c, at)) {
    auto successors = store::successors(c, u.code);
    out.emplace_back(std::move(u), std::move(successors));
  }
  return out;
}

std::vector<Unit> ancestors(db::Connection& c, const std::string& code, Date at) {
  std::vector<Unit> out;
  auto current = store::find_at(c, code, at);
  while (current && current->parent && out.size() < kMaxDepth) {
    auto parent = store::find_at(c, *current->parent, at);
    if (!parent) break;
    out.push_back(*parent);
    current = parent;
  }
  return out;
}

UnitDetail detail(db::Connection& c, const std::string& code, Date at) {
  auto life = require_lifetime(c, code);
  Date day = clamp_to_life(at, life.valid_from, life.valid_to);
  auto unit = store::find_at(c, code, day);
  if (!unit) throw messages::error<"unit.not_found">("", code);
  return UnitDetail{*unit,
                    day,
                    ancestors(c, code, day),
                    store::children_at(c, code, day),
                    store::states(c, code),
                    store::links(c, code),
                    store::predecessors(c, code),
                    store::successors(c, code)};
}

std::int64_t hierarchy_version(db::Connection& c) {
  return store::hierarchy_version(c);
}

std::set<std::string> parents_ever(db::Connection& c, const std::string& code) {
  std::set<std::string> parents;
  for (const auto& link : store::links(c, code)) parents.insert(link.parent);
  return parents;
}

Unit create(db::Connection& c, const NewUnit& u) {
  check_code(u.code);
  if (auto existing = store::lifetime(c, u.code)) {
    std::string when_vi =
        existing->valid_to ? fmt::format(", đã giải thể sau ngày {}", existing->valid_to->vietnamese()) : "";
    std::string when_en = existing->valid_to ? fmt::format(", closed after {}", existing->valid_to->iso()) : "";
    throw messages::error<"unit.code_taken">("code", u.code, existing->valid_from, Localized{when_vi, when_en});
  }
  if (u.parent) check_parent(c, u.code, *u.parent, u.valid_from);
  store::insert_unit(c, u);
  store::bump_hierarchy_version(c);
  store::insert_state(c, u.code, UnitState{u.valid_from, std::nullopt, u.name, u.name_en, u.kind});
  if (u.parent) store::insert_link(c, u.code, UnitLink{*u.parent, u.valid_from, std::nullopt});
  return *store::find_at(c, u.code, u.valid_from);
}

Unit change(db::Connection& c, const std::string& code, const UnitChange& ch) {
  auto life = require_lifetime(c, code);
  require_open(code, life);
  if (!ch.name && !ch.name_en && !ch.kind && !ch.parent && !ch.source) {
    throw messages::error<"unit.nothing_to_change">("");
  }
  require_version(c, code, ch.version, life.version);

  auto states = store::states(c, code);
  auto links = store::links(c, code);
  const UnitState& latest = states.back();
  UnitState next = latest;
  if (ch.name) next.name = *ch.name;
  if (ch.name_en) next.name_en = *ch.name_en;
  if (ch.kind) next.kind = *ch.kind;
  bool state_changes = ch.name || ch.name_en || ch.kind;

  if (ch.effective_from) {
    Date from = *ch.effective_from;
    check_not_before(from, life.valid_from.plus_days(1), "effective_from", "the unit's first day",
                     "ngày thành lập đơn vị");
    if (state_changes) {
      check_not_before(from, latest.valid_from.plus_days(1), "effective_from", "the last change of name or kind",
                       "lần đổi tên hoặc loại gần nhất");
      store::end_latest_state(c, code, from.plus_days(-1));
      next.valid_from = from;
      next.valid_to = std::nullopt;
      store::insert_state(c, code, next);
    }
    if (ch.parent) {
      if (!links.empty()) {
        check_not_before(from, links.back().valid_from.plus_days(1), "effective_from", "the last change of parent",
                         "lần đổi cấp trên gần nhất");
      }
      check_parent(c, code, *ch.parent, from);
      store::end_latest_link(c, code, from.plus_days(-1));
      store::insert_link(c, code, UnitLink{*ch.parent, from, std::nullopt});
    }
  } else {
    if (state_changes) store::correct_latest_state(c, code, next);
    if (ch.parent) {
      Date since = links.empty() ? life.valid_from : links.back().valid_from;
      check_parent(c, code, *ch.parent, since);
      if (links.empty())
        store::insert_link(c, code, UnitLink{*ch.parent, since, std::nullopt});
      else
        store::correct_latest_link_parent(c, code, *ch.parent);
    }
  }
  if (ch.source) store::set_source(c, code, ch.source);
  if (state_changes || ch.parent) store::bump_hierarchy_version(c);
  Date shown =
      ch.effective_from ? *ch.effective_from : clamp_to_life(today_in_vietnam(), life.valid_from, life.valid_to);
  return *store::find_at(c, code, shown);
}

Unit close(db::Connection& c, const std::string& code, const UnitClosure& cl) {
  auto life = require_lifetime(c, code);
  require_open(code, life);
  require_version(c, code, cl.version, life.version);
  auto states = store::states(c, code);
  auto links = store::links(c, code);
  Date latest_change = states.back().valid_from;
  if (!links.empty()) latest_change = std::max(latest_change, links.back().valid_from);
  check_not_before(cl.last_day, latest_change, "valid_to", "the unit's last recorded change",
                   "lần thay đổi gần nhất của đơn vị");

  auto remaining = store::children_after(c, code, cl.last_day);
  if (!remaining.empty()) {
    std::string list;
    for (const auto& r : remaining) list += (list.empty() ? "" : ", ") + r;
    throw messages::error<"unit.has_children">("valid_to", remaining.size(), cl.last_day, list);
  }
  Date next_day = cl.last_day.plus_days(1);
  auto sorted = cl.successors;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    throw messages::error<"unit.successors_repeated">("successors");
  }
  for (const auto& s : cl.successors) {
    check_code(s, "successors");
    if (s == code || !store::find_at(c, s, next_day)) {
      throw messages::error<"unit.successor_missing">("successors", s, next_day);
    }
  }
  store::set_valid_to(c, code, cl.last_day);
  store::bump_hierarchy_version(c);
  store::end_latest_state(c, code, cl.last_day);
  store::end_latest_link(c, code, cl.last_day);
  for (const auto& s : cl.successors) store::insert_succession(c, Succession{code, s, next_day});
  return *store::find_at(c, code, cl.last_day);
}

}  // namespace sen::units
