// The report as a PDF laid out with pango on cairo: A4, margins 20/15/20/30 mm, Liberation Serif
// (the metrics of Times New Roman) 13 pt, page numbers at the top centre from the second page,
// tables that continue on the next page with their heading row repeated.
#include <cairo-pdf.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <memory>
#include <numeric>
#include <stdexcept>

#include "reports/render.hpp"

namespace sen::reports {

namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kPageWidth = 210 * kMm, kPageHeight = 297 * kMm;
constexpr double kLeft = 30 * kMm, kRight = 15 * kMm, kTop = 20 * kMm, kBottom = 20 * kMm;
constexpr double kWidth = kPageWidth - kLeft - kRight;
constexpr double kPad = 2.5;

enum class Align { left, center, right, justify };

struct Style {
  double size = 13;
  bool bold = false;
  bool italic = false;
  Align align = Align::justify;
  double indent = 0;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A piece of text and how it is set: a table cell, a line of the header.
using Piece = std::pair<std::string, Style>;

class Pdf {
 public:
  Pdf() {
    surface_ = cairo_pdf_surface_create_for_stream(append, &out_, kPageWidth, kPageHeight);
    cr_ = cairo_create(surface_);
    y_ = kTop;
  }
  ~Pdf() {
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }
  std::string finish() {
    cairo_surface_finish(surface_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("pdf: cannot write");
    return out_;
  }

  using Layout = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;

  // Text laid out in a box `width` wide.
  Layout layout(const std::string& s, double width, const Style& st) {
    Layout layout(pango_cairo_create_layout(cr_), g_object_unref);
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(
        pango_font_description_from_string("Liberation Serif"), pango_font_description_free);
    pango_font_description_set_absolute_size(font.get(), st.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), st.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), st.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_indent(layout.get(), static_cast<int>(st.indent * PANGO_SCALE));
    pango_layout_set_alignment(layout.get(), st.align == Align::center  ? PANGO_ALIGN_CENTER
                                             : st.align == Align::right ? PANGO_ALIGN_RIGHT
                                                                        : PANGO_ALIGN_LEFT);
    pango_layout_set_justify(layout.get(), st.align == Align::justify);
    pango_layout_set_text(layout.get(), s.c_str(), static_cast<int>(s.size()));
    return layout;
  }

  static double height(const Layout& l) {
    int w = 0, h = 0;
    pango_layout_get_size(l.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  void show(const Layout& l, double x, double y) {
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, l.get());
  }

  // Draws text in a box `width` wide at (x, y); returns its height.
  double text(const std::string& s, double x, double y, double width, const Style& st) {
    auto l = layout(s, width, st);
    show(l, x, y);
    return height(l);
  }

  // A paragraph across the text width, on a new page when it does not fit.
  void paragraph(const std::string& s, const Style& st, double space_after = 4) {
    auto l = layout(s, kWidth, st);
    double h = height(l);
    if (y_ + h > kPageHeight - kBottom) new_page();
    show(l, kLeft, y_);
    y_ += h + space_after;
  }

  // Two columns side by side (the header and the signature block).
  void columns(const std::vector<Piece>& left, const std::vector<Piece>& right) {
    double half = kWidth / 2, yl = y_, yr = y_;
    for (const auto& [s, st] : left) yl += text(s, kLeft, yl, half, st) + 1;
    for (const auto& [s, st] : right) yr += text(s, kLeft + half, yr, half, st) + 1;
    y_ = std::max(yl, yr) + 8;
  }

  void table(const Table& t) {
    double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    std::vector<double> widths;
    for (double w : t.widths) widths.push_back(kWidth * w / total);
    std::vector<Piece> heading;
    for (const auto& c : t.columns) heading.push_back({c, Style{11, true, false, Align::center, 0}});
    draw_row(lay_out_row(heading, widths), widths);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      std::vector<Piece> cells;
      std::vector<double> ws = widths;
      if (r < t.group_rows.size() && t.group_rows[r]) {
        cells.push_back({t.rows[r].at(0).text, Style{11, true, false, Align::left, 0}});
        ws = {kWidth};
      } else {
        for (const auto& c : t.rows[r])
          cells.push_back({c.text, Style{11, false, false, c.number ? Align::right : Align::left, 0}});
      }
      auto row = lay_out_row(cells, ws);
      // A row that does not fit goes to the next page, under the table's heading row again.
      if (y_ + row.height > kPageHeight - kBottom) {
        new_page();
        draw_row(lay_out_row(heading, widths), widths);
      }
      draw_row(row, ws);
    }
    y_ += 6;
  }

  void new_page() {
    cairo_show_page(cr_);
    ++page_;
    text(std::to_string(page_), kLeft, 10 * kMm, kWidth, Style{13, false, false, Align::center, 0});
    y_ = kTop;
  }

 private:
  struct Row {
    std::vector<Layout> cells;
    double height = 0;
  };

  // Each cell laid out once, for measuring the row and then drawing it.
  Row lay_out_row(const std::vector<Piece>& cells, const std::vector<double>& ws) {
    Row row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      row.cells.push_back(layout(cells[i].first, ws[i] - 2 * kPad, cells[i].second));
      row.height = std::max(row.height, height(row.cells.back()));
    }
    row.height += 2 * kPad;
    return row;
  }

  // Draws a row of bordered cells at the current position and moves below it.
  void draw_row(const Row& row, const std::vector<double>& ws) {
    double x = kLeft;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      show(row.cells[i], x + kPad, y_ + kPad);
      cairo_rectangle(cr_, x, y_, ws[i], row.height);
      x += ws[i];
    }
    cairo_set_line_width(cr_, 0.5);
    cairo_stroke(cr_);
    y_ += row.height;
  }

  std::string out_;
  cairo_surface_t* surface_;
  cairo_t* cr_;
  double y_;
  int page_ = 1;
};

}  // namespace

std::string render_pdf(const Report& r) {
  Pdf pdf;
  const auto& h = r.header;
  Style centre{13, false, false, Align::center, 0};
  Style centre_bold{13, true, false, Align::center, 0};
  std::vector<Piece> left, right;
  if (!h.superior.empty()) left.push_back({h.superior, centre});
  left.insert(left.end(), {{h.issuer, centre_bold}, {"*", centre}, {h.number, centre}});
  right.push_back({h.motto, centre_bold});
  if (!h.motto_second.empty()) right.push_back({h.motto_second, centre_bold});
  right.push_back({h.place_date, Style{13, false, true, Align::center, 0}});
  pdf.columns(left, right);
  pdf.paragraph(h.kind, Style{14, true, false, Align::center, 0}, 0);
  pdf.paragraph(h.subject, Style{14, true, false, Align::center, 0}, 10);
  Style body{13, false, false, Align::justify, 1 * 28.35};
  for (const auto& s : r.sections) {
    if (!s.title.empty()) pdf.paragraph(s.title, Style{13, true, false, Align::left, 0}, 4);
    for (const auto& block : s.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        Style st = body;
        st.italic = p->emphasis;
        pdf.paragraph(p->text, st);
      } else if (const auto* b = std::get_if<Bullets>(&block)) {
        for (const auto& item : b->items) pdf.paragraph("- " + item, body, 2);
      } else {
        pdf.table(std::get<Table>(block));
      }
    }
  }
  std::vector<Piece> recipients{{"Nơi nhận:", Style{12, true, true, Align::left, 0}}};
  for (const auto& to : h.recipients) recipients.push_back({"- " + to, Style{11, false, false, Align::left, 0}});
  pdf.columns(recipients, {{h.signature_for, centre_bold}, {h.signature_title, centre_bold}});
  return pdf.finish();
}

}  // namespace sen::reports
