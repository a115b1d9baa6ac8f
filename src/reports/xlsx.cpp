// The report as a workbook in Times New Roman: a first sheet with the header in its two columns
// (the star under a Party committee's name), the title and the closing; then one sheet per section.
// Numbers are written as numbers with a format of their decimals — a target keeps its comparator
// in the format ("≥ 547.075" holds 547075) — so that they can be summed.
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
#include <tuple>

#include "base/vi_number.hpp"
#include "reports/form.hpp"
#include "reports/render.hpp"

namespace sen::reports {

namespace {

constexpr const char* kFont = "Times New Roman";
constexpr double kSize = 12;

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

// Quotes text for a number format: "≥ " → "\"≥ \"".
std::string quoted(const std::string& text) {
  return text.empty() ? "" : "\"" + text + "\"";
}

class Workbook {
 public:
  explicit Workbook(const std::string& path) : book_(workbook_new(path.c_str())) {
    if (!book_) throw std::runtime_error("xlsx: cannot create the workbook");
    plain_ = add(false, false, false, false);
    bold_ = add(true, false, false, false);
    header_ = add(true, false, false, true);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_CENTER);
    format_set_align(header_, LXW_ALIGN_VERTICAL_CENTER);
    wrap_ = add(false, false, false, true);
    format_set_text_wrap(wrap_);
  }
  ~Workbook() {
    if (book_) workbook_close(book_);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  void close() {
    auto error = workbook_close(book_);
    book_ = nullptr;
    if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("xlsx: ") + lxw_strerror(error));
  }
  lxw_worksheet* sheet(const std::string& name) { return workbook_add_worksheet(book_, name.c_str()); }

  // A format in Times New Roman at `size` (the workbook's 12 pt when 0).
  lxw_format* add(bool bold, bool italic, bool underline, bool border, double size = 0) {
    lxw_format* f = workbook_add_format(book_);
    format_set_font_name(f, kFont);
    format_set_font_size(f, size > 0 ? size : kSize);
    if (bold) format_set_bold(f);
    if (italic) format_set_italic(f);
    if (underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
    if (border) format_set_border(f, LXW_BORDER_THIN);
    return f;
  }
  // A centred line of the header in the form's type.
  lxw_format* centred(const Type& t) {
    lxw_format* f = add(t.bold, t.italic, t.underline, false, t.size);
    format_set_align(f, LXW_ALIGN_CENTER);
    return f;
  }
  lxw_format* number(int decimals, const std::string& prefix, const std::string& suffix) {
    auto key = std::tuple{decimals, prefix, suffix};
    auto it = numbers_.find(key);
    if (it != numbers_.end()) return it->second;
    lxw_format* f = add(false, false, false, true);
    std::string digits = decimals > 0 ? "#,##0." + std::string(decimals, '0') : "#,##0";
    format_set_num_format(f, (quoted(prefix) + digits + quoted(suffix)).c_str());
    return numbers_[key] = f;
  }
  lxw_format* plain_ = nullptr;
  lxw_format* bold_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* wrap_ = nullptr;

 private:
  lxw_workbook* book_;
  std::map<std::tuple<int, std::string, std::string>, lxw_format*> numbers_;
};

void write_table(Workbook& book, lxw_worksheet* ws, lxw_row_t& row, const Table& t) {
  for (lxw_col_t c = 0; c < t.columns.size(); ++c) {
    worksheet_write_string(ws, row, c, t.columns[c].c_str(), book.header_);
    worksheet_set_column(ws, c, c, t.widths.size() > c ? t.widths[c] * 11 : 14, book.plain_);
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
        // A percentage cell holds the percent as printed (152 for 152%), not a fraction; its format
        // shows the decimals the other formats show ("≥ 50", "55,2").
        worksheet_write_number(ws, row, c, *cell.number,
                               book.number(shown_decimals(*cell.number, cell.decimals), cell.prefix, cell.suffix));
      } else {
        worksheet_write_string(ws, row, c, cell.text.c_str(), book.wrap_);
      }
    }
  }
  ++row;
}

// The first sheet: the header's two columns (A and C), the title, and the closing.
void cover(Workbook& book, lxw_worksheet* ws, const Header& h) {
  const Form& f = form_of(h.form);
  worksheet_set_column(ws, 0, 0, 48, book.plain_);
  worksheet_set_column(ws, 1, 1, 4, book.plain_);
  worksheet_set_column(ws, 2, 2, 62, book.plain_);
  lxw_row_t left = 0, right = 0;
  auto put = [&](lxw_row_t& row, lxw_col_t col, const std::string& text, const Type& t) {
    worksheet_write_string(ws, row++, col, text.c_str(), book.centred(t));
  };
  if (!h.superior.empty()) put(left, 0, h.superior, f.superior);
  for (const auto& line : h.issuer) put(left, 0, line, f.issuer);
  if (f.star) put(left, 0, "*", f.issuer);
  put(left, 0, h.number, f.number);
  put(right, 2, h.motto, f.motto);
  if (!h.motto_second.empty()) put(right, 2, h.motto_second, f.motto_second);
  ++right;
  put(right, 2, h.place_date, f.place_date);
  lxw_row_t row = std::max(left, right) + 1;
  auto across = [&](const std::string& text, const Type& t) {
    worksheet_merge_range(ws, row, 0, row, 2, text.c_str(), book.centred(t));
    ++row;
  };
  across(h.kind, f.kind);
  across(h.subject, f.subject);
  if (!h.cutoff.empty()) across(h.cutoff, f.cutoff);
  row += 2;
  lxw_row_t recipients = row, signature = row;
  worksheet_write_string(
      ws, recipients++, 0,
      "Nơi nhận:", book.add(f.recipients_label.bold, f.recipients_label.italic, f.recipients_label.underline, false));
  for (const auto& to : h.recipients) worksheet_write_string(ws, recipients++, 0, ("- " + to).c_str(), book.plain_);
  put(signature, 2, h.signature_for, f.signature);
  put(signature, 2, h.signature_title, f.signature);
  signature += 3;
  if (!h.signer.empty()) put(signature, 2, h.signer, f.signer);
}

}  // namespace

std::string render_xlsx(const Report& r) {
  // libxlsxwriter writes files only: a temporary one, unique to this process and call.
  static std::atomic<unsigned> calls = 0;
  auto path = std::filesystem::temp_directory_path() / fmt::format("sen-report-{}-{}.xlsx", ::getpid(), calls++);
  {
    Workbook book(path.string());
    std::set<std::string> used;
    cover(book, book.sheet(sheet_name("Báo cáo", used)), r.header);
    for (const auto& s : r.sections) {
      auto* ws = book.sheet(sheet_name(s.sheet, used));
      lxw_row_t row = 0;
      worksheet_set_column(ws, 0, 0, 40, book.plain_);
      if (!s.title.empty()) worksheet_write_string(ws, row++, 0, s.title.c_str(), book.bold_);
      for (const auto& block : s.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
          worksheet_write_string(ws, row++, 0, p->text.c_str(), book.plain_);
        } else if (const auto* sub = std::get_if<Subheading>(&block)) {
          worksheet_write_string(ws, row++, 0, sub->text.c_str(), book.bold_);
        } else if (const auto* b = std::get_if<Bullets>(&block)) {
          for (const auto& item : b->items) worksheet_write_string(ws, row++, 0, ("- " + item).c_str(), book.plain_);
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
