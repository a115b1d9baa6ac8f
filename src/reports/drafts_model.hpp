// Report drafts (dự thảo báo cáo) as stored: the report's key, the officer's text by part, and,
// once issued, its number, date, signer and the hashes of its files.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"

namespace sen::reports {

struct DraftSection {
  std::string key;  // a part of narrative.hpp
  std::string title;
  std::string text;
  std::int64_t version = 1;
  std::optional<std::string> updated_by;
  std::optional<std::string> updated_at;
};

struct IssuedFile {
  std::string format;  // docx | pdf | xlsx | html
  std::string sha256;  // of the file's bytes, hex
};

struct Draft {
  std::int64_t id = 0;
  std::string unit;
  std::string kind;    // annual | periodic
  std::string period;  // 2022, 2023-6M …
  std::string issuer;  // party | state
  std::string created_by;
  std::string created_at;
  std::vector<DraftSection> sections;  // in the order they print
  // Set once, when issued.
  std::optional<std::string> number;
  std::optional<Date> issued_on;
  std::optional<std::string> signer;
  std::vector<std::string> permissions;  // what a reader needs to read the issued document
  std::optional<std::string> issued_by;
  std::optional<std::string> issued_at;
  std::vector<IssuedFile> files;

  bool issued() const { return issued_at.has_value(); }
};

}  // namespace sen::reports
