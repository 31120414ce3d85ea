#include "content_text.h"

#include <algorithm>
#include <set>

#include "number_text.h"

namespace limber::content_text {

bool check_line(const json_read::Fields& f, const std::string& where, const std::string& s,
                std::size_t max_chars) {
  if (s.find_first_of("\r\n") != std::string::npos) {
    f.error(where, "must be a single line");
    return false;
  }
  const std::size_t n = utf8_length(s);
  if (n > max_chars) {
    std::string m = with_number("must be at most ", max_chars, " characters, not ");
    m.append(std::to_string(n));
    f.error(where, std::move(m));
    return false;
  }
  return true;
}

bool no_repeats(const json_read::Fields& f, const char* key, const std::vector<std::string>& items) {
  bool ok = true;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (seen.insert(items[i]).second) continue;
    f.error_quoting(json_read::item_path(key, i), items[i], " is listed twice");
    ok = false;
  }
  return ok;
}

std::vector<std::string> string_list(std::initializer_list<const char*> items) {
  return std::vector<std::string>(items.begin(), items.end());
}

std::string member_or(const json_read::json& item, const char* key, std::string fallback) {
  if (item.is_object()) {
    auto it = item.find(key);
    if (it != item.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
      return it->get_ref<const std::string&>();
  }
  return fallback;
}

std::optional<json_read::json> read_asset(const Assets& assets, const std::string& path,
                                          Problems& out) {
  auto file = assets.find(path);
  if (file == assets.end()) {
    out.push_back({path, "", "", "is missing"});
    return std::nullopt;
  }
  return json_read::parse(file->second, path, out);
}

bool is_snake_case(const std::string& s) {
  if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool snake_id(json_read::Fields& f, const char* key, std::string& out) {
  if (!f.read_text(key, out)) return false;
  if (is_snake_case(out)) return true;
  f.error_quoting(key, out, " must be snake_case (a-z, 0-9 and _, starting with a letter)");
  return false;
}

bool file_id(json_read::Fields& f, const std::string& expected, std::string& out) {
  if (!snake_id(f, "id", out)) return false;
  if (out != expected)
    f.error_quoting("id", out, " does not match the file name (expected ",
                    (in_quotes(expected) + ")").c_str());
  return true;
}

std::size_t utf8_length(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string in_quotes(const std::string& s) { return json_read::quoted(s); }

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) (out.empty() ? out : out.append(", ")).append(s);
  return out;
}

std::string id_from_path(const std::string& path, const std::string& folder) {
  std::string id = path.compare(0, folder.size(), folder) == 0 ? path.substr(folder.size()) : path;
  if (id.size() >= 5 && id.compare(id.size() - 5, 5, ".json") == 0) id.resize(id.size() - 5);
  return id;
}

bool line(json_read::Fields& f, const char* key, std::size_t max_chars, std::string& out,
          json_read::Need need) {
  const std::string* s = f.string_at(key, need);
  if (!s || !check_line(f, key, *s, max_chars)) return false;
  out = *s;
  return true;
}

bool lines(json_read::Fields& f, const char* key, std::size_t min_items, std::size_t max_items,
           std::size_t max_chars, std::vector<std::string>& list) {
  if (!f.read_list(key, list)) return false;
  bool ok = list.size() >= min_items && list.size() <= max_items;
  if (!ok) {
    std::string m = with_number("needs ", min_items, " to ");
    m.append(with_number("", max_items, " items, not ")).append(std::to_string(list.size()));
    f.error(key, std::move(m));
  } else {
    // Repeats first, then each line, as the catalogue has always reported them.
    ok = no_repeats(f, key, list);
    for (std::size_t i = 0; i < list.size(); ++i)
      ok = check_line(f, json_read::item_path(key, i), list[i], max_chars) && ok;
  }
  if (!ok) list.clear();
  return ok;
}

}  // namespace limber::content_text
