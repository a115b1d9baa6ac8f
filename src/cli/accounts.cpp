#include "cli/accounts.hpp"

#include <sys/stat.h>

#include <boost/json.hpp>
#include <fmt/format.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/audit.hpp"
#include "auth/auth.hpp"
#include "auth/secrets.hpp"
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

audit::Actor actor() { return audit::Actor{cli_actor(), "local", ""}; }

boost::json::value user_json(const auth::User& u) {
  boost::json::array grants;
  for (const auto& g : u.grants) grants.push_back(boost::json::value(g));
  return {{"username", u.username}, {"role", u.role},
          {"unit", u.unit ? boost::json::value(*u.unit) : boost::json::value(nullptr)}, {"disabled", u.disabled},
          {"grants", std::move(grants)}};
}

template <class F>
auto write(const std::string& db, F f) {
  auto database = db::Database::open(db, false, 1);
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
    if (keep) name += ch;
    else if (name.back() != '-') name += '-';
  }
  while (name.back() == '-') name.pop_back();
  return "var/" + name + ".admin-password";
}

void create_first_admin(db::Database& database, const std::string& location, const std::string& password_file) {
  std::string generated;
  bool created = database.write([&](db::Connection& c) {
    if (!auth::users(c).empty()) return false;
    std::string password = password_file.empty() ? (generated = auth::random_secret().substr(0, 20))
                                                  : read_password(password_file);
    auto u = auth::create_user(c, auth::NewUser{"admin", "Quản trị hệ thống", password, "admin", std::nullopt, {}});
    audit::record(c, actor(), "create", "user", u.username, nullptr, user_json(u));
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

int user_add(const std::string& db, const std::string& name, const std::string& role, const std::string& unit,
             const std::string& password_file, const std::string& display_name, const std::set<std::string>& grants) {
  auto password = read_password(password_file);
  write(db, [&](db::Connection& c) {
    auth::NewUser n{name, display_name.empty() ? std::nullopt : std::optional(display_name), password, role,
                    unit.empty() ? std::nullopt : std::optional(unit), grants};
    auto u = auth::create_user(c, n);
    audit::record(c, actor(), "create", "user", u.username, nullptr, user_json(u));
  });
  std::printf("Added user %s (%s%s)\n", name.c_str(), role.c_str(), unit.empty() ? "" : (", unit " + unit).c_str());
  return 0;
}

int user_passwd(const std::string& db, const std::string& name, const std::string& password_file) {
  auto password = read_password(password_file);
  write(db, [&](db::Connection& c) {
    auto u = auth::user(c, name);
    auth::UserChange ch;
    ch.version = u.version;
    ch.password = password;
    auth::change_user(c, name, ch);
    audit::record(c, actor(), "change", "user", name, nullptr, {{"password", "changed"}});
  });
  std::printf("Changed the password of %s; their sessions are ended\n", name.c_str());
  return 0;
}

int user_disable(const std::string& db, const std::string& name) {
  write(db, [&](db::Connection& c) {
    auto before = auth::user(c, name);
    auth::UserChange ch;
    ch.version = before.version;
    ch.disabled = true;
    auto after = auth::change_user(c, name, ch);
    audit::record(c, actor(), "change", "user", name, user_json(before), user_json(after));
  });
  std::printf("Disabled %s; their sessions are ended\n", name.c_str());
  return 0;
}

int user_list(const std::string& db) {
  auto database = db::Database::open(db, false, 1);
  auto list = database->read([](db::Connection& c) { return auth::users(c); });
  for (const auto& u : list) {
    std::string grants;
    for (const auto& g : u.grants) grants += " +" + g;
    std::printf("%-24s %-17s %-10s%s%s\n", u.username.c_str(), u.role.c_str(), u.unit.value_or("*").c_str(),
                u.disabled ? " disabled" : "", grants.c_str());
  }
  return 0;
}

int token_create(const std::string& db, const std::string& name, const std::string& user) {
  auto secret = write(db, [&](db::Connection& c) {
    auto s = auth::create_token(c, name, user);
    audit::record(c, actor(), "create", "token", name, nullptr, {{"username", user}});
    return s;
  });
  std::printf("%s\n", secret.c_str());
  std::fprintf(stderr, "Token %s for %s: shown once; send it as 'Authorization: Bearer <token>'\n", name.c_str(),
               user.c_str());
  return 0;
}

int token_revoke(const std::string& db, const std::string& name) {
  write(db, [&](db::Connection& c) {
    auth::revoke_token(c, name);
    audit::record(c, actor(), "revoke", "token", name, nullptr, nullptr);
  });
  std::printf("Revoked token %s\n", name.c_str());
  return 0;
}

int token_list(const std::string& db) {
  auto database = db::Database::open(db, false, 1);
  auto list = database->read([](db::Connection& c) { return auth::tokens(c); });
  for (const auto& t : list) {
    std::printf("%-24s %-24s %s%s\n", t.name.c_str(), t.username.c_str(), t.created_at.c_str(),
                t.revoked_at ? (" revoked " + *t.revoked_at).c_str() : "");
  }
  return 0;
}

int audit_verify(const std::string& db) {
  auto database = db::Database::open(db, false, 1);
  auto v = database->read([](db::Connection& c) { return audit::verify(c); });
  if (v.first_broken) {
    std::fprintf(stderr, "sen: audit trail broken at row %lld: %s\n", static_cast<long long>(*v.first_broken),
                 v.reason.c_str());
    return 1;
  }
  std::printf("Audit trail intact: %zu rows; head %s\n", v.rows, v.head.c_str());
  return 0;
}

}  // namespace sen::cli
