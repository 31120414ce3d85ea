// limber/figure_svg.h: a figure drawing as an inline SVG string, themable from CSS.
//
//   std::string svg = figure::to_svg(figure::draw(*set, "hold"), {"Child's pose"});
//   // <svg xmlns=... viewBox="0 0 125 100" role="img" class="limber-figure">
//   //   <title>Child's pose</title><g class="fig-floor">...</g>...</svg>
//
// Every layer is a <g class="fig-LAYER"> and every shape carries class "fig-PART", painted
// with currentColor (the far side of the body at reduced opacity), so the page's colour
// and CSS decide the look. The title is the picture's text alternative; it is escaped.
#pragma once
#include <string>

#include "limber/figure.h"

namespace limber::figure {

struct SvgOptions {
  std::string title;  // required text alternative ("" gives "Exercise")
  std::string css_class = "limber-figure";
  double height = 100;  // viewBox height; width is height * aspect
};

std::string to_svg(const Drawing& drawing, const SvgOptions& options);

// Escapes & < > " ' for SVG/HTML text and attributes.
std::string escape_xml(const std::string& text);

}  // namespace limber::figure
