// Pass 4: dates. Every date expression of every sentence (extract/dates, found in pass 1), bound to the
// publication date when there is one. Without a publication date a weekday or "today" stays
// unresolved, with an anchor that the resolver may bind when another article dates the same event.
// When the article itself says what day "today" is ("اليوم الخميس"), a bare "Thursday" elsewhere in
// it is the same day.
import type { DateValue } from "../../model.js";
import type { ExtractState } from "../state.js";
import { resolveDate } from "../dates/index.js";

export function findArticleDates(state: ExtractState): void {
  for (const st of state.sentences) {
    // pass 1 found them (so that month names are not read as names)
    for (const d of st.dates) {
      if (d.value.anchor === "today" && d.value.weekday && state.todayWeekday === undefined) state.todayWeekday = d.value.weekday;
    }
  }
  for (const st of state.sentences) {
    for (const d of st.dates) d.value = bindDate(state, d.value);
  }
}

export function bindDate(state: ExtractState, v: DateValue): DateValue {
  if (state.publishedAt) return resolveDate(v, state.publishedAt);
  if (v.anchor === `weekday:${state.todayWeekday}`) return { ...v, anchor: "today" };
  return v;
}
