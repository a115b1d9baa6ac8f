// The one typeface of PDF reports: Liberation Serif (the metrics of Times New Roman), from the
// installed files that hold every Vietnamese letter — Liberation 2.x; Debian's 1.07 lacks ơ, ư and
// the letters with a dot below or a hook above. The font map knows only these files, so pango can
// never set a letter in another family.
#pragma once
#include <pango/pango.h>

namespace sen::reports {

inline constexpr const char* kPdfFamily = "Liberation Serif";

// The font map of the calling thread (owned by it). Throws std::runtime_error when no installed
// Liberation Serif covers Vietnamese (Debian: install fonts-liberation2).
PangoFontMap* pdf_font_map();

}  // namespace sen::reports
