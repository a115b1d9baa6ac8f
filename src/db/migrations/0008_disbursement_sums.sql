-- Payments summed by plan year, project, source, status and month, kept by the store in the
-- same transaction as each payment and each change of status: the portfolio reads these sums,
-- so its cost follows the number of projects, not of payments. Cancelled payments are not in it.
CREATE TABLE disbursement_months (
  plan_year INTEGER NOT NULL,
  project_code TEXT NOT NULL REFERENCES projects(code),
  source TEXT NOT NULL,
  status TEXT NOT NULL,                   -- estimate | confirmed
  month TEXT NOT NULL,                    -- YYYY-MM of paid_on
  amount BIGINT NOT NULL,
  PRIMARY KEY (plan_year, project_code, source, status, month)
);
INSERT INTO disbursement_months(plan_year, project_code, source, status, month, amount)
SELECT plan_year, project_code, source, status, substr(paid_on, 1, 7), SUM(amount)
FROM disbursements WHERE status <> 'cancelled'
GROUP BY plan_year, project_code, source, status, substr(paid_on, 1, 7);
-- Per-project queries use disbursements_project; the year's sums come from the table above.
DROP INDEX disbursements_plan_year;
