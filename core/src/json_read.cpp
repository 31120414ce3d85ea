#include "json_read.h"

#include <cmath>
#include "content_text.h"
#include "number_text.h"

namespace limber::json_read {
namespace {

std::string format_number(double v) { return shortest(v); }

// "must be a string, not number" and the like: the getters' type messages built in one place.
void wrong_type(const Fields& f, const char* key, const char* must, const json& value) {
  std::string m = must;
  m.append(type_name(value));
  f.error(key, std::move(m));
}

// "must be between MIN and MAX, not V" for number() and integer() (whole numbers read the
// same through shortest() as through std::to_string): one builder, appended in pieces.
std::string between(double min, double max, double v) {
  std::string m = "must be between ";
  m.append(shortest(min)).append(" and ").append(shortest(max)).append(", not ");
  m.append(shortest(v));
  return m;
}

}  // namespace

std::optional<json> parse(std::string_view text, std::string* error) {
  return Json::parse(text, error);
}

std::optional<json> parse(std::string_view text, const std::string& file, Problems& out) {
  std::string error;
  auto result = parse(text, &error);
  if (!result) out.push_back({file, "", "", "invalid JSON: " + error});
  return result;
}

std::string dump(const json& value, int indent) { return value.dump(indent); }

std::string item_path(const char* key, std::size_t index) {
  std::string out = key;
  out.append("[").append(std::to_string(index)).append("]");
  return out;
}

std::string quoted(const std::string& value, const char* rest, const char* more) {
  std::string out = "'";
  out.append(value).append("'").append(rest).append(more);
  return out;
}

const char* type_name(const json& value) { return value.type_name(); }

Fields::Fields(const json& object, std::string file, std::string entry, Problems& out,
               std::string prefix)
    : where_{std::move(file), std::move(entry), std::move(prefix), ""}, out_(&out) {
  if (object.is_object()) {
    object_ = &object;
    seen_.assign(object.size(), '\0');
  } else {
    out_->push_back({where_.file, where_.entry, where_.field,
                     std::string("must be an object, not ") + type_name(object)});
  }
}

Fields::Fields(const json& object, std::string file, std::string entry, Problems& out)
    : Fields(object, std::move(file), std::move(entry), out, std::string()) {}

Fields::Fields(const json& object, const char* file, std::string entry, Problems& out)
    : Fields(object, std::string(file), std::move(entry), out, std::string()) {}

std::string Fields::path(const std::string& key) const {
  if (where_.field.empty()) return key;
  std::string out = where_.field;
  out.append(".").append(key);
  return out;
}

Problem Fields::at(const std::string& key, std::string message) const {
  return {where_.file, where_.entry, path(key), std::move(message)};
}

void Fields::error(const std::string& key, std::string message) const {
  out_->push_back(at(key, std::move(message)));
}

void Fields::error(const char* key, std::string message) const {
  error(std::string(key), std::move(message));
}

void Fields::error(const char* key, const char* message) const {
  error(std::string(key), std::string(message));
}

void Fields::error_quoting(const std::string& key, const std::string& value,
                           const char* rest, const char* more) const {
  error(key, quoted(value, rest, more));
}

void Fields::error_quoting(const char* key, const std::string& value, const char* rest,
                           const char* more) const {
  error_quoting(std::string(key), value, rest, more);
}

bool Fields::has(const char* key) const { return object_ && object_->contains(key); }

const json* Fields::find(const char* key, Need need) {
  if (!object_) return nullptr;
  const Json::Object& members = object_->items();
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i].key == key) {
      seen_[i] = 1;
      return &members[i].value;
    }
  }
  if (need == Need::required) error(key, "is required");
  return nullptr;
}

const std::string* Fields::string_at(const char* key, Need need) {
  const json* v = find(key, need);
  if (!v) return nullptr;
  if (!v->is_string()) {
    wrong_type(*this, key, "must be a string, not ", *v);
    return nullptr;
  }
  const std::string& s = v->get_ref<const std::string&>();
  if (s.empty()) {
    error(key, "must not be empty");
    return nullptr;
  }
  return &s;
}

bool Fields::read_text(const char* key, std::string& out, Need need) {
  const std::string* s = string_at(key, need);
  if (s) out = *s;
  return s;
}

bool Fields::read_bool(const char* key, bool& out, Need need) {
  const json* v = find(key, need);
  if (!v) return false;
  if (!v->is_boolean()) {
    wrong_type(*this, key, "must be true or false, not ", *v);
    return false;
  }
  out = v->get<bool>();
  return true;
}

bool Fields::read_number(const char* key, double min, double max, double& out, Need need) {
  const json* v = find(key, need);
  if (!v) return false;
  if (!v->is_number()) {
    wrong_type(*this, key, "must be a number, not ", *v);
    return false;
  }
  const double d = v->get<double>();
  if (!(d >= min && d <= max)) {
    error(key, between(min, max, d));
    return false;
  }
  out = d;
  return true;
}

bool Fields::read_int(const char* key, int min, int max, int& out, Need need) {
  const json* v = find(key, need);
  if (!v) return false;
  if (!v->is_number() || std::floor(v->get<double>()) != v->get<double>()) {
    error(key, std::string("must be a whole number, not ") +
                   (v->is_number() ? format_number(v->get<double>()) : type_name(*v)));
    return false;
  }
  const double d = v->get<double>();
  if (d < min || d > max) {
    error(key, between(min, max, d));
    return false;
  }
  out = static_cast<int>(d);
  return true;
}

namespace {
// The index of `s` in `items`, -1 when it is not there.
int index_of(const std::vector<std::string>& items, const std::string& s) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i] == s) return static_cast<int>(i);
  return -1;
}
}  // namespace

int Fields::choice_index(const char* key, const std::vector<std::string>& allowed, Need need) {
  const std::string* s = string_at(key, need);
  if (!s) return -1;
  const int i = index_of(allowed, *s);
  if (i < 0) error_quoting(key, *s, " is not one of: ", content_text::join(allowed).c_str());
  return i;
}

bool Fields::read_choice(const char* key, const std::vector<std::string>& allowed,
                         std::string& out, Need need) {
  const int i = choice_index(key, allowed, need);
  if (i >= 0) out = allowed[static_cast<std::size_t>(i)];
  return i >= 0;
}

bool Fields::read_list(const char* key, const std::vector<std::string>& allowed,
                       std::vector<std::string>& out, Need need) {
  out.clear();
  const json* v = array(key, need);
  if (!v) return false;
  bool good = true;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const json& item = (*v)[i];
    const std::string where = item_path(key, i);
    if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
      wrong_type(*this, where.c_str(), "must be a non-empty string, not ", item);
      good = false;
    } else if (!allowed.empty() && index_of(allowed, item.get_ref<const std::string&>()) < 0) {
      error_quoting(where, item.get_ref<const std::string&>(), " is not one of: ",
                    content_text::join(allowed).c_str());
      good = false;
    } else {
      out.push_back(item.get_ref<const std::string&>());
    }
  }
  if (!good) out.clear();
  return good;
}

bool Fields::read_list(const char* key, std::vector<std::string>& out, Need need) {
  return read_list(key, std::vector<std::string>(), out, need);
}

const json* Fields::object(const char* key, Need need) {
  const json* v = find(key, need);
  if (v && !v->is_object()) {
    wrong_type(*this, key, "must be an object, not ", *v);
    return nullptr;
  }
  return v;
}

const json* Fields::array(const char* key, Need need) {
  const json* v = find(key, need);
  if (v && !v->is_array()) {
    wrong_type(*this, key, "must be an array, not ", *v);
    return nullptr;
  }
  return v;
}

const json* Fields::any(const char* key, Need need) { return find(key, need); }

Fields Fields::nested(const json& value, const char* key) const {
  return Fields(value, where_.file, where_.entry, *out_, path(key));
}

void Fields::reject_unknown() {
  if (!object_) return;
  const Json::Object& members = object_->items();
  for (std::size_t i = 0; i < members.size(); ++i)
    if (!seen_[i]) {
      error(members[i].key, "is not a known field");
      seen_[i] = 1;
    }
}

}  // namespace limber::json_read
