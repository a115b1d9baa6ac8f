#include "base/embedded.hpp"

#include <stdexcept>
#include <string>

namespace sen {

std::string_view embedded_file(std::string_view path) {
  for (const auto& file : embedded_files()) {
    if (file.path == path) return file.content;
  }
  throw std::out_of_range("not embedded: " + std::string(path));
}

}  // namespace sen
