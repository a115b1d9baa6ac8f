// Text received from outside — a JSON field, a CSV file, a form field — checked one way on every
// intake path: valid UTF-8, normalised to NFC (so "ế" typed as e + two combining marks is the same
// letter as the precomposed one, for comparison and search), no control characters.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace sen {

enum class Lines { one, many };  // one: a name, a code; many: a content, a note (line breaks, tabs)

// Trimmed, NFC, not empty, at most `max_chars` code points; Error(invalid) naming `field` otherwise.
std::string received_text(std::string_view raw, std::string_view field, std::size_t max_chars, Lines lines);

// A whole uploaded document (a CSV file): NFC, no control characters but line breaks and tabs (and a
// leading byte-order mark, kept); Error(invalid) naming `field` otherwise.
std::string received_document(std::string_view raw, std::string_view field);

}  // namespace sen
