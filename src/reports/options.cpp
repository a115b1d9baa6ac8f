#include "reports/options.hpp"

#include "base/error.hpp"
#include "reports/messages.hpp"

namespace sen::reports {

Format require_format(const std::string& text, const char* field) {
  if (auto f = parse_format(text)) return *f;
  throw messages::error<"report.format_unknown">(field);
}

Issuer require_issuer(const std::string& text, const char* field) {
  if (text == "party") return Issuer::party;
  if (text == "state") return Issuer::state;
  throw messages::error<"report.issuer_unknown">(field);
}

}  // namespace sen::reports
