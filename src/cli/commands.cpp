#include "cli/commands.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdio>

#include "app/api.hpp"
#include "db/database.hpp"
#include "db/migrate.hpp"
#include "demo/demo.hpp"

namespace sen::cli {

namespace {

void run_migrations(db::Database& database) {
  auto applied = database.with_connection([](db::Connection& c) { return db::migrate(c, db::bundled_migrations()); });
  for (const auto& name : applied) spdlog::info("applied migration {}", name);
}

}  // namespace

int serve(ServeOptions options) {
  auto [host, port] = http::parse_listen_address(options.listen);
  options.server.host = host;
  options.server.port = port;
  auto database = db::Database::open(options.db, false, options.server.worker_threads);
  run_migrations(*database);
  app::Api api(database.get());
  app::register_all_routes(api);
  http::Server server(options.server, [&api](const http::Request& r) { return api.handle(r); });
  std::printf("Sen is serving %s at http://%s:%u\n", options.db.c_str(),
              host.find(':') == std::string::npos ? host.c_str() : ("[" + host + "]").c_str(), server.port());
  std::fflush(stdout);
  server.run();
  return 0;
}

int init(const std::string& db, bool demo) {
  auto database = db::Database::open(db, true, 1);
  run_migrations(*database);
  if (demo) {
    demo::load(*database);
    std::printf("Created %s with the demo data\n", db.c_str());
  } else {
    std::printf("Database %s is ready\n", db.c_str());
  }
  return 0;
}

int migrate(const std::string& db) {
  auto database = db::Database::open(db, false, 1);
  run_migrations(*database);
  std::printf("Database %s is up to date (schema %d)\n", db.c_str(), db::bundled_migrations().back().version);
  return 0;
}

int routes() {
  app::Api api(nullptr);
  app::register_all_routes(api);
  for (const auto& route : api.routes().entries()) {
    std::printf("%s %s\n", std::string(http::method_name(route.method)).c_str(), route.pattern.c_str());
  }
  return 0;
}

int version() {
  std::printf("sen %s (schema %d)\n", SEN_VERSION, db::bundled_migrations().back().version);
  return 0;
}

}  // namespace sen::cli
