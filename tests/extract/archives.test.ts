// The archives suite: 12 short articles written for these tests (tests/extract/archives), four each in English,
// Persian and Arabic, retelling real diplomatic events of 1950–1989 as the press of that time reported them, from
// regions the suite spreads on purpose: South and South-East Asia (the Bandung conference, 1955; the Tashkent
// Declaration of Shastri and Ayub Khan, 1966), the superpowers (Nixon and Brezhnev's SALT I signing, Moscow 1972),
// Latin America (the Panama Canal treaties of Carter and Torrijos, Washington 1977), Iran under the Shah (his state
// visit to Moscow, 1956; Carter in Tehran on New Year's Eve 1977 with King Hussein; Mosaddegh and Truman at Blair
// House, 1951; the RCD declaration of the Shah, Gürsel and Ayub Khan, Istanbul 1964), Egypt and the Arab East
// (Nasser and Khrushchev at the Aswan dam, 1964; Nasser and King Faisal's Yemen agreement at the Khartoum summit,
// 1967; the Cairo Agreement of the Lebanese army and the PLO, 1969) and the Maghreb (the Djerba union declaration of
// Bourguiba and Gaddafi, 1974). Sources as wire and press copy of the time: AP, Reuters, UPI; Pars news agency,
// Kayhan and Ettela'at; MENA, al-Ahram, an-Nahar and TAP.
// The styles of the time: "Red China's Premier Chou En-lai", "President Nixon" (no given name), "Leonid I. Brezhnev",
// "Brig. Gen. Omar Torrijos", "Lt. Col. Gamal Abdel Nasser", "Mr. Shastri", "اعلیحضرت همایون شاهنشاه آریامهر" and
// "موکب همایونی" (the Shah by title only), "جناب آقای دکتر محمد مصدق", "فیلد مارشال محمد ایوب خان", "جلالة الملك
// فيصل بن عبد العزيز", "جلالة الملك حسين", "العماد إميل البستاني", "الرائد عبد السلام جلود", "الوزير الأول".
// Most people are in no lexicon (the lexicons begin about 1975): Nehru, Nasser, Khrushchev, Bulganin, Voroshilov,
// Mosaddegh, Truman, Acheson, Shastri, Ayub Khan, Gürsel, Inönü, Arif, Sallal, Mahgoub, Bustani, Masmoudi.
// Dates: articles dated in Solar Hijri ("date: 1335-04-05"), "روز گذشته (سه‌شنبه ۳۰ مهر)", "شب گذشته (شنبه ۱۰ دی)",
// lunar Hijri beside the weekday ("أمس الخميس (2 المحرم 1384)", "(25 جمادى الأولى 1387)", "(18 ذي الحجة 1393)"),
// the Maghreb month "جانفي", "Jan. 10", "Sept. 7", "Aug. 10", and weekdays relative to the dateline ("on Wednesday",
// "on Sunday", "يوم السبت الماضي", "يوم الثلاثاء", "روز یکشنبه", "روز دوشنبه هفته گذشته").
// Traps: people only quoted or mentioned (Dulles, Kamaraj, Reagan, Morrison, Sidqi Sulayman), messages, telegrams and
// a phone call (Eisenhower, Lyndon Johnson, Tito, Sadat, «اتصالا هاتفيا»), planned meetings (Nixon and the Shah,
// Carter with Desai and Sadat, Mosaddegh and McGhee, a second round in Cairo), past meetings in background paragraphs
// (Nasser and Nehru in New Delhi, Nasser and Faisal at Jeddah "two years ago"), two people received "each separately"
// («كلا على حدة»), a host who sat in, ministers who stood behind the signers, an agreement in principle of unnamed
// sides, no agreement reached (Mosaddegh and Truman), a joint statement only planned (Aswan), titles without names
// ("the Soviet Premier", «سفیر کبیر شاهنشاهی», «رئیس جمهوری آمریکا» for Carter), an article that ends before the
// final communique is agreed (Bandung).
//
// The expectations were written from the texts before the extractor was run on them (committed so, before the
// first run). The format of FILE.expected.json and how it is scored: tests/extract/_suite.ts.
// First run (before any fix): people P 0.934 / R 0.877, met pairs 0.80 / 0.458, agreements 0.667 / 0.727, orgs R 0.333
// (English met pairs 0.778 / 0.269, Persian 0.696 / 0.372, Arabic 0.913 / 0.778). Two expectations were corrected
// after it, as naming errors, not reading errors: organisations are matched by their canonical lexicon names, which are
// "PLO" and "UN Security Council" (they were written "Palestine Liberation Organization", "United Nations Security
// Council"). Fixed after the first run, by mechanisms with their own tests (tests/extract/passes/05-events.archives,
// 02-titles.monarch-style, tests/text/sentences): the AP's abbreviated military ranks ("Brig. Gen.") end no sentence;
// a relative clause about a signed document ("signed treaties tonight that would turn the canal over to Panama") is
// neither a plan of the signing nor its place (_event-parts.relativeAfter); "with X looking on", "with A and B standing
// behind them" sign nothing (_agreement-clause.atTheirSide; "standing behind" / "stood behind" as onlooker phrases); a
// given name after "St." is a saint's ("St. Vladimir Hall"); "conferred today with" is "conferred with" (_timed-with.ts);
// «اعلیحضرت همایون» is one honorific, «آریامهر» an epithet and «شاهنشاه» a title of the king's office (offices.json), so
// the Shah's style is no person's name. Final: people P 0.973 / R 0.877, met pairs 0.93 / 0.552, agreements 0.70 /
// 0.727, orgs R 1 (English met pairs 1.0 / 0.615); 93 known gaps, most of them the Shah named only by his style (A1).
// Later (kabul branch): the Aswan ceremony Nasser and Khrushchev «شهد» with Arif and al-Sallal «إلى جانبهما» is their
// meeting (_gathering: an occasion held in the presence of several people); its seven gaps (A3, A5) are gone.
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {
  A1: "(a ruler named by the style of his office alone, «اعلیحضرت همایون شاهنشاه آریامهر», is read since branch gapfix2 as the office's holder on the day, offices.json \"styles\" via _styles.ts: Mohammad Reza Pahlavi's meetings and signatures hold) what stays (those who 'also attended' the talks, «در این مذاکرات … نیز حضور داشتند», join them since «این مذاکرات» points back at the talks told, _told-event.ts): a state dinner the Shah \"gave in honour of\" his guests («ضیافت شامی … به افتخار X … ترتیب دادند») is no meeting word, so the evening's meeting of the Shah and the Carters has no day of its own",
  A2: "Soviet offices of the time no offices lexicon holds («صدر هیئت رئیسه شورای عالی», «دبیر اول حزب کمونیست»), after a rank («مارشال»), give no name slot: Voroshilov and Khrushchev are not extracted, nor their meetings (since people-history-early.json, merged after this suite's first runs, both are lexicon people: Khrushchev's meetings hold, and «مارشال کلیمنت وروشیلف صدر» is read with its rank and the first word of the office as his name)",
  A4: "a building named after a person in Persian («خانه بلر», Blair House) is read as the lexicon's Tony Blair (since the lexicon of 1945–1974 was merged, as a new person «خانه بلر»: Blair was in no office in 1951, so the short form yields and the phrase is read as an unknown name); a name with no title whose given name is a common word («دین اچسن»: دین, religion) or that follows a verb's object marker with no title («با هری ترومن») is not extracted",
  A6: "a compound given name whose second part carries the article («نور الدين الأتاسي») after a title with its country is not read as a name",
  A7: "a Persian name after the honorific «بانو» (Mrs) no lexicon knows is not extracted",
  A12: "places missing from the lexicon: spellings of the time («لنینگراد»; «واشینگتن» beside واشنگتن is read in a dateline since the kayhan branch's consonant match of dateline towns, not elsewhere) and Djerba («جربة»); with Djerba unread the meetings take the destination of another person's trip in the article («في زيارة رسمية إلى إيران»)",
  A13: "a meeting told as \"at that session\" («در آن جلسه») takes no day or place from the sentence before that gives them («روز یکشنبه در آنکارا»)",
  A14: "a sentence that says no agreement has been reported («درباره امضای قرارداد تازه‌ای … خبری منتشر نشده است») is read as a signing by the people of the meeting before",
  B1: "\"X and Y talked for an hour … at the home of their host, Z, who sat in on the meeting\": an intransitive \"talked\" of a coordinated pair is no meeting trigger, nor is \"sat in on\" a presence",
  B2: "talks that were the purpose of a background stop (\"had stopped in New Delhi on his way to Bandung for talks with Nehru\") are placed at the dateline, not at the stop",
  B3: "\"He saw X twice on Sunday and drove on to Y late at night\": \"saw\" (met) and \"drove on to\" a person are no contact verbs",
  B4: "\"The two leaders signed …, with A and B standing behind them\": \"the two leaders\" are not the pair of the sentence before when others are named in the same sentence, so the onlookers make a meeting of their own instead of joining the signing",
  B5: "a person introduced by title and surname only (\"President Nixon\", no lexicon entry) is not read again from the bare surname (\"On Wednesday Nixon and Kosygin signed …\")",
  B6: "\"who settled the last details with X on Thursday\" (a negotiation in a relative clause about the subject) is no contact",
  B7: "the host of a signing told in the next sentence as a passive (\"The ceremony was hosted by the OAS Secretary General, Alejandro Orfila\") does not join the signing meeting",
  C1: "a past meeting told as a verbal noun with a dual pronoun («منذ اجتماعهما في جدة قبل عامين») is not read",
} as const;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {
  "fa-01-moscow-1335.txt › finds no one else": GAP.A2,
  "fa-03-washington-1330.txt › does not extract خانه بلر": GAP.A4,
  "ar-02-khartoum-1967.txt › meeting جمال عبد الناصر + Faisal of Saudi Arabia is dated nothing (no date in the text)": GAP.C1,
  "ar-02-khartoum-1967.txt › meeting جمال عبد الناصر + Faisal of Saudi Arabia is placed in Jeddah": GAP.C1,
  "ar-04-djerba-1974.txt › finds the place جربة": GAP.A12,
  "ar-04-djerba-1974.txt › meeting Habib Bourguiba + Muammar Gaddafi + محمد المصمودي + Abdessalam Jalloud is placed in جربة": GAP.A12,
  "ar-04-djerba-1974.txt › meeting Habib Bourguiba + Muammar Gaddafi is placed in جربة": GAP.A12,
  "en-01-bandung-1955.txt › meeting Gamal Abdel Nasser + Jawaharlal Nehru is placed in New Delhi": GAP.B2,
  "en-01-bandung-1955.txt › meeting Jawaharlal Nehru + Ali Sastroamidjojo": GAP.B1,
  "en-01-bandung-1955.txt › meeting Zhou Enlai + Ali Sastroamidjojo": GAP.B1,
  "en-01-bandung-1955.txt › meeting Zhou Enlai + Jawaharlal Nehru": GAP.B1,
  "en-01-bandung-1955.txt › meeting Zhou Enlai + Jawaharlal Nehru + Ali Sastroamidjojo is dated 1955-04-24": GAP.B1,
  "en-01-bandung-1955.txt › meeting Zhou Enlai + Jawaharlal Nehru + Ali Sastroamidjojo is placed in Bandung": GAP.B1,
  "en-02-tashkent-1966.txt › meeting Alexei Kosygin + Lal Bahadur Shastri is dated 1966-01-09": GAP.B3,
  "en-02-tashkent-1966.txt › meeting Alexei Kosygin + Mohammed Ayub Khan is dated 1966-01-09": GAP.B3,
  "en-03-moscow-1972.txt › meeting Henry Kissinger + Andrei Gromyko": GAP.B6,
  "en-03-moscow-1972.txt › meeting Henry Kissinger + Andrei Gromyko is dated 1972-05-25": GAP.B6,
  "en-03-moscow-1972.txt › meeting Leonid Brezhnev + Alexei Kosygin": GAP.B4,
  "en-03-moscow-1972.txt › meeting Leonid Brezhnev + Nikolai Podgorny": GAP.B4,
  "en-03-moscow-1972.txt › meeting Nixon + Alexei Kosygin is dated 1972-05-24": GAP.B5,
  "en-04-washington-1977.txt › meeting Jimmy Carter + Alejandro Orfila": GAP.B7,
  "en-04-washington-1977.txt › meeting Omar Torrijos + Alejandro Orfila": GAP.B7,
  "fa-01-moscow-1335.txt › finds the place Leningrad": GAP.A12,
  "fa-01-moscow-1335.txt › finds کلیمنت وروشیلف": GAP.A2,
  "fa-01-moscow-1335.txt › meeting Mohammad Reza Pahlavi + کلیمنت وروشیلف": GAP.A2,
  "fa-01-moscow-1335.txt › meeting Mohammad Reza Pahlavi + کلیمنت وروشیلف + نیکلای بولگانین + نیکیتا خروشچف is dated 1956-06-25": GAP.A2,
  "fa-01-moscow-1335.txt › meeting Mohammad Reza Pahlavi + کلیمنت وروشیلف + نیکلای بولگانین + نیکیتا خروشچف is placed in Moscow": GAP.A2,
  "fa-01-moscow-1335.txt › meeting Mohammad Reza Pahlavi + کلیمنت وروشیلف + نیکلای بولگانین is dated 1956-06-26": GAP.A2,
  "fa-01-moscow-1335.txt › meeting Mohammad Reza Pahlavi + کلیمنت وروشیلف + نیکلای بولگانین is placed in Moscow": GAP.A2,
  "fa-01-moscow-1335.txt › meeting کلیمنت وروشیلف + نیکلای بولگانین": GAP.A2,
  "fa-01-moscow-1335.txt › meeting کلیمنت وروشیلف + نیکیتا خروشچف": GAP.A2,
  "fa-01-moscow-1335.txt › no agreement where none was reached": GAP.A14,
  "fa-02-tehran-1356.txt › finds the place Washington": GAP.A12,
  "fa-02-tehran-1356.txt › finds روزالین کارتر": GAP.A7,
  "fa-02-tehran-1356.txt › meeting Jimmy Carter + روزالین کارتر": GAP.A7,
  "fa-02-tehran-1356.txt › meeting Mohammad Reza Pahlavi + Jimmy Carter + روزالین کارتر is dated 1977-12-31": GAP.A1,
  "fa-02-tehran-1356.txt › meeting Mohammad Reza Pahlavi + روزالین کارتر": GAP.A1,
  "fa-03-washington-1330.txt › finds no one else": GAP.A4,
  "fa-04-istanbul-1343.txt › meeting عباس آرام + فریدون جمال ارکین + Zulfikar Ali Bhutto is dated 1964-07-19": GAP.A13,
  "fa-04-istanbul-1343.txt › meeting عباس آرام + فریدون جمال ارکین + Zulfikar Ali Bhutto is placed in Ankara": GAP.A13,
};

articleSuite({ dir: join(import.meta.dirname, "archives"), name: "archives suite", artifact: "extraction-archives.json", knownGaps: KNOWN_GAPS });
