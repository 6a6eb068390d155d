/**
 * A password-looking token found without a password assignment (the `standalone-password` rule) in a text that talks
 * about passwords as a kind — "why are "India@123" type passwords so common", "why is P@ssw0rd123 a terrible password",
 * "ist Sommer2024! wirklich so ein schlechtes Passwort", "common passwords like …" — and claims no one's: no first-person
 * or possessive cue in the text (my, I use, mein, mon, mi, meu, mio, mijn, mój, mera …). Such a token is an example of
 * a bad or common password, not a secret. An assignment (`password: …`, "my password is …") is never judged here.
 */
import type { PrivacyFinding } from "../types.js";

const GENERIC_TALK =
  /(?<![\p{L}])(?:(?:common|commonest|most (?:common|used|popular)|popular|typical|weak|weakest|bad|terrible|awful|worst|guessable|obvious|example|type|such)\s+(?:\p{L}+\s+)?passwords?|passwords?\s+(?:like|such as|of the kind)|(?:schlecht|schwach|typisch|häufig)\p{L}*\s+(?:\p{L}+\s+)?passw(?:ö|o)rt\p{L}*|mots? de passe (?:faibles?|courants?|les plus utilisés)|contraseñas? (?:débil(?:es)?|comunes?|más usadas?)|senhas? (?:fracas?|comuns?|mais usadas?)|password (?:deboli|debole|comuni|più usate)|zwakke? wachtwoorden?|słabe hasła|popularne hasła|弱密码|常见密码|最常见密码|弱いパスワード|よくあるパスワード|passwords? itne common)(?![\p{L}])/iu;
const OWNERSHIP =
  /(?<![\p{L}])(?:my|mine|i use|i've used|i used|i'm using|our|his|her|mein\p{L}*|ich nutze|mon|ma|mes|mi|mis|meu|minha|mio|mia|mijn|mój|moje|moja|mera|meri|mere|mujhe)(?![\p{L}])|我的|私の|僕の|मेरा|मेरी/iu;

/** True for a standalone password token in a text about passwords in general that claims it for nobody. */
export function isExamplePassword(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "password" || finding.rule !== "standalone-password") return false;
  return GENERIC_TALK.test(text) && !OWNERSHIP.test(text);
}
