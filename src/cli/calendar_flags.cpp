// Flags of calendar … (cli/calendar_commands.hpp).
#include <memory>

#include "cli/calendar_commands.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"

namespace sen::cli {

void add_calendar_commands(CLI::App& app) {
  struct Flags {
    std::string db = kDefaultDatabase, date, to, rule, variant = "base";
    int year = 0, month = 0, day = 0, days = 0;
    bool leap = false;
  };
  auto o = std::make_shared<Flags>();
  auto* cmd = app.add_subcommand("calendar", "The Vietnamese calendar: lunar dates, holidays, working days, deadlines");
  cmd->require_subcommand(1);
  auto* lunar = cmd->add_subcommand("lunar", "The lunar date of a solar date");
  lunar->add_option("date", o->date, "YYYY-MM-DD")->required();
  on_run(lunar, [o] { return calendar_lunar(o->date); });
  auto* solar = cmd->add_subcommand("solar", "The solar date of a lunar date");
  solar->add_option("year", o->year, "Lunar year")->required();
  solar->add_option("month", o->month, "Lunar month")->required()->check(CLI::Range(1, 12));
  solar->add_option("day", o->day, "Lunar day")->required()->check(CLI::Range(1, 30));
  solar->add_flag("--leap", o->leap, "The leap month");
  on_run(solar, [o] { return calendar_solar(o->year, o->month, o->day, o->leap); });
  auto* holidays = cmd->add_subcommand("holidays", "Holidays, compensatory and decided days off of a year");
  holidays->add_option("year", o->year, "Year")->required();
  on_run(holidays, [o] { return calendar_holidays(o->db, o->year); });
  auto* working = cmd->add_subcommand("working-days", "Count working days from one date to another, both included");
  working->add_option("from", o->date, "YYYY-MM-DD")->required();
  working->add_option("to", o->to, "YYYY-MM-DD")->required();
  on_run(working, [o] { return calendar_working_days(o->db, o->date, o->to); });
  auto* add = cmd->add_subcommand("add-working-days", "The n-th working day after a date");
  add->add_option("from", o->date, "YYYY-MM-DD")->required();
  add->add_option("days", o->days, "Working days, 1 to 2000")->required();
  on_run(add, [o] { return calendar_add_working_days(o->db, o->date, o->days); });
  auto* deadline = cmd->add_subcommand("deadline", "The due date of a legal deadline counted from an event");
  deadline->add_option("rule", o->rule, "Rule code, e.g. letter_processing")->required();
  deadline->add_option("start", o->date, "Date of the event, YYYY-MM-DD")->required();
  deadline->add_option("--variant", o->variant, "complex, remote, remote_complex …")->capture_default_str();
  on_run(deadline, [o] { return calendar_deadline(o->db, o->rule, o->date, o->variant); });
  for (auto* sub : {holidays, working, add, deadline}) add_db_option(sub, o->db);
}

}  // namespace sen::cli
