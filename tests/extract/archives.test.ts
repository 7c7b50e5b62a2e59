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
// First run: (to be filled in).
import { join } from "node:path";
import { articleSuite } from "./_suite.js";

/** Why each known gap fails (found by running the suite after its expectations were written). */
const GAP = {} as const;
void GAP;

/** Expectations the extractor does not meet yet: "file › test title" → the gap (tests/known-gaps.ts). */
const KNOWN_GAPS: Record<string, string> = {};

articleSuite({ dir: join(import.meta.dirname, "archives"), name: "archives suite", artifact: "extraction-archives.json", knownGaps: KNOWN_GAPS });
