#include "wiring/setup.hpp"

#include "auth/auth.hpp"
#include "calendar/calendar.hpp"
#include "db/migrate.hpp"
#include "oversight/oversight.hpp"
#include "projects/projects.hpp"

namespace sen::wiring {

std::vector<std::string> prepare_database(db::Database& database) {
  auto applied = database.with_connection([](db::Connection& c) { return db::migrate(c, db::bundled_migrations()); });
  database.write([](db::Connection& c) {
    calendar::load_reference_data(c);
    projects::load_reference_data(c);
    oversight::load_reference_data(c);
    auth::upgrade_tokens(c);
  });
  return applied;
}

}  // namespace sen::wiring
