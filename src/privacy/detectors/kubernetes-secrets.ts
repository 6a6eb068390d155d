/**
 * The values of a Kubernetes `Secret` manifest (session 54, dev-97: gitleaks' kubernetes-secret contexts): in a YAML
 * document whose `kind:` is `Secret` itself (not `ExternalSecret`, `SopsSecret`, `SecretStore`), each entry of its
 * `data:` block (base64: the decoded text must be a chosen secret — 6 or more characters with a digit or a symbol, no
 * placeholder; a JSON document or a PEM block is left to the decoded scan) and of its `stringData:` block (the text
 * itself, same test) is a password; the `kind` may stand before or after the block. Templates (`{{ … }}`), empty
 * strings and short values (`YWRtaW4=` = "admin") are no value. A `data:` value is base64, so the encoded-value
 * reader's rule holds for it as for any base64 credential: when the scan of its decoded text finds nothing, the finding
 * goes. Below the generic secret assignment's priority, so a key that names a token (`CLIENT_SECRET: …`) keeps its
 * category. One pass over the lines: linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";

const KIND_STEMS: readonly string[] = ["kind:"];
const DATA_STEMS: readonly string[] = ["data:"];

const SECRET_KIND = /^[ \t]*kind:[ \t]*(["']?)secret\1[ \t]*$/i;
const DATA_BLOCK = /^([ \t]*)(string)?data:[ \t]*$/i;
const DOCUMENT_BREAK = /^---[ \t]*$/;
/** An entry `  name: value` (the value quoted or bare), or `  name: |` / `>` with the value on the next line. */
const ENTRY = /^[ \t]+[\w.-]{1,253}:[ \t]*(["']?)([^"'\s#]+)\1[ \t]*$/;
const BLOCK_SCALAR = /^[|>][-+]?$/;
const BASE64 = /^[A-Za-z0-9+/]{12,}={0,2}$/;
const PRINTABLE = /^[\x20-\x7e]+$/;
const CHOSEN = /[\d\W_]/;
const TRAILING_CR = /\r$/;
const TRAILING_NEWLINE = /\r?\n$/;
/** A JSON document (`.dockerconfigjson`) or a PEM block (`tls.crt`, `tls.key`): left to the decoded scan's readers. */
const STRUCTURED_START = /^\s*(?:[{[]|-----BEGIN )/;

/** A tutorial's value: a placeholder word with digits or symbols only (`password123`, `admin!`, `S3cret` is not). */
const TUTORIAL_VALUE = /^(?:my|your)?[-_]?(?:pass(?:word)?|passwd|secret|admin|root|test|demo|example|default|changeme|user(?:name)?)[\W\d_]*$/i;

/** A decoded or plain value that is someone's secret: printable, 6+ characters with a digit or symbol, no placeholder. */
function chosenSecret(value: string): boolean {
  return value.length >= 6 && PRINTABLE.test(value) && CHOSEN.test(value) && !isPlaceholderValue(value) && !TUTORIAL_VALUE.test(value);
}

function secretValue(value: string, stringData: boolean): boolean {
  if (stringData) return chosenSecret(value);
  if (!BASE64.test(value)) return false;
  const decoded = Buffer.from(value, "base64").toString("utf8").replace(TRAILING_NEWLINE, "");
  // A JSON document or PEM block is read by the decoded scan (the Docker config and private-key readers), not judged whole.
  return !STRUCTURED_START.test(decoded) && chosenSecret(decoded);
}

function runKubernetesSecrets(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, KIND_STEMS) || !containsAny(lower, DATA_STEMS) || !lower.includes("secret")) return;
  let isSecret = false;
  let pending: Array<[number, number]> = [];
  const flush = () => {
    if (isSecret) for (const [start, end] of pending) emit("password", start, end, "kubernetes-secret-data", PRIORITY.secret - 12);
    isSecret = false;
    pending = [];
  };
  let block: { indent: number; stringData: boolean } | undefined;
  let scalarFor: { indent: number; stringData: boolean } | undefined;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = { start, text: text.slice(start, end).replace(TRAILING_CR, "") };
    start = end + 1;
    if (DOCUMENT_BREAK.test(line.text)) {
      flush();
      block = undefined;
      continue;
    }
    if (SECRET_KIND.test(line.text)) isSecret = true;
    const trimmed = line.text.trim();
    const indent = line.text.length - line.text.trimStart().length;
    if (scalarFor !== undefined) {
      if (trimmed !== "" && indent > scalarFor.indent && secretValue(trimmed, scalarFor.stringData)) {
        const at = line.start + indent;
        pending.push([at, at + trimmed.length]);
      }
      scalarFor = undefined;
      if (trimmed !== "") continue;
    }
    const opened = DATA_BLOCK.exec(line.text);
    if (opened !== null) {
      block = { indent: opened[1]!.length, stringData: opened[2] !== undefined };
      continue;
    }
    if (block === undefined || trimmed === "" || trimmed.startsWith("#")) continue;
    if (indent <= block.indent) {
      block = undefined;
      continue;
    }
    const entry = ENTRY.exec(line.text);
    if (entry === null) continue;
    const value = entry[2]!;
    if (BLOCK_SCALAR.test(value)) {
      scalarFor = { indent, stringData: block.stringData };
      continue;
    }
    if (!secretValue(value, block.stringData)) continue;
    const at = line.start + line.text.lastIndexOf(value);
    pending.push([at, at + value.length]);
  }
  flush();
}

export const kubernetesSecretDetectors: Detector[] = [{ name: "kubernetes-secrets", run: runKubernetesSecrets }];
