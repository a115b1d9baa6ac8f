#include "http/problem.hpp"

#include <boost/json.hpp>

namespace sen::http {

namespace {

std::string_view title(int status, bool english) {
  switch (status) {
    case 400:
      return english ? "Bad Request" : "Yêu cầu không hợp lệ";
    case 401:
      return english ? "Unauthorized" : "Chưa đăng nhập";
    case 403:
      return english ? "Forbidden" : "Không có quyền";
    case 404:
      return english ? "Not Found" : "Không tìm thấy";
    case 405:
      return english ? "Method Not Allowed" : "Phương thức không được hỗ trợ";
    case 408:
      return english ? "Request Timeout" : "Hết thời gian chờ yêu cầu";
    case 409:
      return english ? "Conflict" : "Xung đột dữ liệu";
    case 413:
      return english ? "Content Too Large" : "Nội dung quá lớn";
    case 422:
      return english ? "Unprocessable Content" : "Dữ liệu vi phạm quy định";
    case 429:
      return english ? "Too Many Requests" : "Quá nhiều yêu cầu";
    case 431:
      return english ? "Request Header Fields Too Large" : "Phần đầu yêu cầu quá lớn";
    case 503:
      return english ? "Service Unavailable" : "Dịch vụ tạm thời không sẵn sàng";
    default:
      return english ? "Internal Server Error" : "Lỗi máy chủ";
  }
}

Response make(int status, std::string_view code, std::string_view detail_vi, std::string_view detail_en,
              std::string_view field, const std::vector<ErrorDetail>& details, const Request& request) {
  bool en = request.prefers_english();
  boost::json::object body{
      {"type", "about:blank"},
      {"status", status},
      {"title", title(status, en)},
      {"detail", en ? detail_en : detail_vi},
      {"code", code},
      {"request_id", request.request_id},
  };
  if (!field.empty()) body["field"] = field;
  if (!details.empty()) {
    boost::json::array items;
    for (const auto& d : details) {
      boost::json::object item{{"detail", en ? d.message_en : d.message_vi}};
      if (d.line > 0) item["line"] = d.line;
      if (!d.field.empty()) item["field"] = d.field;
      if (!d.code.empty()) item["code"] = d.code;
      items.push_back(std::move(item));
    }
    body["errors"] = std::move(items);
  }
  Response r = Response::json(status, body);
  r.content_type = "application/problem+json";
  return r;
}

}  // namespace

Response problem(const Error& error, const Request& request) {
  return make(http_status(error.kind()), error.code(), error.message_vi(), error.message_en(), error.field(),
              error.details(), request);
}

}  // namespace sen::http
