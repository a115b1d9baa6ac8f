#include "units/lineage.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "base/error.hpp"
#include "units/lineage_store.hpp"
#include "units/messages.hpp"
#include "units/store.hpp"
#include "units/units.hpp"

namespace sen::units {

namespace {

// Rounding of decimal shares (1/3 written as 0.3333…) is tolerated up to this much.
constexpr double kShareTolerance = 1e-6;

bool is_indicator_code(const std::string& basis) {
  return !basis.empty() && basis[0] >= 'A' && basis[0] <= 'Z' && std::all_of(basis.begin(), basis.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
  });
}

void check_basis(const std::string& basis) {
  bool known = std::find(kShareBases.begin(), kShareBases.end(), basis) != kShareBases.end();
  if (!known && !is_indicator_code(basis)) {
    throw messages::error<"lineage.basis_invalid">("basis", basis);
  }
}

std::vector<LineageLink> links_of(db::Connection& c, const std::vector<Succession>& successions,
                                  const std::vector<SuccessionShare>& shares, bool predecessors) {
  std::vector<LineageLink> out;
  for (const auto& s : successions) {
    const std::string& other = predecessors ? s.predecessor : s.successor;
    LineageLink link{s.predecessor, s.successor, s.effective, name_at(c, other, s.effective), {}};
    for (const auto& sh : shares) {
      if (sh.predecessor == s.predecessor && sh.successor == s.successor) link.shares.push_back(sh);
    }
    out.push_back(std::move(link));
  }
  return out;
}

}  // namespace

Lineage lineage(db::Connection& c, const std::string& code) {
  if (!lifetime(c, code)) throw messages::error<"unit.not_found">("", code);
  auto shares = store::shares_involving(c, code);
  return Lineage{code, links_of(c, store::predecessors(c, code), shares, true),
                 links_of(c, store::successors(c, code), shares, false)};
}

std::vector<SuccessionShare> record_shares(db::Connection& c, const std::string& predecessor, const ShareSet& set) {
  if (!lifetime(c, predecessor)) throw messages::error<"unit.not_found">("", predecessor);
  check_basis(set.basis);
  if (set.legal_source.empty()) {
    throw messages::error<"lineage.legal_source_missing">("legal_source");
  }
  std::set<std::string> successors_of;
  for (const auto& s : store::successors(c, predecessor)) successors_of.insert(s.successor);
  if (successors_of.empty()) {
    throw messages::error<"lineage.no_successors">("parts", predecessor);
  }
  std::set<std::string> seen;
  double total = 0;
  for (std::size_t i = 0; i < set.parts.size(); ++i) {
    const auto& p = set.parts[i];
    std::string field = fmt::format("parts[{}].successor", i);
    if (!successors_of.count(p.successor)) {
      throw messages::error<"lineage.not_successor">(field, p.successor, predecessor);
    }
    if (!seen.insert(p.successor).second) {
      throw messages::error<"lineage.successor_repeated">(field, p.successor);
    }
    total += p.share;
  }
  if (std::abs(total - 1) > kShareTolerance) {
    throw messages::error<"lineage.shares_total">("parts", predecessor, set.basis, total);
  }
  store::delete_shares(c, predecessor, set.basis);
  std::vector<SuccessionShare> out;
  for (const auto& p : set.parts) {
    SuccessionShare s{predecessor, p.successor, set.basis, p.share, set.legal_source, set.illustrative};
    store::insert_share(c, s);
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<SuccessionShare> share(db::Connection& c, const std::string& predecessor, const std::string& successor,
                                     const std::string& basis) {
  return store::find_share(c, predecessor, successor, basis);
}

std::vector<Succession> root_predecessors(db::Connection& c, const std::string& code) {
  auto all = store::predecessors(c, code);
  std::set<std::string> codes;
  for (const auto& p : all) codes.insert(p.predecessor);
  std::vector<Succession> out;
  for (const auto& p : all) {
    bool under_another = false;
    for (const auto& a : ancestors(c, p.predecessor, p.effective.plus_days(-1))) {
      under_another = under_another || codes.count(a.code) > 0;
    }
    if (!under_another) out.push_back(p);
  }
  return out;
}

std::vector<Succession> successors(db::Connection& c, const std::string& code) {
  return store::successors(c, code);
}

std::optional<Error> absent_during(db::Connection& c, const std::string& code, DateRange days) {
  auto life = units::lifetime(c, code);
  if (!life || life->overlaps(days.first, days.last)) return std::nullopt;
  bool before = days.last < life->valid_from;
  std::vector<std::string> others;
  if (before) {
    for (const auto& r : root_predecessors(c, code)) others.push_back(r.predecessor);
  } else {
    for (const auto& s : successors(c, code)) others.push_back(s.successor);
  }
  std::string names;
  for (const auto& o : others) {
    names += (names.empty() ? "" : ", ") + name_at(c, o, before ? days.last : days.first);
  }
  auto name = name_at(c, code, before ? life->valid_from : *life->valid_to);
  if (before) {
    return names.empty() ? messages::error<"unit.formed_after">("period", name, life->valid_from)
                         : messages::error<"unit.formed_after_from">("period", name, life->valid_from, names);
  }
  return names.empty() ? messages::error<"unit.closed_before">("period", name, *life->valid_to)
                       : messages::error<"unit.closed_before_into">("period", name, *life->valid_to, names);
}

}  // namespace sen::units
