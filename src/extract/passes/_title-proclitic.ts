// An Arabic title glued to a preposition («بالرئيس الجزائري», «برئيس الوزراء», «للأمين العام») heads a prepositional
// phrase: it is no title in apposition to the name right before it. «التقى غوتيريش بالأمين العام للجامعة» is Guterres
// meeting the Secretary-General of the League, not Guterres as that Secretary-General (the Arabic appositive title
// stands bare or after a comma: «غوتيريش، الأمين العام …»; the prepositions ب، ل، ك of Ryding's reference grammar,
// as the matcher strips them, text/proclitics.ts). A helper of pass 2 (02-titles.attachPerson), not a pass.
import type { TitleRef } from "../state.js";

const behind = new WeakSet<TitleRef>();
const PREPOSITION = /^[وف]?[بلك]$/;

/** Remember that title `t` was matched behind proclitic `proclitic` (the matcher's, "ب", "وب", ...). */
export function noteTitleProclitic(t: TitleRef, proclitic: string | undefined): void {
  if (proclitic && PREPOSITION.test(proclitic)) behind.add(t);
}

/** Is title `t` glued to a preposition, so that the name before it is none of its holders? */
export function titleBehindPreposition(t: TitleRef): boolean {
  return behind.has(t);
}
