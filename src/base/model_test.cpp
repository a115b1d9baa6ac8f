#include "base/model.hpp"

#include <gtest/gtest.h>

#include "base/error.hpp"
#include "base/request.hpp"

namespace sen::model {
namespace {

enum class Colour { red, dark_green };
BOOST_DESCRIBE_ENUM(Colour, red, dark_green)

struct Thing {
  std::string code;
  std::optional<std::string> note;
  std::int64_t count = 0;
  Date since;
  std::optional<Date> until;
  Colour colour = Colour::red;
  std::vector<std::string> tags;
  bool done = false;
};
BOOST_DESCRIBE_STRUCT(Thing, (), (code, note, count, since, until, colour, tags, done))

const std::vector<json::Rule> kThingRequest = {json::Rule::line("code", 8).needed(),
                                               json::Rule::text("note", 100),
                                               json::Rule::number("count", 0, 10),
                                               json::Rule{"since", true},
                                               json::Rule{"colour"},
                                               json::Rule{"tags"}};

TEST(Model, JsonComesFromTheDescription) {
  Thing t{"A-1", std::nullopt, 3, *Date::parse("2022-12-27"), std::nullopt, Colour::dark_green, {"x", "y"}, true};
  EXPECT_EQ(
      boost::json::serialize(to_json(t)),
      R"({"code":"A-1","note":null,"count":3,"since":"2022-12-27","until":null,"colour":"dark_green","tags":["x","y"],"done":true})");
  EXPECT_EQ(field_names<Thing>().front(), "code");
  EXPECT_EQ(enum_from_text<Colour>("red"), Colour::red);
  EXPECT_FALSE(enum_from_text<Colour>("blue"));
}

// The error field of reading `body`, or "ok".
std::string refusal(std::string_view body) {
  try {
    json::read_request<Thing>(json::parse_object(body), kThingRequest);
  } catch (const Error& e) {
    return e.field();
  }
  return "ok";
}

TEST(Model, RequestsSetOnlyWhatTheirRulesAllowAndEachRefusalNamesTheField) {
  auto t = json::read_request<Thing>(
      json::parse_object(R"({"code":" A-1 ","note":"một\nhai","count":2,"since":"2026-01-05","colour":"dark_green"})"),
      kThingRequest);
  EXPECT_EQ(t.code, "A-1");
  EXPECT_EQ(t.note, "một\nhai");
  EXPECT_EQ(t.count, 2);
  EXPECT_EQ(t.since.iso(), "2026-01-05");
  EXPECT_EQ(t.colour, Colour::dark_green);
  EXPECT_FALSE(t.done);
  EXPECT_EQ(refusal(R"({"since":"2026-01-05"})"), "code");
  EXPECT_EQ(refusal(R"({"code":"A","since":"2026-01-05","done":true})"), "done");  // no rule: not settable
  EXPECT_EQ(refusal(R"({"code":"A\nB","since":"2026-01-05"})"), "code");
  EXPECT_EQ(refusal(R"({"code":"A-123456789","since":"2026-01-05"})"), "code");
  EXPECT_EQ(refusal(R"({"code":"A","since":"2026-01-05","count":11})"), "count");
  EXPECT_EQ(refusal(R"({"code":"A","since":"0001-01-01"})"), "since");
  EXPECT_EQ(refusal(R"({"code":"A","since":"2026-01-05","colour":"blue"})"), "colour");
}

TEST(Model, AnEditKeepsWhatItDoesNotName) {
  Thing current;
  current.code = "A-1";
  current.note = "ghi chú";
  current.count = 5;
  auto edited = json::read_request(json::parse_object(R"({"count":7})"),
                                   {json::Rule::number("count", 0, 10), json::Rule::text("note", 100)}, current);
  EXPECT_EQ(edited.count, 7);
  EXPECT_EQ(edited.note, "ghi chú");
  EXPECT_EQ(edited.code, "A-1");
}

}  // namespace
}  // namespace sen::model
