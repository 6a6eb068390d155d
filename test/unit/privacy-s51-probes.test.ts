import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 51 (issue #15): cases of the kinds closed from the session-48–50 reviews' `it.fails` probes, written for this
 * session (every person, number and home is invented), each kind with a hard case the fix must leave alone.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("an institution's address after an Indian script label is no one's home (script-labels.ts)", () => {
  it.each([
    "विद्यालय का पता: 45, गांधी मार्ग, लखनऊ - 226001",
    "হাসপাতালের ঠিকানা: 99, শরৎ বসু রোড, কলকাতা 700020",
    "पता: जिला न्यायालय परिसर, 3, सिविल लाइंस, प्रयागराज 211001",
  ])("%s", (text) => {
    expect(of("street_address", text)).toEqual([]);
  });
  it.each([
    // "स्टेशन रोड" is a street, a police station's "থানা" a part of a village's address: a home still.
    "मेरा पता: 7, शांति निवास, स्टेशन रोड, नागपुर 440001",
    "ঠিকানা: গ্রাম রামনগর, পোস্ট 5, থানা ডোমকল, মুর্শিদাবাদ 742303",
  ])("a home is still found: %s", (text) => {
    expect(of("street_address", text).length).toBeGreaterThan(0);
  });
});

describe("a sentence about a house with a PIN code is no address (scripts.ts address-in)", () => {
  it.each(["मकान 20 साल पुराना था, 2 कमरे, लखनऊ 226010 के पास", "फ्लैट 9 का किराया 15000 है, 2 कमरे, नोएडा 201301 में"])("%s", (text) => {
    expect(of("street_address", text)).toEqual([]);
  });
  it("a verb after the PIN code leaves the address: मकान नं. 12, गांधी नगर, जयपुर 302015 में मेरी बहन रहती है", () => {
    expect(of("street_address", "मकान नं. 12, गांधी नगर, जयपुर 302015 में मेरी बहन रहती है")).toEqual(["street_address:मकान नं. 12, गांधी नगर, जयपुर 302015"]);
  });
});

describe("an address's floor and its postcode and town inside a sentence (address-tails.ts, personal.ts)", () => {
  it.each([
    ["Jag bor på Götgatan 21, 2 tr, 116 21 Stockholm och har en katt.", "Götgatan 21, 2 tr, 116 21 Stockholm"],
    ["Min adresse er Nørrebrogade 112, 2. tv, 2200 København N, kom forbi.", "Nørrebrogade 112, 2. tv, 2200 København N"],
    ["Please post it to Rokin 75-II, 1012 KK Amsterdam before Friday.", "Rokin 75-II, 1012 KK Amsterdam"],
    ["Schrijf naar mijn oma: Lange Voorhout 8 huis, 2514 ED Den Haag.", "Lange Voorhout 8 huis, 2514 ED Den Haag"],
  ])("%s", (text, span) => {
    expect(of("street_address", text)).toEqual([`street_address:${span}`]);
  });
  it.each([
    "Our shop: Kungsgatan 12, 3 tr, 111 43 Stockholm — open 10–18.",
    "The museum is at Museumplein 6 hs, 1071 DJ Amsterdam and opens at nine.",
    "Room 12 II, 2004 AD Rome was the setting of the play.",
    "In Chapter 5, 1066 AD England was conquered.",
  ])("nothing in: %s", (text) => {
    expect(of("street_address", text)).toEqual([]);
  });
});

const rules = (text: string) => found(text);

describe("a security answer after its own label or after 'the security answer … is' (security-answers.ts)", () => {
  it.each([
    ["Security question for my PayPal: first concert? Answer: Metallica.", "password:Metallica"],
    ["Question de sécurité de ma banque : ville de naissance de mon père. Réponse : Quimper.", "password:Quimper"],
    ["My secret answer for the Barclays app is Bramble42, don't share it.", "password:Bramble42"],
  ])("%s", (text, value) => {
    expect(rules(text)).toContain(value);
  });
  it.each([
    "Security question tips. Answer: Never use real facts.",
    "Are security questions safe? Answer: No.",
    "A security answer is something only you should know.",
    "The security answer is Not required for this form.",
  ])("nothing in: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("a Wi-Fi key of 8 to 15 digits right after its frame (told-wifi-keys.ts)", () => {
  it.each([
    ["WLAN-Passwort: 48213905, das Netz heißt Müller.", "password:48213905"],
    ["La contraseña del wifi es 73019284, apúntala.", "password:73019284"],
    ["Our guest wifi key = 5820193746 for the weekend.", "password:5820193746"],
  ])("%s", (text, value) => {
    expect(rules(text)).toContain(value);
  });
  it.each([
    "Wifi support: call the helpline, ticket code 20481733.",
    "The wifi password changed on 20240115 after the audit.",
    "The wifi key is 8 to 63 characters, e.g. 30571948 works.",
    "Our wifi router's serial number is 48213905.",
  ])("nothing in: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("an OTP told in Telugu, Kannada, Malayalam or Punjabi; a demo's or a sample's in India's scripts is nobody's", () => {
  it.each(["ನನ್ನ ಒಟಿಪಿ 730215 ಬಂದಿದೆ, ಬೇಗ ಹೇಳು.", "എന്റെ ഒടിപി 482913 ആണ്, ആരോടും പറയരുത്.", "ਮੇਰਾ ਓਟੀਪੀ 591736 ਹੈ।"])("%s", (text) => {
    expect(rules(text).length).toBeGreaterThan(0);
  });
  it.each(["డెమో కోసం ఓటీపీ 123456 వాడండి.", "नमूना संदेश: आपका ओटीपी 482913 है।", "ఓటీపీ నియమం 2024 నుండి అమలులో ఉంది."])("nothing in: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
  it("a blood test's report OTP is still a person's ('टेस्ट' is no documentation cue)", () => {
    expect(rules("ब्लड टेस्ट रिपोर्ट का ओटीपी 482913 है, किसी को मत बताना।")).toEqual(["password:482913"]);
  });
});

describe("an organisation's UPI id is no person's account (payment-receipts.ts)", () => {
  it.each([
    "Paid ₹450 via UPI to the pharmacy, citymedicals.store@ybl, for the inhaler.",
    "School fees go by UPI to the school's account dps.fees@sbi this month.",
    "Donate to the flood relief charity via UPI: reliefnow@okaxis",
  ])("%s", (text) => {
    expect(of("bank_account", text)).toEqual([]);
  });
  it.each([
    ["The shop was closed. I paid Ramesh instead via UPI: ramesh.iyer@okhdfcbank", "bank_account:ramesh.iyer@okhdfcbank"],
    ["Sent ₹2,000 by UPI to my sister anita.r@oksbi for the rent.", "bank_account:anita.r@oksbi"],
  ])("a person's is still found: %s", (text, value) => {
    expect(of("bank_account", text)).toEqual([value]);
  });
});

describe("a session's id in a cookie, an API key told in Turkish or right after its name (secrets.ts, prose-api-keys.ts)", () => {
  it.each([
    ["Cookie: PHPSESSID=9f2kq81vz3mx7lp0ad4wrt6ybn; lang=en", "api_key:9f2kq81vz3mx7lp0ad4wrt6ybn"],
    ['document.cookie = "JSESSIONID=A7F3C9E2B18D4F6A0C5E7B9D2F4A6C8E"', "api_key:A7F3C9E2B18D4F6A0C5E7B9D2F4A6C8E"],
    ["Gizli anahtarım X9kLm2Qr7Tz4Vw8Bn3Cd6Fg1Hj, bunu nereye koymalıyım?", "api_key:X9kLm2Qr7Tz4Vw8Bn3Cd6Fg1Hj"],
    ["My API key 4Tz8Kq2Lm9Xv7Rw3Np6Bc1Dh fails, why?", "api_key:4Tz8Kq2Lm9Xv7Rw3Np6Bc1Dh"],
  ])("%s", (text, value) => {
    expect(rules(text)).toContain(value);
  });
  it.each([
    "The session_id column is an integer like 100234 in our schema.",
    "log: session_id=user_profile_settings_page_view",
    "Erişim anahtarı şu an çalışmıyor, API anahtarı YOUR_API_KEY_HERE yazıyor.",
    "Our API token ExampleTokenForDocs2024AbCd is in the README.",
  ])("nothing in: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("a test fixture's repeated codes and postal codes after a code label (identifier-formats.ts, labelled-identifiers.ts)", () => {
  it.each([
    "Backup codes for the test account: 0000-0000 and 1212-1212.",
    "Recovery codes for the ZIP areas we ship to: 94103 San Francisco, 10001 New York.",
    "Wi-Fi keys in the router's factory manual: 48213905 for every unit.",
  ])("nothing in: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
  it("a person's backup codes are still found", () => {
    expect(rules("My backup codes:\n4829-1735\n9051-2286")).toEqual(["password:4829-1735", "password:9051-2286"]);
  });
});

describe("a service's one-time code and a code after an unlocking verb (service-codes.ts, labelled-identifiers.ts)", () => {
  it.each([
    ["482913 est votre code de vérification Instagram.", "password:482913"],
    ["Your Uber code is 4817. Never share it.", "password:4817"],
    ["Dein WhatsApp-Code lautet 482-913", "password:482-913"],
    ["The safe unlocks with 2958 if the battery is flat.", "password:2958"],
    ["Grandpa's shed is unlocked using 7316, the padlock on the left.", "password:7316"],
  ])("%s", (text, value) => {
    expect(rules(text)).toContain(value);
  });
  it.each([
    "Your promo code is 2024 for the summer sale.",
    "Your Discount code is 4817.",
    "Your Zoom meeting code is 4817 2931.",
    "Sample SMS: 482913 is your Google verification code.",
    "The bomb in the film is disarmed with 2 seconds left.",
  ])("nothing in: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe("a Malay street word before the street's name (personal.ts)", () => {
  it.each([
    ["Please send the documents to No. 12, Jalan Ampang Hilir, 55000 Kuala Lumpur.", "No. 12, Jalan Ampang Hilir, 55000 Kuala Lumpur"],
    ["My cousin lives at 7 Jalan Kayu, Singapore 799480 near the bakery.", "7 Jalan Kayu, Singapore 799480"],
  ])("%s", (text, span) => {
    expect(of("street_address", text)).toEqual([`street_address:${span}`]);
  });
  it.each(["Visit the museum at 93 Jalan Besar, Singapore 208822.", "Our office: 5 Jalan Kilang Barat, Singapore 159349."])("no home in: %s", (text) => {
    expect(of("street_address", text)).toEqual([]);
  });
});

describe("a firm's NIP (east-european.ts)", () => {
  it.each(["NIP pracodawcy: 123-456-32-18, wpisz go w PIT-11.", "Sprzedawca: NIP sprzedawcy 123-456-32-18"])("nothing in: %s", (text) => {
    expect(of("national_id", text)).toEqual([]);
  });
  it("a person's NIP with a firm named further on is still found", () => {
    expect(of("national_id", "NIP mojej żony 123-456-32-18, prowadzi firmę? nie, jest na etacie.")).toEqual(["national_id:123-456-32-18"]);
  });
});

describe("a Vietnamese street without đường or phố, closed by its district (regional-addresses.ts)", () => {
  it.each([
    ["Gửi cho chị Lan ở 48 Nguyễn Trãi, Quận 5, TP.HCM giúp mình nhé.", "48 Nguyễn Trãi, Quận 5, TP.HCM"],
    ["Địa chỉ nhà tôi: 112 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội", "112 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội"],
  ])("%s", (text, span) => {
    expect(of("street_address", text)).toEqual([`street_address:${span}`]);
  });
  it.each(["Nhà hàng Phở 24 ở 25 Lê Lợi, Quận 1 mở cửa 7 giờ.", "Khách sạn Rex, 141 Nguyễn Huệ, Quận 1, TP.HCM", "Có 25 Học Sinh, Quận 1 cũng vậy."])(
    "no home in: %s",
    (text) => {
      expect(of("street_address", text)).toEqual([]);
    },
  );
});

describe("a nutrient's content of drinks is no medicine taken (health-export-records.ts)", () => {
  it.each([
    "Caffeine content: Dr Pepper 41 mg, Mountain-Dew 54 mg, Pepsi-Max 69 mg.",
    "Caffeine per serving: Red Bull 80 mg, Coca-Cola 34 mg",
    "Sugar content: Mr Kipling 12 mg, Coca-Cola 35 mg.",
  ])("nothing in: %s", (text) => {
    expect(rules(text)).toEqual([]);
  });
  it("a named person's medicine on its own line is still found", () => {
    expect(rules("Tom Baker's meds:\nSertraline 50 mg\nCaffeine content of his tea: low")).toEqual(["health:Sertraline 50 mg"]);
  });
});

describe("a village's address after its label without a PIN code, its district named (indic-addresses.ts)", () => {
  it.each([
    ["पता: ग्राम रामपुर, पोस्ट बेलवा, जिला गोरखपुर, उत्तर प्रदेश", "ग्राम रामपुर, पोस्ट बेलवा, जिला गोरखपुर, उत्तर प्रदेश"],
    ["ঠিকানা: গ্রাম চন্দনপুর, ডাকঘর হরিপুর, জেলা নদিয়া", "গ্রাম চন্দনপুর, ডাকঘর হরিপুর, জেলা নদিয়া"],
  ])("%s", (text, span) => {
    expect(of("street_address", text)).toEqual([`street_address:${span}`]);
  });
  it.each(["पता: ग्राम का नाम लिखें, जिला, राज्य", "पता: ग्राम पंचायत कार्यालय, जिला सीवान, बिहार", "नमूना पता: ग्राम रामपुर, जिला गोरखपुर, उत्तर प्रदेश"])(
    "no home in: %s",
    (text) => {
      expect(of("street_address", text)).toEqual([]);
    },
  );
});
