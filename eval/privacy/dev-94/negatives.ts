/**
 * dev-94 hard negatives: the same shapes and vocabulary with nobody's document in them — ICAO Doc 9303's Utopia
 * specimens (TD3, TD1, TD2, MRV; the published data and further UTO zones), governments' specimen documents
 * (Mustermann, spécimen, 견본, 见本…), MRZ layouts written with placeholders, passport requirements, fees and
 * "where is the number" pages, flight numbers, fare codes and seat maps, an airline's own example booking code and the
 * IATA sample boarding pass, embassy addresses and phone lines, a made-up number whose check digit fails in a "how do
 * I check this?" question, test fixtures, masked numbers, empty form templates, statistics, and hotel-registration
 * rules without a guest. `kind` is `neg-<document>:<what>:<container>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { mrv, td1, td2, td3 } from "./mrz.js";
import { birthDate, digits, fromFormat, pick, random, wrongCheck, yymmdd } from "./values.js";

const UTO = { surname: "ERIKSSON", given: "ANNA MARIA", nationality: "UTO", issuer: "UTO", birth: "740812", sex: "F" as const, expiry: "120415" };
const ICAO_TD3 = td3({ ...UTO, documentNumber: "L898902C3", personal: "ZE184226B" });
const ICAO_TD1 = td1({ ...UTO, documentNumber: "D23145890" }, "I<");
const ICAO_TD2 = td2({ ...UTO, documentNumber: "D23145890" });
const ICAO_MRV = mrv({ ...UTO, documentNumber: "L8988901C", nationality: "XXX", birth: "400907", expiry: "961210", personal: "ZE184226B" });
/** a further Utopia zone, as test suites generate them */
const utopia = (surname: string, given: string) =>
  td3({
    surname,
    given,
    nationality: "UTO",
    issuer: "UTO",
    birth: yymmdd(birthDate()),
    sex: pick(["M", "F"] as const),
    expiry: "3" + digits(1) + "0" + String(1 + Math.floor(random() * 9)) + "15",
    documentNumber: fromFormat("LL9999999"),
  });

const specimenIcao: MarkedEntry[] = [
  ["en", "neg-passport:icao-specimen:mrz", `Decode the ICAO Doc 9303 specimen passport for me, field by field:\n${ICAO_TD3.join("\n")}`],
  [
    "de",
    "neg-passport:icao-specimen:mrz",
    `Das ist das Musterbeispiel aus ICAO Doc 9303 Teil 4. Wo steht die Prüfziffer der Passnummer?\n${ICAO_TD3.join("\n")}`,
  ],
  [
    "fr",
    "neg-id-card:icao-specimen:td1",
    `Exemple de carte TD1 tiré du Doc 9303 de l'OACI (État fictif Utopie) : pourquoi la ligne 1 ne contient pas de date ?\n${ICAO_TD1.join("\n")}`,
  ],
  ["es", "neg-id-card:icao-specimen:td2", `Ejemplo TD2 de la OACI (Utopía, documento ficticio). ¿Cómo se calcula el dígito compuesto?\n${ICAO_TD2.join("\n")}`],
  ["en", "neg-visa:icao-specimen:mrz", `In the Doc 9303 Part 7 visa example, what does XXX mean as nationality?\n${ICAO_MRV.join("\n")}`],
  [
    "ja",
    "neg-passport:icao-specimen:mrz",
    `ICAO文書9303の見本（架空の国ユートピア UTO）です。テスト用にこのMRZを解析するコードを書いて：\n${utopia("NIHON", "HANAKO").join("\n")}`,
  ],
  ["zh", "neg-passport:icao-specimen:mrz", `我们的单元测试用的是ICAO虚构国家"UTO"的样例MRZ，帮我写一个断言：\n${utopia("ZHONGGUO", "CESHI").join("\n")}`],
  [
    "ko",
    "neg-passport:icao-specimen:mrz",
    `ICAO 9303 예시(가상 국가 UTO) MRZ로 파서 테스트를 만들려고 해. 기대값을 정리해줘:\n${utopia("HONG", "GILDONG").join("\n")}`,
  ],
  [
    "ru",
    "neg-passport:icao-specimen:mrz",
    `Это образец из ICAO 9303 (вымышленное государство Утопия). Объясни, где контрольная цифра даты рождения:\n${ICAO_TD3.join("\n")}`,
  ],
];

/** governments' published specimens (the names they print; numbers generated for the zones) */
const govSpecimen = (lang: string, ask: string, surname: string, given: string, issuer: string): MarkedEntry => [
  lang,
  "neg-passport:gov-specimen:mrz",
  `${ask}\n${td3({ surname, given, nationality: issuer === "D" ? "D" : issuer, issuer, birth: "830812", sex: "F", expiry: "310801", documentNumber: fromFormat("LXXXXXXXX") }).join("\n")}`,
];
const specimenGov: MarkedEntry[] = [
  govSpecimen("de", "Das ist der Musterpass der Bundesdruckerei (Erika Mustermann) aus der Broschüre. Warum steht da D statt DEU?", "MUSTERMANN", "ERIKA", "D"),
  govSpecimen(
    "en",
    "This is the 'Happy Traveler' specimen from the State Department's passport brochure. What is the line after P< for?",
    "TRAVELER",
    "HAPPY",
    "USA",
  ),
  govSpecimen(
    "en",
    "HM Passport Office specimen page (UK SPECIMEN, Angela Zoe) from their guidance PDF — which characters are fillers?",
    "UK SPECIMEN",
    "ANGELA ZOE",
    "GBR",
  ),
  govSpecimen(
    "nl",
    "Dit is het specimen van het Nederlandse paspoort (Willeke Liselotte De Bruijn) uit de voorlichtingsfolder. Wat betekent het tweede deel?",
    "DE BRUIJN",
    "WILLEKE LISELOTTE",
    "NLD",
  ),
  govSpecimen(
    "es",
    "Espécimen del pasaporte español (Carmen Española Española) del folleto de la Policía. ¿Qué significa cada bloque?",
    "ESPANOLA ESPANOLA",
    "CARMEN",
    "ESP",
  ),
  govSpecimen("ko", "외교부 여권 견본(홍길동) 이미지에 나온 MRZ야. 각 칸의 의미를 알려줘.", "HONG", "GILDONG", "KOR"),
];

const placeholders: MarkedEntry[] = [
  [
    "en",
    "neg-passport:mrz-layout:explain",
    "Explain the TD3 layout to my team:\nP<ISSSURNAME<<GIVEN<NAMES<<<<<<<<<<<<<<<<<<<<\nNNNNNNNNNCNATYYMMDDCSYYMMDDCPPPPPPPPPPPPPPCC\nN = document number, C = check digit (weights 7-3-1), NAT = nationality.",
  ],
  [
    "de",
    "neg-passport:mrz-layout:explain",
    "Erklär mir die zweite MRZ-Zeile im Reisepass:\n<Passnummer, 9 Zeichen><Prüfziffer><Staat><JJMMTT Geburt><Prüfziffer><Geschlecht><JJMMTT Ablauf><Prüfziffer><<<<<<<<<<<<<<<<Gesamtprüfziffer>",
  ],
  [
    "fr",
    "neg-id-card:mrz-layout:explain",
    "La nouvelle carte d'identité française a un format TD1 :\nIDFRA<numéro sur 9><clé><<<<<<<<<<<<<<<\nAAMMJJ<clé>S AAMMJJ<clé>FRA<<<<<<<<<<<<clé\nNOM<<PRENOMS<<<<<<<<<<<<<<<<<\nÀ quoi servent les chevrons <<<< ?",
  ],
  [
    "es",
    "neg-passport:mrz-layout:explain",
    "En la zona MRZ, ¿por qué se rellena con <<<< y no con espacios? Ejemplo de plantilla: P<ESPAPELLIDO<<NOMBRE<<<<<<<<<<<<<<<<<<<<<<<<<",
  ],
  [
    "ja",
    "neg-passport:mrz-layout:explain",
    "MRZの2行目の構成を教えて：旅券番号(9桁)+チェックディジット+国籍+生年月日(YYMMDD)+…の順で合ってる？ 例：XXXXXXXXX<JPNYYMMDD<…",
  ],
  [
    "zh",
    "neg-passport:mrz-layout:explain",
    "护照底部两行机读码里的“<<<<”是什么意思？第二行是不是：护照号码(9位)+校验位+国籍代码+出生日期YYMMDD+校验位+性别+有效期+校验位？",
  ],
  [
    "en",
    "neg-passport:mrz-layout:explain",
    "Write a regex for the second line of a TD3 MRZ: [A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9]",
  ],
];

const requirements: MarkedEntry[] = [
  [
    "de",
    "neg-passport:requirements:fees",
    "Was kostet ein Reisepass für Erwachsene ab 24 und wo finde ich die Reisepass-Nr. im neuen Pass? Und wie lange dauert die Ausstellung?",
  ],
  [
    "fr",
    "neg-passport:requirements:fees",
    "Combien coûte un passeport en France (timbre fiscal de 86 €) et où se trouve le n° de passeport sur la page de données ?",
  ],
  [
    "es",
    "neg-passport:requirements:fees",
    "¿Cuánto cuesta renovar el pasaporte en España (30 €) y necesito cita previa? ¿Dónde aparece el número de pasaporte?",
  ],
  [
    "it",
    "neg-passport:requirements:fees",
    "Quanto costa il passaporto (contributo 42,50 € + marca da bollo 73,50 €) e quanti mesi di validità servono per gli USA?",
  ],
  ["ja", "neg-passport:requirements:fees", "10年用パスポートの手数料は16,300円ですか？旅券番号はどこに書いてありますか？"],
  ["zh", "neg-passport:requirements:fees", "办理普通护照要多少钱（120元）？护照号码一般在资料页的哪个位置？"],
  ["ko", "neg-passport:requirements:fees", "여권 재발급 수수료가 53,000원 맞아? 여권번호는 사진 페이지 어디에 있어?"],
  ["ar", "neg-passport:requirements:fees", "كم تكلفة استخراج جواز السفر المصري المميكن؟ وأين أجد رقم جواز السفر في صفحة البيانات؟"],
  ["tr", "neg-passport:requirements:fees", "10 yıllık pasaport harcı ne kadar? Pasaport no hangi sayfada yazıyor?"],
  [
    "en",
    "neg-passport:requirements:fees",
    "Does my passport need 6 months' validity for Thailand, and is the passport number the one printed top right or the one punched through the back pages?",
  ],
];

const flights: MarkedEntry[] = [
  [
    "en",
    "neg-passport:flight:booking",
    "Is LH 400 FRA–JFK on 14 Aug, fare basis KLOWDE (booking class K), eligible for a seat change to 32K or only the exit row 31A–K?",
  ],
  ["de", "neg-passport:flight:booking", "Flug LH 1174 FRA–BCN, Buchungsklasse V, Tarif VNCDE0: Kann ich den Sitzplatz 17C kostenlos wählen?"],
  ["es", "neg-passport:flight:booking", "En el IB 6251 MAD–MEX, ¿la tarifa OLOWES permite cambiar al asiento 24A del mapa de asientos?"],
  ["fr", "neg-passport:flight:booking", "Vol AF 1148 CDG–ATH, classe de réservation L, base tarifaire LS50BFR, siège 12F : le bagage est-il inclus ?"],
  ["ja", "neg-passport:flight:booking", "NH 203 HND–FRA、予約クラスW、運賃種別WLN7JP、座席 45K は窓側ですか？"],
  [
    "en",
    "neg-passport:flight:json",
    `Parse this seat-map response: {"flight":"QR8","origin":"DOH","destination":"LHR","cabin":"Y","rows":[{"row":31,"seats":["A","B","C","D","E","F"]}],"fareBasis":"QLR1R1QA"}`,
  ],
];

const examplePnr: MarkedEntry[] = [
  [
    "en",
    "neg-passport:pnr-example:bcbp",
    "The IATA BCBP implementation guide uses this sample, what is the PNR field?\nM1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100",
  ],
  [
    "en",
    "neg-passport:pnr-example:booking",
    "Our airline's help page says 'your booking reference is a 6-character code like ABC123'. Is that the same as the PNR and the e-ticket number 220-1234567890?",
  ],
  [
    "de",
    "neg-passport:pnr-example:booking",
    "Auf der Lufthansa-Hilfeseite steht als Beispiel für den Buchungscode 'XY1Z2A'. Was ist der Unterschied zur Ticketnummer?",
  ],
  [
    "en",
    "neg-passport:bcbp-format:explain",
    "Explain the BCBP mandatory items: format code M, legs 1, passenger name (20 chars, SURNAME/GIVEN), E-ticket indicator, PNR (7), from, to, carrier, flight, Julian date, class, seat, check-in sequence, status.",
  ],
];

const embassies: MarkedEntry[] = [
  [
    "en",
    "neg-passport:embassy:contact",
    "Lost my passport in Berlin — the US Embassy consular section is at Clayallee 170, 14191 Berlin, phone +49 30 83050. Do I need an appointment for an emergency passport?",
  ],
  [
    "de",
    "neg-passport:embassy:contact",
    "Die Deutsche Botschaft London, 23 Belgrave Square, London SW1X 8PZ, Tel. +44 20 7824 1300 – bearbeitet die auch Reisepässe für Kinder?",
  ],
  [
    "fr",
    "neg-passport:embassy:contact",
    "Le consulat général de France à Québec, 25 rue Saint-Louis, tél. +1 418-266-2500 : faut-il un rendez-vous pour un passeport ?",
  ],
  [
    "es",
    "neg-passport:embassy:contact",
    "El Consulado de México en Madrid está en Carrera de San Jerónimo 46, tel. +34 913 69 28 14. ¿Expiden pasaporte el mismo día?",
  ],
  ["ja", "neg-passport:embassy:contact", "在英国日本国大使館（101-104 Piccadilly, London W1J 7JT、電話 +44 20 7465 6500）でパスポートの更新はできますか？"],
  [
    "ko",
    "neg-passport:embassy:contact",
    "주미국 대한민국 대사관 영사과 주소가 2320 Massachusetts Ave NW, Washington, DC 20008 맞아? 여권 재발급 예약이 필요해?",
  ],
];

/** a made-up number whose check digit fails, asked about as an example */
function badCheck(lang: string, ask: (value: string) => string, kind: "mrz" | "number"): MarkedEntry {
  if (kind === "number") {
    const body = fromFormat("LXXXXXXXX");
    return [lang, "neg-passport:bad-check:question", ask(`${body}${wrongCheck(body)}`)];
  }
  const [, line2] = td3({
    surname: "TEST",
    given: "PERSON",
    nationality: "GBR",
    issuer: "GBR",
    birth: "900101",
    sex: "M",
    expiry: "300101",
    documentNumber: fromFormat("999999999"),
  });
  const broken = line2.slice(0, 9) + wrongCheck(line2.slice(0, 9)) + line2.slice(10);
  return [lang, "neg-passport:bad-check:question", ask(broken)];
}
const badChecks: MarkedEntry[] = [
  badCheck(
    "en",
    (v) => `I made up this MRZ line to test my validator and it says the check digit is wrong: ${v}. How do I compute the 7-3-1 check myself?`,
    "mrz",
  ),
  badCheck(
    "de",
    (v) => `Ich hab mir die Zeile ${v} für einen Test ausgedacht. Meine Prüfziffernberechnung meldet einen Fehler – wie rechnet man das von Hand?`,
    "mrz",
  ),
  badCheck(
    "fr",
    (v) => `Pour tester mon code j'ai inventé cette ligne MRZ : ${v}. La clé de contrôle est fausse selon le validateur, comment la calculer ?`,
    "mrz",
  ),
  badCheck("es", (v) => `Inventé esta línea para probar: ${v}. El validador dice que el dígito de control no cuadra, ¿cómo se calcula?`, "mrz"),
  badCheck(
    "en",
    (v) => `Is "${v}" a valid German passport number (the last character is the check digit)? I just typed a random one to see how the check works.`,
    "number",
  ),
  badCheck("de", (v) => `Ist ${v} eine gültige Reisepass-Nr.? Die hab ich mir nur ausgedacht, um die Prüfziffer zu verstehen.`, "number"),
  badCheck("ja", (v) => `練習用に作った適当な番号 ${v} の最後のチェックディジットが合いません。7-3-1の計算方法を教えて。`, "number"),
  badCheck("zh", (v) => `我随便编了一行MRZ来测试：${v}，校验位算出来不对，7-3-1权重怎么算？`, "mrz"),
];

const fixtures: MarkedEntry[] = [
  [
    "en",
    "neg-passport:test-fixture:json",
    `Fix this Jest fixture, the validator wants the ICAO specimen:\n{"surname":"ERIKSSON","given_names":"ANNA MARIA","nationality":"UTO","dob":"1974-08-12","document":{"type":"P","number":"L898902C3","issuing_country":"UTO"}}`,
  ],
  [
    "en",
    "neg-passport:test-fixture:json",
    `Our staging seed data: {"passengers":[{"surname":"TEST","given":"PAX","document":{"type":"P","number":"XXXXXXXXX","issuing_country":"XXX"},"dob":"YYYY-MM-DD"}]} — why does the mock API accept it?`,
  ],
  [
    "de",
    "neg-passport:test-fixture:json",
    `Testdaten für unsere Check-in-App: {"name":"Mustermann, Erika","reisepass_nr":"<PASSNR>","geburtsdatum":"TT.MM.JJJJ"} – wie generiere ich daraus 100 Varianten?`,
  ],
  [
    "es",
    "neg-passport:test-fixture:json",
    `Datos de ejemplo de la documentación de la API: {"tipo_documento":"P","numero_documento":"AAA000000","fecha_nacimiento":"1970-01-01","nombre":"NOMBRE APELLIDO"} ¿qué campos son obligatorios?`,
  ],
  [
    "en",
    "neg-passport:test-fixture:apis",
    "Sample from the carrier's API docs: SSR DOCS YY HK1 P/UTO/L898902C3/UTO/12AUG74/F/15APR12/ERIKSSON/ANNA MARIA — which field is the expiry?",
  ],
];

const masked: MarkedEntry[] = [
  [
    "en",
    "neg-passport:masked:email",
    "The airline's confirmation shows 'Passport: ******4821, DOB: **/**/1986'. Is it safe to forward this to my travel agent?",
  ],
  ["de", "neg-passport:masked:email", "In der Buchungsbestätigung steht 'Reisepass-Nr.: C01*****7'. Warum zeigen die nur ein paar Zeichen?"],
  ["fr", "neg-passport:masked:email", "Sur mon reçu d'enregistrement : « n° de passeport : ••••••312 ». Est-ce normal qu'ils masquent le numéro ?"],
  ["zh", "neg-passport:masked:email", "订单页面显示“护照号码：E******21”，这是为了保护隐私吗？"],
  ["en", "neg-passport:masked:apis", "Our logs already redact documents: DOCS P/GBR/[REDACTED]/GBR/[REDACTED]/F/... Is that enough for GDPR?"],
];

const templates: MarkedEntry[] = [
  [
    "en",
    "neg-passport:template:visa-form",
    "Make a printable checklist from this form:\nSurname: ________\nGiven names: ________\nDate of birth (DD/MM/YYYY): __/__/____\nPassport number: ____________\nDate of issue: __/__/____",
  ],
  [
    "de",
    "neg-passport:template:visa-form",
    "Übersetz mir die Felder des Schengen-Antrags: 14. Nummer des Reisedokuments: …… 15. Ausstellungsdatum: …… 4. Geburtsdatum (Tag-Monat-Jahr): ……",
  ],
  [
    "es",
    "neg-passport:template:hotel",
    "Plantilla del parte de viajeros: Número de documento: [    ] Tipo: [D/P/C] Fecha de nacimiento: [dd/mm/aaaa]. ¿Qué significa cada tipo?",
  ],
  [
    "it",
    "neg-passport:template:hotel",
    "Nella schedina alloggiati, cosa va in 'Tipo documento' (IDENT, PASOR, PATEN) e in 'Numero documento' per un ospite straniero?",
  ],
  ["ja", "neg-passport:template:visa-form", "ビザ申請書の記入例：氏名（　　　）生年月日（　年　月　日）旅券番号（　　　　　）— 英語でどう書くか教えて。"],
];

const statistics: MarkedEntry[] = [
  ["en", "neg-passport:statistics:text", "HM Passport Office issued about 5 million passports in 2023; what share of applications were renewals online?"],
  [
    "de",
    "neg-passport:statistics:text",
    "Die Bundesdruckerei hat 2023 rund 3,1 Millionen Reisepässe produziert. Warum dauert die Ausstellung trotzdem sechs Wochen?",
  ],
  ["ko", "neg-passport:statistics:text", "2024년 대한민국 여권은 190개국 무비자 입국이 가능하다는데, 헨리 여권 지수 순위는 몇 위야?"],
  ["ru", "neg-passport:statistics:text", "Сколько стоит загранпаспорт нового образца (6000 рублей) и сколько действует — 10 лет?"],
];

const hotelRules: MarkedEntry[] = [
  [
    "es",
    "neg-passport:hotel-rules:text",
    "Desde el Real Decreto 933/2021 el parte de viajeros pide más datos (teléfono, medio de pago). ¿Qué plazo hay para comunicarlo a la Guardia Civil?",
  ],
  [
    "it",
    "neg-passport:hotel-rules:text",
    "Entro quante ore va inviata la schedina alloggiati sul portale della Polizia di Stato? E vale anche per gli affitti brevi?",
  ],
  [
    "de",
    "neg-passport:hotel-rules:text",
    "Muss ein Hotel in Deutschland für ausländische Gäste die Reisepass-Nr. im Meldeschein erfassen, oder reicht der Name?",
  ],
  [
    "fr",
    "neg-passport:hotel-rules:text",
    "Un hôtel en France doit-il remplir une fiche individuelle de police pour chaque client étranger, et la conserver combien de temps ?",
  ],
];

export const NEGATIVES: MarkedEntry[] = [
  ...specimenIcao,
  ...specimenGov,
  ...placeholders,
  ...requirements,
  ...flights,
  ...examplePnr,
  ...embassies,
  ...badChecks,
  ...fixtures,
  ...masked,
  ...templates,
  ...statistics,
  ...hotelRules,
];
