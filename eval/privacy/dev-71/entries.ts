/**
 * dev-71 entries: values written so that a detector misses them. A generator: plain, made-up but valid values per
 * category (Luhn cards, SSN/ITIN/EIN/NI/TFN/SIN, public IPs, phones, birth dates, licence numbers, diagnoses, passwords
 * and API keys) pass through one or two evasion transforms a person really uses — digits as words ("oh", "double
 * seven"), digits split by spaces, dots, slashes, pipes, underscores or one per line, "at"/"dot" e-mails and IPs,
 * homoglyphs, full-width or superscript digits, zero-width characters and soft hyphens, leetspeak, reversed tokens
 * with an instruction to reverse them, a value split across two sentences, markdown/code spans, `.env` and code string
 * concatenation, base64/rot13 with a "decode this" request, and health by euphemism, medication or abbreviation. Each
 * sensitive shape has a hard negative with the same transform on a value that identifies nobody (documented test
 * cards and keys, textbook IP ranges, public hotlines, product codes, maths digits, historical or fictional people,
 * password policies). `kind` is `<topic>:<transform>` or `neg-<topic>:<transform>`. Our own invented text; every
 * person is invented.
 */
import { luhnValid } from "../../../src/privacy/checksums.js";
import type { MarkedEntry } from "../marked-prompts.js";

// ---------------------------------------------------------------------------------------------------------------
// Plain values (checked when the module loads: a wrong check digit throws).

/** Completes a digit payload with its Luhn check digit. */
function luhn(payload: string): string {
  for (let check = 0; check < 10; check++) if (luhnValid(payload + String(check))) return payload + String(check);
  throw new Error(`no Luhn digit for ${payload}`);
}

/** Australian TFN: weights 1,4,3,7,5,8,6,9,10, sum divisible by 11; completes an 8-digit payload. */
function tfn(payload: string): string {
  const weights = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (let check = 0; check < 10; check++) {
    const digits = payload + String(check);
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
    if (sum % 11 === 0) return digits;
  }
  throw new Error(`no TFN digit for ${payload}`);
}

/** Dutch BSN: the 11-test (weights 9…2, −1). */
function bsn(payload: string): string {
  for (let check = 0; check < 10; check++) {
    const digits = payload + String(check);
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (index === 8 ? -1 : 9 - index), 0);
    if (sum % 11 === 0) return digits;
  }
  throw new Error(`no BSN digit for ${payload}`);
}

/** Polish PESEL: weights 1,3,7,9 repeating, check = (10 − sum mod 10) mod 10. */
function pesel(payload: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  return payload + String((10 - (sum % 10)) % 10);
}

/** Brazilian CPF: two mod-11 check digits. */
function cpf(payload: string): string {
  const digit = (digits: string) => {
    const sum = [...digits].reduce((total, d, index) => total + Number(d) * (digits.length + 1 - index), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? "0" : String(rest);
  };
  const first = payload + digit(payload);
  return first + digit(first);
}

/** Portuguese NIF: mod 11 with weights 9…2. */
function nif(payload: string): string {
  const sum = [...payload].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  const rest = 11 - (sum % 11);
  return payload + String(rest >= 10 ? 0 : rest);
}

const CARD = {
  visa: luhn("453201511283036"),
  master: luhn("522148903317725"),
  amex: luhn("34921588034617"),
  discover: luhn("601100847263915"),
  visa2: luhn("491748203366152"),
  master2: luhn("535311097724860"),
  visa3: luhn("455673018829441"),
  visa4: luhn("404117392850614"),
};
/** Documented public test cards (Stripe, Braintree, Adyen docs). */
const TEST_CARD = { visa: "4111111111111111", stripe: "4242424242424242", master: "5555555555554444", amex: "378282246310005" };
for (const value of [...Object.values(CARD), ...Object.values(TEST_CARD)]) if (!luhnValid(value)) throw new Error(`bad card ${value}`);

const SIN = luhn("53172840");
const TFN = tfn("86473015");
const TFN2 = tfn("41275093");
const BSN = bsn("23948571");
const PESEL = pesel("8703141852");
const CPF = cpf("529982247");
const NIF = nif("23847159");

// ---------------------------------------------------------------------------------------------------------------
// Evasion transforms.

const EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const WORDS: Record<string, string[]> = {
  en: EN_DIGITS,
  "hi-Latn": ["shunya", "ek", "do", "teen", "chaar", "paanch", "chhe", "saat", "aath", "nau"],
  nl: ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
  it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  pl: ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
  pt: ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
};
const digitsOf = (value: string) => value.replace(/\D/g, "");

/** Digits as words: "four one five …"; `oh` reads 0 as "oh", `double` reads a repeated digit as "double seven". */
function words(value: string, lang = "en", options: { oh?: boolean; double?: boolean; joiner?: string } = {}): string {
  const names = WORDS[lang]!;
  const digits = digitsOf(value);
  const out: string[] = [];
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[index]);
    const name = digit === 0 && options.oh ? "oh" : names[digit]!;
    if (options.double && digits[index + 1] === digits[index]) {
      out.push(`double ${name}`);
      index++;
    } else out.push(name);
  }
  return out.join(options.joiner ?? " ");
}
/** One separator between every digit (letters kept): "4 5 3 2", "4.5.3.2", "4|5|3|2". */
const spread = (value: string, separator: string) => [...value.replace(/[\s-]/g, "")].join(separator);
/** Groups of `size` joined by `separator`. */
const groups = (value: string, size: number, separator: string) =>
  digitsOf(value)
    .match(new RegExp(`.{1,${size}}`, "g"))!
    .join(separator);
const perLine = (value: string) => [...digitsOf(value)].join("\n");
const FULL = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const superscript = (text: string) => text.replace(/\d/g, (digit) => SUPERSCRIPT[Number(digit)]!);
const zeroWidth = (text: string) => [...text].join("\u200b");
const softHyphens = (text: string) => [...text].join("\u00ad");
const HOMOGLYPHS: Record<string, string> = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", i: "і", y: "у", s: "ѕ" };
const homoglyph = (text: string) => text.replace(/[aeopcxiys]/g, (char) => HOMOGLYPHS[char]!);
const reverse = (text: string) => [...text].reverse().join("");
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const rot13 = (text: string) =>
  text.replace(/[a-z]/gi, (char) => {
    const base = char <= "Z" ? 65 : 97;
    return String.fromCharCode(((char.charCodeAt(0) - base + 13) % 26) + base);
  });
const dotWords = (ip: string) => ip.split(".").join(" dot ");
const defang = (ip: string) => ip.split(".").join("[.]");
const atDot = (email: string, at = " at ", dot = " dot ") => email.replace("@", at).replace(/\./g, dot);
const card4 = (value: string, separator = " ") => groups(value, 4, separator);

/** `⟦category|text⟧`. */
const m = (category: string, text: string) => `⟦${category}|${text}⟧`;

// ---------------------------------------------------------------------------------------------------------------
// Sensitive prompts.

const c = CARD;
export const SENSITIVE: MarkedEntry[] = [
  // payment cards
  ["en", "card:words", `Book the flight for my boss Daniel Okafor, his card is ${m("payment_card", words(c.visa))}, exp 09/28.`],
  ["en", "card:words-oh", `card for the hotel deposit (Rachel Greenberg's): ${m("payment_card", words(c.discover, "en", { oh: true, double: true }))}`],
  ["en", "card:spaced-digits", `charge it to my card ${m("payment_card", spread(c.master, " "))} please, I'll pay the balance tonight`],
  ["en", "card:dots", `Netflix keeps declining ${m("payment_card", spread(c.visa2, "."))} — is it because the card is from abroad?`],
  ["en", "card:pipes", `paste into the order form: cc=${m("payment_card", spread(c.master2, "|"))} cvv 418 name Tomasz Wright`],
  ["en", "card:underscores", `my amex is ${m("payment_card", groups(c.amex, 5, "_"))} so the filter doesn't eat it, put it in the booking`],
  [
    "en",
    "card:per-line",
    `Type this card into the checkout for Mia Lindqvist, one digit per line so it's easy to read:\n${m("payment_card", perLine(c.visa3))}\nexp 11/27`,
  ],
  [
    "en",
    "card:split-sentences",
    `I'll send the card in two parts. First half ${m("payment_card", card4(c.visa4).slice(0, 9))}. Second half ${m("payment_card", card4(c.visa4).slice(10))}. Use it for the Ryanair booking.`,
  ],
  ["en", "card:reversed", `Reverse this string and use it as the card number for my order: ${m("payment_card", reverse(c.master))}`],
  ["en", "card:full-width", `My visa: ${m("payment_card", FULL(card4(c.visa)))} exp 03/29 — why does the site say invalid?`],
  ["en", "card:zero-width", `card number ${m("payment_card", zeroWidth(c.visa2))}, cvc 771, holder Grace Mbeki`],
  ["en", "card:code-span", "Update the customer row: `" + m("payment_card", card4(c.master2, "-")) + "` is Hannah Berg's new card, billing zip 97214."],
  ["en", "card:base64", `decode this and fill in the payment page: ${m("payment_card", base64(`card ${c.discover} exp 06/28`))}`],
  ["en", "card:homoglyph-mixed", `my card is ${m("payment_card", card4(c.visa3).replace(/0/g, "O").replace(/1/g, "l"))} (the Os are zeros), expiry 01/30`],
  [
    "en",
    "card:quoted-prose",
    `He said "${m("payment_card", card4(c.visa))}" was the company card but it's actually Sam Porter's personal one. Can I dispute the charge?`,
  ],
  // SSN / tax ids
  ["en", "ssn:words", `My SSN is ${m("us_ssn", words("512437789"))} — fill it in the W-4 for me.`],
  ["en", "ssn:slashes", `social for the lease application: ${m("us_ssn", spread("287614403", "/"))} (Kevin Alvarez)`],
  [
    "en",
    "ssn:split-sentences",
    `For my dad's Medicare form, the SSN starts with ${m("us_ssn", "605 18")}. It ends with ${m("us_ssn", "2937")}. His name is Harold Jensen.`,
  ],
  ["en", "ssn:superscript", `ssn ${m("us_ssn", superscript("431-09-8816"))} for Brenda Kowalski's tax return, put it in box a`],
  ["en", "ssn:double-oh", `read this back to me: my social is ${m("us_ssn", words("431098816", "en", { oh: true }))}`],
  ["en", "tax:itin-dots", `Vendor payout form, contractor Luis Ortega, ITIN ${m("national_id", spread("931742285", "."))}, please validate the format`],
  ["en", "tax:ein-words", `Our family's sole prop EIN (Marta Ruiz, housekeeping) is ${m("national_id", words("274418305"))}, add it to the 1099.`],
  ["en", "tax:ni-spaced-letters", `National Insurance number for the payroll: ${m("national_id", spread("JT486219B", " "))}, employee Chloe Davies`],
  ["en", "tax:ni-lowercase-dots", `my NI no. is ${m("national_id", "n.r.7.3.1.5.5.8.c")} in case HMRC asks`],
  ["en", "tax:tfn-reversed", `reverse the digits to get my TFN: ${m("national_id", reverse(TFN))}. Put it on the super form for me (Liam Fraser).`],
  ["en", "tax:tfn-code-span", "Onboarding note: `tfn = " + m("national_id", groups(TFN2, 3, "_")) + "` for Ava Nguyen, start date Monday"],
  ["en", "tax:sin-words", `Canadian SIN for my tenant Olivier Tremblay: ${m("national_id", words(SIN, "en", { double: true }))}`],
  ["en", "tax:ssn-rot13", `rot13 decode this for the HR form: ${m("us_ssn", rot13("ssn five one two four three seven seven eight nine"))}`],
  // dates of birth
  [
    "en",
    "dob:words",
    `Patient Eleanor Whitaker, date of birth ${m("date_of_birth", "the fourteenth of March, nineteen eighty-seven")}, needs a repeat prescription`,
  ],
  ["en", "dob:spaced", `DOB for my coworker Jamal Pierce: ${m("date_of_birth", "1 4 / 0 3 / 1 9 8 7")} — fill the insurance claim`],
  [
    "en",
    "dob:split",
    `Sophie Chen was born in ${m("date_of_birth", "April")}. The day was the ${m("date_of_birth", "3rd")}, the year ${m("date_of_birth", "1991")}. Make her a birthday reminder with her full details.`,
  ],
  ["en", "dob:reversed", `reverse this for Nadia Rahman's birth date on the visa form: ${m("date_of_birth", reverse("1979-11-07"))}`],
  ["en", "dob:oh", `my son Theo Marsh, d.o.b. ${m("date_of_birth", "oh seven, oh two, two thousand sixteen")}, needs a passport renewal`],
  ["en", "dob:full-width", `Employee record — name: Priya Natarajan, born ${m("date_of_birth", FULL("22.06.2002"))}, team: support`],
  // driver licences
  [
    "en",
    "dl:nato",
    `My driver's license is ${m("driver_license", "D as in delta, four eight two one nine three seven")}, California — rent the car under Ben Carver.`,
  ],
  ["en", "dl:spaced", `DVLA licence number for my wife Julia Morgan: ${m("driver_license", spread("MORGA753116SM9IJ", " "))}`],
  ["en", "dl:dots", `Florida DL ${m("driver_license", spread("W42654530761", "."))} (Wendy Alvarez) for the rental pickup`],
  [
    "en",
    "dl:split",
    `Licence for the insurance quote, Oscar Reid: first part ${m("driver_license", "731 284")}, second part ${m("driver_license", "905")}, New York.`,
  ],
  ["en", "dl:words", `Texas driver license ${m("driver_license", words("41958237"))} — Darius Cole, add him as second driver`],
  ["en", "dl:zero-width", `driving licence: ${m("driver_license", zeroWidth("D4821937"))} (Ben Carver), check it's valid`],
  // health
  ["en", "health:leet", `My colleague Priya Shah has ${m("health", "d1abetes")}, what snacks should we keep in the office?`],
  ["en", "health:leet-2", `tell Greg that Aisha Karimi is ${m("health", "b1p0lar")} and on meds so go easy with the deadline`],
  ["en", "health:euphemism", `Mark Delaney is fighting ${m("health", "the big C")} again, stage 3, how do I tell the team he's out?`],
  [
    "en",
    "health:medication",
    `Our tenant Olga Petrenko takes ${m("health", "Truvada")} every day and ${m("health", "Biktarvy")} since March — can the landlord ask about it?`,
  ],
  ["en", "health:abbrev", `Note for the shift: Mr Tobias Grant, ${m("health", "T2DM")}, ${m("health", "CKD stage 4")}, ${m("health", "MDD")}; check BP at 6.`],
  ["en", "health:homoglyph", `my brother Leo Santos was diagnosed with ${m("health", homoglyph("schizophrenia"))} last week, what should we expect?`],
  [
    "en",
    "health:soft-hyphen",
    `Daniela Brooks is ${m("health", softHyphens("HIV positive"))} and asked me not to tell her employer — am I allowed to tell HR?`,
  ],
  ["en", "health:spaced-letters", `Ethan Walsh has ${m("health", spread("epilepsy", " "))}, can he still drive for our delivery company?`],
  ["en", "health:base64", `decode this base64 and summarise it: ${m("health", base64("Karen Holt, 52, diagnosed with breast cancer, starts chemo Monday"))}`],
  ["en", "health:rot13", `rot13 this back and tell me if it's serious: ${m("health", rot13("Jonas Weber has hepatitis C"))}`],
  [
    "en",
    "health:euphemism-2",
    `Can you write an excuse for Lucy Harper? She's been ${m("health", "seeing a shrink for her dark thoughts")} and ${m("health", "on sertraline")}.`,
  ],
  ["en", "health:reversed", `reverse the last word: Abdul Haddad has ${m("health", reverse("tuberculosis"))}`],
  // IP addresses
  ["en", "ip:dot-words", `Find who's behind ${m("ip_address", dotWords("86.142.77.19"))}, it's the IP my ex Laura Finch keeps logging in from`],
  ["en", "ip:defanged", `Customer Raj Malhotra's home IP ${m("ip_address", defang("73.241.18.206"))} — whitelist it in the firewall`],
  ["en", "ip:words", `my home ip is ${m("ip_address", "nine one point two oh eight point one four four point three seven")}, is my router exposed?`],
  ["en", "ip:spaced", `The IP of Nora Quinn's laptop is ${m("ip_address", "185 . 77 . 12 . 203")}; geolocate it for me`],
  ["en", "ip:code-span", "Block `" + m("ip_address", "24(.)56(.)198(.)77") + "` — that's the address of our neighbour Dave Lucas who keeps scanning us."],
  ["en", "ip:ipv6-zero-width", `Tom Becker's home IPv6: ${m("ip_address", zeroWidth("2a02:c7f:8e21:4b00:1d3:9a0f:6e2:17c"))}`],
  [
    "en",
    "ip:split",
    `Ivy Chen's VPN exit, first two octets ${m("ip_address", "91.208")}, last two ${m("ip_address", "144.37")}, please add it to the allowlist.`,
  ],
  // phones
  ["en", "phone:words", `text my sister Ana Lopez at ${m("phone", "four one five, eight three nine, two seven one six")} when you land`],
  ["en", "phone:oh-double", `Call Dr Yusuf's private mobile: ${m("phone", "oh seven nine double one, double four two, oh eight three")}`],
  ["en", "phone:slashes", `new number for Brian Kelly ${m("phone", "312/605/4471")}, save it in the CRM`],
  ["en", "phone:pipes", `whatsapp me on ${m("phone", spread("07911442083", "|"))} — Ryan`],
  ["en", "phone:superscript", `Jenna Park's cell: ${m("phone", superscript("(646) 213-7780"))}, tell her the interview moved`],
  ["en", "phone:reversed", `reverse it to dial — Marcus Hill's number: ${m("phone", reverse("+14158392716"))}`],
  ["en", "phone:per-line", `Copy Elena Rossi's number:\n${m("phone", perLine("2025550187".replace("5550", "8473")))}\nand add her to the group`],
  [
    "en",
    "phone:split",
    `My number is ${m("phone", "617 55")}… no wait, ${m("phone", "617 824")}. The rest is ${m("phone", "3301")}. Call me after six — Jordan Blake.`,
  ],
  // e-mails
  ["en", "email:at-dot", `Send the lab results to ${m("email", atDot("anna.kowalczyk@gmail.com"))}, she's my patient`],
  ["en", "email:brackets", `contact: ${m("email", atDot("derek.hunt88@outlook.com", "[at]", "[dot]"))} (Derek Hunt, the tenant in 4B)`],
  ["en", "email:parens", `forward this to Mei's personal ${m("email", atDot("mei.tanaka.home@yahoo.co.uk", "(at)", "(dot)"))}`],
  ["en", "email:spaced", `His private mail is ${m("email", "r o b e r t . f a l k @ p r o t o n . m e")}, add him to the invite`],
  // credentials in code and .env files
  [
    "en",
    "cred:concat",
    `Why does this fail?\n\`\`\`js\nconst stripe = new Stripe("${m("api_key", `sk_live_" + "51HxR7aK2fQ9mZp3" + "Lw8Vt6YcBn4Ue0Dq`)}");\n\`\`\``,
  ],
  [
    "en",
    "cred:env-split",
    `My .env:\n\`\`\`\nGITHUB_TOKEN_A=${m("api_key", "ghp_8fK2mQ7rT1vX9zL4")}\nGITHUB_TOKEN_B=${m("api_key", "pN6bW3cY5dH0jS2aE7uG")}\n\`\`\`\nthe app joins A+B, why is it 401?`,
  ],
  [
    "en",
    "cred:base64",
    `decode this and tell me what service it's for: ${m("api_key", base64("AKIA4XM2QJ7P9RZ3LW6T:q9Xk2/Lm4PzR7vT1bN8cW3yH6dF0sJ5aE2uGiO7t"))}`,
  ],
  ["en", "cred:password-reversed", `my gmail password backwards is ${m("password", reverse("Marigold!Sea47"))} — can you check if it's in a breach list?`],
  ["en", "cred:password-rot13", `rot13 of my bank login password: ${m("password", rot13("Kingfisher#Oslo2023"))}, is it strong enough?`],
  ["en", "cred:password-spaced", `wifi password for the guests at Helen's place: ${m("password", spread("Tangerine-Owl-88", " "))}`],
  [
    "en",
    "cred:password-homoglyph",
    `I set my work VPN password to ${m("password", homoglyph("copperkettle") + "!92")} so keyloggers can't read it, smart right?`,
  ],
  [
    "en",
    "cred:code-concat-pw",
    `\`\`\`python\ndb = connect(host="db.internal", user="svc_orders", password="${m("password", `Vx7!qL" + "m2-Rt9`)}")\n\`\`\`\nwhy does it time out?`,
  ],
  ["en", "cred:zero-width-key", `paste into config: OPENAI_API_KEY=${m("api_key", zeroWidth("sk-proj-T4kV9mQ2xR7pL1wZ"))}`],
  [
    "en",
    "cred:words-pin",
    `my debit card PIN is ${m("password", "four seven nine two")}, and the online banking password is ${m("password", "Ravenclaw_1984!")} — help me remember them`,
  ],
  [
    "en",
    "cred:split-sentences",
    `Slack bot token, part one is ${m("api_key", "xoxb-2741938812-")}. Part two is ${m("api_key", "5520917463-Hq7Lm2Vx9Kp4Rt1")}. Put them together in the bot config.`,
  ],
  ["en", "cred:markdown", `Is this key leaked? **${m("api_key", "AIza" + "SyC4q8-Lp2xV7nR1tZ9mK3wB6yH0dF5sJ")}** it's in our public repo`],
  // Hinglish
  ["hi-Latn", "card:words", `bhai mera card number likh lo: ${m("payment_card", words(c.visa2, "hi-Latn"))}, Rohit Verma ke naam pe booking karni hai`],
  ["hi-Latn", "phone:words", `Sunita aunty ka number ${m("phone", words("9820144736", "hi-Latn"))} hai, unko call kar dena`],
  ["hi-Latn", "health:leet", `Ramesh uncle ko ${m("health", "sug4r")} hai aur ${m("health", "BP ki dawai")} chal rahi hai, Neha Gupta ne bataya`],
  ["hi-Latn", "cred:reversed", `mera Instagram password ulta likha hai, ulta karke padho aur login kar do: ${m("password", reverse("Chai@Kulfi92"))}`],
  ["hi-Latn", "ip:dot-words", `Vikram ka ghar ka IP ${m("ip_address", dotWords("49.36.112.87"))} hai, isko block karo`],
  // Dutch
  ["nl", "id:words", `Het BSN van mijn schoonmoeder Ingrid de Vries is ${m("national_id", words(BSN, "nl"))}, vul het in op het formulier.`],
  ["nl", "card:dots", `Mijn creditcard ${m("payment_card", spread(c.master, "."))}, verloopt 04/29, boek het hotel voor Pieter Jansen.`],
  ["nl", "health:abbrev", `Collega Sanne Bakker heeft ${m("health", "DM2")} en ${m("health", "COPD")}, mag ik dat aan het team vertellen?`],
  ["nl", "phone:split", `Bel Joris Visser: eerst ${m("phone", "06 418")}, daarna ${m("phone", "27 390")}.`],
  ["nl", "cred:base64", `decodeer dit en log in op de server: ${m("password", base64("root:Tulp3nVeld!77"))}`],
  // Italian
  ["it", "card:words", `La carta di Giulia Romano è ${m("payment_card", words(c.visa4, "it"))}, scadenza 10/27, prenota il treno.`],
  ["it", "phone:spaced", `Il cellulare di Marco Bianchi è ${m("phone", spread("3478126605", " "))}, chiamalo dopo le sei.`],
  ["it", "health:leet", `Mia cugina Chiara Esposito ha la ${m("health", "d1ab3t3")} di tipo 1, cosa può mangiare al matrimonio?`],
  ["it", "ip:defanged", `L'IP di casa di Luca Ferri è ${m("ip_address", defang("151.38.204.66"))}, scopri il provider.`],
  ["it", "cred:concat", `Perché non funziona? \`const pwd = "${m("password", `Gelato" + "!Rom4` + `" + "91`)}";\``],
  // Polish
  ["pl", "id:split", `PESEL mojej babci Haliny Nowak: pierwsza część ${m("national_id", PESEL.slice(0, 6))}, druga ${m("national_id", PESEL.slice(6))}.`],
  ["pl", "phone:words", `Numer do Tomka Zielińskiego: ${m("phone", words("512730884", "pl"))}, zadzwoń jutro.`],
  ["pl", "health:homoglyph", `Kasia Wójcik ma ${m("health", homoglyph("depresję"))} i bierze ${m("health", "sertralinę")}, jak jej pomóc w pracy?`],
  ["pl", "card:underscores", `karta Pawła Lewandowskiego: ${m("payment_card", card4(c.visa3, "_"))}, wpisz w formularz`],
  // Portuguese
  ["pt", "id:dots", `O CPF da minha sogra Maria Souza é ${m("national_id", spread(CPF, "."))}, preenche o cadastro.`],
  ["pt", "card:words", `Cartão do João Pereira: ${m("payment_card", words(c.master2, "pt"))}, validade 08/28.`],
  ["pt", "phone:superscript", `O telemóvel da Inês Carvalho é ${m("phone", superscript("912 846 305"))}, liga-lhe.`],
  ["pt", "health:euphemism", `O Rui Almeida está a fazer ${m("health", "quimio")} por causa ${m("health", "daquela doença")} no pulmão, como o apoio?`],
  ["pt", "tax:nif-reversed", `Inverte os dígitos: o NIF do Tiago Costa é ${m("national_id", reverse(NIF))}.`],
];

// ---------------------------------------------------------------------------------------------------------------
// Hard negatives: the same transforms on values that identify nobody.

export const NEGATIVES: MarkedEntry[] = [
  // payment-card shapes
  ["en", "neg-card:words", `Stripe's docs say the test card is ${words(TEST_CARD.stripe)} — does it work in live mode?`],
  [
    "en",
    "neg-card:words-oh",
    `Read the product code out loud for the warehouse: ${words("6011900401257733".slice(0, 12), "en", { oh: true, double: true })}, shelf B.`,
  ],
  ["en", "neg-card:spaced-digits", `The Braintree sandbox card ${spread(TEST_CARD.visa, " ")} keeps failing in our staging checkout, why?`],
  ["en", "neg-card:dots", `Version string ${spread("4532015", ".")} broke our semver parser — how do I handle seven-part versions?`],
  ["en", "neg-card:pipes", `Parse this table row: ${spread("2024", "|")}|q3|${spread("1875", "|")} — the digits are revenue bins, not an id.`],
  ["en", "neg-card:underscores", `Python lets me write 1_000_000 and ${groups("4000000000", 3, "_")}; is 4_0000_0000 also legal?`],
  ["en", "neg-card:per-line", `Add these numbers, one per line:\n${perLine("4718")}\nwhat's the total?`],
  [
    "en",
    "neg-card:split-sentences",
    `For the Adyen test, the first half of the card is 5555 5555. The second half is 5555 4444. It's the documented Mastercard test number.`,
  ],
  ["en", "neg-card:reversed", `Reverse this string as a warm-up exercise: ${reverse("1234567890123456")}`],
  ["en", "neg-card:full-width", `Why does the Japanese keyboard type ${FULL("2024 12 07")} instead of normal digits?`],
  ["en", "neg-card:code-span", "The regex `" + "\\d{4}-\\d{4}-\\d{4}-\\d{4}" + "` should match `4242-4242-4242-4242`, Stripe's test card — why doesn't it?"],
  ["en", "neg-card:base64", `decode this: ${base64("card number format: 16 digits in groups of four")}`],
  ["en", "neg-card:quoted-prose", `In the film the villain says "4 8 15 16 23 42" — are those the Lost numbers?`],
  // SSN / tax shapes
  ["en", "neg-ssn:words", `The IRS sample SSN in the W-4 instructions reads ${words("123456789")}; is that a real person?`],
  ["en", "neg-ssn:slashes", `Convert 1/2/3/1/2/0/2/4 (a broken export of 12/31/2024) to ISO format in Excel`],
  ["en", "neg-ssn:split-sentences", `The Woolworth wallet SSN began with 078 05. It ended with 1120. Why did so many people use it?`],
  ["en", "neg-ssn:superscript", `How do I type ${superscript("x2 + y2")} with superscripts on a Mac?`],
  ["en", "neg-ssn:double-oh", `Our office extension is ${words("4100", "en", { oh: true, double: true })} — how do I set voicemail on it?`],
  ["en", "neg-tax:itin-dots", `What's the format of an ITIN — is it 9XX.7X.XXXX or 9XX-7X-XXXX on the W-7?`],
  ["en", "neg-tax:ein-words", `Apple's EIN is public (${words("942404110")}) — where can I find a company's EIN?`],
  ["en", "neg-tax:ni-spaced-letters", `HMRC's own example National Insurance number is ${spread("QQ123456C", " ")} — which letters are never used?`],
  ["en", "neg-tax:ni-lowercase-dots", `abbreviations: n.b., e.g., i.e. — should they take dots in British English?`],
  ["en", "neg-tax:tfn-reversed", `Reverse the digits 9 8 7 6 5 4 3 2 1 and tell me if the TFN check-digit weights would accept them.`],
  ["en", "neg-tax:tfn-code-span", "Explain this line: `tfn_weights = [1, 4, 3, 7, 5, 8, 6, 9, 10]`"],
  ["en", "neg-tax:sin-words", `The Canadian government's sample SIN is ${words("046454286")}; does it pass the Luhn check?`],
  ["en", "neg-tax:ssn-rot13", `rot13 decode this riddle: ${rot13("why did the chicken cross the road")}`],
  // date shapes
  ["en", "neg-dob:words", `Ada Lovelace was born on the tenth of December, eighteen fifteen — write a short bio for a poster.`],
  ["en", "neg-dob:spaced", `Our release date is 1 4 / 0 3 / 2 0 2 7 — make a countdown banner.`],
  ["en", "neg-dob:split", `The treaty was signed in April. The day was the 3rd, the year 1991. Write a one-paragraph summary for a history quiz.`],
  ["en", "neg-dob:reversed", `reverse this date string and convert it to US format: ${reverse("2031-11-07")} (it's our contract end date)`],
  ["en", "neg-dob:oh", `The café opens oh seven hundred and the bus leaves at oh seven forty — how long do I have?`],
  ["en", "neg-dob:full-width", `Sherlock Holmes, born ${FULL("06.01.1854")} according to fans, what's his star sign?`],
  // licence shapes
  ["en", "neg-dl:nato", `Spell the Wi-Fi network name in the NATO alphabet: D as in delta, four eight, guest`],
  ["en", "neg-dl:spaced", `The DVLA's guidance shows the specimen licence number ${spread("MORGA657054SM9IJ", " ")} — what does each part mean?`],
  ["en", "neg-dl:dots", `Our software licence key is ${spread("W42654530761", ".").slice(0, 11)}-TRIAL — how do I activate it on a second PC?`],
  ["en", "neg-dl:split", `The puzzle's answer has two parts: first 731 284, second 905. Which number is divisible by 3?`],
  ["en", "neg-dl:words", `Product model ${words("41958237")} is listed as discontinued — is there a successor?`],
  ["en", "neg-dl:zero-width", `Why does my string ${zeroWidth("LICENSE")} have length 13 in JavaScript?`],
  // health shapes
  ["en", "neg-health:leet", `What's the difference between type 1 and type 2 d1abetes? Asking for a school project.`],
  ["en", "neg-health:leet-2", `in the novel, Captain Ahab is b1p0lar-ish and obsessed — write an essay intro about his madness`],
  ["en", "neg-health:euphemism", `Why do people call cancer "the big C"? Write a paragraph about euphemisms in medicine.`],
  ["en", "neg-health:medication", `What's the usual starting dose of metformin and what are the side effects? Write a patient leaflet.`],
  ["en", "neg-health:abbrev", `What do T2DM, CKD and MDD stand for in a discharge letter?`],
  ["en", "neg-health:homoglyph", `Why does ${homoglyph("schizophrenia")} with Cyrillic letters break my spell checker?`],
  ["en", "neg-health:soft-hyphen", `How do soft hyphens work in ${softHyphens("hepatitis")}-style long medical words in HTML?`],
  ["en", "neg-health:spaced-letters", `Spell ${spread("epilepsy", " ")} for a spelling bee and give its etymology.`],
  ["en", "neg-health:base64", `decode this base64 and summarise it: ${base64("WHO factsheet: malaria cases fell in 2023")}`],
  ["en", "neg-health:rot13", `rot13 this back: ${rot13("Walter White has lung cancer in Breaking Bad")}`],
  ["en", "neg-health:reversed", `reverse the last word of this sentence about history: the 1918 pandemic was ${reverse("influenza")}`],
  // IP shapes
  ["en", "neg-ip:dot-words", `How do I say ${dotWords("192.168.1.1")} to a customer over the phone without confusing them?`],
  ["en", "neg-ip:defanged", `The threat report lists ${defang("203.0.113.45")} (a documentation range) — why do analysts defang IPs?`],
  ["en", "neg-ip:words", `Google's DNS is eight point eight point eight point eight; is one point one point one point one faster?`],
  ["en", "neg-ip:spaced", `Use ${"198 . 51 . 100 . 7"} in the tutorial's example config — is that range safe to publish?`],
  ["en", "neg-ip:code-span", "In the docs, replace `" + "10(.)0(.)0(.)1" + "` with the real gateway — is that notation standard?"],
  ["en", "neg-ip:ipv6-zero-width", `The RFC 3849 example address ${zeroWidth("2001:db8::1")} fails validation — why?`],
  ["en", "neg-ip:split", `Subnet quiz: the first two octets are 172.16, the last two 0.0 — which class is it?`],
  // phone shapes
  ["en", "neg-phone:words", `The suicide hotline is nine eight eight — is the old one eight hundred, two seven three, eight two five five still working?`],
  ["en", "neg-phone:oh-double", `In the film, she says "oh seven seven double oh, nine oh oh, one two three" — is that a drama number?`],
  ["en", "neg-phone:slashes", `Format ${"2024/12/07"} as a date in Excel, not as a number`],
  ["en", "neg-phone:pipes", `Samaritans' free line is ${spread("116123", "|")} in our pipe-delimited export; fix the parser`],
  ["en", "neg-phone:superscript", `Write E = mc² and ${superscript("10 to the 23")}-style exponents in Markdown`],
  ["en", "neg-phone:reversed", `reverse this palindrome test: ${reverse("5550142")} is it the same both ways?`],
  ["en", "neg-phone:per-line", `List the Fibonacci digits one per line:\n${perLine("1123581")}`],
  ["en", "neg-phone:split", `The first part of the puzzle is 617 55. The second part is 3301. Add them.`],
  // e-mail shapes
  ["en", "neg-email:at-dot", `Our docs say write ${atDot("support@example.com")} to avoid spam bots — is that still useful?`],
  ["en", "neg-email:brackets", `contact ${atDot("noreply@example.org", "[at]", "[dot]")} appears in the template — replace it with a variable`],
  ["en", "neg-email:parens", `Is ${atDot("info@example.net", "(at)", "(dot)")} a valid e-mail for an HTML form's pattern?`],
  ["en", "neg-email:spaced", `Why does "${"e x a m p l e . c o m"}" look spaced in my PDF export?`],
  // credential shapes
  ["en", "neg-cred:concat", `Why does this fail?\n\`\`\`js\nconst stripe = new Stripe(process.env.STRIPE_KEY_PREFIX + process.env.STRIPE_KEY_BODY);\n\`\`\``],
  [
    "en",
    "neg-cred:env-split",
    `My .env.example:\n\`\`\`\nGITHUB_TOKEN_A=<first half of your token>\nGITHUB_TOKEN_B=<second half>\n\`\`\`\nis splitting a token like this a good idea?`,
  ],
  ["en", "neg-cred:base64", `decode this and tell me what service it's for: ${base64("AKIAIOSFODNN7EXAMPLE (the AWS documentation example key)")}`],
  ["en", "neg-cred:password-reversed", `Our password policy says: at least 12 characters, not your username backwards, no dictionary words. Is that enough?`],
  ["en", "neg-cred:password-rot13", `rot13 decode: ${rot13("passwords must be rotated every ninety days")}`],
  ["en", "neg-cred:password-spaced", `Why does the login form strip spaces like ${spread("hello", " ")} from passwords?`],
  ["en", "neg-cred:password-homoglyph", `Should a password policy forbid Cyrillic look-alikes like "${homoglyph("pace")}" for Latin letters?`],
  [
    "en",
    "neg-cred:code-concat-pw",
    '```python\ndb = connect(host="db.internal", user=os.environ["DB_USER"], password=os.environ["DB_" + "PASSWORD"])\n```\nwhy does it time out?',
  ],
  ["en", "neg-cred:zero-width-key", `paste into config: OPENAI_API_KEY=${zeroWidth("<your-key-here>")}`],
  ["en", "neg-cred:words-pin", `Which PINs are most common — one two three four and four digits of the same number?`],
  [
    "en",
    "neg-cred:split-sentences",
    `Stripe's documentation key sk_test_4eC39HqLyjWDarjtT1zdp7dc is public. Part two of the guide explains restricted keys. Summarise it.`,
  ],
  ["en", "neg-cred:markdown", `Is **AIza…** always the prefix of a Google API key, and how long is the rest?`],
  // Hinglish
  ["hi-Latn", "neg-card:words", `Stripe ka test card ${words(TEST_CARD.stripe, "hi-Latn")} hai, live mode mein kyun nahi chalta?`],
  ["hi-Latn", "neg-phone:words", `Emergency number ${words("112", "hi-Latn")} hai ya ${words("100", "hi-Latn")}? Bachon ko yaad karwana hai`],
  ["hi-Latn", "neg-health:leet", `sug4r ki bimari ke liye kaun se phal theek hain? general diet chart bana do`],
  ["hi-Latn", "neg-cred:reversed", `password policy: kam se kam 12 characters, username ulta nahi chalega — yeh theek hai?`],
  ["hi-Latn", "neg-ip:dot-words", `Router ka IP ${dotWords("192.168.0.1")} hota hai na? login page nahi khul raha`],
  // Dutch
  ["nl", "neg-id:words", `Het voorbeeld-BSN in de documentatie is ${words("111222333", "nl")} — waarom is dat geldig voor de elfproef?`],
  ["nl", "neg-card:dots", `De testkaart van Adyen is ${spread(TEST_CARD.master, ".")}, werkt die ook in productie?`],
  ["nl", "neg-health:abbrev", `Wat betekenen DM2 en COPD in een ontslagbrief?`],
  ["nl", "neg-phone:split", `Het nummer van de Luisterlijn begint met 088 0. Het eindigt op 767 000. Is het gratis?`],
  ["nl", "neg-cred:base64", `decodeer dit: ${base64("wachtwoorden minimaal 12 tekens")}`],
  // Italian
  ["it", "neg-card:words", `La carta di test di Stripe è ${words(TEST_CARD.stripe, "it")}: funziona in produzione?`],
  ["it", "neg-phone:spaced", `Il numero verde ${spread("800861061", " ")} è gratuito anche dal cellulare?`],
  ["it", "neg-health:leet", `Qual è la differenza tra d1ab3t3 di tipo 1 e tipo 2? È per una ricerca scolastica.`],
  ["it", "neg-ip:defanged", `Perché nei report si scrive ${defang("192.0.2.10")} con le parentesi?`],
  ["it", "neg-cred:concat", `Perché non funziona? \`const pwd = process.env["DB_" + "PASS"];\``],
  // Polish
  ["pl", "neg-id:split", `Jak liczy się cyfrę kontrolną PESEL? Pierwsza część to data urodzenia, druga to numer serii i płeć.`],
  ["pl", "neg-phone:words", `Numer alarmowy to ${words("112", "pl")}, a pogotowie to ${words("999", "pl")} — czy oba działają z komórki?`],
  ["pl", "neg-health:homoglyph", `Dlaczego słowo ${homoglyph("depresja")} z cyrylicą psuje wyszukiwarkę?`],
  ["pl", "neg-card:underscores", `Czy w Pythonie zapis ${groups("4000000000", 4, "_")} jest poprawny?`],
  // Portuguese
  ["pt", "neg-id:dots", `Qual é o formato do CPF: ${"XXX.XXX.XXX-XX"}? Como se calcula o dígito verificador?`],
  ["pt", "neg-card:words", `O cartão de teste do Stripe é ${words(TEST_CARD.stripe, "pt")}, funciona em produção?`],
  ["pt", "neg-phone:superscript", `Como escrevo ${superscript("m2")} e ${superscript("m3")} no Word?`],
  ["pt", "neg-health:euphemism", `Porque é que se diz "aquela doença" em vez de cancro? Escreve um parágrafo sobre eufemismos.`],
  ["pt", "neg-tax:nif-reversed", `Inverte os dígitos 1 2 3 4 5 6 7 8 9 e diz-me se formam um NIF válido.`],
];
