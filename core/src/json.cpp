// The Json value: construction, copying, access and equality. Parsing is in json_parse.cpp,
// writing in json_write.cpp.
#include "limber/json.h"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace limber {
namespace {

const Json& null_value() {
  static const Json null;
  return null;
}

const std::string& empty_string() {
  static const std::string empty;
  return empty;
}

const Json::Object& empty_object() {
  static const Json::Object empty;
  return empty;
}

const Json::Array& empty_array() {
  static const Json::Array empty;
  return empty;
}

}  // namespace

Json::Json(unsigned long long v) noexcept {
  // Values that fit are integers like any other, so equal numbers have one kind.
  if (v <= static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max())) {
    type_ = Type::integer;
    integer_ = static_cast<std::int64_t>(v);
  } else {
    type_ = Type::unsigned_integer;
    unsigned_ = v;
  }
}

Json::Json(const char* v) : type_(Type::string) { new (&string_) std::string(v); }
Json::Json(std::string_view v) : type_(Type::string) { new (&string_) std::string(v); }
Json::Json(const std::string& v) : type_(Type::string) { new (&string_) std::string(v); }
Json::Json(std::string&& v) noexcept : type_(Type::string) {
  new (&string_) std::string(std::move(v));
}
Json::Json(Array&& v) noexcept : type_(Type::array) { new (&array_) Array(std::move(v)); }

Json::Json(std::initializer_list<Field> fields) : type_(Type::object) {
  new (&object_) Object();
  object_.reserve(fields.size());
  for (const Field& f : fields) {
    Json& value = f.value();
    (*this)[f.key] = std::move(value);
    value.~Json();
  }
}

Json Json::object() {
  Json j;
  j.type_ = Type::object;
  new (&j.object_) Object();
  return j;
}

Json::Json(const Json& other) : type_(other.type_) {
  switch (type_) {
    case Type::string: new (&string_) std::string(other.string_); break;
    case Type::array: new (&array_) Array(other.array_); break;
    case Type::object: new (&object_) Object(other.object_); break;
    default: unsigned_ = other.unsigned_; break;  // copies whichever scalar is held
  }
}

Json::Json(Json&& other) noexcept : type_(other.type_) {
  switch (type_) {
    case Type::string: new (&string_) std::string(std::move(other.string_)); break;
    case Type::array: new (&array_) Array(std::move(other.array_)); break;
    case Type::object: new (&object_) Object(std::move(other.object_)); break;
    default: unsigned_ = other.unsigned_; break;
  }
  other.destroy();
  other.type_ = Type::null;
}

Json& Json::operator=(const Json& other) {
  if (this != &other) *this = Json(other);
  return *this;
}

Json& Json::operator=(Json&& other) noexcept {
  if (this == &other) return *this;
  // `other` may live inside this value (j = j["x"]): move it out before destroying ours.
  Json taken(std::move(other));
  destroy();
  new (this) Json(std::move(taken));
  return *this;
}

Json& Json::operator=(std::initializer_list<Field> fields) { return *this = Json(fields); }

Json::~Json() { destroy(); }

void Json::destroy() noexcept {
  switch (type_) {
    case Type::string: string_.~basic_string(); break;
    case Type::array: array_.~Array(); break;
    case Type::object: object_.~Object(); break;
    default: break;
  }
  type_ = Type::null;
}

const char* Json::type_name() const {
  switch (type_) {
    case Type::null: return "null";
    case Type::boolean: return "boolean";
    case Type::string: return "string";
    case Type::array: return "array";
    case Type::object: return "object";
    default: return "number";
  }
}

double Json::as_double() const {
  switch (type_) {
    case Type::integer: return static_cast<double>(integer_);
    case Type::unsigned_integer: return static_cast<double>(unsigned_);
    case Type::floating: return floating_;
    default: return 0;
  }
}

std::int64_t Json::as_int64() const {
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  switch (type_) {
    case Type::integer: return integer_;
    case Type::unsigned_integer: return kMax;
    case Type::floating:
      if (!(floating_ == floating_)) return 0;
      if (floating_ >= 9.2e18) return kMax;
      if (floating_ <= -9.2e18) return std::numeric_limits<std::int64_t>::min();
      return static_cast<std::int64_t>(floating_);
    default: return 0;
  }
}

std::uint64_t Json::as_uint64() const {
  switch (type_) {
    case Type::integer: return integer_ < 0 ? 0 : static_cast<std::uint64_t>(integer_);
    case Type::unsigned_integer: return unsigned_;
    case Type::floating:
      if (!(floating_ > 0)) return 0;
      if (floating_ >= 1.8e19) return std::numeric_limits<std::uint64_t>::max();
      return static_cast<std::uint64_t>(floating_);
    default: return 0;
  }
}

const std::string& Json::as_string() const {
  return type_ == Type::string ? string_ : empty_string();
}

std::size_t Json::size() const {
  if (type_ == Type::array) return array_.size();
  if (type_ == Type::object) return object_.size();
  return 0;
}

Json::iterator Json::begin() {
  if (type_ == Type::array) return iterator(array_.data(), nullptr);
  if (type_ == Type::object) return iterator(nullptr, object_.data());
  return iterator();
}

Json::iterator Json::end() {
  if (type_ == Type::array) return iterator(array_.data() + array_.size(), nullptr);
  if (type_ == Type::object) return iterator(nullptr, object_.data() + object_.size());
  return iterator();
}

Json::const_iterator Json::begin() const {
  if (type_ == Type::array) return const_iterator(array_.data(), nullptr);
  if (type_ == Type::object) return const_iterator(nullptr, object_.data());
  return const_iterator();
}

Json::const_iterator Json::end() const {
  if (type_ == Type::array) return const_iterator(array_.data() + array_.size(), nullptr);
  if (type_ == Type::object) return const_iterator(nullptr, object_.data() + object_.size());
  return const_iterator();
}

Json::Object& Json::members() {
  if (type_ == Type::null) *this = object();
  if (type_ != Type::object) std::abort();  // a programming error, never outside input
  return object_;
}

const Json::Object& Json::items() const {
  return type_ == Type::object ? object_ : empty_object();
}

Json& Json::operator[](std::string_view key) {
  Object& m = members();
  for (Member& member : m)
    if (member.key == key) return member.value;
  m.push_back(Member{std::string(key), Json()});
  return m.back().value;
}

const Json& Json::operator[](std::string_view key) const {
  const Json* found = get_member(key);
  return found ? *found : null_value();
}

const Json* Json::get_member(std::string_view key) const {
  if (type_ != Type::object) return nullptr;
  for (const Member& member : object_)
    if (member.key == key) return &member.value;
  return nullptr;
}

Json::iterator Json::find(std::string_view key) {
  if (type_ == Type::object)
    for (Member& member : object_)
      if (member.key == key) return iterator(nullptr, &member);
  return end();
}

Json::const_iterator Json::find(std::string_view key) const {
  if (type_ == Type::object)
    for (const Member& member : object_)
      if (member.key == key) return const_iterator(nullptr, &member);
  return end();
}

std::size_t Json::erase(std::string_view key) {
  if (type_ != Type::object) return 0;
  for (std::size_t i = 0; i < object_.size(); ++i) {
    if (object_[i].key != key) continue;
    // The later members move up one, keeping their order (what vector::erase does, without
    // compiling its template).
    for (; i + 1 < object_.size(); ++i) object_[i] = std::move(object_[i + 1]);
    object_.pop_back();
    return 1;
  }
  return 0;
}

void Json::erase(std::size_t index) {
  if (type_ == Type::array && index < array_.size())
    array_.erase(array_.begin() + static_cast<std::ptrdiff_t>(index));
}

Json::Array& Json::elements() {
  if (type_ == Type::null) *this = array();
  if (type_ != Type::array) std::abort();  // a programming error, never outside input
  return array_;
}

const Json::Array& Json::elements() const {
  return type_ == Type::array ? array_ : empty_array();
}

void Json::push_back(Json value) { elements().push_back(std::move(value)); }

Json& Json::operator[](std::size_t index) {
  Array& a = elements();
  if (index >= a.size()) a.resize(index + 1);
  return a[index];
}

const Json& Json::operator[](std::size_t index) const {
  if (type_ == Type::array && index < array_.size()) return array_[index];
  return null_value();
}

void Json::clear() {
  switch (type_) {
    case Type::string: string_.clear(); break;
    case Type::array: array_.clear(); break;
    case Type::object: object_.clear(); break;
    case Type::boolean: boolean_ = false; break;
    case Type::null: break;
    default: *this = Json(0); break;
  }
}

bool operator==(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) {
    if (a.is_number_integer() && b.is_number_integer()) {
      if (a.type_ != b.type_) return false;  // one is beyond int64, the other is not
      return a.unsigned_ == b.unsigned_;
    }
    return a.as_double() == b.as_double();
  }
  if (a.type_ != b.type_) return false;
  switch (a.type_) {
    case Json::Type::null: return true;
    case Json::Type::boolean: return a.boolean_ == b.boolean_;
    case Json::Type::string: return a.string_ == b.string_;
    case Json::Type::array: return a.array_ == b.array_;
    case Json::Type::object: {
      if (a.object_.size() != b.object_.size()) return false;
      for (const Json::Member& m : a.object_) {
        const Json* other = b.get_member(m.key);
        if (!other || !(*other == m.value)) return false;
      }
      return true;
    }
    default: return false;
  }
}

}  // namespace limber
