// The report as one HTML page: the official header as a two-column table, sections with
// headings, tables with numbers aligned right; print styles for A4 with the margins of Decree 30.
#include <fmt/format.h>

#include "reports/render.hpp"

namespace sen::reports {

namespace {

constexpr const char* kStyle = R"(@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt; line-height: 1.35; max-width: 165mm; margin: 2em auto; }
.header { width: 100%; border-collapse: collapse; }
.header td { width: 50%; text-align: center; vertical-align: top; font-size: 13pt; }
.header .issuer, .header .motto { font-weight: bold; }
.header .place { font-style: italic; }
.title { text-align: center; font-weight: bold; margin: 1.2em 0 0; }
.subject { text-align: center; font-weight: bold; margin: 0 0 1em; }
h2 { font-size: 14pt; margin: 1em 0 0.4em; }
p { text-align: justify; margin: 0.3em 0; text-indent: 1cm; }
p.note { font-style: italic; }
table.data { width: 100%; border-collapse: collapse; margin: 0.4em 0; font-size: 12pt; }
table.data th, table.data td { border: 1px solid #000; padding: 2px 4px; }
table.data td.number { text-align: right; }
table.data tr.group td { font-weight: bold; }
.footer { width: 100%; margin-top: 1.5em; }
.footer td { vertical-align: top; width: 50%; }
.recipients { font-size: 12pt; }
.signature { text-align: center; font-weight: bold; }
)";

void table_html(const Table& t, std::string& out) {
  out += "<table class=\"data\">\n<thead><tr>";
  for (const auto& c : t.columns) out += "<th>" + escape_xml(c) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    if (i < t.group_rows.size() && t.group_rows[i]) {
      out += fmt::format("<tr class=\"group\"><td colspan=\"{}\">{}</td></tr>\n", t.columns.size(),
                         escape_xml(row.at(0).text));
      continue;
    }
    out += "<tr>";
    for (const auto& cell : row) {
      out += cell.number ? "<td class=\"number\">" : "<td>";
      out += escape_xml(cell.text) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

}  // namespace

std::string render_html(const Report& r) {
  const auto& h = r.header;
  std::string out = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n";
  out +=
      "<title>" + escape_xml(h.kind + " " + h.subject) + "</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<table class=\"header\"><tr><td>";
  if (!h.superior.empty()) out += escape_xml(h.superior) + "<br>";
  out += "<span class=\"issuer\">" + escape_xml(h.issuer) + "</span><br>*<br>" + escape_xml(h.number) + "</td><td>";
  out += "<span class=\"motto\">" + escape_xml(h.motto) + "</span>";
  if (!h.motto_second.empty()) out += "<br><b>" + escape_xml(h.motto_second) + "</b>";
  out += "<br><br><span class=\"place\">" + escape_xml(h.place_date) + "</span></td></tr></table>\n";
  out += "<p class=\"title\">" + escape_xml(h.kind) + "</p>\n<p class=\"subject\">" + escape_xml(h.subject) + "</p>\n";
  for (const auto& s : r.sections) {
    if (!s.title.empty()) out += "<h2>" + escape_xml(s.title) + "</h2>\n";
    for (const auto& block : s.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        out += (p->emphasis ? "<p class=\"note\">" : "<p>") + escape_xml(p->text) + "</p>\n";
      } else if (const auto* b = std::get_if<Bullets>(&block)) {
        out += "<ul>\n";
        for (const auto& item : b->items) out += "<li>" + escape_xml(item) + "</li>\n";
        out += "</ul>\n";
      } else {
        table_html(std::get<Table>(block), out);
      }
    }
  }
  out += "<table class=\"footer\"><tr><td class=\"recipients\"><b><i>Nơi nhận:</i></b><br>";
  for (const auto& to : h.recipients) out += "- " + escape_xml(to) + "<br>";
  out += "</td><td class=\"signature\">" + escape_xml(h.signature_for) + "<br>" + escape_xml(h.signature_title) +
         "</td></tr></table>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace sen::reports
