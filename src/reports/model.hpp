// The report as data, independent of its format: a document header in the official form, then
// sections of paragraphs, lists and tables, then the recipients and the signature. Every renderer
// (HTML, DOCX, XLSX, PDF) reads this.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sen::reports {

// party: a document of the unit's Party committee (Guidance 36-HD/VPTW);
// state: of its People's Committee (Decree 30/2020/NĐ-CP).
enum class Issuer { party, state };

// A table cell: its text as printed ("1.172,5", "≥ 98") and, for numbers, the value (1172.5, 98)
// so that a spreadsheet keeps it a number; `prefix` is the text printed before the number ("≥ "),
// kept in the spreadsheet's number format, as is `suffix`, printed after it (the mark " (*)" of an
// illustrative figure).
struct Cell {
  std::string text;
  std::optional<double> number;
  int decimals = 0;
  std::string prefix;
  std::string suffix;
};

struct Table {
  std::vector<std::string> columns;
  std::vector<double> widths;  // relative column widths, one per column
  std::vector<std::vector<Cell>> rows;
  std::vector<bool> group_rows;  // true where a row is a group heading spanning the table
};

struct Paragraph {
  std::string text;
  bool emphasis = false;  // italic: notes and sources
};

// A numbered heading inside a section: "1. Ưu điểm".
struct Subheading {
  std::string text;
};

struct Bullets {
  std::vector<std::string> items;
};

using Block = std::variant<Paragraph, Subheading, Bullets, Table>;

struct Section {
  std::string title;  // "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"; empty for an opening without heading
  std::string sheet;  // short name for a spreadsheet tab (≤ 31 characters)
  std::vector<Block> blocks;
  std::string permission;  // what a reader needs to see it ("oversight.read"); empty for the officer's text
};

// The header and the closing of a Party document (Guidance 36-HD/VPTW) or a state document
// (Decree 30/2020/NĐ-CP).
struct Header {
  Issuer form = Issuer::party;
  std::string superior;             // "ĐẢNG BỘ TỈNH HÀ TĨNH"; empty for state documents
  std::vector<std::string> issuer;  // lines: {"THÀNH ỦY HÀ TĨNH"} / {"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ TĨNH"}
  std::string number;               // "Số 123-BC/TU" / "Số: 123/BC-UBND"
  std::string motto;         // "ĐẢNG CỘNG SẢN VIỆT NAM" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  std::string motto_second;  // "" / "Độc lập - Tự do - Hạnh phúc"
  std::string place_date;    // "Hà Tĩnh, ngày 27 tháng 12 năm 2022"
  std::string kind;          // "BÁO CÁO"
  std::string subject;       // "kết quả thực hiện nhiệm vụ năm 2022 …"
  std::string cutoff;  // "Thời gian chốt số liệu: …" under the subject of a periodic report; may be empty
  std::vector<std::string> recipients;  // "Nơi nhận", each line as printed after its dash
  std::string signature_for;            // "T/M BAN THƯỜNG VỤ" / "TM. ỦY BAN NHÂN DÂN"
  std::string signature_title;          // "BÍ THƯ" / "CHỦ TỊCH"
  std::string signer;                   // the signer's name; empty in a draft
};

struct Report {
  Header header;
  std::vector<Section> sections;
  std::string file_stem;  // "bao-cao-436-2022"
};

}  // namespace sen::reports
