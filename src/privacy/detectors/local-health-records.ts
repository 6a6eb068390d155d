/**
 * A health field of a record whose keys are in the record's own language (issue #15: "field and column names, and the
 * record type, are the evidence; a bare value in such a record is personal data"): a form's lines (`病患：…` /
 * `诊断：…`), JSON keys (`{"пациент": "…", "диагноз": "…"}`) or a CSV or Markdown table whose header names a patient
 * and a diagnosis (`hasta,tanı,tarih`). Keys in Chinese, Korean, Arabic, Hindi and Hinglish, Russian, Ukrainian,
 * Turkish, Vietnamese, Thai, Greek, Hebrew, Indonesian and Swedish (session 53, dev-92; the Latin-script and Japanese
 * record keys are other rules'). The holder's field must hold a value that can identify (letters or a number, no
 * placeholder, no "anonymous"); a diagnosis, medicine, condition or history key needs any holder key (a name), a
 * procedure, treatment or test-result key a patient key, or a name in a medical document (a sick note, a discharge
 * summary). The span is the health field's value.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";

/** Keys that name the record's patient (strong) or only a person (weak: name, employee, student). */
const PATIENT_KEYS =
  "患者|病人|病患|患者姓名|病人姓名|就诊人|환자|환자명|수진자|المريض|المريضة|اسم المريض|اسم المريضة|मरीज़|मरीज|मरीज़ का नाम|मरीज का नाम|रोगी|रोगी का नाम|mareez|mareez ka naam|marij|пациент|пациентка|больной|больная|пацієнт|пацієнтка|хворий|хвора|hasta|hasta adı|bệnh nhân|người bệnh|ผู้ป่วย|ชื่อผู้ป่วย|ασθενής|מטופל|מטופלת|שם המטופל|pasien|nama pasien|patient|patientens namn";
const PERSON_KEYS =
  "姓名|名字|取药人|员工|員工|学生|學生|被保险人|被保險人|성명|이름|직원|학생|피보험자|الاسم|الاسم الكامل|الموظف|الموظفة|الطالب|الطالبة|नाम|कर्मचारी|छात्र|छात्रा|naam|фио|ф.и.о.|имя|сотрудник|сотрудница|піб|п.і.б.|ім'я|працівник|працівниця|adı soyadı|ad soyad|ad soyadı|isim|çalışan|öğrenci|sigortalı|họ tên|họ và tên|tên|nhân viên|học sinh|ชื่อ|ชื่อ-สกุล|ชื่อ-นามสกุล|พนักงาน|นักเรียน|ονοματεπώνυμο|όνομα|εργαζόμενος|εργαζόμενη|μαθητής|μαθήτρια|שם|שם מלא|עובד|עובדת|תלמיד|תלמידה|nama|karyawan|siswa|namn|anställd|elev|boende";
/** Health keys a name is enough for (diagnosis, condition, medicine, prescription, history, allergy). */
const CONDITION_KEYS =
  "诊断|出院诊断|入院诊断|初步诊断|病名|疾病|病情|病史|既往史|过敏史|用药|药物|药品|处方|診斷|出院診斷|用藥|藥物|藥品|處方|過敏史|진단|진단명|병명|질환|상병명|복용 약|복용약|처방|약물|병력|التشخيص|المرض|الحالة المرضية|الدواء|الأدوية|التاريخ المرضي|निदान|बीमारी|रोग|दवा|दवाई|दवाइयाँ|दवाएँ|bimari|beemari|dawai|dawa|диагноз|заболевание|препарат|препараты|лекарства|анамнез|діагноз|захворювання|препарати|ліки|tanı|teşhis|hastalık|ilaç|ilaçlar|chẩn đoán|bệnh|thuốc|thuốc đang dùng|tiền sử bệnh|การวินิจฉัย|โรค|โรคประจำตัว|ยา|ยาที่ใช้|διάγνωση|πάθηση|ασθένεια|φάρμακο|φάρμακα|αγωγή|אבחנה|אבחון|מחלה|תרופות|תרופה|רקע רפואי|diagnosis|penyakit|keluhan|obat|riwayat penyakit|diagnos|sjukdom|läkemedel|medicin";
/** Health keys that need a patient key (a procedure, treatment, device or result field is also a non-medical form's). */
const PROCEDURE_KEYS =
  "手术|手术/治疗|治疗|植入器械|检验结果|化验结果|检查结果|手術|手術處置|治療|醫療器材|檢驗結果|檢查結果|수술|수술명|시술|사용 기기|검사 결과|العلاج|الإجراء|العملية|الجهاز|نتيجة التحليل|نتيجة الفحص|इलाज|उपचार|प्रक्रिया|ऑपरेशन|उपकरण|जाँच रिपोर्ट|जांच रिपोर्ट|ilaaj|report|лечение|процедура|операция|устройство|анализ|лікування|операція|пристрій|аналіз|tedavi|işlem|ameliyat|cihaz|tahlil|tahlil sonucu|điều trị|thủ thuật|phẫu thuật|thiết bị|kết quả xét nghiệm|การรักษา|หัตถการ|การผ่าตัด|อุปกรณ์|ผลตรวจ|ผลแล็บ|θεραπεία|επέμβαση|συσκευή|εξέταση|טיפול|פרוצדורה|ניתוח|מכשיר|תוצאת בדיקה|pengobatan|tindakan|operasi|alat|hasil lab|behandling|åtgärd|operation|hjälpmedel|provsvar";

const words = (list: string) => list.split("|");
const byLength = (list: readonly string[]) => [...list].sort((left, right) => right.length - left.length);
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const KIND = new Map<string, "patient" | "person" | "condition" | "procedure">([
  ...words(PERSON_KEYS).map((word) => [word, "person"] as const),
  ...words(PATIENT_KEYS).map((word) => [word, "patient"] as const),
  ...words(PROCEDURE_KEYS).map((word) => [word, "procedure"] as const),
  ...words(CONDITION_KEYS).map((word) => [word, "condition"] as const),
]);
/** Lower case for a key lookup; Turkish "İ" lower-cases to "i" and a combining dot. */
const keyOf = (word: string) => word.toLowerCase().replace(/i\u0307/g, "i");
/** The keys as the regexp tries them: each, and a Turkish key that starts with "i" also with "İ" (no case folding). */
const KEY_FORMS = [...KIND.keys()].flatMap((word) => (word.startsWith("i") ? [word, `İ${word.slice(1)}`] : [word]));
/** The keys' lower-case forms for the keyword pass ("İlaç" lower-cases to "i̇laç"). */
const stemsOf = (list: readonly string[]) => list.flatMap((word) => (word.startsWith("i") ? [word, `i\u0307${word.slice(1)}`] : [word]));
const HOLDER_STEMS = stemsOf([...words(PATIENT_KEYS), ...words(PERSON_KEYS)]);
const HEALTH_STEMS = stemsOf([...words(CONDITION_KEYS), ...words(PROCEDURE_KEYS)]);
/**
 * A medical document's title (a sick note, a medical certificate, a discharge summary): in such a document the person
 * named is the patient, so a name key holds a procedure or result field too.
 */
const MEDICAL_DOCUMENTS = stemsOf(
  words(
    "病假条|病假單|诊断证明|診斷證明|出院小结|出院記錄|出院病歷摘要|진단서|소견서|퇴원 요약|تقرير طبي|إجازة مرضية|ملخص الخروج|मेडिकल सर्टिफिकेट|चिकित्सा प्रमाण पत्र|डिस्चार्ज समरी|medical certificate|discharge summary|справка о временной нетрудоспособности|больничный лист|выписка из истории болезни|листок непрацездатності|виписка|istirahat raporu|sağlık raporu|epikriz|giấy chứng nhận nghỉ việc|giấy ra viện|ใบรับรองแพทย์|สรุปการจำหน่าย|βεβαίωση ασθενείας|ιατρική βεβαίωση|εξιτήριο|אישור מחלה|סיכום שחרור|surat keterangan sakit|resume medis|läkarintyg|sjukintyg|epikris",
  ),
);

/** A Latin, Greek or Cyrillic letter or a digit before a key: the key is part of a longer word ("username"). */
const WORD_BEFORE = "(?<![A-Za-z0-9_\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff])";
/**
 * A key, its quotes, a colon and the value up to the line's end or the closing quote (80 characters at most). Keys
 * are tried longest first; a key ends where no Latin/Greek/Cyrillic letter follows.
 */
const FIELD = new RegExp(`${WORD_BEFORE}["']?(${byLength(KEY_FORMS).map(escape).join("|")})["']?[ \\t]*[:：][ \\t]*["']?([^"'\\n]{0,80})`, "giu");

/** Values that identify nobody: placeholders, "anonymous", "unknown", "none", a dash. */
const NO_VALUE =
  /^(?:[-–—_.…\s/*?x×]*|n\/?a|none|null|unknown|anonym\p{L}*|匿名|不详|不詳|未知|无|無|某某|张三|李四|王五|익명|미상|없음|홍길동|○+|مجهول|لا يوجد|فلان|अज्ञात|कोई नहीं|анонимн\p{L}*|неизвестн\p{L}*|нет|анонімн\p{L}*|невідом\p{L}*|немає|anonim|bilinmiyor|yok|ẩn danh|không|không rõ|ไม่ระบุ|ไม่มี|ανώνυμ\p{L}*|άγνωστ\p{L}*|κανένα|אנונימי\p{L}*|לא ידוע|אין|tidak ada|tanpa nama|okänd|ingen|inga)$/iu;
const HAS_LETTER = /\p{L}/u;
const DIGITS = /\d/g;

/** The length of `value` without trailing characters of `drop` (a loop: no backtracking regexp). */
function endWithout(value: string, drop: string): number {
  let end = value.length;
  while (end > 0 && drop.includes(value[end - 1]!)) end--;
  return end;
}

/** The holder value identifies: letters (a name) or a number of five digits or more, no placeholder or "anonymous". */
function identifies(value: string): boolean {
  const trimmed = value.slice(0, endWithout(value, " \t,;")).trim();
  if (trimmed.length < 2 || NO_VALUE.test(trimmed) || isPlaceholderValue(trimmed) || trimmed.startsWith("[") || trimmed.startsWith("<")) return false;
  if (KIND.has(keyOf(trimmed))) return false;
  return HAS_LETTER.test(trimmed) || (trimmed.match(DIGITS)?.length ?? 0) >= 5;
}

/** The health value's [start, end) inside `value` (trimmed, without a trailing comma), or undefined when empty. */
function healthValue(value: string): [number, number] | undefined {
  const end = endWithout(value, " \t\r,;");
  const start = value.length - value.trimStart().length;
  const trimmed = value.slice(start, end);
  if (trimmed.length === 0 || NO_VALUE.test(trimmed) || isPlaceholderValue(trimmed) || !HAS_LETTER.test(trimmed)) return undefined;
  return [start, end];
}

interface Field {
  kind: "patient" | "person" | "condition" | "procedure";
  start: number;
  value: string;
  valueStart: number;
}

const BLANK_LINE = /\n[ \t]*\n/;
/** How far apart a record's holder and health fields may be (characters), with no blank line between. */
const RECORD_REACH = 400;

function emitFieldRecords(text: string, emit: Emit, medicalDocument: boolean): void {
  const fits = (holder: Field, health: Field) => health.kind === "condition" || holder.kind === "patient" || medicalDocument;
  const fields: Field[] = [];
  FIELD.lastIndex = 0;
  for (let match = FIELD.exec(text); match !== null; match = FIELD.exec(text)) {
    const kind = KIND.get(keyOf(match[1]!));
    if (kind) fields.push({ kind, start: match.index, value: match[2]!, valueStart: match.index + match[0].length - match[2]!.length });
  }
  const holders = fields.filter((field) => (field.kind === "patient" || field.kind === "person") && identifies(field.value));
  if (holders.length === 0) return;
  let next = 0;
  for (const field of fields) {
    if (field.kind !== "condition" && field.kind !== "procedure") continue;
    while (next < holders.length && holders[next]!.start < field.start - RECORD_REACH) next++;
    // The holders within reach, read in order (bounded by the reach: linear in the text).
    let holder: Field | undefined;
    for (let index = next; index < holders.length && holders[index]!.start <= field.start + RECORD_REACH; index++) {
      const candidate = holders[index]!;
      const between = text.slice(Math.min(candidate.start, field.start), Math.max(candidate.start, field.start));
      if (fits(candidate, field) && !BLANK_LINE.test(between)) {
        holder = candidate;
        break;
      }
    }
    const span = holder && healthValue(field.value);
    if (span) emit("health", field.valueStart + span[0], field.valueStart + span[1], "local-record-health", PRIORITY.contextual - 2);
  }
}

/** A delimited line's cells as [start, end) offsets of their trimmed text (quotes stripped). */
function cells(text: string, from: number, to: number, delimiter: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let index = from; index <= to; index++) {
    if (index < to && text[index] !== delimiter) continue;
    let left = start;
    let right = index;
    while (left < right && /[\s"']/.test(text[left]!)) left++;
    while (right > left && /[\s"']/.test(text[right - 1]!)) right--;
    out.push([left, right]);
    start = index + 1;
  }
  return out;
}

const DELIMITERS = [",", ";", "\t", "|"];
const TABLE_RULE = /^[\s|:-]+$/;

/** CSV, TSV and Markdown tables: a header line naming a holder column and a health column, then its rows. */
function emitTableRecords(text: string, emit: Emit, medicalDocument: boolean): void {
  const lines: Array<[number, number]> = [];
  for (let start = 0; start <= text.length;) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    lines.push([start, stop]);
    start = stop + 1;
  }
  for (let index = 0; index < lines.length; index++) {
    const [from, to] = lines[index]!;
    for (const delimiter of DELIMITERS) {
      if (!text.slice(from, to).includes(delimiter)) continue;
      const header = cells(text, from, to, delimiter).map(([start, end]) => KIND.get(keyOf(text.slice(start, end))));
      const holderColumn = header.findIndex((kind) => kind === "patient" || kind === "person");
      if (holderColumn < 0) continue;
      const healthColumns = header.flatMap((kind, column) =>
        kind === "condition" || (kind === "procedure" && (header[holderColumn] === "patient" || medicalDocument)) ? [column] : [],
      );
      if (healthColumns.length === 0) continue;
      let row = index + 1;
      for (; row < lines.length; row++) {
        const [rowFrom, rowTo] = lines[row]!;
        const line = text.slice(rowFrom, rowTo);
        if (line.trim() === "") break;
        if (TABLE_RULE.test(line)) continue;
        const values = cells(text, rowFrom, rowTo, delimiter);
        const holder = values[holderColumn];
        if (!holder || !identifies(text.slice(holder[0], holder[1]))) continue;
        for (const column of healthColumns) {
          const cell = values[column];
          if (!cell) continue;
          const span = healthValue(text.slice(cell[0], cell[1]));
          if (span) emit("health", cell[0] + span[0], cell[0] + span[1], "local-record-health", PRIORITY.contextual - 2);
        }
      }
      // The rows read are no header: each line is read once as a header and once as a row (linear).
      index = row - 1;
      break;
    }
  }
}

function runLocalHealthRecords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, HEALTH_STEMS) || !containsAny(lower, HOLDER_STEMS)) return;
  const medicalDocument = containsAny(lower, MEDICAL_DOCUMENTS);
  emitFieldRecords(text, emit, medicalDocument);
  emitTableRecords(text, emit, medicalDocument);
}

export const localHealthRecordDetectors: Detector[] = [{ name: "local-health-records", run: runLocalHealthRecords }];
