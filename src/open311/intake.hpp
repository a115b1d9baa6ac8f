// POST requests of Open311 GeoReport v2: a city app or kiosk takes in a recommendation or feedback
// on behalf of a citizen, with the api_key of a service account allowed to take in letters.
#pragma once
#include "app/api.hpp"
#include "open311/form.hpp"
#include "open311/response.hpp"

namespace sen::open311 {

// Checks the api_key and every field of `form` (the bounds of the JSON intake; the spec's location:
// lat and long, address_string or address_id), receives the letter for the service account's unit,
// audits it, and answers 201 with the tracking code (service_request_id), the receipt in
// service_notice and the lookup PIN (lookup_pin). Throws sen::Error naming the field otherwise.
http::Response take_in(app::Context& ctx, const Form& form, Format format);

}  // namespace sen::open311
