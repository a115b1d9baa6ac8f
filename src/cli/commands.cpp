#include "cli/commands.hpp"

#include <fmt/format.h>
#include <malloc.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/audit.hpp"
#include "base/error.hpp"
#include "base/json.hpp"
#include "base/period.hpp"
#include "cli/accounts.hpp"
#include "cli/database.hpp"
#include "cli/messages.hpp"
#include "db/database.hpp"
#include "db/migrate.hpp"
#include "db/postgres.hpp"
#include "db/sqlite.hpp"
#include "demo/demo.hpp"
#include "http/static_files.hpp"
#include "oversight/oversight.hpp"
#include "projects/csv_import.hpp"
#include "projects/iati.hpp"
#include "search/index.hpp"
#include "targets/csv_io.hpp"
#include "targets/rollups.hpp"
#include "targets/scorecard_text.hpp"
#include "targets/targets.hpp"
#include "tasks/tasks.hpp"
#include "units/units.hpp"
#include "wiring/api.hpp"

namespace sen::cli {

namespace {

Period period_or_error(const std::string& text) {
  auto p = Period::parse(text);
  if (!p) {
    throw messages::error<"cli.period">("period", text);
  }
  return *p;
}

std::optional<std::string> optional(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

int scorecard(const std::string& db, const std::string& unit, const std::string& period, const std::string& plan) {
  auto database = open_database(db);
  auto text = database->read([&](db::Connection& c) {
    auto p = period_or_error(period);
    auto card = targets::scorecard(c, unit, p, optional(plan));
    return targets::scorecard_text(card,
                                   [&](const std::string& code) { return units::name_at(c, code, p.days().last); });
  });
  std::fputs(text.c_str(), stdout);
  return 0;
}

int oversight_stats(const std::string& db, const std::string& unit, const std::string& period) {
  auto database = open_database(db);
  auto s = database->read([&](db::Connection& c) {
    units::require_exists(c, unit, "unit");
    return oversight::stats(c, unit, period_or_error(period));
  });
  // A figure that counts an invented (demo) record carries " (*)", explained at the end; a total an
  // issued report states otherwise is shown beside the count.
  bool any = s.inspection_illustrative || s.supervision_illustrative || s.discipline_illustrative ||
             s.discipline_forms_illustrative || s.cases_illustrative || s.admissions_illustrative;
  auto line = [&s](const char* label, int n, bool illustrative, const char* figure = "") {
    auto reported = s.reported.find(figure);
    return fmt::format("{}: {}{}{}\n", label, n, illustrative && n > 0 ? " (*)" : "",
                       reported != s.reported.end() && reported->second != n
                           ? fmt::format(" (báo cáo đã ban hành ghi {})", reported->second)
                           : "");
  };
  std::string out = oversight::sentence_of(s, " (*)") + "\n";
  if (s.reported_source) out += "Tổng số nêu trong: " + *s.reported_source + "\n";
  out += line("Cuộc kiểm tra", s.inspection_cases, s.cases_illustrative);
  out += line("Cuộc giám sát", s.supervision_cases, s.cases_illustrative);
  for (const auto& f : oversight::counted_figures()) out += line(f.label, s.*f.count, s.*f.illustrative, f.name);
  out += line("Kết nạp đảng viên", s.admissions, s.admissions_illustrative);
  if (any) out += "\n(*) Số liệu minh họa: dữ liệu mẫu nhập để trình diễn, không phải số liệu chính thức.\n";
  std::fputs(out.c_str(), stdout);
  return 0;
}

int refresh_rollups(const std::string& db) {
  auto database = open_database(db);
  auto written = database->write([](db::Connection& c) { return targets::rollups::refresh_all(c); });
  std::printf("Wrote %zu roll-ups\n", written);
  return 0;
}

int import_csv(const std::string& db, const std::string& what, const std::string& file, const std::string& numbers,
               bool dry_run) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file);
  std::stringstream text;
  text << in.rdbuf();
  auto style = targets::number_style(numbers, "numbers");
  auto database = open_database(db);
  // Rows imported, and whether they were written.
  auto [rows, written] = database->write([&](db::Connection& c) -> std::pair<std::size_t, bool> {
    std::pair<std::size_t, bool> r;
    if (what == "disbursements") {
      auto result = projects::import_disbursements(c, text.str(), {style, cli_actor(), dry_run, {}});
      r = {result.rows, result.written};
    } else {
      targets::ImportOptions options{style, cli_actor(), dry_run, {}};
      auto result = what == "values" ? targets::import_values(c, text.str(), options)
                                     : targets::import_targets(c, text.str(), options);
      r = {result.rows, result.written};
    }
    if (r.second) {
      audit::record(c, audit::Actor{cli_actor(), "local", ""}, "import", what, file, {}, nullptr,
                    {{"rows", r.first}, {"numbers", numbers}});
    }
    return r;
  });
  std::printf(
      written ? "Imported %zu rows of %s from %s\n" : "Checked %zu rows of %s from %s; nothing written (--dry-run)\n",
      rows, what.c_str(), file.c_str());
  return 0;
}

int export_data(const std::string& db, const std::string& what, const ExportSelection& selection,
                const std::string& numbers, const std::string& output) {
  auto style = targets::number_style(numbers, "numbers");
  auto database = open_database(db);
  auto text = database->read([&](db::Connection& c) {
    if (what == "values") return targets::export_values(c, selection.unit, period_or_error(selection.period), style);
    if (what == "iati") return json::serialize(projects::iati_activity(c, selection.project)) + "\n";
    return targets::export_targets(c, selection.plan, style);
  });
  if (output.empty() || output == "-") {
    std::fputs(text.c_str(), stdout);
  } else {
    std::ofstream out(output, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + output);
  }
  return 0;
}

std::string default_web_root() {
  if (std::filesystem::is_directory("web/dist")) return "web/dist";
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "web/dist";
  return (exe.parent_path().parent_path() / "share" / "sen" / "web").string();
}

namespace {

// --test-clock fixes the server's day for black-box tests. A production start never has it: it is
// refused unless the environment says SEN_ALLOW_TEST_CLOCK=1 and the server listens on loopback.
void set_test_clock(const std::string& text, const std::string& host) {
  if (text.empty()) return;
  const char* allowed = std::getenv("SEN_ALLOW_TEST_CLOCK");
  bool loopback = host == "127.0.0.1" || host == "::1" || host == "localhost";
  if (!allowed || std::string_view(allowed) != "1" || !loopback) {
    throw std::runtime_error("--test-clock is for tests only (it needs SEN_ALLOW_TEST_CLOCK=1 and a loopback address)");
  }
  auto day = Date::parse(text);
  if (!day) throw std::runtime_error("--test-clock must be a date as YYYY-MM-DD");
  fix_today_for_tests(*day);
  spdlog::warn("test clock: today is {} for this server", day->iso());
}

}  // namespace

int serve(ServeOptions options) {
  // glibc hands freed memory back to the kernel once 128 KB lie free at the top of a heap: a
  // server that builds and frees answers of tens of KB then faults their pages in again for
  // every answer (a kept 42 KB answer: a third of the requests/s). Up to 32 MB stay with the process.
  mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
  if (options.web_root.empty()) options.web_root = default_web_root();
  auto [host, port] = http::parse_listen_address(options.listen);
  options.server.host = host;
  options.server.port = port;
  set_test_clock(options.test_clock, host);
  // Room for the form around the largest file, and never less than other requests may send.
  options.server.limits.upload_bytes = std::max(options.server.limits.body_bytes, options.api.file_bytes + 1024 * 1024);
  auto database = open_database(options.db, false, options.server.worker_threads);
  for (const auto& url : options.read_replicas) database->add_replica(url);
  app::Api api(database.get(), &wiring::gate(), options.api);
  wiring::register_all_routes(api);
  search::keep_current(*database, api.record_kinds());
  http::StaticFiles web(options.web_root);
  http::Server server(options.server, [&api, &web](const http::Request& r) {
    bool api_path = r.path == "/api" || r.path.rfind("/api/", 0) == 0 || r.path.rfind("/open311/", 0) == 0;
    if (api_path || (r.method != http::Method::get && r.method != http::Method::head)) return api.handle(r);
    return web.serve(r);
  });
  std::printf("Sen is serving %s at http://%s:%u\n", options.db.c_str(),
              host.find(':') == std::string::npos ? host.c_str() : ("[" + host + "]").c_str(), server.port());
  std::fflush(stdout);
  server.run();
  return 0;
}

namespace {

// True when the database already has Sen's schema (some migration was applied).
bool holds_schema(db::Database& database) {
  return database.read([](db::Connection& c) {
    auto sql = c.engine() == "sqlite"
                   ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
                   : "SELECT count(*) FROM information_schema.tables "
                     "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()";
    return c.query(sql).row(0).integer(0) > 0;
  });
}

}  // namespace

int init(const std::string& db, bool demo, const std::string& admin_password_file, bool if_empty) {
  bool postgres = db::is_postgres_url(db);
  bool existed = !postgres && std::filesystem::exists(db);
  if (if_empty && (postgres || existed) && holds_schema(*db::Database::open(db, false, 1))) {
    std::printf("Database %s already exists: left as it is\n", db.c_str());
    auto password = admin_password_path(db);
    if (std::filesystem::exists(password)) {
      std::printf("Administrator: admin, first password in %s (unless changed since)\n", password.c_str());
    }
    return 0;
  }
  try {
    auto database = open_database(db, true);
    if (demo) demo::load(*database);
    create_first_admin(*database, db, admin_password_file);
  } catch (...) {
    // A half-made database must not be mistaken for a ready one (init --if-empty checks it).
    if (!postgres && !existed) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
    }
    throw;
  }
  std::printf(demo ? "Created %s with the demo data\n" : "Database %s is ready\n", db.c_str());
  return 0;
}

int migrate(const std::string& db) {
  open_database(db);
  std::printf("Database %s is up to date (schema %d)\n", db.c_str(), db::bundled_migrations().back().version);
  return 0;
}

int routes() {
  app::Api api(nullptr, nullptr);
  wiring::register_all_routes(api);
  for (const auto& route : api.routes()) {
    std::printf("%s %s %s\n", std::string(http::method_name(route.method)).c_str(), route.pattern.c_str(),
                route.permission.c_str());
  }
  return 0;
}

namespace {

void refuse_postgres(const std::string& location, const char* what) {
  if (db::is_postgres_url(location)) {
    throw std::runtime_error(std::string(what) +
                             " is for SQLite; for PostgreSQL use pg_dump -Fc and pg_restore (docs/operations.md)");
  }
}

}  // namespace

int backup(const std::string& db, const std::string& to) {
  refuse_postgres(db, "sen backup");
  db::backup_sqlite(db, to);
  std::printf("Backed up %s to %s\n", db.c_str(), to.c_str());
  std::printf("The audit key is not in the backup: keep %s safe apart from it (sen restore --audit-key)\n",
              audit_key_file(db).c_str());
  return 0;
}

int restore(const std::string& from, const std::string& db, const std::string& audit_key) {
  refuse_postgres(db, "sen restore");
  if (std::filesystem::exists(db)) {
    throw std::runtime_error("database " + db + " already exists; restore into a new path, then swap files");
  }
  auto parent = std::filesystem::path(db).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  db::backup_sqlite(from, db);
  auto key = audit_key_file(db);
  if (!audit_key.empty() && !std::filesystem::exists(key)) {
    std::filesystem::copy_file(audit_key, key);
    std::filesystem::permissions(key, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  }
  try {
    open_database(db);  // a backup made by an older sen is brought up to date
  } catch (...) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
    throw;
  }
  std::printf("Restored %s from %s\n", db.c_str(), from.c_str());
  return 0;
}

namespace {

Date date_or_today(const std::string& text) {
  if (text.empty()) return today_in_vietnam();
  auto d = Date::parse(text);
  if (!d) throw messages::error<"cli.today">("today");
  return *d;
}

}  // namespace

int tasks_due(const std::string& db, int within, const std::string& today_text, const std::string& unit) {
  Date today = date_or_today(today_text);
  auto database = open_database(db);
  auto list = database->read([&](db::Connection& c) {
    tasks::TaskFilter f;
    f.due_within = within;
    if (!unit.empty()) f.unit = unit;
    return tasks::list(c, f, today);
  });
  std::printf("Nhiệm vụ đến hạn trong %d ngày hoặc quá hạn, tính đến ngày %s: %zu\n", within,
              today.vietnamese().c_str(), list.size());
  for (const auto& v : list) {
    std::printf("%5lld  %s  %-30s %+6d ngày  %s — %s\n", static_cast<long long>(v.task.id), v.due.vietnamese().c_str(),
                tasks::status_words(v.status), v.days_left, v.lead_unit_name.c_str(), v.task.title.c_str());
  }
  return 0;
}

int tasks_remind(const std::string& db, int within, const std::string& today_text) {
  Date today = date_or_today(today_text);
  auto database = open_database(db);
  auto added = database->write([&](db::Connection& c) {
    auto notices = tasks::remind(c, today, within);
    if (!notices.empty()) {
      audit::record(c, audit::Actor{cli_actor(), "local", ""}, "generate", "notices", std::to_string(notices.size()),
                    {}, nullptr, {{"count", notices.size()}});
    }
    return notices;
  });
  for (const auto& n : added) std::printf("%s  %s\n", n.kind.c_str(), n.message.c_str());
  std::printf("%zu new reminders in the outbox\n", added.size());
  return 0;
}

int version() {
  std::printf("sen %s (schema %d)\n", SEN_VERSION, db::bundled_migrations().back().version);
  return 0;
}

}  // namespace sen::cli
