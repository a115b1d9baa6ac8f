// /api/v1/reports/*: the annual and periodic reports in HTML, DOCX, XLSX or PDF, computed on
// request; /api/v1/report-drafts: drafts with the officer's text, issued and frozen.
#pragma once
#include <string>

#include "app/api.hpp"
#include "reports/render.hpp"

namespace sen::reports {

void register_routes(app::Api& api);
void register_draft_routes(app::Api& api);

// A document as the answer: its type, and its file name (inline for HTML, attached otherwise).
http::Response document_response(std::string bytes, const std::string& file_stem, Format f);

}  // namespace sen::reports
