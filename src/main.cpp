// sen: the command line. Flags are parsed here; the work is done in src/cli/commands.cpp.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "db/connection.hpp"

namespace {

void add_db_option(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "SQLite database file")->capture_default_str();
}

}  // namespace

int main(int argc, char** argv) {
  spdlog::set_default_logger(spdlog::stderr_color_mt("sen"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S%z %^%l%$ %v");

  CLI::App app{"Sen: plans, targets, tasks and reports of a Vietnamese local government"};
  app.require_subcommand(1);
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("sen: ") + e.what() + " (see sen --help)\n";
  });

  sen::cli::ServeOptions serve;
  auto& limits = serve.server.limits;
  long long read_timeout = limits.read_timeout.count(), idle_timeout = limits.idle_timeout.count();
  auto* serve_cmd = app.add_subcommand("serve", "Serve the API and the web app over HTTP");
  add_db_option(serve_cmd, serve.db);
  serve_cmd->add_option("--listen", serve.listen, "Address to listen on, HOST:PORT (port 0 picks a free one)")
      ->capture_default_str();
  serve_cmd->add_option("--workers", serve.server.worker_threads, "Threads that run requests and database work")
      ->capture_default_str()->check(CLI::Range(1, 256));
  serve_cmd->add_option("--io-threads", serve.server.io_threads, "Threads that read and write sockets")
      ->capture_default_str()->check(CLI::Range(1, 64));
  serve_cmd->add_option("--max-connections", limits.max_connections, "Open connections beyond which new ones get 503")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--body-limit", limits.body_bytes, "Largest request body in bytes (larger: 413)")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--header-limit", limits.header_bytes, "Largest request header in bytes (larger: 431)")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--read-timeout", read_timeout, "Seconds to receive a request or send a response")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--idle-timeout", idle_timeout, "Seconds a keep-alive connection may wait idle")
      ->capture_default_str()->check(CLI::PositiveNumber);
  serve_cmd->add_option("--access-log", serve.server.access_log, "Access log: '-' for stdout, 'off', or a file")
      ->capture_default_str();

  std::string init_db = sen::cli::kDefaultDatabase;
  bool demo = false;
  auto* init_cmd = app.add_subcommand("init", "Create the database (and with --demo, load the demo data)");
  add_db_option(init_cmd, init_db);
  init_cmd->add_flag("--demo", demo, "Load the demo data: Hà Tĩnh City and its 2022 year-end report");

  std::string migrate_db = sen::cli::kDefaultDatabase;
  auto* migrate_cmd = app.add_subcommand("migrate", "Bring the database schema up to date (safe to repeat)");
  add_db_option(migrate_cmd, migrate_db);

  auto* version_cmd = app.add_subcommand("version", "Print the version of sen and of its schema");
  auto* routes_cmd = app.add_subcommand("routes", "List the API routes (METHOD /pattern)");

  CLI11_PARSE(app, argc, argv);
  limits.read_timeout = std::chrono::seconds(read_timeout);
  limits.idle_timeout = std::chrono::seconds(idle_timeout);

  try {
    if (*serve_cmd) return sen::cli::serve(serve);
    if (*init_cmd) return sen::cli::init(init_db, demo);
    if (*migrate_cmd) return sen::cli::migrate(migrate_db);
    if (*version_cmd) return sen::cli::version();
    if (*routes_cmd) return sen::cli::routes();
  } catch (const sen::Error& e) {
    std::fprintf(stderr, "sen: %s\n", e.message_en().c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sen: %s\n", e.what());
  }
  return 1;
}
