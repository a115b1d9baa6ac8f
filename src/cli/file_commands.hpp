// sen search, sen files add|get: search and files at the command line, as the machine's operator
// (who sees every record), through the same checks and audit trail as the API.
#pragma once
#include <cstddef>
#include <string>

namespace sen::cli {

// Prints the hits of `query`, best first: kind, id and title, then the snippet.
int search(const std::string& db, const std::string& query, std::size_t limit);

// Attaches `file` to the record `kind`/`key` (task 12, project DA-01 …) and prints the file's id.
int files_add(const std::string& db, const std::string& kind, const std::string& key, const std::string& file);

// Writes the bytes of file `id` to `out` ("-": standard output).
int files_get(const std::string& db, long long id, const std::string& out);

}  // namespace sen::cli
