// The report as a PDF laid out with pango on cairo, in the official form of its issuer (form.hpp):
// A4, margins 20/15/20/30 mm, one typeface (pdf_fonts.hpp), page numbers at the top centre from the
// second page; a heading kept with what follows, a table's heading row never alone at a page's
// foot and repeated on each page, the closing block (recipients, signature) never split.
#include <cairo-pdf.h>
#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <memory>
#include <numeric>
#include <stdexcept>

#include "reports/form.hpp"
#include "reports/pdf_fonts.hpp"
#include "reports/render.hpp"

namespace sen::reports {

namespace {

constexpr double kMm = 72.0 / 25.4;
constexpr double kPageWidth = 210 * kMm, kPageHeight = 297 * kMm;
constexpr double kLeft = 30 * kMm, kRight = 15 * kMm, kTop = 20 * kMm, kBottom = 20 * kMm;
constexpr double kWidth = kPageWidth - kLeft - kRight;
constexpr double kFoot = kPageHeight - kBottom;
constexpr double kPad = 2.5;
constexpr double kIndent = 10 * kMm;  // the first line of a body paragraph

enum class Align { left, center, right, justify };

struct Style {
  Type type;
  Align align = Align::justify;
  double indent = 0;
};

Style centre(const Type& t) {
  return {t, Align::center, 0};
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// One line of a column of the header or the closing: text, a short rule, or blank space.
struct Piece {
  std::string text;
  Style style;
  bool rule = false;
  double space = 0;
};

Piece text_piece(std::string text, const Type& t) {
  return {std::move(text), centre(t), false, 0};
}
Piece rule_piece() {
  return {"", {}, true, 0};
}
Piece space_piece(double points) {
  return {"", {}, false, points};
}

class Pdf {
 public:
  Pdf() {
    surface_ = cairo_pdf_surface_create_for_stream(append, &out_, kPageWidth, kPageHeight);
    cr_ = cairo_create(surface_);
    context_ = pango_font_map_create_context(pdf_font_map());
    pango_cairo_update_context(cr_, context_);
    y_ = kTop;
  }
  ~Pdf() {
    g_object_unref(context_);
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }
  Pdf(const Pdf&) = delete;
  Pdf& operator=(const Pdf&) = delete;

  std::string finish() {
    cairo_surface_finish(surface_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) throw std::runtime_error("pdf: cannot write");
    return out_;
  }

  using Layout = std::unique_ptr<PangoLayout, decltype(&g_object_unref)>;

  // Text laid out in a box `width` wide.
  Layout layout(const std::string& s, double width, const Style& st) const {
    Layout layout(pango_layout_new(context_), g_object_unref);
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> font(
        pango_font_description_from_string(kPdfFamily), pango_font_description_free);
    pango_font_description_set_absolute_size(font.get(), st.type.size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), st.type.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font.get(), st.type.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    if (st.type.underline) {
      std::unique_ptr<PangoAttrList, decltype(&pango_attr_list_unref)> attributes(pango_attr_list_new(),
                                                                                  pango_attr_list_unref);
      pango_attr_list_insert(attributes.get(), pango_attr_underline_new(PANGO_UNDERLINE_SINGLE));
      pango_layout_set_attributes(layout.get(), attributes.get());
    }
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

  // Whether `h` points still fit above the page's foot; if not, the next page.
  void need(double h) {
    if (y_ + h > kFoot && y_ > kTop) new_page();
  }

  // A paragraph across the text width, line by line: a line that does not fit goes to the next page.
  // With `keep`, the whole paragraph and `keep` more points (what it introduces) start a page together.
  void paragraph(const std::string& s, const Style& st, double space_after = 4, double keep = 0) {
    auto l = layout(s, kWidth, st);
    if (keep > 0) need(height(l) + keep);
    PangoLayoutIter* iter = pango_layout_get_iter(l.get());
    bool first = true;
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      double top = static_cast<double>(logical.y) / PANGO_SCALE;
      double line_height = static_cast<double>(logical.height) / PANGO_SCALE;
      double baseline = static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
      if (first) {
        need(line_height);
        origin_ = y_ - top;
        first = false;
      } else if (origin_ + top + line_height > kFoot) {
        new_page();
        origin_ = y_ - top;
      }
      cairo_move_to(cr_, kLeft + static_cast<double>(logical.x) / PANGO_SCALE, origin_ + baseline);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(iter));
      y_ = origin_ + top + line_height;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    y_ += space_after;
  }

  // A short solid line centred in a column (under a state issuer's name and subject).
  void rule(double x, double width, double y) {
    double length = width * kShortRule;
    cairo_set_line_width(cr_, 0.75);
    cairo_move_to(cr_, x + (width - length) / 2, y);
    cairo_line_to(cr_, x + (width + length) / 2, y);
    cairo_stroke(cr_);
  }

  double column_height(const std::vector<Piece>& pieces, double width) const {
    double h = 0;
    for (const auto& p : pieces) h += p.rule ? 6 : p.space > 0 ? p.space : height(layout(p.text, width, p.style)) + 1;
    return h;
  }

  double draw_column(const std::vector<Piece>& pieces, double x, double y, double width) {
    for (const auto& p : pieces) {
      if (p.rule) {
        rule(x, width, y + 2);
        y += 6;
      } else if (p.space > 0) {
        y += p.space;
      } else {
        auto l = layout(p.text, width, p.style);
        show(l, x, y);
        y += height(l) + 1;
      }
    }
    return y;
  }

  // Two columns side by side (the header and the closing), on one page.
  void columns(const std::vector<Piece>& left, const std::vector<Piece>& right, double left_width) {
    double right_width = kWidth - left_width;
    need(std::max(column_height(left, left_width), column_height(right, right_width)));
    double yl = draw_column(left, kLeft, y_, left_width);
    double yr = draw_column(right, kLeft + left_width, y_, right_width);
    y_ = std::max(yl, yr) + 8;
  }

  void table(const Table& t, const Form& f) {
    double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    std::vector<double> widths;
    for (double w : t.widths) widths.push_back(kWidth * w / total);
    std::vector<Piece> heading;
    for (const auto& c : t.columns) heading.push_back({c, centre(f.table_heading), false, 0});
    auto heading_row = lay_out_row(heading, widths);
    Type group = f.table;
    group.bold = true;
    std::vector<Row> rows;
    std::vector<std::vector<double>> row_widths;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      std::vector<Piece> cells;
      if (r < t.group_rows.size() && t.group_rows[r]) {
        cells.push_back({t.rows[r].at(0).text, {group, Align::left, 0}, false, 0});
        row_widths.push_back({kWidth});
      } else {
        for (const auto& c : t.rows[r])
          cells.push_back({c.text, {f.table, c.number ? Align::right : Align::left, 0}, false, 0});
        row_widths.push_back(widths);
      }
      rows.push_back(lay_out_row(cells, row_widths.back()));
    }
    // A group heading keeps with the row after it; the heading row with the first row (and so, when
    // that is a group heading, with the row after that too).
    auto needed = [&](std::size_t r) {
      bool group_row = r < t.group_rows.size() && t.group_rows[r];
      return rows[r].height + (group_row && r + 1 < rows.size() ? rows[r + 1].height : 0);
    };
    need(heading_row.height + (rows.empty() ? 0 : needed(0)));
    draw_row(heading_row, widths);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (y_ + needed(r) > kFoot) {
        new_page();
        draw_row(lay_out_row(heading, widths), widths);
      }
      draw_row(rows[r], row_widths[r]);
    }
    y_ += 6;
  }

  // The height of a table's heading row and first row: what must fit under a paragraph that
  // introduces it.
  double table_start(const Table& t, const Form& f) {
    double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    std::vector<double> widths;
    for (double w : t.widths) widths.push_back(kWidth * w / total);
    std::vector<Piece> heading;
    for (const auto& c : t.columns) heading.push_back({c, centre(f.table_heading), false, 0});
    return lay_out_row(heading, widths).height + 2 * f.table.size;
  }

  void new_page() {
    cairo_show_page(cr_);
    ++page_;
    show(layout(std::to_string(page_), kWidth, centre(Type{14})), kLeft, 10 * kMm);
    y_ = kTop;
  }

  void skip(double points) { y_ += points; }

 private:
  struct Row {
    std::vector<Layout> cells;
    double height = 0;
  };

  // Each cell laid out once, for measuring the row and then drawing it.
  Row lay_out_row(const std::vector<Piece>& cells, const std::vector<double>& ws) const {
    Row row;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      row.cells.push_back(layout(cells[i].text, ws[i] - 2 * kPad, cells[i].style));
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
  PangoContext* context_;
  double y_;
  double origin_ = 0;
  int page_ = 1;
};

void header(Pdf& pdf, const Header& h, const Form& f) {
  std::vector<Piece> left, right;
  if (!h.superior.empty()) left.push_back(text_piece(h.superior, f.superior));
  for (const auto& line : h.issuer) left.push_back(text_piece(line, f.issuer));
  if (f.star) left.push_back(text_piece("*", f.issuer));
  if (f.issuer_rule) left.push_back(rule_piece());
  left.push_back(text_piece(h.number, f.number));
  right.push_back(text_piece(h.motto, f.motto));
  if (!h.motto_second.empty()) right.push_back(text_piece(h.motto_second, f.motto_second));
  right.push_back(space_piece(8));
  right.push_back(text_piece(h.place_date, f.place_date));
  pdf.columns(left, right, kWidth * f.left_share);
  pdf.skip(6);
  pdf.paragraph(h.kind, centre(f.kind), 0);
  pdf.paragraph(h.subject, centre(f.subject), 0);
  if (f.subject_dashes) pdf.paragraph("-----", centre(f.subject), 6);
  if (f.subject_rule) {
    std::vector<Piece> line{rule_piece()};
    pdf.columns(line, {}, kWidth);
  }
  if (!h.cutoff.empty()) pdf.paragraph(h.cutoff, centre(f.cutoff), 8);
  pdf.skip(4);
}

void closing(Pdf& pdf, const Header& h, const Form& f) {
  std::vector<Piece> left{{"Nơi nhận:", {f.recipients_label, Align::left, 0}, false, 0}};
  for (const auto& to : h.recipients) left.push_back({"- " + to, {f.recipients, Align::left, 0}, false, 0});
  std::vector<Piece> right{text_piece(h.signature_for, f.signature), text_piece(h.signature_title, f.signature),
                           space_piece(f.signing_space), text_piece(h.signer, f.signer)};
  pdf.skip(6);
  pdf.columns(left, right, kWidth * 0.45);
}

}  // namespace

std::string render_pdf(const Report& r) {
  const Form& f = form_of(r.header.form);
  Pdf pdf;
  header(pdf, r.header, f);
  Style body{f.body, Align::justify, kIndent};
  double line = f.body.size * 1.2;
  for (const auto& s : r.sections) {
    // A heading keeps with the first lines under it.
    if (!s.title.empty()) pdf.paragraph(s.title, {f.heading, Align::left, 0}, 4, 3 * line);
    for (std::size_t i = 0; i < s.blocks.size(); ++i) {
      const auto& block = s.blocks[i];
      const auto* next_table = i + 1 < s.blocks.size() ? std::get_if<Table>(&s.blocks[i + 1]) : nullptr;
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        Style st = body;
        st.type.italic = p->emphasis;
        pdf.paragraph(p->text, st, 4, next_table ? pdf.table_start(*next_table, f) : 0);
      } else if (const auto* sub = std::get_if<Subheading>(&block)) {
        pdf.paragraph(sub->text, {f.subheading, Align::left, kIndent}, 3, 2 * line);
      } else if (const auto* b = std::get_if<Bullets>(&block)) {
        for (const auto& item : b->items) pdf.paragraph("- " + item, body, 2);
      } else {
        pdf.table(std::get<Table>(block), f);
      }
    }
  }
  closing(pdf, r.header, f);
  return pdf.finish();
}

}  // namespace sen::reports
