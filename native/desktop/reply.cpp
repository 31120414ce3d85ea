#include "reply.h"

namespace limber::desktop {

const json* member(const json& value, const char* key) {
  if (!value.is_object()) return nullptr;
  const auto it = value.find(key);
  return it == value.end() ? nullptr : &*it;
}

std::string text(const json& value, const char* key, const std::string& fallback) {
  const json* m = member(value, key);
  return m && m->is_string() ? m->get_ref<const std::string&>() : fallback;
}

long long integer(const json& value, const char* key, long long fallback) {
  const json* m = member(value, key);
  if (m && m->is_number_integer()) return m->get<long long>();
  if (m && m->is_number_float()) return static_cast<long long>(m->get<double>());
  return fallback;
}

double number(const json& value, const char* key, double fallback) {
  const json* m = member(value, key);
  return m && m->is_number() ? m->get<double>() : fallback;
}

bool flag(const json& value, const char* key, bool fallback) {
  const json* m = member(value, key);
  return m && m->is_boolean() ? m->get<bool>() : fallback;
}

const json& list(const json& value, const char* key) {
  static const json kEmpty = json::array();
  const json* m = member(value, key);
  return m && m->is_array() ? *m : kEmpty;
}

const json& object(const json& value, const char* key) {
  static const json kEmpty = json::object();
  const json* m = member(value, key);
  return m && m->is_object() ? *m : kEmpty;
}

bool is_null_or_missing(const json& value, const char* key) {
  const json* m = member(value, key);
  return !m || m->is_null();
}

std::string as_text(const json& value) {
  return value.is_string() ? value.get_ref<const std::string&>() : "";
}

}  // namespace limber::desktop
