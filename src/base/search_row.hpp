// A record as search reads it: its key, its title and the rest of its words.
#pragma once
#include <string>

#include "base/model.hpp"

namespace sen {

struct SearchRow {
  std::string id;  // the record's id or code, as text
  std::string title;
  std::string body;  // content, summary, extracted text; "" when none
};
BOOST_DESCRIBE_STRUCT(SearchRow, (), (id, title, body))

}  // namespace sen
