// The report as a workbook: the header on a first sheet, then one sheet per section; numbers are
// written as numbers with a format of their decimals, so that they can be summed.
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include "reports/render.hpp"

namespace sen::reports {

namespace {

// A sheet name Excel accepts: at most 31 characters (counted as bytes here, cut at a letter's
// start), none of []:*?/\, unique within the workbook.
std::string sheet_name(const std::string& wanted, std::set<std::string>& used) {
  std::string name;
  for (char c : wanted) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) name += c;
  }
  while (name.size() > 28) {
    name.pop_back();
    while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
    if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
  }
  if (name.empty()) name = "Sheet";
  std::string unique = name;
  for (int n = 2; used.count(unique); ++n) unique = fmt::format("{} {}", name, n);
  used.insert(unique);
  return unique;
}

class Workbook {
 public:
  explicit Workbook(const std::string& path) : book_(workbook_new(path.c_str())) {
    if (!book_) throw std::runtime_error("xlsx: cannot create the workbook");
    bold_ = workbook_add_format(book_);
    format_set_bold(bold_);
    header_ = workbook_add_format(book_);
    format_set_bold(header_);
    format_set_border(header_, LXW_BORDER_THIN);
    format_set_text_wrap(header_);
    wrap_ = workbook_add_format(book_);
    format_set_text_wrap(wrap_);
    format_set_border(wrap_, LXW_BORDER_THIN);
  }
  ~Workbook() {
    if (book_) workbook_close(book_);
  }
  void close() {
    auto error = workbook_close(book_);
    book_ = nullptr;
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("xlsx: ") + lxw_strerror(error));
  }
  lxw_worksheet* sheet(const std::string& name) { return workbook_add_worksheet(book_, name.c_str()); }
  lxw_format* number(int decimals) {
    auto it = numbers_.find(decimals);
    if (it != numbers_.end()) return it->second;
    lxw_format* f = workbook_add_format(book_);
    format_set_num_format(f, decimals > 0 ? ("#,##0." + std::string(decimals, '0')).c_str() : "#,##0");
    format_set_border(f, LXW_BORDER_THIN);
    return numbers_[decimals] = f;
  }
  lxw_format* bold_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* wrap_ = nullptr;

 private:
  lxw_workbook* book_;
  std::map<int, lxw_format*> numbers_;
};

void write_table(Workbook& book, lxw_worksheet* ws, lxw_row_t& row, const Table& t) {
  for (lxw_col_t c = 0; c < t.columns.size(); ++c) {
    worksheet_write_string(ws, row, c, t.columns[c].c_str(), book.header_);
    worksheet_set_column(ws, c, c, t.widths.size() > c ? t.widths[c] * 12 : 14, nullptr);
  }
  ++row;
  for (std::size_t r = 0; r < t.rows.size(); ++r, ++row) {
    if (r < t.group_rows.size() && t.group_rows[r]) {
      worksheet_write_string(ws, row, 0, t.rows[r].at(0).text.c_str(), book.bold_);
      continue;
    }
    for (lxw_col_t c = 0; c < t.rows[r].size(); ++c) {
      const auto& cell = t.rows[r][c];
      if (cell.number) {
        // A percentage cell holds the percent as printed (152 for 152%), not a fraction.
        worksheet_write_number(ws, row, c, *cell.number, book.number(cell.decimals));
      } else {
        worksheet_write_string(ws, row, c, cell.text.c_str(), book.wrap_);
      }
    }
  }
  ++row;
}

}  // namespace

std::string render_xlsx(const Report& r) {
  // libxlsxwriter writes files only: a temporary one, unique to this process and call.
  static std::atomic<unsigned> calls = 0;
  auto path = std::filesystem::temp_directory_path() / fmt::format("sen-report-{}-{}.xlsx", ::getpid(), calls++);
  {
    Workbook book(path.string());
    std::set<std::string> used;
    const auto& h = r.header;
    auto* cover = book.sheet(sheet_name("Báo cáo", used));
    worksheet_set_column(cover, 0, 0, 90, nullptr);
    lxw_row_t row = 0;
    for (const auto& line :
         {h.superior, h.issuer, h.number, h.motto, h.motto_second, h.place_date, std::string(), h.kind, h.subject}) {
      if (!line.empty()) worksheet_write_string(cover, row, 0, line.c_str(), book.bold_);
      ++row;
    }
    for (const auto& s : r.sections) {
      auto* ws = book.sheet(sheet_name(s.sheet, used));
      row = 0;
      worksheet_set_column(ws, 0, 0, 40, nullptr);
      if (!s.title.empty()) worksheet_write_string(ws, row++, 0, s.title.c_str(), book.bold_);
      for (const auto& block : s.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
          worksheet_write_string(ws, row++, 0, p->text.c_str(), nullptr);
        } else if (const auto* b = std::get_if<Bullets>(&block)) {
          for (const auto& item : b->items) worksheet_write_string(ws, row++, 0, ("- " + item).c_str(), nullptr);
        } else {
          write_table(book, ws, row, std::get<Table>(block));
        }
      }
    }
    book.close();
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

}  // namespace sen::reports
