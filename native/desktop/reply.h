// reply.h: reading the core's replies without nlohmann's throwing accessors (they abort in
// this build). Every reader takes any JSON value and a key, and falls back when the member
// is missing or has another type, so a screen draws what it has and never crashes.
//
//   const std::string title = text(plan, "message");
//   for (const json& e : list(object(plan, "today"), "exercises")) draw(text(e, "name"));
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace limber::desktop {

using nlohmann::json;

// The member, or nullptr.
const json* member(const json& value, const char* key);

std::string text(const json& value, const char* key, const std::string& fallback = "");
long long integer(const json& value, const char* key, long long fallback = 0);
double number(const json& value, const char* key, double fallback = 0);  // integers too
bool flag(const json& value, const char* key, bool fallback = false);
// The member when it is an array (object), else a shared empty one. The reference points
// into `value`: keep the reply in a variable, never pass a temporary (value_or(...)).
const json& list(const json& value, const char* key);
const json& object(const json& value, const char* key);
bool is_null_or_missing(const json& value, const char* key);

// A string element (or ""), for arrays of names.
std::string as_text(const json& value);

}  // namespace limber::desktop
