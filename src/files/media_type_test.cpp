#include "files/media_type.hpp"

#include <gtest/gtest.h>

namespace sen::files {
namespace {

TEST(MediaType, RecognisesAllowedFilesByContentNotName) {
  EXPECT_EQ(media_type_of("%PDF-1.7\n..."), "application/pdf");
  EXPECT_EQ(media_type_of(std::string("\x89PNG\r\n\x1a\n\0\0", 10)), "image/png");
  EXPECT_EQ(media_type_of("\xFF\xD8\xFF\xE0JFIF"), "image/jpeg");
  EXPECT_EQ(media_type_of("PK\x03\x04....word/document.xml...."),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(media_type_of("PK\x03\x04....xl/workbook.xml...."),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(media_type_of("Báo cáo giải ngân\r\nQuý 1\tđạt 40%"), "text/plain; charset=utf-8");
}

TEST(MediaType, RefusesEverythingElse) {
  EXPECT_EQ(media_type_of(std::string("MZ\x90\0\x03", 5)), std::nullopt);      // a Windows executable
  EXPECT_EQ(media_type_of("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), std::nullopt);  // an old .doc
  EXPECT_EQ(media_type_of("PK\x03\x04 other.txt"), std::nullopt);              // a zip of anything
  EXPECT_EQ(media_type_of("<svg onload=alert(1)>\x01"), std::nullopt);         // a control character
  EXPECT_EQ(media_type_of("\xC3\x28 not UTF-8"), std::nullopt);
  EXPECT_EQ(media_type_of(""), std::nullopt);
}

TEST(MediaType, OnlyPdfAndImagesArePreviewed) {
  EXPECT_TRUE(previewable("application/pdf"));
  EXPECT_TRUE(previewable("image/png"));
  EXPECT_TRUE(previewable("image/jpeg"));
  EXPECT_FALSE(previewable("text/plain; charset=utf-8"));
}

}  // namespace
}  // namespace sen::files
