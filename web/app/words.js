// words.js: turning the core's values into plain words. Formatting only: no rule lives here.

// A count and its noun: plural(1, 'day') is "1 day", plural(3, 'day') "3 days".
export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// The core words every dose (dosage.text, dosage.rest_text), so both apps say the same.
export function dose(d, withRest = true) {
  if (!d) return '';
  return withRest && d.rest_text ? `${d.text}. ${d.rest_text}` : d.text;
}

export function clock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function minutes(ms) {
  return plural(Math.max(1, Math.round(ms / 60000)), 'minute');
}

// Dates come from the core as YYYY-MM-DD; read them as local calendar days.
function parse(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}
const LONG = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
const SHORT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const WEEKDAY_LONG = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
export const longDate = (date) => LONG.format(parse(date));
export const shortDate = (date) => SHORT.format(parse(date));
export const weekday = (date) => WEEKDAY.format(parse(date));
export const weekdayLong = (date) => WEEKDAY_LONG.format(parse(date));
