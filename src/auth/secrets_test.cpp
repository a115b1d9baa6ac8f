#include "auth/secrets.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::auth {
namespace {

TEST(Secrets, PasswordsAreSaltedArgon2id) {
  auto a = hash_password("mật khẩu đủ dài");
  auto b = hash_password("mật khẩu đủ dài");
  EXPECT_EQ(a.rfind("$argon2id$", 0), 0u);
  EXPECT_NE(a, b);  // a new salt each time
  EXPECT_TRUE(verify_password(a, "mật khẩu đủ dài"));
  EXPECT_FALSE(verify_password(a, "mật khẩu đủ dàI"));
  EXPECT_FALSE(verify_password("not a hash", "x"));
}

TEST(Secrets, PasswordRules) {
  EXPECT_THROW(check_password_rules("ngắn", "an", "password"), Error);
  EXPECT_THROW(check_password_rules("nguyen.van.an", "nguyen.van.an", "password"), Error);
  EXPECT_NO_THROW(check_password_rules("Thành Sen 2026!", "an", "password"));
}

TEST(Secrets, RandomSecretsAreLongAndDifferent) {
  auto a = random_secret(), b = random_secret();
  EXPECT_EQ(a.size(), 43u);
  EXPECT_NE(a, b);
  EXPECT_EQ(secret_hash(a).size(), 64u);
  EXPECT_EQ(secret_hash(a), secret_hash(a));
  EXPECT_NE(secret_hash(a), secret_hash(b));
}

}  // namespace
}  // namespace sen::auth
