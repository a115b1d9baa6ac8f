// The command line: each group of subcommands declares its flags and what runs when it is chosen
// (cli/*_flags.cpp); run_command_line parses, runs the chosen one and prints expected failures.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace sen::cli {

// What a chosen subcommand does; returns the process exit code.
using Run = std::function<int()>;

// Makes `cmd` run `run` when it is the subcommand chosen.
void on_run(CLI::App* cmd, Run run);
// Adds --db (a SQLite file or a PostgreSQL URL) to a subcommand.
void add_db_option(CLI::App* cmd, std::string& db);

// The groups, each in its own file.
void add_server_commands(CLI::App& app);    // serve, init, migrate, backup, restore, version, routes
void add_data_commands(CLI::App& app);      // scorecard, import, export, tasks, oversight, extract
void add_account_commands(CLI::App& app);   // user, token, audit
void add_calendar_commands(CLI::App& app);  // calendar …
void add_report_commands(CLI::App& app);    // report annual | periodic
void add_file_commands(CLI::App& app);      // search, files add | get

// Parses argv, runs the chosen subcommand; "sen: …" and exit code 1 on an expected failure.
int run_command_line(int argc, char** argv);

}  // namespace sen::cli
