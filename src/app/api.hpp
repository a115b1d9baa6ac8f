// The JSON API: routes declared by each module, each run in one database transaction
// (read for GET, write otherwise), so that a request that fails writes nothing.
#pragma once
#include <functional>
#include <map>
#include <string>

#include "base/date.hpp"
#include "base/period.hpp"
#include "db/connection.hpp"
#include "db/database.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace sen::app {

// What a handler gets: the request, its path parameters, and a connection inside the
// request's transaction.
struct Context {
  const http::Request& request;
  const std::map<std::string, std::string>& params;
  db::Connection& db;

  const std::string& param(const std::string& name) const { return params.at(name); }
  // Query parameter `name` as a date; `fallback` when absent; Error naming it when malformed.
  Date date_param(std::string_view name, Date fallback) const;
  // Query parameter `name`; Error naming it when absent or empty.
  std::string required_param(std::string_view name) const;
  // Query parameter `name` as a reporting period (2023, 2023-6M, 2023-Q1, 2023-03 …).
  Period period_param(std::string_view name) const;
};

using Handler = std::function<http::Response(Context&)>;

class Api {
 public:
  // `database` may be null only to list the routes (sen routes); handle() then fails.
  explicit Api(db::Database* database) : database_(database) {}

  void get(std::string pattern, Handler h) { add(http::Method::get, std::move(pattern), std::move(h)); }
  void post(std::string pattern, Handler h) { add(http::Method::post, std::move(pattern), std::move(h)); }
  void patch(std::string pattern, Handler h) { add(http::Method::patch, std::move(pattern), std::move(h)); }
  void put(std::string pattern, Handler h) { add(http::Method::put, std::move(pattern), std::move(h)); }
  void del(std::string pattern, Handler h) { add(http::Method::delete_, std::move(pattern), std::move(h)); }

  // Routes the request and runs its handler; throws sen::Error for an unknown route (404)
  // or a wrong method (405), and whatever the handler throws.
  http::Response handle(const http::Request& request);

  const http::RouteTable& routes() const { return routes_; }

 private:
  void add(http::Method method, std::string pattern, Handler handler);

  db::Database* database_;
  http::RouteTable routes_;
  std::vector<Handler> handlers_;
};

// Builds the API with the routes of every module.
void register_all_routes(Api& api);

}  // namespace sen::app
