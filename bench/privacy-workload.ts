/**
 * Inputs shared by `bench/privacy.ts` and `scripts/privacy-same-findings.ts`: the ~2,000-token
 * prompt (built from the pieces below, never from an evaluation set) and the adversarial inputs (a unit
 * repeated to a size, plus sentences that never repeat).
 */
import { encode } from "gpt-tokenizer";

/**
 * The pieces of the bench's long prompt, written for the bench (no prompt of any evaluation set, so no
 * held-out text is timed): English prose, TypeScript and Python, a log line and a stack trace, a
 * Markdown table, a JSON record and a CSV extract with a header, German, French, Spanish, Chinese and
 * Hindi (Devanagari and Latin-script Hinglish), contact details, a customer's record, version numbers.
 * A prompt a user pastes into a chat: mostly work text, some personal data in it.
 */
export const PROMPT_PIECES: readonly string[] = [
  "We are migrating the billing service from a monolith to three smaller services. The plan below lists each step, the owner, and the risks we know about. ",
  "```ts\nexport async function charge(customerId: string, amountCents: number): Promise<Receipt> {\n  const customer = await db.customers.find(customerId);\n  if (!customer) throw new Error(`unknown customer ${customerId}`);\n  return stripe.charges.create({ amount: amountCents, currency: 'eur', customer: customer.stripeId });\n}\n```\n",
  "Die Migration soll bis Ende des Quartals abgeschlossen sein; bitte prüfe die Reihenfolge der Schritte und schlage Verbesserungen vor. ",
  "2025-03-14T09:12:44Z INFO request_id=550e8400-e29b-41d4-a716-446655440000 latency_ms=231 status=200 path=/v1/invoices\n",
  "| step | owner | risk |\n|---|---|---|\n| split schema | data team | medium |\n| dual writes | payments | high |\n",
  "Contact the on-call engineer at oncall.billing@northwind-logistics.co.uk or +44 20 7123 4567 if the dual writes diverge. ",
  "Version 4.12.3 of the client library is required; older builds (3.9.x) fail on the new pagination format. ",
  '```json\n{"invoice_id": "INV-2025-00417", "customer": {"name": "Maria Lopez", "email": "maria.lopez@example-mail.com", "country": "ES"}, "lines": [{"sku": "PLAN-PRO", "qty": 3, "unit_price": 49.0}], "status": "overdue"}\n```\n',
  "Le client signale que la facture de mars a été envoyée deux fois ; pouvez-vous vérifier le journal des envois et me dire quelle tâche planifiée l'a déclenchée ? ",
  "```python\ndef retry(fn, attempts=3, delay=0.5):\n    for attempt in range(attempts):\n        try:\n            return fn()\n        except TimeoutError:\n            time.sleep(delay * 2 ** attempt)\n    raise RuntimeError('gave up after %d attempts' % attempts)\n```\n",
  "invoice_id,customer_id,amount,currency,due_date\nINV-2025-00412,C-10294,1290.00,EUR,2025-04-01\nINV-2025-00413,C-10317,88.50,GBP,2025-04-03\nINV-2025-00414,C-10021,4310.75,EUR,2025-04-05\n",
  "迁移完成后，请把旧的计费接口下线，并在周五之前通知所有使用该接口的团队。",
  "Traceback (most recent call last):\n  File \"/srv/billing/worker.py\", line 88, in run\n    invoice = render(batch)\nKeyError: 'tax_rate'\n",
  "El equipo de pagos necesita una estimación del tiempo de inactividad durante la migración de la base de datos. ",
  "कृपया इस योजना की समीक्षा करें और बताएं कि कौन सा चरण सबसे जोखिम भरा है। ",
  "Bhai, dual writes wala step kal tak ho jayega kya? Mujhe client ko update dena hai. ",
];

/** A realistic mixed prompt of `targetTokens` tokens: the pieces above in turn, repeated as needed. */
export function buildPrompt(targetTokens: number): string {
  let text = "";
  for (let index = 0; encode(text).length < targetTokens; index++) text += PROMPT_PIECES[index % PROMPT_PIECES.length];
  return text;
}

/** Adversarial units, each repeated to the input size. */
export const ADVERSARIAL_UNITS: ReadonlyArray<readonly [name: string, unit: string]> = [
  ["100k letters", "a"],
  ["digits and spaces", "1 "],
  ["digits and dashes", "12-"],
  ["at signs", "a@"],
  ["password keywords", "password: "],
  ["German/Spanish keywords", "Passwort: Kennwort ist contraseña es clave: "],
  ["capitalised words", "Anna Schmidt "],
  ["hex and colons", "ab:"],
  ["eyJ segments", "eyJhbGciOiJ."],
  ["hyphenated words", "Aa-"],
  ["health terms", "Herr Meier hat Diabetes "],
  ["named diagnoses", "Anna Schmidt was diagnosed with cancer. "],
  ["key-value fields", '"phone": "+1 415 555 2671", "dob": "1980-01-02", '],
  ["CSV rows", "mrn,dob,phone\n4471902,1980-01-02,+14155552671\n"],
  ["HL7 segments", "PID|1||839201^^^HOSP^MR||Doe^Jo||19521123|F\n"],
  ["CJK addresses", "上海市浦东新区世纪大道88号"],
  ["zero-width digits", "4\u200b1\u200b7\u200b2 "],
  ["key headers, no end", "-----BEGIN PRIVATE KEY-----sk-"],
];

export const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Sentences that never repeat (a different surname each time), so that no per-sentence work can be reused. */
export function variedDiagnoses(size: number): string {
  let text = "";
  for (let index = 0; text.length < size; index++) {
    let surname = "";
    for (let rest = index; surname.length < 4 || rest > 0; rest = Math.floor(rest / 26)) surname += String.fromCharCode(97 + (rest % 26));
    text += `Anna K${surname} was diagnosed with cancer. `;
  }
  return text.slice(0, size);
}

/** Every adversarial input as a builder of `size` characters. */
export const ADVERSARIAL_INPUTS: ReadonlyArray<readonly [name: string, build: (size: number) => string]> = [
  ...ADVERSARIAL_UNITS.map(([name, unit]) => [name, (size: number) => repeatTo(unit, size)] as const),
  ["varied named diagnoses", variedDiagnoses],
];

/**
 * Shapes found after the findings fingerprint's inputs were fixed (session 32), kept out of `ADVERSARIAL_INPUTS` so
 * that the hash of scripts/privacy-findings-equivalence.ts stays comparable with earlier sessions'; the bench times
 * both lists. A text starting with an emoji looped forever at e419ea3 (a greeting walk's empty match stepped one code
 * unit into the surrogate pair); amounts next to "I owe" / "my salary" without a name walked the whole text per
 * amount (quadratic before session 32); the same amounts in a two-byte string (any character above U+00FF, here €)
 * stay linear but cost several times more per character.
 */
export const LATER_ADVERSARIAL_UNITS: ReadonlyArray<readonly [name: string, unit: string]> = [
  ["emoji at line starts", '📝 Hello Anna Smith,\n"📝 '],
  ["first-person amounts", "I owe $300 and my salary is $5000 "],
  ["first-person amounts, €", "I owe €300 and my salary is €5000 "],
];

/**
 * The € amounts with a different number in every sentence (€300 and €5000, then €301 and €5001, …): no two windows
 * alike, so the person checks kept by a window's characters (content-memo.ts) answer nothing from memory.
 */
function countingAmounts(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let count = 0; length < size; count++) {
    const sentence = `I owe €${300 + count} and my salary is €${5000 + count} `;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join("").slice(0, size);
}

/** What `npm run bench:privacy` times: every adversarial input above. */
export const BENCH_ADVERSARIAL_INPUTS: ReadonlyArray<readonly [name: string, build: (size: number) => string]> = [
  ...ADVERSARIAL_INPUTS,
  ...LATER_ADVERSARIAL_UNITS.map(([name, unit]) => [name, (size: number) => repeatTo(unit, size)] as const),
  ["first-person amounts, €, counting", countingAmounts],
  // Session 37 review: a line of colons after a clinical label word looked for its line's start once per colon.
  ["label word, then colons on one line", (size: number) => `Diagnosis: none. ${repeatTo("ab:", size - 17)}`],
  // … and every digit run looked for a dash to the text's end when one "digit-dash-digit" stood at its end (Chilean RUT).
  ["digit runs, one dash at the end", (size: number) => `${repeatTo("1 ", size - 3)}1-1`],
];
