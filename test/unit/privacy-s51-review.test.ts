import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 51 review (issue #15): texts written before reading session 51's new rules, of the kinds those rules read.
 * Every person, number and home is invented; the public ones (a museum, Tivoli, a documented AHV sample) are public.
 * Negatives look like what the rules read but hold nothing personal; positives are the same kinds, personal.
 */

describe("hard negatives: nothing personal in them", () => {
  it.each([
    // phones: a business's or a phrase's number
    "Chat with our support team: https://api.whatsapp.com/send?phone=5511987654321 (Mon–Fri, 9–17h)",
    "Honestly, my number one priority for 2025 is 3 hours more sleep.",
    "Her new number one single, 'Blue 2049', went straight to the top of the charts in 14 countries.",
    "Meine neue Nummer 1 im Regal: das Kochbuch für 12,99 Euro.",
    "Ligue para a nossa loja: (11) 3456-7890, atendimento de segunda a sábado.",
    "For visas, call the embassy's consular section on +44 20 7946 0321.",
    "If the parcel is late, our customer service team will answer on 0800 123 4567 (free).",
    "Call +49 30 1234567 (reception desk) to book a room.",
    "The museum's phone: +31 20 674 7000, open Tuesday to Sunday.",
    // cues: passwords, birth dates, addresses, code keys, businesses
    "🔑 Step 3: exchange public keys — Alice sends g^a mod p = 5 and Bob sends 8.",
    "🔐 Encryption: AES-256-GCM with a 96-bit nonce",
    "Passwrod reset links expire after 24 hours.",
    "Our café's bday: 14/02/2015 — come celebrate with free cake!",
    "Geb.-Dat. (Format TT.MM.JJJJ), z. B. 01.01.1970",
    "what's the addy of the museum? it's Museumsinsel 1, 10178 Berlin",
    "Our bakery's adress: 12 Mill Lane, Bristol BS1 4DJ — fresh bread daily from 7.",
    "SELECT pt_dx, cust_dob FROM visits WHERE cust_dob > '1900-01-01'",
    "num_dni VARCHAR(9) NOT NULL, -- e.g. 12345678Z",
    "Our bakery takes orders on 020 7946 0958 until noon for next-day pickup.",
    // probes: service codes, answers, Wi-Fi, OTP words, addresses of places
    "Enter the Zalando code SUMMER25 at checkout for 25% off.",
    "Windows Update error code 0x80070005 means access denied.",
    "In the film the bomb was disarmed with 12 seconds left on the clock.",
    "The alarm was disarmed with the master key at 06:30 by the caretaker.",
    "Question 4: What is 6 × 7? Answer: 42",
    "Q: What is the capital of Australia? Answer: Canberra",
    "Order 48213977 delivered. The wifi at the depot was down so the scan came late.",
    "The WiFi firmware version 20230815 fixes the 5 GHz drop on the router.",
    "OTP గడువు 10 నిమిషాలు మాత్రమే ఉంటుంది.",
    "Dalam novel itu, Ahmad berjalan di Lorong 7 yang gelap sambil mengingat tahun 1965.",
    "Butiken ligger på Götgatan 14, 118 46 Stockholm, öppet 10–18.",
    "Het Rijksmuseum, Museumstraat 1, 1071 XJ Amsterdam, is dagelijks open.",
    "A padaria fica na Rua Augusta 120, 1100-053 Lisboa, aberta das 7h às 20h.",
    "बैंक शाखा का पता: 12, महात्मा गांधी रोड, पुणे 411001",
    // ids: other things called BI, NN, RRN; documented samples; companies
    "Our BI platform processed 123456789 rows last night; BI 2024 roadmap attached.",
    "Model card — NN: 4 layers, 1200000 parameters.",
    "AHV-Nr. 756.1234.5678.97 (Musternummer aus der Wegleitung)",
    "Kennitala félagsins: 550269-2289",
    "Cédula de ejemplo: 000-0000000-0",
    // Closed in session 52: a card payment's authorisation code on a receipt (labelled-identifiers.ts AUTH_CODE), and
    // tutorials' and notes' 🔑 headings with a name and a colon (field-values.ts KEY_EMOJI_SERVICE).
    "Card payment declined — RRN 231245678901, auth code 004512.",
    "APPROVED — AUTH CODE: 613207, terminal 4471, thank you",
    "Mi recibo dice: tarjeta VISA ****4421, auth code 558213, total 32,50 €",
    "🔑 Key takeaway: GPT-4o beats Llama-3 on MMLU",
    "🔑 Step 3: exchange public keys — Alice sends g^a mod p = 5",
    "🔑 Check-in: 15:00-22:00, code at the door",
    "🔑 Tip: Python3.12 is faster",
    // Closed in session 52: the link host's "me" (wa.me/) is no personal cue, so a shop's opening hours judge its link.
    "Order on WhatsApp: wa.me/4915123456789 — Bäckerei Sonnenschein, open daily 7–18.",
    "Pedidos por WhatsApp: wa.me/5511987654321 — Padaria Estrela, aberta todos os dias",
    "Bestellungen per WhatsApp: https://wa.me/4915123456789 (Mo–Sa geöffnet 7–18 Uhr)",
    // Closed in session 52: an attraction's ticket price after its address is an opening cue (public-context.ts).
    "Tivoli, Vesterbrogade 3, 1630 København V — billetter fra 145 kr.",
    "Liseberg, Örgrytevägen 5, 402 22 Göteborg — biljetter från 95 kr.",
    // Malay home cues before no home: a village, a floor and rooms, a hotel's address (session 52).
    "Rumah saya di kampung, dekat 2 sungai dan 3 sekolah.",
    "Rumah saya di tingkat 12, ada 3 bilik.",
    "Saya tinggal di Hotel Istana, Jalan Raja Chulan 73, 50200 Kuala Lumpur, untuk 3 malam.",
    "Saya tinggal di Jakarta sejak 2015 dan bekerja di kantor 12 lantai.",
    "Kami tinggal di Surabaya selama 3 tahun",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("positives: a private person's value of the same kinds", () => {
  it.each([
    "Hi Sara, it's Lena from the museum — my new number is 0176 2345 6789, save it!",
    "Hallo Tom, meine neue Nummer: 0157 3344 5566. LG Jana",
    "Salut, mon numéro c'est le 06 12 34 56 78, appelle-moi ce soir.",
    "Text me here: wa.me/447911123456 — Priya (it's my personal one)",
    "Me liga no 11 98765-4321 depois das seis, é o meu celular.",
    "my pasword for the school portal is Kiwi#2291",
    "Anna Kovač, b'day 14/07/1988, allergic to penicillin",
    "Name: Jürgen Maas, Geb.-Dat.: 03.11.1979",
    "my addy is 42 Elm Street, Leeds LS6 2AB, come round at 8",
    '{"patient": "R. Iyer", "pt_dx": "type 2 diabetes", "cust_dob": "1984-09-30"}',
    "Your WhatsApp code: 482-913. Don't share it.",
    "Kai, the panel at my place is disarmed with 7391.",
    "Security question: mother's maiden name? Answer: Fitzgerald",
    "Wifi at my flat: network Casa_Ruiz, key 48213977",
    "మీ OTP 482913. దీన్ని ఎవరితోనూ పంచుకోవద్దు.",
    "Kennitalan mín er 120174-3399",
    "Meine AHV-Nummer ist 756.9217.0769.85",
    "O meu BI é 004512345LA042, emitido em Luanda.",
    "Moj JMBG je 1403988710025.",
    "Mijn rijksregisternummer (NN) is 90.02.01-123.05.",
    "Mi cédula es 001-1234567-3.",
    // The review's fixes leave a person named after the business or support cue alone.
    "Our café's new barista Tom Weber, bday: 03.04.1990, starts Monday.",
    "Our support team lead is Jana Novak, her mobile 0176 4455 6677.",
    // Policy correction (session 52): this was a false-alarm probe, but eval/privacy/README.md reports every password after
    // its keyword that is no placeholder, published or not (the session-51 lead's ruling): a café's guest Wi-Fi key is one.
    "Guest Wi-Fi password: croissant2024 — ask our baristas! (printed on the café's menu)",
    // Closed in session 52: a service's name between the 🔑/🔐 label and the password; a one-time auth code stays one.
    "🔑 Netflix: Lumen!Tiger88 — don't share it, Mum",
    "🔐 Gmail Konto: Amsel_Kiel42",
    "🔑 Disney+: mango-sun77 (for the kids)",
    "Your auth code for the card payment is 482913. Do not share it.",
    "auth code: 482913 — don't share it with anyone",
    "my WhatsApp: wa.me/4915123456789, open daily for you lol",
    "Order on WhatsApp: wa.me/4915123456789 — ask for Jana Novak, my cousin",
    "Jeg bor på Vesterbrogade 3, 1630 København V. Billetter fra 145 kr til Tivoli?",
    "Mina föräldrar bor på Örgrytevägen 5, 402 22 Göteborg — biljetter till konserten har jag köpt.",
    // Closed in session 52: Malay and Indonesian home cues (home-cue-addresses.ts).
    "Rumah saya di No. 12, Lorong Mawar 3, Taman Sri Muda, 40400 Shah Alam.",
    "Saya tinggal di 27 Jalan Kenari 5, Bandar Puchong Jaya, 47100 Puchong, Selangor.",
    "rumah mak kat Lot 1542, Kampung Parit Baru, 83000 Batu Pahat, Johor",
  ])("%s", (text) => {
    expect(found(text).length).toBeGreaterThan(0);
  });
});

// The review's open probes (session 51 review) were all closed in session 52 and moved to the lists above.
