// Flags of serve, init, migrate, backup, restore, version and routes (cli/commands.hpp).
#include <algorithm>
#include <cctype>
#include <memory>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"

namespace sen::cli {

namespace {

void add_serve(CLI::App& app) {
  struct Flags {
    ServeOptions serve;
    long long read_timeout, idle_timeout, header_timeout, shutdown_grace;
    std::string jurisdiction;
  };
  auto o = std::make_shared<Flags>();
  auto& limits = o->serve.server.limits;
  o->read_timeout = limits.read_timeout.count();
  o->idle_timeout = limits.idle_timeout.count();
  o->header_timeout = limits.header_timeout.count();
  o->shutdown_grace = limits.shutdown_grace.count();
  auto* cmd = app.add_subcommand("serve", "Serve the API and the web app over HTTP");
  add_db_option(cmd, o->serve.db);
  cmd->add_option("--db-read", o->serve.read_replicas,
                  "A PostgreSQL streaming replica of --db for read-only requests (postgresql:// URL; repeatable)");
  cmd->add_option("--listen", o->serve.listen, "Address to listen on, HOST:PORT (port 0 picks a free one)")
      ->capture_default_str();
  cmd->add_option("--workers", o->serve.server.worker_threads, "Threads that run requests and database work")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  cmd->add_option("--io-threads", o->serve.server.io_threads, "Threads that read and write sockets")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  cmd->add_option("--max-connections", limits.max_connections,
                  "Open connections beyond which idle ones are closed, or new ones get 503")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--body-limit", limits.body_bytes, "Largest request body in bytes (larger: 413)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--file-limit", o->serve.api.file_bytes, "Largest attached file in bytes (larger: 413)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--answer-cache", o->serve.api.answer_cache_bytes,
                  "Bytes of answers kept for repeated reads until the next write (0: none)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--header-limit", limits.header_bytes, "Largest request header in bytes (larger: 431)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-connections-per-client", limits.max_connections_per_client,
                  "Open connections one client address may hold (trusted proxies: no cap)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--header-timeout", o->header_timeout, "Seconds from a request's first byte to the end of its header")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--read-timeout", o->read_timeout, "Seconds to receive a request or send a response")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--shutdown-grace", o->shutdown_grace, "Seconds in-flight requests may run after SIGTERM")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--idle-timeout", o->idle_timeout, "Seconds a keep-alive connection may wait idle")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--access-log", o->serve.server.access_log, "Access log: '-' for stdout, 'off', or a file")
      ->capture_default_str();
  cmd->add_option("--web-root", o->serve.web_root,
                  "Directory of the built web app (default: web/dist if there, else ../share/sen/web "
                  "beside the binary, /usr/share/sen/web when installed)");
  cmd->add_flag("--secure-cookies", o->serve.api.secure_cookies,
                "Mark the session cookie Secure (when users reach sen over HTTPS)");
  cmd->add_option("--open311-jurisdiction", o->jurisdiction,
                  "The jurisdiction_id Open311 clients may name, e.g. the site's domain hatinh.gov.vn")
      ->check([](const std::string& id) -> std::string {
        bool ok = !id.empty() && id.size() <= 100 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
          return std::isalnum(c) || c == '.' || c == '-' || c == '_';
        });
        return ok ? "" : "letters, digits, '.', '-' and '_', at most 100 of them";
      });
  cmd->add_option("--trusted-proxy", o->serve.server.trusted_proxies,
                  "A reverse proxy (address or network, repeatable) whose X-Forwarded-For names the client");
  cmd->add_option("--test-clock", o->serve.test_clock, "Tests only: the day the server takes for today")->group("");
  on_run(cmd, [o] {
    auto& l = o->serve.server.limits;
    l.read_timeout = std::chrono::seconds(o->read_timeout);
    l.idle_timeout = std::chrono::seconds(o->idle_timeout);
    l.header_timeout = std::chrono::seconds(o->header_timeout);
    l.shutdown_grace = std::chrono::seconds(o->shutdown_grace);
    if (!o->jurisdiction.empty()) o->serve.api.open311_jurisdiction = o->jurisdiction;
    return serve(o->serve);
  });
}

void add_init(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, admin_password_file;
    bool demo = false, if_empty = false;
  };
  auto o = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("init", "Create the database (and with --demo, load the demo data)");
  add_db_option(cmd, o->db);
  cmd->add_flag("--demo", o->demo, "Load the demo data: Hà Tĩnh City and its 2022 year-end report");
  cmd->add_option("--admin-password-file", o->admin_password_file,
                  "Password of the first administrator 'admin' (else a random one is printed and saved)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--if-empty", o->if_empty, "Leave a database that already holds Sen's data as it is (exit 0)");
  on_run(cmd, [o] { return init(o->db, o->demo, o->admin_password_file, o->if_empty); });
}

void add_backup_and_restore(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, to, from, audit_key;
  };
  auto b = std::make_shared<Flags>();
  auto* backup_cmd = app.add_subcommand("backup", "Copy a SQLite database consistently, also while sen serve runs");
  add_db_option(backup_cmd, b->db);
  backup_cmd->add_option("--to", b->to, "Backup file to create (must not exist)")->required();
  on_run(backup_cmd, [b] { return backup(b->db, b->to); });

  auto r = std::make_shared<Flags>();
  auto* restore_cmd = app.add_subcommand("restore", "Create a SQLite database from a backup file");
  restore_cmd->add_option("--from", r->from, "Backup file")->required()->check(CLI::ExistingFile);
  restore_cmd->add_option("--db", r->db, "Database to create (must not exist)")->capture_default_str();
  restore_cmd->add_option("--audit-key", r->audit_key, "The original database's audit key file, copied beside it")
      ->check(CLI::ExistingFile);
  on_run(restore_cmd, [r] { return restore(r->from, r->db, r->audit_key); });
}

}  // namespace

void add_server_commands(CLI::App& app) {
  add_serve(app);
  add_init(app);
  auto migrate_db = std::make_shared<std::string>(kDefaultDatabase);
  auto* migrate_cmd = app.add_subcommand("migrate", "Bring the database schema up to date (safe to repeat)");
  add_db_option(migrate_cmd, *migrate_db);
  on_run(migrate_cmd, [migrate_db] { return migrate(*migrate_db); });
  add_backup_and_restore(app);
  on_run(app.add_subcommand("version", "Print the version of sen and of its schema"), [] { return version(); });
  on_run(app.add_subcommand("routes", "List the API routes (METHOD /pattern)"), [] { return routes(); });
}

}  // namespace sen::cli
