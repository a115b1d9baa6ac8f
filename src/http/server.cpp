#include "http/server.hpp"

#include <fmt/format.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "base/error.hpp"
#include "http/client_address.hpp"
#include "http/messages.hpp"
#include "http/problem.hpp"

namespace sen::http {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

std::pair<std::string, std::uint16_t> parse_listen_address(const std::string& text) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
    throw std::invalid_argument("listen address must be HOST:PORT, got '" + text + "'");
  }
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  std::string port_text = text.substr(colon + 1);
  unsigned long port = 0;
  try {
    std::size_t used = 0;
    port = std::stoul(port_text, &used);
    if (used != port_text.size() || port > 65535) throw std::out_of_range("port");
  } catch (const std::exception&) {
    throw std::invalid_argument("port must be a number from 0 to 65535, got '" + port_text + "'");
  }
  return {host, static_cast<std::uint16_t>(port)};
}

namespace {

Method to_method(bhttp::verb v) {
  switch (v) {
    case bhttp::verb::get:
      return Method::get;
    case bhttp::verb::head:
      return Method::head;
    case bhttp::verb::post:
      return Method::post;
    case bhttp::verb::put:
      return Method::put;
    case bhttp::verb::patch:
      return Method::patch;
    case bhttp::verb::delete_:
      return Method::delete_;
    case bhttp::verb::options:
      return Method::options;
    default:
      return Method::other;
  }
}

// A request id from the proxy is kept when it is short and plain; otherwise we make one.
std::string request_id_for(const bhttp::request<bhttp::string_body>& msg) {
  static const std::string prefix = fmt::format("{:08x}", std::random_device{}());
  static std::atomic<std::uint64_t> counter{0};
  auto given = msg["X-Request-Id"];
  if (!given.empty() && given.size() <= 64 && std::all_of(given.begin(), given.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
      })) {
    return std::string(given);
  }
  return fmt::format("{}-{:06x}", prefix, ++counter);
}

// Whether a request uploads a file (POST to a path ending in /files): its body may be larger.
bool is_upload(const bhttp::request<bhttp::string_body>& msg) {
  if (msg.method() != bhttp::verb::post) return false;
  std::string_view target = msg.target();
  target = target.substr(0, target.find('?'));
  constexpr std::string_view kFiles = "/files";
  return target.size() >= kFiles.size() && target.substr(target.size() - kFiles.size()) == kFiles;
}

// Fills path and query; false when the target is not an origin-form URL.
bool parse_target(std::string_view target, Request& request) {
  auto url = boost::urls::parse_origin_form(target);
  if (!url) return false;
  request.path = url->path();
  boost::urls::encoding_opts opts;
  opts.space_as_plus = true;
  for (auto param : url->params(opts)) request.query.emplace_back(param.key, param.value);
  return true;
}

void add_security_headers(bhttp::response<bhttp::string_body>& res) {
  res.set(bhttp::field::server, "sen");
  res.set("X-Content-Type-Options", "nosniff");
  // Framed by Sen's own pages only (the report draft's preview), never by another site.
  res.set("X-Frame-Options", "SAMEORIGIN");
  res.set("Referrer-Policy", "same-origin");
  // antd writes inline styles, hence 'unsafe-inline' for styles only; scripts come from us alone.
  res.set("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; "
          "base-uri 'self'; form-action 'self'");
}

}  // namespace

class Server::Impl {
 public:
  Impl(ServerConfig config, Application app)
      : config_(std::move(config)),
        app_(std::move(app)),
        proxies_(config_.trusted_proxies),
        workers_(config_.worker_threads == 0 ? 1 : config_.worker_threads),
        acceptor_(ioc_),
        signals_(ioc_, SIGINT, SIGTERM),
        grace_timer_(ioc_) {
    open_access_log();
    raise_open_file_limit();
    boost::system::error_code ec;
    auto address = asio::ip::make_address(config_.host, ec);
    if (ec) throw std::runtime_error(fmt::format("cannot listen on '{}': not an IP address", config_.host));
    tcp::endpoint endpoint(address, config_.port);
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(endpoint, ec);
    if (ec) {
      throw std::runtime_error(fmt::format("cannot listen on {}:{}: {}", config_.host, config_.port, ec.message()));
    }
    acceptor_.listen(asio::socket_base::max_listen_connections);
  }

  std::uint16_t port() const { return acceptor_.local_endpoint().port(); }

  void run() {
    signals_.async_wait([this](boost::system::error_code ec, int) {
      if (!ec) begin_shutdown();
    });
    asio::co_spawn(ioc_, accept_loop(), asio::detached);
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < config_.io_threads; ++i) threads.emplace_back([this] { ioc_.run(); });
    ioc_.run();
    for (auto& t : threads) t.join();
    workers_.join();
    if (access_log_) {
      access_log_->flush();
      spdlog::drop("access");
    }
    spdlog::info("server stopped");
  }

 private:
  struct Session {
    Session(tcp::socket socket, std::string peer) : stream(std::move(socket)), peer(std::move(peer)) {}
    beast::tcp_stream stream;
    std::string peer;
    // Waiting for the first byte of a request: written on the stream's strand, read by the acceptor
    // to choose a connection to close when the server is full.
    std::atomic<bool> idle{true};
  };

  // Every connection is a file descriptor: take the most the system allows (the hard limit),
  // so that max_connections is reachable.
  static void raise_open_file_limit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
      limit.rlim_cur = limit.rlim_max;
      setrlimit(RLIMIT_NOFILE, &limit);
    }
  }

  void open_access_log() {
    if (config_.access_log == "off") return;
    if (config_.access_log == "-") {
      access_log_ = std::make_shared<spdlog::logger>("access", std::make_shared<spdlog::sinks::stdout_sink_mt>());
    } else {
      access_log_ = std::make_shared<spdlog::logger>(
          "access", std::make_shared<spdlog::sinks::basic_file_sink_mt>(config_.access_log));
    }
    access_log_->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %v");
    // Written in batches: flushed every second and when the server stops, not per line.
    spdlog::register_logger(access_log_);
    spdlog::flush_every(std::chrono::seconds(1));
  }

  asio::awaitable<void> accept_loop() {
    while (!stopping_) {
      auto [ec, socket] = co_await acceptor_.async_accept(asio::make_strand(ioc_), kTuple);
      if (ec) {
        if (stopping_ || ec == asio::error::operation_aborted) co_return;
        spdlog::warn("accept failed: {}", ec.message());  // e.g. out of file descriptors
        asio::steady_timer pause(ioc_, std::chrono::milliseconds(50));
        co_await pause.async_wait(kTuple);
        continue;
      }
      auto executor = socket.get_executor();
      boost::system::error_code peer_ec;
      auto endpoint = socket.remote_endpoint(peer_ec);
      std::string peer = peer_ec ? "?" : proxies_.client_of(endpoint.address().to_string(), std::nullopt, std::nullopt);
      auto session = std::make_shared<Session>(std::move(socket), std::move(peer));
      connections_.fetch_add(1);
      if (!admit(session)) {
        asio::co_spawn(executor, refuse_busy(session, per_client_full(session->peer)), asio::detached);
      } else {
        asio::co_spawn(executor, serve(session), asio::detached);
      }
    }
  }

  // Whether a client at `peer` already holds its share of connections (trusted proxies have none).
  bool per_client_full(const std::string& peer) {
    if (proxies_.contains(peer)) return false;
    std::lock_guard lock(sessions_mutex_);
    auto it = per_client_.find(peer);
    return it != per_client_.end() && it->second >= config_.limits.max_connections_per_client;
  }

  // Registers a new connection, or answers false: its client holds too many, or the server is full
  // and no idle keep-alive connection can be closed to make room.
  bool admit(const std::shared_ptr<Session>& session) {
    if (per_client_full(session->peer)) return false;
    std::lock_guard lock(sessions_mutex_);
    if (connections_.load() > config_.limits.max_connections) {
      // An idle connection goes first, of the client holding the most.
      std::shared_ptr<Session> evict;
      for (const auto& s : sessions_) {
        if (s->idle.load() && (!evict || per_client_[s->peer] > per_client_[evict->peer])) evict = s;
      }
      if (!evict) return false;
      evict->idle = false;  // chosen once; its loop ends at the cancelled read
      asio::post(evict->stream.get_executor(), [evict] { evict->stream.cancel(); });
    }
    ++per_client_[session->peer];
    sessions_.insert(session);
    return true;
  }

  asio::awaitable<void> refuse_busy(std::shared_ptr<Session> session, bool client_full) {
    Request request;
    request.request_id = fmt::format("busy-{}", connections_.load());
    Error busy =
        client_full ? messages::error<"too_many_client_connections">("") : messages::error<"too_many_connections">("");
    auto res = to_message(problem(busy, request), 11, false, false, request.request_id);
    session->stream.expires_after(std::chrono::seconds(5));
    co_await bhttp::async_write(session->stream, res, kTuple);
    close(session->stream);
    connection_closed();
  }

  asio::awaitable<void> serve(std::shared_ptr<Session> session) {
    auto& stream = session->stream;
    beast::flat_buffer buffer;
    std::string remote;
    {
      boost::system::error_code ec;
      auto ep = stream.socket().remote_endpoint(ec);
      remote = ec ? "?" : ep.address().to_string();
    }
    for (;;) {
      // Wait for the next request; only this wait is cut short by a shutdown.
      if (buffer.size() == 0) {
        session->idle = true;
        if (stopping_) break;
        stream.expires_after(config_.limits.idle_timeout);
        auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), kTuple);
        if (ec) break;
        buffer.commit(n);
        if (!session->idle.exchange(false)) break;  // chosen to make room while it was idle
      }

      bhttp::request_parser<bhttp::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(config_.limits.header_bytes));
      parser.body_limit(std::max(config_.limits.body_bytes, config_.limits.upload_bytes));
      // A client that trickles its header is cut after the header timeout; the body then has the
      // read timeout.
      stream.expires_after(config_.limits.header_timeout);
      auto [header_ec, header_n] = co_await bhttp::async_read_header(stream, buffer, parser, kTuple);
      boost::system::error_code ec = header_ec;
      std::size_t body_limit = config_.limits.body_bytes;
      if (!ec && is_upload(parser.get())) body_limit = config_.limits.upload_bytes;
      // The header was read under the larger limit; any other request is held to body_bytes.
      if (!ec && parser.content_length().value_or(0) > body_limit) ec = bhttp::error::body_limit;
      if (!ec) {
        parser.body_limit(body_limit);
        stream.expires_after(config_.limits.read_timeout);
        auto [body_ec, body_n] = co_await bhttp::async_read(stream, buffer, parser, kTuple);
        ec = body_ec;
      }
      // A timed-out stream is closed by Beast already: nothing can be answered on it.
      if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted || ec == beast::error::timeout) {
        if (ec == beast::error::timeout && access_log_) {
          access_log_->info("{} - - 408 0B 0ms (the request did not arrive in time; closed)", remote);
        }
        break;
      }
      if (ec) {
        co_await refuse_unreadable(stream, ec, remote, body_limit);
        break;
      }
      auto started = std::chrono::steady_clock::now();
      auto& msg = parser.get();
      Request request;
      request.method = to_method(msg.method());
      request.remote_address = remote;
      request.request_id = request_id_for(msg);
      for (const auto& field : msg) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        request.headers.emplace_back(std::move(name), std::string(field.value()));
      }
      request.client_address =
          proxies_.client_of(remote, request.header("x-forwarded-for"), request.header("x-real-ip"));
      request.body = std::move(msg.body());

      Response response;
      if (!parse_target(msg.target(), request)) {
        response = problem(messages::error<"bad_target">(""), request);
      } else {
        // Application code runs on the worker pool; this coroutine resumes on its strand.
        response = co_await asio::co_spawn(
            workers_, [&]() -> asio::awaitable<Response> { co_return dispatch(request); }, asio::use_awaitable);
      }
      bool keep_alive = msg.keep_alive() && !stopping_;
      int status = response.status;
      auto out = to_message(std::move(response), msg.version(), keep_alive, request.method == Method::head,
                            request.request_id);
      stream.expires_after(config_.limits.read_timeout);
      auto [write_ec, written] = co_await bhttp::async_write(stream, out, kTuple);
      log_access(request, msg.target(), status, written, started);
      if (write_ec || !keep_alive) break;
    }
    if (stream.socket().is_open()) close(stream);
    {
      std::lock_guard lock(sessions_mutex_);
      sessions_.erase(session);
      if (--per_client_[session->peer] == 0) per_client_.erase(session->peer);
    }
    connection_closed();
  }

  // The one place where errors thrown by application code become responses.
  Response dispatch(const Request& request) {
    try {
      return app_(request);
    } catch (const Error& e) {
      return problem(e, request);
    } catch (const std::exception& e) {
      spdlog::error("request {} {} {} failed: {}", request.request_id, method_name(request.method), request.path,
                    e.what());
      return problem(messages::error<"internal_error">("", request.request_id), request);
    }
  }

  asio::awaitable<void> refuse_unreadable(beast::tcp_stream& stream, boost::system::error_code ec,
                                          const std::string& remote, std::size_t body_limit) {
    Request request;
    request.request_id = request_id_for({});
    request.remote_address = remote;
    Response res;
    if (ec == bhttp::error::body_limit) {
      res = problem(messages::error<"body_too_large">("", body_limit), request);
    } else if (ec == bhttp::error::header_limit) {
      res = problem(messages::error<"header_too_large">(""), request);
    } else {
      res = problem(messages::error<"bad_request">(""), request);
    }
    auto out = to_message(res, 11, false, false, request.request_id);
    stream.expires_after(std::chrono::seconds(5));
    co_await bhttp::async_write(stream, out, kTuple);
    if (access_log_)
      access_log_->info("{} - - {} 0B 0ms rid={} ({})", remote, res.status, request.request_id, ec.message());
    co_await drain_and_close(stream);
  }

  // Reads and discards what the client is still sending (for a short while) before closing,
  // so that it receives our error response instead of a connection reset.
  static asio::awaitable<void> drain_and_close(beast::tcp_stream& stream) {
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    std::array<char, 16384> sink;
    std::size_t drained = 0;
    stream.expires_after(std::chrono::seconds(2));
    while (drained < 64 * 1024 * 1024) {
      auto [ec, n] = co_await stream.async_read_some(asio::buffer(sink), kTuple);
      if (ec) break;
      drained += n;
    }
    stream.socket().close(ignored);
  }

  static void close(beast::tcp_stream& stream) {
    boost::system::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream.socket().close(ignored);
  }

  static bhttp::response<bhttp::string_body> to_message(Response response, unsigned version, bool keep_alive, bool head,
                                                        const std::string& request_id) {
    bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(response.status), version};
    add_security_headers(res);
    res.set("X-Request-Id", request_id);
    if (!response.content_type.empty()) res.set(bhttp::field::content_type, response.content_type);
    for (auto& [name, value] : response.headers) res.insert(name, value);
    std::size_t length = response.body.size();
    if (!head) res.body() = std::move(response.body);
    res.keep_alive(keep_alive);
    // 204 and 304 have no body and, by RFC 9110, no Content-Length that would announce one.
    if (response.status != 204 && response.status != 304) res.content_length(length);
    return res;
  }

  void log_access(const Request& request, std::string_view target, int status, std::size_t bytes,
                  std::chrono::steady_clock::time_point started) {
    if (!access_log_) return;
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
    access_log_->info("{} {} {} {} {}B {:.1f}ms rid={}", request.client_address, method_name(request.method), target,
                      status, bytes, micros.count() / 1000.0, request.request_id);
  }

  void begin_shutdown() {
    if (stopping_.exchange(true)) return;
    spdlog::info("shutting down: finishing in-flight requests");
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    std::lock_guard lock(sessions_mutex_);
    for (const auto& session : sessions_) {
      asio::post(session->stream.get_executor(), [session] {
        if (session->idle) session->stream.cancel();
      });
    }
    grace_timer_.expires_after(config_.limits.shutdown_grace);
    grace_timer_.async_wait([this](boost::system::error_code ec) {
      if (ec) return;
      spdlog::warn("shutdown grace period over; cutting remaining connections");
      ioc_.stop();
    });
    if (connections_ == 0) grace_timer_.cancel();
  }

  void connection_closed() {
    if (connections_.fetch_sub(1) == 1 && stopping_) {
      asio::post(ioc_, [this] { grace_timer_.cancel(); });
    }
  }

  ServerConfig config_;
  Application app_;
  TrustedProxies proxies_;
  asio::io_context ioc_;
  asio::thread_pool workers_;
  tcp::acceptor acceptor_;
  asio::signal_set signals_;
  asio::steady_timer grace_timer_;
  std::shared_ptr<spdlog::logger> access_log_;
  std::atomic<bool> stopping_{false};
  std::atomic<std::size_t> connections_{0};
  std::mutex sessions_mutex_;
  std::set<std::shared_ptr<Session>> sessions_;
  std::map<std::string, std::size_t> per_client_;  // open connections by client address
};

Server::Server(ServerConfig config, Application app)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(app))) {}
Server::~Server() = default;
std::uint16_t Server::port() const {
  return impl_->port();
}
void Server::run() {
  impl_->run();
}

}  // namespace sen::http
