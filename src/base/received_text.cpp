#include "base/received_text.hpp"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "base/messages.hpp"
#include "base/text.hpp"

namespace sen {

namespace {

// The first code point that is not allowed, or -1: invalid UTF-8 gives U_SENTINEL (< 0 too, -1).
// C0 controls, DEL and C1 controls are refused; with `lines`, \t \n \r are allowed.
bool clean_code_points(std::string_view text, bool lines, UChar32& bad) {
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(text.size());) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<std::int32_t>(text.size()), c);
    if (c < 0) {
      bad = c;
      return false;
    }
    bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
    bool allowed_break = lines && (c == '\t' || c == '\n' || c == '\r');
    if (control && !allowed_break) {
      bad = c;
      return false;
    }
  }
  return true;
}

void require_clean(std::string_view text, std::string_view field, bool lines) {
  UChar32 bad = 0;
  if (clean_code_points(text, lines, bad)) return;
  if (bad < 0) {
    throw messages::error<"field.not_utf8">(std::string(field), field);
  }
  throw messages::error<"field.control_character">(std::string(field), field, bad);
}

std::string nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: no NFC normaliser");
  auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
  if (normalizer->isNormalized(source, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  icu::UnicodeString normal = normalizer->normalize(source, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU: NFC failed");
  std::string out;
  normal.toUTF8String(out);
  return out;
}

}  // namespace

std::string received_text(std::string_view raw, std::string_view field, std::size_t max_chars, Lines lines) {
  require_clean(raw, field, lines == Lines::many);
  std::string text = nfc(trim(raw));
  if (text.empty()) {
    throw messages::error<"field.empty">(std::string(field), field);
  }
  if (utf8_length(text) > max_chars) {
    throw messages::error<"field.too_long">(std::string(field), field, max_chars);
  }
  return text;
}

std::string received_document(std::string_view raw, std::string_view field) {
  require_clean(raw, field, true);
  return nfc(raw);
}

}  // namespace sen
