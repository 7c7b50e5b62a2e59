// Passes of page cleaning (clean.ts) over runs of lines rather than single lines: menus, the trailer after
// the last paragraph (bylines, keyword lines), and an unlabelled box of related headlines.
import { isBody, type Line } from "./lines.js";

/** Runs of ≥ 4 consecutive one- or two-word lines (a vertical menu). */
export function markMenuRuns(lines: Line[], reason: Array<string | undefined>, last: number): void {
  let runStart = -1;
  for (let i = 0; i <= last; i++) {
    const short = i < last && !reason[i] && lines[i].words.length <= 2 && !lines[i].final;
    if (short && runStart === -1) runStart = i;
    if (!short && runStart !== -1) {
      if (i - runStart >= 4) for (let j = runStart; j < i; j++) reason[j] = "menu";
      runStart = -1;
    }
  }
}

/** The reporter's name or a keyword line after the last paragraph. */
export function markTrailer(lines: Line[], reason: Array<string | undefined>, last: number): void {
  const kept: number[] = [];
  for (let i = 0; i < last; i++) if (!reason[i]) kept.push(i);
  let k = kept.length - 1;
  while (k > 0) {
    const line = lines[kept[k]];
    const before = kept.slice(0, k).some((j) => isBody(lines[j]));
    // after a blank line or a finished paragraph: in hard-wrapped text a short last line is the
    // end of a sentence
    if (!before || !(line.blankBefore || lines[kept[k - 1]].final)) break;
    if (line.words.length <= 2 && !line.final) reason[kept[k]] = "byline";
    else if (line.words.length <= 6 && /^[\p{L}\p{N}\p{M}\s\u200C]+$/u.test(line.text)) reason[kept[k]] = "tags";
    else break;
    k--;
  }
}

/**
 * An unlabelled box of related headlines at the end: three or more lines in a row, each a headline (4–25
 * words, no closing full stop) or a teaser cut short with "...", after the last paragraph of the body.
 */
export function markHeadlineRun(lines: Line[], reason: Array<string | undefined>, last: number): void {
  const kept: number[] = [];
  for (let i = 0; i < last; i++) if (!reason[i]) kept.push(i);
  const headline = (l: Line) => l.words.length >= 4 && l.words.length <= 25 && (!l.final || /(\.\.\.|…)["'»”’)\]]*$/.test(l.text));
  let k = kept.length;
  while (k > 0 && headline(lines[kept[k - 1]])) k--;
  if (kept.length - k < 3 || k === 0 || !isBody(lines[kept[k - 1]]) || !lines[kept[k - 1]].final) return;
  for (let j = k; j < kept.length; j++) reason[kept[j]] = "related";
}

