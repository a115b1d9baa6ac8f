// Flags of report annual | periodic (cli/report_commands.hpp).
#include <memory>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/report_commands.hpp"

namespace sen::cli {

void add_report_commands(CLI::App& app) {
  auto o = std::make_shared<ReportRequest>();
  o->db = kDefaultDatabase;
  auto* cmd =
      app.add_subcommand("report", "Reports in the official form: annual or periodic, as docx, xlsx, pdf or html");
  cmd->require_subcommand(1);
  auto* annual = cmd->add_subcommand("annual", "The year-end report of a unit");
  annual->add_option("--year", o->period, "Year, e.g. 2022")->required();
  on_run(annual, [o] { return report(*o, true); });
  auto* periodic = cmd->add_subcommand("periodic", "A month, quarter, 6- or 9-month report, with its cut-off window");
  periodic->add_option("--period", o->period, "Period: 2023-03, 2023-Q1, 2023-6M, 2023-9M")->required();
  on_run(periodic, [o] { return report(*o, false); });
  for (auto* sub : {annual, periodic}) {
    add_db_option(sub, o->db);
    sub->add_option("--unit", o->unit, "Unit code, e.g. 436")->required();
    sub->add_option("--format", o->format, "docx, xlsx, pdf or html")->capture_default_str();
    sub->add_option("-o,--output", o->output, "Output file (default: standard output)");
    sub->add_option("--issuer", o->issuer, "party (the Party committee's form) or state (the People's Committee's)")
        ->capture_default_str();
    sub->add_option("--number", o->number, "The document's number (blank in the header when absent)");
    sub->add_option(
        "--date", o->date,
        "The report's date, YYYY-MM-DD (default: the end of the period's reporting window); statuses are judged on it");
  }
}

}  // namespace sen::cli
