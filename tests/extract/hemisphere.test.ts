// The hemisphere suite: 10 short English articles written for these tests (tests/extract/hemisphere), retelling real
// meetings and agreements of 1996–2024 in Latin America and the Caribbean in the styles of the outlets that cover the
// region in English (AP, the Buenos Aires Times, the Tico Times, Prensa Latina, Reuters, teleSUR, Mexico News Daily,
// Agência Brasil, MercoPress): the Guatemalan peace accord signed at the National Palace (1996), Lula's first trip of
// his third term to the Casa Rosada before the CELAC summit (2023), Xi Jinping's agreements with Laura Chinchilla in
// San José (2013), Obama and Raúl Castro at the Summit of the Americas in Panama (2015), Pope Francis and Patriarch
// Kirill at Havana's airport (2016), the revised Colombia–FARC accord signed at the Teatro Colón (2016), Petro's visit
// to Maduro at Miraflores (2022), Biden's arrival and talks with López Obrador before the North American Leaders'
// Summit (2023), the Amazon Summit's Belém Declaration (2023), and the EU–Mercosur deal announced in Montevideo (2024).
// Traps: Spanish and Portuguese double surnames and short forms ("López Obrador" / "AMLO", "Lula", "Castro Ruz"), noms
// de guerre ("Timochenko", "Rolando Moran, the nom de guerre of Ricardo Ramirez", "Gaspar Ilom", son of a namesake
// novelist), "Chancellor" for the canciller and "his peer from the Itamaraty", "mandatarios", seats as venues and
// namesakes ("Casa Rosada", "Miraflores Palace", "Casa de Narino", "Felipe Ángeles International Airport", "José Martí
// International Airport", "Simón Bolívar International Airport", "Aeroparque Jorge Newbery"), pro tempore presidencies
// handed over, summits (CELAC, Mercosur, the Amazon Summit, the Summit of the Americas), peace talks in Havana, a phone
// call, trips cancelled (Maduro's twice), meetings only planned or scheduled, background meetings of other years with
// their own dates (a prison visit, an inauguration, a Mandela memorial handshake, a Quito mediation), Agência Brasil's
// "on Tuesday (8)", a Reuters editing credit (a byline is no person of the story), people only quoted.
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.961 R 0.973, met pairs P 0.922 R 0.495, agreements P 0.667 R 0.429, orgs R 0.8
// (95 of 380 expectations failing). After the fixes of branch hemisphere (a nom de guerre in a long or reversed
// apposition, "better known by his nom de guerre B", "A, the nom de guerre of B", read as a name of the person and
// kept as one; "of that year" after a day; a day refining the month or year of the same clause; "joined <object>
// at the talks"; "announced … alongside"; "concluded (on Friday) the negotiations
// for"; a hyphenated "long-delayed" is no postponement): people P 0.987 R 0.987, met pairs P 0.985 R 0.674,
// agreements P 0.714 R 0.571, orgs R 0.8 (66 known gaps).
// After the fixes of branch fixen (join phrases "was / were represented by" and "sat on the … side", a join phrase's
// own clause ending at a clause of another time after it, "after Z cancelled his trip on Monday": _joiners; one named
// signer beside an unnamed group of signers makes the ceremony, and "Among the … signers were C and D" joins it:
// _signings, cues.json onlooker; an acronym defined by ", known by its Spanish initials URNG,": _acronyms; a
// city-state ranks as a city among venues: _event-facts): people P 0.987 R 0.987, met pairs P 0.988 R 0.874,
// agreements P 1 R 0.643, orgs R 0.867 (42 known gaps).
// Gap fixer of 2026-12-07 (branch fixen: 'were among the officials in the room', 'were among those present' are join
// phrases, events.json): met pairs P 1 R 0.874 → P 1 R 0.926, agreements P 1 R 0.643 (40 → 35 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  H1: "the signers listed in a sentence after the signing ('Among the rebel signers were C and D') join the ceremony but are not read as the agreement's signatories, and a third one told as 'A third commander, E, is the son of …' joins nothing",
  H2: "places: a meeting at a seat the lexicon does not hold as a place ('welcomed … to the Casa Rosada on Monday'; 'at Casa Presidencial in Zapote'), a background visit placed in the next city of its sentence ('visited Lula in the Federal Police headquarters in Curitiba … and the two met again in Brasília': Brasília), towns no lexicon holds (Leticia, Balneário Camboriú)",
  H3: "events and dates: two signings in one sentence are merged ('signed … at Bogota's Teatro Colon …, a stark contrast to the signing of the first accord in … Cartagena on Sept. 26 before …': one signing, dated Sept. 26, placed in Bogotá); 'the two met again in Brasília when X attended Y's inauguration on January 1' is not dated by the inauguration; a handshake told as a noun ('Their only previous encounter was a handshake at Nelson Mandela's memorial service in Johannesburg in December 2013'), a meeting of 'his one-time mentor' (a descriptor of the person named in the sentence before), 'traveled to the White House …, meeting Biden in Washington on July 12' and 'The three North American leaders last met in person at the White House on November 18, 2021' are not read; a month-dated background meeting ('visited San José in November 2008 and met Arias') loses its date",
  H4: "people: a name with Spanish particles after a lower-case title ('government chief negotiator Humberto de la Calle') is not read; the namesake of an airport whose head noun is Spanish ('Aeroparque Jorge Newbery') is read as a person",
  H5: "agreements: ties restored in the background ('Both governments restored diplomatic relations in August') are no agreement; 'The eight member countries of ACTO signed the Belém Declaration' names no parties (the members are named as the meeting's presidents); the leaders 'before' whom a first accord was signed are taken as its signatories ('before Cuban President Raul Castro, U.N. Secretary-General Ban Ki-moon'); a text 'announced there on Nov. 12 by A and B' (a passive announcement) is no agreement of A and B",
  H6: "organisations: an acronym in brackets after a name no lexicon holds ('the National Liberation Army (ELN)'), and a state company written by its acronym alone ('the state oil refiner RECOPE') are not read",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "en-01-guatemala-city-1996.txt › agreement Gustavo Porras + Rolando Moran": GAP.H1,
  "en-01-guatemala-city-1996.txt › meeting Gaspar Ilom + Boutros Boutros-Ghali": GAP.H1,
  "en-01-guatemala-city-1996.txt › meeting Gaspar Ilom + Álvaro Arzú": GAP.H1,
  "en-01-guatemala-city-1996.txt › meeting Gustavo Porras + Gaspar Ilom": GAP.H1,
  "en-01-guatemala-city-1996.txt › meeting Pablo Monsanto + Gaspar Ilom": GAP.H1,
  "en-01-guatemala-city-1996.txt › meeting Rolando Moran + Gaspar Ilom": GAP.H1,
  "en-02-buenos-aires-2023.txt › does not extract Jorge Newbery": GAP.H4,
  "en-02-buenos-aires-2023.txt › finds no one else": GAP.H4,
  "en-02-buenos-aires-2023.txt › meeting Alberto Fernández + Luiz Inácio Lula da Silva + Santiago Cafiero + Mauro Vieira + Sergio Massa + Fernando Haddad is placed in Buenos Aires": GAP.H2,
  "en-02-buenos-aires-2023.txt › meeting Alberto Fernández + Luiz Inácio Lula da Silva is dated 2023-01-01": GAP.H3,
  "en-02-buenos-aires-2023.txt › meeting Alberto Fernández + Luiz Inácio Lula da Silva is placed in Curitiba": GAP.H2,
  "en-03-san-jose-2013.txt › finds the organisation RECOPE": GAP.H6,
  "en-03-san-jose-2013.txt › meeting Hu Jintao + Óscar Arias is dated 2008-11": GAP.H3,
  "en-03-san-jose-2013.txt › meeting Xi Jinping + Laura Chinchilla + Enrique Castillo Barrantes + Wang Yi is placed in San José": GAP.H2,
  "en-04-panama-city-2015.txt › meeting Barack Obama + Raúl Castro is dated 2013-12": GAP.H3,
  "en-04-panama-city-2015.txt › meeting Barack Obama + Raúl Castro is placed in Johannesburg": GAP.H3,
  "en-06-bogota-2016.txt › agreement Humberto de la Calle + Ivan Marquez": GAP.H4,
  "en-06-bogota-2016.txt › finds Humberto de la Calle": GAP.H4,
  "en-06-bogota-2016.txt › meeting Humberto de la Calle + Ivan Marquez": GAP.H4,
  "en-06-bogota-2016.txt › meeting Humberto de la Calle + Ivan Marquez is dated 2016-11-12": GAP.H4,
  "en-06-bogota-2016.txt › meeting Humberto de la Calle + Ivan Marquez is placed in Havana": GAP.H4,
  "en-06-bogota-2016.txt › meeting Juan Manuel Santos + Timochenko + Raúl Castro + Ban Ki-moon is placed in Cartagena": GAP.H3,
  "en-06-bogota-2016.txt › meeting Juan Manuel Santos + Timochenko is dated 2016-11-24": GAP.H3,
  "en-06-bogota-2016.txt › meeting Juan Manuel Santos + Álvaro Uribe": GAP.H3,
  "en-06-bogota-2016.txt › meeting Juan Manuel Santos + Álvaro Uribe is dated 2016-10-05": GAP.H3,
  "en-06-bogota-2016.txt › meeting Juan Manuel Santos + Álvaro Uribe is placed in Bogotá": GAP.H3,
  "en-06-bogota-2016.txt › no agreement Raúl Castro + Timochenko": GAP.H5,
  "en-07-caracas-2022.txt › agreement Colombia + Venezuela": GAP.H5,
  "en-07-caracas-2022.txt › finds the organisation ELN": GAP.H6,
  "en-08-mexico-city-2023.txt › meeting Andrés Manuel López Obrador + Joe Biden + Justin Trudeau is dated 2021-11-18": GAP.H3,
  "en-09-belem-2023.txt › agreement Bolivia + Peru": GAP.H5,
  "en-09-belem-2023.txt › agreement Brazil + Colombia": GAP.H5,
  "en-09-belem-2023.txt › finds the place Leticia": GAP.H2,
  "en-09-belem-2023.txt › meeting Luiz Inácio Lula da Silva + Gustavo Petro is placed in Leticia": GAP.H2,
  "en-10-montevideo-2024.txt › meeting Javier Milei + Jair Bolsonaro is placed in Brazil": GAP.H2,
};

articleSuite({ dir: join(import.meta.dirname, "hemisphere"), name: "hemisphere suite", artifact: "extraction-hemisphere.json", knownGaps: KNOWN_GAPS });
