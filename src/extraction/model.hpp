// Reading a narrative report (đọc báo cáo): the figures it states, proposed for review.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sen::extraction {

// The words that name an indicator in reports, and those that must never be taken for it.
struct IndicatorWords {
  std::string indicator;
  std::vector<std::string> names;
  std::vector<std::string> excluded;
  bool illustrative = false;
  std::optional<std::string> source;
  std::int64_t version = 0;  // 0: never written
  std::optional<std::string> updated_by;
  std::optional<std::string> updated_at;
};

// An indicator as the extractor sees it.
struct CatalogueEntry {
  std::string code;
  std::string name;
  std::string measure;  // unit of measure as written: "tỷ đồng", "%", "cây"
  int decimals = 0;
  std::vector<std::string> names;
  std::vector<std::string> excluded;
};

// A figure the text states. `start` and `end` count code points; quote is the text between.
struct Proposal {
  std::optional<std::string> indicator;  // the catalogue's code; absent in a suggestion
  std::string name;                      // the indicator's name, or the words of the text that name the figure
  double value = 0;                      // in `unit`
  std::string unit;                      // the indicator's unit of measure; "%" for percentages
  std::string measure;                   // value | percent_of_plan | percent_of_estimate | change_on_last_year
  std::string vintage;                   // plan | estimate | preliminary | official
  std::string as_written;                // "548.291 triệu đồng"
  std::optional<std::string> approx;     // over ("trên", "hơn") | under ("gần", "không quá") | about ("khoảng")
  std::string quote;
  std::size_t start = 0, end = 0;
};

// "17/20 chỉ tiêu đạt và vượt kế hoạch"
struct CountStatement {
  int met = 0;
  int total = 0;
  std::string quote;
  std::size_t start = 0, end = 0;
};

struct Proposals {
  std::vector<Proposal> items;        // figures of indicators of the catalogue
  std::vector<Proposal> suggestions;  // figures of things the catalogue lacks
  std::vector<CountStatement> counts;
};

}  // namespace sen::extraction
