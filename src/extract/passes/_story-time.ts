// The meetings a counted pair ("the two sides", "both leaders", «الجانبان») may stand for, in the story's time first: a
// meeting told in between whose date ends before another candidate's date begins ("A held talks with B on Tuesday. A
// had visited Tokyo last year, where he met C. After the talks, the two sides signed seven agreements": A and C met in
// another year) is the story's background, no occasion of the signing, and goes after the others. Undated meetings
// keep their place. A helper of pass 7 (07-agreements), not a pass.
import type { DateValue, EventFact } from "../../model.js";

/** The last day a date may stand for, as an ISO string that orders with the days ("2018" → "2018-12-31"). */
function lastDay(d: DateValue): string | undefined {
  if (!d.date) return undefined;
  if (d.precision === "year") return `${d.date.slice(0, 4)}-12-31`;
  if (d.precision === "month") return `${d.date.slice(0, 7)}-31`;
  return d.precision === "day" ? d.date : undefined;
}

/** `told` (latest told first), with the meetings that another candidate's date follows moved after the others. */
export function storyTimeFirst<E extends Pick<EventFact, "date">>(told: E[]): E[] {
  const earlier = (e: E) => {
    const end = lastDay(e.date);
    return end !== undefined && told.some((o) => o !== e && !!o.date.date && lastDay(o.date) !== undefined && o.date.date > end);
  };
  return [...told.filter((e) => !earlier(e)), ...told.filter(earlier)];
}
