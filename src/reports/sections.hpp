// The computed sections of a report, each from one module's interface (internal to reports/).
// Each is nullopt when it has nothing to say: no sentence of zero counts, no empty table.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "reports/model.hpp"

namespace sen::reports {

struct Scope {
  db::Connection& c;
  std::string unit;
  Period period;
  Date today;  // the report's date: statuses and deadlines are judged on it
  Issuer issuer;
  std::set<std::string> subtree;  // the unit and the units under it at the period's end

  // The last day of the data: the cut-off's last day for part of a year; the report's date for a
  // year (what was paid "tính đến ngày …").
  Date data_until() const;
  // The days whose events the report counts (letters received, cases and decisions): its data
  // cut-off window for part of a year, as its heading states; the calendar year for a year.
  DateRange counted_days() const;
};

// Kết quả thực hiện các chỉ tiêu: judged against the period's own targets; for part of a year
// without its own targets, the period's figures against the year's targets. A state report leaves
// out the figures taken from the Party's records (admissions, ratings).
std::optional<Section> targets_section(Scope& x);

// Thực hiện các nhiệm vụ được giao: tasks due in the period by status, the directives of the
// period with their tasks' status, the overdue tasks.
std::optional<Section> tasks_section(Scope& x);

// Đầu tư công: the year's capital plan of the projects managed in the subtree and what was paid
// up to data_until().
std::optional<Section> investment_section(Scope& x);

// Công tác xây dựng Đảng: inspection, supervision and discipline; ratings; admissions.
std::optional<Section> party_section(Scope& x);

// Tiếp công dân, giải quyết đơn thư: the letters' statistics and the long-unresolved cases.
std::optional<Section> petitions_section(Scope& x);

// The next year's targets as a table; nullopt when there is none.
std::optional<Table> next_year_targets(Scope& x);

// Cells of tables.
Cell text_cell(std::string s);
Cell number_cell(double v, int decimals);
Cell count_cell(int n);
Cell percent_cell(std::optional<double> p);  // "152%" or "" without a value

// Illustrative figures (invented by the demo data, flagged in the database) carry a mark where
// they are printed, and the section that prints one ends with the note saying what it means.
inline constexpr const char* kIllustrativeMark = " (*)";
inline constexpr const char* kIllustrativeNote =
    "(*) Số liệu minh họa: dữ liệu mẫu nhập để trình diễn, không phải số liệu báo cáo chính thức.";
inline constexpr const char* kIllustrativeReport =
    "Báo cáo có số liệu minh họa (dữ liệu mẫu), đánh dấu (*), không phải số liệu chính thức.";
Cell marked(Cell c, bool illustrative, const char* mark = kIllustrativeMark);  // the cell with the mark when set
// "…, vượt kế hoạch." → "…, vượt kế hoạch (*)." when illustrative.
std::string marked(std::string sentence, bool illustrative, const char* mark = kIllustrativeMark);
// Whether the section prints a mark; if so, adds the note at its end.
bool add_illustrative_note(Section& s);

// Figures derived through a reorganisation's lineage (a unit's figure of a period outside its
// lifetime, from its predecessors' or successors') carry their own mark, and the section ends with
// a note naming each path: which unit's figure, to which unit, with what share.
inline constexpr const char* kDerivedMark = " (**)";
// "(**) Số liệu suy ra qua sắp xếp đơn vị hành chính …: <paths>." when any path is given.
void add_derived_note(Section& s, const std::vector<std::string>& paths);

}  // namespace sen::reports
