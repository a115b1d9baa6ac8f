// Every module's error messages, checked together: each catalogue complete, and a code that two
// modules both raise means the same message in both.
#include "app/messages.hpp"

#include <gtest/gtest.h>

#include <map>
#include <span>
#include <string>

#include "audit/messages.hpp"
#include "auth/messages.hpp"
#include "base/messages.hpp"
#include "calendar/messages.hpp"
#include "cli/messages.hpp"
#include "demo/messages.hpp"
#include "extraction/messages.hpp"
#include "files/messages.hpp"
#include "http/messages.hpp"
#include "open311/messages.hpp"
#include "opendata/messages.hpp"
#include "oversight/messages.hpp"
#include "petitions/messages.hpp"
#include "projects/messages.hpp"
#include "reports/messages.hpp"
#include "search/messages.hpp"
#include "targets/messages.hpp"
#include "tasks/messages.hpp"
#include "units/messages.hpp"

namespace sen {
namespace {

struct ModuleMessages {
  std::string module;
  std::span<const Message> messages;
};

const std::vector<ModuleMessages>& every_catalogue() {
  static const std::vector<ModuleMessages> all = {
      {"base", kMessages},
      {"http", http::kMessages},
      {"app", app::kMessages},
      {"units", units::kMessages},
      {"auth", auth::kMessages},
      {"audit", audit::kMessages},
      {"calendar", calendar::kMessages},
      {"targets", targets::kMessages},
      {"tasks", tasks::kMessages},
      {"projects", projects::kMessages},
      {"oversight", oversight::kMessages},
      {"petitions", petitions::kMessages},
      {"extraction", extraction::kMessages},
      {"opendata", opendata::kMessages},
      {"open311", open311::kMessages},
      {"files", files::kMessages},
      {"search", search::kMessages},
      {"reports", reports::kMessages},
      {"demo", demo::kMessages},
      {"cli", cli::kMessages},
  };
  return all;
}

TEST(Messages, EveryCodeHasAVietnameseAndAnEnglishTextTakingTheSameArguments) {
  std::size_t count = 0;
  for (const auto& [module, messages] : every_catalogue()) {
    for (const Message& m : messages) {
      SCOPED_TRACE(module + ": " + std::string(m.code));
      ++count;
      EXPECT_FALSE(m.code.empty());
      EXPECT_FALSE(m.vi.empty());
      EXPECT_FALSE(m.en.empty());
      EXPECT_NE(m.vi, m.en) << "the Vietnamese text is the English one";
      EXPECT_EQ(format_arguments(m.vi), format_arguments(m.en));
    }
  }
  EXPECT_GT(count, 400u);
}

TEST(Messages, ACodeMeansOneMessageWhicheverModuleRaisesIt) {
  std::map<std::string_view, std::pair<std::string, const Message*>> first;
  for (const auto& [module, messages] : every_catalogue()) {
    for (const Message& m : messages) {
      auto [it, fresh] = first.try_emplace(m.code, module, &m);
      if (fresh) continue;
      SCOPED_TRACE(std::string(m.code) + " in " + it->second.first + " and " + module);
      if (it->second.first == module) {
        ADD_FAILURE() << "repeated within one catalogue";
        continue;
      }
      EXPECT_EQ(it->second.second->kind, m.kind);
      EXPECT_EQ(it->second.second->vi, m.vi);
      EXPECT_EQ(it->second.second->en, m.en);
    }
  }
}

}  // namespace
}  // namespace sen
