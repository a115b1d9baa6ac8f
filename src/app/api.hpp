// The JSON API: routes declared by each module with the permission they need, each run in one
// database transaction (read for GET, write otherwise), so that a request that fails writes
// nothing. Authentication (session cookie or bearer token), the permission and the CSRF check
// happen here, before any handler runs.
#pragma once
#include <boost/json/value.hpp>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "access/principal.hpp"
#include "app/answer_cache.hpp"
#include "app/credential_cache.hpp"
#include "app/gate.hpp"
#include "app/records.hpp"
#include "base/date.hpp"
#include "base/error.hpp"
#include "base/period.hpp"
#include "db/connection.hpp"
#include "db/database.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace sen::app {

inline constexpr const char* kSessionCookie = "sen_session";
inline constexpr const char* kCsrfHeader = "x-csrf-token";

// What a handler gets: the request, its path parameters, a connection inside the request's
// transaction, and who is asking (null only on public routes called without credentials).
struct Context {
  const http::Request& request;
  const std::map<std::string, std::string>& params;
  db::Connection& db;
  const access::Principal* principal;
  const Gate& gate;

  const std::string& param(const std::string& name) const { return params.at(name); }
  // Query parameter `name` as a date; `fallback` when absent; Error naming it when malformed.
  Date date_param(std::string_view name, Date fallback) const;
  // The day of the request: today in Vietnam by the server's clock (never the caller's).
  Date today() const { return today_in_vietnam(); }
  // ?as_of= for reads that can look back (what was lagging on a past day); today when absent;
  // Error naming it when malformed or after today.
  Date as_of() const;
  // Path parameter `name` as a positive id; otherwise the not-found `code` of the module's catalogue
  // `Messages`, taking the parameter: ctx.id_param<messages, "task.not_found">("id").
  template <class Messages, Code code>
  std::int64_t id_param(const std::string& name) const {
    return record_id<Messages, code>(param(name));
  }
  // Query parameter `name`; Error naming it when absent or empty.
  std::string required_param(std::string_view name) const;
  // Query parameter `name` as a reporting period (2023, 2023-6M, 2023-Q1, 2023-03 …).
  Period period_param(std::string_view name) const;
  // The days of `period` a count takes: the calendar's (window=calendar, the default), or the
  // period's data cut-off window of Decree 09/2019 (window=cutoff), as a periodic report counts.
  DateRange window_param(const Period& period) const;
  // Query parameter `name` as a year 1900–2200; `fallback` when absent.
  int year_param(std::string_view name, int fallback) const;
  // Query parameter `name` as true or false; `fallback` when absent.
  bool bool_param(std::string_view name, bool fallback) const;
  // ?limit= for a page of a list: 1 to `most`; `fallback` when absent.
  std::size_t page_limit(std::size_t fallback, std::size_t most) const;

  // Whether `unit` lies in the caller's scope on `day` (clamped to the unit's lifetime).
  bool in_scope(const std::string& unit, Date day) const;
  // Error forbidden (403) unless in_scope.
  void require_scope(const std::string& unit, Date day) const;
  // Whether the caller works in `unit` or below it on `day`: the staff a denunciation against
  // `unit` must never reach. False for callers without a scope.
  bool concerned_by(const std::string& unit, Date day) const;
  // Error forbidden unless the caller holds `permission`.
  void require_permission(std::string_view permission) const;
  // Whether the caller has no scope (sees everywhere).
  bool unscoped() const { return principal && !principal->user.unit; }
  // Error forbidden unless unscoped: a record that names no unit in `field` belongs to no scope.
  void require_unscoped(const char* field) const;
  // The audit scope of what the caller does across units (an import): the caller's own scope.
  access::Where own_scope() const { return {principal ? principal->user.unit : std::nullopt, std::nullopt}; }
  // The caller's user name, as recorded with the data they enter.
  std::string actor() const;
  // Appends to the audit trail in this request's transaction; `where` names the unit whose scope
  // the row belongs to.
  void audit(std::string_view action, std::string_view entity, std::string_view key, const access::Where& where,
             const boost::json::value& before, const boost::json::value& after) const;
};

using Handler = std::function<http::Response(Context&)>;

// The transaction a route runs in: reads run in a read transaction unless they write too (an
// audited read of sensitive records, a throttled lookup); every other method writes.
enum class Transaction { by_method, write };

// Writes an expected failure as the answer to a request (instead of problem+json).
using ErrorRenderer = std::function<http::Response(const Error&, const http::Request&)>;

struct ApiOptions {
  bool secure_cookies = false;  // mark the session cookie Secure (serve behind HTTPS)
  // The jurisdiction_id Open311 clients may name (sen serve --open311-jurisdiction); none: they name none.
  std::optional<std::string> open311_jurisdiction;
  std::size_t file_bytes = 25 * 1024 * 1024;          // the largest attached file (sen serve --file-limit)
  std::size_t answer_cache_bytes = 64 * 1024 * 1024;  // answers kept for repeated reads (--answer-cache)
};

class Api {
 public:
  // `database` and `gate` may be null only to list the routes (sen routes); handle() then fails.
  Api(db::Database* database, const Gate* gate, ApiOptions options = {})
      : database_(database), gate_(gate), options_(options), answers_(options.answer_cache_bytes) {}

  // Declares a route and the permission it needs (see access/permissions.hpp).
  void get(std::string pattern, std::string_view permission, Handler h,
           Transaction transaction = Transaction::by_method);
  void post(std::string pattern, std::string_view permission, Handler h);
  void put(std::string pattern, std::string_view permission, Handler h);
  void patch(std::string pattern, std::string_view permission, Handler h);
  void del(std::string pattern, std::string_view permission, Handler h);

  // Declares a kind of record that files attach to and search finds (see app/records.hpp).
  void record_kind(RecordKind kind) { record_kinds_.push_back(std::move(kind)); }
  const std::vector<RecordKind>& record_kinds() const { return record_kinds_; }

  // Errors of requests whose path starts with `path_prefix` are answered by `renderer`, from the
  // unknown route to what the handler throws (Open311 has its own form of errors).
  void render_errors(std::string path_prefix, ErrorRenderer renderer);

  // Routes and runs the request. A read (GET or HEAD in a read transaction) that answers 200
  // without its own Cache-Control or a cookie carries an ETag and is kept for the same key until
  // the data generation moves (app/answer_cache.hpp); If-None-Match with its tag answers 304.
  // Throws sen::Error for an unknown route (404), a wrong method
  // (405), missing credentials (401), a missing permission or CSRF token (403), and whatever the
  // handler throws — unless render_errors() covers the path.
  http::Response handle(const http::Request& request);

  struct Route {
    http::Method method;
    std::string pattern;
    std::string permission;
  };
  std::vector<Route> routes() const;
  const ApiOptions& options() const { return options_; }

  // Gives every route that `select` accepts the handler `wrap` makes of its own: for a module that
  // adds to other modules' routes (files: any write of a record may bring files to attach).
  void wrap_routes(const std::function<bool(const Route&)>& select,
                   const std::function<Handler(const Route&, Handler)>& wrap);

 private:
  void add(http::Method method, std::string pattern, std::string_view permission, Handler handler,
           Transaction transaction = Transaction::by_method);
  http::Response route(const http::Request& request);
  // The answer kept for a read at the database's current generation, when the caller's credential
  // (`credential`, its credential_key) was checked at that generation already: one statement and
  // no transaction; nullopt otherwise (the read then runs in full: its errors, a missing
  // permission included, are its own).
  std::optional<http::Response> kept_answer(const http::Request& request, const std::string& credential,
                                            const std::string& permission);
  // The handler's answer, kept under the caller's key at `generation`, read before anything else.
  http::Response answer_read(const Handler& handler, Context& ctx, std::int64_t generation);

  db::Database* database_;
  const Gate* gate_;
  ApiOptions options_;
  http::RouteTable table_;
  std::vector<std::string> permissions_;
  std::vector<Handler> handlers_;
  std::vector<Transaction> transactions_;
  std::vector<std::pair<std::string, ErrorRenderer>> renderers_;
  std::vector<RecordKind> record_kinds_;
  AnswerCache answers_;
  CredentialCache credentials_;
};

// The value of one cookie in a Cookie header; nullopt when absent.
std::optional<std::string> cookie(const http::Request& request, std::string_view name);

}  // namespace sen::app
