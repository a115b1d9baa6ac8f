// sen extract: the figures a report states, proposed as the web app's review shows them.
#pragma once
#include <string>

namespace sen::cli {

struct ExtractOptions {
  std::string db;
  std::string file;
  std::string unit;
  std::string period;
  std::string vintage = "preliminary";
  bool json = false;  // the API's JSON instead of Vietnamese lines
};

// Reads the file (DOCX, PDF or UTF-8 text) and prints the proposals; stores nothing.
int extract(const ExtractOptions& o);

}  // namespace sen::cli
