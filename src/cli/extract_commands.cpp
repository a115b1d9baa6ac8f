#include "cli/extract_commands.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/error.hpp"
#include "base/json.hpp"
#include "base/vi_number.hpp"
#include "cli/database.hpp"
#include "cli/messages.hpp"
#include "extraction/document_text.hpp"
#include "extraction/extraction.hpp"
#include "extraction/json.hpp"

namespace sen::cli {

namespace {

const char* vintage_vi(const std::string& v) {
  if (v == "plan") return "kế hoạch";
  if (v == "estimate") return "ước";
  if (v == "preliminary") return "sơ bộ";
  if (v == "official") return "chính thức";
  return "";
}

std::string measure_vi(const extraction::Proposal& p) {
  std::string number = format_vi(p.value, 6);
  if (p.measure == "percent_of_plan") return fmt::format("bằng {}% kế hoạch", number);
  if (p.measure == "percent_of_estimate") return fmt::format("bằng {}% số ước", number);
  if (p.measure == "change_on_last_year") return fmt::format("thay đổi {} {} so với cùng kỳ", number, p.unit);
  return fmt::format("{} {}", number, p.unit);
}

void print(const extraction::Proposal& p) {
  std::fputs(fmt::format("  {:<18} {} ({})\n      «{}» [{}–{}]\n", p.indicator.value_or("—"), measure_vi(p),
                         vintage_vi(p.vintage), p.quote, p.start, p.end)
                 .c_str(),
             stdout);
}

}  // namespace

int extract(const ExtractOptions& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) throw messages::error<"cli.unreadable_file">("file", o.file);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto document = extraction::document_text(bytes.str());
  auto database = open_database(o.db);
  auto proposals = database->read([&](db::Connection& c) {
    return extraction::propose(
        c, extraction::Request{o.unit, o.period, o.vintage, o.file, document.media_type, document.text, "cli"});
  });
  if (o.json) {
    std::fputs((json::serialize(extraction::to_json(proposals)) + "\n").c_str(), stdout);
    return 0;
  }
  std::fputs(fmt::format("Số liệu của chỉ tiêu ({}):\n", proposals.items.size()).c_str(), stdout);
  for (const auto& p : proposals.items) print(p);
  std::fputs(fmt::format("Gợi ý chỉ tiêu mới ({}):\n", proposals.suggestions.size()).c_str(), stdout);
  for (const auto& p : proposals.suggestions) {
    std::fputs(fmt::format("  {}: {}\n      «{}» [{}–{}]\n", p.name, measure_vi(p), p.quote, p.start, p.end).c_str(),
               stdout);
  }
  for (const auto& s : proposals.counts) {
    std::fputs(fmt::format("Số chỉ tiêu đạt: {}/{} «{}»\n", s.met, s.total, s.quote).c_str(), stdout);
  }
  return 0;
}

}  // namespace sen::cli
