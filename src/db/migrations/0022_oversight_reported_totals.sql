-- Totals of inspection, supervision and discipline that an issued report states for a unit's year
-- (the conference report of 27/12/2022 for the city): the records behind a statistic may be
-- invented (demo data) while its total is a fact. A statistic whose records give exactly the
-- totals stated is the stated figure, not an illustration; one that differs shows both
-- (oversight/oversight.hpp, Stats).
CREATE TABLE oversight_reported_totals (
  unit TEXT NOT NULL,
  period TEXT NOT NULL,   -- 2022, 2023-6M …
  figure TEXT NOT NULL,   -- organisations_inspected | members_inspected | organisations_supervised |
                          -- members_supervised | organisations_disciplined | members_disciplined
  value INTEGER NOT NULL,
  source TEXT NOT NULL,   -- the report that states it
  PRIMARY KEY (unit, period, figure)
);
