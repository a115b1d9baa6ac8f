#include "open311/intake.hpp"

#include <fmt/format.h>

#include <boost/json.hpp>
#include <boost/url/parse.hpp>
#include <charconv>
#include <cmath>

#include "access/permissions.hpp"
#include "auth/auth.hpp"
#include "base/text.hpp"
#include "open311/messages.hpp"
#include "open311/services.hpp"
#include "petitions/json.hpp"
#include "petitions/petitions.hpp"

namespace sen::open311 {

namespace bj = boost::json;

namespace {

// The service account behind the api_key: it may take in letters, and its unit handles them.
access::Principal service_account(db::Connection& c, const std::optional<std::string>& api_key) {
  if (!api_key) throw messages::error<"open311.api_key_missing">("api_key");
  auto p = auth::from_token(c, *api_key);
  if (!p) {
    throw messages::error<"open311.api_key_invalid">("api_key");
  }
  if (!p->user.service) {
    throw messages::error<"open311.not_service">("api_key");
  }
  if (!p->can(access::perm::kPetitionsProcess)) {
    throw messages::error<"open311.no_right">("api_key");
  }
  if (!p->user.unit) {
    throw messages::error<"open311.no_unit">("api_key");
  }
  if (p->token_used_long_ago) auth::touch_token(c, p->token_hash);
  return *p;
}

// A coordinate within ±`bound` degrees, as given.
std::optional<std::string> coordinate(const Form& form, const char* name, double bound) {
  auto text = form.line(name, 32);
  if (!text) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || !std::isfinite(value) || std::fabs(value) > bound) {
    throw messages::error<"open311.coordinate_invalid">(name, name, bound, bound);
  }
  return text;
}

std::optional<std::string> email(const Form& form) {
  auto text = form.line("email", 254);
  if (!text) return std::nullopt;
  if (!petitions::valid_email(*text)) throw messages::error<"open311.email_invalid">("email");
  return text;
}

std::optional<std::string> phone(const Form& form) {
  auto text = form.line("phone", 20);
  if (!text) return std::nullopt;
  if (!petitions::valid_phone(*text)) {
    throw messages::error<"open311.phone_invalid">("phone");
  }
  return text;
}

std::optional<std::string> media_url(const Form& form) {
  auto text = form.line("media_url", 2000);
  if (!text) return std::nullopt;
  auto url = boost::urls::parse_absolute_uri(*text);
  if (!url || (url->scheme() != "http" && url->scheme() != "https") || url->host().empty()) {
    throw messages::error<"open311.media_url_invalid">("media_url");
  }
  return text;
}

}  // namespace

http::Response take_in(app::Context& ctx, const Form& form, Format format) {
  form.allow_only({"api_key", "jurisdiction_id", "service_code", "lat", "long", "address_string", "address_id", "email",
                   "device_id", "account_id", "first_name", "last_name", "phone", "description", "media_url"});
  auto account = service_account(ctx.db, form.line("api_key", 200));
  app::Context as{ctx.request, ctx.params, ctx.db, &account, ctx.gate};

  auto code = form.line("service_code", 40);
  if (!code) throw messages::error<"open311.service_code_missing">("service_code");
  const Service* service = find_service(*code);
  if (!service) {
    throw messages::error<"open311.no_service">("service_code", *code);
  }
  auto details = read_attributes(*service, form.attributes());
  auto description = form.text("description", 20000);
  if (!description) throw messages::error<"open311.description_missing">("description");
  auto lat = coordinate(form, "lat", 90), lon = coordinate(form, "long", 180);
  if (lat.has_value() != lon.has_value()) {
    throw messages::error<"open311.lat_long_pair">(lat ? "long" : "lat");
  }
  auto address = form.line("address_string", 500);
  auto address_id = form.line("address_id", 100);
  if (!lat && !address && !address_id) {
    throw messages::error<"open311.location_missing">("address_string");
  }
  form.line("device_id", 100);  // accepted as the spec allows, not kept: Sen needs no device
  form.line("account_id", 100);
  auto mail = email(form);
  auto tel = phone(form);
  auto media = media_url(form);
  // Vietnamese names put the family name first.
  std::string name = trim(form.line("last_name", 100).value_or("") + " " + form.line("first_name", 100).value_or(""));
  if (name.empty() && (mail || tel || details.petitioner_address)) {
    throw messages::error<"open311.name_missing">("last_name");
  }

  std::string content = *description + "\n";
  if (address) content += "\nĐịa điểm: " + *address;
  if (address_id) content += "\nMã địa chỉ: " + *address_id;
  if (lat) content += fmt::format("\nTọa độ (WGS84): {}, {}", *lat, *lon);
  if (media) content += "\nTệp đính kèm: " + *media;

  petitions::Intake in;
  auto& p = in.petition;
  p.channel = "portal";
  p.received_on = ctx.today();
  p.types = details.types;
  p.field = service->code;
  p.content = content;
  p.concerned_person = details.concerned_person;
  p.handling_unit = *account.user.unit;
  p.anonymous = name.empty();
  if (!name.empty()) in.people.push_back({name, details.petitioner_address, tel, mail});
  as.require_scope(p.handling_unit, p.received_on);
  auto received = petitions::receive(ctx.db, in, as.actor(), ctx.today());
  const auto& letter = received.view.petition;
  // The audit keeps what was received, never the lookup PIN.
  auto after = petitions::to_json(received.view);
  after["via"] = "open311";
  as.audit("receive", "petition", letter.tracking_code, {letter.handling_unit}, nullptr, after);

  bool en = ctx.request.prefers_english();
  std::string due = received.view.state.due ? received.view.state.due->vietnamese() : "";
  std::string notice =
      en ? fmt::format(
               "Received on {}. Tracking code {}, lookup PIN {}: keep the PIN to yourself and use both to "
               "follow the letter at {}/tra-cuu. Processing is due by {}.",
               letter.received_on.vietnamese(), letter.tracking_code, received.lookup_pin, origin_of(ctx.request), due)
         : fmt::format(
               "Đã tiếp nhận ngày {}. Mã theo dõi {}, mã tra cứu {}: giữ kín mã tra cứu và dùng cả hai để "
               "xem kết quả tại {}/tra-cuu. Hạn xử lý đơn: {}.",
               letter.received_on.vietnamese(), letter.tracking_code, received.lookup_pin, origin_of(ctx.request), due);
  return answer(format, 201, "service_requests",
                bj::array{{{"service_request_id", letter.tracking_code},
                           {"service_notice", notice},
                           {"account_id", nullptr},
                           {"lookup_pin", received.lookup_pin}}});
}

}  // namespace sen::open311
