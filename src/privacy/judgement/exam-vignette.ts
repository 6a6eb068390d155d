/**
 * Multiple-choice exam vignettes ("A 45-year-old man presents with chest pain … A) aspirin B) …", in
 * any language): the patient is invented for the question, so the conditions and medicines in it are
 * nobody's health data. A prompt is a vignette when it has answer options (A) … B) …, (A) … (B) …,
 * ① … ②, А) … Б), أ) … ب)) and an age phrase (45-year-old, 45 ans, 45 años, 45-jährige, 45 лет, 45 yaş,
 * 45 tahun, 45歳, 45岁, 45세, 45 वर्षीय, 45 عاماً, 45 tuổi); its health findings are dropped.
 */
export const EXAM_CHOICES = /(?:^|[\s(])(?:[AaАа]|أ|①)\s?[).]\s*\S[\s\S]{0,200}?(?:^|[\s(])(?:[BbБб]|ب|②)\s?[).]\s*\S|\((?:A|a)\)[\s\S]{0,200}?\((?:B|b)\)/u;

const AGE_PHRASE = /\d{1,3}\s?(?:-?\s?years?[- ]old|-?jährig\p{L}*|ans|años|anos|anni|лет|года|yaş\p{L}*|tahun|歳|岁|세|वर्षीय|عام(?:اً|ا)?|سنة|tuổi)/iu;

/** True when `text` (its first 4,000 characters) reads as a multiple-choice clinical exam question. */
export function isExamVignette(text: string): boolean {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  return EXAM_CHOICES.test(head) && AGE_PHRASE.test(head);
}
