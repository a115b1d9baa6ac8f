#include "cli/command_line.hpp"

#include <cstdio>
#include <string_view>

#include "base/error.hpp"

namespace sen::cli {

namespace {

Run& chosen() {
  static Run run;
  return run;
}

// A word where a command was expected: CLI11 would only say "A subcommand is required".
std::string failure_message(const CLI::App* top, const CLI::Error& e) {
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
}

}  // namespace

void on_run(CLI::App* cmd, Run run) {
  cmd->callback([run = std::move(run)] { chosen() = run; });
}

void add_db_option(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "Database: a SQLite file, or a PostgreSQL URL postgresql://USER@HOST:PORT/NAME")
      ->capture_default_str();
}

int run_command_line(int argc, char** argv) {
  CLI::App app{"Sen: plans, targets, tasks and reports of a Vietnamese local government"};
  app.require_subcommand(1);
  app.failure_message(failure_message);
  add_server_commands(app);
  add_data_commands(app);
  add_account_commands(app);
  add_calendar_commands(app);
  add_report_commands(app);
  add_file_commands(app);
  CLI11_PARSE(app, argc, argv);
  try {
    if (chosen()) return chosen()();
  } catch (const Error& e) {
    // Vietnamese first, as the offices read it; the English beneath for whoever scripts around it.
    std::fprintf(stderr, "sen: %s\n     %s\n", e.message_vi().c_str(), e.message_en().c_str());
    for (const auto& d : e.details()) {
      std::fprintf(stderr, "  dòng %d%s%s: %s\n    line %d%s%s: %s\n", d.line, d.field.empty() ? "" : ", cột ",
                   d.field.c_str(), d.message_vi.c_str(), d.line, d.field.empty() ? "" : ", column ", d.field.c_str(),
                   d.message_en.c_str());
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sen: %s\n", e.what());
  }
  return 1;
}

}  // namespace sen::cli
