// Json to text. Strings are written as UTF-8 with only the escapes JSON requires; bytes that
// are not valid UTF-8 become U+FFFD, so whatever reaches a shell is always valid JSON.
// Floats use the shortest form that reads back to the same double (and keep a ".0" when
// whole, so their kind survives a round trip).
#include <cmath>
#include <cstdlib>

#include "limber/json.h"
#include "utf8.h"
#include "number_text.h"

namespace limber {
namespace {

void write_string(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes that need no escaping
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = 1;
    if (c >= 0x80) {
      n = utf8_sequence(s, i);
      if (n) {
        i += n;
        continue;
      }
      n = 1;
    }
    out.append(s.data() + run, i - run);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
        }
    }
    i += n;
    run = i;
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void write_double(std::string& out, double v) {
  if (!std::isfinite(v)) {  // JSON cannot say inf or NaN
    out += "null";
    return;
  }
  const std::string text = shortest(v);
  out += text;
  if (text.find_first_of(".e") == std::string::npos) out += ".0";
}

class Writer {
 public:
  Writer(std::string& out, int indent) : out_(out), indent_(indent) {}

  void value(const Json& j, int depth) {
    switch (j.type()) {
      case Json::Type::null: out_ += "null"; break;
      case Json::Type::boolean: out_ += j.as_bool() ? "true" : "false"; break;
      case Json::Type::integer: out_ += std::to_string(j.as_int64()); break;
      case Json::Type::unsigned_integer: out_ += std::to_string(j.as_uint64()); break;
      case Json::Type::floating: write_double(out_, j.as_double()); break;
      case Json::Type::string: write_string(out_, j.as_string()); break;
      case Json::Type::array: {
        const Json::Array& items = j.elements();
        if (items.empty()) {
          out_ += "[]";
          break;
        }
        out_.push_back('[');
        for (std::size_t i = 0; i < items.size(); ++i) {
          if (i) out_.push_back(',');
          newline(depth + 1);
          value(items[i], depth + 1);
        }
        newline(depth);
        out_.push_back(']');
        break;
      }
      case Json::Type::object: {
        const Json::Object& members = j.items();
        if (members.empty()) {
          out_ += "{}";
          break;
        }
        out_.push_back('{');
        for (std::size_t i = 0; i < members.size(); ++i) {
          if (i) out_.push_back(',');
          newline(depth + 1);
          write_string(out_, members[i].key);
          out_ += indent_ >= 0 ? ": " : ":";
          value(members[i].value, depth + 1);
        }
        newline(depth);
        out_.push_back('}');
        break;
      }
    }
  }

 private:
  void newline(int depth) {
    if (indent_ < 0) return;
    out_.push_back('\n');
    out_.append(static_cast<std::size_t>(depth * indent_), ' ');
  }

  std::string& out_;
  int indent_;
};

}  // namespace

void Json::write_string(std::string& out, std::string_view text) {
  limber::write_string(out, text);
}

std::string Json::dump(int indent) const {
  std::string out;
  Writer(out, indent).value(*this, 0);
  return out;
}

}  // namespace limber
