#include "reports/zip.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace sen::reports {

std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) throw std::runtime_error("zip: cannot create a buffer");
  zip_source_keep(buffer);  // kept after zip_close, to be read back
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, zip_source_free);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip: cannot open the archive");
  for (const auto& [path, content] : entries) {
    // libzip reads the data at zip_close; `entries` outlives it.
    zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!data || zip_file_add(archive, path.c_str(), data, ZIP_FL_ENC_UTF_8) < 0) {
      if (data) zip_source_free(data);
      zip_discard(archive);
      throw std::runtime_error("zip: cannot add " + path);
    }
  }
  if (zip_close(archive) < 0) {
    zip_discard(archive);
    throw std::runtime_error("zip: cannot write the archive");
  }
  zip_stat_t st;
  if (zip_source_stat(buffer, &st) < 0 || zip_source_open(buffer) < 0)
    throw std::runtime_error("zip: cannot read back");
  std::string out(static_cast<std::size_t>(st.size), '\0');
  auto n = zip_source_read(buffer, out.data(), st.size);
  zip_source_close(buffer);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) throw std::runtime_error("zip: short read");
  return out;
}

}  // namespace sen::reports
