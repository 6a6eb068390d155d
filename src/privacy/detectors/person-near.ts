/**
 * Is a private, identifiable person named near a position? Shared by the morphology health rule and
 * the money rule (medical-morphology.ts, money-near-person.ts). Evidence, within a sentence-sized
 * window: a name label of a record in any supported script (姓名：, 氏名:, 이름:, नाम:, Имя:, ФИО:,
 * الاسم:, Nome:, Nom :, Nombre:, Name:, Patient:, Hasta:, Nama:, Họ tên:, ชื่อ:), a relation word or
 * honorific before a capitalised name in Latin or Cyrillic script ("mi cuñado Javier", "Frau Klein",
 * "коллеги Ольги"), a Russian name with patronymic or surname with initials, the script rules' named
 * people (script-health.ts), or the Latin-script person judgement of personal.ts. A public-figure or
 * fiction cue, or a multiple-choice exam vignette, in the window means no person.
 */
import { CN_SURNAMES, HAN_CONDITIONS, SCRIPT_PUBLIC_CUE, ZH_NOT_NAMES, namedInScripts } from "./script-health.js";
import { personAroundInSlice, type PersonVerdict } from "./personal.js";
import { EXAM_CHOICES } from "../judgement/exam-vignette.js";
import { namesPublicPersonInScripts } from "../judgement/script-public-people.js";
import { rememberByContent } from "./content-memo.js";
import { labelsAName } from "./speaker-turns.js";
import { mayMatchWindow, patternStarts, placeAt, testWindow, type WindowPlace } from "../pattern-starts.js";

/**
 * A record's name label (`Name: …`, `Patient: …`, `姓名：`); `Business Name:`, `File name:`, `Pet name:` name no person,
 * and a transcript's speaker turn (`Patient: i'm doing okay`, `Patient: Yes.`) is speech, not a name (session 54).
 */
const NAME_LABEL =
  /(?:姓名|氏名|名前|患者名|이름|성명|환자명|नाम|रोगी|मरीज़?|(?<![\p{L}])(?<!(?:business|company|product|project|brand|shop|store|file|pet|team|app|domain|host|screen|field|column|variable|package|event|book|song|band|game|trade|firm|street|city|ship|model|server|device|database|table|class|function|course|channel|group|plan)[ _-]?)(?:Имя|ФИО|Фамилия|Пациент(?:ка)?|Больной|Больная|Nome|Nom|Nombre|Name|Patient(?:in|e)?|Paciente|Paziente|Pt|Hasta|Ad Soyad|Pasien|Nama|Bệnh nhân|Họ tên|Họ và tên|Titular|Cliente|Müşteri|Client|Kunde|Patiënt|Naam|Imię i nazwisko|Pacjent(?:ka)?|Favorecido|Beneficiário|Rekeninghouder|Kontoinhaber(?:in)?|Titulaire|Employee|Applicant|Account holder|Chủ tài khoản|Funcionári[oa]|Emplead[oa]|Trabajador(?:a)?|Dipendente|Mitarbeiter(?:in)?|Personel|Çalışan|Salarié(?:e)?|Employé(?:e)?|Pracownik|Pracownica|Werknemer|Medewerker|Colaborador(?:a)?))\s*[:：]\s*(?![[<{_…%$]|\.\.\.|(?:name|x{3,40}|n\/a|i|i'm|im|hi|hey|hello|yes|yeah|yep|no|nope|um|uh|umm|okay|ok|oh|sure|thanks|thank you|mm-hmm|mm|hmm)(?:[^\p{L}\p{N}]|$))\S|الاسم\s*[:：]|المريض\s*[:：]|ชื่อ\s*[:：]/iu;

const RELATION_WORDS = [
  // English
  "brother|sister|mother|father|mom|mum|dad|wife|husband|son|daughter|aunt|uncle|cousin|niece|nephew|grandma|grandpa|grandmother|grandfather|friend|coworker|co-worker|colleague|boss|neighbou?r|roommate|flatmate|housemate|ex|partner|girlfriend|boyfriend|fiancée?|brother-in-law|sister-in-law|mother-in-law|father-in-law|patient|client",
  // German
  "bruder|schwester|mutter|vater|mama|papa|frau|mann|ehefrau|ehemann|sohn|tochter|tante|onkel|cousin|cousine|oma|opa|freund|freundin|kollege|kollegin|chef|chefin|nachbar|nachbarin|herr|patientin|schwager|schwägerin",
  // French
  "frère|sœur|soeur|mère|père|femme|mari|fils|fille|tante|oncle|cousine?|grand-mère|grand-père|ami|amie|collègue|voisin|voisine|patron|patronne|beau-frère|belle-sœur|belle-mère|beau-père|mme|mlle|monsieur|madame|m\\.",
  // Spanish, Portuguese, Italian
  "hermano|hermana|madre|padre|mamá|papá|esposa|esposo|marido|mujer|hijo|hija|tío|tía|primo|prima|abuela|abuelo|amigo|amiga|compañero|compañera|colega|jefe|jefa|vecino|vecina|cuñado|cuñada|suegra|suegro|sr\\.|sra\\.|srta\\.|don|doña|irmão|irmã|mãe|pai|filho|filha|tio|tia|avó|avô|sogra|sogro|cunhado|cunhada|vizinho|vizinha|dona|fratello|sorella|madre|padre|moglie|marito|figlio|figlia|zio|zia|nonna|nonno|amico|amica|collega|capo|vicino|vicina|cognato|cognata|suocera|suocero|sig\\.|sig\\.ra|signora|signor|signore|dott\\.|dott\\.ssa",
  // Polish, Dutch, Vietnamese
  "szwagier|szwagierka|teściowa|teść|kolega|koleżanka|sąsiad|sąsiadka|brat|siostra|mama|tata|żona|mąż|syn|córka|ciocia|wujek|babcia|dziadek|pani|pan|mevr\\.|mevrouw|meneer|dhr\\.|collega|zus|broer|moeder|vader|oom|tante|buurman|buurvrouw|schoonzus|zwager|anh|chị|ông|bà|chú|bác|tên|pak|bapak|ibu|mas|mbak",
  // Hinglish
  "mummy|mumma|bhai|behen|didi|bhabhi|chacha|chachi|mausi|nani|dadi|dost",
  // Turkish, Indonesian
  "kardeşim|annem|babam|eşim|kocam|karım|oğlum|kızım|arkadaşım|ablam|abim|meslektaşım|teyzem|amcam|dayım|halam|suami saya|istri saya|anak saya|adik saya|kakak saya|teman saya|ibu saya|ayah saya",
  // Russian, Ukrainian (with case endings)
  "брат\\p{L}*|сестр\\p{L}*|мам\\p{L}*|мать|матери|отц\\p{L}*|отец|пап\\p{L}*|муж\\p{L}*|жен\\p{L}*|сын\\p{L}*|доч\\p{L}*|тёт\\p{L}*|тет\\p{L}*|дяд\\p{L}*|бабушк\\p{L}*|дедушк\\p{L}*|друг\\p{L}*|подруг\\p{L}*|коллег\\p{L}*|сосед\\p{L}*|начальни\\p{L}*|пациент\\p{L}*",
]
  .join("|")
  .split("|")
  .map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`)
  .join("|");

/** Relation word or honorific, then (after "de/di/do/da" or a comma) a capitalised name; not right after a digit ("€5m. Write" is no "M. Write"). */
const RELATION_NAME = new RegExp(
  // Hinglish puts the kinship or respect word after the name ("Rajesh bhai", "Sunita didi", "Sharma ji").
  `(?<![\\p{L}\\p{N}])(?:${RELATION_WORDS})(?![\\p{L}])(?:\\s+(?:de|di|do|da|of|von|du|del|della)\\s+(?:\\p{Ll}+\\s+)?|\\s*,?\\s+)(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{Ll}'’-]{1,}|(?<![\\p{L}])\\p{Lu}\\p{Ll}{2,}\\s+(?:bhai|bhaiya|didi|ji|sahab|saab|bhabhi)(?![\\p{L}])`,
  "u",
);
/** Russian: given name + patronymic in any case, or surname + initials (Петрова М.И.). */
/**
 * A table's header naming its people (姓名,部门,月薪 / name,dob,diagnosis / | Patient Name | DOB |): the column word opens
 * the line or follows a cell separator — "D: this is the patient , a 52-year-old" is a sentence, not a header
 * (session 54, dev-96).
 */
const NAME_COLUMN =
  /(?:^|\n)(?:[^\n]{0,40}?[,\t|;][ \t]{0,4})?(?:(?:patient|full|employee|client|first|last)[ _]?)?(?:姓名|氏名|이름|성명|नाम|(?<![\p{L}])(?:Имя|ФИО|name|nombre|nom|nome|isim|nama|patient|naam|imię i nazwisko|nazwisko|mitarbeiter|employee))\s*[,\t|;]/iu;
/** Chinese and Japanese records: name, then sex (黄秀兰，女，71岁) or an honorific 様. */
const CJK_RECORD_NAME = new RegExp(
  `(?:我|我的)(?:爸|妈|媽|哥|姐|姊|弟|妹|老公|老婆|先生|太太|儿子|兒子|女儿|女兒|爷爷|爺爺|奶奶|外婆|外公|表哥|表弟|表姐|表妹)(?!${ZH_NOT_NAMES})[${CN_SURNAMES}][\\p{Script=Han}]{1,2}|(?:父|母|夫|妻|兄|姉|弟|妹|息子|娘|祖母|祖父)(?:[（(][\\p{Script=Han}]{2,4}[）)]|の(?!${HAN_CONDITIONS})[\\p{Script=Han}\\p{Script=Katakana}\\p{Script=Hiragana}]{2,4}[がは])|[\\p{Script=Han}]{2,4}[，,、]\\s*[男女][，,、]|[\\p{Script=Han}]{2,4}様`,
  "u",
);
/** Also a given name and surname in the genitive after "у" ("у Дмитрия Орлова зарплата …": session 40, dev-38). */
const RUSSIAN_NAME =
  /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:овн|евн|ович|евич|ичн)\p{Ll}*|\p{Lu}\p{Ll}{2,}\s+\p{Lu}\.\s?\p{Lu}\.|(?<![\p{L}])[Уу]\s\p{Lu}\p{Ll}+[аяы]\s\p{Lu}\p{Ll}+(?:ова|ева|ёва|ина|ына|ского|ской|ой)(?![\p{L}])/u;

/**
 * Fiction and title cues (not when negated: "Kein Roman, leider echt", "not a novel"). A quoted title counts when it is short (at most 40 characters between paired quotes, or any
 * 《》): a quoted message (「母の佐藤和子ですが…」, «Коллеги, у Ирины …») is speech, not the title of a work, and so is a quote
 * holding a CJK comma or full stop (“张伟的月薪是两万三千块，还有房贷…”: session 40, dev-38), or one after a CJK colon
 * (语音转文字：“张伟的月薪是两万三千块”: a transcript or a quoted line, not a title; session 40 review).
 */
const LATIN_PUBLIC_CUE =
  /(?<![\p{L}])(?<!(?:kein|keine|keinen|not a|not an|no|pas un|pas une|non è un|non è una|não é um|não é uma|no es una|no es un|nie)\s)(?:novel|film|movie|episode|series|character|book|textbook|lehrbuch|leerboek|podręcznik|учебник|manuale|libro de texto|manuel de|roman|romans|série|personnage|película|novela|telenovela|libro|personaje|romanzo|personaggio|serie|filme|novela|livro|personagem|Romanfigur|Buch|Serie|фильм\p{L}*|роман\p{L}*|сериал\p{L}*|персонаж\p{L}*|книг\p{L}*|dizi\p{L}*|film\p{L}*|sinetron|tiểu thuyết|truyện|phim|(?:write|draft) (?:a|the|this) scene|scene (?:where|in which)|szene,? in der|scène où|escena (?:en (?:la )?que|donde)|scena in cui|cena em que|(?:short|brief|author|speaker|artist|official) bio|bio (?:paragraph|section|page)|role-?play|roleplay|rollenspiel|jeu de rôle|juego de rol|gioco di ruolo|odegraj\p{L}*|ролев\p{L}* игр\p{L}*|сыграем|rol yapalım|nhập vai|fictional|fictitious|invented|made-up|fiktiv\p{L}*|erfunden\p{L}*|fictif|fictive|ficticio|ficticia|fittizi[oa]|fictício|fictícia|inventad[oa]|inventat[oa]|wymyślon\p{L}*|вымышленн\p{L}*|hayali|hư cấu)(?![\p{L}])|[《》]|«[^«»\n]{1,40}»|(?<!：|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]:[ \t]?)“[^“”\n，。！？]{1,40}”|„[^„“”\n]{1,40}[“”]|(?<!：|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]:[ \t]?)『[^『』\n，。！？]{1,40}』|(?<!：|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]:[ \t]?)「[^「」\n，。！？]{1,40}」|(?<![\p{L}])'[^'\n]{2,40}'(?![\p{L}])/iu;

/**
 * A death long ago in the window ("Schiller starb am 9. Mai 1805 an Tuberkulose", "died in 1890 of …"): the
 * person is historical, and their illness is history, not someone's private health data.
 */
const DEATH_YEAR =
  /(?<![\p{L}])(?:died|starb|verstarb|gestorben|mourut|mort|morte|décédée?|murió|falleció|morì|morreu|faleceu|zmarł[ao]?|умер(?:ла)?|скончал\p{L}*|öldü|overleed|stierf|kuoli)(?![\p{L}])[^\n\d]{0,24}(?:\d{1,2}\.?\s*(?:\p{L}+\.?\s*)?)?(1\d{3})(?!\d)/iu;
const HISTORIC_DEATH_BEFORE = new Date().getUTCFullYear() - 90;

function historicDeath(window: string, place: WindowPlace | undefined): boolean {
  if (!mayMatchWindow(DEATH_YEAR, window, place)) return false;
  const death = DEATH_YEAR.exec(window);
  return death !== null && Number(death[1]) <= HISTORIC_DEATH_BEFORE;
}

/** Per scan: the sentence verdicts (kept by the sentence window's characters), and whether the whole prompt is an exam question (computed once). */
export interface PersonNearCache {
  verdicts: Map<string, PersonVerdict>;
  exam?: boolean;
  /**
   * Answers kept by the window's characters and the position in it. The same as recomputing: the rest reads only the
   * window, `exam` and `verdicts`, which are kept by content too.
   */
  windows?: Map<string, PersonNear>;
  /**
   * Where the scanned text lies in a longer text whose pattern starts answer the window checks (pattern-starts.ts):
   * care-person.ts asks about a sentence cut from the prompt. Without it, the starts of the scanned text itself.
   */
  place?: WindowPlace;
}

export interface PersonNear {
  named: boolean;
  publicContext: boolean;
  /** Named by a cue (a record label, a relation word or honorific, a script rule's person), not by a bare name alone. */
  byCue?: boolean;
}

/** Looks in [index - 160, index + 80] (cut at blank lines) for a named private person. */
export function personNear(text: string, index: number, cache: PersonNearCache): PersonNear {
  let from = Math.max(0, index - 160);
  // Within the window only: a text without blank lines must not be searched back to its start per call.
  const blank = text.slice(from, index).lastIndexOf("\n\n");
  if (blank >= 0) from += blank;
  const to = Math.min(text.length, index + 80);
  const window = text.slice(from, to);
  cache.exam ??= EXAM_CHOICES.test(text.slice(0, 4000));
  const place = placeAt((cache.place ??= { starts: patternStarts(text), offset: 0 }), from);
  return rememberByContent((cache.windows ??= new Map()), `${index - from}:${window}`, () => judgeWindow(window, index - from, cache, place));
}

function judgeWindow(window: string, at: number, cache: PersonNearCache, place: WindowPlace | undefined): PersonNear {
  const test = (pattern: RegExp) => testWindow(pattern, window, place);
  const publicContext = cache.exam || test(LATIN_PUBLIC_CUE) || test(SCRIPT_PUBLIC_CUE) || historicDeath(window, place) || namesPublicPersonInScripts(window);
  if (publicContext) return { named: false, publicContext };
  // On the bounded window, so that a text without sentence ends stays linear.
  const verdict = personAroundInSlice(window, at, cache.verdicts, place);
  if (verdict.publicContext) return { named: false, publicContext: true };
  if ((test(NAME_LABEL) && labelsAName(NAME_LABEL, window)) || test(NAME_COLUMN) || test(CJK_RECORD_NAME) || test(RELATION_NAME) || test(RUSSIAN_NAME))
    return { named: true, publicContext, byCue: true };
  if (namedInScripts(window, place)) return { named: true, publicContext, byCue: true };
  return { named: verdict.found || verdict.relation, publicContext, byCue: verdict.relation };
}
