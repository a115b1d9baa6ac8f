// Report drafts (dự thảo báo cáo): created for a unit, a kind, a period and an issuer; the
// officer's own text written part by part, each part with a version so that two editors do not
// overwrite each other; the document previewed as it will print; issued once with its number,
// date and signer, after which it is frozen — its files as issued are kept with their SHA-256 and
// later data never change them. A corrected report is a new draft. Functions run in the caller's
// transaction and throw sen::Error for what the user must fix.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/period.hpp"
#include "db/connection.hpp"
#include "reports/drafts_model.hpp"
#include "reports/model.hpp"
#include "reports/render.hpp"

namespace sen::reports {

using May = std::function<bool(std::string_view)>;

struct NewDraft {
  std::string unit;
  std::string kind;  // annual | periodic
  Period period;
  Issuer issuer = Issuer::party;
};

// Its parts are those of narrative.hpp, all blank but the recipients: those of the unit's latest
// draft by the same issuer, else the hierarchy's. Error invalid naming "period" when it does not
// suit the kind (annual: a year; periodic: part of one); unprocessable naming "period" when the
// unit did not exist in the period or had ceased by its default date.
Draft create_draft(db::Connection& c, const NewDraft& d, const std::string& actor);

Draft draft(db::Connection& c, std::int64_t id);  // Error not_found
std::vector<Draft> drafts_of(db::Connection& c, const std::string& unit);

// Error not_found for a part the draft has not; conflict when the draft is issued (code
// "report.issued") or `version` is stale.
DraftSection write_section(db::Connection& c, std::int64_t id, const std::string& key, const std::string& text,
                           std::int64_t version, const std::string& actor);

// The date a draft prints until it is issued: the end of its reporting window (report_date.hpp).
Date draft_date(db::Connection& c, const Draft& d);

// The report of a draft not yet issued, as it will print: computed from the records now, dated
// draft_date(), with the sections the reader may see.
Report draft_report(db::Connection& c, const Draft& d, const May& may);

struct Issue {
  std::string number;
  Date date;
  std::string signer;
};

// Freezes the draft: the report dated `i.date` with its number and signer, as the issuer may see
// it, rendered in every format and kept with the SHA-256 of each file. Error conflict when it is
// issued already; unprocessable naming "date" when before the period began, after `today` or
// after the unit ceased, naming "number" when another report of the unit and issuer has it that
// year.
Draft issue(db::Connection& c, std::int64_t id, const Issue& i, const May& may, Date today, const std::string& actor);

// The bytes of an issued draft's document as issued. Error forbidden unless the reader may see
// every section it holds.
std::string issued_document(db::Connection& c, const Draft& d, Format f, const May& may);

// The issuer's name in the API: "party" or "state".
const char* issuer_code(Issuer issuer);

}  // namespace sen::reports
