#include "app/api.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "base/error.hpp"

namespace sen::app {

Date Context::date_param(std::string_view name, Date fallback) const {
  auto text = request.query_param(name);
  if (!text) return fallback;
  auto date = Date::parse(*text);
  if (!date) {
    throw invalid_field(std::string(name), fmt::format("Tham số '{}' phải là ngày dạng YYYY-MM-DD", name),
                        fmt::format("Parameter '{}' must be a date as YYYY-MM-DD", name));
  }
  return *date;
}

std::string Context::required_param(std::string_view name) const {
  auto text = request.query_param(name);
  if (!text || text->empty()) {
    throw invalid_field(std::string(name), fmt::format("Thiếu tham số '{}'", name),
                        fmt::format("Parameter '{}' is required", name));
  }
  return *text;
}

Period Context::period_param(std::string_view name) const {
  auto text = required_param(name);
  auto period = Period::parse(text);
  if (!period) {
    throw invalid_field(std::string(name),
                        fmt::format("Kỳ '{}' không hợp lệ (dạng 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)", text),
                        fmt::format("Period '{}' is invalid (forms: 2023, 2023-6M, 2023-9M, 2023-Q1, 2023-03)", text));
  }
  return *period;
}

void Api::add(http::Method method, std::string pattern, Handler handler) {
  routes_.add(method, std::move(pattern));
  handlers_.push_back(std::move(handler));
}

http::Response Api::handle(const http::Request& request) {
  auto match = routes_.match(request.method, request.path);
  if (match.route == http::RouteMatch::kNone) {
    if (!match.allowed.empty()) {
      std::string allowed;
      for (auto m : match.allowed) allowed += (allowed.empty() ? "" : ", ") + std::string(http::method_name(m));
      throw Error(ErrorKind::method_not_allowed, "method_not_allowed",
                  fmt::format("Phương thức {} không dùng được ở đây; dùng {}", http::method_name(request.method), allowed),
                  fmt::format("Method {} is not allowed here; use {}", http::method_name(request.method), allowed));
    }
    throw Error(ErrorKind::not_found, "no_route", fmt::format("Không có địa chỉ {}", request.path),
                fmt::format("No such resource: {}", request.path));
  }
  const Handler& handler = handlers_[match.route];
  auto run = [&](db::Connection& c) {
    Context ctx{request, match.params, c};
    return handler(ctx);
  };
  bool reading = request.method == http::Method::get || request.method == http::Method::head;
  if (!database_) throw std::logic_error("Api::handle without a database");
  try {
    return reading ? database_->read(run) : database_->write(run);
  } catch (const db::ConstraintViolation&) {
    // The checks passed, so another request wrote the same key in the meantime.
    throw Error(ErrorKind::conflict, "concurrent_change",
                "Dữ liệu vừa được người khác thay đổi cùng lúc; hãy tải lại và thử lại",
                "Someone else changed the same data at the same time; reload and try again");
  }
}

}  // namespace sen::app
