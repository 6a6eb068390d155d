/**
 * Session 50 (dev-83): a home address after its label in the scripts of India — पता, पत्ता, निवासी, राहणार, मकान
 * (Hindi, Marathi), ঠিকানা (Bengali), முகவரி (Tamil), સરનામું (Gujarati) — as forms and letters write it: a first part
 * holding a house number or a village word ("बी-14", "54/2", "वार्ड नं. 7", "फ्लॅट नं. 404", "मु. पो. वडगाव", "பழைய
 * எண் 12"), two or more comma-separated parts, and the six-digit PIN code closing it, maybe after a dash ("पटना -
 * 800016"). The script's digits are already ASCII in the scanned text. The span runs from the first part to the PIN.
 * An address with a bank, branch, office, hospital, shop or company word before or inside it is an institution's and
 * is left out, as is one after a sample's or a story's word, and a "value" holding a finite verb or a negation is a
 * sentence ("पता नहीं …", "I don't know"), not an address. Keyword-gated; linear (one bounded window of one line per label).
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";

const LABEL = /(?<![\p{L}\p{M}])(?:पता|पत्ता|निवासी|राहणार|मकान|ঠিকানা|முகவரி|સરનામું)(?![\p{L}\p{M}])/gu;
const LABEL_STEMS: readonly string[] = ["पता", "पत्ता", "निवासी", "राहणार", "मकान", "ঠিকানা", "முகவரி", "સરનામું"];
/** The signs between the label and the value: blanks, a colon or a dash. */
const GAP = /^[^\S\n]{0,3}[:：\-–—]?[^\S\n]{0,3}/u;
/** The PIN code: six digits, maybe split 3 + 3, with no digit on either side. */
const PIN = /(?<![\p{N}])[1-9]\d{2} ?\d{3}(?![\p{N}])/gu;
/** A sentence or line end, a quote: the value never crosses one. */
const STOP = /[\n।॥?!"“”]/u;
/** The first part holds a number, or opens with a village or post word (मु. पो., ग्राम, গ্রাম, ગામ, கிராமம்). */
const FIRST_PART = /\p{N}|^(?:मु\.|ग्राम|गाँव|गांव|गाव|গ্রাম|ગામ|கிராமம்)/u;
/**
 * A village word opening the value, and a district's word in it with the district's name after it (ज़िला सीवान, জেলা
 * নদিয়া; a form's bare "जिला," is a template's field).
 */
const VILLAGE_START = /^(?:मु\.|ग्राम|गाँव|गांव|गाव|গ্রাম|ગામ|கிராமம்)/u;
const DISTRICT = /(?<![\p{L}\p{M}])(?:ज़िला|जिला|जिल्हा|জেলা|மாவட்டம்|જિલ્લો|तहसील|तालुका)[^\S\n]{0,2}[:\-–]?[^\S\n]{0,2}[\p{L}\p{M}]{2}/u;
const TRAILING_MARKS = /[,.;:]$/u;
/**
 * An institution's address: a bank, branch, office, hospital, shop, company, school or temple word; session 51: a
 * legislature, a court or a railway station too ("বিধানসভা", "हाईकोर्ट", "रेलवे स्टेशन"; a bare "स्टेशन" is left:
 * "स्टेशन रोड" is a street where people live, and so is a police station's "थाना" a part of a village's address).
 */
const INSTITUTION =
  /बैंक|बँक|शाखा|कार्यालय|ऑफिस|दफ़्तर|दफ्तर|अस्पताल|रुग्णालय|हॉस्पिटल|दुकान|कंपनी|विद्यालय|केंद्र|मंदिर|ट्रस्ट|विधानसभा|विधान भवन|न्यायालय|हाईकोर्ट|हाई कोर्ट|रेलवे स्टेशन|रेल्वे स्थानक|ব্যাঙ্ক|শাখা|কার্যালয়|অফিস|হাসপাতাল|দোকান|কোম্পানি|বিদ্যালয়|বিধানসভা|আদালত|হাইকোর্ট|রেল স্টেশন|রেলওয়ে স্টেশন|வங்கி|கிளை|அலுவலகம்|மருத்துவமனை|கடை|நிறுவனம்|பள்ளி|சட்டமன்ற|நீதிமன்ற|ரயில் நிலைய|બેંક|શાખા|કચેરી|ઓફિસ|હોસ્પિટલ|દુકાન|કંપની|શાળા|વિધાનસભા|અદાલત|હાઈકોર્ટ|રેલવે સ્ટેશન|(?<![\p{L}])(?:bank|branch|office|hospital|shop|store|company|ltd|pvt|school|railway station)(?![\p{L}])/iu;

/**
 * A finite verb or a negation: a part holding one is a sentence, not an address ("पता नहीं 12, कब आएगा …", "मकान 15 साल
 * पुराना है, 3 कमरे …") — Hindi, Marathi, Bengali, Tamil and Gujarati copulas and "not".
 */
const CLAUSE_VERB = /(?<![\p{L}\p{M}])(?:है|हैं|था|थी|थे|नहीं|आहे|आहेत|नाही|होता|होती|আছে|নেই|ছিল|না|இல்லை|இருக்கிறது|છે|નથી|હતું)(?![\p{L}\p{M}])/u;
/** A sample, a template or a story before the label: "नमूना पता", "उपन्यास में नायक का पता". */
const SAMPLE_OR_STORY =
  /नमूना|नमूने|उदाहरण|उपन्यास|कहानी|नाटक|फ़िल्म|फिल्म|नमुना|उदाहरणार्थ|कादंबरी|নমুনা|উদাহরণ|উপন্যাস|গল্প|மாதிரி|உதாரணம்|நாவல்|கதை|નમૂનો|ઉદાહરણ|નવલકથા|વાર્તા|(?<![\p{L}])(?:sample|example|template|novel|story|fiction)(?![\p{L}])/iu;

/**
 * True when the address after a label is no private person's: an institution's word before the label or inside the
 * address, or a sample's or a story's word before the label (`before`: the text before the label, about 40
 * characters). Also read by the script-label rule (structured/script-labels.ts) for its address fields.
 */
export function isInstitutionOrSampleAddress(before: string, address: string): boolean {
  return INSTITUTION.test(before + " " + address) || SAMPLE_OR_STORY.test(before);
}

/**
 * True when `value` holds a finite verb or a negation of India's languages: a sentence, not an address ("मकान 15 साल
 * पुराना है, 3 कमरे, …"). Also read by the address-in rule (scripts.ts; session 51).
 */
export function readsAsClause(value: string): boolean {
  return CLAUSE_VERB.test(value);
}

function runIndicAddresses(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, LABEL_STEMS)) return;
  LABEL.lastIndex = 0;
  for (let label = LABEL.exec(text); label !== null; label = LABEL.exec(text)) {
    const labelEnd = label.index + label[0].length;
    let window = text.slice(labelEnd, labelEnd + 170);
    const stop = STOP.exec(window);
    if (stop) window = window.slice(0, stop.index);
    const start = labelEnd + GAP.exec(window)![0].length;
    const value = text.slice(start, labelEnd + window.length);
    PIN.lastIndex = 0;
    const pin = PIN.exec(value);
    // Session 51: a village's address without a PIN code ("स्थायी पता ग्राम व पोस्ट बरौली, ज़िला सीवान, बिहार"): its first
    // part a village word and a district part after it; the span runs to the line's or sentence's end.
    const villageOnly = pin === null && VILLAGE_START.test(value) && DISTRICT.test(value);
    if (pin === null && !villageOnly) continue;
    const address = pin === null ? value.replace(TRAILING_MARKS, "") : value.slice(0, pin.index + pin[0].length);
    const commas = address.split(",").length - 1;
    if (commas < 2 || !FIRST_PART.test(address.slice(0, address.indexOf(",")))) continue;
    if (isInstitutionOrSampleAddress(text.slice(Math.max(0, label.index - 40), label.index), address) || readsAsClause(address)) continue;
    emit("street_address", start, start + address.length, "address-in-script-label", PRIORITY.contextual + 5);
    LABEL.lastIndex = Math.max(LABEL.lastIndex, start + address.length);
  }
}

export const indicAddressDetectors: Detector[] = [{ name: "indic-addresses", run: runIndicAddresses }];
