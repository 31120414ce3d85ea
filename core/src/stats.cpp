#include "limber/stats.h"

#include <algorithm>
#include <array>

#include "sort_by.h"

namespace limber {
namespace {

constexpr int kWindowDays = 28;

// Daily means of one measure over the 4-week window, by day offset 0..27. A fixed array, not
// a map: the offsets are few and known, and each kind of map is more code in the web module.
class DailyValues {
 public:
  void add(int offset, int value) {
    auto& [sum, count] = days_[static_cast<std::size_t>(offset)];
    sum += value;
    ++count;
  }
  std::optional<double> mean(int from, int to) const {  // offsets, inclusive
    double sum = 0;
    int n = 0;
    for (int x = from; x <= to; ++x) {
      if (!has(x)) continue;
      sum += day_mean(x);
      ++n;
    }
    if (n == 0) return std::nullopt;
    return sum / n;
  }
  int days(int from, int to) const {
    int n = 0;
    for (int x = from; x <= to; ++x) n += has(x);
    return n;
  }
  // Higher values better (activity scores) or worse (pain).
  Trend trend(bool higher_is_better) const {
    Trend t;
    t.days = days(0, kWindowDays - 1);
    t.first_week = mean(0, 6);
    t.last_week = mean(kWindowDays - 7, kWindowDays - 1);
    if (t.first_week && t.last_week) t.change = *t.last_week - *t.first_week;
    if (t.days >= 2) {
      double sx = 0, sy = 0, sxx = 0, sxy = 0;
      const double n = static_cast<double>(t.days);
      for (int x = 0; x < kWindowDays; ++x) {
        if (!has(x)) continue;
        const double y = day_mean(x);
        sx += x;
        sy += y;
        sxx += static_cast<double>(x) * x;
        sxy += x * y;
      }
      t.slope_per_week = (n * sxy - sx * sy) / (n * sxx - sx * sx) * 7.0;
      const double over_three_weeks = *t.slope_per_week * 3.0;
      if (over_three_weeks > -1.0 && over_three_weeks < 1.0) t.direction = TrendDirection::steady;
      else if ((over_three_weeks > 0) == higher_is_better) t.direction = TrendDirection::better;
      else t.direction = TrendDirection::worse;
    }
    return t;
  }

 private:
  bool has(int x) const { return days_[static_cast<std::size_t>(x)].second > 0; }
  double day_mean(int x) const {
    const auto& [sum, count] = days_[static_cast<std::size_t>(x)];
    return sum / count;
  }
  std::array<std::pair<double, int>, kWindowDays> days_{};  // sum and count of each day
};

int longest_run(const std::vector<std::int64_t>& days) {
  int best = 0, run = 0;
  for (std::size_t i = 0; i < days.size(); ++i) {
    run = (i > 0 && days[i] == days[i - 1] + 1) ? run + 1 : 1;
    best = std::max(best, run);
  }
  return best;
}

// Sessions the plan asked for in the window. The programme starts with the person's first
// record (or their check): weeks before that were never planned, so day one reads "0 of 1",
// not "0 of 12". Part weeks round up, so a planned session is never hidden.
int planned_sessions(const Journal& journal, Date today, Date window_start, int per_week) {
  Date start = today;
  if (journal.screening() && journal.screening()->date < start) start = journal.screening()->date;
  for (const Entry& e : journal.entries())
    if (date_of(e) < start) start = date_of(e);
  if (start < window_start) start = window_start;
  const int days = static_cast<int>(today - start) + 1;
  return (per_week * days + 6) / 7;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// One activity's latest score up to today and its trend over the 4 weeks. A pass over the
// journal per name rather than maps by name: the names are few, and each kind of map is
// more code in the web module.
ActivityTrend activity_trend(const Journal& journal, const std::string& name, Date today) {
  const Date window_start = today.plus_days(-(kWindowDays - 1));
  ActivityTrend out;
  out.name = name;
  DailyValues values;
  Date latest_date;
  for (const Entry& e : journal.entries()) {
    const CheckinEntry* c = e.checkin();
    if (!c || c->date > today) continue;
    for (const auto& a : c->activities) {
      if (a.name != name) continue;
      if (c->date >= window_start) values.add(static_cast<int>(c->date - window_start), a.score);
      if (!out.latest || latest_date <= c->date) {  // the later of one day's ratings wins
        out.latest = a.score;
        latest_date = c->date;
      }
    }
  }
  out.trend = values.trend(/*higher_is_better=*/true);  // no values: the default, unknown
  return out;
}

}  // namespace

const char* to_string(TrendDirection direction) {
  switch (direction) {
    case TrendDirection::unknown: return "unknown";
    case TrendDirection::better: return "better";
    case TrendDirection::steady: return "steady";
    case TrendDirection::worse: return "worse";
  }
  return "unknown";
}

Stats journal_stats(const Journal& journal, Date today, int sessions_per_week_target) {
  Stats s;
  s.today = today;
  s.week_start = today.week_start();
  s.sessions_target = std::max(0, sessions_per_week_target);
  const Date window_start = today.plus_days(-(kWindowDays - 1));
  s.sessions_planned_4w = planned_sessions(journal, today, window_start, s.sessions_target);

  std::vector<std::int64_t> days;      // days with a record, sorted and made unique below
  std::vector<std::string> others;     // activities rated in the window, not in the settings
  const std::vector<std::string>& chosen = journal.settings().activities;
  DailyValues pain;
  for (const Entry& e : journal.entries()) {
    const Date date = date_of(e);
    if (date > today) continue;
    const bool in_week = date >= s.week_start;
    const bool in_window = date >= window_start;
    if (const auto* session = e.session()) {
      if (!session->completed()) continue;
      days.push_back(date.days());
      s.sessions_this_week += in_week;
      s.sessions_done_4w += in_window;
    } else if (const auto* c = e.checkin()) {
      days.push_back(date.days());
      if (in_week) s.walking_minutes_this_week += c->walking_minutes.value_or(0);
      if (!in_window) continue;
      pain.add(static_cast<int>(date - window_start), c->pain);
      for (const auto& a : c->activities)
        if (!contains(chosen, a.name) && !contains(others, a.name)) others.push_back(a.name);
    }
  }

  sort_by(days);
  days.erase(std::unique(days.begin(), days.end()), days.end());
  s.longest_streak = longest_run(days);
  // Back from the latest day: the run ending today, or yesterday while today is not over.
  std::int64_t day = today.days();
  if (days.empty() || days.back() != day) --day;
  for (std::size_t i = days.size(); i > 0 && days[i - 1] == day; --i, --day) ++s.current_streak;

  s.pain_average_7d = pain.mean(kWindowDays - 7, kWindowDays - 1);
  s.pain_days_7d = pain.days(kWindowDays - 7, kWindowDays - 1);
  s.pain_trend = pain.trend(/*higher_is_better=*/false);

  sort_by(others);  // A-Z
  for (const auto& name : chosen) s.activities.push_back(activity_trend(journal, name, today));
  for (const auto& name : others) s.activities.push_back(activity_trend(journal, name, today));

  if (s.sessions_planned_4w > 0)
    s.adherence = static_cast<double>(s.sessions_done_4w) / s.sessions_planned_4w;
  return s;
}

}  // namespace limber
