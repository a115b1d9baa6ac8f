// Files attached to records (tệp đính kèm): a directive's signed PDF, a letter's scan, a case's
// conclusion, a project's decision, a task's evidence of progress.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "base/model.hpp"

namespace sen::files {

struct File {
  std::int64_t id = 0;
  std::string record_kind;  // see app::RecordKind::name; "" while uploaded and not yet attached
  std::string record_key;   // "" while not attached
  std::string name;
  std::string media_type;
  std::int64_t size = 0;
  std::string sha256;  // hex, of the bytes
  std::string uploaded_by;
  std::string uploaded_at;
};
BOOST_DESCRIBE_STRUCT(File, (), (id, record_kind, record_key, name, media_type, size, sha256, uploaded_by, uploaded_at))

// What an upload brings: the record it goes to, the name given and the bytes.
struct Upload {
  std::string record_kind;
  std::string record_key;
  std::string name;
  std::string bytes;
  std::string uploaded_by;
};

}  // namespace sen::files
