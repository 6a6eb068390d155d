/**
 * An access code of letters and digits right after its label (session 49, dev-80): a hotel's or café's Wi-Fi voucher
 * ("Access code: gx72-hk4p", "code d'accès mq7z-4tkw", "رمز الدخول hq4t-8mzk"), a portal's or a guest network's code
 * given in a message the user received. Digit-only codes after the same labels are PINs (labelled-identifiers.ts); this
 * rule reads the codes that mix letters and digits: one to four groups of two to eight letters and digits joined by
 * hyphens, six to 24 characters without them, at least two letters and two digits, not a placeholder. The value must
 * follow the label at once, after a colon or a copula. Each label is a literal; the value is read in a window of 40
 * characters after it: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";

const ACCESS_CODE_LABEL =
  /(?<![\p{L}\p{N}])(?:access code|voucher code|wi-?fi voucher|wlan-voucher|internet voucher|wi-?fi code|internet code|guest code|code d['’]accès|code (?:du )?wi-?fi|zugangscode|wlan-code|código de acceso|código de acesso|código (?:del |do )?wi-?fi|codice (?:di )?accesso|codice (?:del )?wi-?fi|toegangscode|wifi-code|kod dostępu|kod do wi-?fi|رمز الدخول|رمز الوصول|كود الدخول)(?![\p{L}])|(?:アクセスコード|接続コード|上网码|接入码|访问码|접속 ?코드|액세스 ?코드)/giu;
const STEMS = [
  "access code",
  "voucher code",
  "wi-fi voucher",
  "wifi voucher",
  "wlan-voucher",
  "internet voucher",
  "wi-fi code",
  "wifi code",
  "internet code",
  "guest code",
  "code d'accès",
  "code d’accès",
  "code wi",
  "code du wi",
  "zugangscode",
  "wlan-code",
  "código de acce",
  "código del wi",
  "código do wi",
  "código wi",
  "codice di accesso",
  "codice accesso",
  "codice del wi",
  "codice wi",
  "toegangscode",
  "wifi-code",
  "kod dostępu",
  "kod do wi",
  "رمز الدخول",
  "رمز الوصول",
  "كود الدخول",
  "アクセスコード",
  "接続コード",
  "上网码",
  "接入码",
  "访问码",
  "접속",
  "액세스",
];
/**
 * A colon (after up to three words: "Zugangscode für das Büro-WLAN: …"), a copula or nothing, an opening quote, then the
 * code (no letter, digit or hyphen right after it). The copula comes before the bare gap in the alternation and the gap
 * holds no leading blank of its own: otherwise the copula itself ("is") was read as the code and the real one never
 * (review-b, session 49).
 */
const CODE_AFTER_LABEL =
  /^(?:(?:[ \t]+[\p{L}'’-]{1,14}){0,3}[ \t]*[:：=][ \t]*|[ \t]+(?:is|est|ist|lautet|es|è|é|jest|to|هو)[ \t]+|[ \t]*(?:は|是|为|는|은)[ \t]*|[ \t]*)["'“«「【\[]?([A-Za-z0-9]{2,8}(?:-[A-Za-z0-9]{2,8}){0,3})(?![\p{L}\p{N}-])/u;
const LETTER = /[A-Za-z]/g;
const DIGIT = /\d/g;
const HYPHEN = /-/g;

/** Letters and digits mixed (two of each at least), six to 24 characters without the hyphens, not a placeholder. */
function accessCodeValue(value: string): boolean {
  const compact = value.replace(HYPHEN, "");
  if (compact.length < 6 || compact.length > 24) return false;
  if ((compact.match(LETTER)?.length ?? 0) < 2 || (compact.match(DIGIT)?.length ?? 0) < 2) return false;
  return !isPlaceholderValue(value) && !isPlaceholderValue(compact);
}

function runAccessCodes(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  ACCESS_CODE_LABEL.lastIndex = 0;
  for (let label = ACCESS_CODE_LABEL.exec(text); label !== null; label = ACCESS_CODE_LABEL.exec(text)) {
    const from = label.index + label[0].length;
    const match = CODE_AFTER_LABEL.exec(text.slice(from, from + 40));
    if (match === null || !accessCodeValue(match[1]!)) continue;
    const start = from + match[0].length - match[1]!.length;
    emit("password", start, start + match[1]!.length, "access-code", PRIORITY.secret - 4);
  }
}

export const accessCodeDetectors: Detector[] = [{ name: "access-codes", run: runAccessCodes }];
