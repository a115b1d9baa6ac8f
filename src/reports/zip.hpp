// Writing a zip archive in memory (DOCX is one), with libzip.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace sen::reports {

// The archive of the given (path, content) entries, deflated, in order.
std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& entries);

}  // namespace sen::reports
