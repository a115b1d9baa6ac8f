#include "http/static_files.hpp"

#include <fstream>
#include <sstream>

#include "http/messages.hpp"
#include "http/problem.hpp"

namespace sen::http {

namespace {

std::string_view content_type(const std::filesystem::path& file) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {{".html", "text/html; charset=utf-8"},
                                                                         {".js", "text/javascript; charset=utf-8"},
                                                                         {".css", "text/css; charset=utf-8"},
                                                                         {".svg", "image/svg+xml"},
                                                                         {".png", "image/png"},
                                                                         {".ico", "image/x-icon"},
                                                                         {".json", "application/json"},
                                                                         {".woff2", "font/woff2"},
                                                                         {".txt", "text/plain; charset=utf-8"},
                                                                         {".map", "application/json"},
                                                                         {".webmanifest", "application/manifest+json"}};
  auto ext = file.extension().string();
  for (const auto& [e, type] : kTypes) {
    if (ext == e) return type;
  }
  return "application/octet-stream";
}

bool read(const std::filesystem::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

bool accepts(const Request& request, std::string_view encoding) {
  auto header = request.header("accept-encoding");
  return header && header->find(encoding) != std::string::npos;
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

Response StaticFiles::serve(const Request& request) const {
  // Paths with ".." never reach the disk; anything not found is the app's own route.
  std::filesystem::path relative = std::filesystem::path(request.path).relative_path().lexically_normal();
  bool safe = !relative.empty() && relative.native().rfind("..", 0) != 0;
  std::filesystem::path file = root_ / relative;
  bool is_asset = safe && relative.native().rfind("assets/", 0) == 0;
  if (!safe || !std::filesystem::is_regular_file(file)) {
    if (is_asset) {
      return problem(messages::error<"no_file">("", request.path), request);
    }
    file = root_ / "index.html";
  }
  Response r;
  r.content_type = std::string(content_type(file));
  bool compressed = false;
  for (auto [encoding, suffix] : {std::pair{"br", ".br"}, std::pair{"gzip", ".gz"}}) {
    if (accepts(request, encoding) && read(file.string() + suffix, r.body)) {
      r.headers.emplace_back("Content-Encoding", encoding);
      compressed = true;
      break;
    }
  }
  if (!compressed && !read(file, r.body)) {
    return problem(messages::error<"web_not_built">(""), request);
  }
  r.headers.emplace_back("Vary", "Accept-Encoding");
  r.headers.emplace_back("Cache-Control", is_asset ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

}  // namespace sen::http
