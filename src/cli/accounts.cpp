#include "cli/accounts.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <boost/json.hpp>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/audit.hpp"
#include "auth/auth.hpp"
#include "auth/secrets.hpp"
#include "base/received_text.hpp"
#include "cli/database.hpp"
#include "db/postgres.hpp"

namespace sen::cli {

namespace {

// The first line of a file, which must exist.
std::string read_password(const std::string& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read password file " + file);
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

audit::Actor actor() {
  return audit::Actor{cli_actor(), "local", ""};
}
access::Principal by() {
  return auth::operator_principal(cli_actor());
}

boost::json::value user_json(const access::User& u) {
  boost::json::array grants;
  for (const auto& g : u.grants) grants.push_back(boost::json::value(g));
  return {{"username", u.username},
          {"role", u.role},
          {"unit", u.unit ? boost::json::value(*u.unit) : boost::json::value(nullptr)},
          {"disabled", u.disabled},
          {"service", u.service},
          {"grants", std::move(grants)}};
}

// A user's rows in the audit trail belong to the user's scope.
access::Where where(const access::User& u) {
  return {u.unit, std::nullopt};
}

template <class F>
auto write(const std::string& db, F f) {
  auto database = open_database(db);
  return database->write(f);
}

}  // namespace

std::string cli_actor() {
  const char* user = std::getenv("USER");
  return std::string("cli:") + (user ? user : "unknown");
}

std::string admin_password_path(const std::string& location) {
  if (!db::is_postgres_url(location)) {
    std::filesystem::path db(location);
    return (db.parent_path() / (db.stem().string() + ".admin-password")).string();
  }
  // The URL without its scheme and user (and password), every other character kept as a name allows.
  std::string rest = location.substr(location.find("://") + 3);
  auto at = rest.rfind('@', rest.find('/'));
  if (at != std::string::npos) rest.erase(0, at + 1);
  std::string name = "postgresql-";
  for (char ch : rest) {
    bool keep = std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '_';
    if (keep)
      name += ch;
    else if (name.back() != '-')
      name += '-';
  }
  while (name.back() == '-') name.pop_back();
  return "var/" + name + ".admin-password";
}

void create_first_admin(db::Database& database, const std::string& location, const std::string& password_file) {
  std::string generated;
  bool created = database.write([&](db::Connection& c) {
    if (!auth::users(c, by()).empty()) return false;
    std::string password =
        password_file.empty() ? (generated = auth::random_secret().substr(0, 20)) : read_password(password_file);
    auto u = auth::create_user(c, by(),
                               auth::NewUser{"admin", "Quản trị hệ thống", password, "admin", std::nullopt, {}, false});
    audit::record(c, actor(), "create", "user", u.username, where(u), nullptr, user_json(u));
    return true;
  });
  if (!created || generated.empty()) return;
  std::filesystem::path file = admin_password_path(location);
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path());
  {
    std::ofstream out(file, std::ios::trunc);
    out << generated << "\n";
  }
  ::chmod(file.c_str(), 0600);
  std::printf("Administrator: admin, password %s (written to %s; change it after logging in)\n", generated.c_str(),
              file.c_str());
}

int user_add(const std::string& db, const NewAccount& a) {
  std::optional<std::string> password;
  if (!a.password_file.empty()) password = read_password(a.password_file);
  write(db, [&](db::Connection& c) {
    auth::NewUser n{a.name,
                    a.display_name.empty()
                        ? std::nullopt
                        : std::optional(received_text(a.display_name, "display-name", 500, Lines::one)),
                    password,
                    a.role,
                    a.unit.empty() ? std::nullopt : std::optional(a.unit),
                    a.grants,
                    a.service};
    auto u = auth::create_user(c, by(), n);
    audit::record(c, actor(), "create", "user", u.username, where(u), nullptr, user_json(u));
  });
  std::printf("Added %s %s (%s%s)\n", a.service ? "service account" : "user", a.name.c_str(), a.role.c_str(),
              a.unit.empty() ? "" : (", unit " + a.unit).c_str());
  return 0;
}

int user_passwd(const std::string& db, const std::string& name, const std::string& password_file) {
  auto password = read_password(password_file);
  write(db, [&](db::Connection& c) {
    auto u = auth::user(c, name);
    auth::UserChange ch;
    ch.version = u.version;
    ch.password = password;
    auth::change_user(c, by(), name, ch);
    audit::record(c, actor(), "change", "user", name, where(u), nullptr, {{"password", "changed"}});
  });
  std::printf("Changed the password of %s; their sessions and tokens are ended\n", name.c_str());
  return 0;
}

int user_disable(const std::string& db, const std::string& name) {
  write(db, [&](db::Connection& c) {
    auto before = auth::user(c, name);
    auth::UserChange ch;
    ch.version = before.version;
    ch.disabled = true;
    auto after = auth::change_user(c, by(), name, ch);
    audit::record(c, actor(), "change", "user", name, where(after), user_json(before), user_json(after));
  });
  std::printf("Disabled %s; their sessions and tokens are ended\n", name.c_str());
  return 0;
}

int user_list(const std::string& db) {
  auto database = open_database(db);
  auto list = database->read([](db::Connection& c) { return auth::users(c, by()); });
  for (const auto& u : list) {
    std::string grants;
    for (const auto& g : u.grants) grants += " +" + g;
    std::printf("%-24s %-17s %-10s%s%s%s\n", u.username.c_str(), u.role.c_str(), u.unit.value_or("*").c_str(),
                u.service ? " service" : "", u.disabled ? " disabled" : "", grants.c_str());
  }
  return 0;
}

int token_create(const std::string& db, const std::string& name, const std::string& user, int days) {
  auto secret = write(db, [&](db::Connection& c) {
    auto s = auth::create_token(c, by(), name, user, days);
    audit::record(c, actor(), "create", "token", name, where(auth::user(c, user)), nullptr,
                  {{"username", user}, {"expires_in_days", days}});
    return s;
  });
  std::printf("%s\n", secret.c_str());
  std::fprintf(stderr, "Token %s for %s, valid %d days: shown once; send it as 'Authorization: Bearer <token>'\n",
               name.c_str(), user.c_str(), days);
  return 0;
}

int token_revoke(const std::string& db, const std::string& name) {
  write(db, [&](db::Connection& c) {
    std::optional<std::string> unit;
    for (const auto& t : auth::tokens(c, by())) {
      if (t.name == name) unit = t.unit;
    }
    auth::revoke_token(c, by(), name);
    audit::record(c, actor(), "revoke", "token", name, {unit, std::nullopt}, nullptr, nullptr);
  });
  std::printf("Revoked token %s\n", name.c_str());
  return 0;
}

int token_list(const std::string& db) {
  auto database = open_database(db);
  auto list = database->read([](db::Connection& c) { return auth::tokens(c, by()); });
  for (const auto& t : list) {
    std::printf("%-24s %-24s %s expires %s%s%s\n", t.name.c_str(), t.username.c_str(), t.created_at.c_str(),
                t.expires_at.c_str(), t.last_used_at ? (" last used " + *t.last_used_at).c_str() : "",
                t.revoked_at ? (" revoked " + *t.revoked_at).c_str() : "");
  }
  return 0;
}

int audit_anchor(const std::string& db) {
  auto database = open_database(db);
  auto a = database->read([](db::Connection& c) { return audit::anchor(c); });
  std::printf("%s\n", a.text().c_str());
  std::fprintf(stderr,
               "Audit anchor at %s: %zu rows, last hash %s. Keep this line outside Sen (a signed printout, another "
               "system); `sen audit verify --anchor %s` then finds rows removed after it.\n",
               a.at.c_str(), a.rows, a.hash.c_str(), a.text().c_str());
  return 0;
}

int audit_verify(const std::string& db, const std::string& anchor_text) {
  std::optional<audit::Anchor> anchor;
  if (!anchor_text.empty()) {
    anchor = audit::Anchor::parse(anchor_text);
    if (!anchor) throw std::runtime_error("--anchor must be ROWS:HASH as printed by `sen audit anchor`");
  }
  auto database = open_database(db);
  auto v = database->read([&](db::Connection& c) { return audit::verify(c, anchor); });
  if (v.first_broken) {
    std::fprintf(stderr, "sen: audit trail broken at row %lld: %s\n", static_cast<long long>(*v.first_broken),
                 v.reason.c_str());
    return 1;
  }
  if (v.anchor_missing) {
    std::fprintf(stderr, "sen: audit trail broken: %s\n", v.reason.c_str());
    return 1;
  }
  std::printf("Audit trail intact: %zu rows; head %s%s\n", v.rows, v.head.c_str(),
              anchor ? "; the anchored rows are all there" : "");
  return 0;
}

}  // namespace sen::cli
