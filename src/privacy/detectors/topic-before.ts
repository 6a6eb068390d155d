/**
 * Session 53 (issue #15): a medicine named as the subject of a talk, a text or a course ("Prof. Jane Hill gave a lecture
 * on warfarin dosing", "wrote an article about metformin", "hielt einen Vortrag über Metformin", "dio una charla sobre
 * la warfarina") is a topic beside the speaker's name, not the speaker's medicine. Read on the 64 characters before the
 * mention, anchored at their end: a discourse noun or verb, its preposition, then at most an article or one adjective.
 */
const TOPIC_BEFORE =
  /(?<![\p{L}])(?:lectures?|talks?|seminars?|webinars?|presentations?|papers?|articles?|keynotes?|courses?|workshops?|study|studies|research|reviews?|chapters?|thesis|guidelines?|posters?|classes|class|modules?|podcasts?|symposium|spoke|speaks|lectured|wrote|writes|published|presented|presents|teaches|taught|vortrag|vorlesung|artikel|studie|fortbildung|conférence|cours|exposé|étude|atelier|charla|conferencia|ponencia|curso|artículo|estudio|palestra|aula|artigo|estudo|lezione|conferenza|articolo|studio|wykład|artykuł|szkolenie)[ \t]+(?:on|about|into|regarding|covering|über|zu|zum|zur|sur|sobre|su|sul|sulla|o|over)[ \t]+(?:(?:the|le|la|les|el|los|las|der|die|das|den|il|lo|a|o|os|as|new|safe|current)[ \t]+|l['’])?$/iu;

/**
 * Session 53 review: a talk's noun, then its speaker (capitalised words or titles; words of the Arabic script), then the
 * preposition ("La ponencia de Carmen Ruiz sobre la insulina", "Seminar dr. Budi Santoso tentang insulin", "محاضرة
 * الدكتور أحمد حسن عن الأنسولين"), or a speaking verb and at most three words before it ("spricht am Dienstag über
 * Metformin"). A lower-case verb after the name ("At the seminar Anna told everyone about the insulin") or a
 * possessive before the medicine ("about her insulin") is no topic.
 */
const TALK_SPEAKER_TOPIC =
  /(?<![\p{L}])(?:(?:[Ll]ectures?|[Tt]alks?|[Ss]eminars?|[Ww]ebinars?|[Pp]resentations?|[Kk]eynotes?|[Ww]orkshops?|[Vv]ortrag|[Vv]orlesung|[Rr]eferat|[Cc]onférence|[Ee]xposé|[Cc]harla|[Cc]onferencia|[Pp]onencia|[Pp]alestra|[Ll]ezione|[Cc]onferenza|[Ww]ykład|[Kk]uliah|[Cc]eramah|[Ll]okakarya)(?:[ \t]+(?:of|by|de|del|von|di|du|da|dari|oleh))?(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?|dr\.|prof\.)){1,4}|(?:[Ss]pricht|[Rr]eferiert|[Ss]peaks|[Ll]ectures)(?:[ \t]+\p{L}+){0,3})[ \t]+(?:about|regarding|über|sur|sobre|tentang|mengenai)[ \t]+(?:(?:the|le|la|les|el|los|las|der|die|das|den|il|lo)[ \t]+|l['’])?$|(?:محاضرة|ندوة)(?:[ \t]+\p{Script=Arabic}+){1,4}[ \t]+(?:عن|حول)[ \t]+$/u;

/**
 * Session 54: a pharmacist, doctor or nurse (and their names or titles) who explains, describes or discusses how, why or
 * when a medicine works ("pharmacist Tom Becker explains how lithium is monitored", "Apothekerin Lena Roth erklärt, wie
 * Metformin wirkt", "la pharmacienne explique comment le lithium …"): the medicine right after the question word (an
 * article at most) is the talk's subject. Not a possessive ("explains how his lithium …"), nor a lay person explaining.
 */
const EXPERT_EXPLAINS_TOPIC =
  /(?<![\p{L}])(?:[Pp]harmacist|[Dd]octor|[Dd]r\.|[Nn]urse|[Pp]hysician|[Pp]rof\.|[Pp]rofessor|[Pp]sychiatrist|GP|[Aa]potheker(?:in)?|[Ää]rztin|[Aa]rzt|[Pp]harmacien(?:ne)?|[Mm]édecin|[Dd]octeur|[Ff]armacéutic[oa]|[Mm]édic[oa]|[Ff]armacista|[Mm]edico|[Ff]armaceut(?:ka)?|[Ll]ekarz)(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,3}[ \t]+(?:explains|explained|describes|described|discusses|discussed|outlines|erklärt|erläutert|explique|explica|spiega|wyjaśnia),?[ \t]+(?:how|why|when|whether|wie|warum|wann|comment|pourquoi|quand|cómo|como|por qué|cuándo|come|perché|quando|jak|dlaczego)[ \t]+(?:(?:the|le|la|les|el|los|las|der|die|das|den|il|lo|o|a)[ \t]+|l['’])?$/u;

/** True when the text right before `index` makes what follows a talk's, a text's or a course's topic. */
export function topicBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 64), index);
  return TOPIC_BEFORE.test(before) || TALK_SPEAKER_TOPIC.test(before) || EXPERT_EXPLAINS_TOPIC.test(before);
}
