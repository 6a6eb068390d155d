/**
 * Normalisation of prompts in languages other than English for the semantic routes' built-in
 * encoder: elided articles and pronouns read apart from their word (session 37, on by default since
 * session 38: labelled set +1 French paraphrase, no false match added). Pure.
 */

/**
 * French and Italian elisions (l'heure, d'un, qu'il, c'était, jusqu'à; dell'anno, all'estero,
 * un'idea): the article, preposition or pronoun before the apostrophe, and a word of two letters or more.
 */
const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|dell|all|dall|nell|sull|coll|quell|quest|un|nessun)['’](\p{L}{2,})$/u;

/** A token without its elided article or pronoun ("d'un" → "un", "l'heure" → "heure"); other tokens as written. */
export function withoutElision(token: string): string {
  const match = ELIDED.exec(token);
  return match ? match[1]! : token;
}
