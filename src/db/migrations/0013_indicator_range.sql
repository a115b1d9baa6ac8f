-- The range an indicator's values and targets may take (a rate in % from 0 to 100, a count from 0);
-- NULL: only Sen's bound of ±10^15 applies.
ALTER TABLE indicators ADD COLUMN min_value DOUBLE PRECISION;
ALTER TABLE indicators ADD COLUMN max_value DOUBLE PRECISION;
