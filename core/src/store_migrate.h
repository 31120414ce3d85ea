// store_migrate.h (private): older journal documents rewritten into the current schema.
//
// One function per step (v1 -> v2, later v2 -> v3...), applied in order, working on the
// parsed JSON so that the current reader validates the result in full afterwards.
// Problems a step can see in the old shape (a list that is not a list) are recorded with
// the old field names; everything else is left for the current reader to report.
#pragma once
#include <string>

#include "json_read.h"
#include "limber/problem.h"

namespace limber::store_migrate {

// Rewrites `doc`, a document of schema_version `from` (>= 1, older than the current one),
// into the current schema. Returns false (with problems) when it cannot.
bool migrate(json_read::json& doc, int from, const std::string& file, Problems& problems);

}  // namespace limber::store_migrate
