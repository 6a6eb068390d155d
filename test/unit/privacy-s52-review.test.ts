import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 52 review (issue #15): texts written before reading session 52's new rules (JSON escapes, place listings,
 * ticket prices, shop-name words, OTP and API-key field names, Danish "jeg", Malay homes, health terms, auth codes,
 * "call her back on"). Every person, number and home is invented; the places named are public.
 */

describe("hard negatives: nothing personal in them", () => {
  it.each([
    // a place's listing in a tool result; a museum's ticket price; shop names
    '{"results":[{"name":"Blue Bottle Coffee","formatted_address":"66 Mint St, San Francisco, CA 94103","formatted_phone_number":"(510) 653-3394","rating":4.5}]}',
    '{"venue":"Blue Note Jazz Club","booking_contact":"Sam Oduya","front_desk":"+1 212-475-8592","opening_hours":"Tue-Sun 18:00-01:00"}',
    "The Rijksmuseum charges €22.50 per adult ticket and is open daily 9:00–17:00.",
    "Tickets for the castle: adults £18, children £9; it's at the top of the Royal Mile.",
    "Maison Kayser opens at 7am, the bakery at 8 Rue Monge, 75005 Paris.",
    "Hotel Bellevue, Kirchenfeldstrasse 1, 3005 Bern — rooms from CHF 200.",
    // auth codes, case numbers, one-time code settings
    "Card receipt: VISA ****4821, AUTH CODE 093514, amount 42.10 EUR, approved.",
    "Approval auth code: 58A21Z — keep this receipt for returns.",
    "| Region | Case no. | Disease | Count |\n| North | 2024-117 | measles | 42 |\n| South | 2024-118 | tuberculosis | 17 |",
    "Outbreak report: case number 14 of the tuberculosis cluster was traced to a hostel in Leeds.",
    '{"otp":"required","api_key":"optional"}',
    "OTP: enabled, otp_length: 6, otp: true",
    'Set "otp_code": "<6-digit code>" and "api_key": "YOUR_API_KEY" in the request body.',
    // JSON escapes with \n before a lower-case letter
    '{"text":"Hello team,\\nplease review the draft by Friday.\\nthanks,\\nmarketing"}',
    '{"log":"step 1 done\\nstep 2: password rotation scheduled\\nnext: cleanup"}',
    '{"content":"Team update\\nnext steps: review the Q3 budget\\ntask owner: finance"}',
    // Danish and Malay sentences about companies, hotels and hospitals
    "Jeg arbejder hos Novo Nordisk, og virksomhedens hovedkontor ligger på Novo Allé 1, 2880 Bagsværd.",
    "Jeg synes, at Mærsk burde åbne et kontor i Aarhus.",
    "Saya tinggal di Hotel Istana, Jalan Raja Chulan 73, 50200 Kuala Lumpur, untuk seminggu.",
    "Rumah Sakit Umum Pusat ada di Jalan Diponegoro No. 71, Jakarta 10430.",
    "Saya duduk diam: Jalan Kenanga 5, 40400 Shah Alam.",
    "Rumahnya dijual: Jalan Kenanga 5, 40400 Shah Alam, hubungi agen kami.",
    // health without a person; the writer's own; a law named after a public figure
    "Symptoms of glaucoma include tunnel vision; how is it treated in the UK?",
    "Ich habe seit Jahren Diabetes und frage mich, welche Ernährung hilft.",
    "The IVG law in France was passed in 1975 thanks to Simone Veil.",
    // code constants, call-backs with times, public homes
    'const SUPPORT_LINE = "+1 800-555-0199"; // toll-free help desk',
    "Call her back on Monday at nine thirty, she'll be in the office.",
    "The company's home office is at 1 Infinite Loop, Cupertino, CA 95014.",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("positives: the same kinds, personal", () => {
  it.each([
    '{"name":"Lena Fischer","phone":"+49 151 23456789","address":"Torstraße 12, 10119 Berlin","dob":"1987-03-14"}',
    '{"name":"Lars Nielsen","rating":4.9,"phone":"+45 20 12 34 56","address":"Nørrebrogade 12, 2200 København N"}',
    // a rated tradesperson's own record: a home key keeps it personal
    '{"profile":"freelance plumber","rating":4.8,"mobile":"+44 7911 123456","home":"14 Elm Street, Bristol BS1 4DJ"}',
    "I live at 14 Elm Street, Bristol BS1 4DJ, right by the museum (tickets from £8).",
    "My neighbour Casa Rossi — I mean the Rossi family — lives at Via Roma 14, and Mrs Rossi has breast cancer.",
    "Patient Jonas Berg, case no. 44-1290, diagnosed with tuberculosis last week.",
    '{"note":"Patient Anna Kowalska\\nDx: schizophrenia\\nNHS 943 476 5919"}',
    '{"content":"new login\\nusername: kdavis\\npassword: Xk9#mq2LpVw"}',
    "Jeg hedder Mette Hansen og bor på Vesterbrogade 45, 1620 København V.",
    "Han sagde: mit kodeord er Blåbær#2024x",
    "Saya tinggal di No. 12, Jalan Mawar 3, Taman Melati, 53100 Kuala Lumpur.",
    "Ibu saya dirawat di rumah sakit, rumahnya di Jalan Kenanga 5, 40400 Shah Alam.",
    "Rumah dia kat Jalan Mawar 3, Taman Melati, 53100 Kuala Lumpur.",
    '{"otp":"482913"}',
    "Can you call her back on oh seven seven one two, three four five six seven eight? Her name is Priya Shah.",
    "Please ring him back on zero seven nine one one, one two three, four five six.",
    "Herr Müller, Fallnummer 2024-55312, hat eine Depression und ist in Behandlung.",
    "Anna Kowalska ma jaskrę i bierze warfarynę od 2021 roku.",
    "Pasien Budi Santoso, kasus 2024-8812, menderita tuberkulosis.",
    "M. Dupont, ATCD: IRC stade 3, HTA, dossier 778812.",
  ])("%s", (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });

  it("a business listing with a person's name or role in it stays reported (the rule's choice: the phone may be theirs)", () => {
    expect(found('{"name":"Hotel Aurora","manager":"Lena Fischer","phone":"+49 30 2345 6789","rating":4.6}')).toContain("phone:+49 30 2345 6789");
  });
});

// Closed in session 53: venue-numbers.ts, topic-before.ts, code-label-passwords.ts, secrets.ts (seed names),
// organisation-records.ts (a worker's trade or user handle).
describe("former gaps, closed in session 53", () => {
  // a restaurant's "book on" / "their number" is no service cue ("their" reads as a person's)
  it("a restaurant's booking number after its Casa/Chez name", () => {
    expect(found("Casa Rossi on Via Roma 14 serves the best carbonara in town, book on 06 1234 5678.")).toEqual([]);
  });
  it("a restaurant's number as 'their number'", () => {
    expect(found("Dinner at Chez Panisse was lovely; their number is (510) 548-5525.")).toEqual([]);
  });
  // a medicine as a lecture's subject next to a lecturer's name reads as her medicine
  it("a lecture topic next to a professor's name", () => {
    expect(found("Prof. Jane Hill gave a lecture on warfarin dosing at the conference.")).toEqual([]);
  });
  // an 'auth code' that is a chosen password (letters, digits, a symbol) outside a receipt
  it("an admin panel's auth code that is a password", () => {
    expect(found("Login for the admin panel — auth code: Tr0ub4dor&3x").length).toBeGreaterThan(0);
  });
  // TOTP seeds (base32) under otp_secret / totp_seed keys
  it("a TOTP seed under an otp_secret key", () => {
    expect(found('config = {"otp_secret": "JBSWY3DPEHPK3PXP", "totp_seed": "GEZDGNBVGY3TQOJQ"}').length).toBeGreaterThan(0);
  });
  // a rated cleaner's record with a username, a role and a phone (no person-name value, no person key)
  it("a rated worker's record without a name", () => {
    expect(found('{"name":"lars.n","rating":4.9,"role":"cleaner","phone":"+45 20 12 34 56"}').length).toBeGreaterThan(0);
  });
});
