// The web app's built files (web/dist): hashed assets cached for a year, precompressed .br and
// .gz variants when the client accepts them, and index.html for every other path so that the
// single-page app can route it. API paths never come here.
#pragma once
#include <filesystem>

#include "http/message.hpp"

namespace sen::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  // Answers a GET or HEAD; a problem 404 when the app is not built.
  Response serve(const Request& request) const;
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

}  // namespace sen::http
