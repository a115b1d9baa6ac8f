#include "open311/form.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"

namespace sen::open311 {
namespace {

// The field an Error names, or "no error".
template <class F>
std::string refused_field(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.field();
  }
  return "no error";
}

TEST(Form, DecodesFieldsAndAttributes) {
  auto form = Form::parse(
      "api_key=k&first_name=V%C4%83n+Ba&description=%C4%90%C3%A8n+h%E1%BB%8Fng%0Ad%C3%B2ng+hai&phone=&"
      "attribute[kind]=kien_nghi&attribute[tags][]=a&attribute[tags][]=b");
  EXPECT_EQ(form.line("first_name", 100), "Văn Ba");
  EXPECT_EQ(form.text("description", 100), "Đèn hỏng\ndòng hai");
  EXPECT_EQ(form.line("phone", 20), std::nullopt) << "empty is absent";
  EXPECT_EQ(form.line("email", 20), std::nullopt);
  EXPECT_EQ(form.attributes().at("kind"), std::vector<std::string>{"kien_nghi"});
  EXPECT_EQ(form.attributes().at("tags"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(refused_field([&] { form.allow_only({"api_key", "first_name", "description", "phone"}); }), "no error");
  EXPECT_EQ(refused_field([&] { form.allow_only({"api_key", "first_name", "description"}); }), "phone");
}

TEST(Form, BoundsEveryFieldAndRefusesControlCharactersInOneLineFields) {
  auto form = Form::parse("first_name=" + std::string(101, 'a') +
                          "&last_name=a%0Ab&address_string=x%00y&description=a%01b"
                          "&phone=%C2%85&email=%FF");
  EXPECT_EQ(refused_field([&] { form.line("first_name", 100); }), "first_name");
  EXPECT_EQ(refused_field([&] { form.line("first_name", 101); }), "no error");
  EXPECT_EQ(refused_field([&] { form.line("last_name", 100); }), "last_name") << "a line break";
  EXPECT_EQ(refused_field([&] { form.text("last_name", 100); }), "no error") << "text may break lines";
  EXPECT_EQ(refused_field([&] { form.line("address_string", 100); }), "address_string");
  EXPECT_EQ(refused_field([&] { form.text("description", 100); }), "description");
  EXPECT_EQ(refused_field([&] { form.line("phone", 100); }), "phone") << "a C1 control";
  EXPECT_EQ(refused_field([&] { form.line("email", 100); }), "email") << "not UTF-8";
  EXPECT_EQ(received_field("f", " \t ", 10, Lines::one), std::nullopt) << "blank is absent";
  EXPECT_EQ(received_field("f", "  Hà Tĩnh 😀 ", 10, Lines::one), "Hà Tĩnh 😀");
  EXPECT_EQ(received_field("f", "Tie\xCC\x82\xCC\x81n", 10, Lines::one), "Ti\xE1\xBA\xBFn") << "in NFC";
}

TEST(Form, RefusesRepeatedFieldsAndMalformedBodies) {
  EXPECT_EQ(refused_field([] { Form::parse("phone=1&phone=2"); }), "phone");
  EXPECT_EQ(refused_field([] { Form::parse("attribute[kind]=a&attribute[kind]=b"); }), "attribute[kind]");
  EXPECT_EQ(refused_field([] { Form::parse("a=%zz"); }), "body");
  EXPECT_EQ(refused_field([] { Form::parse("attribute[]=x"); }), "body");
  EXPECT_EQ(refused_field([] { Form::parse("attribute[a][b]=x"); }), "body");
  EXPECT_EQ(refused_field([] { Form::parse("na%C3%AFve=1"); }), "body") << "field names are ASCII";
}

}  // namespace
}  // namespace sen::open311
