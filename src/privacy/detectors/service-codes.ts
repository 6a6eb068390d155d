/**
 * A one-time code in the message a service sent, as the user forwards it (session 51, closing session 49's probes): the
 * code before its label ("G-582913 is your Google verification code", "482913 est votre code de vérification", "4817 es
 * tu código de Uber") and a code named by its service ("Your Uber code is 4817", "Tu código de Uber es 4817", "Dein
 * WhatsApp-Code lautet 482-913"). The service is a capitalised name; a promotion's, a discount's or a postal code is no
 * secret. Both patterns start at a literal word and read a bounded window: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isRepetitive } from "../context.js";

/** The code, then "is your (Service) verification / security / login code" (English, French, Spanish, German). */
const CODE_BEFORE_LABEL =
  /(?<![\p{L}\p{N}_-])((?:[A-Z]-)?\d{4,8}|\d{3}[- ]\d{3})[ \t](?:is your|est votre|est ton|es tu|es su|ist dein|ist Ihr)[ \t](?:\p{Lu}[\p{L}\p{N}.]{1,20}[ \t]){0,2}(?:verification|security|login|sign-in|confirmation|one-time|authentication|access|activation|code de (?:vérification|sécurité|connexion|confirmation)|c[óo]digo de (?:verificaci[óo]n|seguridad|acceso|confirmaci[óo]n|\p{Lu}[\p{L}\p{N}]{1,20})|(?:Bestätigungs|Sicherheits|Anmelde|Verifizierungs)code|code(?![\p{L}]))/gu;
/** "Your Uber code is …", "Tu código de Uber es …", "Votre code Uber : …", "Dein WhatsApp-Code lautet …". */
const SERVICE_CODE =
  /(?<![\p{L}])(?:[Yy]our|[Tt]u|[Ss]u|[Vv]otre|[Tt]on|[Dd]ein|Ihr)[ \t](?:(?:c[óo]digo de|code)[ \t])?(\p{Lu}[\p{L}\p{N}]{1,20})(?:(?:[ \t]|-)(?:[Cc]ode|c[óo]digo))?[ \t]?(?:is|es|est|ist|lautet|:)[ \t]?:?[ \t]?((?:[A-Z]-)?\d{4,8}|\d{3}[- ]\d{3})(?![\p{N}])/gu;
const CODE_WORD = /code|c[óo]digo/i;
/** Codes that are no secret: a promotion's, a discount's, a postcode, a product's or an error's. */
const NOT_A_SERVICE =
  /^(?:Promo|Promotion|Discount|Coupon|Voucher|Referral|Gift|Zip|Postal|Post|Postcode|Area|Country|Dial|Error|Status|Product|Item|Tracking|Order|Booking|Tax|Bank|Sort|Branch|Course|Class|Room|Dress|Source|Access|Verification|Security|Login)$/;
const STEMS = ["is your", "est votre", "est ton", "es tu", "es su", "ist dein", "ist ihr", "your", "tu ", "su ", "votre", "ton ", "dein", "ihr "];
const YEAR = /^(?:19|20)\d\d$/;
const NON_DIGIT = /\D/g;

function codeValue(code: string): boolean {
  const digits = code.replace(NON_DIGIT, "");
  return !YEAR.test(digits) && !isRepetitive(digits);
}

function runServiceCodes(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS) || !CODE_WORD.test(text)) return;
  CODE_BEFORE_LABEL.lastIndex = 0;
  for (let match = CODE_BEFORE_LABEL.exec(text); match !== null; match = CODE_BEFORE_LABEL.exec(text))
    if (codeValue(match[1]!)) emit("password", match.index, match.index + match[1]!.length, "service-code", PRIORITY.contextual);
  SERVICE_CODE.lastIndex = 0;
  for (let match = SERVICE_CODE.exec(text); match !== null; match = SERVICE_CODE.exec(text)) {
    const [whole, service, code] = match as unknown as [string, string, string];
    if (!CODE_WORD.test(whole.slice(0, whole.length - code.length)) || NOT_A_SERVICE.test(service) || !codeValue(code)) continue;
    const start = match.index + whole.length - code.length;
    emit("password", start, start + code.length, "service-code", PRIORITY.contextual);
  }
}

export const serviceCodeDetectors: Detector[] = [{ name: "service-codes", run: runServiceCodes }];
