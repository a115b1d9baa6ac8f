#include "open311/response.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>

#include "base/json.hpp"
#include "open311/xml.hpp"

namespace sen::open311 {

namespace bj = boost::json;

namespace {

// GeoReport v2's list elements and the element of their items.
const ItemNames kItemNames = {{"services", "service"}, {"service_requests", "request"}, {"attributes", "attribute"},
                              {"values", "value"},     {"endpoints", "endpoint"},       {"formats", "format"},
                              {"errors", "error"}};

int status_of(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::not_found:
      return 404;
    case ErrorKind::unauthorized:
    case ErrorKind::forbidden:
      return 403;
    case ErrorKind::unavailable:
      return 503;
    default:
      return 400;
  }
}

std::string described(std::string_view field, const std::string& message) {
  if (field.empty()) return message;
  return std::string(field) + ": " + message;
}

}  // namespace

Format format_of(std::string_view path) {
  return path.ends_with(".json") ? Format::json : Format::xml;
}

http::Response answer(Format format, int status, std::string_view root, const bj::value& value) {
  http::Response r;
  r.status = status;
  // Public answers, and an api_key that travels in the form, never in a cookie: a 311 web app on
  // another site may read them.
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  if (format == Format::json) {
    r.content_type = "application/json; charset=utf-8";
    r.body = json::serialize(value);
  } else {
    r.content_type = "text/xml; charset=utf-8";
    r.body = to_xml(root, value, kItemNames);
  }
  return r;
}

http::Response error_answer(const Error& error, const http::Request& request) {
  bool en = request.prefers_english();
  int status = status_of(error.kind());
  bj::array errors;
  for (const auto& d : error.details()) {
    errors.push_back({{"code", status}, {"description", described(d.field, en ? d.message_en : d.message_vi)}});
  }
  if (errors.empty()) {
    errors.push_back(
        {{"code", status}, {"description", described(error.field(), en ? error.message_en() : error.message_vi())}});
  }
  return answer(format_of(request.path), status, "errors", errors);
}

std::string origin_of(const http::Request& request) {
  auto host = request.header("host").value_or("");
  bool usable = !host.empty() && host.size() <= 255 && std::all_of(host.begin(), host.end(), [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' || ch == ':' || ch == '[' ||
           ch == ']';
  });
  std::string scheme = request.header("x-forwarded-proto") == "https" ? "https" : "http";
  return scheme + "://" + (usable ? host : "localhost");
}

}  // namespace sen::open311
