// json_read.h (private): reading untrusted JSON without exceptions or aborts.
//
// The core is built with -fno-exceptions and reads untrusted text, so nothing here aborts.
// Everything that reads outside input goes through here: parse() never throws, and Fields
// checks presence, type and range before touching a value, recording a Problem that names
// the file, entry and dotted field for each mistake, and continuing so all are reported.
//
//   Problems problems;
//   auto doc = json_read::parse(text, "exercises/x.json", problems);
//   Fields f(*doc, "exercises/x.json", "glute_bridge", problems);
//   std::string name;
//   f.read_text("name", name);                        // required by default
//   int hold = 30;
//   f.read_int("hold_seconds", 20, 600, hold, Need::optional);
//   f.reject_unknown();                               // any key not asked for is a problem
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "limber/json.h"
#include "limber/problem.h"

namespace limber::json_read {

using json = limber::Json;

// Deeper nesting than this is rejected while parsing (protects the recursive dump()).
constexpr int kMaxDepth = Json::kMaxDepth;

// Parses `text`; on failure returns nullopt and sets *error to a one-line message.
std::optional<json> parse(std::string_view text, std::string* error);
// Same, recording a file-level Problem for `file` on failure.
std::optional<json> parse(std::string_view text, const std::string& file, Problems& out);

// Serialises without ever aborting: invalid UTF-8 (e.g. echoed from bad input) becomes
// U+FFFD. Use this, never json::dump() with its defaults, for anything that reaches a shell.
std::string dump(const json& value, int indent = -1);

// The JSON type name of `value` for messages ("string", "number", "object"...).
const char* type_name(const json& value);

// "key[index]", how problems name an item of a list (one copy of this concatenation).
std::string item_path(const char* key, std::size_t index);

// "'value'" + rest + more: the shape of most messages about a value ("'x' is used twice").
std::string quoted(const std::string& value, const char* rest = "", const char* more = "");

enum class Need { required, optional };

class Fields {
 public:
  // Problems name `file`, `entry` and the field (prefixed by `prefix`, "" at the top).
  // If `object` is not a JSON object, that is recorded and every getter returns empty.
  Fields(const json& object, std::string file, std::string entry, Problems& out,
         std::string prefix);
  // At the top (no prefix). A separate constructor, not a default argument, so that call
  // sites do not each build and destroy an empty string.
  Fields(const json& object, std::string file, std::string entry, Problems& out);
  // The same for a literal file name (made a string once, inside).
  Fields(const json& object, const char* file, std::string entry, Problems& out);

  bool ok() const { return object_ != nullptr; }
  // For a command's arguments, once every one is read: refuses any key no getter asked for,
  // then says whether the list problems go to (the arguments' own) is still empty. A handler
  // reads all its arguments, then asks this once instead of testing each result; one that
  // changes anything asks it before the change, so an error reply means nothing changed.
  bool all_accepted() {
    reject_unknown();
    return out_->empty();
  }
  bool has(const char* key) const;

  // Each getter checks presence, type and range. On success the value is stored into `out`
  // and true returned; otherwise false after recording why (`out` is then left alone; a list
  // is left empty). Out-parameters rather than std::optional<T> results: at the many call
  // sites an optional cost its construction, test, move and destruction inline each time
  // (web core size).
  // text: a non-empty string.
  bool read_text(const char* key, std::string& out, Need need = Need::required);
  // The non-empty string at `key`, inside the document (valid while it lives); or nullptr.
  const std::string* string_at(const char* key, Need need = Need::required);
  bool read_bool(const char* key, bool& out, Need need = Need::required);
  bool read_number(const char* key, double min, double max, double& out,
                   Need need = Need::required);
  bool read_int(const char* key, int min, int max, int& out, Need need = Need::required);
  // A string that must be one of `allowed`: its index there, or -1.
  int choice_index(const char* key, const std::vector<std::string>& allowed,
                   Need need = Need::required);
  bool read_choice(const char* key, const std::vector<std::string>& allowed, std::string& out,
                   Need need = Need::required);
  // An array of non-empty strings, each one of `allowed` unless that is empty: `out` is
  // cleared, then holds the list when true.
  bool read_list(const char* key, const std::vector<std::string>& allowed,
                 std::vector<std::string>& out, Need need = Need::required);
  bool read_list(const char* key, std::vector<std::string>& out, Need need = Need::required);

  // Raw access for nested structures; marks the key as known. nullptr when absent or of
  // the wrong type (recorded when required or present with the wrong type).
  const json* object(const char* key, Need need = Need::required);
  const json* array(const char* key, Need need = Need::required);
  const json* any(const char* key, Need need = Need::required);

  // A Fields over the nested object at `key` (its problems carry the dotted path).
  Fields nested(const json& value, const char* key) const;
  // Where `key` of this object is, for problems recorded by the caller.
  Problem at(const std::string& key, std::string message) const;
  void error(const std::string& key, std::string message) const;
  // The same for a literal key (and message): the strings are built here, once, rather
  // than as temporaries at each of the loaders' many call sites (web core size).
  void error(const char* key, std::string message) const;
  void error(const char* key, const char* message) const;
  // Records "'value'" + rest + more, the shape of most messages about a value ("'x' is
  // used twice"), built here once instead of inline at every call site.
  void error_quoting(const std::string& key, const std::string& value, const char* rest,
                     const char* more = "") const;
  void error_quoting(const char* key, const std::string& value, const char* rest,
                     const char* more = "") const;

  // Records a problem for every key that no getter asked for (once: it then counts as seen).
  void reject_unknown();

  const std::string& file() const { return where_.file; }
  const std::string& entry() const { return where_.entry; }
  std::string path(const std::string& key) const;

 private:
  const json* find(const char* key, Need need);

  const json* object_ = nullptr;
  Problem where_;
  Problems* out_;
  // By member index, nonzero once a getter asked for it. A std::string, not vector<bool>:
  // the web core already holds std::string's code, and vector<bool>'s costs ~1 KB more.
  std::string seen_;
};

}  // namespace limber::json_read
