/**
 * Session 53 (issue #15): a number that answers a question asking for an institution's line ("Q: What number do I call
 * for the embassy's passport office?\nA: +44 20 7008 5000", "Client: Quel est le numéro de la mairie ?\nAgent : 01 42 76
 * 40 40") is the institution's, published for callers. The value opens its answer line after a speaker's label; the
 * line before ends with a question mark and names an institution and a number or a call; no one's own or a relative's
 * number is asked for ("your number", "her mobile", "my mum's number"). Reads the 200 characters before the value.
 */
const SPEAKER_BEFORE = /(?:^|\n)[ \t]*[\p{L}][\p{L} .'’-]{0,23}[ \t]*[:：][ \t]*$/u;
const QUESTION_LINE = /(?:^|\n)([^\n]{8,160}\?)[ \t]*\n[^\n]*$/u;
const INSTITUTION =
  /(?<![\p{L}])(?:embass(?:y|ies)|consulate|passport office|office|hospital|clinic|pharmacy|police|council|ministry|town hall|city hall|post office|library|museum|airport|airline|station|helpline|hotline|customer service|reception|front desk|school|university|botschaft|konsulat|krankenhaus|apotheke|polizei|rathaus|embajada|consulado|farmacia|ayuntamiento|ambassade|consulat|pharmacie|mairie|préfecture|hôpital|ambasciata|ospedale|comune|embaixada|prefeitura|ambasada|apteka|szpital|urząd)(?![\p{L}])/iu;
const NUMBER_WORD =
  /(?<![\p{L}])(?:number|phone|call|ring|dial|contact|nummer|anrufen|número|numéro|numero|appeler|llamar|ligar|chiamare|numer|zadzwonić|telefon\p{L}*|téléphone|teléfono)(?![\p{L}])/iu;
const PERSON_ASKED =
  /(?<![\p{L}])(?:your|his|her|their|my (?:mum|mom|mother|dad|father|wife|husband|son|daughter|friend|brother|sister)|deine?|ihre?|seine?|votre|ton|ta|son|sa|tu|su|seu|sua)(?:['’]s)?[ \t]+(?:own[ \t]+)?(?:\p{L}+[ \t]+)?(?:number|phone|mobile|cell|nummer|handy|numéro|número|numero|portable|móvil|celular)(?![\p{L}])/iu;

/** True when the value at `start` answers a question asking for an institution's number. */
export function institutionQuestionBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  if (!SPEAKER_BEFORE.test(before)) return false;
  const question = QUESTION_LINE.exec(before)?.[1];
  return question !== undefined && INSTITUTION.test(question) && NUMBER_WORD.test(question) && !PERSON_ASKED.test(question);
}
