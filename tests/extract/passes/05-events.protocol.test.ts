// Pass 5 (events), classes found by the protocol suite (tests/extract/protocol): official readouts list who
// attended at the end of the report, after paragraphs of what each side said. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { facts, met, P } from "./helpers.js";

const D = "2025-05-07"; // a Wednesday
const FIDAN = P("hakan-fidan");
const HUSSEIN = P("fuad-hussein");
const KALIN = P("ibrahim-kalin");
const ARAGHCHI = P("abbas-araghchi");

describe("pass 5: an attendee named after the remarks joins the meeting the report is about", () => {
  const cases: Array<[string, string]> = [
    [
      "en",
      "Hakan Fidan met Fuad Hussein in Ankara on Monday. Fidan said the two countries share a long border. He said trade must grow. Hussein thanked Turkey for its support. He said water is the most urgent issue. Ibrahim Kalin attended the meeting.",
    ],
    [
      "fa",
      "هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد. فیدان گفت دو کشور مرز طولانی دارند. وی افزود تجارت باید افزایش یابد. فؤاد حسین از حمایت ترکیه تشکر کرد. او گفت آب مهم‌ترین موضوع است. ابراهیم کالین نیز در این دیدار حضور داشت.",
    ],
    [
      "ar",
      "التقى هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين. وقال فيدان إن البلدين يتقاسمان حدودا طويلة. وأضاف أن التجارة يجب أن تنمو. وشكر فؤاد حسين تركيا على دعمها. وقال إن المياه أهم القضايا. وحضر اللقاء إبراهيم قالن.",
    ],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the attendee met both sides`, () => {
      const f = facts(text, D);
      expect(met(f, KALIN, FIDAN).map((e) => e.date)).toEqual(["2025-05-05"]);
      expect(met(f, KALIN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
    });
  }
  it("a contact reported after the meeting stands between: the attendee joins no earlier meeting", () => {
    const f = facts(
      "Hakan Fidan met Fuad Hussein in Ankara on Monday. Fidan said the two countries share a long border. He said trade must grow. Hussein thanked Turkey for its support. Later, Fidan spoke by phone with Abbas Araghchi. Ibrahim Kalin attended the meeting.",
      D,
    );
    expect(met(f, KALIN, FIDAN)).toEqual([]);
    expect(met(f, KALIN, ARAGHCHI)).toEqual([]);
  });
});

describe("pass 1/5: 'called on' is a courtesy visit, 'called on X to …' urges", () => {
  it("'X called on Y' is a meeting, not a phone call", () => {
    const f = facts("Hakan Fidan called on Fuad Hussein at his office in Baghdad on Monday.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("'X called upon Y' too", () => {
    expect(met(facts("On Monday Hakan Fidan called upon Fuad Hussein in Baghdad.", D), FIDAN, HUSSEIN)).toHaveLength(1);
  });
  it("'X called on Y to release …' reports no contact, neither a meeting nor a call", () => {
    const f = facts("Hakan Fidan on Monday called on Abbas Araghchi to release the detained sailors.", D);
    expect(met(f, FIDAN, ARAGHCHI)).toEqual([]);
    expect(f.events.filter((e) => e.kind === "call")).toEqual([]);
  });
  it("'X called Y' stays a phone call", () => {
    const f = facts("Hakan Fidan called Abbas Araghchi on Monday.", D);
    expect(met(f, FIDAN, ARAGHCHI)).toEqual([]);
    expect(f.events.filter((e) => e.kind === "call")).toHaveLength(1);
  });
});

describe("pass 3: the sender of a message is no participant past an honorific chain", () => {
  const TAMIM = P("tamim-bin-hamad-al-thani");
  const cases: Array<[string, string]> = [
    ["fa", "هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد. در این دیدار که ابراهیم کالین نیز حضور داشت، فؤاد حسین پیام کتبی حضرت آیت‌الله سید علی سیستانی را تسلیم فیدان کرد."],
    ["ar", "التقى هاكان فيدان فؤاد حسين في أنقرة يوم الاثنين. وحضر اللقاء إبراهيم قالن، وسلم فؤاد حسين رسالة خطية من صاحب السمو الشيخ تميم بن حمد آل ثاني."],
    ["en", "Hakan Fidan met Fuad Hussein in Ankara on Monday. Ibrahim Kalin also attended the meeting, at which Hussein handed over a message from His Highness Sheikh Tamim bin Hamad Al Thani."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the attendee joins, the sender does not`, () => {
      const f = facts(text, D);
      expect(met(f, KALIN, FIDAN)).toHaveLength(1);
      const sender = lang === "fa" ? P("ali-al-sistani") : TAMIM;
      expect(met(f, sender, FIDAN)).toEqual([]);
      expect(met(f, sender, HUSSEIN)).toEqual([]);
    });
  }
});

describe("pass 5: attendees of a readout's closing lines", () => {
  it("en: 'took part in the expanded talks' joins the meeting", () => {
    const f = facts("Hakan Fidan met Fuad Hussein in Ankara on Monday. The talks were first held one on one. Ibrahim Kalin took part in the expanded talks.", D);
    expect(met(f, KALIN, FIDAN)).toHaveLength(1);
    expect(met(f, KALIN, HUSSEIN)).toHaveLength(1);
  });
  it("ar: 'حضر من الجانب التركي X' joins the meeting", () => {
    const f = facts("استقبل فؤاد حسين في بغداد يوم الاثنين هاكان فيدان. فيما حضر من الجانب التركي إبراهيم قالن.", D);
    expect(met(f, KALIN, FIDAN)).toHaveLength(1);
    expect(met(f, KALIN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: a trip reported after the meeting does not keep its attendee out", () => {
  it("fa: the visitor's travel between the meeting and the attendee line", () => {
    const f = facts(
      "هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد. فیدان گفت دو کشور مرز طولانی دارند. وی افزود تجارت باید افزایش یابد. فؤاد حسین نخستین وزیر عراقی است که امسال به آنکارا سفر می‌کند. ابراهیم کالین نیز در این دیدار حضور داشت.",
      D,
    );
    expect(met(f, KALIN, FIDAN)).toHaveLength(1);
    expect(met(f, KALIN, HUSSEIN)).toHaveLength(1);
  });
});

describe("pass 5: a place that names an accord is no venue", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan met Fuad Hussein on Monday to discuss how to carry out the Beijing agreement."],
    ["fa", "هاکان فیدان روز دوشنبه با فؤاد حسین درباره اجرای توافق پکن دیدار کرد."],
    ["ar", "التقى هاكان فيدان فؤاد حسين يوم الاثنين لبحث تنفيذ اتفاق بكين."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the meeting is not placed in Beijing`, () => {
      const [m] = met(facts(text, D), FIDAN, HUSSEIN);
      expect(m).toBeDefined();
      expect(m.place).not.toBe("place/beijing");
    });
  }
});

describe("pass 5: a signing ceremony told over several sentences is one meeting", () => {
  const ALIYEV = P("ilham-aliyev");
  const PASHINYAN = P("nikol-pashinyan");
  const BAYRAMOV = P("jeyhun-bayramov");
  const MIRZOYAN = P("ararat-mirzoyan");
  it("en: the signers named in the next sentence were at the ceremony of the leaders before", () => {
    const f = facts(
      "Azerbaijan and Armenia signed a peace declaration in Abu Dhabi on Monday in the presence of Ilham Aliyev and Nikol Pashinyan. The declaration was signed by Jeyhun Bayramov and Ararat Mirzoyan.",
      D,
    );
    expect(met(f, BAYRAMOV, ALIYEV).map((e) => e.date)).toEqual(["2025-05-05"]);
    expect(met(f, MIRZOYAN, PASHINYAN).map((e) => e.date)).toEqual(["2025-05-05"]);
  });
  it("a signing with a day or a place of its own is another meeting", () => {
    const f = facts(
      "Azerbaijan and Armenia signed a peace declaration in Abu Dhabi on Monday in the presence of Ilham Aliyev and Nikol Pashinyan. On Tuesday a trade protocol was signed in Baku by Jeyhun Bayramov and Ararat Mirzoyan.",
      D,
    );
    expect(met(f, BAYRAMOV, ALIYEV)).toEqual([]);
    expect(met(f, BAYRAMOV, MIRZOYAN).map((e) => e.date)).toEqual(["2025-05-06"]);
  });
});

describe("pass 5: signing with several people is one signing with each, not a ceremony of all", () => {
  it("'He also signed agreements with A and B' after a signing: A and B did not meet", () => {
    const f = facts(
      "Azerbaijan and Armenia signed a peace declaration in Abu Dhabi on Monday in the presence of Ilham Aliyev and Nikol Pashinyan. Aliyev also signed trade agreements with Hakan Fidan and Fuad Hussein.",
      D,
    );
    expect(met(f, FIDAN, HUSSEIN)).toEqual([]);
    expect(met(f, FIDAN, P("nikol-pashinyan"))).toEqual([]);
  });
});

describe("pass 5: a day fronted at a paragraph's start frames the paragraph", () => {
  const cases: Array<[string, string]> = [
    ["en", "Hakan Fidan arrived in Baghdad on Sunday.\n\nOn Monday, Fidan toured the old city. He then met Fuad Hussein at the ministry."],
    ["ar", "وصل هاكان فيدان إلى بغداد يوم الأحد.\n\nوفي يوم الاثنين، تجول فيدان في المدينة القديمة. ثم التقى فؤاد حسين في مقر الوزارة."],
  ];
  for (const [lang, text] of cases) {
    it(`${lang}: the undated meeting later in the paragraph is of that day`, () => {
      expect(met(facts(text, D), FIDAN, HUSSEIN).map((e) => e.date)).toEqual(["2025-05-05"]);
    });
  }
  it("a date inside the first sentence, not fronted, frames nothing", () => {
    const f = facts("Hakan Fidan spoke to reporters.\n\nFidan praised the talks on Monday. He then met Fuad Hussein at the ministry.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual([null]);
  });
  it("the frame ends with its paragraph", () => {
    const f = facts("On Monday, Hakan Fidan praised the talks.\n\nHe met Fuad Hussein at the ministry.", D);
    expect(met(f, FIDAN, HUSSEIN).map((e) => e.date)).toEqual([null]);
  });
});

describe("address forms of other countries are no names (Shri, Smt., Datuk, Alhaji)", () => {
  it("'President Smt. X' names X and does not end the sentence at the abbreviation", () => {
    const f = facts("Hakan Fidan called on President Smt. Droupadi Murmu in New Delhi on Monday.", D);
    expect(met(f, FIDAN, P("droupadi-murmu"))).toHaveLength(1);
    expect(f.mentions.filter((m) => m.kind === "person").map((m) => m.text)).not.toContain("Smt");
  });
  it("'Datuk Seri X' and 'Alhaji X' name X alone", () => {
    const f = facts("Datuk Seri Ahmad Zahid Rahman met Alhaji Musa Bello in Abuja on Monday.", D);
    const names = f.mentions.filter((m) => m.kind === "person").map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(["Ahmad Zahid Rahman", "Musa Bello"]));
    expect(names.some((n) => /Datuk|Seri|Alhaji/.test(n))).toBe(false);
  });
});

describe("pass 5: attending 'the ceremony' joins the signing reported last", () => {
  it("not the reception told after it", () => {
    const f = facts("وقع وزير الخارجية المصري بدر عبد العاطي ووزير الخارجية التركي هاكان فيدان اليوم في القاهرة اتفاقية للتعاون بحضور الرئيس عبد الفتاح السيسي. وكان الرئيس السيسي قد استقبل فيدان مساء أمس في قصر الاتحادية. وحضر المراسم كذلك وزير الخارجية العراقي فؤاد حسين.", "2025-05-07");
    expect(met(f, P("fuad-hussein"), P("badr-abdelatty"))).toHaveLength(1);
    expect(met(f, P("fuad-hussein"), P("hakan-fidan")).every((e) => e.date === "2025-05-07")).toBe(true);
  });
});

describe("pass 5: «حاضر بود» (was present) joins the meeting like «حضور داشت»", () => {
  for (const line of ["ابراهیم کالین نیز در این نشست حاضر بود.", "ابراهیم کالین نیز حاضر بود."]) {
    it(`fa: ${line}`, () => {
      const f = facts(`هاکان فیدان روز دوشنبه در آنکارا با فؤاد حسین دیدار کرد. ${line}`, D);
      expect(met(f, KALIN, FIDAN)).toHaveLength(1);
    });
  }
});
