// Flags of search and files add | get (cli/file_commands.hpp).
#include <memory>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/file_commands.hpp"

namespace sen::cli {

void add_file_commands(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, query, kind, key, path, out = "-";
    std::size_t limit = 20;
    long long id = 0;
  };
  auto o = std::make_shared<Flags>();
  auto* search_cmd = app.add_subcommand("search", "Search every record and file, with or without Vietnamese marks");
  add_db_option(search_cmd, o->db);
  search_cmd->add_option("query", o->query, "What to look for, e.g. \"giai ngan Xuan Dieu\"")->required();
  search_cmd->add_option("--limit", o->limit, "How many hits")->capture_default_str()->check(CLI::Range(1, 1000));
  on_run(search_cmd, [o] { return search(o->db, o->query, o->limit); });

  auto* files_cmd = app.add_subcommand("files", "Files attached to records");
  files_cmd->require_subcommand(1);
  auto* add = files_cmd->add_subcommand("add", "Attach a file (PDF, DOCX, XLSX, PNG, JPEG, text) to a record");
  add_db_option(add, o->db);
  add->add_option("kind", o->kind, "task, document, petition, project or oversight_case")->required();
  add->add_option("key", o->key, "The record's id or code")->required();
  add->add_option("file", o->path, "The file")->required()->check(CLI::ExistingFile);
  on_run(add, [o] { return files_add(o->db, o->kind, o->key, o->path); });
  auto* get = files_cmd->add_subcommand("get", "Write a file's bytes");
  add_db_option(get, o->db);
  get->add_option("id", o->id, "The file's id")->required();
  get->add_option("-o,--output", o->out, "Where to write it ('-': standard output)")->capture_default_str();
  on_run(get, [o] { return files_get(o->db, o->id, o->out); });
}

}  // namespace sen::cli
