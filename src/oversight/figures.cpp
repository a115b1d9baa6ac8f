#include "oversight/figures.hpp"

#include <memory>

#include "oversight/oversight.hpp"
#include "targets/figure_sources.hpp"

namespace sen::oversight {

namespace {

class RecordsReader final : public targets::FigureReader {
 public:
  explicit RecordsReader(db::Connection& c) : records_(c) {}

  std::optional<targets::SourcedFigure> actual(const targets::Indicator& ind, const std::string& unit,
                                               const Period& period) override {
    auto figure = records_.figure(*ind.computed_from, unit, period);
    if (!figure) return std::nullopt;
    // Counted from the records kept in Sen: preliminary until an official figure is entered.
    return targets::SourcedFigure{figure->value, targets::Vintage::preliminary, figure->illustrative};
  }

  std::optional<double> plan(const targets::Indicator&, const std::string&, const Period&) override {
    return std::nullopt;
  }

 private:
  FigureSource records_;
};

}  // namespace

void register_figure_source() {
  targets::register_figure_source(
      {"oversight", kIndicatorSources, [](const targets::Indicator&) {},
       [](db::Connection& c) -> std::unique_ptr<targets::FigureReader> { return std::make_unique<RecordsReader>(c); }});
}

}  // namespace sen::oversight
