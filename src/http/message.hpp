// The request and response the application sees: plain data, no Beast or Asio,
// so that modules and their tests never need a socket.
#pragma once
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sen::http {

enum class Method { get, head, post, put, patch, delete_, options, other };

std::string_view method_name(Method m);

struct Request {
  Method method = Method::get;
  std::string path;                                          // percent-decoded, without the query string
  std::vector<std::pair<std::string, std::string>> query;    // decoded, in order
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;
  std::string remote_address;  // the connection's peer
  std::string client_address;  // the client: the peer, or the address a trusted proxy forwards
  std::string request_id;

  // The first query parameter with this name; nullopt when absent.
  std::optional<std::string> query_param(std::string_view name) const;
  // The header with this lower-case name; nullopt when absent.
  std::optional<std::string> header(std::string_view lower_name) const;
  // Whether the client asked for English (Accept-Language starting with "en").
  bool prefers_english() const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static Response json(int status, const boost::json::value& value);
  // 201 with the new resource and its Location.
  static Response created(const boost::json::value& value, std::string location);
  static Response no_content();
};

}  // namespace sen::http
