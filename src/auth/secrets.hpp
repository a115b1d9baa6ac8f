// Passwords (Argon2id with a per-password random salt) and random bearer secrets
// (256 bits from libsodium) that are stored only as hashes.
#pragma once
#include <string>
#include <string_view>

namespace sen::auth {

// Argon2id encoded hash (it carries the parameters and the salt).
std::string hash_password(std::string_view password);
bool verify_password(std::string_view encoded, std::string_view password);

// Throws Error(invalid, field) when the password is too weak: under 10 characters, or equal
// to the user name.
void check_password_rules(std::string_view password, std::string_view username, const std::string& field);

// 32 random bytes as URL-safe base64 (43 characters).
std::string random_secret();
// Hex BLAKE2b-256 of a secret; what the database keeps of sessions and tokens.
std::string secret_hash(std::string_view secret);
// Hex BLAKE2b-256 of any text (audit chain).
std::string content_hash(std::string_view text);

}  // namespace sen::auth
