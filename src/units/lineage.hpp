// Lineage (kế thừa): what part of a closed unit went to each successor, on a stated basis with its
// legal source, and which predecessors make up a unit. Figures across a reorganisation are derived
// through it (targets/lineage.cpp; docs/targets.md, "Across a reorganisation").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/model.hpp"
#include "base/period.hpp"
#include "base/request.hpp"
#include "db/connection.hpp"
#include "units/model.hpp"

namespace sen::units {

// Bases every unit may use; an indicator's code is a basis for that indicator alone.
inline const std::vector<std::string> kShareBases = {"population", "area"};

// The part of `predecessor` that went to `successor` on `basis` (0 to 1).
struct SuccessionShare {
  std::string predecessor;
  std::string successor;
  std::string basis;  // population | area | an indicator's code
  double share = 0;
  std::string legal_source;
  bool illustrative = false;
};
BOOST_DESCRIBE_STRUCT(SuccessionShare, (), (predecessor, successor, basis, share, legal_source, illustrative))

// One successor's part, as a request records it.
struct SharePart {
  std::string successor;
  double share = 0;
};
BOOST_DESCRIBE_STRUCT(SharePart, (), (successor, share))
inline const std::vector<json::Rule> kSharePartRequest = {json::Rule::line("successor", 32).needed(),
                                                          json::Rule::number("share", 0, 1).needed()};

// A predecessor's shares on one basis; recording them replaces those it had on that basis.
struct ShareSet {
  std::string basis;
  std::string legal_source;
  bool illustrative = false;
  std::vector<SharePart> parts;
};

// One succession seen from a unit: the other unit, its name and the shares recorded.
struct LineageLink {
  std::string predecessor;
  std::string successor;
  Date effective;
  std::string name;  // the other unit's name (as it last stood, for a closed one)
  std::vector<SuccessionShare> shares;
};
BOOST_DESCRIBE_STRUCT(LineageLink, (), (predecessor, successor, effective, name, shares))

struct Lineage {
  std::string code;
  std::vector<LineageLink> predecessors;
  std::vector<LineageLink> successors;
};
BOOST_DESCRIBE_STRUCT(Lineage, (), (code, predecessors, successors))

// The unit's predecessors and successors with their shares. Error not_found for an unknown code.
Lineage lineage(db::Connection& c, const std::string& code);

// Records `set` for the closed unit `predecessor`: every part names one of its successors once,
// and the parts add up to 1. Error invalid naming the field otherwise.
std::vector<SuccessionShare> record_shares(db::Connection& c, const std::string& predecessor, const ShareSet& set);

// The share of `predecessor` that went to `successor` on `basis`; nullopt when none is recorded.
std::optional<SuccessionShare> share(db::Connection& c, const std::string& predecessor, const std::string& successor,
                                     const std::string& basis);

// The predecessors whose parts make up `code`: those that were not, on their last day, under
// another of its predecessors (the city, not also its wards). Oldest first by code.
std::vector<Succession> root_predecessors(db::Connection& c, const std::string& code);

std::vector<Succession> successors(db::Connection& c, const std::string& code);

// Why a unit has no records of its own on `days` — formed after them or closed before them — as
// an Error (unprocessable, naming "period") that says whose records they are; nullopt when it
// existed on some day of them (or no unit has the code).
std::optional<Error> absent_during(db::Connection& c, const std::string& code, DateRange days);

}  // namespace sen::units
