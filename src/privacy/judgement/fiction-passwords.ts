/**
 * A password in a work of fiction (session 43, dev-49): "En la novela, el detective descubre que la contraseña de la
 * víctima era «Rosebud»", "in the film the hacker's password is Joshua". A work's word (novel, film, series, episode,
 * game …) and one of its people (character, detective, hero, victim, protagonist …) in the 160 characters before the
 * finding: the password is a character's, not a person's. Bounded reads before each finding: linear in the text.
 */
import type { PrivacyFinding } from "../types.js";

const WORK =
  /(?<!\p{L})(?:novel|film|movie|book|story|series|episode|game|play|comic|anime|manga|novela|película|serie|libro|cuento|roman|buch|romanzo|racconto|romance|livro|powieść|książk\p{L}*|роман\p{L}*|фильм\p{L}*|сериал\p{L}*|roman\p{L}*|dizi\p{L}*|boek|bok)(?!\p{L})|小説|映画|ドラマ|小说|电影|电视剧|드라마|영화|소설/iu;
const CHARACTER =
  /(?<!\p{L})(?:character|detective|hero|heroine|protagonist|villain|victim|narrator|personaje|protagonista|víctima|detective|personnage|héros|héroïne|victime|figur|held|heldin|opfer|personaggio|vittima|personagem|vítima|bohater\p{L}*|ofiar\p{L}*|персонаж\p{L}*|геро\p{L}*|жертв\p{L}*|karakter|kahraman)(?!\p{L})|主人公|主角|受害者|犯人|주인공|피해자|범인/iu;

/** True for a password finding told about a work of fiction's character. */
export function isFictionPassword(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "password") return false;
  const before = text.slice(Math.max(0, finding.start - 160), finding.start);
  return WORK.test(before) && CHARACTER.test(before);
}
