// sen: the command line. Flags are parsed here; the work is done in src/cli/commands.cpp.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <string_view>

#include "base/error.hpp"
#include "cli/accounts.hpp"
#include "cli/calendar_commands.hpp"
#include "cli/report_commands.hpp"
#include "cli/commands.hpp"
#include "cli/extract_commands.hpp"
#include "db/connection.hpp"

namespace {

void add_db_option(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "Database: a SQLite file, or a PostgreSQL URL postgresql://USER@HOST:PORT/NAME")
      ->capture_default_str();
}

}  // namespace

int main(int argc, char** argv) {
  spdlog::set_default_logger(spdlog::stderr_color_mt("sen"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S%z %^%l%$ %v");

  CLI::App app{"Sen: plans, targets, tasks and reports of a Vietnamese local government"};
  app.require_subcommand(1);
  app.failure_message([](const CLI::App* top, const CLI::Error& e) {
    // A word where a command was expected: CLI11 would only say "A subcommand is required".
    auto extra = top->remaining(true);
    if (e.get_name() == "RequiredError" && !extra.empty() &&
        std::string_view(e.what()).find("subcommand") != std::string_view::npos) {
      std::string command = "sen";
      for (const CLI::App* a = top; !a->get_subcommands().empty(); a = a->get_subcommands().front()) {
        command += " " + a->get_subcommands().front()->get_name();
      }
      return command + ": unknown command '" + extra.front() + "' (see " + command + " --help)\n";
    }
    return std::string("sen: ") + e.what() + " (see sen --help)\n";
  });

  sen::cli::ServeOptions serve;
  auto& limits = serve.server.limits;
  long long read_timeout = limits.read_timeout.count(), idle_timeout = limits.idle_timeout.count(),
            header_timeout = limits.header_timeout.count(), shutdown_grace = limits.shutdown_grace.count();
  auto* serve_cmd = app.add_subcommand("serve", "Serve the API and the web app over HTTP");
  add_db_option(serve_cmd, serve.db);
  serve_cmd->add_option("--listen", serve.listen, "Address to listen on, HOST:PORT (port 0 picks a free one)")
      ->capture_default_str();
  serve_cmd->add_option("--workers", serve.server.worker_threads, "Threads that run requests and database work")
      ->capture_default_str()->check(CLI::Range(1, 256));
  serve_cmd->add_option("--io-threads", serve.server.io_threads, "Threads that read and write sockets")
      ->capture_default_str()->check(CLI::Range(1, 64));
  serve_cmd->add_option("--max-connections", limits.max_connections,
                        "Open connections beyond which idle ones are closed, or new ones get 503")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--body-limit", limits.body_bytes, "Largest request body in bytes (larger: 413)")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--header-limit", limits.header_bytes, "Largest request header in bytes (larger: 431)")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--max-connections-per-client", limits.max_connections_per_client,
                        "Open connections one client address may hold (trusted proxies: no cap)")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--header-timeout", header_timeout, "Seconds from a request's first byte to the end of its header")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--read-timeout", read_timeout, "Seconds to receive a request or send a response")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--shutdown-grace", shutdown_grace, "Seconds in-flight requests may run after SIGTERM")
      ->capture_default_str()->check(CLI::NonNegativeNumber);
  serve_cmd->add_option("--idle-timeout", idle_timeout, "Seconds a keep-alive connection may wait idle")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--access-log", serve.server.access_log, "Access log: '-' for stdout, 'off', or a file")
      ->capture_default_str();
  serve_cmd->add_option("--web-root", serve.web_root,
                        "Directory of the built web app (default: web/dist if there, else ../share/sen/web "
                        "beside the binary, /usr/share/sen/web when installed)");
  serve_cmd->add_flag("--secure-cookies", serve.api.secure_cookies,
                      "Mark the session cookie Secure (when users reach sen over HTTPS)");
  std::string jurisdiction;
  serve_cmd
      ->add_option("--open311-jurisdiction", jurisdiction,
                   "The jurisdiction_id Open311 clients may name, e.g. the site's domain hatinh.gov.vn")
      ->check([](const std::string& id) -> std::string {
        bool ok = !id.empty() && id.size() <= 100 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
          return std::isalnum(c) || c == '.' || c == '-' || c == '_';
        });
        return ok ? "" : "letters, digits, '.', '-' and '_', at most 100 of them";
      });
  serve_cmd->add_option("--trusted-proxy", serve.server.trusted_proxies,
                        "A reverse proxy (address or network, repeatable) whose X-Forwarded-For names the client");
  serve_cmd->add_option("--test-clock", serve.test_clock, "Tests only: the day the server takes for today")->group("");

  std::string init_db = sen::cli::kDefaultDatabase;
  bool demo = false, if_empty = false;
  auto* init_cmd = app.add_subcommand("init", "Create the database (and with --demo, load the demo data)");
  add_db_option(init_cmd, init_db);
  init_cmd->add_flag("--demo", demo, "Load the demo data: Hà Tĩnh City and its 2022 year-end report");
  std::string admin_password_file;
  init_cmd->add_option("--admin-password-file", admin_password_file,
                       "Password of the first administrator 'admin' (else a random one is printed and saved)")
      ->check(CLI::ExistingFile);
  init_cmd->add_flag("--if-empty", if_empty, "Leave a database that already holds Sen's data as it is (exit 0)");

  std::string migrate_db = sen::cli::kDefaultDatabase;
  auto* migrate_cmd = app.add_subcommand("migrate", "Bring the database schema up to date (safe to repeat)");
  add_db_option(migrate_cmd, migrate_db);

  std::string sc_db = sen::cli::kDefaultDatabase, sc_unit, sc_period, sc_plan;
  auto* scorecard_cmd = app.add_subcommand("scorecard", "Print the scorecard of a unit for a period, in Vietnamese");
  add_db_option(scorecard_cmd, sc_db);
  scorecard_cmd->add_option("--unit", sc_unit, "Unit code, e.g. 436")->required();
  scorecard_cmd->add_option("--period", sc_period, "Period: 2023, 2023-6M, 2023-9M, 2023-Q1 or 2023-03")->required();
  scorecard_cmd->add_option("--plan", sc_plan, "Only the targets of this plan");

  sen::cli::ExtractOptions ex;
  ex.db = sen::cli::kDefaultDatabase;
  auto* extract_cmd =
      app.add_subcommand("extract", "Read a report (DOCX, PDF or text) and print the figures it states for review");
  add_db_option(extract_cmd, ex.db);
  extract_cmd->add_option("file", ex.file, "The report")->required();
  extract_cmd->add_option("--unit", ex.unit, "Unit code the report is about, e.g. 436")->required();
  extract_cmd->add_option("--period", ex.period, "Period it reports on: 2023, 2023-6M, 2023-Q1, 2023-03 …")->required();
  extract_cmd->add_option("--vintage", ex.vintage, "Vintage of figures stated as done")->capture_default_str();
  extract_cmd->add_flag("--json", ex.json, "Print the API's JSON");

  std::string io_db = sen::cli::kDefaultDatabase, io_file, io_numbers = "plain", io_output;
  sen::cli::ExportSelection io_selection;
  bool io_dry_run = false;
  auto* import_cmd = app.add_subcommand("import", "Import targets, values or disbursements from CSV (all rows or none)");
  import_cmd->require_subcommand(1);
  for (const char* what : {"values", "targets", "disbursements"}) {
    auto* sub = import_cmd->add_subcommand(what, std::string("Import ") + what + " from a CSV file");
    add_db_option(sub, io_db);
    sub->add_option("file", io_file, "CSV file (UTF-8, with or without BOM)")->required()->check(CLI::ExistingFile);
    sub->add_option("--numbers", io_numbers, "Number style: vi (1.172,5) or plain (1172.5)")
        ->capture_default_str()->check(CLI::IsMember({"vi", "plain"}));
    sub->add_flag("--dry-run", io_dry_run, "Check every row, write nothing");
  }
  auto* export_cmd = app.add_subcommand("export", "Export targets or values as CSV, a project as an IATI-style activity");
  export_cmd->require_subcommand(1);
  auto* export_values = export_cmd->add_subcommand("values", "Current values of a unit for a period");
  export_values->add_option("--unit", io_selection.unit, "Unit code")->required();
  export_values->add_option("--period", io_selection.period, "Period")->required();
  auto* export_targets = export_cmd->add_subcommand("targets", "Targets of a plan");
  export_targets->add_option("--plan", io_selection.plan, "Plan code")->required();
  auto* export_iati = export_cmd->add_subcommand("iati", "A project as an IATI-style activity (JSON)");
  export_iati->add_option("--project", io_selection.project, "Project code")->required();
  add_db_option(export_iati, io_db);
  export_iati->add_option("-o,--output", io_output, "Output file (default: standard output)");
  for (auto* sub : {export_values, export_targets}) {
    add_db_option(sub, io_db);
    sub->add_option("--numbers", io_numbers, "Number style: vi (1.172,5) or plain (1172.5)")
        ->capture_default_str()->check(CLI::IsMember({"vi", "plain"}));
    sub->add_option("-o,--output", io_output, "Output file (default: standard output)");
  }

  std::string backup_db = sen::cli::kDefaultDatabase, backup_to;
  auto* backup_cmd = app.add_subcommand("backup", "Copy a SQLite database consistently, also while sen serve runs");
  add_db_option(backup_cmd, backup_db);
  backup_cmd->add_option("--to", backup_to, "Backup file to create (must not exist)")->required();
  std::string restore_db = sen::cli::kDefaultDatabase, restore_from;
  auto* restore_cmd = app.add_subcommand("restore", "Create a SQLite database from a backup file");
  restore_cmd->add_option("--from", restore_from, "Backup file")->required()->check(CLI::ExistingFile);
  restore_cmd->add_option("--db", restore_db, "Database to create (must not exist)")->capture_default_str();
  std::string restore_key;
  restore_cmd->add_option("--audit-key", restore_key, "The original database's audit key file, copied beside it")
      ->check(CLI::ExistingFile);

  std::string acc_db = sen::cli::kDefaultDatabase, acc_name, acc_user, acc_anchor;
  sen::cli::NewAccount account;
  std::vector<std::string> acc_grants;
  std::string acc_password_file;
  int token_days = 90;
  auto* user_cmd = app.add_subcommand("user", "Manage user accounts");
  user_cmd->require_subcommand(1);
  auto* user_add = user_cmd->add_subcommand("add", "Add a user");
  user_add->add_option("name", account.name, "User name: 3–40 of a-z 0-9 . _ -")->required();
  user_add->add_option("--role", account.role, "admin, leader, officer, inspector, petition_officer or viewer")
      ->required();
  user_add->add_option("--unit", account.unit, "Scope: this unit and its subtree (default: everywhere)");
  auto* password_option =
      user_add->add_option("--password-file", account.password_file, "File whose first line is the password")
          ->check(CLI::ExistingFile);
  auto* service_flag = user_add->add_flag("--service", account.service,
                                          "A service account for scripts and kiosks: API tokens only, no password");
  password_option->excludes(service_flag);
  user_add->add_option("--display-name", account.display_name, "Name and title shown in the interface");
  user_add->add_option("--grant", acc_grants, "Extra permission: petitions.identity, oversight.members");
  auto* user_passwd = user_cmd->add_subcommand("passwd", "Set a user's password (ends their sessions)");
  user_passwd->add_option("name", acc_name, "User name")->required();
  user_passwd->add_option("--password-file", acc_password_file, "File whose first line is the password")
      ->required()->check(CLI::ExistingFile);
  auto* user_disable = user_cmd->add_subcommand("disable", "Disable a user (ends their sessions)");
  user_disable->add_option("name", acc_name, "User name")->required();
  auto* user_list = user_cmd->add_subcommand("list", "List users");
  for (auto* sub : {user_add, user_passwd, user_disable, user_list}) add_db_option(sub, acc_db);

  auto* token_cmd = app.add_subcommand("token", "Manage API tokens for scripts");
  token_cmd->require_subcommand(1);
  auto* token_create = token_cmd->add_subcommand("create", "Create a token and print it once");
  token_create->add_option("name", acc_name, "Token name")->required();
  token_create->add_option("--user", acc_user, "The user the token acts as")->required();
  token_create->add_option("--days", token_days, "Days the token stays valid (1–365)")
      ->capture_default_str()
      ->check(CLI::Range(1, 365));
  auto* token_revoke = token_cmd->add_subcommand("revoke", "Revoke a token");
  token_revoke->add_option("name", acc_name, "Token name")->required();
  auto* token_list = token_cmd->add_subcommand("list", "List tokens");
  for (auto* sub : {token_create, token_revoke, token_list}) add_db_option(sub, acc_db);

  auto* audit_cmd = app.add_subcommand("audit", "The audit trail");
  audit_cmd->require_subcommand(1);
  auto* audit_verify = audit_cmd->add_subcommand("verify", "Check that no audit row was altered or removed");
  audit_verify->add_option("--anchor", acc_anchor, "ROWS:HASH printed earlier by `sen audit anchor`");
  auto* audit_anchor = audit_cmd->add_subcommand("anchor", "Print the chain's head, to keep outside Sen");
  for (auto* sub : {audit_verify, audit_anchor}) add_db_option(sub, acc_db);

  std::string tasks_db = sen::cli::kDefaultDatabase, tasks_today, tasks_unit;
  int tasks_within = 7;
  auto* tasks_cmd = app.add_subcommand("tasks", "Follow up tasks");
  tasks_cmd->require_subcommand(1);
  auto* tasks_due = tasks_cmd->add_subcommand("due", "List open tasks due soon and overdue ones");
  tasks_due->add_option("--unit", tasks_unit, "Only tasks of this unit and those below it");
  auto* tasks_remind = tasks_cmd->add_subcommand("remind", "Put reminders for tasks due soon or overdue in the outbox");
  for (auto* sub : {tasks_due, tasks_remind}) {
    add_db_option(sub, tasks_db);
    sub->add_option("--within", tasks_within, "Days ahead")->capture_default_str()->check(CLI::Range(0, 3650));
    sub->add_option("--today", tasks_today, "The day to compute statuses for (default: today in Vietnam)");
  }

  sen::cli::ReportRequest rep;
  rep.db = sen::cli::kDefaultDatabase;
  auto* rep_cmd = app.add_subcommand("report", "Reports in the official form: annual or periodic, as docx, xlsx, pdf or html");
  rep_cmd->require_subcommand(1);
  auto* rep_annual = rep_cmd->add_subcommand("annual", "The year-end report of a unit");
  rep_annual->add_option("--year", rep.period, "Year, e.g. 2022")->required();
  auto* rep_periodic = rep_cmd->add_subcommand("periodic", "A month, quarter, 6- or 9-month report, with its cut-off window");
  rep_periodic->add_option("--period", rep.period, "Period: 2023-03, 2023-Q1, 2023-6M, 2023-9M")->required();
  for (auto* sub : {rep_annual, rep_periodic}) {
    add_db_option(sub, rep.db);
    sub->add_option("--unit", rep.unit, "Unit code, e.g. 436")->required();
    sub->add_option("--format", rep.format, "docx, xlsx, pdf or html")->capture_default_str();
    sub->add_option("-o,--output", rep.output, "Output file (default: standard output)");
    sub->add_option("--issuer", rep.issuer, "party (the Party committee's form) or state (the People's Committee's)")
        ->capture_default_str();
    sub->add_option("--number", rep.number, "The document's number (blank in the header when absent)");
    sub->add_option("--date", rep.date, "The report's date, YYYY-MM-DD (default: today); statuses are judged on it");
  }

  std::string ov_db = sen::cli::kDefaultDatabase, ov_unit, ov_period;
  auto* ov_cmd = app.add_subcommand("oversight", "Party oversight: inspection, supervision, discipline");
  ov_cmd->require_subcommand(1);
  auto* ov_stats = ov_cmd->add_subcommand("stats", "Inspection, supervision, discipline and admissions of a unit and period");
  add_db_option(ov_stats, ov_db);
  ov_stats->add_option("--unit", ov_unit, "Unit code, e.g. 436")->required();
  ov_stats->add_option("--period", ov_period, "Period: 2022, 2022-6M, 2022-Q1 or 2022-03")->required();

  std::string cal_db = sen::cli::kDefaultDatabase, cal_date, cal_to, cal_rule, cal_variant = "base";
  int cal_year = 0, cal_month = 0, cal_day = 0, cal_days = 0;
  bool cal_leap = false;
  auto* cal_cmd = app.add_subcommand("calendar", "The Vietnamese calendar: lunar dates, holidays, working days, deadlines");
  cal_cmd->require_subcommand(1);
  auto* cal_lunar = cal_cmd->add_subcommand("lunar", "The lunar date of a solar date");
  cal_lunar->add_option("date", cal_date, "YYYY-MM-DD")->required();
  auto* cal_solar = cal_cmd->add_subcommand("solar", "The solar date of a lunar date");
  cal_solar->add_option("year", cal_year, "Lunar year")->required();
  cal_solar->add_option("month", cal_month, "Lunar month")->required()->check(CLI::Range(1, 12));
  cal_solar->add_option("day", cal_day, "Lunar day")->required()->check(CLI::Range(1, 30));
  cal_solar->add_flag("--leap", cal_leap, "The leap month");
  auto* cal_holidays = cal_cmd->add_subcommand("holidays", "Holidays, compensatory and decided days off of a year");
  cal_holidays->add_option("year", cal_year, "Year")->required();
  auto* cal_working = cal_cmd->add_subcommand("working-days", "Count working days from one date to another, both included");
  cal_working->add_option("from", cal_date, "YYYY-MM-DD")->required();
  cal_working->add_option("to", cal_to, "YYYY-MM-DD")->required();
  auto* cal_add = cal_cmd->add_subcommand("add-working-days", "The n-th working day after a date");
  cal_add->add_option("from", cal_date, "YYYY-MM-DD")->required();
  cal_add->add_option("days", cal_days, "Working days, 1 to 2000")->required();
  auto* cal_deadline = cal_cmd->add_subcommand("deadline", "The due date of a legal deadline counted from an event");
  cal_deadline->add_option("rule", cal_rule, "Rule code, e.g. letter_processing")->required();
  cal_deadline->add_option("start", cal_date, "Date of the event, YYYY-MM-DD")->required();
  cal_deadline->add_option("--variant", cal_variant, "complex, remote, remote_complex …")->capture_default_str();
  for (auto* sub : {cal_holidays, cal_working, cal_add, cal_deadline}) add_db_option(sub, cal_db);

  auto* version_cmd = app.add_subcommand("version", "Print the version of sen and of its schema");
  auto* routes_cmd = app.add_subcommand("routes", "List the API routes (METHOD /pattern)");

  CLI11_PARSE(app, argc, argv);
  limits.read_timeout = std::chrono::seconds(read_timeout);
  limits.idle_timeout = std::chrono::seconds(idle_timeout);
  limits.header_timeout = std::chrono::seconds(header_timeout);
  limits.shutdown_grace = std::chrono::seconds(shutdown_grace);

  try {
    if (*serve_cmd) {
      if (!jurisdiction.empty()) serve.api.open311_jurisdiction = jurisdiction;
      return sen::cli::serve(serve);
    }
    if (*extract_cmd) return sen::cli::extract(ex);
    if (*init_cmd) return sen::cli::init(init_db, demo, admin_password_file, if_empty);
    account.grants = {acc_grants.begin(), acc_grants.end()};
    if (*user_add) {
      if (account.password_file.empty() && !account.service) {
        throw std::runtime_error("user add needs --password-file (or --service for a service account)");
      }
      return sen::cli::user_add(acc_db, account);
    }
    if (*user_passwd) return sen::cli::user_passwd(acc_db, acc_name, acc_password_file);
    if (*user_disable) return sen::cli::user_disable(acc_db, acc_name);
    if (*user_list) return sen::cli::user_list(acc_db);
    if (*token_create) return sen::cli::token_create(acc_db, acc_name, acc_user, token_days);
    if (*token_revoke) return sen::cli::token_revoke(acc_db, acc_name);
    if (*token_list) return sen::cli::token_list(acc_db);
    if (*audit_verify) return sen::cli::audit_verify(acc_db, acc_anchor);
    if (*audit_anchor) return sen::cli::audit_anchor(acc_db);
    if (*cal_lunar) return sen::cli::calendar_lunar(cal_date);
    if (*cal_solar) return sen::cli::calendar_solar(cal_year, cal_month, cal_day, cal_leap);
    if (*cal_holidays) return sen::cli::calendar_holidays(cal_db, cal_year);
    if (*cal_working) return sen::cli::calendar_working_days(cal_db, cal_date, cal_to);
    if (*cal_add) return sen::cli::calendar_add_working_days(cal_db, cal_date, cal_days);
    if (*cal_deadline) return sen::cli::calendar_deadline(cal_db, cal_rule, cal_date, cal_variant);
    if (*tasks_due) return sen::cli::tasks_due(tasks_db, tasks_within, tasks_today, tasks_unit);
    if (*tasks_remind) return sen::cli::tasks_remind(tasks_db, tasks_within, tasks_today);
    if (*migrate_cmd) return sen::cli::migrate(migrate_db);
    if (*version_cmd) return sen::cli::version();
    if (*backup_cmd) return sen::cli::backup(backup_db, backup_to);
    if (*restore_cmd) return sen::cli::restore(restore_from, restore_db, restore_key);
    if (*scorecard_cmd) return sen::cli::scorecard(sc_db, sc_unit, sc_period, sc_plan);
    if (*ov_stats) return sen::cli::oversight_stats(ov_db, ov_unit, ov_period);
    if (*rep_annual) return sen::cli::report(rep, true);
    if (*rep_periodic) return sen::cli::report(rep, false);
    for (auto* sub : import_cmd->get_subcommands()) {
      if (*sub) return sen::cli::import_csv(io_db, sub->get_name(), io_file, io_numbers, io_dry_run);
    }
    for (auto* sub : export_cmd->get_subcommands()) {
      if (*sub) return sen::cli::export_data(io_db, sub->get_name(), io_selection, io_numbers, io_output);
    }
    if (*routes_cmd) return sen::cli::routes();
  } catch (const sen::Error& e) {
    std::fprintf(stderr, "sen: %s\n", e.message_en().c_str());
    for (const auto& d : e.details()) {
      std::fprintf(stderr, "  line %d%s%s: %s\n", d.line, d.field.empty() ? "" : ", column ", d.field.c_str(),
                   d.message_en.c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sen: %s\n", e.what());
  }
  return 1;
}
