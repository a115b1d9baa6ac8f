-- What part of a closed unit went to each of its successors, on a stated basis: population,
-- area, or an indicator's code when the part differs for that indicator. A predecessor's shares
-- on one basis add up to 1 (checked by units/lineage.cpp). Figures of periods outside a unit's
-- lifetime are derived through these shares (docs/targets.md, "Across a reorganisation").
CREATE TABLE unit_succession_shares (
  predecessor TEXT NOT NULL,
  successor TEXT NOT NULL,
  basis TEXT NOT NULL,
  share DOUBLE PRECISION NOT NULL CHECK (share >= 0 AND share <= 1),
  legal_source TEXT NOT NULL,                -- the decision or resolution that states the part
  illustrative INTEGER NOT NULL DEFAULT 0,   -- 1 when the demo data invented the share
  PRIMARY KEY (predecessor, successor, basis),
  FOREIGN KEY (predecessor, successor) REFERENCES unit_successions(predecessor, successor)
);
CREATE INDEX unit_succession_shares_successor ON unit_succession_shares(successor);
