// limber/json.h: the core's own small JSON value, parser and writer.
//
//   Json reply = {{"id", "e1"}, {"pain", 4}, {"tags", std::vector<std::string>{"a"}}};
//   reply["note"] = "felt stiff";
//   std::string text = reply.dump();               // {"id":"e1","pain":4,...}
//   std::string error;
//   std::optional<Json> back = Json::parse(text, &error);
//
// Why not a general-purpose library: the core is built without exceptions and ships to
// phones as WebAssembly, where every kilobyte is downloaded. This type does only what the
// core needs, never throws or aborts on outside input, and keeps its code out of line.
// Objects keep their members in insertion order (so a questionnaire reads as authored and a
// parsed document writes back in the same order); a repeated key in parsed text keeps the
// last value. Numbers keep their kind: whole numbers stay exact 64-bit integers.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <new>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace limber {

class Json {
 public:
  enum class Type : std::uint8_t { null, boolean, integer, unsigned_integer, floating, string,
                                   array, object };
  struct Member;
  using Array = std::vector<Json>;
  using Object = std::vector<Member>;

  // Deeper nesting than this is refused by parse() (and so never reaches the recursive
  // writer or destructor).
  static constexpr int kMaxDepth = 64;

  Json() noexcept : type_(Type::null) {}
  Json(std::nullptr_t) noexcept : type_(Type::null) {}
  Json(bool v) noexcept : type_(Type::boolean) { boolean_ = v; }
  Json(int v) noexcept : Json(static_cast<long long>(v)) {}
  Json(long v) noexcept : Json(static_cast<long long>(v)) {}
  Json(long long v) noexcept : type_(Type::integer) { integer_ = v; }
  Json(unsigned v) noexcept : Json(static_cast<unsigned long long>(v)) {}
  Json(unsigned long v) noexcept : Json(static_cast<unsigned long long>(v)) {}
  Json(unsigned long long v) noexcept;
  Json(double v) noexcept : type_(Type::floating) { floating_ = v; }
  // Out of line on purpose: replies are built from hundreds of {"key", value} pairs, and an
  // inlined string constructor at each would cost the download more than the call does.
  Json(const char* v);
  Json(std::string_view v);
  Json(const std::string& v);
  Json(std::string&& v) noexcept;
  Json(Array&& v) noexcept;
  // Any list of things that convert to Json (strings, numbers, Json...) becomes an array.
  template <typename T, typename = std::enable_if_t<std::is_constructible_v<Json, const T&>>>
  Json(const std::vector<T>& items) : Json(Array(items.begin(), items.end())) {}
  // {{"key", value}, ...} is an object. Arrays are spelled Json::array({...}). A field list
  // (a key pointer and a value each) rather than a list of two-element arrays: replies are
  // built from hundreds of these pairs, and this form costs a third of the WebAssembly.
  struct Field;
  Json(std::initializer_list<Field> fields);

  Json(const Json& other);
  Json(Json&& other) noexcept;
  Json& operator=(const Json& other);
  Json& operator=(Json&& other) noexcept;
  // `reply = {{"key", value}, ...}` builds the object out of line: one call where assigning a
  // temporary would add a move and a destructor at each of the many replies.
  Json& operator=(std::initializer_list<Field> fields);
  ~Json();

  static Json array() { return Json(Array{}); }
  static Json array(std::initializer_list<Json> items) { return Json(Array(items)); }
  static Json object();

  // --- Parsing and writing ------------------------------------------------------------------
  // Strict RFC 8259 JSON (UTF-8 checked, no comments, no trailing commas); on failure returns
  // nullopt and sets *error (if given) to one line naming where and what, e.g.
  // "line 3, column 7: expected ',' or '}' after an object member".
  static std::optional<Json> parse(std::string_view text, std::string* error);
  // Compact when indent < 0, else pretty with `indent` spaces. Never fails: bytes that are
  // not valid UTF-8 (echoed from bad input) are written as U+FFFD.
  std::string dump(int indent = -1) const;
  // Appends `text` as one JSON string (quoted, escaped, bad UTF-8 as U+FFFD): for writers
  // that build text directly, like the journal's, so all the core's JSON escapes alike.
  static void write_string(std::string& out, std::string_view text);

  // --- Kind ----------------------------------------------------------------------------------
  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::null; }
  bool is_boolean() const { return type_ == Type::boolean; }
  bool is_number() const {
    return type_ == Type::integer || type_ == Type::unsigned_integer || type_ == Type::floating;
  }
  bool is_number_integer() const {
    return type_ == Type::integer || type_ == Type::unsigned_integer;
  }
  bool is_number_unsigned() const {
    return type_ == Type::unsigned_integer || (type_ == Type::integer && integer_ >= 0);
  }
  bool is_number_float() const { return type_ == Type::floating; }
  bool is_string() const { return type_ == Type::string; }
  bool is_array() const { return type_ == Type::array; }
  bool is_object() const { return type_ == Type::object; }
  // "null", "boolean", "number", "string", "array" or "object", for messages.
  const char* type_name() const;

  // --- Values (a value of another kind reads as false, 0 or "") ---------------------------
  bool as_bool() const { return type_ == Type::boolean && boolean_; }
  double as_double() const;
  std::int64_t as_int64() const;    // floats truncate; out-of-range saturates
  std::uint64_t as_uint64() const;  // negatives read as 0
  const std::string& as_string() const;
  // nlohmann-style spellings, so reading code stays short: get<std::string>(), get<double>()...
  template <typename T>
  T get() const {
    if constexpr (std::is_same_v<T, bool>) return as_bool();
    else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) return static_cast<T>(as_int64());
    else if constexpr (std::is_integral_v<T>) return static_cast<T>(as_uint64());
    else if constexpr (std::is_floating_point_v<T>) return static_cast<T>(as_double());
    else return T(as_string());
  }
  template <typename T>
  const std::string& get_ref() const {
    static_assert(std::is_same_v<T, const std::string&>, "get_ref reads strings only");
    return as_string();
  }

  // --- Containers ----------------------------------------------------------------------------
  template <bool Const>
  class Iter;
  using iterator = Iter<false>;
  using const_iterator = Iter<true>;

  std::size_t size() const;   // members or elements; 0 for anything else
  bool empty() const { return size() == 0; }
  // Arrays iterate their elements and objects their members' values (with key() on the
  // iterator); anything else is empty.
  iterator begin();
  iterator end();
  const_iterator begin() const;
  const_iterator end() const;

  // Objects. operator[] on null makes it an object, then finds or appends the key; the const
  // one returns a null for a missing key (or a value that is not an object).
  Json& operator[](std::string_view key);
  const Json& operator[](std::string_view key) const;
  Json& operator[](const char* key) { return (*this)[std::string_view(key)]; }
  const Json& operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  iterator find(std::string_view key);
  const_iterator find(std::string_view key) const;
  const Json* get_member(std::string_view key) const;  // nullptr when absent
  bool contains(std::string_view key) const { return get_member(key) != nullptr; }
  std::size_t erase(std::string_view key);  // members removed (0 or 1)
  // The member's value read as T (see get), or `fallback` when absent.
  template <typename T>
  T value(std::string_view key, T fallback) const {
    const Json* found = get_member(key);
    if (!found) return fallback;
    if constexpr (std::is_same_v<T, Json>) return *found;
    else return found->get<T>();
  }
  const Object& items() const;              // members in order; empty for non-objects
  Object& members();                        // makes null an object first

  // Arrays. push_back on null makes it an array; operator[] grows an array with nulls.
  void push_back(Json value);
  template <typename... Args>
  Json& emplace_back(Args&&... args) {
    push_back(Json(std::forward<Args>(args)...));
    return elements().back();
  }
  Json& operator[](std::size_t index);
  const Json& operator[](std::size_t index) const;  // null when out of range
  Json& operator[](int index) { return (*this)[static_cast<std::size_t>(index)]; }
  const Json& operator[](int index) const { return (*this)[static_cast<std::size_t>(index)]; }
  const Json& front() const { return (*this)[std::size_t{0}]; }
  const Json& back() const { return (*this)[size() == 0 ? 0 : size() - 1]; }
  void erase(std::size_t index);  // removes one element of an array, if there
  const Array& elements() const;  // empty for non-arrays
  Array& elements();              // makes null an array first
  void clear();                   // keeps the kind, drops the contents

  // Deep equality; numbers compare by value across kinds, objects regardless of order.
  friend bool operator==(const Json& a, const Json& b);
  friend bool operator!=(const Json& a, const Json& b) { return !(a == b); }
  // Streams the compact text (a template, so the core itself never pulls in iostreams).
  template <typename Stream>
  friend auto operator<<(Stream& os, const Json& j) -> decltype(os << std::string()) {
    return os << j.dump();
  }

 private:
  friend class JsonParser;
  void destroy() noexcept;

  Type type_;
  union {
    bool boolean_;
    std::int64_t integer_;
    std::uint64_t unsigned_;
    double floating_;
    std::string string_;
    Array array_;
    Object object_;
  };
};

// One {"key", value} of an object being built. The value is built in place here and moved
// out (and destroyed) by the object's constructor, which takes each list once: so a Field
// has nothing left to destroy and no destructor, and none of the hundreds of reply sites
// compiles a clean-up loop over its fields.
struct Json::Field {
  template <typename T, typename = std::enable_if_t<std::is_constructible_v<Json, T&&>>>
  Field(const char* k, T&& v) : key(k) {
    new (value_) Json(std::forward<T>(v));
  }
  Field(const char* k, std::initializer_list<Field> object) : key(k) { new (value_) Json(object); }
  Field(const Field&) = delete;
  Field& operator=(const Field&) = delete;

  const char* key;
  // The built value; the object's constructor moves it out and destroys it.
  Json& value() const { return *std::launder(reinterpret_cast<Json*>(value_)); }

 private:
  alignas(Json) mutable unsigned char value_[sizeof(Json)];
};

struct Json::Member {
  std::string key;
  Json value;
};

template <bool Const>
class Json::Iter {
 public:
  using Value = std::conditional_t<Const, const Json, Json>;
  using MemberT = std::conditional_t<Const, const Member, Member>;
  using iterator_category = std::forward_iterator_tag;
  using value_type = Json;
  using difference_type = std::ptrdiff_t;
  using pointer = Value*;
  using reference = Value&;

  Iter() = default;
  Iter(Value* element, MemberT* member) : element_(element), member_(member) {}

  Value& operator*() const { return member_ ? member_->value : *element_; }
  Value* operator->() const { return &**this; }
  Value& value() const { return **this; }
  const std::string& key() const { return member_->key; }
  Iter& operator++() {
    if (member_) ++member_; else ++element_;
    return *this;
  }
  bool operator==(const Iter& o) const { return element_ == o.element_ && member_ == o.member_; }
  bool operator!=(const Iter& o) const { return !(*this == o); }

 private:
  Value* element_ = nullptr;
  MemberT* member_ = nullptr;
};

// Streams a journal document: parses `text` like Json::parse, except that each element of
// the top-level object's "entries" array is handed to `on_entry` as soon as it is complete
// and dropped right after, so a ten-year journal never exists as one tree. `top` gets
// everything else, with an empty "entries" array standing in. Returns false and sets *error
// on bad JSON; `entries_arrays` counts top-level "entries" keys (more than one is suspect).
//
// `on_entry` is borrowed for the call (any callable taking (Json&, std::size_t)): a pointer
// pair rather than std::function, whose machinery would cost the web module more.
class EntrySink {
 public:
  template <typename F>
  EntrySink(F& f)  // NOLINT: implicit, so a lambda can be passed as is
      : context_(&f), call_([](void* c, Json& entry, std::size_t index) {
          (*static_cast<F*>(c))(entry, index);
        }) {}
  void operator()(Json& entry, std::size_t index) const { call_(context_, entry, index); }

 private:
  void* context_;
  void (*call_)(void*, Json&, std::size_t);
};
bool parse_streaming_entries(std::string_view text, Json* top, EntrySink on_entry,
                             int* entries_arrays, std::string* error);

}  // namespace limber
