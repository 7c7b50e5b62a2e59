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
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "hemisphere"), name: "hemisphere suite", artifact: "extraction-hemisphere.json", knownGaps: KNOWN_GAPS });
