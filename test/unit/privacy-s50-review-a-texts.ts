/**
 * Texts written for the session-50 review a of four new privacy rules (issue #15): hard negatives (the rule's words
 * and shapes with nothing personal in them) and positives (a private person's value the rule should find). Every
 * person, number and home is invented; written for this project.
 */

/** A pasted dialogue whose answer is no private person's value (dialogue-answers.ts). */
export const dialogueNegatives: readonly string[] = [
  "Agent: What's your order number?\nCustomer: 548213907",
  "Agent: Can I have the ticket number please?\nClient: 20481733",
  "Bot: What is the tracking number of the parcel?\nYou: 1Z999AA10123456784",
  "Student: What is the format of a passport number in Germany?\nTutor: Nine characters, for example C01X00T47",
  "Agent: Your passport number?\nCustomer: I'd rather not give it over chat.",
  "Trainer: Card number for this role-play?\nTrainee: 4111 1111 1111 1111",
  "Agent: Which number should we call you back on?\nCustomer: 555-0142",
  "Q: What number do I call for the embassy's passport office?\nA: +44 20 7008 5000",
  "Agent: Podaj numer zamówienia.\nKlient: 7731902841",
  "CS: Nomor pesanan Anda berapa?\nPelanggan: 88213407712",
  "Temsilci: Fatura numaranız nedir?\nMüşteri: 4401928375",
  "Nhân viên: Mã đơn hàng của anh là gì?\nKhách: 58120394",
  "Agente: ¿Cuál es el número de pedido?\nCliente: 30948172",
  "Agent: How many passport pages are left?\nCustomer: 12",
  "Interviewer: In what year did you get your first passport?\nCandidate: 1998",
  "Narrator: The captain asked for the ship's passport number.\nSailor: 734-19-2288, sir, from the old novel.",
  "Agent: Could you read me the model number on the router?\nCustomer: TL-WR841N",
];

/** A private person's value answered to the question turn (dialogue-answers.ts). */
export const dialoguePositives: readonly [text: string, category: string][] = [
  ["Agent: Could you confirm your passport number, Mr Lewis?\nGareth Lewis: sure, 533981147", "passport"],
  ["Agente: ¿Me da su número de DNI?\nCliente: 48273561T", "national_id"],
  ["Agent: What's the best number to reach you on?\nCustomer: 07700 900 118... sorry, 07911 123456", "phone"],
  ["Agent: IBAN for the refund?\nClient: DE84 3704 0044 1234 5678 91", "iban"],
  ["Görevli: Telefon numaranız nedir?\nAyşe: 0532 614 72 19", "phone"],
  ["Rep: And the card you paid with?\nMaria: 4539 5780 1325 8212", "payment_card"],
];

/** The cue's words with no private home after them (home-cue-addresses.ts). */
export const homeCueNegatives: readonly string[] = [
  "We live at 221B Baker Street in the novel, where Holmes keeps his violin.",
  "My mum works at 1600 Amphitheatre Parkway, Mountain View, CA 94043 — the Google campus.",
  "I live 5 minutes from 10 Downing Street, which is handy for protests.",
  "My address is [street number] [street name], [city] [postcode] in the template below.",
  "Send it to my brother at support@example.com and he'll forward it.",
  "My sister lives at 123 Main Street, Anytown, ST 12345 in the sample letter on page 4.",
  "Mieszkam 3 km od Dworca Centralnego, przy ulicy 20 minut drogi od centrum.",
  "Saya tinggal di Jakarta sejak 2015 dan bekerja di kantor 12 lantai.",
  "Annem 1950 yılında İzmir'e taşındı ve 3 çocuk büyüttü.",
  "Tôi sống ở Hà Nội 10 năm rồi, làm việc ở công ty 200 người.",
  "Vivo en Madrid desde hace 15 años y trabajo en el Hospital 12 de Octubre.",
  "My friend lives at the Marriott hotel, 525 Bay Street, Toronto, for the conference week.",
  "Our office address is 350 Fifth Avenue, New York, NY 10118.",
  "The phrase 'I live at' comes before the address, e.g. 'I live at [number] [street], [town]'.",
  "Sherlock's brother lives at 4 Pall Mall, London, in the Diogenes Club story.",
  "My dad lives at 2 hours' drive from 40 km north of the border.",
  "I moved to version 2.4.1 of the app, 3 times faster now.",
];

/** A private person's home after a cue (home-cue-addresses.ts). */
export const homeCuePositives: readonly string[] = [
  "My aunt lives at 48 Thornbury Road, Leeds LS6 2QZ, can you help me write her a letter?",
  "Mieszkam przy ul. Kwiatowej 14/3, 60-123 Poznań i szukam sąsiada do pomocy.",
  "Adres rumah saya Jl. Melati No. 27, Bandung 40132, tolong buatkan surat.",
  "Evim Bağdat Caddesi 214/5, 34730 Kadıköy İstanbul, kira sözleşmesi için yardım et.",
  "Mi madre vive en Calle Alcalá 214, 3º B, 28028 Madrid y necesita un médico.",
  "send it to my nan at 17 willow grove, hull hu5 3nd thanks",
];

/** The session-50 tail shapes with nothing personal around them (address-tails.ts). */
export const tailNegatives: readonly string[] = [
  "Our shop: Kungsgatan 12, 3 tr, 111 43 Stockholm — open 10–18.",
  "Visit the museum at Rua Augusta 24, 1.º Dto, 1100-053 Lisboa.",
  "The bank branch is at Damrak 1, 1012 LG Amsterdam.",
  "Template: Street 12, Esc. 2, 4e étage, porte droite, 75000 City",
  "Company HQ: Blk 71 Ayer Rajah Crescent, #02-18, Singapore 139951",
  "The farm shop is at 1204 State Highway 2, RD 4, Hastings 4172.",
  "The council offices: Stadhuisplein 1 hs, 3011 AD Rotterdam.",
  "Ticket 753 20 was closed; see build 1015 KE for details.",
  "Figure 12, 3 tr shows three transistors in the diagram.",
  "Hotel Baltic, Långgatan 5, 3 tr, 413 27 Göteborg — book online.",
  "Restaurant Porte 4, r/c, 31000 Toulouse serves lunch.",
  "Ayuntamiento: Plaza Mayor 1, 2º A, 28012 Madrid.",
  "Kantor pusat: Jl. Sudirman 45, Lt. 12, Jakarta 10210.",
  "Biuro firmy: ul. Marszałkowska 10, lok. 5, 00-590 Warszawa.",
  "Main office: Unit 4, 12 Station Road, Business Park, Leeds LS1 4DY.",
];

/** A private person's home with a session-50 tail (address-tails.ts): the text and the tail the span must reach. */
export const tailPositives: readonly [text: string, tail: string][] = [
  ["My home address is Sveavägen 44, 3 tr, 113 34 Stockholm if the courier asks.", "113 34 Stockholm"],
  ["I live at Rua das Flores 69 1.º Dto, 4050-262 Porto with my two cats.", "4050-262 Porto"],
  ["Send the keys to me: Overtoom 169 hs, 1054 HK Amsterdam.", "1054 HK Amsterdam"],
  ["Mon adresse : 14 rue Jean Jaurès, Esc. 2, 4e étage, 31000 Toulouse — merci.", "31000 Toulouse"],
  ["My flat is Blk 601 Tampines Street 68, #12-348, Singapore 523261, please deliver there.", "Singapore 523261"],
  ["Bydlím na adrese Husova 12, 602 00 Brno, pomůžeš mi?", "602 00 Brno"],
];

/** India's address labels with an institution's or a sample's value (indic-addresses.ts). */
export const indicNegatives: readonly string[] = [
  "बैंक का पता: भारतीय स्टेट बैंक, मुख्य शाखा, एम.जी. रोड, पुणे - 411001",
  "कार्यालय का पता: 12, संसद मार्ग, नई दिल्ली - 110001",
  "अस्पताल का पता: एम्स, अंसारी नगर, नई दिल्ली 110029",
  "पता लिखने का तरीका: मकान नं., गली, शहर, पिन कोड",
  "नमूना पता: 123, कोई गली, कोई शहर - 000000",
  "पता नहीं 12, कब आएगा, बताओ 110001 बार",
  "ঠিকানা: পশ্চিমবঙ্গ বিধানসভা, 1, বিধান সরণী, কলকাতা 700001",
  "முகவரி: சென்னை மாநகராட்சி அலுவலகம், ரிப்பன் கட்டிடம், சென்னை 600003",
  "સરનામું: ગુજરાત હાઈકોર્ટ, સોલા, અમદાવાદ 380060",
  "कंपनी का पता: टाटा मोटर्स लिमिटेड, 24, होमी मोदी स्ट्रीट, मुंबई 400001",
  "राहणार: पुणे महानगरपालिका कार्यालय, शिवाजीनगर, पुणे 411005",
  "मकान 15 साल पुराना है, 3 कमरे, किराया 12000 रुपये, पुणे 411045 इलाके में",
  "उपन्यास में नायक का पता: 221, बेकर गली, लंदन 110001 था",
  "पता: रेलवे स्टेशन, प्लेटफॉर्म 4, नई दिल्ली 110055",
  "निवासी प्रमाण पत्र का नमूना: मकान नं. ___, वार्ड ___, जिला ___ - ______",
];

/** A private person's home after an Indian label (indic-addresses.ts). */
export const indicPositives: readonly string[] = [
  "मेरा पता: बी-14, गांधी नगर, जयपुर - 302015 है, पार्सल यहीं भेजें।",
  "पत्ता: फ्लॅट नं. 404, साई अपार्टमेंट, कोथरूड, पुणे 411038",
  "ঠিকানা: 54/2, রবীন্দ্র সরণী, বেহালা, কলকাতা 700034",
  "முகவரி: பழைய எண் 12, காமராஜர் தெரு, தாம்பரம், சென்னை 600045",
  "સરનામું: 7, શાંતિ સોસાયટી, મણિનગર, અમદાવાદ 380008",
  "निवासी: वार्ड नं. 7, रामपुर गांव, जिला सीतापुर, उत्तर प्रदेश 261001",
];
