#include "db/connection.hpp"

#include <fmt/format.h>

#include <charconv>
#include <stdexcept>

namespace sen::db {

std::optional<std::size_t> Row::index(std::string_view column) const {
  if (!columns_) return std::nullopt;
  for (std::size_t i = 0; i < columns_->size(); ++i) {
    if ((*columns_)[i] == column) return i;
  }
  return std::nullopt;
}

std::string Row::text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto s = std::get_if<std::string>(&v)) return *s;
  if (auto n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (auto d = std::get_if<double>(&v)) return fmt::format("{}", *d);
  return {};
}

std::optional<std::string> Row::optional_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

std::int64_t Row::integer(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto n = std::get_if<std::int64_t>(&v)) return *n;
  if (auto d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (auto s = std::get_if<std::string>(&v)) {
    std::int64_t n = 0;
    auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), n);
    if (ec != std::errc() || p != s->data() + s->size()) {
      throw DatabaseError(fmt::format("column {} is not an integer: '{}'", i, *s));
    }
    return n;
  }
  return 0;
}

std::optional<std::int64_t> Row::optional_integer(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return integer(i);
}

double Row::real(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto d = std::get_if<double>(&v)) return *d;
  if (auto n = std::get_if<std::int64_t>(&v)) return static_cast<double>(*n);
  if (auto s = std::get_if<std::string>(&v)) return std::stod(*s);
  return 0;
}

std::optional<double> Row::optional_real(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return real(i);
}

Date Row::date(std::size_t i) const {
  return Date::parse(text(i)).value();
}

std::optional<Date> Row::optional_date(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return date(i);
}

void Connection::append(std::string_view table, const std::vector<std::string>& columns, std::size_t count,
                        const std::function<Params(std::size_t)>& row) {
  std::string names, placeholders;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    names += (i ? ", " : "") + columns[i];
    placeholders += fmt::format("{}${}", i ? ", " : "", i + 1);
  }
  std::string sql = fmt::format("INSERT INTO {}({}) VALUES ({})", table, names, placeholders);
  for (std::size_t i = 0; i < count; ++i) execute(sql, row(i));
}

}  // namespace sen::db
