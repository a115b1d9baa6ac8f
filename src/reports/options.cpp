#include "reports/options.hpp"

#include "base/error.hpp"

namespace sen::reports {

Format require_format(const std::string& text, const char* field) {
  if (auto f = parse_format(text)) return *f;
  throw invalid_field(field, "Định dạng là html, docx, xlsx hoặc pdf", "The format is html, docx, xlsx or pdf");
}

Issuer require_issuer(const std::string& text, const char* field) {
  if (text == "party") return Issuer::party;
  if (text == "state") return Issuer::state;
  throw invalid_field(field, "Cơ quan ban hành là party (cấp ủy) hoặc state (Ủy ban nhân dân)",
                      "The issuer is party (the Party committee) or state (the People's Committee)");
}

}  // namespace sen::reports
