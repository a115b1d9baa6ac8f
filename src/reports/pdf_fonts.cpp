#include "reports/pdf_fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace sen::reports {

namespace {

// The letters of Vietnamese beyond ASCII, lower and upper case.
constexpr char32_t kVietnamese[] =
    U"àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    U"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

bool covers_vietnamese(FcCharSet* charset) {
  for (const char32_t* c = kVietnamese; *c; ++c) {
    if (!FcCharSetHasChar(charset, *c)) return false;
  }
  return true;
}

// A fontconfig configuration holding only the Liberation Serif files that cover Vietnamese.
FcConfig* liberation_only() {
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pattern(FcPatternCreate(), FcPatternDestroy);
  FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(kPdfFamily));
  std::unique_ptr<FcObjectSet, decltype(&FcObjectSetDestroy)> objects(FcObjectSetBuild(FC_FILE, FC_CHARSET, nullptr),
                                                                      FcObjectSetDestroy);
  std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)> fonts(FcFontList(nullptr, pattern.get(), objects.get()),
                                                                FcFontSetDestroy);
  FcConfig* config = FcConfigCreate();
  int added = 0;
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* file = nullptr;
    FcCharSet* charset = nullptr;
    if (FcPatternGetString(fonts->fonts[i], FC_FILE, 0, &file) != FcResultMatch ||
        FcPatternGetCharSet(fonts->fonts[i], FC_CHARSET, 0, &charset) != FcResultMatch) {
      continue;
    }
    if (covers_vietnamese(charset) && FcConfigAppFontAddFile(config, file)) ++added;
  }
  if (added == 0) {
    FcConfigDestroy(config);
    throw std::runtime_error(
        "pdf: no Liberation Serif with every Vietnamese letter is installed (Debian: apt-get install "
        "fonts-liberation2)");
  }
  return config;
}

PangoFontMap* new_font_map() {
  static FcConfig* const config = liberation_only();  // for the whole process
  PangoFontMap* map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
  pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
  return map;
}

}  // namespace

PangoFontMap* pdf_font_map() {
  thread_local std::unique_ptr<PangoFontMap, decltype(&g_object_unref)> map(new_font_map(), g_object_unref);
  return map.get();
}

}  // namespace sen::reports
