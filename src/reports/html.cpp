// The report as one HTML page in the official form of its issuer: the header as a two-column
// table, sections with headings, tables with numbers aligned right, the closing with the space to
// sign; print styles for A4 with the margins of Decree 30.
#include <fmt/format.h>

#include "base/xml_text.hpp"
#include "reports/form.hpp"
#include "reports/render.hpp"

namespace sen::reports {

namespace {

constexpr const char* kStyle = R"(@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; line-height: 1.35; max-width: 165mm; margin: 2em auto; }
.header, .footer { width: 100%; border-collapse: collapse; }
.header td, .footer td { text-align: center; vertical-align: top; }
.header p, .footer p { margin: 0; text-indent: 0; text-align: center; }
.rule { width: 30%; margin: 0.2em auto; border-top: 1px solid #000; }
.title { text-align: center; font-weight: bold; margin: 1.2em 0 0; text-indent: 0; }
.subject, .cutoff { text-align: center; margin: 0; text-indent: 0; }
h2 { font-size: 14pt; margin: 1em 0 0.4em; page-break-after: avoid; }
h3 { font-size: 14pt; margin: 0.6em 0 0.3em; text-indent: 1cm; page-break-after: avoid; }
p { text-align: justify; margin: 0.3em 0; text-indent: 1cm; }
p.note { font-style: italic; }
table.data { width: 100%; border-collapse: collapse; margin: 0.4em 0; font-size: 12pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2px 4px; }
table.data tr { page-break-inside: avoid; }
table.data td.number { text-align: right; }
table.data tr.group td { font-weight: bold; }
.footer { margin-top: 1.5em; page-break-inside: avoid; }
.footer td.recipients { text-align: left; }
.footer td.recipients p { text-align: left; }
.sign { height: 72pt; }
)";

// The inline style of a line of the form.
std::string style_of(const Type& t) {
  std::string s = fmt::format("font-size: {}pt;", t.size);
  s += t.bold ? " font-weight: bold;" : " font-weight: normal;";
  if (t.italic) s += " font-style: italic;";
  if (t.underline) s += " text-decoration: underline;";
  return s;
}

std::string line(const std::string& text, const Type& t) {
  return "<p style=\"" + style_of(t) + "\">" + xml_text(text) + "</p>";
}

void table_html(const Table& t, std::string& out) {
  out += "<table class=\"data\">\n<thead><tr>";
  for (const auto& c : t.columns) out += "<th>" + xml_text(c) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    if (i < t.group_rows.size() && t.group_rows[i]) {
      out += fmt::format("<tr class=\"group\"><td colspan=\"{}\">{}</td></tr>\n", t.columns.size(),
                         xml_text(row.at(0).text));
      continue;
    }
    out += "<tr>";
    for (const auto& cell : row) {
      out += cell.number ? "<td class=\"number\">" : "<td>";
      out += xml_text(cell.text) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

std::string header_html(const Header& h, const Form& f) {
  std::string left;
  if (!h.superior.empty()) left += line(h.superior, f.superior);
  for (const auto& l : h.issuer) left += line(l, f.issuer);
  if (f.star) left += line("*", f.issuer);
  if (f.issuer_rule) left += "<div class=\"rule\"></div>";
  left += line(h.number, f.number);
  std::string right = line(h.motto, f.motto);
  if (!h.motto_second.empty()) right += line(h.motto_second, f.motto_second);
  right += "<p>&nbsp;</p>" + line(h.place_date, f.place_date);
  std::string out =
      fmt::format("<table class=\"header\"><tr><td style=\"width: {}%\">{}</td><td>{}</td></tr></table>\n",
                  static_cast<int>(f.left_share * 100), left, right);
  out += "<p class=\"title\" style=\"" + style_of(f.kind) + "\">" + xml_text(h.kind) + "</p>\n";
  out += "<p class=\"subject\" style=\"" + style_of(f.subject) + "\">" + xml_text(h.subject) + "</p>\n";
  if (f.subject_dashes) out += "<p class=\"subject\" style=\"" + style_of(f.subject) + "\">-----</p>\n";
  if (f.subject_rule) out += "<div class=\"rule\"></div>\n";
  if (!h.cutoff.empty())
    out += "<p class=\"cutoff\" style=\"" + style_of(f.cutoff) + "\">" + xml_text(h.cutoff) + "</p>\n";
  return out;
}

std::string closing_html(const Header& h, const Form& f) {
  std::string out = "<table class=\"footer\"><tr><td class=\"recipients\" style=\"width: 45%\">";
  out += "<p style=\"" + style_of(f.recipients_label) + "\">Nơi nhận:</p>";
  for (const auto& to : h.recipients) out += line("- " + to, f.recipients);
  out += "</td><td>" + line(h.signature_for, f.signature) + line(h.signature_title, f.signature) +
         "<div class=\"sign\"></div>" + line(h.signer, f.signer) + "</td></tr></table>\n";
  return out;
}

}  // namespace

std::string render_html(const Report& r) {
  const auto& h = r.header;
  const Form& f = form_of(h.form);
  std::string out = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n";
  out +=
      "<title>" + xml_text(h.kind + " " + h.subject) + "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n";
  out += header_html(h, f);
  for (const auto& s : r.sections) {
    if (!s.title.empty()) out += "<h2>" + xml_text(s.title) + "</h2>\n";
    for (const auto& block : s.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        out += (p->emphasis ? "<p class=\"note\">" : "<p>") + xml_text(p->text) + "</p>\n";
      } else if (const auto* sub = std::get_if<Subheading>(&block)) {
        out += "<h3>" + xml_text(sub->text) + "</h3>\n";
      } else if (const auto* b = std::get_if<Bullets>(&block)) {
        out += "<ul>\n";
        for (const auto& item : b->items) out += "<li>" + xml_text(item) + "</li>\n";
        out += "</ul>\n";
      } else {
        table_html(std::get<Table>(block), out);
      }
    }
  }
  out += closing_html(h, f);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace sen::reports
