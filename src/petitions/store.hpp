// SQL for petitions; no rules here. Denouncers are read only by denouncers().
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/search_row.hpp"
#include "db/connection.hpp"
#include "petitions/model.hpp"

namespace sen::petitions::store {

struct NewRow {
  Petition petition;
  std::string content_folded;
  std::optional<std::string> petitioner_key;
  std::string lookup_pin_hash;
};

std::int64_t insert_petition(db::Connection& c, const NewRow& row, const std::string& now);
bool tracking_code_taken(db::Connection& c, const std::string& code);
std::optional<Petition> find(db::Connection& c, std::int64_t id);
std::optional<Petition> find_by_code(db::Connection& c, const std::string& code);
// The Argon2id hash of the letter's lookup PIN; nullopt when it has none (letters from before PINs).
std::optional<std::string> lookup_pin_hash(db::Connection& c, std::int64_t id);
void set_lookup_pin_hash(db::Connection& c, std::int64_t id, const std::string& hash);
std::vector<Petition> list(db::Connection& c);
// Letters received from `first` to `last` that hold neither a complaint nor a denunciation (rules'
// public_kind), of `fields` (any when empty): newest first, `limit` of them after `offset`.
std::vector<Petition> public_letters(db::Connection& c, Date first, Date last, const std::vector<std::string>& fields,
                                     std::int64_t offset, std::int64_t limit);
// Letters whose folded content or petitioners' folded names contain `folded_query`.
std::vector<Petition> search(db::Connection& c, const std::string& folded_query);
// Letters received since `since`, with their folded content and petitioner key, for duplicates.
struct Searchable {
  Petition petition;
  std::string content_folded;
  std::optional<std::string> petitioner_key;
};
std::vector<Searchable> recent(db::Connection& c, Date since);
bool set_duplicate_of(db::Connection& c, std::int64_t id, std::int64_t of, std::int64_t expected_version);
bool bump_version(db::Connection& c, std::int64_t id, std::int64_t expected_version);
void set_handling_unit(db::Connection& c, std::int64_t id, const std::string& unit);
int duplicates_of(db::Connection& c, std::int64_t id);
// How many letters name each letter as the first of their duplicates (letters with none absent).
std::map<std::int64_t, int> duplicate_counts(db::Connection& c);

void insert_petitioner(db::Connection& c, std::int64_t petition, const Person& p);
std::vector<Person> petitioners(db::Connection& c, std::int64_t petition);
// The first petitioner's name of every letter that has one.
std::map<std::int64_t, std::string> first_petitioners(db::Connection& c);
void insert_denouncer(db::Connection& c, std::int64_t petition, const Person& p);
std::vector<Person> denouncers(db::Connection& c, std::int64_t petition);

void insert_event(db::Connection& c, std::int64_t petition, const Event& e, const std::string& now);
std::vector<Event> events(db::Connection& c, std::int64_t petition);
// The events of every letter, by letter, each in the order of events().
std::map<std::int64_t, std::vector<Event>> all_events(db::Connection& c);

// Each letter's tracking code and content, for search (never who sent or denounced it).
std::vector<SearchRow> search_rows(db::Connection& c, const std::optional<std::string>& key);

}  // namespace sen::petitions::store
