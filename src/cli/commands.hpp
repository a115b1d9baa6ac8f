// What each `sen` subcommand does, apart from parsing its flags (src/main.cpp).
// Each returns the process exit code; expected failures throw and are printed by main.
#pragma once
#include <string>
#include <vector>

#include "app/api.hpp"
#include "http/server.hpp"

namespace sen::cli {

inline constexpr const char* kDefaultDatabase = "var/sen.db";

struct ServeOptions {
  std::string db = kDefaultDatabase;
  std::vector<std::string> read_replicas;  // postgresql:// URLs of streaming replicas of db (--db-read)
  std::string listen = "127.0.0.1:8080";
  std::string web_root;       // the built web app; empty: default_web_root()
  http::ServerConfig server;  // host and port are filled from `listen`
  app::ApiOptions api;
  std::string test_clock;  // YYYY-MM-DD: the server's "today" (tests only; see serve())
};

// Where `sen serve` finds the web app unless told: web/dist when it exists (a checkout), else
// share/sen/web beside the binary's directory (/usr/bin/sen: /usr/share/sen/web, as packaged).
std::string default_web_root();
int serve(ServeOptions options);
int scorecard(const std::string& db, const std::string& unit, const std::string& period, const std::string& plan);

// `sen rollups refresh`: rewrites every roll-up (targets/rollups.hpp), prints how many.
int refresh_rollups(const std::string& db);

// `sen oversight stats`: the report's sentence, then the counts, one per line.
int oversight_stats(const std::string& db, const std::string& unit, const std::string& period);
// what: "values", "targets" or "disbursements"; numbers: "vi" or "plain".
int import_csv(const std::string& db, const std::string& what, const std::string& file, const std::string& numbers,
               bool dry_run);
// What an export covers: values of a unit and period, targets of a plan, a project.
struct ExportSelection {
  std::string unit;
  std::string period;
  std::string plan;
  std::string project;
};
// what: "values" or "targets" (CSV), "iati" (JSON). Writes to `output`, or stdout when it is
// empty or "-".
int export_data(const std::string& db, const std::string& what, const ExportSelection& selection,
                const std::string& numbers, const std::string& output);
// Creates the database; with demo, loads the demo data; creates the first administrator. With
// if_empty, a database that already has Sen's schema is left as it is (exit 0), so that
// `make run` and the Debian package's postinst can call it every time.
int init(const std::string& db, bool demo, const std::string& admin_password_file, bool if_empty);
int migrate(const std::string& db);
int version();
// Open tasks due within `within` days of `today` (overdue ones included), as a table.
int tasks_due(const std::string& db, int within, const std::string& today, const std::string& unit);
// Records reminders for tasks due soon or overdue in the outbox.
int tasks_remind(const std::string& db, int within, const std::string& today);
// SQLite only: a consistent copy of a live database through SQLite's online backup API.
int backup(const std::string& db, const std::string& to);
// SQLite only: a new database at `db` (which must not exist) from a backup file. `audit_key`, the
// original database's audit key file, is copied to the new database's key file (see
// audit_key_file) unless that exists already.
int restore(const std::string& from, const std::string& db, const std::string& audit_key);
// Prints every API route, one "METHOD /pattern permission" per line.
int routes();

}  // namespace sen::cli
