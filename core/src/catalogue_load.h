// catalogue_load.h (private): the steps of Catalogue::load, split so each file stays small.
// read_entry checks one exercise file on its own; check_links checks what only the whole
// set can show (duplicate ids, alternatives that point nowhere, loops in easier/harder).
#pragma once
#include <string>
#include <vector>

#include "limber/json.h"

#include "limber/catalogue.h"

namespace limber::catalogue_detail {

struct Entry {
  std::string file;
  Exercise exercise;    // filled as far as the file allowed
  bool has_id = false;  // exercise.id is a well-formed id that others may refer to
  bool clean = true;    // no problem names this entry
};

// The field name of a list item, "easier[2]", as problems name it.
std::string list_item(const char* key, std::size_t index);

Entry read_entry(const std::string& file, const Json& doc, Problems& out);

// Marks every entry that a problem names as not clean.
void check_links(std::vector<Entry>& entries, Problems& out);

}  // namespace limber::catalogue_detail
