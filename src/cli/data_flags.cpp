// Flags of scorecard, extract, import, rollups, export, tasks and oversight (cli/commands.hpp,
// cli/extract_commands.hpp).
#include <memory>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/extract_commands.hpp"

namespace sen::cli {

namespace {

void add_numbers_option(CLI::App* cmd, std::string& numbers) {
  cmd->add_option("--numbers", numbers, "Number style: vi (1.172,5) or plain (1172.5)")
      ->capture_default_str()
      ->check(CLI::IsMember({"vi", "plain"}));
}

void add_scorecard(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, unit, period, plan;
  };
  auto o = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("scorecard", "Print the scorecard of a unit for a period, in Vietnamese");
  add_db_option(cmd, o->db);
  cmd->add_option("--unit", o->unit, "Unit code, e.g. 436")->required();
  cmd->add_option("--period", o->period, "Period: 2023, 2023-6M, 2023-9M, 2023-Q1 or 2023-03")->required();
  cmd->add_option("--plan", o->plan, "Only the targets of this plan");
  on_run(cmd, [o] { return scorecard(o->db, o->unit, o->period, o->plan); });
}

void add_extract(CLI::App& app) {
  auto o = std::make_shared<ExtractOptions>();
  o->db = kDefaultDatabase;
  auto* cmd =
      app.add_subcommand("extract", "Read a report (DOCX, PDF or text) and print the figures it states for review");
  add_db_option(cmd, o->db);
  cmd->add_option("file", o->file, "The report")->required();
  cmd->add_option("--unit", o->unit, "Unit code the report is about, e.g. 436")->required();
  cmd->add_option("--period", o->period, "Period it reports on: 2023, 2023-6M, 2023-Q1, 2023-03 …")->required();
  cmd->add_option("--vintage", o->vintage, "Vintage of figures stated as done")->capture_default_str();
  cmd->add_flag("--json", o->json, "Print the API's JSON");
  on_run(cmd, [o] { return extract(*o); });
}

void add_import(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, file, numbers = "plain";
    bool dry_run = false;
  };
  auto* cmd = app.add_subcommand("import", "Import targets, values or disbursements from CSV (all rows or none)");
  cmd->require_subcommand(1);
  for (const char* what : {"values", "targets", "disbursements"}) {
    auto o = std::make_shared<Flags>();
    auto* sub = cmd->add_subcommand(what, std::string("Import ") + what + " from a CSV file");
    add_db_option(sub, o->db);
    sub->add_option("file", o->file, "CSV file (UTF-8, with or without BOM)")->required()->check(CLI::ExistingFile);
    add_numbers_option(sub, o->numbers);
    sub->add_flag("--dry-run", o->dry_run, "Check every row, write nothing");
    on_run(sub, [o, what] { return import_csv(o->db, what, o->file, o->numbers, o->dry_run); });
  }
}

void add_rollups(CLI::App& app) {
  auto db = std::make_shared<std::string>(kDefaultDatabase);
  auto* cmd = app.add_subcommand("rollups", "Sums of the children's figures that the scorecards read");
  cmd->require_subcommand(1);
  auto* refresh = cmd->add_subcommand("refresh", "Rewrite every roll-up (after a change of the hierarchy)");
  add_db_option(refresh, *db);
  on_run(refresh, [db] { return refresh_rollups(*db); });
}

void add_export(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, numbers = "plain", output;
    ExportSelection selection;
  };
  auto* cmd = app.add_subcommand("export", "Export targets or values as CSV, a project as an IATI-style activity");
  cmd->require_subcommand(1);
  auto values = std::make_shared<Flags>();
  auto* export_values = cmd->add_subcommand("values", "Current values of a unit for a period");
  export_values->add_option("--unit", values->selection.unit, "Unit code")->required();
  export_values->add_option("--period", values->selection.period, "Period")->required();
  auto targets = std::make_shared<Flags>();
  auto* export_targets = cmd->add_subcommand("targets", "Targets of a plan");
  export_targets->add_option("--plan", targets->selection.plan, "Plan code")->required();
  auto iati = std::make_shared<Flags>();
  auto* export_iati = cmd->add_subcommand("iati", "A project as an IATI-style activity (JSON)");
  export_iati->add_option("--project", iati->selection.project, "Project code")->required();
  add_db_option(export_iati, iati->db);
  export_iati->add_option("-o,--output", iati->output, "Output file (default: standard output)");
  on_run(export_iati, [iati] { return export_data(iati->db, "iati", iati->selection, iati->numbers, iati->output); });
  for (const auto& entry : {std::pair{export_values, values}, std::pair{export_targets, targets}}) {
    auto* sub = entry.first;
    auto o = entry.second;  // a plain variable: clang 14 cannot capture a structured binding
    add_db_option(sub, o->db);
    add_numbers_option(sub, o->numbers);
    sub->add_option("-o,--output", o->output, "Output file (default: standard output)");
    on_run(sub, [o, what = sub->get_name()] { return export_data(o->db, what, o->selection, o->numbers, o->output); });
  }
}

void add_tasks(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, today, unit;
    int within = 7;
  };
  auto* cmd = app.add_subcommand("tasks", "Follow up tasks");
  cmd->require_subcommand(1);
  auto due = std::make_shared<Flags>();
  auto* due_cmd = cmd->add_subcommand("due", "List open tasks due soon and overdue ones");
  due_cmd->add_option("--unit", due->unit, "Only tasks of this unit and those below it");
  auto remind = std::make_shared<Flags>();
  auto* remind_cmd = cmd->add_subcommand("remind", "Put reminders for tasks due soon or overdue in the outbox");
  for (const auto& entry : {std::pair{due_cmd, due}, std::pair{remind_cmd, remind}}) {
    auto* sub = entry.first;
    const auto& o = entry.second;
    add_db_option(sub, o->db);
    sub->add_option("--within", o->within, "Days ahead")->capture_default_str()->check(CLI::Range(0, 3650));
    sub->add_option("--today", o->today, "The day to compute statuses for (default: today in Vietnam)");
  }
  on_run(due_cmd, [due] { return tasks_due(due->db, due->within, due->today, due->unit); });
  on_run(remind_cmd, [remind] { return tasks_remind(remind->db, remind->within, remind->today); });
}

void add_oversight(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, unit, period;
  };
  auto o = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("oversight", "Party oversight: inspection, supervision, discipline");
  cmd->require_subcommand(1);
  auto* stats = cmd->add_subcommand("stats", "Inspection, supervision, discipline and admissions of a unit and period");
  add_db_option(stats, o->db);
  stats->add_option("--unit", o->unit, "Unit code, e.g. 436")->required();
  stats->add_option("--period", o->period, "Period: 2022, 2022-6M, 2022-Q1 or 2022-03")->required();
  on_run(stats, [o] { return oversight_stats(o->db, o->unit, o->period); });
}

}  // namespace

void add_data_commands(CLI::App& app) {
  add_scorecard(app);
  add_extract(app);
  add_import(app);
  add_rollups(app);
  add_export(app);
  add_tasks(app);
  add_oversight(app);
}

}  // namespace sen::cli
