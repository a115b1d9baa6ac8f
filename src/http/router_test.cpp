#include "http/router.hpp"

#include <gtest/gtest.h>

namespace sen::http {
namespace {

TEST(RouteTable, MatchesParametersAndPrefersLiterals) {
  RouteTable t;
  auto by_code = t.add(Method::get, "/api/v1/units/{code}");
  auto tree = t.add(Method::get, "/api/v1/units/tree");
  auto close = t.add(Method::post, "/api/v1/units/{code}/close");

  auto m = t.match(Method::get, "/api/v1/units/436");
  EXPECT_EQ(m.route, by_code);
  EXPECT_EQ(m.params.at("code"), "436");
  EXPECT_EQ(t.match(Method::get, "/api/v1/units/tree").route, tree);
  EXPECT_EQ(t.match(Method::post, "/api/v1/units/18073/close").params.at("code"), "18073");
  EXPECT_EQ(t.match(Method::post, "/api/v1/units/18073/close").route, close);
  EXPECT_EQ(t.match(Method::head, "/api/v1/units/436").route, by_code);
}

TEST(RouteTable, ReportsUnknownPathsAndWrongMethods) {
  RouteTable t;
  t.add(Method::get, "/api/v1/units");
  t.add(Method::post, "/api/v1/units");
  EXPECT_EQ(t.match(Method::get, "/api/v1/nothing").route, RouteMatch::kNone);
  EXPECT_TRUE(t.match(Method::get, "/api/v1/nothing").allowed.empty());
  auto m = t.match(Method::delete_, "/api/v1/units");
  EXPECT_EQ(m.route, RouteMatch::kNone);
  EXPECT_EQ(m.allowed.size(), 2u);
}

TEST(RouteTable, RefusesDuplicatesAndMalformedPatterns) {
  RouteTable t;
  t.add(Method::get, "/api/v1/units/{code}");
  EXPECT_THROW(t.add(Method::get, "/api/v1/units/{id}"), std::logic_error);
  EXPECT_THROW(t.add(Method::get, "api/v1"), std::logic_error);
  EXPECT_THROW(t.add(Method::get, "/api/{v"), std::logic_error);
  EXPECT_NO_THROW(t.add(Method::patch, "/api/v1/units/{code}"));
}

TEST(RouteTable, MatchesParametersWithALiteralSuffix) {
  RouteTable t;
  auto json = t.add(Method::get, "/open311/v2/requests/{id}.json");
  auto xml = t.add(Method::get, "/open311/v2/requests/{id}.xml");
  auto list = t.add(Method::get, "/open311/v2/requests.json");

  auto m = t.match(Method::get, "/open311/v2/requests/HT2611-7KQ4ZP.json");
  EXPECT_EQ(m.route, json);
  EXPECT_EQ(m.params.at("id"), "HT2611-7KQ4ZP");
  EXPECT_EQ(t.match(Method::get, "/open311/v2/requests/a.b.xml").params.at("id"), "a.b");
  EXPECT_EQ(t.match(Method::get, "/open311/v2/requests/a.xml").route, xml);
  EXPECT_EQ(t.match(Method::get, "/open311/v2/requests.json").route, list);
  EXPECT_EQ(t.match(Method::get, "/open311/v2/requests/.json").route, RouteMatch::kNone);
  EXPECT_EQ(t.match(Method::get, "/open311/v2/requests/a.html").route, RouteMatch::kNone);
  EXPECT_THROW(t.add(Method::get, "/open311/v2/requests/{other}.json"), std::logic_error);
  EXPECT_THROW(t.add(Method::get, "/open311/v2/{a}{b}"), std::logic_error);
  EXPECT_THROW(t.add(Method::get, "/open311/v2/x{a}"), std::logic_error);
}

}  // namespace
}  // namespace sen::http
