// The report as a DOCX (WordprocessingML): styles with real headings, the official header as a
// borderless two-column table, bordered data tables, page numbers at the top centre (Decree 30),
// A4 with margins 20/15/20/30 mm, Times New Roman 14 pt.
#include <fmt/format.h>

#include <numeric>

#include "reports/render.hpp"
#include "reports/zip.hpp"

namespace sen::reports {

namespace {

// Text width of A4 less the left and right margins, in twentieths of a point.
constexpr int kTextWidth = 11906 - 1701 - 850;

struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
  int half_points = 0;  // 0: the style's size
};

std::string run(const Run& r) {
  std::string props;
  if (r.bold) props += "<w:b/>";
  if (r.italic) props += "<w:i/>";
  if (r.half_points) props += fmt::format("<w:sz w:val=\"{}\"/><w:szCs w:val=\"{}\"/>", r.half_points, r.half_points);
  return fmt::format("<w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
                     props.empty() ? "" : "<w:rPr>" + props + "</w:rPr>", escape_xml(r.text));
}

// A paragraph: align is left, center, right or both (justified); style may be empty.
std::string para(const std::vector<Run>& runs, const std::string& align = "both", const std::string& style = "",
                 int first_line = 0) {
  std::string props;
  if (!style.empty()) props += "<w:pStyle w:val=\"" + style + "\"/>";
  props += "<w:spacing w:before=\"60\" w:after=\"60\"/>";
  if (first_line) props += fmt::format("<w:ind w:firstLine=\"{}\"/>", first_line);
  props += "<w:jc w:val=\"" + align + "\"/>";
  std::string body;
  for (const auto& r : runs) body += run(r);
  return "<w:p><w:pPr>" + props + "</w:pPr>" + body + "</w:p>";
}

std::string cell(const std::string& content, int width, int span = 1) {
  return fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{}</w:tcPr>{}</w:tc>", width,
                     span > 1 ? fmt::format("<w:gridSpan w:val=\"{}\"/>", span) : "", content);
}

std::string table(const Table& t) {
  double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
  std::vector<int> widths;
  for (double w : t.widths) widths.push_back(static_cast<int>(kTextWidth * w / total));
  std::string out = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextWidth) + "\" w:type=\"dxa\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    out += fmt::format("<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", side);
  }
  out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
  for (int w : widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", w);
  out += "</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>";
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    out += cell(para({{t.columns[i], true, false, 24}}, "center"), widths[i]);
  }
  out += "</w:tr>";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out += "<w:tr>";
    if (r < t.group_rows.size() && t.group_rows[r]) {
      out += cell(para({{t.rows[r].at(0).text, true, false, 24}}, "left"), kTextWidth, static_cast<int>(widths.size()));
    } else {
      for (std::size_t i = 0; i < t.rows[r].size() && i < widths.size(); ++i) {
        const auto& c = t.rows[r][i];
        out += cell(para({{c.text, false, false, 24}}, c.number ? "right" : "left"), widths[i]);
      }
    }
    out += "</w:tr>";
  }
  return out + "</w:tbl>" + para({}, "left");
}

// The header: issuer on the left, motto, place and date on the right; no borders.
std::string header_table(const Header& h) {
  int half = kTextWidth / 2;
  std::string left;
  if (!h.superior.empty()) left += para({{h.superior, false, false, 26}}, "center");
  left += para({{h.issuer, true, false, 26}}, "center") + para({{"*", false, false, 26}}, "center") +
          para({{h.number, false, false, 26}}, "center");
  std::string right = para({{h.motto, true, false, 26}}, "center");
  if (!h.motto_second.empty()) right += para({{h.motto_second, true, false, 26}}, "center");
  right += para({{h.place_date, false, true, 26}}, "center");
  return fmt::format(
      "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
      "<w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid><w:tr>{}{}</w:tr></w:tbl>",
      kTextWidth, half, half, cell(left, half), cell(right, half));
}

std::string footer_table(const Header& h) {
  int half = kTextWidth / 2;
  std::string left = para({{"Nơi nhận:", true, true, 24}}, "left");
  for (const auto& to : h.recipients) left += para({{"- " + to, false, false, 22}}, "left");
  std::string right =
      para({{h.signature_for, true, false, 28}}, "center") + para({{h.signature_title, true, false, 28}}, "center");
  return fmt::format(
      "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
      "<w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid><w:tr>{}{}</w:tr></w:tbl>",
      kTextWidth, half, half, cell(left, half), cell(right, half));
}

constexpr const char* kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string document_xml(const Report& r) {
  std::string body = header_table(r.header);
  body += para({{r.header.kind, true, false, 28}}, "center", "", 0);
  body += para({{r.header.subject, true, false, 28}}, "center");
  for (const auto& s : r.sections) {
    if (!s.title.empty()) body += para({{s.title, true}}, "left", "Heading1");
    for (const auto& block : s.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        body += para({{p->text, false, p->emphasis}}, "both", "", 567);
      } else if (const auto* b = std::get_if<Bullets>(&block)) {
        for (const auto& item : b->items) body += para({{"- " + item}}, "both", "", 567);
      } else {
        body += table(std::get<Table>(block));
      }
    }
  }
  body += footer_table(r.header);
  body +=
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
      "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
      "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" "
      "w:gutter=\"0\"/>"
      "<w:titlePg/></w:sectPr>";
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {}><w:body>{}</w:body></w:document>",
      kNamespaces, body);
}

// The page number at the top centre, from the second page (the first page has a title page header).
std::string header_xml() {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr {}><w:p><w:pPr><w:jc "
      "w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar "
      "w:fldCharType=\"separate\"/></w:r>"
      "<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>",
      kNamespaces);
}

constexpr const char* kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
</w:styles>)";

constexpr const char* kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>)";

constexpr const char* kPackageRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>)";

constexpr const char* kDocumentRels = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>)";

}  // namespace

std::string render_docx(const Report& r) {
  return zip_archive({{"[Content_Types].xml", kContentTypes},
                      {"_rels/.rels", kPackageRels},
                      {"word/_rels/document.xml.rels", kDocumentRels},
                      {"word/styles.xml", kStyles},
                      {"word/header1.xml", header_xml()},
                      {"word/document.xml", document_xml(r)}});
}

}  // namespace sen::reports
