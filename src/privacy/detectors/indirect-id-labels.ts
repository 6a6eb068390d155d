/**
 * Indirect identity labels (session 43, development set 50): the paperwork of life events — a hotel's registration
 * slip, a car-rental desk, a payroll or KYC form — names an identity number by what it is for, not by its own name:
 * "ID no.", "ID doc", "Turkish ID", "personal number", "national identification number", "identity no.". Such a label
 * counts only for a number whose own check is strong (check digits and an embedded birth date, or two check digits),
 * and not when another record's identifier is named beside it ("order ID", "customer no.", "tracking", "invoice").
 * Every pattern runs on a bounded window around a number that already passed its checksum: linear time.
 */
import { keywordAround } from "../context.js";

/**
 * "ID", "ID no.", "ID-Nr.", "ID doc", "identity", "identification", "personal number", "national no.", "citizen". Not a
 * field name or attribute: `user_id`, `id=` and `id="…"` name a record's key, not an identity document; nor is a bare
 * "ID" column header before the next header (`ID,amount`: a row's own id; session 46).
 */
export const INDIRECT_ID_LABEL =
  /(?<![\p{L}\p{N}_])(?:id|i\.d\.)(?:[ .-]{0,2}(?:no|nr|number|num|doc|document|card|code))?(?![\p{L}_=]|[ \t]*[,;\t|][ \t]*\p{L})|identity|identification|personal (?:number|code|no|id)|national (?:no|number|identification|identity)|citizen/iu;

/**
 * Another record's identifier named beside the number: an order, a customer, a parcel, an invoice, a device — or a
 * software or media record's "… ID" (a trace, chat, job, video, event, row, player: random 10- and 11-digit ids there
 * passed a PESEL, EGN, personnummer or T.C. Kimlik check about once in 35; session 43 review).
 */
export const OTHER_RECORD_ID =
  /(?:order|customer|client|user|transaction|session|device|product|booking|ticket|invoice|reference|account|member|employee|staff|student|case|parcel|shipment|request|serial|batch|item|article)[ _-]?(?:id|no|nr|number|#|code)(?![\p{L}])|tracking|invoice|bestell|rechnung|factura|fatura|(?<![\p{L}])(?:imei|vin|sku)(?![\p{L}])|(?<![\p{L}])(?:trace|span|chat|job|video|event|message|msg|thread|channel|group|guild|server|player|steam|game|app|build|run|commit|process|task|correlation|page|post|tweet|photo|image|file|object|node|row|record|entity|container|instance|cluster|tenant|workspace|project|campaign|pixel|playlist|track|album|store|shop|merchant|vendor|seller|asset|issue|bug|error|log)[ _-]?id(?![\p{L}])/iu;

/** The window either side of the number the indirect label is looked for in (a form's label and its value). */
const WINDOW = 40;

/** True when an indirect identity label stands within 40 characters of [start, end) and no other record's id does. */
export function indirectIdLabelAround(text: string, start: number, end: number): boolean {
  return keywordAround(text, start, end, INDIRECT_ID_LABEL, WINDOW) && !keywordAround(text, start, end, OTHER_RECORD_ID, WINDOW);
}
