/**
 * Session 53 (issue #15): a medicine named as the subject of a talk, a text or a course ("Prof. Jane Hill gave a lecture
 * on warfarin dosing", "wrote an article about metformin", "hielt einen Vortrag über Metformin", "dio una charla sobre
 * la warfarina") is a topic beside the speaker's name, not the speaker's medicine. Read on the 64 characters before the
 * mention, anchored at their end: a discourse noun or verb, its preposition, then at most an article or one adjective.
 */
const TOPIC_BEFORE =
  /(?<![\p{L}])(?:lectures?|talks?|seminars?|webinars?|presentations?|papers?|articles?|keynotes?|courses?|workshops?|study|studies|research|reviews?|chapters?|thesis|guidelines?|posters?|classes|class|modules?|podcasts?|symposium|spoke|speaks|lectured|wrote|writes|published|presented|presents|teaches|taught|vortrag|vorlesung|artikel|studie|fortbildung|conférence|cours|exposé|étude|atelier|charla|conferencia|ponencia|curso|artículo|estudio|palestra|aula|artigo|estudo|lezione|conferenza|articolo|studio|wykład|artykuł|szkolenie)[ \t]+(?:on|about|into|regarding|covering|über|zu|zum|zur|sur|sobre|su|sul|sulla|o|over)[ \t]+(?:(?:the|le|la|les|el|los|las|der|die|das|den|il|lo|a|o|os|as|new|safe|current)[ \t]+|l['’])?$/iu;

/**
 * Session 53 review: a talk's noun earlier in the clause, its preposition right before the medicine ("Prof. Keller
 * spricht am Dienstag über Metformin", "La ponencia de Carmen Ruiz sobre la insulina", "محاضرة الدكتور … عن الأنسولين",
 * "Seminar dr. Budi tentang insulin"). Only events' nouns and speaking verbs; a possessive before the medicine ("about
 * her insulin") is no topic.
 */
const TOPIC_PREPOSITION_END =
  /(?<![\p{L}])(?:on|about|regarding|über|sur|sobre|su|sul|sulla|tentang|mengenai|o|over)[ \t]+(?:(?:the|le|la|les|el|los|las|der|die|das|den|il|lo|a|o|os|as)[ \t]+|l['’])?$|(?:^|[ \t])(?:عن|حول)[ \t]+$/iu;
const TALK_IN_CLAUSE =
  /(?<![\p{L}])(?:lectures?|talks?|seminars?|webinars?|presentations?|keynotes?|workshops?|vortrag|vorlesung|referat|spricht|referiert|conférence|exposé|charla|conferencia|ponencia|palestra|lezione|conferenza|wykład|kuliah|ceramah|lokakarya)(?![\p{L}])|محاضرة|ندوة|ورشة عمل/iu;
/** A clause's end; not an abbreviation's period ("Prof.", "dr.", "Nr."). */
const CLAUSE_END = /(?<!(?:^|[\s(])\p{L}{1,4})\.(?=\s)|[!?;:\n。！？]/gu;

/** True when the text right before `index` makes what follows a talk's, a text's or a course's topic. */
export function topicBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 64), index);
  if (TOPIC_BEFORE.test(before)) return true;
  if (!TOPIC_PREPOSITION_END.test(before)) return false;
  let clauseStart = 0;
  for (const end of before.matchAll(CLAUSE_END)) clauseStart = end.index + 1;
  return TALK_IN_CLAUSE.test(before.slice(clauseStart));
}
