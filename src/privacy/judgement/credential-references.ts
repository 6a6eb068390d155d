/**
 * Password and secret findings whose "value" is not a credential at all, read from the value and the characters
 * right around it (no window beyond the line):
 *  - a mapping key: the value starts its own line and a `:` follows it (`db_password:\n    file: ./secrets/…`, a
 *    Docker secrets block): the keyword's line holds no value, the next line opens a nested mapping;
 *  - the message of a shell parameter expansion (`${MARIADB_PASSWORD:?set it in .env}`, `${PW?missing}`): the text
 *    printed when the variable is unset (a `:-` default is still reported: it may be a real password);
 *  - a fragment of a snake_case identifier: a lower-case `word_word` value that begins right after an ASCII letter,
 *    digit or `_` (`password_reset_required` read as keyword + `et_required`; `mysql -pRh9#Tk2` is still reported);
 *  - a reference that a tool resolves: an Ansible vault tag (`!vault`), a shell command substitution (`$(cat
 *    /run/secrets/pg)`), a SOPS or Jasypt value (`ENC[AES256_GCM,…`, `ENC(…)`), a 1Password, Vault, AWS or Azure secret reference
 *    (`op://…`, `vault:…`, `arn:aws:secretsmanager:…`, `@Microsoft.KeyVault(…)`);
 *  - a secret store's path (`secret/data/prod/db`, `kv/prod/payments`): lower-case words joined by `/`, no digit run
 *    or mixed case that a key would have — a reference to where the secret lives.
 *  - a name of a password rather than one: letters and `_`/`.`/`-` only, holding a password word (`self.password =
 *    new_password`, `mqtt_password = "mqtt_pass"`, `user.password`, `mqttPassword`): a variable or the key echoed;
 *  - a password finding that is a word of running prose: an unquoted lower-case word followed on its line by two more
 *    words ("the LUKS password to have full access", "le password: lunghezza minima 12", "the password is quite
 *    intriguing"): a sentence about passwords, not a value (a value ends its clause or carries digits or signs);
 *  - (session 39, dev-37) an unquoted call that reads the secret at run time: a dotted callee
 *    (`password=getpass.getpass("DB password: ")`, `os.getenv(…)`, `System.getenv(…)`, `cfg.get(…)`) or a callee named
 *    for reading or asking (`input(…)`, `prompt(…)`, `readPassword(…)`, `getSecret(…)`): code, not a value.
 * Each check costs a few character comparisons per password or API-key finding.
 */
import type { PrivacyFinding } from "../types.js";

const SECRET_CATEGORIES = new Set<string>(["password", "api_key"]);
const WORD_CHARACTER = /[A-Za-z0-9_]/;
const SNAKE_CASE = /^[a-z0-9]+(?:_[a-z0-9]+)+$/;
const LINE_START = /(?:^|\n)[ \t-]*$/;
const KEY_COLON = /^:(?:\s|$)/;
const RESOLVED_REFERENCE = /^(?:!vault\b|\$\(|ENC[[(]|op:\/\/|vault:|arn:aws:secretsmanager:|@Microsoft\.KeyVault)/i;
const EXPANSION_MESSAGE = /\$\{[A-Za-z_][A-Za-z0-9_]*:?$/;
/** Two or more `/` between lower-case words (letters, `-`, `_`, `.`; a digit only at a word's end: v1, db2). */
const STORE_PATH = /^[a-z][a-z_.-]*\d?(?:\/[a-z][a-z_.:-]*\d?){2,}$/;

/** Letters in words joined by single `_`, `.` or `-` (the separator is required inside the group: `[_.-]?` there made the
 * match exponential in a word's length, a 49-character prompt took 21 s to scan — session 46). */
const PASSWORD_NAME = /^[A-Za-z]+(?:[_.-][A-Za-z]+)*$/;
const PASSWORD_WORD = /pass|pwd|kennwort/i;
const PROSE_WORD = /^\p{Ll}{3,}$/u;
const PROSE_AFTER = /^ \p{Ll}+ [\p{L}\p{N}]/u;
const QUOTE = /["'`“”«»‘’]/;
/** A call expression at the value's start: a dotted callee, or one whose name reads or asks for the value. */
const DOTTED_CALL = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(/;
const READING_CALL = /^[A-Za-z_$]*(?:get|read|input|prompt|ask|fetch|load|env|secret)[\w$]*\(/i;
/** An undotted callee in code starts lower-case or with `_`/`$` (`getSecret(`, `input(`); "Secret(42)" is a password. */
const CODE_CALLEE = /^[a-z_$]/;
/** The value ends at the call's "(" or at the ")" that closes it (then at most `;`, `,` or more closing brackets). */
const CALL_END = /^[^()]*\([^()]*\)?[\s;,)]*$/;

/**
 * An unquoted call expression (`getpass.getpass(`, `input(`): the code that obtains the password. A password with
 * brackets in it ("Forget(me)Not7", "Target(2024)!", "Secret(42)Now") goes on past the call or starts upper-case
 * (session 39 review).
 */
function isRuntimeCall(text: string, value: string, start: number): boolean {
  if (QUOTE.test(text[start - 1] ?? "") || !CALL_END.test(value)) return false;
  return DOTTED_CALL.test(value) || (CODE_CALLEE.test(value) && READING_CALL.test(value));
}

/** A password finding that names a password variable, or a lower-case word that running prose continues after. */
function isPasswordWording(text: string, value: string, start: number, end: number): boolean {
  if (PASSWORD_NAME.test(value) && PASSWORD_WORD.test(value)) return true;
  return PROSE_WORD.test(value) && !QUOTE.test(text[start - 1] ?? "") && PROSE_AFTER.test(text.slice(end, end + 40));
}

export function isCredentialReference(text: string, finding: PrivacyFinding): boolean {
  if (!SECRET_CATEGORIES.has(finding.category)) return false;
  const { start, end } = finding;
  const value = text.slice(start, end);
  if (KEY_COLON.test(text.slice(end, end + 2)) && LINE_START.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (value.startsWith("?") && EXPANSION_MESSAGE.test(text.slice(Math.max(0, start - 64), start))) return true;
  if (start > 0 && WORD_CHARACTER.test(text[start - 1]!) && SNAKE_CASE.test(value)) return true;
  if (finding.category === "password" && isPasswordWording(text, value, start, end)) return true;
  if (isRuntimeCall(text, value, start)) return true;
  return RESOLVED_REFERENCE.test(value) || STORE_PATH.test(value);
}
