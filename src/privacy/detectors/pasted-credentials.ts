/**
 * Credentials in the everyday artefacts people paste (session 45, dev-59), each found by its format's own frame:
 * - the key of a Wi-Fi QR string (`WIFI:S:Home;T:WPA;P:the-key;;`, fields in any order, `\;` escapes);
 * - the `"auth"` value of a Docker `config.json` (`"auths": {"ghcr.io": {"auth": "<base64 of user:password>"}}`), when it
 *   decodes to printable `user:password`;
 * - the password field of a `.pgpass` line (`host:port:database:user:password`, after a space or a line's start) in a text that names
 *   `.pgpass`.
 * A placeholder (`<password>`, `PASSWORD`, `xxxx`) is no value. Every pattern is anchored on a literal with bounded
 * parts: linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";

/** "WIFI:" in any case: a string retyped from a photo or a note is often lower-case (`wifi:s:Home;t:wpa;p:…;;`). */
const WIFI_QR = /WIFI:/gi;
/** One field of a Wi-Fi QR string: a one- or two-letter name, a colon, the value (backslash escapes) and a semicolon. */
const QR_FIELD = /([A-Za-z]{1,2}):((?:\\.|[^;\\\n]){0,96});/y;
const MAX_QR_FIELDS = 8;
/** `<password>`, `{key}`, `${WIFI_KEY}`, `[your key]`: a template's slot. */
const SLOT = /^[<{[$%]/;

function acceptable(value: string): boolean {
  return value.length >= 4 && !SLOT.test(value) && !isPlaceholderValue(value);
}

/** The readers' cue words, answered by the scan's shared keyword pass (session 52: no `lower.includes` over the text each). */
const WIFI_QR_STEMS: readonly string[] = ["wifi:"];
const DOCKER_AUTH_STEMS: readonly string[] = ['"auth"'];
const PGPASS_STEMS: readonly string[] = ["pgpass"];

function runWifiQr(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, WIFI_QR_STEMS)) return;
  WIFI_QR.lastIndex = 0;
  for (let match = WIFI_QR.exec(text); match !== null; match = WIFI_QR.exec(text)) {
    QR_FIELD.lastIndex = match.index + match[0].length;
    for (let count = 0; count < MAX_QR_FIELDS; count++) {
      const field = QR_FIELD.exec(text);
      if (field === null) break;
      const value = field[2]!;
      if (field[1]!.toUpperCase() !== "P" || !acceptable(value)) continue;
      const start = field.index + field[1]!.length + 1;
      emit("password", start, start + value.length, "wifi-qr-key", PRIORITY.secret - 8);
    }
  }
}

const DOCKER_AUTH = /"auth"\s*:\s*"([A-Za-z0-9+/]{12,684}={0,2})"/g;
/** `user:password`, printable ASCII, both sides non-empty. */
const USER_PASSWORD = /^[!-9;-~][ -~]{0,255}:[ -~]{1,255}$/;

function runDockerAuths(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, DOCKER_AUTH_STEMS)) return;
  DOCKER_AUTH.lastIndex = 0;
  for (let match = DOCKER_AUTH.exec(text); match !== null; match = DOCKER_AUTH.exec(text)) {
    const value = match[1]!;
    if (isPlaceholderValue(value)) continue;
    const decoded = Buffer.from(value, "base64").toString("latin1");
    if (!USER_PASSWORD.test(decoded) || isPlaceholderValue(decoded.slice(decoded.indexOf(":") + 1))) continue;
    const start = match.index + match[0].length - value.length - 1;
    emit("password", start, start + value.length, "docker-config-auth", PRIORITY.secret - 8);
  }
}

/** A `.pgpass` line: host (or `*`), port (or `*`), database, user, password; `\:` escapes a colon. */
const PGPASS_LINE = /(?<!\S)(?:[A-Za-z0-9_.*-]{1,253}|\[[0-9A-Fa-f:]{2,45}\]):(?:\d{1,5}|\*):(?:\\.|[^:\s\\]){1,63}:(?:\\.|[^:\s\\]){1,63}:(\S{1,128})(?!\S)/g;
const HOST_LETTER = /^[A-Za-z*[]/;

function runPgpassLines(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, PGPASS_STEMS)) return;
  PGPASS_LINE.lastIndex = 0;
  for (let match = PGPASS_LINE.exec(text); match !== null; match = PGPASS_LINE.exec(text)) {
    const value = match[1]!;
    if (!HOST_LETTER.test(match[0]) || !acceptable(value)) continue;
    const start = match.index + match[0].length - value.length;
    emit("password", start, start + value.length, "pgpass-line", PRIORITY.secret - 8);
  }
}

export const pastedCredentialDetectors: Detector[] = [
  { name: "wifi-qr", run: (text, emit, lower) => runWifiQr(text, emit, lower) },
  { name: "docker-config-auth", run: runDockerAuths },
  { name: "pgpass-lines", run: runPgpassLines },
];
