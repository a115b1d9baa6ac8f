// Flags of user, token and audit (cli/accounts.hpp).
#include <memory>
#include <stdexcept>

#include "cli/accounts.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"

namespace sen::cli {

namespace {

struct Flags {
  std::string db = kDefaultDatabase, name, user, anchor, password_file;
  NewAccount account;
  std::vector<std::string> grants;
  int days = 90;
};

void add_user(CLI::App& app) {
  auto o = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("user", "Manage user accounts");
  cmd->require_subcommand(1);
  auto* add = cmd->add_subcommand("add", "Add a user");
  add->add_option("name", o->account.name, "User name: 3–40 of a-z 0-9 . _ -")->required();
  add->add_option("--role", o->account.role, "admin, leader, officer, inspector, petition_officer or viewer")
      ->required();
  add->add_option("--unit", o->account.unit, "Scope: this unit and its subtree (default: everywhere)");
  auto* password_option =
      add->add_option("--password-file", o->account.password_file, "File whose first line is the password")
          ->check(CLI::ExistingFile);
  auto* service_flag = add->add_flag("--service", o->account.service,
                                     "A service account for scripts and kiosks: API tokens only, no password");
  password_option->excludes(service_flag);
  add->add_option("--display-name", o->account.display_name, "Name and title shown in the interface");
  add->add_option("--grant", o->grants, "Extra permission: petitions.identity, oversight.members");
  on_run(add, [o] {
    if (o->account.password_file.empty() && !o->account.service) {
      throw std::runtime_error("user add needs --password-file (or --service for a service account)");
    }
    o->account.grants = {o->grants.begin(), o->grants.end()};
    return user_add(o->db, o->account);
  });
  auto* passwd = cmd->add_subcommand("passwd", "Set a user's password (ends their sessions)");
  passwd->add_option("name", o->name, "User name")->required();
  passwd->add_option("--password-file", o->password_file, "File whose first line is the password")
      ->required()
      ->check(CLI::ExistingFile);
  on_run(passwd, [o] { return user_passwd(o->db, o->name, o->password_file); });
  auto* disable = cmd->add_subcommand("disable", "Disable a user (ends their sessions)");
  disable->add_option("name", o->name, "User name")->required();
  on_run(disable, [o] { return user_disable(o->db, o->name); });
  auto* list = cmd->add_subcommand("list", "List users");
  on_run(list, [o] { return user_list(o->db); });
  for (auto* sub : {add, passwd, disable, list}) add_db_option(sub, o->db);
}

void add_token(CLI::App& app) {
  auto o = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("token", "Manage API tokens for scripts");
  cmd->require_subcommand(1);
  auto* create = cmd->add_subcommand("create", "Create a token and print it once");
  create->add_option("name", o->name, "Token name")->required();
  create->add_option("--user", o->user, "The user the token acts as")->required();
  create->add_option("--days", o->days, "Days the token stays valid (1–365)")
      ->capture_default_str()
      ->check(CLI::Range(1, 365));
  on_run(create, [o] { return token_create(o->db, o->name, o->user, o->days); });
  auto* revoke = cmd->add_subcommand("revoke", "Revoke a token");
  revoke->add_option("name", o->name, "Token name")->required();
  on_run(revoke, [o] { return token_revoke(o->db, o->name); });
  auto* list = cmd->add_subcommand("list", "List tokens");
  on_run(list, [o] { return token_list(o->db); });
  for (auto* sub : {create, revoke, list}) add_db_option(sub, o->db);
}

void add_audit(CLI::App& app) {
  auto o = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("audit", "The audit trail");
  cmd->require_subcommand(1);
  auto* verify = cmd->add_subcommand("verify", "Check that no audit row was altered or removed");
  verify->add_option("--anchor", o->anchor, "ROWS:HASH printed earlier by `sen audit anchor`");
  on_run(verify, [o] { return audit_verify(o->db, o->anchor); });
  auto* anchor = cmd->add_subcommand("anchor", "Print the chain's head, to keep outside Sen");
  on_run(anchor, [o] { return audit_anchor(o->db); });
  for (auto* sub : {verify, anchor}) add_db_option(sub, o->db);
}

}  // namespace

void add_account_commands(CLI::App& app) {
  add_user(app);
  add_token(app);
  add_audit(app);
}

}  // namespace sen::cli
