/**
 * Credentials in the commands and strings people paste from a terminal, each found by its own format (session 53,
 * dev-93):
 * - GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm (`npm_`) tokens whose last six characters are the base62
 *   CRC32 of the 30 before them — the checksum the formats publish — wherever they stand: glued to URL-encoded text
 *   (`token%3Dghp_…`), to a word or to more characters, where the provider-token rule's word boundaries see none;
 * - the password of `mongo`/`mongosh … -p VALUE` (a separate argument, where mysql's bare `-p` prompts), smbclient's
 *   `-U user%password`, `net use … PASSWORD /user:…` (or after the user), `echo 'PASSWORD' | sudo -S`, keytool's
 *   `-storepass`/`-keypass`, `sqlcmd -P`, `docker login -p` (podman, skopeo, helm registry …), PowerShell's
 *   `ConvertTo-SecureString "…" -AsPlainText`, `ldapsearch -w`, `zip -P`, `7z -p…`, `openssl … -k`, redis.conf's
 *   `requirepass`, SQL's `IDENTIFIED BY '…'`; the token of `vault login TOKEN` and `npm config set …:_authToken TOKEN`;
 * - the signature of an Azure shared access signature (`sv=…&sig=…`).
 * A placeholder (`<password>`, `$PASS`, `*`, `%PASSWORD%`) is no value. Every pattern starts at a literal and has bounded
 * parts: linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, containsAnyAtWordStart } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { prefixedTokenChecksumValid } from "../checksums.js";

const TOKEN_PREFIXES: readonly string[] = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"];
const CHECKSUM_TOKEN = /(?:gh[pousr]|npm)_[A-Za-z0-9]{36}/g;
const BEFORE_TOKEN = /[A-Za-z0-9_]/;

/** A checksummed token that the word-bounded provider rule misses (the same span, if it sees it, merges). */
function runChecksumTokens(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, TOKEN_PREFIXES)) return;
  CHECKSUM_TOKEN.lastIndex = 0;
  for (let match = CHECKSUM_TOKEN.exec(text); match !== null; match = CHECKSUM_TOKEN.exec(text)) {
    const value = match[0];
    // A prefix inside a word (`myghp_…`) is read too: the checksum, not the boundary, says it is a token.
    if (!prefixedTokenChecksumValid(value)) continue;
    const start = match.index;
    const glued = start > 0 && BEFORE_TOKEN.test(text[start - 1]!);
    emit("api_key", start, start + value.length, glued ? "checksum-token-glued" : "checksum-token", PRIORITY.secret + 1);
  }
}

const MONGO_STEMS: readonly string[] = ["mongo"];
const SMB_STEMS: readonly string[] = ["smbclient"];
const NET_USE_STEMS: readonly string[] = ["net use"];
const SUDO_STEMS: readonly string[] = ["sudo -s"];
const SAS_STEMS: readonly string[] = ["sig="];
const KEYTOOL_STEMS: readonly string[] = ["storepass", "keypass"];
const SQLCMD_STEMS: readonly string[] = ["sqlcmd", "osql", "bcp "];
const LOGIN_STEMS: readonly string[] = [" login"];
const SECURE_STRING_STEMS: readonly string[] = ["convertto-securestring"];
const AUTH_TOKEN_STEMS: readonly string[] = ["_authtoken"];
const REDIS_CONF_STEMS: readonly string[] = ["requirepass", "masterauth"];
const IDENTIFIED_BY_STEMS: readonly string[] = ["identified by"];
const LDAP_STEMS: readonly string[] = ["ldap"];
/** Archivers' names at a word's start (their patterns open with `\b`): "rar" inside "library" opens no gate. */
const ZIP_STEMS: readonly string[] = ["zip"];
const SEVEN_ZIP_STEMS: readonly string[] = ["7z", "rar", "unrar"];
const WORD_START_STEMS: ReadonlySet<readonly string[]> = new Set([ZIP_STEMS, SEVEN_ZIP_STEMS]);
const OPENSSL_STEMS: readonly string[] = ["openssl"];

/** `mongosh "mongodb://…" -u root -p VALUE`, `mongo … --username x -p VALUE`: the next argument, unless an option. */
const MONGO_SEPARATE = /\bmongo(?:sh|dump|restore|export|import)?\b[^\n|;&]{0,200}?[ \t]-p[ \t]+(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
/** smbclient's `-U user%password` (and `--user=user%password`). */
const SMB_USER_PASSWORD = /\bsmbclient\b[^\n|;&]{0,200}?[ \t](?:-U[ \t]*|--user=)(['"]?)[^\s%'"]{1,64}%([^\s'"`]{3,128})\1(?=\s|$)/dg;
/** `net use X: \\server\share PASSWORD /user:DOMAIN\user`, or the password after `/user:…`. */
const NET_USE_BEFORE_USER = /\bnet use\b[^\n]{0,40}?\\{1,2}\S{1,200}[ \t]+(['"]?)([^\s'"`/*][^\s'"`]{2,127})\1[ \t]+\/user:/dgi;
const NET_USE_AFTER_USER = /\bnet use\b[^\n]{0,240}?[ \t]\/user:\S{1,128}[ \t]+(['"]?)([^\s'"`/*][^\s'"`]{2,127})\1(?=\s|$)/dgi;
/** `echo 'PASSWORD' | sudo -S …` (also `printf`): the password piped into sudo's standard input. */
const PIPED_TO_SUDO = /\b(?:echo|printf)[ \t]+(?:-[ne][ \t]+)?(['"]?)([^\s'"`|]{3,128})\1[ \t]*\|[ \t]*sudo[ \t]+-S\b/dg;
/** keytool's and jarsigner's `-storepass VALUE`, `-keypass VALUE` (and `-srcstorepass` …; `-storepass:env VAR` names a variable). */
const KEYTOOL_PASSWORD = /(?<!\S)-(?:src|dest|new)?(?:store|key)pass[ \t]+(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
/** SQL Server's `sqlcmd … -P VALUE` (also `osql`, `bcp`; upper-case P, where `-p` prints statistics). */
const SQLCMD_PASSWORD = /\b(?:sqlcmd|osql|bcp)\b[^\n|;&]{0,200}?[ \t]-P[ \t]*(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
/** `docker login -u ci -p VALUE` (podman, buildah, skopeo, helm registry, oras too), `--password VALUE` / `=VALUE`. */
const REGISTRY_LOGIN_PASSWORD =
  /\b(?:docker|podman|buildah|skopeo|oras|helm registry|nerdctl|cf|oc) login\b[^\n|;&]{0,200}?[ \t](?:-p|--password)(?:[ \t]+|=)(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
/** `vault login TOKEN` (not `vault login -method=…`): a HashiCorp Vault token given on the command line. */
const VAULT_LOGIN_TOKEN = /\bvault login[ \t]+(['"]?)([A-Za-z0-9_.-]{16,128})\1(?=\s|$)/dg;
/** PowerShell's `ConvertTo-SecureString "VALUE" -AsPlainText`: a password written in the script. */
const SECURE_STRING_PASSWORD = /\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(["'])([^"'\n]{3,128})\1[^\n]{0,40}?-AsPlainText/dgi;
/** `npm config set //registry/:_authToken VALUE` (a space where `.npmrc` has `=`). */
const AUTH_TOKEN_ARGUMENT = /:_authToken[ \t]+(['"]?)([A-Za-z0-9_.+/=-]{16,256})\1(?=\s|$)/dgi;
/** redis.conf's `requirepass VALUE` and `masterauth VALUE`. */
const REDIS_CONF_PASSWORD = /(?<![\w-])(?:requirepass|masterauth)[ \t]+(['"]?)([^\s'"`]{3,128})\1(?=\s|$)/dg;
/** redis.conf's own commented example, `requirepass foobared`: a documented value, nobody's password. */
const notRedisExample = (text: string, start: number): boolean => !text.startsWith("foobared", text.indexOf(" ", start) + 1);
/** SQL's `IDENTIFIED BY 'VALUE'` (MySQL, MariaDB, Oracle; `IDENTIFIED BY PASSWORD '*…'` is a hash and does not match). */
const IDENTIFIED_BY_PASSWORD = /\bIDENTIFIED[ \t]+BY[ \t]+(['"])([^'"\n]{3,128})\1/dgi;
/** OpenLDAP clients' bind password, `ldapsearch … -w VALUE`. */
const LDAP_BIND_PASSWORD =
  /\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b[^\n|;&]{0,200}?[ \t]-w[ \t]+(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
/** An archive's password: `zip -P VALUE`, `7z a -pVALUE`, `unrar x -pVALUE`. */
const ZIP_PASSWORD = /\bzip\b[^\n|;&]{0,120}?[ \t]-P[ \t]+(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
const SEVEN_ZIP_PASSWORD = /\b(?:7z|7za|7zr|unrar|rar)\b[^\n|;&]{0,120}?[ \t]-p(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
/** `openssl enc … -k VALUE` (a passphrase on the command line). */
const OPENSSL_PASSPHRASE = /\bopenssl\b[^\n|;&]{0,200}?[ \t]-k[ \t]+(['"]?)([^\s'"`-][^\s'"`]{2,127})\1(?=\s|$)/dg;
/** Azure SAS: a `sig=` query parameter (base64, percent-encoded), with `sv=<date>` earlier in the same URL or string. */
const SAS_SIGNATURE = /[?&;]sig=()([A-Za-z0-9%+/=]{20,200})/dg;
const SAS_VERSION = /(?:^|=)sv=\d{4}-\d{2}-\d{2}$/;
const PARAMETER_SEPARATOR = /[?&;]/;
const SAS_REACH = 600;

/**
 * A shell variable, a Windows one, a prompt (`*`), a template slot or a placeholder word: no value; nor a short
 * lower-case word (`echo yes | sudo -S …`, `-p admin`: an answer or a default, not a chosen secret).
 */
const REFERENCE = /^(?:\$|%\w+%$|\*$|<|\{|[a-z]{1,5}$)/;

/** Each match's group 2 is the value (group 1 its quote). */
function emitValues(
  pattern: RegExp,
  text: string,
  emit: Emit,
  category: "password" | "api_key",
  rule: string,
  accept: (text: string, start: number) => boolean = () => true,
): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = match[2]!;
    const at = match.indices?.[2];
    if (at === undefined || REFERENCE.test(value) || isPlaceholderValue(value) || !accept(text, match.index)) continue;
    emit(category, at[0], at[1], rule, PRIORITY.secret - 5);
  }
}

/**
 * `sv=<date>` among the parameters before `sig=` (split at `?`, `&` and `;`), in the same run of non-space characters,
 * at most 600 back: `?sv=2022-11-02&ss=b&…&sig=…`, `SharedAccessSignature=sv=2022-11-02&…`.
 */
function sasVersionBefore(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < SAS_REACH && !WHITESPACE.test(text[start - 1]!)) start--;
  return text
    .slice(start, at)
    .split(PARAMETER_SEPARATOR)
    .some((parameter) => SAS_VERSION.test(parameter));
}

const WHITESPACE = /\s/;

/** Each command's or file's keyword stems (answered by the shared keyword pass), pattern, category, rule and check. */
type ShellRule = [stems: readonly string[], pattern: RegExp, category: "password" | "api_key", rule: string, accept?: (text: string, start: number) => boolean];
const SHELL_RULES: readonly ShellRule[] = [
  [MONGO_STEMS, MONGO_SEPARATE, "password", "command-line-password"],
  [SMB_STEMS, SMB_USER_PASSWORD, "password", "command-line-password"],
  [NET_USE_STEMS, NET_USE_BEFORE_USER, "password", "command-line-password"],
  [NET_USE_STEMS, NET_USE_AFTER_USER, "password", "command-line-password"],
  [SUDO_STEMS, PIPED_TO_SUDO, "password", "command-line-password"],
  [SAS_STEMS, SAS_SIGNATURE, "api_key", "azure-sas-signature", sasVersionBefore],
  [KEYTOOL_STEMS, KEYTOOL_PASSWORD, "password", "command-line-password"],
  [SQLCMD_STEMS, SQLCMD_PASSWORD, "password", "command-line-password"],
  [LOGIN_STEMS, REGISTRY_LOGIN_PASSWORD, "password", "command-line-password"],
  [LOGIN_STEMS, VAULT_LOGIN_TOKEN, "api_key", "command-line-token"],
  [SECURE_STRING_STEMS, SECURE_STRING_PASSWORD, "password", "command-line-password"],
  [AUTH_TOKEN_STEMS, AUTH_TOKEN_ARGUMENT, "api_key", "command-line-token"],
  [REDIS_CONF_STEMS, REDIS_CONF_PASSWORD, "password", "config-password", notRedisExample],
  [IDENTIFIED_BY_STEMS, IDENTIFIED_BY_PASSWORD, "password", "sql-password"],
  [LDAP_STEMS, LDAP_BIND_PASSWORD, "password", "command-line-password"],
  [ZIP_STEMS, ZIP_PASSWORD, "password", "command-line-password"],
  [SEVEN_ZIP_STEMS, SEVEN_ZIP_PASSWORD, "password", "command-line-password"],
  [OPENSSL_STEMS, OPENSSL_PASSPHRASE, "password", "command-line-password"],
];

function runShellPasswords(text: string, emit: Emit, lower: string): void {
  for (const [stems, pattern, category, rule, accept] of SHELL_RULES) {
    const present = WORD_START_STEMS.has(stems) ? containsAnyAtWordStart(lower, stems) : containsAny(lower, stems);
    if (present) emitValues(pattern, text, emit, category, rule, accept);
  }
}

export const shellCredentialDetectors: Detector[] = [
  { name: "checksum-tokens", run: runChecksumTokens },
  { name: "shell-passwords", run: runShellPasswords },
];
