// Which key poses to show at a moment of a rep or a hold, for the session player.
#include <cmath>

#include "limber/figure.h"

namespace limber::figure {

double rep_seconds(Motion kind, const Tempo& tempo) {
  return kind == Motion::hold ? 0 : tempo.move_seconds + tempo.return_seconds;
}

Frame frame_at(Motion kind, const Tempo& tempo, double seconds, bool reduced_motion) {
  if (kind == Motion::hold) return {"hold", "hold", 0};
  const double move = tempo.move_seconds > 0 ? tempo.move_seconds : 2;
  const double back = tempo.return_seconds > 0 ? tempo.return_seconds : 2;
  double t = std::isfinite(seconds) && seconds > 0 ? std::fmod(seconds, move + back) : 0;
  if (t < move) {
    // Moving out to `end`; without motion the picture shows where the move is heading.
    if (reduced_motion) return {"end", "end", 0};
    return {"start", "end", t / move};
  }
  t -= move;
  if (reduced_motion) return {"start", "start", 0};
  return {"end", "start", t / back};
}

Frame frame_at(const PoseSet& set, double seconds, bool reduced_motion, double rep_seconds) {
  Tempo tempo = set.tempo;
  const double natural = tempo.move_seconds + tempo.return_seconds;
  if (rep_seconds > 0 && natural > 0) {
    tempo.move_seconds *= rep_seconds / natural;
    tempo.return_seconds *= rep_seconds / natural;
  }
  return frame_at(set.kind, tempo, seconds, reduced_motion);
}

}  // namespace limber::figure
