// Answers of Open311 GeoReport v2 in the format the path asks for: ".json" or ".xml" at its end
// (XML, the specification's default, for any other path), errors included.
#pragma once
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "base/error.hpp"
#include "http/message.hpp"

namespace sen::open311 {

enum class Format { json, xml };

// JSON when the path ends in ".json", otherwise XML.
Format format_of(std::string_view path);

// `value` with `status`: as JSON, or as XML under the root element `root` (services,
// service_definition, service_requests, discovery); readable by pages of any origin (CORS).
http::Response answer(Format format, int status, std::string_view root, const boost::json::value& value);

// An error as the specification writes it: a list of {code, description} (<errors><error>…) with
// the HTTP status as code: 404 for what does not exist, 403 for a missing or wrong api_key or a
// missing right, 503 when the server cannot serve now, 400 for every other error. The description
// names the field and is in Vietnamese unless the client prefers English; an error with details
// (rows) gives one item per detail.
http::Response error_answer(const Error& error, const http::Request& request);

// The address of this server as the client reached it ("https://sen.example.vn"), from the Host
// header and X-Forwarded-Proto; "http://localhost" when the Host header is missing or unusable.
std::string origin_of(const http::Request& request);

}  // namespace sen::open311
