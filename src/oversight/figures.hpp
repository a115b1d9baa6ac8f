// The oversight records' figures for indicators computed from them (computed_from "admissions",
// "org_ratings", "member_ratings"): admissions counted, shares rated good or above.
#pragma once

namespace sen::oversight {

// Registers the source with the targets module (once, at start-up).
void register_figure_source();

}  // namespace sen::oversight
