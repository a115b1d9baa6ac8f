// The services Sen offers through Open311: one per field (lĩnh vực) of recommendations and feedback
// (phản ánh, kiến nghị), each with the attributes such a letter needs. Complaints and denunciations
// are not taken in through Open311: they need an identified petitioner and an officer at intake.
#pragma once
#include <boost/json/object.hpp>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sen::open311 {

struct Service {
  std::string code;  // the field's code: dat_dai, trat_tu_do_thi, …
  std::string name;
  std::string description;
};

// In the order of petitions::kFields.
const std::vector<Service>& services();
// nullptr when no service has this code.
const Service* find_service(std::string_view code);

// The service as GET services lists it.
boost::json::object service_json(const Service& s);
// Its definition (GET services/{code}): service_code and attributes.
boost::json::object definition_json(const Service& s);

// What the attributes of a POST add to the letter.
struct LetterDetails {
  std::vector<std::string> types;                 // phan_anh (the default) or kien_nghi
  std::optional<std::string> petitioner_address;  // where the office writes back
  std::optional<std::string> concerned_person;    // the official a letter on officials concerns
};
// Reads attribute[code]=value pairs against the service's definition; Error naming
// attribute[code] for an unknown code, a value not in its list, or a value out of bounds.
LetterDetails read_attributes(const Service& s, const std::map<std::string, std::vector<std::string>>& attributes);

}  // namespace sen::open311
