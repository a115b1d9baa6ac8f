// `sen report annual|periodic`: a report of a unit written to a file (or standard output).
#pragma once
#include <string>

namespace sen::cli {

struct ReportRequest {
  std::string db;
  std::string unit;
  std::string period;  // a year for the annual report
  std::string format = "docx";
  std::string output;  // "-" or empty: standard output
  std::string issuer = "party";
  std::string number;  // blank in the header when empty
  std::string date;    // the report's date (default: today in Vietnam)
};

int report(const ReportRequest& r, bool annual);

}  // namespace sen::cli
