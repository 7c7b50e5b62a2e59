// Pass 4: dates. Every date expression of every sentence (extract/dates, found in pass 1), bound to the
// publication date when there is one. Without a publication date a weekday or "today" stays
// unresolved, with an anchor that the resolver may bind when another article dates the same event.
// When the article itself says what day "today" is ("اليوم الخميس"), a bare "Thursday" elsewhere in
// it is the same day. "The same day" ("عصر همان روز", "مساء اليوم نفسه") is the day of the last date the
// article named before it; "the next day" ("یک روز بعد", "في اليوم التالي") is the day after it.
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
  let lastDay: DateValue | undefined;
  for (const st of state.sentences) {
    for (const d of st.dates) d.value = bindDate(state, d.value);
    const same = st.cues.find((c) => c.kind === "sameDay" || c.kind === "dayAfter");
    if (same && lastDay?.date && !st.dates.some((d) => d.value.precision === "day")) {
      const start = st.tokens[same.start].start;
      const end = st.tokens[same.end - 1].end;
      const date = same.kind === "dayAfter" ? nextDay(lastDay.date) : lastDay.date;
      st.dates.push({ start, end, value: { date, precision: "day", basis: "context", text: state.doc.article.text.slice(start, end) } });
    }
    for (const d of st.dates) if (d.value.date && d.value.precision === "day") lastDay = d.value;
  }
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function bindDate(state: ExtractState, v: DateValue): DateValue {
  if (state.publishedAt) return resolveDate(v, state.publishedAt);
  if (v.anchor === `weekday:${state.todayWeekday}`) return { ...v, anchor: "today" };
  return v;
}
