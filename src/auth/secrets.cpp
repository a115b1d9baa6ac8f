#include "auth/secrets.hpp"

#include <argon2.h>
#include <fmt/format.h>
#include <sodium.h>

#include <stdexcept>
#include <vector>

#include "auth/messages.hpp"
#include "base/error.hpp"
#include "base/text.hpp"

namespace sen::auth {

namespace {

// OWASP's recommended minimum for Argon2id: 19 MiB, 2 iterations, 1 lane.
constexpr std::uint32_t kTimeCost = 2, kMemoryKiB = 19 * 1024, kLanes = 1, kSaltBytes = 16, kHashBytes = 32;

void sodium_ready() {
  static const int ready = sodium_init();
  if (ready < 0) throw std::runtime_error("libsodium could not start");
}

std::string hex(const unsigned char* bytes, std::size_t n) {
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) out += fmt::format("{:02x}", bytes[i]);
  return out;
}

}  // namespace

std::string hash_password(std::string_view password) {
  sodium_ready();
  unsigned char salt[kSaltBytes];
  randombytes_buf(salt, sizeof salt);
  std::vector<char> encoded(argon2_encodedlen(kTimeCost, kMemoryKiB, kLanes, kSaltBytes, kHashBytes, Argon2_id) + 1);
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kLanes, password.data(), password.size(), salt, sizeof salt,
                                 kHashBytes, encoded.data(), encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("argon2: ") + argon2_error_message(rc));
  return encoded.data();
}

bool verify_password(std::string_view encoded, std::string_view password) {
  std::string e(encoded);
  return argon2id_verify(e.c_str(), password.data(), password.size()) == ARGON2_OK;
}

void check_password_rules(std::string_view password, std::string_view username, const std::string& field) {
  if (utf8_length(password) < 10) {
    throw messages::error<"password.too_short">(field);
  }
  if (password == username) {
    throw messages::error<"password.equals_username">(field);
  }
}

std::string random_secret() {
  sodium_ready();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string content_hash(std::string_view text) {
  sodium_ready();
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr, 0);
  return hex(hash, sizeof hash);
}

std::string secret_hash(std::string_view secret) {
  return content_hash(secret);
}

}  // namespace sen::auth
