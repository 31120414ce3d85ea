#include "entry_stream.h"

#include <optional>

namespace limber::entry_stream {
namespace {

using json_read::json;
using Dom = nlohmann::detail::json_sax_dom_parser<json>;

// nlohmann's SAX events, routed either into the top-level tree or into the tree of the
// entry being read. Depths count open containers: the top object is depth 1, the entries
// array depth 2, an entry object depth 3.
class Router {
 public:
  Router(json& top, const std::function<void(json&, std::size_t)>& on_entry)
      : top_(top, false), on_entry_(on_entry) {}

  bool null() { return scalar([] { return json(nullptr); }, [](Dom& d) { return d.null(); }); }
  bool boolean(bool v) {
    return scalar([&] { return json(v); }, [&](Dom& d) { return d.boolean(v); });
  }
  bool number_integer(json::number_integer_t v) {
    return scalar([&] { return json(v); }, [&](Dom& d) { return d.number_integer(v); });
  }
  bool number_unsigned(json::number_unsigned_t v) {
    return scalar([&] { return json(v); }, [&](Dom& d) { return d.number_unsigned(v); });
  }
  bool number_float(json::number_float_t v, const json::string_t& s) {
    return scalar([&] { return json(v); }, [&](Dom& d) { return d.number_float(v, s); });
  }
  bool string(json::string_t& v) {
    return scalar([&] { return json(v); }, [&](Dom& d) { return d.string(v); });
  }
  bool binary(json::binary_t& v) {
    return scalar([&] { return json(v); }, [&](Dom& d) { return d.binary(v); });
  }
  bool key(json::string_t& k) {
    if (entry_dom_) return entry_dom_->key(k);
    if (depth_ == 1) top_key_ = k;
    return top_.key(k);
  }

  bool start_object(std::size_t n) {
    if (!enter()) return false;
    if (depth_ == 1) top_is_object_ = true;
    if (starts_entry()) begin_entry();
    return entry_dom_ ? entry_dom_->start_object(n) : top_.start_object(n);
  }
  bool start_array(std::size_t n) {
    if (!enter()) return false;
    if (depth_ == 1) top_is_object_ = false;
    if (starts_entry()) begin_entry();
    if (entry_dom_) return entry_dom_->start_array(n);
    // The top-level "entries" array itself: an empty stand-in goes into the top tree.
    if (depth_ == 2 && top_is_object_ && top_key_ == "entries") {
      in_entries_ = true;
      ++result.entries_arrays;
    }
    return top_.start_array(n);
  }
  bool end_object() { return leave([](Dom& d) { return d.end_object(); }); }
  bool end_array() {
    if (!entry_dom_ && in_entries_ && depth_ == 2) in_entries_ = false;
    return leave([](Dom& d) { return d.end_array(); });
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
    if (result.error.empty()) result.error = ex.what();
    return false;
  }

  Result result;

 private:
  bool enter() {
    if (++depth_ <= json_read::kMaxDepth) return true;
    result.error = "nested deeper than " + std::to_string(json_read::kMaxDepth) + " levels";
    return false;
  }
  bool starts_entry() const { return !entry_dom_ && in_entries_ && depth_ == 3; }
  void begin_entry() {
    entry_ = json();
    entry_dom_.emplace(entry_, false);
  }

  template <typename Make, typename Event>
  bool scalar(Make make, Event event) {
    if (entry_dom_) return event(*entry_dom_);
    if (in_entries_ && depth_ == 2) {  // an entry that is not even an object
      json value = make();
      on_entry_(value, index_++);
      return true;
    }
    return event(top_);
  }

  template <typename Event>
  bool leave(Event event) {
    --depth_;
    if (!entry_dom_) return event(top_);
    const bool ok = event(*entry_dom_);
    if (depth_ == 2) {  // the entry is complete
      entry_dom_.reset();
      on_entry_(entry_, index_++);
      entry_ = json();
    }
    return ok;
  }

  Dom top_;
  const std::function<void(json&, std::size_t)>& on_entry_;
  int depth_ = 0;
  bool top_is_object_ = false;
  std::string top_key_;
  bool in_entries_ = false;
  json entry_;
  std::optional<Dom> entry_dom_;
  std::size_t index_ = 0;
};

}  // namespace

Result parse(std::string_view text, json* top,
             const std::function<void(json&, std::size_t)>& on_entry) {
  *top = json();
  Router router(*top, on_entry);
  const bool ok = json::sax_parse(text.begin(), text.end(), &router);
  Result result = router.result;
  result.ok = ok && result.error.empty();
  if (!result.ok) {
    if (result.error.empty()) result.error = "invalid JSON";
    // nlohmann prefixes "[json.exception.parse_error.101] "; people need only the rest.
    const auto bracket = result.error.find("] ");
    if (result.error.rfind("[json.exception", 0) == 0 && bracket != std::string::npos)
      result.error.erase(0, bracket + 2);
  }
  return result;
}

}  // namespace limber::entry_stream
