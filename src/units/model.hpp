// Units (đơn vị): administrative units, party organisations and agencies in one hierarchy
// that changes over time. Every attribute that can change carries the dates it holds for.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/model.hpp"
#include "base/request.hpp"

namespace sen::units {

// The kind of a unit, written by name in the API and the database.
enum class UnitKind {
  nation,              // cả nước: the country above its provinces (a national view)
  province,            // tỉnh, thành phố trực thuộc trung ương
  city,                // thành phố thuộc tỉnh
  town,                // thị xã
  district,            // huyện, quận
  ward,                // phường
  commune,             // xã
  township,            // thị trấn
  special_zone,        // đặc khu
  party_committee,     // đảng bộ
  party_organization,  // đảng bộ cơ sở
  party_cell,          // chi bộ
  agency,              // cơ quan, phòng, ban
};
BOOST_DESCRIBE_ENUM(UnitKind, nation, province, city, town, district, ward, commune, township, special_zone,
                    party_committee, party_organization, party_cell, agency)

// Party organisations form the Party's own hierarchy beside the administrative one.
inline bool is_party_kind(UnitKind kind) {
  return kind == UnitKind::party_committee || kind == UnitKind::party_organization || kind == UnitKind::party_cell;
}

// A unit as it stands on one day.
struct Unit {
  std::string code;  // official code (GSO code where one exists); permanent, never reused
  std::string name;
  std::optional<std::string> name_en;
  UnitKind kind = UnitKind::ward;
  std::optional<std::string> parent;  // parent's code on that day; none for a root
  Date valid_from;
  std::optional<Date> valid_to;  // last day it exists (inclusive); none while it exists
  bool illustrative = false;     // invented by the demo data, not official
  std::optional<std::string> source;
  std::int64_t version = 1;
};
BOOST_DESCRIBE_STRUCT(Unit, (),
                      (code, name, name_en, kind, parent, valid_from, valid_to, illustrative, source, version))

// When a code exists, whatever its name and parent.
struct Lifetime {
  Date valid_from;
  std::optional<Date> valid_to;
  std::int64_t version = 1;

  bool overlaps(Date first, Date last) const { return valid_from <= last && (!valid_to || *valid_to >= first); }
};
BOOST_DESCRIBE_STRUCT(Lifetime, (), (valid_from, valid_to, version))

// Name and kind from one date to another.
struct UnitState {
  Date valid_from;
  std::optional<Date> valid_to;
  std::string name;
  std::optional<std::string> name_en;
  UnitKind kind = UnitKind::ward;
};
BOOST_DESCRIBE_STRUCT(UnitState, (), (valid_from, valid_to, name, name_en, kind))

struct UnitLink {
  std::string parent;
  Date valid_from;
  std::optional<Date> valid_to;
};
BOOST_DESCRIBE_STRUCT(UnitLink, (), (parent, valid_from, valid_to))

// A unit that took over from a closed one (merger, split).
struct Succession {
  std::string predecessor;
  std::string successor;
  Date effective;  // first day of the successor's responsibility
};
BOOST_DESCRIBE_STRUCT(Succession, (), (predecessor, successor, effective))

struct UnitDetail {
  Unit unit;
  Date at;                      // the day the unit, children and ancestors are shown for
  std::vector<Unit> ancestors;  // parent first, root last
  std::vector<Unit> children;
  std::vector<UnitState> states;  // oldest first
  std::vector<UnitLink> links;    // oldest first
  std::vector<Succession> predecessors;
  std::vector<Succession> successors;
};

struct NewUnit {
  std::string code;
  std::string name;
  std::optional<std::string> name_en;
  UnitKind kind = UnitKind::ward;
  std::optional<std::string> parent;
  Date valid_from;
  bool illustrative = false;
  std::optional<std::string> source;
};
BOOST_DESCRIBE_STRUCT(NewUnit, (), (code, name, name_en, kind, parent, valid_from, illustrative, source))
// What a request creating a unit may set, besides its kind: a unit kind is read by the route
// (kind_named in units/rules.hpp), refused as unit.kind_unknown rather than field.invalid_choice.
inline const std::vector<json::Rule> kNewUnitRequest = {
    json::Rule::line("code", 32).needed(), json::Rule::line("name").needed(), json::Rule::line("name_en"),
    json::Rule::line("parent", 32),        json::Rule{"valid_from", true},    json::Rule{"illustrative"},
    json::Rule::line("source", 2000)};

// An edit. With effective_from the change holds from that day on and history is kept;
// without it the current record is corrected in place.
struct UnitChange {
  std::int64_t version = 0;  // the version the editor saw
  std::optional<std::string> name;
  std::optional<std::string> name_en;
  std::optional<UnitKind> kind;
  std::optional<std::string> parent;
  std::optional<Date> effective_from;
  std::optional<std::string> source;
};
BOOST_DESCRIBE_STRUCT(UnitChange, (), (version, name, name_en, kind, parent, effective_from, source))
// What a request changing a unit may set, besides its kind (read by the route, as for a creation).
inline const std::vector<json::Rule> kUnitChangeRequest = {
    json::Rule{"version", true},    json::Rule::line("name"),     json::Rule::line("name_en"),
    json::Rule::line("parent", 32), json::Rule{"effective_from"}, json::Rule::line("source", 2000)};

struct UnitClosure {
  std::int64_t version = 0;
  Date last_day;                        // the unit's last day of existence
  std::vector<std::string> successors;  // units that take over on the next day
};

}  // namespace sen::units
