// The report as a DOCX (WordprocessingML) in the official form of its issuer (form.hpp): the
// header and the closing as borderless two-column tables, real headings, bordered data tables
// whose rows never split and whose heading row repeats and keeps with the next row, page numbers
// at the top centre from the second page, A4 with margins 20/15/20/30 mm, Times New Roman.
#include <fmt/format.h>

#include <numeric>

#include "base/xml_text.hpp"
#include "reports/form.hpp"
#include "reports/render.hpp"
#include "reports/zip.hpp"

namespace sen::reports {

namespace {

// Text width of A4 less the left and right margins, in twentieths of a point.
constexpr int kTextWidth = 11906 - 1701 - 850;
constexpr int kIndent = 567;  // the first line of a body paragraph: 1 cm

int half_points(double points) {
  return static_cast<int>(points * 2 + 0.5);
}

std::string run(const std::string& text, const Type& t) {
  std::string props;
  if (t.bold) props += "<w:b/><w:bCs/>";
  if (t.italic) props += "<w:i/><w:iCs/>";
  if (t.underline) props += "<w:u w:val=\"single\"/>";
  props += fmt::format("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", half_points(t.size));
  return fmt::format("<w:r><w:rPr>{}</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>", props, xml_text(text));
}

struct ParaStyle {
  std::string align = "both";  // left, center, right or both (justified)
  std::string style;           // a paragraph style: Heading1, Heading2
  int first_line = 0;
  bool keep_next = false;  // on the same page as what follows
  int before = 60, after = 60;
};

std::string para(const std::string& runs, const ParaStyle& p) {
  std::string props;
  if (!p.style.empty()) props += "<w:pStyle w:val=\"" + p.style + "\"/>";
  if (p.keep_next) props += "<w:keepNext/>";
  props += fmt::format("<w:spacing w:before=\"{}\" w:after=\"{}\"/>", p.before, p.after);
  if (p.first_line) props += fmt::format("<w:ind w:firstLine=\"{}\"/>", p.first_line);
  props += "<w:jc w:val=\"" + p.align + "\"/>";
  return "<w:p><w:pPr>" + props + "</w:pPr>" + runs + "</w:p>";
}

std::string centred(const std::string& text, const Type& t, int after = 0) {
  return para(run(text, t), {"center", "", 0, false, 0, after});
}

// An empty paragraph drawn as a short solid line, centred in a column `width` wide.
std::string short_rule(int width) {
  int margin = static_cast<int>(width * (1 - kShortRule) / 2);
  return fmt::format(
      "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
      "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"120\" w:lineRule=\"exact\"/>"
      "<w:ind w:left=\"{0}\" w:right=\"{0}\"/><w:jc w:val=\"center\"/><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr></w:p>",
      margin);
}

std::string cell(const std::string& content, int width, int span = 1) {
  return fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{}</w:tcPr>{}</w:tc>", width,
                     span > 1 ? fmt::format("<w:gridSpan w:val=\"{}\"/>", span) : "", content);
}

// A borderless table of two columns, left `left` wide, whose row never splits across pages.
std::string two_columns(const std::string& left_content, const std::string& right_content, int left) {
  int right = kTextWidth - left;
  return fmt::format(
      "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
      "<w:tblGrid><w:gridCol w:w=\"{}\"/><w:gridCol w:w=\"{}\"/></w:tblGrid>"
      "<w:tr><w:trPr><w:cantSplit/></w:trPr>{}{}</w:tr></w:tbl>",
      kTextWidth, left, right, cell(left_content, left), cell(right_content, right));
}

std::string table(const Table& t, const Form& f) {
  double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
  std::vector<int> widths;
  for (double w : t.widths) widths.push_back(static_cast<int>(kTextWidth * w / total));
  std::string out = "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(kTextWidth) + "\" w:type=\"dxa\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    out += fmt::format("<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>", side);
  }
  out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
  for (int w : widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", w);
  // The heading row repeats on each page and keeps with the first row, as a group row keeps with
  // the row after it: neither is ever left alone at a page's foot.
  out += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    out += cell(para(run(t.columns[i], f.table_heading), {"center", "", 0, true, 20, 20}), widths[i]);
  }
  out += "</w:tr>";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
    if (r < t.group_rows.size() && t.group_rows[r]) {
      Type bold = f.table;
      bold.bold = true;
      out += cell(para(run(t.rows[r].at(0).text, bold), {"left", "", 0, true, 20, 20}), kTextWidth,
                  static_cast<int>(widths.size()));
    } else {
      for (std::size_t i = 0; i < t.rows[r].size() && i < widths.size(); ++i) {
        const auto& c = t.rows[r][i];
        out += cell(para(run(c.text, f.table), {c.number ? "right" : "left", "", 0, false, 20, 20}), widths[i]);
      }
    }
    out += "</w:tr>";
  }
  return out + "</w:tbl>" + para("", {"left", "", 0, false, 0, 0});
}

std::string header_table(const Header& h, const Form& f) {
  int left = static_cast<int>(kTextWidth * f.left_share);
  std::string l;
  if (!h.superior.empty()) l += centred(h.superior, f.superior);
  for (const auto& line : h.issuer) l += centred(line, f.issuer);
  if (f.star) l += centred("*", f.issuer);
  if (f.issuer_rule) l += short_rule(left);
  l += centred(h.number, f.number);
  std::string r = centred(h.motto, f.motto);
  if (!h.motto_second.empty()) r += centred(h.motto_second, f.motto_second);
  r += para("", {"center", "", 0, false, 0, 0}) + centred(h.place_date, f.place_date);
  return two_columns(l, r, left);
}

std::string closing_table(const Header& h, const Form& f) {
  int left = static_cast<int>(kTextWidth * 0.45);
  std::string l = para(run("Nơi nhận:", f.recipients_label), {"left", "", 0, false, 120, 0});
  for (const auto& to : h.recipients) l += para(run("- " + to, f.recipients), {"left", "", 0, false, 0, 0});
  std::string r = para(run(h.signature_for, f.signature), {"center", "", 0, false, 120, 0}) +
                  centred(h.signature_title, f.signature);
  // The space to sign and seal in, then the signer's name.
  r += fmt::format(
      "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{}\" w:lineRule=\"exact\"/></w:pPr></w:p>",
      static_cast<int>(f.signing_space * 20));
  r += centred(h.signer, f.signer);
  return two_columns(l, r, left);
}

constexpr const char* kNamespaces =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

std::string document_xml(const Report& r) {
  const auto& h = r.header;
  const Form& f = form_of(h.form);
  std::string body = header_table(h, f);
  body += para(run(h.kind, f.kind), {"center", "", 0, true, 240, 0});
  body += para(run(h.subject, f.subject), {"center", "", 0, true, 0, 0});
  if (f.subject_dashes) body += centred("-----", f.subject, 120);
  if (f.subject_rule) body += short_rule(kTextWidth);
  if (!h.cutoff.empty()) body += para(run(h.cutoff, f.cutoff), {"center", "", 0, false, 0, 120});
  for (const auto& s : r.sections) {
    if (!s.title.empty()) body += para(run(s.title, f.heading), {"left", "Heading1", 0, true, 240, 120});
    for (std::size_t i = 0; i < s.blocks.size(); ++i) {
      const auto& block = s.blocks[i];
      bool before_table = i + 1 < s.blocks.size() && std::holds_alternative<Table>(s.blocks[i + 1]);
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        Type t = f.body;
        t.italic = p->emphasis;
        body += para(run(p->text, t), {"both", "", kIndent, before_table});
      } else if (const auto* sub = std::get_if<Subheading>(&block)) {
        body += para(run(sub->text, f.subheading), {"left", "Heading2", kIndent, true, 120, 60});
      } else if (const auto* b = std::get_if<Bullets>(&block)) {
        for (const auto& item : b->items) body += para(run("- " + item, f.body), {"both", "", kIndent});
      } else {
        body += table(std::get<Table>(block), f);
      }
    }
  }
  body += closing_table(h, f);
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
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
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
