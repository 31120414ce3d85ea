// Drawing -> SVG text. Shapes are grouped by layer in painting order; colours come from
// currentColor so the page themes the figure, with classes for finer styling.
#include "limber/figure_svg.h"

#include <cmath>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include "number_text.h"

namespace limber::figure {
namespace {

// Fixed two decimals (trailing zeros dropped) keeps the text short and stable.
std::string num(double v) {
  if (!std::isfinite(v)) v = 0;
  std::string s = fixed(v, 2);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

// Appends the pieces in order. SVG text is long runs of pieces; a chain of + would build
// and destroy a temporary string for each, which is more code in the web module.
void put(std::string& out, std::initializer_list<std::string_view> pieces) {
  for (std::string_view piece : pieces) out += piece;
}

const char* group_attributes(Layer layer) {
  switch (layer) {
    case Layer::floor:
      return " fill=\"currentColor\" stroke=\"currentColor\" stroke-linecap=\"round\" "
             "opacity=\"0.5\"";
    case Layer::prop:
      return " fill=\"currentColor\" stroke=\"currentColor\" stroke-linecap=\"round\" "
             "opacity=\"0.6\"";
    case Layer::body_far:
      return " fill=\"currentColor\" stroke=\"currentColor\" stroke-linecap=\"round\" "
             "opacity=\"0.4\"";
    case Layer::body_near:
      return " fill=\"currentColor\" stroke=\"currentColor\" stroke-linecap=\"round\"";
  }
  return "";
}

}  // namespace

std::string escape_xml(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string to_svg(const Drawing& drawing, const SvgOptions& options) {
  const double h = options.height > 0 ? options.height : 100;
  const double w = h * (drawing.aspect > 0 ? drawing.aspect : 1);
  const std::string title = options.title.empty() ? "Exercise" : options.title;
  std::string out;
  put(out, {"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", num(w), " ", num(h),
            "\" role=\"img\" class=\"", escape_xml(options.css_class), "\"><title>",
            escape_xml(title), "</title>"});
  bool open = false;
  Layer current = Layer::floor;
  for (const Primitive& p : drawing.items) {
    if (!open || p.layer != current) {
      if (open) out += "</g>";
      put(out, {"<g class=\"fig-", layer_name(p.layer), "\"", group_attributes(p.layer), ">"});
      open = true;
      current = p.layer;
    }
    std::string cls;
    put(cls, {" class=\"fig-", *p.part ? p.part : "shape", "\""});
    // Mats and floors lie under the figure: keep them faint so the body stands out.
    if (!std::strcmp(p.part, "mat") ||
        (p.layer == Layer::floor && p.shape == Primitive::Shape::polygon))
      cls += " opacity=\"0.45\"";
    auto X = [&](const Point& pt) { return num(pt.x * w); };
    auto Y = [&](const Point& pt) { return num(pt.y * h); };
    switch (p.shape) {
      case Primitive::Shape::capsule:
        if (p.points.size() != 2) break;
        put(out, {"<line", cls, " x1=\"", X(p.points[0]), "\" y1=\"", Y(p.points[0]), "\" x2=\"",
                  X(p.points[1]), "\" y2=\"", Y(p.points[1]), "\" stroke-width=\"",
                  num(p.size * h), "\"/>"});
        break;
      case Primitive::Shape::circle:
        if (p.points.empty()) break;
        put(out, {"<circle", cls, " cx=\"", X(p.points[0]), "\" cy=\"", Y(p.points[0]), "\" r=\"",
                  num(p.size * h), "\" stroke=\"none\"/>"});
        break;
      case Primitive::Shape::polygon: {
        put(out, {"<polygon", cls, " points=\""});
        for (std::size_t i = 0; i < p.points.size(); ++i)
          put(out, {i ? " " : "", X(p.points[i]), ",", Y(p.points[i])});
        out += "\"";
        if (p.size > 0)
          put(out, {" stroke-width=\"", num(p.size * h), "\" stroke-linejoin=\"round\"/>"});
        else
          out += " stroke=\"none\"/>";
        break;
      }
    }
  }
  if (open) out += "</g>";
  out += "</svg>";
  return out;
}

}  // namespace limber::figure
