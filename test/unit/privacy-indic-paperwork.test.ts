import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const categories = (text: string) => found(text).map((value) => value.split(":")[0]);

/** Session 50 (dev-83): India's paperwork in Hindi, Marathi, Bengali, Tamil and Gujarati. */
describe("addresses after their label in India's scripts", () => {
  it("reads a labelled address closed by its PIN code, in the script's digits too", () => {
    expect(found("किरायेदार का विवरण: सुमन लता, निवासी 18/3, गांधी नगर, झाँसी - 284003, कृपया जाँच लें")).toContain("street_address:18/3, गांधी नगर, झाँसी - 284003");
    expect(categories("ভাড়াটে: দীপা পাল, ঠিকানা ৭/২, রবীন্দ্র সরণি, শিলিগুড়ি - ৭৩৪০০১। চুক্তি লিখে দাও")).toContain("street_address");
    expect(categories("ભાડૂત: ચેતન જોષી, સરનામું ૧૮, સરદાર નગર, ભાવનગર - ૩૬૪૦૦૧. કરાર બનાવો")).toContain("street_address");
    expect(categories("அனுப்புநர் முகவரி 4, பாரதி தெரு, திருச்சி - 620001, கடிதம் எழுதவும்")).toContain("street_address");
  });
  it("leaves a branch's or office's address and a PIN code alone", () => {
    expect(categories("बैंक शाखा का पता: 12, स्टेशन रोड, झाँसी - 284001, वहाँ KYC होता है?")).not.toContain("street_address");
    expect(found("284003 पिनकोड किस इलाके का है?")).toEqual([]);
  });
});

describe("a named person's condition in Marathi, Bengali and Gujarati forms", () => {
  it("reports the condition of a named neighbour, insured person or -બેન", () => {
    expect(categories("हमारे पड़ोसी रघुवीर सैनी को टीबी हुई है, क्या उनके घर जाना ठीक है?")).toContain("health");
    expect(categories("विमाधारक सुनील भोईर, दाखल होण्याचे कारण डेंग्यू ताप. दावा कसा करावा?")).toContain("health");
    expect(categories("বিমাকৃত অমল দে, ভর্তির কারণ কিডনি বিকল। কী কাগজ লাগবে?")).toContain("health");
    expect(categories("અમારા પાડોશી હંસાબેન પંડ્યાને કેન્સર છે, કેવી રીતે મદદ કરીએ?")).toContain("health");
  });
  it("leaves an unnamed relative's condition alone", () => {
    expect(categories("મારા મોટાભાઈને ડાયાબિટીસ છે, શું ખાવું જોઈએ?")).not.toContain("health");
    expect(categories("मेरे पापा को टीबी थी, अब ठीक हैं")).not.toContain("health");
  });
});

describe("a clinical label's value in Devanagari", () => {
  it("ends at the danda and splits its items at और", () => {
    const values = found("मरीज़ का नाम: कमला रावत, आयु 61। निदान: दमा और उच्च रक्तचाप। दवा सुबह-शाम। इसे अंग्रेज़ी में लिखो।");
    expect(values).toContain("health:दमा");
    expect(values).toContain("health:उच्च रक्तचाप");
    expect(values.some((value) => value.includes("अंग्रेज़ी"))).toBe(false);
  });
});

describe("identifiers after their label in India's scripts", () => {
  it("reads birth dates, passports, licences and accounts", () => {
    expect(categories("மாணவர் பெயர் கவின், பிறந்த தேதி ௧௪/௦௩/௨௦௧௭, வயது சரியா?")).toContain("date_of_birth");
    expect(categories("અરજદાર રીમા શાહ, જન્મ તારીખ 02/11/1990")).toContain("date_of_birth");
    expect(categories("அவருடைய பாஸ்போர்ட் எண் K5820341, புதுப்பிக்க வேண்டும்")).toContain("passport");
    expect(categories("નવો પાસપોર્ટ નંબર V3917264 આવ્યો")).toContain("passport");
    expect(categories("உரிமம் புதுப்பித்தல்: உரிம எண் TN22 20150007812")).toContain("driver_license");
    expect(categories("बाबांच्या खात्याचा तपशील: खाते क्र. 40218735612, शाखा कोथरूड")).toContain("bank_account");
    expect(categories("ભાઈનો ખાતા નંબર 52817340926 છે, પૈસા મોકલો")).toContain("bank_account");
  });
  it("reads ration cards, UANs and voter ids", () => {
    expect(found("राशन कार्ड संख्या 2145-0089-1174 में नाम जोड़ना है")).toContain("national_id:2145-0089-1174");
    expect(found("Naye employer ko UAN 101928374650 dena hai")).toContain("national_id:101928374650");
    expect(found("મતદાર ઓળખપત્ર નંબર GJX4827135 છે")).toContain("national_id:GJX4827135");
    expect(found("রেশন কার্ডের নিয়ম কী? কার্ড নম্বর ফর্মে কোথায় লিখব?")).toEqual([]);
  });
});

describe("UPI ids, OTPs and PINs told in India's scripts", () => {
  it("reads a UPI id on a UPI-only handle or next to the script's UPI word", () => {
    expect(found("मी pooja.k88@ybl ला पैसे पाठवले")).toContain("bank_account:pooja.k88@ybl");
    expect(found("ইউপিআই-তে ভুল করে rupa.sen@okicici-কে টাকা গেছে")).toContain("bank_account:rupa.sen@okicici");
  });
  it("reads an OTP or a PIN told to a relative, not the rule about them", () => {
    expect(found("भैया, OTP आया है 739215, जल्दी डाल दो")).toContain("password:739215");
    expect(found("બા, એટીએમ પિન 6042 છે, કોઈને કહેતા નહીં")).toContain("password:6042");
    expect(found("OTP 6 अंकों का होता है और 10 मिनट में खत्म हो जाता है")).toEqual([]);
  });
});

describe("public values of India's paperwork", () => {
  it("leaves UIDAI's staging test Aadhaar numbers and film stars' birthdays alone", () => {
    expect(found("UIDAI staging par test Aadhaar 999999990026 se auth API call kiya")).toEqual([]);
    expect(found("Aamir Khan ka birthday 14 March 1965 hai na?")).toEqual([]);
  });
});

describe("known gaps (probes)", () => {
  // Closed in session 53: "my" and a kinship or friend word before the name (script-health.ts, as for Bengali).
  it("reads a Gujarati name without an honorific before a condition", () => {
    expect(categories("મારી બહેનપણી કિરણ સોલંકીને ડાયાબિટીસ છે, શું ખાવું?")).toContain("health");
  });
  // Closed in session 51: a village's address without a PIN code, its district named (indic-addresses.ts).
  it("reads a labelled village address without a PIN code", () => {
    expect(categories("किरायेदार अजय पाल, स्थायी पता ग्राम व पोस्ट बरौली, ज़िला सीवान, बिहार")).toContain("street_address");
  });
});
