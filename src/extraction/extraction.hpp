// The extraction module: what the API and the CLI call. Each function runs in the caller's
// transaction and throws sen::Error for what the user must fix.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "extraction/model.hpp"
#include "targets/model.hpp"

namespace sen::extraction {

// Every indicator with its words (indicators without words never match).
std::vector<CatalogueEntry> catalogue(db::Connection& c);

std::vector<IndicatorWords> all_words(db::Connection& c);
// The words of an indicator; empty lists and version 0 when none were set. Error not_found for
// an unknown indicator.
IndicatorWords words(db::Connection& c, const std::string& indicator);
// Replaces the phrases (trimmed; each 2–200 characters, no repeats); Error conflict when
// `expected_version` is stale (0 when none were set yet).
IndicatorWords set_words(db::Connection& c, IndicatorWords w, std::int64_t expected_version);

struct Request {
  std::string unit;
  std::string period;
  std::string vintage = "preliminary";  // for figures stated as done
  std::optional<std::string> document;  // file name or title
  std::string media_type = "text/plain";
  std::string text;
  std::string created_by;
};

struct Extraction {
  std::int64_t id = 0;
  Request request;
  std::string created_at;
  Proposals proposals;
  std::vector<std::int64_t> accepted;  // values written from it
};

// Checks the request as create does and reads it, without storing anything.
Proposals propose(db::Connection& c, const Request& r);
// Checks the request (text not empty, a period that parses, a unit that exists during it, a
// known vintage), reads the text against the catalogue and stores the proposals.
Extraction create(db::Connection& c, Request r);
Extraction find(db::Connection& c, std::int64_t id);  // Error not_found
// The extractions of a unit and period, newest first, without text and proposals.
std::vector<Extraction> list(db::Connection& c, const std::string& unit, const std::string& period);

// A figure the officer accepts, as proposed or edited.
struct Acceptance {
  std::string indicator;
  double value = 0;
  std::string vintage;
  std::optional<std::string> quote;  // with start and end: must be that span of the text
  std::optional<std::size_t> start, end;
};

// Writes each figure as a value of the extraction's unit and period (targets::record_value),
// with the document and the quote as its source. All or nothing: the first bad figure is an
// Error naming `items[i].<field>`.
std::vector<targets::Value> accept(db::Connection& c, const Extraction& e, const std::vector<Acceptance>& items,
                                   const std::string& by);

}  // namespace sen::extraction
