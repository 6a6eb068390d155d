/**
 * A password its owner describes and then gives (dev-49, session 43): "Das Kennwort für Omas Laptop ist der Name ihrer
 * Katze mit ihrem Geburtsjahr, also Minka1941", "Heslo … je jméno naší chalupy a rok: Podlesi2003", "パスワードは犬の
 * 名前と結婚記念日だよ、kotaro1108", or right after its word ("Kennwort Mausi2011!", "heslo je Elif2012"). The value is
 * a word with two to four digits after it (a name and a year or a number), the shape people choose; within one sentence
 * of the password word, after a colon, dash, comma or "that is" word. An example ("e.g.", "like", "zum Beispiel") is
 * not a password someone uses. Bounded parts: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";

/** Latin and Cyrillic words after a non-letter; the CJK and Hangul words anywhere (no spaces between words there). */
const LABEL =
  "(?:(?<![\\p{L}_])(?:passwor[dt]|kennwort|mot de passe|contraseña|senha|wachtwoord|parola d['’]ordine|hasło|haslo|lösenord|heslo|şifre|sifre|пароль)|パスワード|密码|密碼|비밀번호)";
const VALUE = "(\\p{L}[\\p{L}_]{2,20}\\d{2,4}[!#?$%&*]?)(?![\\p{L}\\p{N}])";
const COPULA = "(?:je|jest|är|er|is|ist|est|es|è|é|=|:)";
const THAT_IS = "(?:also|so|i\\.e\\.|namely|d\\.h\\.|c['’]est-à-dire|es decir|cioè|czyli|tj\\.|то есть|yani|dus|oftewel|alltså|ou seja|そう|つまり)";
/** The value right after its word or a copula: "Kennwort Mausi2011!", "heslo je Elif2012". */
const RIGHT_AFTER = new RegExp(`${LABEL}(?:\\s{1,3}${COPULA})?\\s{1,3}${VALUE}`, "giu");
/** The value at the end of the sentence that describes it, after a colon, dash, comma or "that is" word. */
const AFTER_DESCRIPTION = new RegExp(`${LABEL}[^.!?\\n。]{0,100}?(?:[:：—–、,，]|(?<!\\p{L})${THAT_IS}(?!\\p{L}))\\s{0,3}${VALUE}`, "giu");
/** The password words of LABEL, lower-case (also the start of told-secrets.ts's cue stems). */
export const PASSWORD_WORD_STEMS = [
  "passwor",
  "kennwort",
  "mot de passe",
  "contraseña",
  "senha",
  "wachtwoord",
  "parola d",
  "hasło",
  "haslo",
  "lösenord",
  "heslo",
  "şifre",
  "sifre",
  "пароль",
  "パスワード",
  "密码",
  "密碼",
  "비밀번호",
];
/** An example is not a password someone uses. */
const EXAMPLE =
  /(?<!\p{L})(?:e\.g\.|for example|for instance|such as|like|z\.\s?b\.|zum beispiel|etwa|wie|come|jak|gibi|как|som|typu|par exemple|comme|por ejemplo|como|ad esempio|tipo|np\.|na przykład|например|örneğin|bijvoorbeeld|zoals|till exempel|například)(?!\p{L})|例えば|比如|例如|예를 들어/iu;

function runDescribedPasswords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, PASSWORD_WORD_STEMS)) return;
  for (const pattern of [RIGHT_AFTER, AFTER_DESCRIPTION]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[1]!;
      if (!/\p{Ll}/u.test(value) || isPlaceholderValue(value) || EXAMPLE.test(match[0])) continue;
      const start = match.index + match[0].length - value.length;
      emit("password", start, start + value.length, "described-password", PRIORITY.contextual);
    }
  }
}

export const describedPasswordDetectors: Detector[] = [{ name: "described-passwords", run: runDescribedPasswords }];
