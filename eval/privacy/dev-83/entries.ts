/**
 * dev-83 entries: India's paperwork and messages — KYC for a bank or SIM, ration card, Aadhaar update, Passport Seva,
 * rent agreements, school admission, hospital OPD slips and prescriptions, PF/UAN and ESIC onboarding, insurance
 * claims, police verification, WhatsApp messages to family, UPI disputes — in Hindi (Devanagari), Hinglish (Latin
 * script), Marathi, Bengali, Tamil and Gujarati, numbers sometimes in the script's own digits (०-९, ০-৯, ௦-௯, ૦-૯).
 * Sensitive: a private person's Aadhaar, PAN (4th letter P), EPIC, passport, driving licence, UAN, ration card, bank
 * account or UPI id, +91 mobile, home address with PIN, date of birth, a named person's diagnosis, a password, OTP or
 * ATM PIN told to a relative. Hard negatives: a company's, firm's or trust's PAN (4th letter C/F/T), a shop's GSTIN,
 * an IFSC alone, a bank branch's or a government office's address and helpline (1800-…, 1947, 112, 1930), UIDAI's
 * published sandbox Aadhaar numbers, blank templates (XXXX, ABCDE1234F), train PNRs, booking and order ids, a taxi
 * company's vehicle numbers, the unnamed writer's own health or money and unnamed relatives (policy: not sensitive),
 * film stars' and politicians' published facts, a city's PIN code alone. `kind` is `<topic>:<form>` or
 * `neg-<topic>:<what>`. Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // Hindi (Devanagari)
  ["hi", "kyc:aadhaar", `बैंक का KYC फॉर्म भर रहा हूँ, ये सही जगह लिखा है? नाम: रमेश चंद्र यादव, आधार संख्या: ⟦national_id|7369 6618 7879⟧, पिता का नाम: श्री रामलाल यादव`],
  [
    "hi",
    "kyc:pan",
    `सिम कार्ड के लिए दस्तावेज़: ग्राहक का नाम सुनीता शर्मा, पैन कार्ड नंबर ⟦national_id|BKSPS4821L⟧, मोबाइल ⟦phone|98271 46630⟧। क्या ई-केवाईसी के लिए इतना काफी है?`,
  ],
  [
    "hi",
    "kyc:address",
    `इस पते को अंग्रेज़ी में लिख दो, बैंक फॉर्म में चाहिए — खाताधारक: अनिल कुमार गुप्ता, पता: ⟦street_address|मकान नं. 47, गली नं. 3, शिवपुरी कॉलोनी, गोविंदपुरा, भोपाल, मध्य प्रदेश - 462023⟧`,
  ],
  [
    "hi",
    "aadhaar-update:dob",
    `आधार अपडेट फॉर्म में जन्म तिथि गलत छपी है। सही विवरण: नाम कमला देवी, जन्म तिथि ⟦date_of_birth|१२/०४/१९६१⟧, आधार ⟦national_id|४७१५ २२७८ ८१४४⟧। सुधार के लिए अर्ज़ी लिख दो।`,
  ],
  [
    "hi",
    "aadhaar-update:phone",
    `माँ के आधार में मोबाइल नंबर बदलवाना है। पुराना नंबर बंद हो गया, नया नंबर ⟦phone|+91 94153 27806⟧ है, आधार ⟦national_id|7323 9844 8112⟧ — आधार सेवा केंद्र के लिए क्या-क्या ले जाऊँ?`,
  ],
  [
    "hi",
    "ration:ration-card",
    `राशन कार्ड में बहू का नाम जुड़वाना है। मुखिया: रामप्यारी देवी, राशन कार्ड संख्या ⟦national_id|UP-2145-0067-3381⟧, बहू का आधार ⟦national_id|4359 4724 8835⟧। आवेदन पत्र का मसौदा बना दो।`,
  ],
  [
    "hi",
    "passport:passport",
    `पासपोर्ट सेवा केंद्र से मैसेज आया है कि पुलिस वेरिफिकेशन बाकी है। आवेदक: प्रिया मिश्रा, फ़ाइल नंबर LKO2071234567823, पुराना पासपोर्ट नंबर ⟦passport|P4827163⟧। ये कितने दिन में होगा?`,
  ],
  [
    "hi",
    "passport:address",
    `पासपोर्ट के लिए वर्तमान पता: ⟦street_address|फ्लैट 302, गंगा अपार्टमेंट, सेक्टर 62, नोएडा, उत्तर प्रदेश 201309⟧ — आवेदक विकास त्रिपाठी। क्या किराये के पते पर पासपोर्ट बन सकता है?`,
  ],
  [
    "hi",
    "rent:aadhaar",
    `किरायानामा (रेंट एग्रीमेंट) का ड्राफ़्ट देखो: मकान मालिक श्री सुरेश अग्रवाल, किरायेदार श्री दीपक वर्मा, आधार ⟦national_id|6871 5063 6236⟧, मासिक किराया ₹12,000, मकान: ⟦street_address|बी-14, लाजपत नगर-II, नई दिल्ली 110024⟧।`,
  ],
  [
    "hi",
    "rent:phone",
    `किरायेदार का पुलिस सत्यापन फॉर्म: नाम मोहम्मद इरफ़ान, स्थायी पता ग्राम व पोस्ट बरौली, ज़िला सीवान, मोबाइल ⟦phone|097985 41236⟧। थाने में जमा करने से पहले जाँच लो।`,
  ],
  [
    "hi",
    "school:dob",
    `स्कूल एडमिशन फॉर्म (कक्षा 1): छात्र का नाम आरव सिंह, जन्म तिथि ⟦date_of_birth|23/07/2019⟧, पिता का नाम राजेश सिंह, मोबाइल ⟦phone|98390 12745⟧। उम्र की सीमा पूरी होती है क्या?`,
  ],
  [
    "hi",
    "school:aadhaar",
    `अपार आईडी बनाने के लिए स्कूल ने माँगा है: छात्रा अनन्या पांडेय, आधार संख्या ⟦national_id|5494 0216 0220⟧, जन्म तिथि ⟦date_of_birth|०५/११/२०१२⟧। मेसेज का जवाब लिख दो।`,
  ],
  [
    "hi",
    "opd:health",
    `ओपीडी पर्ची पढ़कर बताओ: मरीज़ — श्रीमती शांति देवी, उम्र 58, निदान: ⟦health|टाइप 2 मधुमेह, उच्च रक्तचाप⟧, दवा: मेटफॉर्मिन 500 mg दिन में दो बार। ये दवा खाने के बाद लेनी है?`,
  ],
  ["hi", "opd:health", `पापा (ओमप्रकाश जी) की रिपोर्ट आई है, उन्हें ⟦health|हफ़्ते में तीन बार डायलिसिस⟧ करवाना होगा। आयुष्मान कार्ड से खर्च कवर होगा या नहीं?`],
  ["hi", "opd:health", `हमारे पड़ोसी गोपाल मौर्य को ⟦health|टीबी (फेफड़ों की)⟧ निकली है, डॉट्स की दवा शुरू हुई है। उनके बच्चों को भी जाँच करानी चाहिए?`],
  [
    "hi",
    "onboarding:uan",
    `नई कंपनी के ऑनबोर्डिंग फॉर्म में पिछला UAN माँगा है। कर्मचारी: संदीप कुशवाहा, UAN: ⟦national_id|100948273615⟧, पैन ⟦national_id|CKRPK7731M⟧। पीएफ ट्रांसफर कैसे होगा?`,
  ],
  [
    "hi",
    "onboarding:bank",
    `वेतन खाते की जानकारी HR को भेजनी है: नाम पूजा रस्तोगी, बैंक: स्टेट बैंक ऑफ इंडिया, खाता संख्या ⟦bank_account|38472910563⟧, IFSC SBIN0004127। ईमेल का मसौदा लिखो।`,
  ],
  [
    "hi",
    "insurance:health",
    `बीमा क्लेम फॉर्म: बीमित व्यक्ति अजय कुमार चौहान, पॉलिसी संख्या 2841/H/0045, भर्ती का कारण: ⟦health|पित्ताशय की पथरी का ऑपरेशन (लैप्रोस्कोपिक कोलेसिस्टेक्टोमी)⟧। क्लेम रिजेक्ट हुआ तो क्या करें?`,
  ],
  [
    "hi",
    "police:address",
    `चरित्र प्रमाण पत्र के लिए आवेदन: मैं, नीरज सक्सेना, निवासी ⟦street_address|54/2, सिविल लाइंस, बरेली, उत्तर प्रदेश - 243001⟧, पुलिस अधीक्षक महोदय से निवेदन करता हूँ… इसे पूरा कर दो।`,
  ],
  [
    "hi",
    "police:voter-id",
    `पुलिस सत्यापन में पहचान पत्र: मतदाता पहचान पत्र (EPIC) संख्या ⟦national_id|RJX4821736⟧, नाम हेमंत शेखावत, पिता का नाम भंवर सिंह। ये किरायेदार फॉर्म में कहाँ लिखूँ?`,
  ],
  ["hi", "whatsapp:password", `बेटा, बैंक वाले का फ़ोन आया था, मैंने तुम्हें भेजने के लिए लिखा है — एटीएम पिन ⟦password|4719⟧ है, कार्ड दादी के पास है। ये मैसेज ठीक है भेजने के लिए?`],
  ["hi", "whatsapp:password", `मम्मी ने व्हाट्सऐप पर लिखा: "नेटबैंकिंग का पासवर्ड ⟦password|Shanti@1962⟧ है, बिजली का बिल भर देना"। इसे अंग्रेज़ी में अनुवाद कर दो।`],
  [
    "hi",
    "whatsapp:phone",
    `भैया, चाचा जी का नया नंबर ⟦phone|70078 31546⟧ है और उनका घर का पता ⟦street_address|12, राजेंद्र नगर, पटना - 800016⟧। शादी का कार्ड भेजने के लिए लिफ़ाफ़े पर लिखना है।`,
  ],
  ["hi", "upi:upi", `यूपीआई से गलत व्यक्ति को ₹5,000 चले गए। मैंने ⟦bank_account|rakesh.tiwari85@okaxis⟧ को भेजे थे पर उसने कहा नहीं मिले। बैंक को शिकायत पत्र लिखो।`],
  [
    "hi",
    "upi:bank",
    `शिकायत: खाताधारक मनोज बघेल, खाता संख्या ⟦bank_account|50100284716395⟧ (HDFC), UPI लेन-देन आईडी 412398765432 — पैसा कटा पर दुकानदार को नहीं मिला। NPCI को कैसे लिखें?`,
  ],
  [
    "hi",
    "kyc:driving-licence",
    `ड्राइविंग लाइसेंस रिन्यू करवाना है: नाम सत्यप्रकाश दुबे, डीएल नंबर ⟦driver_license|UP32 20090034718⟧, जन्म तिथि ⟦date_of_birth|09-03-1975⟧। परिवहन सेवा पोर्टल पर कौन सा फॉर्म भरूँ?`,
  ],
  [
    "hi",
    "opd:prescription",
    `डॉक्टर की पर्ची: रोगी का नाम — कुसुम लता, आयु 34, ⟦health|गर्भावस्था 28 सप्ताह, एनीमिया (Hb 8.2)⟧; आयरन सुक्रोज़ इंजेक्शन। इसका मतलब आसान भाषा में बताओ।`,
  ],
  [
    "hi",
    "onboarding:esic",
    `ESIC ई-पहचान कार्ड में परिवार जोड़ना है: बीमित व्यक्ति राजकुमार, आईपी नंबर 2314567890, पत्नी का आधार ⟦national_id|५२८४ ५८६६ ०५४०⟧, मोबाइल ⟦phone|८८४०३ ६७२१५⟧। स्टेप बताओ।`,
  ],
  ["hi", "kyc:email", `डीमैट खाते का KYC: नाम श्वेता जैन, ईमेल ⟦email|shweta.jain1990@gmail.com⟧, पैन ⟦national_id|AHJPJ3391M⟧। ब्रोकर ने "KRA रिजेक्टेड" क्यों लिखा?`],
  [
    "hi",
    "insurance:bank",
    `LIC मैच्योरिटी क्लेम के लिए NEFT फॉर्म: पॉलिसीधारक रामनिवास पाल, बैंक खाता ⟦bank_account|1284000100045671⟧, IFSC PUNB0128400। रद्द चेक भी लगाना है क्या?`,
  ],
  ["hi", "whatsapp:password", `दीदी, पापा के फ़ोन पर जो OTP आया वो ⟦password|582047⟧ है, गैस बुकिंग के लिए डाल दो जल्दी।`],
  [
    "hi",
    "passport:dob",
    `पासपोर्ट फॉर्म (Passport Seva) भरते हुए — आवेदक सलमा ख़ातून, जन्म तिथि ⟦date_of_birth|15/06/1988⟧, जन्म स्थान: आज़मगढ़। क्या जन्म प्रमाण पत्र की जगह दसवीं की मार्कशीट चल जाएगी?`,
  ],
  [
    "hi",
    "ration:address",
    `नया राशन कार्ड आवेदन: परिवार के मुखिया शिवशंकर प्रसाद, पता ⟦street_address|वार्ड नं. 7, मोहल्ला कबीर नगर, दुर्गाकुंड, वाराणसी - 221005⟧, सदस्य 5। अर्ज़ी का प्रारूप बनाओ।`,
  ],

  // Hinglish (Latin-script Hindi)
  [
    "hi-Latn",
    "whatsapp:password",
    `Papa ko ye message bhejna hai, check karo: "Papa, aapka ATM PIN ⟦password|8316⟧ hai, kisi ko phone pe mat batana, bank kabhi nahi poochta"`,
  ],
  [
    "hi-Latn",
    "whatsapp:aadhaar",
    `Bhai, Nani ka Aadhaar number ⟦national_id|6624 9259 6063⟧ hai, unka pension form bharna hai, DOB ⟦date_of_birth|01/01/1948⟧ likh dena`,
  ],
  [
    "hi-Latn",
    "kyc:pan",
    `Mera bhai Rohit Malhotra, uska PAN ⟦national_id|DXKPM7719N⟧ hai aur Aadhaar ⟦national_id|7386 2794 1568⟧. Zerodha account open karne ke liye kya aur chahiye?`,
  ],
  [
    "hi-Latn",
    "upi:upi",
    `UPI dispute: maine 2,400 rupees ⟦bank_account|priya.nair92@oksbi⟧ ko bheje the, paisa kat gaya par status pending hai. Paytm support ko mail draft kar do.`,
  ],
  [
    "hi-Latn",
    "upi:phone",
    `Kisi ne mere number pe galti se 1500 bhej diye, usne apna number diya ⟦phone|+91 98765 43210⟧ aur naam Sanjay Kumar bataya. Wapas kaise karun safely?`,
  ],
  [
    "hi-Latn",
    "rent:address",
    `Rent agreement me tenant ka permanent address: Karan Mehta, ⟦street_address|Flat 1102, Lodha Aqua, Mira Road East, Thane 401107⟧. Landlord ka naam Mr. Desai. Clause 5 thoda strict hai kya?`,
  ],
  [
    "hi-Latn",
    "rent:aadhaar",
    `Leave and license agreement ke liye tenant ka Aadhaar ⟦national_id|8560 9024 8380⟧ aur PAN ⟦national_id|BNZPA4721K⟧ chahiye tha — Ayesha Siddiqui. Ye dono document ka copy self-attest kaise karte hain?`,
  ],
  [
    "hi-Latn",
    "school:dob",
    `School admission form: student name Vihaan Joshi, DOB ⟦date_of_birth|14/02/2018⟧, father Amit Joshi, mobile ⟦phone|99300 47128⟧. RTE quota ke liye eligible hai kya?`,
  ],
  [
    "hi-Latn",
    "opd:health",
    `Meri saas Kamla ji ko doctor ne ⟦health|chronic kidney disease stage 4⟧ bola hai, dialysis ka bola hai next month. Ghar pe diet kya rakhein?`,
  ],
  [
    "hi-Latn",
    "opd:health",
    `Hamare driver Raju bhai ko ⟦health|TB⟧ detect hua hai, 6 mahine ki dawai chalegi. Unko chhutti pe bhejna chahiye ya kaam kar sakte hain?`,
  ],
  [
    "hi-Latn",
    "onboarding:uan",
    `HR ne bola previous employer ka UAN do: Neha Kapoor, UAN ⟦national_id|101372945860⟧, DOJ 03/04/2023. KYC pending dikha raha hai EPFO portal pe, kya karun?`,
  ],
  [
    "hi-Latn",
    "onboarding:bank",
    `Salary account details for onboarding: Account holder Gaurav Bhatia, A/c no. ⟦bank_account|920010045872316⟧, IFSC UTIB0000553. Ise proper email format me likh do.`,
  ],
  [
    "hi-Latn",
    "insurance:health",
    `Star Health claim form me "nature of illness" likhna hai: patient Sunil Arora, ⟦health|acute myocardial infarction, angioplasty done⟧. Pre-existing disease declare karna padega?`,
  ],
  [
    "hi-Latn",
    "police:passport",
    `Police verification ke liye SI sahab aaye the, bola passport number ⟦passport|T6183025⟧ aur address proof dikhao. Applicant Simran Kaur. Kitne din me clear hoga?`,
  ],
  [
    "hi-Latn",
    "whatsapp:address",
    `Mausi ka naya address bhej raha hoon, courier karna hai: ⟦street_address|House no. 221, Sector 15-A, Chandigarh 160015⟧, phone ⟦phone|98140 23675⟧. Label bana do.`,
  ],
  ["hi-Latn", "whatsapp:password", `Didi ko message: "Mera Gmail ka password ⟦password|Golu@2004pk⟧ hai, meri exam ki mail check kar lena please"`],
  [
    "hi-Latn",
    "kyc:voter-id",
    `SIM KYC ke liye Voter ID diya: EPIC no. ⟦national_id|MHX2817364⟧, naam Prakash Jadhav. Shop wala bol raha hai Aadhaar hi chalega, sahi hai kya?`,
  ],
  [
    "hi-Latn",
    "kyc:driving-licence",
    `Ola driver onboarding: naam Imran Shaikh, DL no. ⟦driver_license|MH12 20110012345⟧, mobile ⟦phone|098230 16549⟧. Badge ke liye kya chahiye?`,
  ],
  [
    "hi-Latn",
    "passport:passport",
    `Passport renewal: old passport no. ⟦passport|M2940718⟧, holder Ritu Chawla, DOB ⟦date_of_birth|22/09/1991⟧. Tatkal me apply karun ya normal?`,
  ],
  ["hi-Latn", "upi:bank", `Cousin Ankit ko paise bhejne hain, uska account ⟦bank_account|6728 1045 9031⟧, IFSC KKBK0000651. NEFT ya IMPS, kaunsa fast hai?`],
  [
    "hi-Latn",
    "opd:prescription",
    `OPD slip pe likha hai "Pt. Meena Rawat, 42F, Dx: ⟦health|hypothyroidism, Tab. Thyronorm 50 mcg⟧". Ye dawai khali pet leni hai?`,
  ],
  [
    "hi-Latn",
    "insurance:aadhaar",
    `PMJAY card banwana hai Dadi ka: naam Savitri Devi, Aadhaar ⟦national_id|3844 0378 7952⟧, mobile ⟦phone|63942 18057⟧. Kaunse hospital me chalega?`,
  ],
  [
    "hi-Latn",
    "whatsapp:dob",
    `Bhai, Chhotu ka birth certificate wala DOB ⟦date_of_birth|07-10-2015⟧ hai ya 17? School wale Aadhaar se match kar rahe hain, naam Aditya Rana.`,
  ],

  // Marathi
  ["mr", "kyc:aadhaar", `बँकेचा केवायसी फॉर्म: खातेदार सुरेखा पाटील, आधार क्रमांक ⟦national_id|८३०२ ५६६६ ४६९९⟧, मोबाईल ⟦phone|९८२२० ४७३१६⟧. हा फॉर्म बरोबर भरला आहे का?`],
  [
    "mr",
    "rent:address",
    `भाडेकरार (लीव्ह अँड लायसन्स) मसुदा: परवानाधारक श्री. अमोल देशमुख, राहणार ⟦street_address|फ्लॅट नं. ४०४, साई कृपा सोसायटी, कर्वे रोड, कोथरूड, पुणे - ४११०३८⟧. अटी तपासून द्या.`,
  ],
  ["mr", "school:dob", `शाळा प्रवेश अर्ज: विद्यार्थ्याचे नाव ओम गायकवाड, जन्मतारीख ⟦date_of_birth|१८/०६/२०१९⟧, पालकाचे नाव संदीप गायकवाड. पहिलीसाठी वय पूर्ण होते का?`],
  ["mr", "opd:health", `आमच्या आजोबांना, श्री. विठ्ठल कदम यांना ⟦health|पार्किन्सन्स आजार⟧ झाल्याचे निदान झाले. घरी काळजी कशी घ्यावी?`],
  ["mr", "ration:ration-card", `रेशन कार्डमध्ये नाव कमी करायचे आहे: कुटुंबप्रमुख लता शिंदे, शिधापत्रिका क्रमांक ⟦national_id|27-160-0048-2295⟧. तहसील कार्यालयाला अर्ज लिहा.`],
  ["mr", "onboarding:pan", `नवीन नोकरीसाठी माहिती: कर्मचारी राहुल कुलकर्णी, पॅन ⟦national_id|AQWPK8314K⟧, UAN ⟦national_id|100723845196⟧. HR ला ईमेल लिहा.`],
  ["mr", "whatsapp:password", `आईला मेसेज: "आई, फोनवर आलेला ओटीपी ⟦password|६१४२९०⟧ आहे, तो फक्त मलाच सांग, बँकेतून कोणी विचारलं तर देऊ नकोस."`],
  ["mr", "passport:passport", `पासपोर्ट सेवा केंद्रात अपॉइंटमेंट आहे. अर्जदार मानसी जोशी, जुना पासपोर्ट क्र. ⟦passport|R5028164⟧. कोणती कागदपत्रे न्यावी?`],
  ["mr", "upi:upi", `यूपीआय तक्रार: मी ⟦bank_account|sachin.more77@ybl⟧ ला ₹३,२०० पाठवले पण व्यवहार अयशस्वी दाखवतो आणि पैसे कापले. बँकेला तक्रार लिहा.`],
  [
    "mr",
    "police:address",
    `पोलीस पडताळणी अर्ज: अर्जदार गणेश भोसले, कायमचा पत्ता ⟦street_address|मु. पो. वडगाव, ता. मावळ, जि. पुणे - ४१२१०६⟧, मोबाईल ⟦phone|+91 77200 15839⟧.`,
  ],
  ["mr", "insurance:health", `विमा दावा: विमाधारक प्रमोद साळुंखे, रुग्णालयात दाखल होण्याचे कारण ⟦health|डेंग्यू ताप, प्लेटलेट्स कमी⟧. कॅशलेस नाकारले, काय करावे?`],
  ["mr", "kyc:driving-licence", `वाहन परवाना नूतनीकरण: नाव दत्तात्रय पवार, परवाना क्र. ⟦driver_license|MH14 20080021457⟧, जन्मतारीख ⟦date_of_birth|०३/०२/१९७२⟧.`],
  ["mr", "whatsapp:bank", `बाबा, मावशीच्या खात्यात पैसे पाठवा: खाते क्र. ⟦bank_account|60248173925⟧, IFSC MAHB0000412, नाव वंदना चव्हाण. मेसेज नीट लिहून द्या.`],

  // Bengali
  ["bn", "kyc:aadhaar", `ব্যাঙ্কের কেওয়াইসি ফর্ম: গ্রাহক সুব্রত দাস, আধার নম্বর ⟦national_id|৭১৫২ ৬৪৩৬ ৩৩২৪⟧, মোবাইল ⟦phone|৯৮৩১০ ২৪৬৫৭⟧। ঠিক আছে কিনা দেখে দাও।`],
  [
    "bn",
    "ration:ration-card",
    `রেশন কার্ডে নাম যোগ করতে হবে: পরিবারের প্রধান মিনতি মণ্ডল, রেশন কার্ড নং ⟦national_id|RKSY-II 0183746529⟧। খাদ্য দপ্তরে আবেদন লিখে দাও।`,
  ],
  [
    "bn",
    "rent:address",
    `ভাড়ার চুক্তি: ভাড়াটে অর্পিতা সেন, স্থায়ী ঠিকানা ⟦street_address|৩২/১, বিবেকানন্দ রোড, বেলেঘাটা, কলকাতা - ৭০০০১০⟧। চুক্তির খসড়া বাংলায় করে দাও।`,
  ],
  ["bn", "opd:health", `আমার কাকিমা, রত্না ঘোষের ⟦health|স্তন ক্যান্সার (স্টেজ ২)⟧ ধরা পড়েছে, কেমো শুরু হবে। স্বাস্থ্যসাথী কার্ডে চিকিৎসা হবে?`],
  ["bn", "school:dob", `স্কুলে ভর্তির ফর্ম: ছাত্রের নাম অয়ন চক্রবর্তী, জন্ম তারিখ ⟦date_of_birth|১১/০৩/২০১৮⟧, বাবার নাম দেবাশিস চক্রবর্তী। বয়স ঠিক আছে?`],
  ["bn", "whatsapp:password", `মাকে লিখছি: "মা, ব্যাঙ্কের এটিএম পিন ⟦password|৩৯০৫⟧, কার্ডটা আলমারিতে রাখা আছে, কাউকে বলবে না।" ঠিক লিখেছি?`],
  ["bn", "upi:upi", `ইউপিআই-তে ভুল করে ⟦bank_account|tanmoy.biswas@okicici⟧-কে ₹১,৮০০ পাঠিয়েছি। ফেরত চাওয়ার জন্য মেসেজ লিখে দাও।`],
  [
    "bn",
    "passport:passport",
    `পাসপোর্ট সেবা: আবেদনকারী শর্মিষ্ঠা রায়, পুরনো পাসপোর্ট নং ⟦passport|K7391046⟧, জন্ম তারিখ ⟦date_of_birth|২৯/১০/১৯৮৫⟧। পুনর্নবীকরণে কী লাগবে?`,
  ],
  [
    "bn",
    "onboarding:pan",
    `অফিসের অনবোর্ডিং: কর্মী রাজীব সাহা, প্যান ⟦national_id|BQRPS7142K⟧, ব্যাঙ্ক অ্যাকাউন্ট ⟦bank_account|34102817465⟧ (SBI)। HR-কে মেল লিখে দাও।`,
  ],
  ["bn", "police:voter-id", `পুলিশ ভেরিফিকেশন: আবেদনকারী সুমন হালদার, ভোটার কার্ড নং ⟦national_id|WBX0918273⟧, ঠিকানা হাওড়া। থানায় কী কী নিতে হবে?`],
  [
    "bn",
    "whatsapp:phone",
    `দাদা, পিসির নতুন নম্বর ⟦phone|+91 90073 58214⟧, আর বাড়ির ঠিকানা ⟦street_address|১৪, নেতাজি পল্লী, বারাসত, উত্তর ২৪ পরগনা - ৭০০১২৪⟧। বিয়ের কার্ড পাঠাতে হবে।`,
  ],
  ["bn", "insurance:health", `বিমার দাবি: বিমাকৃত গৌতম বসু, ভর্তির কারণ ⟦health|ডায়ালিসিস, কিডনি বিকল⟧। টিপিএ কাগজ চাইছে, কী পাঠাব?`],
  ["bn", "kyc:email", `ডিম্যাট কেওয়াইসি: নাম পৌলমী দত্ত, ইমেল ⟦email|poulami.dutta88@yahoo.co.in⟧, আধার ⟦national_id|4159 7588 3441⟧। ফর্মটা ঠিক আছে?`],

  // Tamil
  ["ta", "kyc:aadhaar", `வங்கி கேஒய்சி படிவம்: வாடிக்கையாளர் முருகன் செல்வம், ஆதார் எண் ⟦national_id|3830 6301 1171⟧, கைபேசி ⟦phone|98410 27365⟧. சரியா என்று பாருங்கள்.`],
  [
    "ta",
    "ration:ration-card",
    `குடும்ப அட்டையில் மருமகள் பெயர் சேர்க்க வேண்டும்: குடும்பத் தலைவர் லட்சுமி ராமசாமி, ஸ்மார்ட் கார்டு எண் ⟦national_id|333004718265⟧. மனு எழுதித் தாருங்கள்.`,
  ],
  [
    "ta",
    "rent:address",
    `வாடகை ஒப்பந்தம்: குடியிருப்பவர் கார்த்திக் சுப்பிரமணியன், முகவரி ⟦street_address|பழைய எண் 12, புதிய எண் 27, 3வது குறுக்குத் தெரு, வேளச்சேரி, சென்னை - 600042⟧. வரைவு தயாரிக்கவும்.`,
  ],
  ["ta", "opd:health", `என் மாமா திரு. சண்முகம் அவர்களுக்கு ⟦health|நீரிழிவு நோய் மற்றும் டயாலிசிஸ்⟧ நடக்கிறது. முதலமைச்சர் காப்பீட்டுத் திட்டத்தில் செலவு வருமா?`],
  ["ta", "school:dob", `பள்ளி சேர்க்கை படிவம்: மாணவி பெயர் தன்யா ஆனந்த், பிறந்த தேதி ⟦date_of_birth|௨௧/௦௮/௨௦௧௮⟧, தந்தை பெயர் ஆனந்த் குமார். வயது சரியா?`],
  ["ta", "whatsapp:password", `அப்பாவுக்கு மெசேஜ்: "அப்பா, ஏடிஎம் பின் ⟦password|7260⟧, யாரிடமும் சொல்லாதீர்கள், கார்டு பீரோவில் இருக்கிறது." சரியாக இருக்கிறதா?`],
  ["ta", "upi:upi", `யுபிஐ மூலம் ⟦bank_account|vignesh.raja@okhdfcbank⟧ க்கு ₹2,500 அனுப்பினேன், பணம் போகவில்லை ஆனால் கணக்கில் கழிந்தது. புகார் கடிதம் எழுதுங்கள்.`],
  ["ta", "passport:passport", `பாஸ்போர்ட் சேவா: விண்ணப்பதாரர் பிரியா வெங்கடேசன், பழைய பாஸ்போர்ட் எண் ⟦passport|J8254917⟧. காவல் சரிபார்ப்பு எத்தனை நாள் ஆகும்?`],
  ["ta", "onboarding:uan", `புதிய வேலை: ஊழியர் அருண் பிரகாஷ், UAN ⟦national_id|101584720369⟧, பான் ⟦national_id|CMNPA4821Q⟧. பிஎஃப் பரிமாற்றம் எப்படி?`],
  [
    "ta",
    "police:address",
    `காவல் சரிபார்ப்பு விண்ணப்பம்: விண்ணப்பதாரர் சரவணன், நிரந்தர முகவரி ⟦street_address|எண் 8, காமராஜர் சாலை, கே.கே. நகர், மதுரை - 625020⟧, கைபேசி ⟦phone|+91 94433 61720⟧.`,
  ],
  ["ta", "insurance:health", `காப்பீட்டு கோரிக்கை: காப்பீடு பெற்றவர் ராஜேஸ்வரி, மருத்துவமனையில் சேர்ந்த காரணம் ⟦health|காசநோய் (டிபி), நுரையீரல்⟧. ஆவணங்கள் என்ன தேவை?`],
  ["ta", "kyc:driving-licence", `ஓட்டுநர் உரிமம் புதுப்பித்தல்: பெயர் செந்தில் நாதன், உரிம எண் ⟦driver_license|TN09 20120004567⟧, பிறந்த தேதி ⟦date_of_birth|11/12/1980⟧.`],
  ["ta", "whatsapp:bank", `தம்பி, அக்காவின் கணக்கு எண் ⟦bank_account|௬௦௨௧௪௮௭௩௯௨௫⟧, IFSC IOBA0001234, பெயர் மீனா குமாரி. பணம் அனுப்பு.`],

  // Gujarati
  ["gu", "kyc:aadhaar", `બેંક કેવાયસી ફોર્મ: ખાતેદાર હિતેશ પટેલ, આધાર નંબર ⟦national_id|૭૭૩૨ ૪૯૩૦ ૮૩૯૦⟧, મોબાઇલ ⟦phone|૯૮૨૫૦ ૪૬૧૭૩⟧. બરાબર છે કે નહીં તપાસો.`],
  ["gu", "ration:ration-card", `રેશનકાર્ડમાં પુત્રવધૂનું નામ ઉમેરવું છે: કુટુંબના વડા જશોદાબેન ઠાકોર, રેશનકાર્ડ નંબર ⟦national_id|2401587364⟧. મામલતદારને અરજી લખો.`],
  ["gu", "rent:address", `ભાડાકરાર: ભાડૂત નિલેશ શાહ, કાયમી સરનામું ⟦street_address|બી-12, શ્રીજી ટેનામેન્ટ, નિકોલ રોડ, નરોડા, અમદાવાદ - 382330⟧. કરારનો મુસદ્દો બનાવો.`],
  ["gu", "opd:health", `મારા ફોઈ, ભાનુબેન દેસાઈને ⟦health|ડાયાબિટીસ અને કિડની ફેલ્યોર⟧ છે, અઠવાડિયામાં બે વાર ડાયાલિસિસ. મા યોજનામાં ખર્ચ આવશે?`],
  ["gu", "school:dob", `શાળા પ્રવેશ ફોર્મ: વિદ્યાર્થીનું નામ ક્રિશ પંડ્યા, જન્મ તારીખ ⟦date_of_birth|૦૯/૦૧/૨૦૧૯⟧, પિતાનું નામ કેતન પંડ્યા. ઉંમર બરાબર છે?`],
  ["gu", "whatsapp:password", `બા ને મેસેજ: "બા, એટીએમ પિન ⟦password|5823⟧ છે, કોઈને કહેતા નહીં, બેંકવાળા ક્યારેય પૂછતા નથી." બરાબર લખ્યું?`],
  ["gu", "upi:upi", `યુપીઆઇથી ⟦bank_account|jignesh.modi@okaxis⟧ ને ₹4,000 મોકલ્યા પણ પહોંચ્યા નહીં. બેંકને ફરિયાદ લખો.`],
  ["gu", "passport:passport", `પાસપોર્ટ સેવા: અરજદાર ધ્વનિ ત્રિવેદી, જૂનો પાસપોર્ટ નંબર ⟦passport|N4062873⟧, જન્મ તારીખ ⟦date_of_birth|17/05/1993⟧. રિન્યુઅલ માટે શું જોઈએ?`],
  ["gu", "onboarding:pan", `નવી નોકરી માટે: કર્મચારી મેહુલ ચૌધરી, પાન ⟦national_id|BKZPC4821L⟧, ખાતા નંબર ⟦bank_account|31874520961⟧ (બેંક ઓફ બરોડા). HR ને ઇમેઇલ લખો.`],
  [
    "gu",
    "police:address",
    `પોલીસ વેરિફિકેશન અરજી: અરજદાર રાકેશ પરમાર, કાયમી સરનામું ⟦street_address|૪૫, ગોકુલધામ સોસાયટી, અડાજણ, સુરત - ૩૯૫૦૦૯⟧, મોબાઇલ ⟦phone|+91 97250 38164⟧.`,
  ],
  ["gu", "insurance:health", `વીમા દાવો: વીમાધારક કિરણબેન સોલંકી, દાખલ થવાનું કારણ ⟦health|ગર્ભાશયની ગાંઠ (ફાઇબ્રોઇડ) ઓપરેશન⟧. કેશલેસ નકાર્યું, શું કરવું?`],
  ["gu", "kyc:voter-id", `સિમ કાર્ડ માટે ઓળખ: મતદાર ઓળખપત્ર નંબર ⟦national_id|GJX3518274⟧, નામ મનસુખ વાઘેલા. ચાલશે કે આધાર જ જોઈએ?`],
  ["gu", "whatsapp:password", `ભાઈ, પપ્પાના ફોનમાં આવેલો OTP ⟦password|૩૭૧૫૦૮⟧ છે, ગેસ બુકિંગ માટે નાખી દે.`],
];

export const NEGATIVES: MarkedEntry[] = [
  // Hindi (Devanagari)
  ["hi", "neg-kyc:company-pan", `हमारी साझेदारी फर्म "श्री गणेश ट्रेडर्स" का पैन AAJFS4821K है। चालू खाता खोलने के लिए बैंक ने पार्टनरशिप डीड माँगी है — और क्या लगेगा?`],
  ["hi", "neg-kyc:gstin", `दुकान के बिल पर विक्रेता का GSTIN 09AAJFS4821K1ZT लिखा है। ये असली है या नहीं, कैसे जाँचूँ?`],
  ["hi", "neg-upi:ifsc", `IFSC कोड SBIN0004127 किस ब्रांच का है? NEFT करते वक्त ब्रांच का नाम नहीं दिख रहा।`],
  [
    "hi",
    "neg-kyc:branch-address",
    `भारतीय स्टेट बैंक, गोविंदपुरा शाखा, औद्योगिक क्षेत्र, भोपाल - 462023 — इस शाखा में KYC के लिए कितने बजे तक जा सकते हैं? ग्राहक सेवा नंबर 1800 1234 पर कोई नहीं उठा रहा।`,
  ],
  [
    "hi",
    "neg-aadhaar-update:office",
    `UIDAI का टोल-फ्री हेल्पलाइन नंबर 1947 है और क्षेत्रीय कार्यालय विभूति खंड, गोमती नगर, लखनऊ 226010 में है। आधार अपडेट के लिए वहाँ सीधे जा सकते हैं?`,
  ],
  ["hi", "neg-aadhaar-update:sandbox", `UIDAI के डेवलपर सैंडबॉक्स में टेस्ट आधार 999999990019 से ऑथेंटिकेशन API कॉल करने पर error 998 आ रहा है, क्यों?`],
  ["hi", "neg-kyc:rule", `आधार नंबर 12 अंकों का होता है और पहला अंक 0 या 1 नहीं होता; आख़िरी अंक वेरहॉफ़ चेकसम है। ये एल्गोरिद्म आसान भाषा में समझाओ।`],
  [
    "hi",
    "neg-ration:template",
    `राशन कार्ड आवेदन का खाली नमूना बनाओ: मुखिया का नाम: __________, आधार संख्या: XXXX XXXX XXXX, जन्म तिथि: DD/MM/YYYY, मोबाइल: __________`,
  ],
  ["hi", "neg-passport:pnr", `PNR 4521873690 का स्टेटस बताओ, ट्रेन 12560 शिवगंगा एक्सप्रेस, वेटिंग 14 था। पासपोर्ट इंटरव्यू के लिए दिल्ली जाना है।`],
  ["hi", "neg-upi:order-id", `अमेज़न ऑर्डर 408-3928174-6628315 का रिफंड UPI से 7 दिन में नहीं आया। शिकायत कैसे करूँ?`],
  ["hi", "neg-police:fleet", `हमारी ट्रैवल्स कंपनी की टैक्सियाँ UP32 AB 4521 और UP32 CT 7719 का पुलिस वेरिफिकेशन और परमिट कब रिन्यू होगा?`],
  ["hi", "neg-opd:own-health", `मुझे पिछले साल से मधुमेह है, HbA1c 7.8 आया है। सुबह नाश्ते में क्या खाना ठीक रहेगा?`],
  ["hi", "neg-onboarding:own-money", `मेरी मासिक सैलरी ₹42,000 है और PF में 12% कटता है। नई टैक्स व्यवस्था में कितना टैक्स बनेगा?`],
  ["hi", "neg-opd:relative-health", `मेरी माँ को हफ़्ते में दो बार डायलिसिस होता है। खाने में नमक और पानी कितना रखें?`],
  ["hi", "neg-school:film-star", `अमिताभ बच्चन का जन्म 11 अक्टूबर 1942 को इलाहाबाद में हुआ था। उन पर कक्षा 6 के लिए छोटा निबंध लिखो।`],
  ["hi", "neg-school:politician", `प्रधानमंत्री नरेंद्र मोदी का जन्म 17 सितंबर 1950 को वडनगर, गुजरात में हुआ था। सामान्य ज्ञान के 5 प्रश्न बनाओ।`],
  ["hi", "neg-ration:pincode", `221005 पिनकोड वाराणसी के किस इलाके का है?`],
  ["hi", "neg-upi:helpline", `साइबर ठगी हो जाए तो तुरंत 1930 पर कॉल करें, आपात स्थिति में 112 — इस पर गाँव वालों के लिए पोस्टर की लाइनें लिखो।`],
  ["hi", "neg-passport:office", `पासपोर्ट सेवा केंद्र, लखनऊ (हज़रतगंज) सुबह 9 बजे खुलता है क्या? पासपोर्ट सेवा की हेल्पलाइन 1800-258-1800 पर बात नहीं हो पा रही।`],
  ["hi", "neg-opd:hospital-address", `एम्स, अंसारी नगर, नई दिल्ली - 110029 में OPD रजिस्ट्रेशन कितने बजे शुरू होता है? ऑनलाइन अपॉइंटमेंट कैसे लें?`],
  [
    "hi",
    "neg-kyc:shop-invoice",
    `टैक्स इनवॉइस — विक्रेता: शर्मा इलेक्ट्रॉनिक्स, दुकान नं. 14, न्यू मार्केट, टी.टी. नगर, भोपाल 462003, GSTIN 23AAGCS7716M1Z0, फ़ोन 0755-2553421। इसमें CGST और SGST अलग क्यों हैं?`,
  ],
  ["hi", "neg-insurance:claim-id", `क्लेम नंबर CLM/2024/0048213 का स्टेटस "under process" दिखा रहा है, 30 दिन हो गए। IRDAI के बीमा भरोसा पोर्टल पर शिकायत कैसे करें?`],
  ["hi", "neg-opd:public-health", `लता मंगेशकर जी का निधन फ़रवरी 2022 में कोविड और निमोनिया के बाद मुंबई के ब्रीच कैंडी अस्पताल में हुआ था। उनके गीतों की सूची बनाओ।`],
  ["hi", "neg-onboarding:helpline", `EPFO का टोल-फ्री नंबर 1800-118-005 है। UAN एक्टिवेट करने के स्टेप बताओ, नंबर नहीं है मेरे पास।`],
  ["hi", "neg-kyc:trust-pan", `हमारे मंदिर ट्रस्ट का पैन AAATS6215H है और 80G प्रमाणपत्र भी है। दान की रसीद का प्रारूप बना दो।`],
  ["hi", "neg-school:school-address", `केंद्रीय विद्यालय नंबर 1, अलीगंज, लखनऊ 226024 में कक्षा 1 के प्रवेश फॉर्म 1 अप्रैल से मिलेंगे — इसकी सूचना अभिभावकों के लिए लिखो।`],
  ["hi", "neg-whatsapp:otp-rule", `बैंक कहता है "OTP किसी के साथ साझा न करें, बैंक कभी PIN नहीं पूछता"। ये संदेश दादी को समझाने के लिए आसान हिंदी में लिखो।`],

  // Hinglish
  [
    "hi-Latn",
    "neg-onboarding:company-pan",
    `Vendor registration form me client company ka PAN AADCB2230M diya hai, aur TAN bhi maang rahe hain. TAN kahan milega?`,
  ],
  ["hi-Latn", "neg-kyc:gstin", `Ye GSTIN valid hai kya: 27AAPFU0939F1ZV? Last character checksum kaise nikalta hai?`],
  ["hi-Latn", "neg-upi:ifsc", `HDFC0000553 ka branch kaun sa hai? Cheque pe MICR bhi likha hai, dono me kya farak hai?`],
  [
    "hi-Latn",
    "neg-aadhaar-update:sandbox",
    `UIDAI ke staging sandbox me test UID 999941057058 se OTP request bhej raha hoon, response me "K-100" aa raha hai. Kya galat hai?`,
  ],
  ["hi-Latn", "neg-passport:pnr", `PNR 2718463095 confirm hua ya nahi? RAC 12 tha, Mumbai se Delhi jaana hai passport appointment ke liye.`],
  ["hi-Latn", "neg-upi:order-id", `Flipkart order OD429837162541238100 ka refund UPI me nahi aaya, 5 din ho gaye. Kya karun?`],
  ["hi-Latn", "neg-police:fleet", `Hamari cab company ki gaadiyan MH01 DH 4521 aur MH02 FG 7712 ka PUC kab expire hoga, kaise check karun?`],
  ["hi-Latn", "neg-opd:own-health", `Mujhe thyroid hai aur weight badh raha hai, TSH 6.2 aaya. Diet plan do please.`],
  ["hi-Latn", "neg-onboarding:own-money", `Meri CTC 8.5 LPA hai, Bangalore me in-hand kitna aayega approx? PF aur professional tax ke baad.`],
  ["hi-Latn", "neg-opd:relative-health", `Meri wife ko PCOD hai, doctor ne weight kam karne bola. Ghar pe kaunsi exercise theek rahegi?`],
  ["hi-Latn", "neg-school:film-star", `Shah Rukh Khan ka birthday 2 November 1965 hai na? Unki pehli film kaunsi thi?`],
  ["hi-Latn", "neg-school:politician", `Rahul Gandhi ka janm 19 June 1970 ko Delhi me hua tha — unki education ke baare me short note likho.`],
  ["hi-Latn", "neg-rent:pincode", `400050 kis area ka pincode hai, Bandra West? Rent agreement me locality sahi likhni hai.`],
  ["hi-Latn", "neg-upi:helpline", `UPI fraud hua to 1930 pe call karo ya cybercrime.gov.in pe complaint — ye message family group ke liye short me likh do.`],
  ["hi-Latn", "neg-kyc:bank-helpline", `ICICI customer care 1800 1080 pe call kiya, bol rahe hain KYC branch me jaake karo. Kya online nahi ho sakta?`],
  [
    "hi-Latn",
    "neg-rent:template",
    `Rent agreement template me "Tenant Aadhaar: XXXX XXXX XXXX" aur "PAN: ABCDE1234F" likha hai, ye sample values hain na? Inki jagah kya bharun?`,
  ],
  ["hi-Latn", "neg-whatsapp:otp-rule", `OTP 6 digit ka hota hai aur 10 minute me expire ho jaata hai — ye awareness message mummy-papa ke liye likho.`],
  ["hi-Latn", "neg-opd:public-health", `Amitabh Bachchan ne khud bataya tha ki unka liver sirf 25% kaam karta hai hepatitis B ki wajah se. Ye kaise hota hai?`],
  [
    "hi-Latn",
    "neg-onboarding:office-address",
    `Infosys Pune campus: Plot No. 1, Rajiv Gandhi Infotech Park, Hinjawadi Phase 1, Pune 411057 — interview ke liye station se kaise pahunchun?`,
  ],

  // Marathi
  ["mr", "neg-kyc:company-pan", `आमच्या भागीदारी फर्म "गणेश एंटरप्रायझेस"चा पॅन AAKFG5512B आहे. चालू खाते उघडण्यासाठी आणखी काय लागेल?`],
  ["mr", "neg-kyc:gstin", `दुकानाच्या बिलावर GSTIN 27AAKFG5512B1ZR आहे, तो खरा आहे का हे कसे तपासावे?`],
  ["mr", "neg-upi:ifsc", `MAHB0000412 हा IFSC कोणत्या शाखेचा आहे?`],
  ["mr", "neg-kyc:branch-address", `बँक ऑफ महाराष्ट्र, कोथरूड शाखा, पौड रोड, पुणे - ४११०३८ येथे केवायसीसाठी शनिवारी जाता येईल का?`],
  ["mr", "neg-passport:pnr", `पीएनआर 8237416590 कन्फर्म झाला का? पुणे ते नागपूर प्रवास आहे.`],
  ["mr", "neg-opd:own-health", `मला उच्च रक्तदाब आहे, रोज अॅम्लोडिपिन घेतो. मीठ किती कमी करावे?`],
  ["mr", "neg-school:film-star", `लता मंगेशकर यांचा जन्म २८ सप्टेंबर १९२९ रोजी इंदूर येथे झाला. त्यांच्यावर निबंध लिहा.`],
  ["mr", "neg-rent:pincode", `४११०३८ हा पिनकोड पुण्यातील कोणत्या भागाचा आहे?`],
  ["mr", "neg-upi:helpline", `सायबर फसवणूक झाल्यास १९३० वर फोन करा, आपत्कालीन मदतीसाठी ११२ — यावर गावासाठी सूचना लिहा.`],
  ["mr", "neg-ration:template", `शिधापत्रिका अर्जाचा नमुना: अर्जदाराचे नाव: ________, आधार क्रमांक: XXXX XXXX XXXX, मोबाईल: __________ — हा नमुना मराठीत तयार करा.`],
  ["mr", "neg-upi:booking-id", `एमएसआरटीसी बुकिंग आयडी 24031987654 रद्द केले, परतावा कधी मिळेल?`],

  // Bengali
  ["bn", "neg-kyc:company-pan", `আমাদের কোম্পানি "বসু ফার্মা প্রাইভেট লিমিটেড"-এর প্যান AADCB2230M, জিএসটিআইএন 19AADCB2230M1ZQ। কারেন্ট অ্যাকাউন্ট খুলতে আর কী লাগবে?`],
  ["bn", "neg-upi:ifsc", `UBIN0531405 কোন শাখার IFSC?`],
  ["bn", "neg-police:office-address", `কলকাতা জিপিও, বিবাদী বাগ, কলকাতা - ৭০০০০১ — এখানে পাসপোর্টের জন্য স্পিড পোস্ট কাউন্টার কটা অবধি খোলা?`],
  ["bn", "neg-passport:pnr", `পিএনআর 6524817390 কনফার্ম হয়েছে? হাওড়া থেকে দিল্লি যাব।`],
  ["bn", "neg-opd:own-health", `আমার থাইরয়েড আছে, রোজ সকালে খালি পেটে ওষুধ খাই। চা কখন খাওয়া যাবে?`],
  ["bn", "neg-school:film-star", `সৌরভ গঙ্গোপাধ্যায়ের জন্ম ৮ জুলাই ১৯৭২, কলকাতায়। ওঁর ক্রিকেট জীবন নিয়ে ছোট রচনা লেখো।`],
  ["bn", "neg-school:politician", `মমতা বন্দ্যোপাধ্যায় ২০১১ সালে পশ্চিমবঙ্গের মুখ্যমন্ত্রী হন। তাঁর রাজনৈতিক জীবনের সময়রেখা বানাও।`],
  ["bn", "neg-ration:pincode", `৭০০১২৪ পিনকোড কোন এলাকার?`],
  ["bn", "neg-upi:helpline", `সাইবার প্রতারণা হলে ১৯৩০-এ ফোন করুন, জরুরি প্রয়োজনে ১১২ — এটা নিয়ে পাড়ার জন্য নোটিশ লেখো।`],
  ["bn", "neg-police:fleet", `আমাদের ট্যাক্সি কোম্পানির গাড়ি WB04 F 2318 আর WB04 K 7741-এর পারমিট কবে রিনিউ করতে হবে?`],
  ["bn", "neg-opd:relative-health", `আমার বাবার ডায়াবেটিস আর কিডনির সমস্যা আছে। খাবারে কী কী বাদ দেব?`],

  // Tamil
  ["ta", "neg-kyc:company-pan", `எங்கள் நிறுவனம் "தமிழ் டெக்ஸ்டைல்ஸ் பிரைவேட் லிமிடெட்" பான் AABCT6215H, ஜிஎஸ்டிஐஎன் 33AABCT6215H1ZM. நடப்புக் கணக்கு தொடங்க வேறு என்ன தேவை?`],
  ["ta", "neg-upi:ifsc", `IOBA0001234 எந்தக் கிளையின் IFSC?`],
  ["ta", "neg-opd:hospital-address", `ராஜீவ் காந்தி அரசு பொது மருத்துவமனை, பார்க் டவுன், சென்னை - 600003 — புறநோயாளர் பிரிவு எத்தனை மணிக்கு திறக்கும்?`],
  ["ta", "neg-passport:pnr", `பிஎன்ஆர் 4137295086 உறுதியானதா? சென்னையிலிருந்து மதுரை பயணம்.`],
  ["ta", "neg-opd:own-health", `எனக்கு சர்க்கரை நோய் இருக்கிறது, காலையில் என்ன சாப்பிடலாம்?`],
  ["ta", "neg-school:film-star", `ரஜினிகாந்த் 12 டிசம்பர் 1950 அன்று பெங்களூரில் பிறந்தார். அவரைப் பற்றி சிறு கட்டுரை எழுதுங்கள்.`],
  ["ta", "neg-rent:pincode", `600042 என்பது சென்னையின் எந்தப் பகுதியின் அஞ்சல் குறியீடு?`],
  ["ta", "neg-upi:helpline", `சைபர் மோசடி நடந்தால் 1930 எண்ணை அழைக்கவும், அவசரத்திற்கு 112 — இதைப் பற்றி ஒரு விழிப்புணர்வு செய்தி எழுதுங்கள்.`],
  ["ta", "neg-upi:order-id", `ஸ்விக்கி ஆர்டர் 158427396041 ரத்து செய்தேன், பணம் இன்னும் வரவில்லை.`],
  ["ta", "neg-ration:template", `குடும்ப அட்டை விண்ணப்ப மாதிரி: பெயர்: ________, ஆதார் எண்: XXXX XXXX XXXX, கைபேசி: __________ — தமிழில் தயாரிக்கவும்.`],
  ["ta", "neg-onboarding:own-money", `என் மாதச் சம்பளம் ₹35,000, பிஎஃப் 12% பிடிக்கிறார்கள். வரி எவ்வளவு வரும்?`],

  // Gujarati
  ["gu", "neg-kyc:company-pan", `અમારી પેઢી "પટેલ એગ્રો ટ્રેડર્સ"નો પાન AAHFP3528Q અને GSTIN 24AAHFP3528Q1ZS છે. ચાલુ ખાતું ખોલવા શું જોઈએ?`],
  ["gu", "neg-upi:ifsc", `BARB0NAROD કઈ શાખાનો IFSC છે?`],
  ["gu", "neg-kyc:branch-address", `બેંક ઓફ બરોડા, નરોડા શાખા, નરોડા રોડ, અમદાવાદ - 382330 — શનિવારે કેવાયસી માટે જઈ શકાય?`],
  ["gu", "neg-passport:pnr", `પીએનઆર 8415263970 કન્ફર્મ થયો? અમદાવાદથી મુંબઈ જવું છે.`],
  ["gu", "neg-onboarding:own-money", `મારો પગાર મહિને ₹38,000 છે, નવી કર પદ્ધતિમાં કેટલો ટેક્સ લાગે?`],
  ["gu", "neg-school:politician", `નરેન્દ્ર મોદીનો જન્મ 17 સપ્ટેમ્બર 1950ના રોજ વડનગરમાં થયો હતો. તેમના પર ટૂંકો નિબંધ લખો.`],
  ["gu", "neg-rent:pincode", `૩૮૦૦૦૧ પિનકોડ અમદાવાદના કયા વિસ્તારનો છે?`],
  ["gu", "neg-upi:helpline", `સાયબર છેતરપિંડી થાય તો 1930 પર ફોન કરો, કટોકટીમાં 112 — આ વિશે સોસાયટી માટે નોટિસ લખો.`],
  ["gu", "neg-police:fleet", `અમારી ટ્રાવેલ્સની ગાડીઓ GJ01 TX 4521 અને GJ01 TX 7719 નું પરમિટ ક્યારે રિન્યુ કરવું?`],
  ["gu", "neg-opd:relative-health", `મારા પપ્પાને ડાયાબિટીસ છે અને ઇન્સ્યુલિન લે છે. મીઠાઈ બિલકુલ બંધ કરવી?`],
  ["gu", "neg-kyc:trust-pan", `અમારા મંદિર ટ્રસ્ટનો પાન AAATS6215H છે, 80G રસીદનો નમૂનો બનાવો.`],
];
