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

// Fixed two decimals (trailing zeros dropped) keeps the text short and stable. Appended in
// place: a string per number would be a temporary (and its destructor) at every use.
void put_num(std::string& out, double v) {
  if (!std::isfinite(v)) v = 0;
  const std::size_t start = out.size();
  out += fixed(v, 2);
  while (out.size() > start && out.back() == '0') out.pop_back();
  if (out.size() > start && out.back() == '.') out.pop_back();
  if (out.size() == start + 2 && out[start] == '-' && out[start + 1] == '0') {
    out.pop_back();
    out.back() = '0';
  }
}

// name="number"
void put_attr(std::string& out, const char* name, double v) {
  out += name;
  put_num(out, v);
  out += '"';
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
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ";
  put_num(out, w);
  out += ' ';
  put_num(out, h);
  put(out, {"\" role=\"img\" class=\"", escape_xml(options.css_class), "\"><title>",
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
    // Mats and floors lie under the figure: keep them faint so the body stands out.
    const bool faint = !std::strcmp(p.part, "mat") ||
                       (p.layer == Layer::floor && p.shape == Primitive::Shape::polygon);
    auto tag = [&](const char* name) {
      put(out, {name, " class=\"fig-", *p.part ? p.part : "shape", "\""});
      if (faint) out += " opacity=\"0.45\"";
    };
    switch (p.shape) {
      case Primitive::Shape::capsule:
        if (p.points.size() != 2) break;
        tag("<line");
        put_attr(out, " x1=\"", p.points[0].x * w);
        put_attr(out, " y1=\"", p.points[0].y * h);
        put_attr(out, " x2=\"", p.points[1].x * w);
        put_attr(out, " y2=\"", p.points[1].y * h);
        put_attr(out, " stroke-width=\"", p.size * h);
        out += "/>";
        break;
      case Primitive::Shape::circle:
        if (p.points.empty()) break;
        tag("<circle");
        put_attr(out, " cx=\"", p.points[0].x * w);
        put_attr(out, " cy=\"", p.points[0].y * h);
        put_attr(out, " r=\"", p.size * h);
        out += " stroke=\"none\"/>";
        break;
      case Primitive::Shape::polygon: {
        tag("<polygon");
        out += " points=\"";
        for (std::size_t i = 0; i < p.points.size(); ++i) {
          if (i) out += ' ';
          put_num(out, p.points[i].x * w);
          out += ',';
          put_num(out, p.points[i].y * h);
        }
        out += "\"";
        if (p.size > 0) {
          put_attr(out, " stroke-width=\"", p.size * h);
          out += " stroke-linejoin=\"round\"/>";
        } else {
          out += " stroke=\"none\"/>";
        }
        break;
      }
    }
  }
  if (open) out += "</g>";
  out += "</svg>";
  return out;
}

}  // namespace limber::figure
