#include "base/json.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "base/error.hpp"

namespace sen::json {
namespace {

// Runs f, expecting an invalid-input error naming `field`.
template <class F>
void expect_field_error(F f, const std::string& field) {
  try {
    f();
    FAIL() << "no error for field " << field;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::invalid);
    EXPECT_EQ(e.field(), field);
  }
}

TEST(Json, MalformedBodyNamesTheBody) {
  expect_field_error([] { parse_object("{\"code\": "); }, "body");
  expect_field_error([] { parse_object("[1,2]"); }, "body");
  expect_field_error([] { parse_object("\"x\""); }, "body");
}

TEST(Json, WrongTypeNamesTheField) {
  auto o = parse_object(R"({"code": 42, "name": "Phường Bắc Hà", "from": "2022-02-30", "n": "1"})");
  Fields f(o);
  expect_field_error([&] { f.required_string("code"); }, "code");
  EXPECT_EQ(f.required_string("name"), "Phường Bắc Hà");
  expect_field_error([&] { f.required_date("from"); }, "from");
  expect_field_error([&] { f.required_int("n"); }, "n");
  expect_field_error([&] { f.required_string("missing"); }, "missing");
}

TEST(Json, TrimsAndRefusesEmptyOrTooLongText) {
  auto o = parse_object(R"({"a": "  x  ", "b": "   ", "c": "ắắắắ"})");
  Fields f(o);
  EXPECT_EQ(f.required_string("a"), "x");
  expect_field_error([&] { f.required_string("b"); }, "b");
  EXPECT_EQ(f.required_string("c", 4), "ắắắắ");
  expect_field_error([&] { f.required_string("c", 3); }, "c");
}

TEST(Json, NullIsAbsent) {
  auto o = parse_object(R"({"valid_to": null})");
  Fields f(o);
  EXPECT_FALSE(f.optional_date("valid_to"));
  EXPECT_FALSE(f.has("valid_to"));
}

TEST(Json, UnknownFieldsAreRefused) {
  auto o = parse_object(R"({"code": "1", "nmae": "typo"})");
  expect_field_error([&] { Fields(o).allow_only({"code", "name"}); }, "nmae");
}

TEST(Json, NumbersAreWrittenPlainly) {
  EXPECT_EQ(json::serialize(boost::json::value(50.0)), "50");
  EXPECT_EQ(json::serialize(boost::json::value(55.2)), "55.2");
  EXPECT_EQ(json::serialize(boost::json::value(110.4)), "110.4");
  EXPECT_EQ(json::serialize(boost::json::value(-0.1)), "-0.1");
  EXPECT_EQ(json::serialize(boost::json::value(1172.5e9)), "1172500000000");
  EXPECT_EQ(json::serialize(boost::json::value(0.1 + 0.2)), "0.30000000000000004");  // reads back as the same double
  EXPECT_EQ(json::serialize(boost::json::value(1e21)), "1e+21");
  EXPECT_EQ(json::serialize(boost::json::value(0.0)), "0");
  EXPECT_EQ(json::serialize(boost::json::value(std::nan(""))), "null");
  EXPECT_EQ(json::serialize(boost::json::value(std::int64_t{-9007199254740993})), "-9007199254740993");
}

TEST(Json, SerializeWritesWhatBoostReadsBack) {
  boost::json::value v = {{"tên", "Thành Sen \"quote\" \\ \n\t\x01/"},
                          {"list", {1, 2.5, nullptr, true, false, boost::json::array{}, boost::json::object{}}},
                          {"empty", ""}};
  auto text = json::serialize(v);
  EXPECT_EQ(text,
            "{\"tên\":\"Thành Sen \\\"quote\\\" \\\\ \\n\\t\\u0001/\",\"list\":[1,2.5,null,true,false,[],{}],"
            "\"empty\":\"\"}");
  EXPECT_EQ(boost::json::parse(text), v);
}

}  // namespace
}  // namespace sen::json
