/**
 * Session 53 (issue #15): a chosen password given under an access code's label ("auth code: Tr0ub4dor&3x", "Zugangscode
 * für das Portal: Mx7#kLp2qR", "código de acceso: Ve1ano!2024"). The PIN rule (labelled-identifiers.ts) reads digit
 * codes only; a card receipt's auth code (`AUTH CODE 093514`, `58A21Z`) has no lower-case letter and no symbol, so the
 * value must mix lower- and upper-case letters, a digit and a symbol (8 to 64 characters, no space), which a receipt's,
 * a ticket's or a product's code does not. Linear: one bounded match per label.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";

const CODE_LABEL =
  /(?<![\p{L}])(?:auth(?:entication|orization)? code|access code|admin code|log-?in code|sign-?in code|zugangscode|anmeldecode|code d['’]accès|code de connexion|código de (?:acceso|acesso)|codice di accesso|kod dostępu|toegangscode)(?:[ \t]{1,2}[\p{L}'’-]+){0,3}?(?:[ \t]{0,2}[:=：][ \t]{0,2}|[ \t]{1,2}(?:is|ist|est|es|é|è|to|jest)[ \t]{1,2})([^\s"'`<>]{8,64})/giu;
const CODE_STEMS = ["code", "código", "codice", "kod "];
/** Closing punctuation after a value ("… Tr0ub4dor&3x."), trimmed by hand: a `[…]+$` pattern backtracks on a run of it. */
const CLOSING = new Set([".", ",", ";", ":", "!", "?", ")", "]"]);

function withoutClosing(value: string): string {
  let end = value.length;
  while (end > 0 && CLOSING.has(value[end - 1]!)) end--;
  return value.slice(0, end);
}
const CHOSEN = /^(?=[^]*\p{Ll})(?=[^]*\p{Lu})(?=[^]*\d)(?=[^]*[^\p{L}\p{N}])[^]{8,64}$/u;
const ADDRESS = /:\/\/|^www\.|@/;

function runCodeLabelPasswords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CODE_STEMS)) return;
  CODE_LABEL.lastIndex = 0;
  for (let match = CODE_LABEL.exec(text); match !== null; match = CODE_LABEL.exec(text)) {
    const value = withoutClosing(match[1]!);
    if (!CHOSEN.test(value) || ADDRESS.test(value) || isPlaceholderValue(value)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + value.length, "code-label-password", PRIORITY.secret - 5);
  }
}

export const codeLabelPasswordDetectors: Detector[] = [{ name: "code-label-passwords", run: runCodeLabelPasswords }];
