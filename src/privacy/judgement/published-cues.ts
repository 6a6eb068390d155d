/**
 * Cues of documents published by organisations (session 41, dev-41 half A): the public-versus-personal judgement
 * (`public-context.ts`) reads them as cue families, each gated by its literal stems in the scan's keyword pass.
 *  - IMPRINT_HEADING: a heading line that opens a company's legally required or contact block (Impressum, legal
 *    notice, mentions légales, note legali, 特定商取引法に基づく表記, 联系我们, реквизиты, künye …);
 *  - REGISTER_CUE: a register, tax or VAT number label right before digits that a phone rule read as a number;
 *  - CORRESPONDENCE_CUE: a paper's corresponding-author line (the author's published, institutional address);
 *  - DISCLOSURE_CUE and EXECUTIVE_ROLE: a remuneration report, proxy statement or annual report that states a listed
 *    company's officers' pay, as published by law.
 * Every alternative starts with a literal (the families' gate needs one); no unbounded look-around.
 */

/** A heading of an imprint or a company's contact/legal block (the judgement checks that it starts its line). */
export const IMPRINT_HEADING =
  /(?<![\p{L}])(?:impressum|imprint|legal notice|legal information|mentions légales|informations légales|aviso legal|nota legal|note legali|colofon|colophon|dane firmy|om företaget|künye|реквизиты|contact us|contactez-nous|contáctenos|contattaci|fale conosco|company information|company details|firmendaten|datos de la empresa|bedrijfsgegevens|thông tin doanh nghiệp|اتصل بنا|संपर्क करें|特定商取引法|特商法|会社概要|联系我们|聯絡我們|사업자\s?정보|회사\s?정보)/iu;

/** A register, tax or VAT number label, then only its punctuation, a "no." and a country prefix before the value. */
export const REGISTER_CUE =
  /(?<![\p{L}])(?:umsatzsteuer\p{L}*|ust-?id\p{L}*|ust\.-?id\p{L}*|vat|tva|btw|iva|p\. ?iva|partita iva|nip|regon|krs|kvk|siret|siren|rcs|hrb|hra|handelsregister|company (?:no|number|reg)|registration (?:no|number)|org\.? ?nr|organisationsnummer|mersis|ticaret sicil|vergi kimlik (?:no|numarası)|vkn|α\.?φ\.?μ\.?|afm|gstin|cif|инн|огрн|кпп)(?![\p{L}])[^\n\p{L}]{0,6}(?:(?:no|nr|number|id|n°|nº)\.?[^\n\p{L}]{0,4})?(?:\p{Lu}{2}[ \t]?)?$|(?:사업자등록번호|统一社会信用代码|法人番号)[^\n\p{L}]{0,6}$/iu;

/** A corresponding-author label on the e-mail's line. */
export const CORRESPONDENCE_CUE =
  /(?<![\p{L}])(?:correspondence|corresponding author|correspondance|auteur correspondant|correspondência|correspondencia|corrispondenza|korrespondenz\p{L}*|korespondencj\p{L}*|корреспонденци\p{L}*|yazışma)(?![\p{L}])|通讯作者|通訊作者|責任著者|교신저자/iu;

/** A published pay disclosure: remuneration report, proxy statement, annual report (in the text around the amount). */
export const DISCLOSURE_CUE =
  /(?<![\p{L}])(?:remuneration report|directors' remuneration|summary compensation table|proxy statement|def 14a|annual report|vergütungsbericht|geschäftsbericht|rapport annuel|rapport de rémunération|informe anual|informe de remuneraciones|relazione (?:annuale|sulla remunerazione)|formulário de referência|relatório anual|jaarverslag|remuneratieverslag|årsredovisning\p{L}*|ersättningsrapport|sprawozdanie o wynagrodzeniach|raport roczny|faaliyet rapor\p{L}*|годово\p{L}* отчёт\p{L}*|годово\p{L}* отчет\p{L}*)(?![\p{L}])|有価証券報告書|報酬等の総額|사업보고서|年度报告|年报|التقرير السنوي/iu;

/**
 * An officer of a company whose pay such a report states. The German compounds are written out: "Vorstandsassistentin"
 * (the board's assistant) is a private employee (session 41 review).
 */
export const EXECUTIVE_ROLE =
  /(?<![\p{L}])(?:ceo|cfo|coo|chief executive|chief financial officer|chief operating officer|executive vice president|evp|president and ceo|managing director|board members?|vorstand(?:s|es)?|vorstände[n]?|vorstandsvorsitz\p{L}*|vorstandsmitglied\p{L}*|finanzvorstand(?:s|smitglied\p{L}*)?|directeur général|pdg|consejero delegado|director-presidente|diretor-presidente|amministratore delegato|bestuursvoorzitter|verkställande direktör\p{L}*|vd|genel müdür\p{L}*|yönetim kurulu|генеральн\p{L}* директор\p{L}*|правлени\p{L}*)(?![\p{L}])|代表取締役|取締役|대표이사|الرئيس التنفيذي|مجلس الإدارة/iu;

/** Short register labels: their stems carry the character after them, so "specific" or "private" opens no gate. */
const SHORT_REGISTER_WORDS = ["vat", "tva", "btw", "iva", "nip", "krs", "kvk", "rcs", "hrb", "hra", "cif"];
const AFTER_SHORT_WORD = [..." :-.#/(\t0123456789"];

/**
 * REGISTER_CUE's gate (lower-case stems; every match of the pattern holds one): the long labels as they are, the short
 * ones with the character that follows them.
 */
export const REGISTER_STEMS: readonly string[] = [
  ...SHORT_REGISTER_WORDS.flatMap((word) => AFTER_SHORT_WORD.map((after) => word + after)),
  "umsatzsteuer",
  "ust-id",
  "ustid",
  "ust.-id",
  "ust.id",
  "p.iva",
  "p. iva",
  "partita iva",
  "regon",
  "siret",
  "siren",
  "handelsregister",
  "company no",
  "company number",
  "company reg",
  "registration no",
  "registration number",
  "org.nr",
  "org. nr",
  "org nr",
  "orgnr",
  "organisationsnummer",
  "mersis",
  "ticaret sicil",
  "vergi kimlik",
  "vkn",
  "αφμ",
  "α.φ.μ",
  "afm",
  "gstin",
  "инн",
  "огрн",
  "кпп",
  "사업자등록번호",
  "统一社会信用代码",
  "法人番号",
];

/**
 * Free-mail providers (`name@gmail.com`, `name@web.de`, `name@qq.com`): a mailbox there is a person's own, never the one a
 * company, a university or a paper publishes for a role (session 41 review: "Corresponding author" or "Impressum" above
 * a private Gmail, `anna1990.jobs@gmx.de`). The domain is the provider's name and its top-level domain (or `co.xx`).
 */
export const FREE_MAIL_DOMAIN =
  /^(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|gmx|web|t-online|freenet|posteo|mailbox|proton|protonmail|pm|tutanota|tuta|zoho|yandex|ya|mail|rambler|inbox|bk|list|qq|163|126|yeah|sina|sohu|naver|daum|hanmail|nate|libero|virgilio|tiscali|alice|orange|wanadoo|free|laposte|sfr|wp|o2|onet|interia|seznam|centrum|uol|bol|terra|ig|rediffmail|btinternet|sky|comcast|verizon|att|sbcglobal|bigpond|optusnet|shaw|telus|xs4all|ziggo|kpnmail|telenet|skynet|bluewin|hispeed|chello|aon|a1|hush|fastmail|gmx-topmail)\.(?:[a-z]{2,4}|co\.[a-z]{2}|com\.[a-z]{2}|ne\.jp|or\.jp)$/i;
