/**
 * Multiple-choice exam vignettes ("A 45-year-old man presents with chest pain … A) aspirin B) …", in
 * any language): the patient is invented for the question, so the conditions and medicines in it are
 * nobody's health data. A prompt is a vignette when it has answer options (A) … B) …, (A) … (B) …,
 * ① … ②, А) … Б), أ) … ب)) and an age phrase (45-year-old, 45 ans, 45 años, 45-jährige, 45 лет, 45 yaş,
 * 45 tahun, 45歳, 45岁, 45세, 45 वर्षीय, 45 عاماً, 45 tuổi); its health findings are dropped.
 */
export const EXAM_CHOICES = /(?:^|[\s(])(?:[AaАа]|أ|①)\s?[).]\s*\S[\s\S]{0,200}?(?:^|[\s(])(?:[BbБб]|ب|②)\s?[).]\s*\S|\((?:A|a)\)[\s\S]{0,200}?\((?:B|b)\)/u;

const AGE_PHRASE = /\d{1,3}\s?(?:-?\s?years?[- ]old|-?jährig\p{L}*|ans|años|anos|anni|лет|года|yaş\p{L}*|tahun|歳|岁|세|वर्षीय|عام(?:اً|ا)?|سنة|tuổi)/iu;

/**
 * A passage the writer quotes from a textbook or lecture notes ("summarise this paragraph from an internal
 * medicine textbook", "aus dem Lehrbuch", "من كتاب الباطنية", "教科书里的这段"): its "patient" is the
 * textbook's generic one, so the conditions in it are nobody's either.
 */
const TEXTBOOK_PASSAGE =
  /(?<![\p{L}])(?:(?:from|in|of) (?:a|an|the|this|my|our) (?:[\p{L}-]+ ){0,3}(?:textbook|text book|lecture notes|handbook)|aus (?:dem|einem) (?:[\p{L}-]+ ){0,2}lehrbuch|(?:du|d'un) manuel|(?:del|de un) (?:libro de texto|manual de)|(?:dal|da un) (?:libro di testo|manuale)|(?:do|de um) (?:livro didático|manual de)|uit (?:het|een) (?:leerboek|studieboek)|z podręcznika|из учебника|ders kitabından|من كتاب)(?![\p{L}])|教科书|教科書|课本|教材|교과서|पाठ्यपुस्तक/iu;

/**
 * True when `text` (its first 4,000 characters) reads as a multiple-choice clinical exam question, or quotes a
 * textbook passage (the two teaching texts whose patients are invented).
 */
export function isExamVignette(text: string): boolean {
  const head = text.length > 4000 ? text.slice(0, 4000) : text;
  return (EXAM_CHOICES.test(head) && AGE_PHRASE.test(head)) || TEXTBOOK_PASSAGE.test(head.slice(0, 400));
}
