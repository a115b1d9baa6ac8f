#include "calendar/span.hpp"

#include <fmt/format.h>

#include "calendar/messages.hpp"

namespace sen::calendar {

namespace {

Error out_of_range(const Span& span, const std::string& field, const std::string& what_vi, const std::string& what_en) {
  return messages::error<"calendar.out_of_range">(field, Localized{what_vi, what_en}, span.first, span.last,
                                                  Localized{span.reason_vi, span.reason_en});
}

}  // namespace

const Span& lunar_span() {
  static const Span span{Date::from_ymd(1900, 1, 31), Date::from_ymd(2100, 12, 31),
                         "lịch âm tính cho các năm Canh Tý 1900 đến Canh Thân 2100",
                         "the lunar calendar is computed for the years 1900 to 2100"};
  return span;
}

void require_within(const Span& span, Date d, const std::string& field) {
  if (!span.contains(d)) throw out_of_range(span, field, "Ngày " + d.vietnamese(), d.iso());
}

void require_year_within(const Span& span, int year, const std::string& field) {
  if (year < span.first.year() || year > span.last.year()) {
    throw out_of_range(span, field, fmt::format("Năm {}", year), fmt::format("Year {}", year));
  }
}

Error beyond_span(const Span& span, const std::string& field) {
  return out_of_range(span, field, "Ngày kết quả (sau " + span.last.vietnamese() + ")",
                      "The resulting date (after " + span.last.iso() + ")");
}

}  // namespace sen::calendar
