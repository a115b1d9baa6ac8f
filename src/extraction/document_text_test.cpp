#include "extraction/document_text.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "reports/zip.hpp"

namespace sen::extraction {
namespace {

TEST(DocumentText, ADocxGivesItsParagraphsOnTheirOwnLines) {
  std::string xml =
      "<?xml version=\"1.0\"?><w:document><w:body>"
      "<w:p><w:r><w:t>Tổng thu ngân sách ước đạt </w:t></w:r><w:r><w:t xml:space=\"preserve\">1.172,5 tỷ "
      "đồng</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Trồng mới 23.000 cây &amp; hoa</w:t></w:r></w:p></w:body></w:document>";
  auto docx = reports::zip_archive({{"word/document.xml", xml}});
  auto d = document_text(docx);
  EXPECT_EQ(d.text, "Tổng thu ngân sách ước đạt 1.172,5 tỷ đồng\nTrồng mới 23.000 cây & hoa\n");
  EXPECT_EQ(d.media_type, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}

TEST(DocumentText, TextLosesItsByteOrderMark) {
  EXPECT_EQ(document_text("\xEF\xBB\xBFNăm 2023").text, "Năm 2023");
}

TEST(DocumentText, WhatCannotBeReadIsAnErrorNamingTheField) {
  auto zip_without_document = reports::zip_archive({{"other.xml", "<x/>"}});
  for (std::string bytes : {zip_without_document, std::string("%PDF-1.4 broken"), std::string("\xFF\xFE\x41\x00", 4),
                            std::string("   \n ")}) {
    try {
      document_text(bytes, "file");
      FAIL() << bytes;
    } catch (const Error& e) {
      EXPECT_EQ(e.field(), "file");
    }
  }
}

}  // namespace
}  // namespace sen::extraction
