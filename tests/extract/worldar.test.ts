// The worldar suite: 10 short Arabic news articles written for these tests (tests/extract/worldar), retelling real
// meetings and agreements of 1989–2024 outside the Arab states and Iran as Arabic-language outlets report them
// (Al-Quds Al-Arabi, Xinhua Arabic, BBC Arabic, DW Arabic, France 24, Anadolu, Sputnik, RT Arabic): Gorbachev's
// summit with Deng Xiaoping in Beijing during the student sit-in (1989; Yang Shangkun the day before, Zhao Ziyang the
// same evening, Khrushchev and Mao in 1959 in background), the Treaty of Asunción founding Mercosur (1991; the
// Iguaçu declaration of Alfonsín and Sarney in 1985), the Dayton peace agreement signed at the Élysée before six
// leaders as witnesses (1995; initialled near Dayton with Warren Christopher), the Agra summit of Musharraf and
// Vajpayee that ended without a declaration (2001; Narayanan and Advani in New Delhi, the Lahore declaration of 1999),
// Riek Machar's signing of the South Sudan peace agreement in Addis Ababa while Salva Kiir refused (2015; their
// signing of May 2014), the EU–Turkey leaders' meeting in Varna that reached nothing (2018; Davutoğlu's Brussels
// summit of 2015 and the migration deal of 2016), the Pyongyang summit and its military agreement signed by the
// defence ministers before Moon and Kim (2018; Panmunjom twice, Chung Eui-yong's visit), the RCEP signed by video
// (2020; India's withdrawal told in Bangkok), Kishida in Kyiv on the day of Xi's talks with Putin in Moscow (2023),
// and Putin's state visit to Beijing (2024; their meetings of October and March 2023, Harbin and Astana ahead).
// Traps: transliterations in Egyptian style and others (ج for g: «شي جين بينج», «كيم جونج أون», «سونج يونج مو»,
// «رودريجيز», «جاسوانت سينج», «أجرا»; «بوتن», «شي جينبينغ», «ميلوشيفيتش», «تودجمان», «لاكاليه», «خروشوف»,
// «ماو تسي تونج»), namesakes (Gennady and Valery Gerasimov; «جين بينج» and Jean Ping; «تشونغ شان» and Chung
// Eui-yong's short form; Lacalle and Lacalle Pou; the two Kims), elliptical demonyms in lists («رؤساء الأرجنتين X
// والبرازيل Y», «الهندي X والباكستاني Y», «الرئيسين الكيني X والأوغندي Y», «وزيرا الخارجية X وشؤون الاتحاد
// الأوروبي Y»), witnesses who sign «بصفة شهود», a signing by ministers «بحضور الزعيمين», a refusal to sign, an
// initialling, a summit by video, planned and cancelled visits, a reported phone call, people only quoted (spokesmen,
// a mediator), background meetings of other years (a year alone, a month alone), «الزعيمان», «القادة الثلاثة», «الضيف
// الصيني», datelines of each outlet («أسونسيون 26 مارس (شينخوا)», «فارنا/ الأناضول», «بيونغ يانغ - سبوتنيك.», no
// dateline at all), and sites and towns the lexicon holds only in English (Varna, Agra, Dayton, Harbin, Panmunjom).
//
// The expectations were written from the texts before the extractor was run on them (committed alone first). The
// format of FILE.expected.json and how it is scored: tests/extract/_suite.ts (shared with the other suites).
// First run (before any fix): people P 0.938 R 0.882, met pairs P 0.814 R 0.675, agreements P 0.4 R 0.353, orgs R 1
// (110 of 408 expectations failing). After the fixes of the same branch (the Egyptian ج for a foreign g: in a lexicon
// person's full name and in a surname alone after it, lexicon/name-forms egyptianGVariants and _misspellings, and in a
// transliterated town's skeleton for a place whose English name has a Latin g, «مدينة أجرا»; no proclitic read off the
// word after an Arabic place noun or off a dateline's town, «بمدينة فارنا», «فارنا/ الأناضول»; «في الوقت الذي» and
// «فيما رفض» open a clause of their own, cues.json contrast; «عقد X اجتماعا مع القادة الثلاثة»; «الضيف الصيني» the
// last person of that country named, not Mohammed Deif's «الضيف»): people P 0.988 R 0.929, met pairs P 0.865 R 0.732,
// agreements P 0.5 R 0.412, orgs R 1 (81 known gaps).
// Merged with the eleventh stop's other fixes (the two ministers «وبحضور الزعيمين» join the leaders; a person in a
// relative clause about a side is no side; triggers read in their own language only): people P 0.988 R 0.929, met
// pairs P 0.895 R 0.764, agreements P 0.556 R 0.412 (78 known gaps: four Pyongyang pairs closed, and Gorbachev and
// Zhao's evening meeting undated once Deng of its relative clause no longer joined it, X6). On 2026-12-07 (twelfth
// stop) the lexicon gained Putin's spelling «بوتن» (Al-Quds Al-Arabi's and some Levantine papers': a lexicon form, not
// a rule dropping ي): ar-10's nine gaps closed, people R 0.941, met pairs P 0.897 R 0.780, agreements P 0.667 R 0.471
// (69 known gaps). Stop 43 (2026-12-07): a lone signer is at the ceremony the next sentence tells «بحضور» leaders
// (_lone-signer), and two reports of one article that pass 6 kept apart stay two meetings in resolve: met pairs
// P 0.900 R 0.805 (66 known gaps). Branch fixar: Xi named again by his family name alone, also behind «و» («بوتين
// وشي»: _misspellings familyNameLead), and the «مع» companion of a later verb phrase is no side (_later-verb-with):
// met pairs unchanged, 64 known gaps; a dual title distributed over country adjectives («وزيرا الخارجية الهندي X
// والباكستاني Y», _distributive-titles, offices.json plurals): people R 0.953, met pairs P 0.901 R 0.813 (61 known gaps).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  X1: "transliteration: a lexicon person written in a spelling no rule reads — a long vowel left out («بوتن» for «بوتين»: dropping ي from foreign names at large would match too much; «بوتن» is a lexicon form since 2026-12-07), Lacalle's ll as «لي» («لاكاليه» for «لاكايي») — is not found, and the meetings and the agreement of that person fail with it (Putin's in ar-10, where «الزعيمان» then has no pair). (The Egyptian ج for a foreign g is read since lexicon/name-forms egyptianGVariants: «شي جين بينج», «سونج يونج مو», «رودريجيز»)",
  X2: "a name no lexicon knows is not read: after a coordinated portfolio (a pair after a dual title and country adjectives, «وزيرا الخارجية الهندي جاسوانت سينج والباكستاني عبد الستار», is read since branch fixar: _distributive-titles) («وزيرا الخارجية X وشؤون الاتحاد الأوروبي عمر جليك»), after «ووقع الاتفاق أيضا»; a three-word Indian name cut to its first two words («لال كريشنا» of «لال كريشنا أدفاني»)",
  X3: "places: a town the lexicon holds only in English whose skeleton two towns of the country share is not chosen by the state named after it («مدينة دايتون بولاية أوهايو»: Dayton and Dothan), a place with no Arabic form in the lexicon («بانمونجوم», «القرية الحدودية») or named only inside a document's name («إعلان فوز دو إيجواسو … في المدينة الحدودية») is not found, so meetings there are unplaced; a meeting at «القصر الرئاسي» after «وصل إلى نيودلهي» is not in that city",
  X4: "signings and presence: a signing of one side whose other signer is named after «ووقع … أيضا» has no signers, and an initialling «بالأحرف الأولى … بحضور X» is an agreement signed by the absent negotiator of the next clause, not a meeting of the three presidents with the Secretary of State",
  X5: "references to people of other sentences: «وسبق لكير ومشار أن وقعا» is no signing; «ووقع الزعيمان في ختامها بيانين مشتركين» after two named presidents is no agreement; «قمة بانمونجوم … التي وقعا خلالها» takes the wrong pair (Trump of the sentence after, Kim Yong-nam of the sentence before); «وكان الزعيمان قد التقيا آخر مرة» after «والتقى بوتن … لي تشيانغ، واختتم يومه بنزهة مسائية مع شي» takes Putin and Li Qiang, the leaders of the last meeting told (the walk with Xi, read since branch fixar, is no contact word, and its «مع» companion is no side of the meeting with Li: _later-verb-with)",
  X6: "background and time: a meeting dated by a year alone («في بكين عام 1959») is undated; a background meeting takes people of other clauses (Menem and Rodríguez into Alfonsín and Sarney's 1985 meeting, Musharraf of «قاد مشرف» into the Lahore signing of 1999); («وكان بوتين وشي قد عقدا مساء الاثنين لقاء»: the one-syllable «شي» is Xi since branch fixar, _misspellings familyNameLead); «وفي المساء التقى غورباتشوف … تشاو زيانغ» after a pluperfect sentence of the Monday before takes no day (it was dated only while Deng, named in the relative clause «الذي أبلغه أن دنغ …», made it one report with the lead's Deng talks; he is no side since the eleventh stop)",
  X7: "agreements: the states of a signing listed as its subject («وقعت الدول العشر الأعضاء في آسيان والصين واليابان وكوريا الجنوبية وأستراليا ونيوزيلندا») are not all parties; an agreement told by a participle («اتفاق الهجرة … الموقع بين تركيا والاتحاد الأوروبي في 18 مارس») is not read; Alfonsín and Sarney's declaration («الذي وقعه الرئيسان الأرجنتيني X والبرازيلي Y») is no agreement",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "ar-01-beijing-1989.txt › meeting Mikhail Gorbachev + Zhao Ziyang is dated 1989-05-16": GAP.X6,
  "ar-01-beijing-1989.txt › meeting Nikita Khrushchev + Mao Zedong is dated 1959": GAP.X6,
  "ar-02-asuncion-1991.txt › finds Luis Alberto Lacalle": GAP.X1,
  "ar-02-asuncion-1991.txt › finds the place Foz do Iguaçu": GAP.X3,
  "ar-02-asuncion-1991.txt › meeting Carlos Menem + Luis Alberto Lacalle": GAP.X1,
  "ar-02-asuncion-1991.txt › meeting Fernando Collor de Mello + Luis Alberto Lacalle": GAP.X1,
  "ar-02-asuncion-1991.txt › meeting Andrés Rodríguez Pedotti + Luis Alberto Lacalle": GAP.X1,
  "ar-02-asuncion-1991.txt › meeting Raúl Alfonsín + José Sarney is placed in Foz do Iguaçu": GAP.X3,
  "ar-02-asuncion-1991.txt › no meeting Carlos Menem + Raúl Alfonsín": GAP.X6,
  "ar-02-asuncion-1991.txt › agreement Andrés Rodríguez Pedotti + Luis Alberto Lacalle": GAP.X1,
  "ar-02-asuncion-1991.txt › agreement Raúl Alfonsín + José Sarney": GAP.X7,
  "ar-03-paris-1995.txt › meeting Alija Izetbegović + Warren Christopher": GAP.X4,
  "ar-03-paris-1995.txt › meeting Franjo Tuđman + Warren Christopher": GAP.X4,
  "ar-03-paris-1995.txt › meeting Slobodan Milošević + Warren Christopher": GAP.X4,
  "ar-03-paris-1995.txt › meeting Alija Izetbegović + Franjo Tuđman + Slobodan Milošević + Warren Christopher is dated 1995-11-21": GAP.X4,
  "ar-03-paris-1995.txt › meeting Alija Izetbegović + Franjo Tuđman + Slobodan Milošević + Warren Christopher is placed in Dayton": GAP.X4,
  "ar-04-agra-2001.txt › finds لال كريشنا أدفاني": GAP.X2,
  "ar-04-agra-2001.txt › finds no one else": GAP.X2,
  "ar-04-agra-2001.txt › meeting Jaswant Singh + عبد الستار is placed in Agra": GAP.X3,
  "ar-04-agra-2001.txt › meeting Pervez Musharraf + K. R. Narayanan is placed in New Delhi": GAP.X3,
  "ar-04-agra-2001.txt › meeting Pervez Musharraf + لال كريشنا أدفاني": GAP.X2,
  "ar-04-agra-2001.txt › meeting Pervez Musharraf + لال كريشنا أدفاني is dated 2001-07-14": GAP.X2,
  "ar-04-agra-2001.txt › meeting Pervez Musharraf + لال كريشنا أدفاني is placed in New Delhi": GAP.X3,
  "ar-04-agra-2001.txt › no meeting Pervez Musharraf + Nawaz Sharif": GAP.X6,
  "ar-05-addis-ababa-2015.txt › finds باقان أموم": GAP.X2,
  "ar-05-addis-ababa-2015.txt › meeting Riek Machar + باقان أموم": GAP.X4,
  "ar-05-addis-ababa-2015.txt › meeting باقان أموم + Hailemariam Desalegn": GAP.X4,
  "ar-05-addis-ababa-2015.txt › meeting باقان أموم + Uhuru Kenyatta": GAP.X4,
  "ar-05-addis-ababa-2015.txt › meeting باقان أموم + Yoweri Museveni": GAP.X4,
  "ar-05-addis-ababa-2015.txt › meeting Riek Machar + باقان أموم + Hailemariam Desalegn + Uhuru Kenyatta + Yoweri Museveni is dated 2015-08-17": GAP.X4,
  "ar-05-addis-ababa-2015.txt › meeting Riek Machar + باقان أموم + Hailemariam Desalegn + Uhuru Kenyatta + Yoweri Museveni is placed in Addis Ababa": GAP.X4,
  "ar-05-addis-ababa-2015.txt › meeting Salva Kiir + Riek Machar": GAP.X5,
  "ar-05-addis-ababa-2015.txt › meeting Salva Kiir + Riek Machar is dated 2014-05-09": GAP.X5,
  "ar-05-addis-ababa-2015.txt › meeting Salva Kiir + Riek Machar is placed in Addis Ababa": GAP.X5,
  "ar-05-addis-ababa-2015.txt › agreement Riek Machar + باقان أموم": GAP.X4,
  "ar-05-addis-ababa-2015.txt › agreement Salva Kiir + Riek Machar": GAP.X5,
  "ar-06-varna-2018.txt › finds عمر جليك": GAP.X2,
  "ar-06-varna-2018.txt › meeting Recep Tayyip Erdoğan + عمر جليك": GAP.X2,
  "ar-06-varna-2018.txt › meeting Donald Tusk + عمر جليك": GAP.X2,
  "ar-06-varna-2018.txt › meeting Jean-Claude Juncker + عمر جليك": GAP.X2,
  "ar-06-varna-2018.txt › meeting Boyko Borisov + عمر جليك": GAP.X2,
  "ar-06-varna-2018.txt › meeting Mevlüt Çavuşoğlu + عمر جليك": GAP.X2,
  "ar-06-varna-2018.txt › agreement Turkey + European Union": GAP.X7,
  "ar-07-pyongyang-2018.txt › finds the place Panmunjom": GAP.X3,
  "ar-07-pyongyang-2018.txt › meeting Kim Jong Un + Moon Jae-in is dated 2018-04-27": GAP.X5,
  "ar-07-pyongyang-2018.txt › meeting Kim Jong Un + Moon Jae-in is placed in Panmunjom": GAP.X3,
  "ar-07-pyongyang-2018.txt › meeting Kim Jong Un + Moon Jae-in is dated 2018-05-26": GAP.X5,
  "ar-07-pyongyang-2018.txt › no meeting Kim Jong Un + Donald Trump": GAP.X5,
  "ar-08-hanoi-2020.txt › agreement China + Japan": GAP.X7,
  "ar-08-hanoi-2020.txt › agreement Japan + South Korea": GAP.X7,
  "ar-08-hanoi-2020.txt › agreement Australia + New Zealand": GAP.X7,
  "ar-09-kyiv-2023.txt › agreement Vladimir Putin + Xi Jinping": GAP.X5,
  "ar-10-beijing-2024.txt › meeting Xi Jinping + Sergey Lavrov": GAP.X1,
  "ar-10-beijing-2024.txt › meeting Xi Jinping + Andrey Belousov": GAP.X1,
  "ar-10-beijing-2024.txt › meeting Xi Jinping + Wang Yi": GAP.X1,
  "ar-10-beijing-2024.txt › meeting Vladimir Putin + Sergey Lavrov": GAP.X1,
  "ar-10-beijing-2024.txt › meeting Vladimir Putin + Andrey Belousov": GAP.X1,
  "ar-10-beijing-2024.txt › meeting Vladimir Putin + Wang Yi": GAP.X1,
  "ar-10-beijing-2024.txt › meeting Xi Jinping + Vladimir Putin is dated 2023-10-18": GAP.X5,
  "ar-10-beijing-2024.txt › meeting Xi Jinping + Vladimir Putin is dated 2023-03": GAP.X1,
  "ar-10-beijing-2024.txt › meeting Xi Jinping + Vladimir Putin is placed in Moscow": GAP.X1,
};

articleSuite({ dir: join(import.meta.dirname, "worldar"), name: "worldar suite", artifact: "extraction-worldar.json", knownGaps: KNOWN_GAPS });
