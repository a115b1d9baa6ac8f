#include "reports/drafts.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <stdexcept>

#include "base/error.hpp"
#include "reports/drafts_store.hpp"
#include "reports/messages.hpp"
#include "reports/narrative.hpp"
#include "reports/options.hpp"
#include "reports/report.hpp"
#include "reports/report_date.hpp"
#include "units/units.hpp"

namespace sen::reports {

namespace {

Period period_of(const Draft& d) {
  return *Period::parse(d.period);
}

Issuer issuer_of(const Draft& d) {
  return require_issuer(d.issuer, "issuer");
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

// The recipients as printed after their dash: the lines of the part, a dash typed by hand dropped.
std::vector<std::string> recipients_of(const std::string& text) {
  auto lines = lines_of(text);
  for (auto& l : lines) {
    if (l.starts_with("- ")) l = l.substr(2);
  }
  return lines;
}

ReportOptions options_of(const Draft& d, const HeaderOptions& header, const May& may) {
  ReportOptions o;
  o.header = header;
  o.may = may;
  for (const auto& s : d.sections) {
    if (s.key == kRecipientsKey) {
      o.header.recipients = recipients_of(s.text);
    } else {
      o.narrative[s.key] = s.text;
    }
  }
  return o;
}

Report build(db::Connection& c, const Draft& d, const ReportOptions& o) {
  auto period = period_of(d);
  return d.kind == "annual" ? annual_report(c, d.unit, period.year(), o) : periodic_report(c, d.unit, period, o);
}

std::string hex_sha256(const std::string& bytes) {
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

std::string to_base64(const std::string& bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::string from_base64(const std::string& text) {
  std::string out(text.size(), '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    throw std::runtime_error("report file: malformed base64");
  }
  out.resize(length);
  return out;
}

Error issued_already(const Draft& d) {
  return messages::error<"report.issued">("", d.number.value_or(""),
                                          d.issued_on ? d.issued_on->vietnamese() : std::string());
}

}  // namespace

const char* issuer_code(Issuer issuer) {
  return issuer == Issuer::party ? "party" : "state";
}

Draft create_draft(db::Connection& c, const NewDraft& n, const std::string& actor) {
  bool year = n.period.kind() == PeriodKind::year;
  if (n.kind != "annual" && n.kind != "periodic") {
    throw messages::error<"report.kind_unknown">("kind");
  }
  if ((n.kind == "annual") != year) {
    if (n.kind == "annual") throw messages::error<"report.annual_needs_year">("period");
    throw messages::error<"report.periodic_needs_months">("period");
  }
  units::require_exists(c, n.unit, "unit");
  auto life = units::lifetime(c, n.unit);
  auto days = n.period.days();
  if (!life->overlaps(days.first, days.last)) {
    throw messages::error<"report.unit_absent">("period", n.unit, n.period.code());
  }
  require_open_on(c, n.unit, default_report_date(c, n.period, n.issuer), "period");
  Draft d;
  d.unit = n.unit;
  d.kind = n.kind;
  d.period = n.period.code();
  d.issuer = issuer_code(n.issuer);
  d.created_by = actor;
  d.created_at = utc_timestamp();
  std::string recipients = join_lines(default_recipients(c, n.unit, n.period, n.issuer));
  if (auto latest = store::latest_draft(c, n.unit, d.issuer)) {
    auto previous = draft(c, *latest);
    for (const auto& s : previous.sections) {
      if (s.key == kRecipientsKey && !s.text.empty()) recipients = s.text;
    }
  }
  for (const auto& part : narrative_parts(n.period)) {
    d.sections.push_back({part.key, part.title, part.key == kRecipientsKey ? recipients : "", 1, {}, {}});
  }
  d.id = store::insert_draft(c, d);
  return draft(c, d.id);
}

Draft draft(db::Connection& c, std::int64_t id) {
  auto d = store::find_draft(c, id);
  if (!d) throw messages::error<"report_draft.not_found">("", std::to_string(id));
  return *d;
}

std::vector<Draft> drafts_of(db::Connection& c, const std::string& unit) {
  return store::drafts_of(c, unit);
}

DraftSection write_section(db::Connection& c, std::int64_t id, const std::string& key, const std::string& text,
                           std::int64_t version, const std::string& actor) {
  auto d = draft(c, id);
  auto it = std::find_if(d.sections.begin(), d.sections.end(), [&](const DraftSection& s) { return s.key == key; });
  if (it == d.sections.end()) throw messages::error<"report_part.not_found">("", key);
  if (d.issued()) throw issued_already(d);
  if (it->version != version) throw stale_version(version, it->version);
  if (!store::update_section(c, id, key, text, version, actor, utc_timestamp())) {
    throw stale_version(version, version + 1);
  }
  for (const auto& s : draft(c, id).sections) {
    if (s.key == key) return s;
  }
  throw std::logic_error("write_section: the part vanished");
}

Date draft_date(db::Connection& c, const Draft& d) {
  if (d.issued_on) return *d.issued_on;
  return default_report_date(c, period_of(d), issuer_of(d));
}

Report draft_report(db::Connection& c, const Draft& d, const May& may) {
  HeaderOptions header;
  header.issuer = issuer_of(d);
  header.date = draft_date(c, d);
  return build(c, d, options_of(d, header, may));
}

Draft issue(db::Connection& c, std::int64_t id, const Issue& i, const May& may, Date today, const std::string& actor) {
  auto d = draft(c, id);
  if (d.issued()) throw issued_already(d);
  auto period = period_of(d);
  if (i.date < period.days().first || i.date > today) {
    throw messages::error<"report.date">("date", i.date.vietnamese(), period.days().first.vietnamese());
  }
  require_open_on(c, d.unit, i.date, "date");
  if (store::number_taken(c, d.unit, d.issuer, i.number, i.date.year())) {
    throw messages::error<"report.number_taken">("number", i.number, i.date.year());
  }
  HeaderOptions header;
  header.issuer = issuer_of(d);
  header.number = i.number;
  header.date = i.date;
  header.signer = i.signer;
  auto report = build(c, d, options_of(d, header, may));
  d.number = i.number;
  d.issued_on = i.date;
  d.signer = i.signer;
  d.permissions = permissions_of(report);
  d.issued_by = actor;
  d.issued_at = utc_timestamp();
  if (!store::mark_issued(c, d)) throw issued_already(draft(c, id));
  for (auto f : {Format::docx, Format::pdf, Format::xlsx, Format::html}) {
    auto bytes = render(report, f);
    store::insert_file(c, id, extension(f), to_base64(bytes), hex_sha256(bytes));
  }
  return draft(c, id);
}

std::string issued_document(db::Connection& c, const Draft& d, Format f, const May& may) {
  for (const auto& p : d.permissions) {
    if (!may(p)) {
      throw messages::error<"report.section_forbidden">("", p);
    }
  }
  auto content = store::file_content(c, d.id, extension(f));
  if (!content) throw messages::error<"report_file.not_found">("", d.period + "." + extension(f));
  return from_base64(*content);
}

}  // namespace sen::reports
