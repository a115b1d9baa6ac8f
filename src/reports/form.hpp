// The typography of the two official forms, the one table every renderer reads: the size, weight,
// slant and underline of each part of the document, and the marks under the names.
//   Party (Guidance 36-HD/VPTW, 2018): "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold with a line beneath
//   as long as the words; superior body 14 pt, issuing body 14 pt bold with "*" beneath; number
//   14 pt; place and date 14 pt italic; "BÁO CÁO" 16 pt bold; subject 14 pt bold with "-----"
//   beneath; body 14 pt; "Nơi nhận:" 14 pt underlined, recipients 12 pt; authority, title and
//   signer 14 pt bold.
//   State (Decree 30/2020/NĐ-CP, Appendix I): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" 12 pt bold on
//   one line; "Độc lập - Tự do - Hạnh phúc" 13 pt bold with a line as long as the words; issuing
//   body 13 pt bold with a short solid line beneath (no star); number 13 pt; place and date 14 pt
//   italic; "BÁO CÁO" and subject 14 pt bold, a short line beneath; body 14 pt; "Nơi nhận:" 12 pt
//   bold italic, recipients 11 pt; authority, title and signer 14 pt bold.
#pragma once
#include "reports/model.hpp"

namespace sen::reports {

struct Type {
  double size = 14;  // points
  bool bold = false;
  bool italic = false;
  bool underline = false;  // a solid line beneath, as long as the words
};

struct Form {
  Type superior, issuer, number, motto, motto_second, place_date;
  Type kind, subject, cutoff;
  Type heading, subheading, body, table, table_heading;
  Type recipients_label, recipients, signature, signer;
  bool star = false;            // "*" under the issuing body (Party)
  bool issuer_rule = false;     // a short solid line under the issuing body (state)
  bool subject_dashes = false;  // "-----" under the subject (Party)
  bool subject_rule = false;    // a short solid line under the subject (state)
  double left_share = 0.5;      // the header's left column, as a share of the text width
  double signing_space = 72;    // points left blank for the signature and the seal
};

const Form& form_of(Issuer issuer);

// The length of the short lines under the issuing body and the subject, as a share of their
// column: between a third and a half of a line of text (Decree 30).
inline constexpr double kShortRule = 0.3;

}  // namespace sen::reports
