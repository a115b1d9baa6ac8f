// The HTTP/1.1 server: Boost.Beast on Asio with C++20 coroutines. Requests are read on the
// I/O threads and handled on a bounded pool of worker threads, where blocking database work
// is allowed. SIGTERM and SIGINT stop accepting, let in-flight requests finish, then return.
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace sen::http {

struct ServerLimits {
  std::size_t header_bytes = 16 * 1024;
  std::size_t body_bytes = 8 * 1024 * 1024;
  // The body of a file upload (POST …/files): the file limit and room for the form around it.
  std::size_t upload_bytes = 26 * 1024 * 1024;
  std::chrono::seconds header_timeout{10};  // from a request's first byte to the end of its header
  std::chrono::seconds read_timeout{30};    // to receive a whole request, and to send a response
  std::chrono::seconds idle_timeout{60};    // keep-alive connection waiting for its next request
  // Beyond this, an idle keep-alive connection is closed to make room; when none is idle, new
  // connections get 503 and are closed.
  std::size_t max_connections = 1024;
  // Open connections one client address may hold (a trusted proxy has no cap); beyond it, 503.
  std::size_t max_connections_per_client = 64;
  std::chrono::seconds shutdown_grace{5};  // in-flight requests still running after this are cut
};

struct ServerConfig {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port
  ServerLimits limits;
  std::size_t io_threads = 1;
  std::size_t worker_threads = 2;
  std::string access_log = "-";  // "-" stdout, "off", or a file path
  // Reverse proxies whose X-Forwarded-For / X-Real-IP name the client (addresses or networks).
  std::vector<std::string> trusted_proxies;
};

// Handles one request. May throw sen::Error (→ its problem+json) or any std::exception
// (→ 500 with the request id; the reason is logged, never sent).
using Application = std::function<Response(const Request&)>;

class Server {
 public:
  // Binds the listening socket; throws std::runtime_error with a one-line reason.
  Server(ServerConfig config, Application app);
  ~Server();
  std::uint16_t port() const;
  // Serves until SIGTERM or SIGINT, then drains and returns.
  void run();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Parses "HOST:PORT" or "[IPV6]:PORT"; throws std::invalid_argument.
std::pair<std::string, std::uint16_t> parse_listen_address(const std::string& text);

}  // namespace sen::http
