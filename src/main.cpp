// sen: the command line. Each group of subcommands declares its flags in src/cli/*_flags.cpp.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/command_line.hpp"

int main(int argc, char** argv) {
  spdlog::set_default_logger(spdlog::stderr_color_mt("sen"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S%z %^%l%$ %v");
  return sen::cli::run_command_line(argc, argv);
}
