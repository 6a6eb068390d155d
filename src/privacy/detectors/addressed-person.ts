/**
 * Money of the person a message is addressed to, or of its writer who names themselves: "Ryan, … your £38,400
 * salary … you owe £412 a month", "Oye, soy Rubén. … Debo 11.300 € de la tarjeta", "hier ist Jana, ich schulde …".
 * A vocative name at the start of a line or quote (with or without a greeting) and a second-person money cue next to
 * the amount, or a self-introduction ("I'm", "soy", "je suis", "ich bin" …), a full-name signature closing the
 * message or a full-name sender header ("From: …", "Od: …") and a first-person money cue: the amount belongs to an identified private person (the policy counts the
 * user's own data when they name themselves). Used by the financial rule only when no other person evidence is there,
 * so it costs nothing on most texts. Word problems are excluded by the caller.
 */
import { GIVEN_NAMES } from "./lexicon.js";
import { isPersonName } from "./people-names.js";

/** Greeting (optional) and a capitalised name, then a comma, at a line start or after an opening quote. */
const VOCATIVE =
  /(?:^|\n|["“„«]\s*)(?:(?:dear|hi|hello|hey|liebe[rs]?|hallo|cher|chère|salut|bonjour|hola|querid[oa]|ciao|car[oa]|olá|oi|beste|lieve|hoi|hej|cześć|drog[ia]|merhaba)\s+)?(\p{Lu}\p{Ll}{2,20})(?:\s+\p{Lu}\p{Ll}{2,20})?\s*,/giu;
/** "your salary", "you owe", "dein Gehalt", "ton salaire", "tu sueldo", "il tuo stipendio", "o teu salário", "je salaris", "twoja pensja". */
const SECOND_PERSON =
  /(?<![\p{L}])(?:your|you owe|you're|you are|you still owe|du schuldest|dein\p{L}*|ton|ta|tes|votre|vos|tu dois|tu|tus|tuo|tua|tuoi|teu|tua|você deve|jouw|uw|twoj\p{L}*|senin|din|ditt|dina)(?![\p{L}])/iu;
/** "I owe", "my salary", "Debo", "mi nómina", "ich schulde", "je dois", "devo", "o meu salário", "ik heb … schuld", "jestem winien". */
const FIRST_PERSON =
  /(?<![\p{L}])(?:i owe|i earn|i'm behind|my (?:salary|wage|pension|debts?|loans?|mortgage|rent|overdraft|income|pay)|debo|mi (?:nómina|sueldo|salario|deuda|pensión|préstamo)|ich schulde|mein (?:gehalt|lohn|kredit|dispo)|meine (?:schulden|rente)|je dois|mon (?:salaire|découvert|crédit)|mes dettes|devo|il mio stipendio|la mia pensione|eu devo|o meu salário|a minha dívida|ik heb (?:een )?schuld|mijn (?:salaris|schuld)|jestem winien|jestem winna|moja (?:pensja|emerytura)|borcum|maaşım|jag är skyldig|min lön|mina skulder|i have (?:a )?(?:debt|loan|mortgage|arrears)|ich habe (?:schulden|einen kredit|einen dispo)|tengo (?:una )?(?:deuda|hipoteca)|j'ai (?:une |des )?(?:dettes?|crédit)|mam (?:zaległoś\p{L}*|dług\p{L}*|kredyt\p{L}*|debet\p{L}*))(?![\p{L}])/iu;
/** "I'm Callum", "it's Callum", "soy Rubén", "je suis Inès", "ich bin Jana", "sono Marco", "sou a Rita", "ik ben Sanne", "jestem Ola". */
const SELF_NAME =
  /(?<![\p{L}])(?:i'?m|i am|it'?s|this is|soy|me llamo|je suis|c'est|je m'appelle|ich bin|hier ist|sono|mi chiamo|sou (?:a |o )?|eu sou|ik ben|jestem|jag är|ben)\s+(\p{Lu}\p{Ll}{2,20})/giu;
/** A full name closing a message: after a sentence end or a dash, at the end of a line or before the closing quote. */
const SIGNATURE = /(?:[.!?]\s+|[—–-]\s*|\n\s*)(\p{Lu}\p{Ll}{2,20})\s+\p{Lu}\p{Ll}{2,20}\s*["”»]?\s*(?:\n|$)/gu;

/**
 * An e-mail's sender header with a full name ("From: Barbara Nowicka", "Von: Jens Vogelsang", "Od: …", "De : …"): the
 * writer names themselves (session 40, dev-38).
 */
const SENDER = /(?:^|\n)[ \t>]*(?:from|von|de|da|od|van|от|från|fra|gönderen|kimden)[ \t]*:[ \t]*(\p{Lu}\p{Ll}{2,20})[ \t]+\p{Lu}\p{Ll}{2,20}/giu;

const knownName = (word: string) => GIVEN_NAMES.has(word.toLowerCase()) || isPersonName(word);

function anyName(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) if (knownName(match[1]!)) return true;
  return false;
}

/** Per-text answers shared by the amounts of one text: whether the writer names themselves anywhere in it. */
export interface SelfNamedCache {
  selfNamed?: boolean;
}

/**
 * Is the amount at [start, end) the money of a message's named addressee, or of its writer who names themselves?
 * The self-introduction and signature walks cover the whole text: their answer is kept in `cache`, so that a text of
 * many amounts ("my salary is $5000" repeated) costs one walk, not one per amount (was quadratic, session 32).
 */
export function addressedOrSelfNamed(text: string, start: number, end: number, cache: SelfNamedCache = {}): boolean {
  const around = text.slice(Math.max(0, start - 50), Math.min(text.length, end + 30));
  if (SECOND_PERSON.test(around) && anyName(VOCATIVE, text.slice(Math.max(0, start - 600), start))) return true;
  return FIRST_PERSON.test(around) && (cache.selfNamed ??= anyName(SELF_NAME, text) || anyName(SIGNATURE, text) || anyName(SENDER, text));
}
