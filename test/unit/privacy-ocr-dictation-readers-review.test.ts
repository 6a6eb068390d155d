import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { found } from "./privacy-helpers.js";

/**
 * Session 42 review of s42-ids (ocr-mrz.ts, spoken-numbers.ts, ocr-values.ts, the PIN-then-card rule): hard negatives a
 * user pastes that those readers could flag, and positives an attacker varies.
 */
const NEGATIVES = [
  // Prose, lyrics, recipes, scores, verses, times with number words after a phone or IP word.
  "I waited two hours at the phone shop, then four more, six of us in line, nine people behind, three cashiers, one manager",
  "Lyrics: my number one, two three four, five six seven eight nine ten, everybody count again",
  "Call me maybe? Here's my number: one two three four five six seven eight nine",
  "Recipe: mix two cups flour, three eggs, one cup milk; the number of servings is four, six or eight, nine minutes baking",
  "Final score of the match: number one seed won six four, three six, seven five, six two",
  "Phone it in: John three sixteen, Psalm twenty three, Genesis one one, Romans eight twenty eight",
  "My phone alarm rings at six thirty, then seven fifteen, then eight forty five every morning",
  "The number of the beast is six six six, and Revelation thirteen eighteen says count it",
  "Contact time: twenty twenty four, December sixth, eleven thirty five pm",
  "Numéro de la chanson : un deux trois, nous irons au bois, quatre cinq six, cueillir des cerises, sept huit neuf",
  "Mein Handy zeigt: zwei Stunden, dann vier, dann sechs, dann acht, dann neun Minuten, dann drei Sekunden",
  "The IP rating is six eight dot five dot two dot one in the manual for the phone case",
  "Upgrade to version IP two point one point four point nine",
  "The cell count was seven four two, eight eight one, nine three six per microlitre in the sample",
  "número de teléfono de la canción: cinco cuatro tres dos uno, despegue, diez nueve ocho siete",
  'Song "Eight Days a Week", number eight on the chart, IP rights reserved, one two three four',
  "Release notes: version five point two point one point zero, build number twenty twenty four one one one two",
  "The phone has a five point five inch screen, six four gigabytes, twelve megapixel camera, four thousand mAh",
  "The IP address of the example server is one nine two dot zero dot two dot one",
  "My IP is ten dot zero dot zero dot five on the office LAN",
  "номер дома сорок два, квартира сто семнадцать, этаж девять, подъезд три",
  "Phone battery: one hundred percent at nine, eighty at noon, sixty at three, forty at six, twenty at nine",
  "Lotto numbers this week: seven, fourteen, twenty one, thirty three, forty two, forty nine",
  "Phone 1: 10 points, two four six eight ten twelve fourteen sixteen",
  "Rooms on the phone list: room one oh four, one oh five, one oh six, two oh one",
  "Model IP-66 enclosure, the number is six six dot two dot one dot zero",
  "Chorus: number nine, number nine, number nine, number nine, number nine, number nine",
  "Numerous studies found two, three, four, five, six, seven, eight, nine, ten factors",
  "The xylophone has eight, nine, ten, eleven, twelve, thirteen, fourteen bars",
  // Chess, separator rows, HTML, the ICAO and German specimens, upper-case and digit lines of MRZ length.
  "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 d6 8. c3 O-O",
  "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>",
  "<div><span>1234</span><<<<<<<<<<<<<<<<<<<<<<<</div>",
  "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
  "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
  "IDD<<L01X00T471<<<<<<<<<<<<<<<\n6408125F2702283D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<",
  "test fixture:\nABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGH\nABCDEFGHIJKLMNOPQRSTUVWXYZ0123\nABCDEFGHIJKLMNOPQRSTUVWXYZ0123\n<< end >>",
  "SKU list (page 2 of 5):\nBOOKS0000000000000000000000000000000000000000\n0000000000000000000000000000000000000000000K\nSOLD<<OUT<<<<",
  // IBAN-like codes across a page header, company accounts, receipts, test cards, Wi-Fi labels in manuals.
  "Part codes: IBAN is not required for orders. Product code DE44 5001 0517\nACME Corp — Page 2 of 3\n5407 3240 00 ships from stock.",
  "INVOICE 2024-117\nBank details: Contoso Ltd, IBAN GB33BUKB20201555555555, BIC BUKBGB22",
  "Receipt — card: VISA ****4242  auth code 0O1S2B total $18.40 thank you",
  "Card number on the demo slide: 4111 1111 1111 1lll",
  "Flashcard set: card 1 of 40. The Luhn demo value SOlO 1234 5678 9O12 is not a card number",
  "The Wi-Fi network key is printed on the sticker at the back of the router (see page 12).",
  "Network key: see the label on the bottom of your router",
  "WPA key: your-own-password (choose at least 8 characters)",
  "WPA2-PSK: 12345678 is the factory default; change it",
  "Vendor manual: Network key: CHANGEME1 (default, change on first login)",
  "SSN: 078-05-1120 was the Woolworth wallet card number",
];

const POSITIVES: Array<[string, string]> = [
  ["my phone number is uh nine one seven, um, four eight two, er six three oh one", "phone:nine one seven, um, four eight two, er six three oh one"],
  ["my mobile is 917 four eight two six three oh one", "phone:917 four eight two six three oh one"],
  ["you can reach me on my cell at nine one seven... four eight two... six three zero one", "phone:nine one seven... four eight two... six three zero one"],
  ["his number is nine one seven four eight two six three zero one, call after six", "phone:nine one seven four eight two six three zero one"],
  ["my cell is nine-one-seven, four-eight-two, six-three-zero-one", "phone:nine-one-seven, four-eight-two, six-three-zero-one"],
  ["My number's nine one seven. Four eight two. Six three oh one.", "phone:nine one seven. Four eight two. Six three oh one"],
  ["My cell phone: nine one seven (four eight two) six three oh one", "phone:nine one seven (four eight two) six three oh one"],
  ["phone no. nine one seven four eight two six three oh one thanks", "phone:nine one seven four eight two six three oh one"],
  ["Meu celular é nove um sete, quatro oito dois, seis três zero um", "phone:nove um sete, quatro oito dois, seis três zero um"],
  ["Ms Lopez's phone number, um, is nine one seven, four eight two, six three oh one", "phone:nine one seven, four eight two, six three oh one"],
  [
    "Telefonnummer: null eins sieben sechs, drei vier fünf, sechs sieben acht neun null",
    "phone:null eins sieben sechs, drei vier fünf, sechs sieben acht neun null",
  ],
  [
    "the IP of my home router is eighty six dot one hundred forty seven dot twenty two dot ninety one",
    "ip_address:eighty six dot one hundred forty seven dot twenty two dot ninety one",
  ],
  ["my home IP: 86 dot one four seven dot 22 dot ninety one", "ip_address:86 dot one four seven dot 22 dot ninety one"],
  [
    "my IP address is eighty-six point one forty-seven point twenty-two point ninety-one",
    "ip_address:eighty-six point one forty-seven point twenty-two point ninety-one",
  ],
  ["the code for my card is four seven one nine and my card number ends in two", "password:four seven one nine"],
  // The OCR'd passport of dev-45 with two more OCR errors in its number field (1 as I, then 0 as O in the dates too).
  [
    "Lens read my passport:\nP<G8ROKAFOR<<CH1D1NMA<GRACE«<<<<<«K<<<<<K<<«\n54B2I39O75G8R92O607BF3309117<<<K<<<<<<<<<<<0",
    "passport:54B2I39O75G8R92O607BF3309117<<<K<<<<<<<<<<<0",
  ],
  [
    "Lens read my passport:\nP<G8ROKAFOR<<CH1D1NMA<GRACE«<<<<<«K<<<<<K<<«\n54B2I39O75G8R92O6O7BF33O9117<<<K<<<<<<<<<<<0",
    "passport:54B2I39O75G8R92O6O7BF33O9117<<<K<<<<<<<<<<<0",
  ],
];

describe("session 42 review of the OCR, dictation and PDF readers", () => {
  it.each(NEGATIVES.map((text) => [text]))("no finding: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
  it.each(POSITIVES)("found: %s", (text, value) => {
    expect(found(text)).toContain(value);
  });
  // Open gaps, kept as probes.
  it('a two-word hesitation inside a dictated number ("you know") no longer ends the run (closed in session 45)', () => {
    expect(found("phone: nine one seven, like, four eight two, you know, six three oh one")).toContain(
      "phone:nine one seven, like, four eight two, you know, six three oh one",
    );
    // Hard negatives: the hesitation ends a short run, and "you know what" is no hesitation between commas.
    expect(found("phone: nine one seven four, you know, I forgot the rest")).toEqual([]);
    expect(found("phone: nine one seven four eight, you know what, six three oh one")).toEqual([]);
  });
  it("a manual's default key after a German Wi-Fi label is no standalone password (closed in session 46)", () => {
    expect(found("Netzwerkschlüssel: Standardpasswort12 aus dem Handbuch ändern")).toEqual([]);
    expect(found("WPA2-PSK: Defaultpasswort99, see the manual")).toEqual([]);
    // Hard negatives: the same key with no manual's note, and a real key after the label, are still reported.
    expect(found("Netzwerkschlüssel: Standardpasswort12")).toContain("password:Standardpasswort12");
    expect(found("Netzwerkschlüssel: Kx7mPq29vLw4 — der Router steht im Flur")).toContain("password:Kx7mPq29vLw4");
    expect(found("Ich habe das Standardpasswort geändert, mein Passwort ist jetzt Standardpasswort12 aus dem Handbuch")).toContain(
      "password:Standardpasswort12",
    );
  });
  it("the documentation DNI 12345678Z with a documentation word on its line is not reported (closed in session 46)", () => {
    expect(found("The DNI 12345678Z is the documentation example")).toEqual([]);
    expect(found("Ejemplo de DNI válido: 12345678Z (documentación de la API)")).toEqual([]);
    // Hard negatives: the same DNI typed as one's own, or another valid DNI beside an example word, is still reported.
    expect(found("Mi DNI es 12345678Z, ¿me ayudas con la renovación?")).toContain("national_id:12345678Z");
    expect(found("My DNI is 87654321X and this is the example form I filled in")).toContain("national_id:87654321X");
    const strict = createPrivacyScanner({ testValues: "sensitive" });
    expect(strict.scan("The DNI 12345678Z is the documentation example").map((finding) => finding.category)).toEqual(["national_id"]);
  });
});
