/**
 * A password-looking token found without a password assignment (the `standalone-password` rule) in a text that talks
 * about passwords as a kind — "why are "India@123" type passwords so common", "why is P@ssw0rd123 a terrible password",
 * "ist Sommer2024! wirklich so ein schlechtes Passwort", "common passwords like …" — and claims no one's: no first-person
 * or possessive cue in the text (my, I use, mein, mon, mi, meu, mio, mijn, mój, mera …). Such a token is an example of
 * a bad or common password, not a secret. Any password finding right after an example cue ("Example: Tr0ub4dor&3",
 * "e.g.", "like", "Good:", "z. B.", "par exemple", "例如", a password word then "comme", "como", "tipo", "wie", "zoals" …: "un mot
 * de passe comme « Azerty123! »"; session 53: "tipo", "du genre", "etwa", "像", "例（", "예를 들어") in a text claiming no
 * password is an example too. An
 * assignment without such a cue (`password: …`) is not judged by the talk cues.
 * The talk path drops only a token shaped as people build passwords — a word, then digits or symbols ("Summer2024!",
 * "P@ssw0rd123" once its letter-like digits and `@`/`$` read as letters): "Is dR4m!3?hcnwOzd0fa5 a weak password?" asks
 * about a random-looking string someone most likely uses, and stays reported.
 * An example marker right after the value (`"P@ssw0rd" (example)`, `（サンプル値）`) cues it the same way (session 40).
 * Any password finding whose value is a famous published example (xkcd 936's `Tr0ub4dor&3` and
 * `correcthorsebatterystaple`, bash.org's `hunter2`) is nobody's, whatever the rule; so is one a policy lists as
 * rejected ("Examples of rejected passwords: `Password1!`", session 42), and one the text presents "as an example" right
 * after it with no writer's claim (session 44).
 */
import type { PrivacyFinding } from "../types.js";

const GENERIC_TALK =
  /(?<![\p{L}])(?:(?:common|commonest|most (?:common|used|popular)|popular|typical|weak|weakest|bad|terrible|awful|worst|guessable|obvious|example|type|such)\s+(?:\p{L}+\s+)?passwords?|passwords?\s+(?:like|such as|of the kind)|(?:schlecht|schwach|typisch|häufig)\p{L}*\s+(?:\p{L}+\s+)?passw(?:ö|o)rt\p{L}*|mots? de passe (?:faibles?|courants?|les plus utilisés)|contraseñas? (?:débil(?:es)?|comunes?|más usadas?)|senhas? (?:fracas?|comuns?|mais usadas?)|password (?:deboli|debole|comuni|più usate)|zwakke? wachtwoorden?|słabe hasła|popularne hasła|弱密码|常见密码|最常见密码|弱いパスワード|よくあるパスワード|passwords? itne common)(?![\p{L}])/iu;
const OWNERSHIP =
  /(?<![\p{L}])(?:my|mine|i use|i've used|i used|i'm using|our|his|her|mein\p{L}*|ich nutze|mon|ma|mes|mi|mis|meu|minha|mio|mia|mijn|mój|moje|moja|mera|meri|mere|mujhe)(?![\p{L}])|我的|私の|僕の|मेरा|मेरी/iu;

const EXAMPLE_BEFORE =
  /(?<![\p{L}])(?:examples?|e\.\s?g\.|for instance|such as|like|(?:good|bad|strong|weak|better|worse)\s*[:：]|z\.\s?b\.|beispiel(?:sweise)?|par exemple|exemple|por ejemplo|ejemplo|por exemplo|exemplo|ad esempio|esempio|bijvoorbeeld|voorbeeld|np\.|na przykład|przykład|(?:passwor[dt]\p{L}*|mots? de passe|contraseñas?|senhas?|wachtwoord(?:en)?|hasł\p{L}+|parol\p{L}+)\s+(?:comme|como|tipo|come|wie|zoals|jak|typu)|tipo|du genre|etwa)\s*[:：]?\s*["'“«]?\s?$|(?:例如|比如|像|例えば|例：|例:|例[（(]|예를 들어|예:)\s*["'“「]?$/iu;
/**
 * An example marker right after the value, on its line: `password: "P@ssw0rd" (example)`, `(sample value, change it)`,
 * `# dummy`, `（サンプル値。実運用では変更してください）`, `（例）`, `(示例)`, `(예시)` (session 40, dev-38); or (session 53,
 * dev-93) a "such as"-word right after it: "（Soleil@40mango など）", "像 … 这样的示例密码", "… 같은 예시"; or (session 53
 * review) "for example" after the value and its punctuation: "Sommer2024! zum Beispiel ist zu schwach".
 */
const EXAMPLE_AFTER =
  /^["'”」`]?(?:[ \t]*(?:(?:[(（][ \t]*|(?:#|\/\/)[ \t]*)(?:examples?|sample(?: value)?|placeholder|dummy|fake|beispiel(?:wert)?|exemple|ejemplo|esempio|exemplo|voorbeeld|przykład|пример|サンプル(?:値)?|例|示例|样例|範例|예시|샘플)(?![\p{L}])|(?:など|とか|这样的|之类的|같은|처럼))|[!?.,]?[ \t]+(?:for example|for instance|zum beispiel|beispielsweise|par exemple|por ejemplo|per esempio|por exemplo|bijvoorbeeld|na przykład)(?![\p{L}]))/iu;
/**
 * A list of passwords a policy refuses, right before the value: "Examples of rejected passwords: `Password1!`",
 * "banned passwords such as …", "forbidden passwords include …" (session 42, dev-46). Nobody holds a password the
 * text says is refused, so no ownership cue ("our password policy") keeps it.
 */
const REJECTED_BEFORE =
  /(?<![\p{L}])(?:rejected|refused|forbidden|banned|blocked|disallowed|prohibited|blacklisted|blocklisted|denylisted)\s+passwords?\s*(?:(?:like|such as|include|are|e\.\s?g\.)\s*)?[:：]?\s*["'`“«]?$/iu;
/**
 * A policy's or list's word within 160 characters before: "Keycloak rejected password Kx9!… for user anna.b" and "two
 * rejected passwords: …, which is my real one?" are a person's attempts in a log (session 42 review).
 */
const POLICY_WORD =
  /(?<![\p{L}])(?:polic(?:y|ies)|examples?|such as|like|e\.\s?g\.|includes?|guidelines?|rules?|requirements?|standards?|blocklists?|denylists?|richtlinie\p{L}*|beispiele?|politique|exemples?|política|ejemplos?)(?![\p{L}])/iu;
/**
 * The text calls the value an example right after it: "shows 'Summer2024!' as an example of a weak password", "… as a
 * sample". Only the writer's own claim keeps it ("I use …", "my …"); "our" is an organisation's voice here ("Our
 * security training slide shows …", session 44, dev-57).
 */
const AS_EXAMPLE_AFTER = /^[!?.]?["'”’`]?[ \t]+as[ \t]+(?:an?[ \t]+)?(?:examples?|samples?|illustrations?)(?![\p{L}])/iu;
const OUR_WORD = /(?<![\p{L}])our(?![\p{L}])/giu;
/**
 * "Our" before an organisation's documents or rules ("Our docs say: never use a password like 'letmein123'", "our
 * security policy bans …"): the organisation's voice, no claim on a password (session 46). Blanked before OWNERSHIP is
 * read for a cued or standalone example.
 */
const OUR_DOCUMENTS =
  /(?<![\p{L}])our[ \t]+(?:docs|documentation|policy|policies|guidelines?|handbook|manual|guide|wiki|rules|training|security (?:policy|guidelines?|training|team))(?![\p{L}])/giu;
const FAMOUS_EXAMPLES = new Set(["tr0ub4dor&3", "correcthorsebatterystaple", "correct-horse-battery-staple", "hunter2"]);

/** What a text says about passwords as a kind, read once per text (the judge is called per finding). */
export interface PasswordTalk {
  generic?: boolean;
  owned?: boolean;
}

/** True for a famous example password, or a standalone one in talk about passwords or after an example cue, claimed by nobody. */
export function isExamplePassword(text: string, finding: PrivacyFinding, talk: PasswordTalk = {}): boolean {
  if (finding.category !== "password") return false;
  if (FAMOUS_EXAMPLES.has(text.slice(finding.start, finding.end).toLowerCase())) return true;
  if (
    REJECTED_BEFORE.test(text.slice(Math.max(0, finding.start - 48), finding.start)) &&
    POLICY_WORD.test(text.slice(Math.max(0, finding.start - 160), finding.start))
  )
    return true;
  if (AS_EXAMPLE_AFTER.test(text.slice(finding.end, finding.end + 32))) return !OWNERSHIP.test(text.replace(OUR_WORD, "   "));
  // The local cue first: the whole-text reads run only for a cued or standalone finding.
  const cued = EXAMPLE_BEFORE.test(text.slice(Math.max(0, finding.start - 24), finding.start)) || EXAMPLE_AFTER.test(text.slice(finding.end, finding.end + 24));
  if (!cued && finding.rule !== "standalone-password") return false;
  talk.owned ??= OWNERSHIP.test(text.replace(OUR_DOCUMENTS, (cue) => " ".repeat(cue.length)));
  if (talk.owned) return false;
  if (cued) return true;
  if (!humanPatterned(text.slice(finding.start, finding.end))) return false;
  talk.generic ??= GENERIC_TALK.test(text);
  return talk.generic;
}

const LETTER_LIKE: Readonly<Record<string, string>> = { "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

/** The kind of each character (upper, lower, digit, other), a letter-like digit or sign between letters read as a letter. */
function characterKind(token: string, index: number): string {
  const character = token[index]!;
  const letter = (at: number): boolean => at >= 0 && at < token.length && /\p{L}/u.test(token[at]!);
  if (LETTER_LIKE[character] !== undefined && letter(index - 1) && letter(index + 1)) return "l";
  if (/\p{Lu}/u.test(character)) return "u";
  if (/\p{L}/u.test(character)) return "l";
  return /\d/.test(character) ? "d" : "s";
}

/** At most three changes of kind ("Summer2024!": upper, lower, digits, sign): a word with digits or signs after it. */
function humanPatterned(token: string): boolean {
  let changes = 0;
  for (let index = 1; index < token.length; index++) if (characterKind(token, index) !== characterKind(token, index - 1)) changes++;
  return changes <= 3;
}
