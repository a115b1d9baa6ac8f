#include "projects/figures.hpp"

#include <map>
#include <utility>

#include "base/error.hpp"
#include "projects/messages.hpp"
#include "projects/portfolio.hpp"

namespace sen::projects {

namespace {

class LedgerReader final : public targets::FigureReader {
 public:
  explicit LedgerReader(db::Connection& c) : c_(c) {}

  void keep(const std::string& unit, int year, std::optional<Ledger> ledger) {
    ledgers_[{unit, year}] = std::move(ledger);
  }

  std::optional<targets::SourcedFigure> actual(const targets::Indicator& ind, const std::string& unit,
                                               const Period& period) override {
    double scale = dong_per_unit(ind.measure);
    const auto& ledger = ledger_of(unit, period.year());
    if (scale == 0 || !ledger) return std::nullopt;
    auto paid = paid_in(*ledger, period);
    // Treasury-confirmed payments are preliminary: the official figure comes with the settlement.
    return targets::SourcedFigure{static_cast<double>(paid.total()) / scale,
                                  paid.estimate > 0 ? targets::Vintage::estimate : targets::Vintage::preliminary,
                                  ledger->illustrative};
  }

  std::optional<double> plan(const targets::Indicator& ind, const std::string& unit, const Period& period) override {
    double scale = dong_per_unit(ind.measure);
    const auto& ledger = ledger_of(unit, period.year());
    if (scale == 0 || !ledger || ledger->allocated_total() == 0) return std::nullopt;
    return static_cast<double>(ledger->allocated_total()) / scale;
  }

 private:
  const std::optional<Ledger>& ledger_of(const std::string& unit, int year) {
    auto key = std::make_pair(unit, year);
    auto it = ledgers_.find(key);
    if (it == ledgers_.end()) it = ledgers_.emplace(key, unit_ledger(c_, unit, year)).first;
    return it->second;
  }

  db::Connection& c_;
  std::map<std::pair<std::string, int>, std::optional<Ledger>> ledgers_;
};

}  // namespace

void register_figure_source() {
  targets::register_figure_source(
      {"projects",
       {"projects"},
       [](const targets::Indicator& i) {
         if (dong_per_unit(i.measure) == 0) {
           throw messages::error<"indicator.measure_not_money">("computed_from");
         }
       },
       [](db::Connection& c) -> std::unique_ptr<targets::FigureReader> { return std::make_unique<LedgerReader>(c); }});
}

std::unique_ptr<targets::FigureReader> ledger_reader(db::Connection& c, const std::string& unit, int year,
                                                     std::optional<Ledger> ledger) {
  auto reader = std::make_unique<LedgerReader>(c);
  reader->keep(unit, year, std::move(ledger));
  return reader;
}

}  // namespace sen::projects
