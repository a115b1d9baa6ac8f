// Files brought by a record's own write: any write of a record of a kind that takes files — its
// creation (POST to the kind's collection), a change (PATCH, PUT) or an action under it (POST
// …/{id}/progress) — may carry "files": [id, …], the ids of files the caller uploaded with
// POST /api/v1/files that no record holds yet. The route itself never sees the field; the files
// are attached to the record it wrote, in its transaction, or nothing is written.
#pragma once
#include <vector>

#include "app/api.hpp"

namespace sen::files {

// Registered after every route of the kinds.
void attach_on_record_writes(app::Api& api, const std::vector<app::RecordKind>& kinds);

}  // namespace sen::files
