#include "http/message.hpp"

#include "base/json.hpp"

namespace sen::http {

std::string_view method_name(Method m) {
  switch (m) {
    case Method::get:
      return "GET";
    case Method::head:
      return "HEAD";
    case Method::post:
      return "POST";
    case Method::put:
      return "PUT";
    case Method::patch:
      return "PATCH";
    case Method::delete_:
      return "DELETE";
    case Method::options:
      return "OPTIONS";
    case Method::other:
      break;
  }
  return "OTHER";
}

std::optional<std::string> Request::query_param(std::string_view name) const {
  for (const auto& [k, v] : query) {
    if (k == name) return v;
  }
  return std::nullopt;
}

std::optional<std::string> Request::header(std::string_view lower_name) const {
  for (const auto& [k, v] : headers) {
    if (k == lower_name) return v;
  }
  return std::nullopt;
}

bool Request::prefers_english() const {
  auto lang = header("accept-language");
  return lang && lang->size() >= 2 && (*lang)[0] == 'e' && (*lang)[1] == 'n';
}

Response Response::json(int status, const boost::json::value& value) {
  Response r;
  r.status = status;
  r.body = json::serialize(value);
  return r;
}

Response Response::created(const boost::json::value& value, std::string location) {
  Response r = json(201, value);
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

Response Response::no_content() {
  Response r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

}  // namespace sen::http
