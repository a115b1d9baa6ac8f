// Files compiled into the binary (migrations, demo data); see cmake/embed_files.cmake.
#pragma once
#include <string_view>
#include <vector>

namespace sen {

struct EmbeddedFile {
  std::string_view path;  // relative to the source root, e.g. "data/demo/units.csv"
  std::string_view content;
};

// All embedded files, sorted by path.
const std::vector<EmbeddedFile>& embedded_files();

// The content of one embedded file; throws std::out_of_range when it is not embedded.
std::string_view embedded_file(std::string_view path);

}  // namespace sen
