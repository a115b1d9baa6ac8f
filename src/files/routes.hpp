// HTTP routes of files: under each kind of record that takes them ({record}/files), and
// /api/v1/files/{id} to download, preview the text of, or remove one. Registered after every
// module that declares record kinds; declares the kind "file" for search.
#pragma once
#include "app/api.hpp"

namespace sen::files {

void register_routes(app::Api& api);

}  // namespace sen::files
