/** Third held-out set, file 7 of 8: hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries7: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `I'm a paralegal at a small conveyancing firm. Can you tidy up this email to our client so it's clearer about what we still need from him? He's a first-time buyer and a bit overwhelmed. Friendly but professional.

Dear Mr Adeyemi,

Thank you for your instructions in relation to your purchase of 14 Larch Close, Bracknell RG12 9PX. To comply with our anti-money-laundering obligations and the lender's requirements, we still need the following:

1. Certified copy of your passport — we have your passport number on file as ⟦passport|561937284⟧ but need the certified copy itself.
2. Proof of your current address at ⟦street_address|Flat 11, Regent Court, 40 Station Hill, Reading RG1 1LX⟧ dated within the last 3 months (a council tax bill or bank statement).
3. Evidence of the source of your deposit of ⟦financial|£38,500⟧. You mentioned ⟦financial|£25,000 is a gift from your mother, Mrs Bolanle Adeyemi⟧, and the rest is from your savings. For the gift we'll need a gifted deposit declaration signed by your mother, and her bank statements showing the funds leaving her account.
4. Your bank statements for the last 6 months for the account ending 4417 showing the savings building up.
5. Your National Insurance number for the Stamp Duty return: we have ⟦national_id|SN 82 47 19 A⟧, please confirm it's correct.

Once we have these we can report to your lender and move towards exchange. The seller's side is hoping to exchange before Christmas, so the sooner the better.

If it's easier, you can call me on our direct line, 0118 496 0213, or reply to this email.

Kind regards,
Rebecca Shaw
Paralegal, Holt & Marr Solicitors`,
  ],
  [
    "id",
    "email:neg",
    `Tolong ubah pengumuman ini jadi lebih singkat dan santai untuk grup WhatsApp warga:

"PENGUMUMAN

Diberitahukan kepada seluruh warga RW 07 Kelurahan Sukamaju bahwa dalam rangka menyambut Hari Ulang Tahun Kemerdekaan Republik Indonesia, pengurus RW akan mengadakan kerja bakti massal pada:

Hari/Tanggal: Minggu, 9 Agustus 2026
Waktu: Pukul 06.30 WIB s.d. selesai
Tempat: Berkumpul di Balai Warga RW 07

Kegiatan meliputi pembersihan saluran air, pengecatan gapura dan pagar jalan utama, serta pemasangan umbul-umbul dan bendera di sepanjang jalan lingkungan. Setiap kepala keluarga diharapkan mengirimkan minimal satu orang perwakilan dan membawa peralatan kebersihan masing-masing (sapu lidi, cangkul, atau kuas).

Selain itu, iuran perayaan tujuh belasan sebesar Rp 50.000 per kepala keluarga dapat dibayarkan kepada bendahara RT masing-masing paling lambat tanggal 10 Agustus 2026. Dana akan digunakan untuk hadiah lomba anak-anak, konsumsi, dan dekorasi.

Informasi lebih lanjut dapat menghubungi Sekretariat RW 07 di Balai Warga, Jl. Melati Raya No. 1, setiap hari Sabtu pukul 16.00–18.00 WIB.

Atas perhatian dan partisipasi Bapak/Ibu sekalian, kami ucapkan terima kasih.

Ketua RW 07"

Pakai emoji sedikit boleh, yang penting jelas tanggal dan jamnya.`,
  ],
  [
    "en",
    "chat:neg",
    `I'm writing a short story for a competition (max 2,000 words, theme "inheritance"). Here's my outline, can you help me with the opening 300 words?

Characters (all invented):
- Margaret "Peg" Holloway, 79, retired lighthouse keeper's widow, living alone in a cottage on a fictional Cornish headland called Polwenna Point. She has late-stage emphysema and knows she has months left.
- Her grandson Elliot, 26, a struggling musician in Bristol who hasn't visited in three years.
- A locked sea chest that Peg's husband left her, which she's never opened.

Plot: Elliot comes to visit after Peg phones him and says "I need you to open something for me." He assumes it's about money and the will. The chest turns out to contain 40 years of letters her husband wrote and never sent, to a son they gave up for adoption before they married. Peg wants Elliot to find that son. The ending should be quiet and unresolved: Elliot reading the first letter on the train home.

Tone: restrained, salty, a bit of humour in Peg's voice. Think Elizabeth Strout. Open with Peg, not Elliot. Present tense. Don't mention the emphysema directly in the opening, just hint (the oxygen tubing, the pauses).`,
  ],
  [
    "vi",
    "medical:sens",
    `Bạn giải thích giúp mình kết quả khám của bố mình bằng lời dễ hiểu nhé, gia đình đang rất lo. Mình cũng muốn biết nên hỏi bác sĩ những gì ở lần tái khám tới.

BỆNH VIỆN ĐA KHOA TỈNH NAM ĐỊNH — KHOA NỘI TIÊU HÓA
GIẤY RA VIỆN

Họ và tên người bệnh: Phạm Văn Thắng
Ngày sinh: ⟦date_of_birth|12/04/1960⟧
Số thẻ BHYT: ⟦medical_record|HT3364020148273⟧
Địa chỉ: ⟦street_address|Xóm 5, xã Nghĩa Hưng, huyện Nghĩa Hưng, tỉnh Nam Định⟧

Vào viện: 20/11/2026   Ra viện: 02/12/2026

Chẩn đoán: ⟦health|Xơ gan do rượu, Child-Pugh B⟧; ⟦health|Giãn tĩnh mạch thực quản độ II⟧; ⟦health|Cổ trướng mức độ vừa⟧.

Phương pháp điều trị: Chọc tháo dịch cổ trướng, ⟦health|thắt tĩnh mạch thực quản qua nội soi⟧, truyền albumin, lợi tiểu.

Lời dặn: Kiêng rượu bia tuyệt đối. Ăn nhạt, hạn chế muối. Dùng thuốc theo đơn: ⟦health|Spironolacton 100 mg⟧ sáng, ⟦health|Furosemid 40 mg⟧ sáng, ⟦health|Propranolol 20 mg⟧ ngày 2 lần. Tái khám sau 1 tháng hoặc khi có dấu hiệu nôn ra máu, đi ngoài phân đen, lú lẫn.

Bố mình uống rượu nhiều năm nay rồi, giờ bỏ có kịp không? "Child-Pugh B" nghĩa là nặng lắm không?`,
  ],
  [
    "sv",
    "form:sens",
    `Kan du hjälpa mig att skriva ett personligt brev till bostadsrättsföreningen? De vill ha ett kort brev om oss tillsammans med medlemsansökan. Jag klistrar in det vi har fyllt i på ansökan så att brevet stämmer med uppgifterna.

ANSÖKAN OM MEDLEMSKAP — BRF Solrosen, lgh 1104, Kungsholmsgatan 18

Sökande 1
Namn: Emma Lindqvist
Personnummer: ⟦national_id|910522-3480⟧
Nuvarande adress: ⟦street_address|Götgatan 76, 118 30 Stockholm⟧
Telefon: ⟦phone|073-421 88 05⟧
E-post: ⟦email|emma.lindqvist91@hotmail.se⟧
Arbetsgivare: Karolinska Universitetssjukhuset, sjuksköterska, tillsvidare
Årsinkomst: ⟦financial|492 000 kr⟧

Sökande 2
Namn: Ahmed Yusuf
Personnummer: ⟦national_id|890117-8215⟧
Arbetsgivare: Ericsson AB, systemutvecklare, tillsvidare
Årsinkomst: ⟦financial|648 000 kr⟧

Lånelöfte från SBAB: 4 200 000 kr. Kontantinsats: 750 000 kr.

Vi är ett sambopar utan barn, inga husdjur, och vi röker inte. Vi gillar att laga mat och Ahmed spelar gitarr (men vi har hörlurar!). Vi vill gärna engagera oss i föreningen, t.ex. i trädgårdsgruppen.

Brevet ska vara vänligt, inte för långt, kanske 150 ord.`,
  ],
  [
    "hi",
    "email:sens",
    `कृपया बैंक को भेजने के लिए यह पत्र औपचारिक और साफ़ भाषा में लिख दीजिए। मेरे पिताजी का निधन हो गया है और मुझे उनके खाते के बारे में बैंक को सूचित करना है।

सेवा में,
शाखा प्रबंधक,
भारतीय स्टेट बैंक, हज़रतगंज शाखा, लखनऊ

विषय: खाताधारक के निधन की सूचना एवं नामांकित व्यक्ति को राशि हस्तांतरण हेतु आवेदन

महोदय,

मैं, सुनीता वर्मा, आपको सूचित करना चाहती हूँ कि मेरे पिताजी श्री राजेंद्र प्रसाद वर्मा, जिनका बचत खाता संख्या ⟦bank_account|30482917365⟧ आपकी शाखा में है, का दिनांक 18 नवंबर 2026 को निधन हो गया। उनकी मृत्यु का कारण ⟦health|हृदयाघात⟧ था।

इस खाते में मैं नामांकित व्यक्ति (नॉमिनी) हूँ। खाते में लगभग ⟦financial|₹4,85,000⟧ की राशि है तथा ⟦financial|₹2,00,000 की एक सावधि जमा⟧ भी है। कृपया यह राशि मेरे खाते में स्थानांतरित करने की प्रक्रिया बताएँ।

मेरा विवरण:
आधार संख्या: ⟦national_id|4821 3957 6208⟧
पता: ⟦street_address|मकान नं. 27, सेक्टर बी, अलीगंज, लखनऊ 226024⟧
मोबाइल: ⟦phone|94150 38271⟧

संलग्न: मृत्यु प्रमाण पत्र, मेरा आधार कार्ड और पैन कार्ड की प्रति, पासबुक की प्रति।

सधन्यवाद,
सुनीता वर्मा`,
  ],
  [
    "hi-Latn",
    "chat:sens",
    "group mein ye message bhejna hai thoda clean kar do: 'Goa trip ka advance 5000 per head hai, Rohit ko GPay karo ⟦phone|98765 12094⟧ pe, aur jinka PAN chahiye hotel booking ke liye wo bhejo, mera hai ⟦national_id|DFGPK4471M⟧'",
  ],
  [
    "en",
    "code:neg",
    `Our Cypress checkout test passes locally but fails in CI on the 3DS step. Test:

describe("checkout", () => {
  const cards = {
    success: "4242424242424242",
    requires3ds: "4000002760003184",
    declined: "4000000000000002",
  };

  beforeEach(() => {
    cy.login("qa.buyer@example.com", Cypress.env("QA_PASSWORD"));
    cy.visit("/cart");
  });

  it("completes a 3DS payment", () => {
    cy.get("[data-cy=checkout]").click();
    cy.fillStripeCard(cards.requires3ds, "12/34", "123", "SW1A 1AA");
    cy.get("[data-cy=pay]").click();
    cy.get("iframe[name^=__privateStripeFrame]")
      .its("0.contentDocument.body")
      .find("#test-source-authorize-3ds")
      .click();
    cy.contains("Thank you for your order").should("be.visible");
  });
});

In CI the iframe body is empty and the authorize button is never found. chromeWebSecurity is false in cypress.config. Locally I use Chrome 131, CI uses the cypress/browsers image with Electron. Is it the browser? Should I stub 3DS instead? The billing address postcode SW1A 1AA is just the Buckingham Palace one everyone uses for tests.`,
  ],
  [
    "en",
    "notes:sens",
    `I'm the senior carer on nights at a small care home. Can you turn my handover notes into a clear, professional handover sheet for the day team (table: resident, overnight events, actions for today)? Keep all the clinical details, they need them.

Rm 2 — Mr Albert Simms: ⟦health|Parkinson's⟧. Restless 01:00-03:00, tried to get up alone twice, sensor mat alerted both times. ⟦health|Co-careldopa⟧ given 06:00 on time. Slight cough, temp 37.4 at 05:30. Please recheck temp mid-morning and tell the nurse if higher.

Rm 4 — Mrs Joan Fenwick: ⟦health|dementia (Alzheimer's)⟧. Settled after 23:00. Refused 22:00 ⟦health|memantine⟧, accepted at 22:40 with her tea. Ate a biscuit at 04:00. Pad changed 02:00 and 05:00, skin intact.

Rm 7 — Mr Desmond Clarke: ⟦health|type 2 diabetic on insulin⟧. BM 22:00 was 4.1, gave toast and juice, recheck 23:00 was 6.8. BM 06:30: 7.9. ⟦health|Lantus 18 units⟧ due 08:00, day nurse to give.

Rm 9 — Mrs Patricia O'Neill: ⟦health|end of life care⟧. Family (daughter Siobhan) stayed overnight. Breathing more irregular since 03:00, some pauses. ⟦health|Syringe driver (midazolam + morphine)⟧ running, checked hourly, site ok. Mouth care done 2-hourly. GP to be informed this morning. Daughter asked for the priest to be called, number on the care plan.

Rm 12 — Mr Ravi Shah: no concerns, slept well. Has hospital appt at 11:00 (cardiology), transport booked for 10:15.

General: fire door on corridor B sticking, reported. Medication fridge temp 5°C.`,
  ],
  [
    "es",
    "email:sens",
    `Hola, necesito escribir un correo a Recursos Humanos para solicitar una adaptación de puesto por motivos de salud, pero no sé cómo explicarlo sin sonar dramática. ¿Me ayudas a mejorarlo?

Asunto: Solicitud de adaptación del puesto de trabajo

Estimada Sra. Domínguez:

Me dirijo a usted para solicitar una adaptación de mi puesto de trabajo. Como sabe, estuve de baja entre agosto y octubre. Durante ese tiempo me diagnosticaron ⟦health|fibromialgia⟧ y ⟦health|síndrome de fatiga crónica⟧, y estoy en tratamiento con ⟦health|duloxetina⟧ y fisioterapia en la Unidad del Dolor del Hospital La Fe.

Mi reumatóloga recomienda evitar jornadas de más de 6 horas seguidas delante del ordenador y poder alternar posturas. También me vendría bien poder teletrabajar dos días a la semana, ya que el trayecto en metro (50 minutos) me deja agotada.

Adjunto el informe médico. Mis datos para el expediente:
Nombre: Carmen Ruiz Soler
DNI: ⟦national_id|53019827C⟧
Nº de afiliación a la Seguridad Social: ⟦national_id|46/10293847/53⟧
Teléfono: ⟦phone|661 204 877⟧

Quedo a su disposición para hablarlo con el servicio de prevención de riesgos laborales si es necesario.

Un saludo,
Carmen Ruiz

¿Debería mencionar los diagnósticos o basta con decir "por motivos de salud" y adjuntar el informe?`,
  ],
  [
    "fr",
    "email:neg",
    `Pouvez-vous résumer cet e-mail de la mairie en 4 points pour le groupe WhatsApp des parents d'élèves ?

« Madame, Monsieur,

La Ville de Rennes vous informe que les inscriptions scolaires pour la rentrée de septembre 2027 seront ouvertes du 5 janvier au 27 février 2027. Elles concernent les enfants nés en 2024 qui entrent en petite section de maternelle, ainsi que les enfants qui arrivent dans la commune ou qui changent d'école.

L'inscription se fait en ligne sur le portail Famille de la Ville. Vous aurez besoin d'un justificatif de domicile de moins de trois mois, du livret de famille ou d'un acte de naissance de l'enfant, et d'un document attestant que l'enfant a reçu les vaccinations obligatoires. En cas de séparation des parents, merci de joindre le jugement fixant la résidence de l'enfant.

Pour les familles qui n'ont pas accès à internet, des permanences sont organisées à l'Hôtel de Ville, place de la Mairie, du lundi au vendredi de 9h à 12h. Vous pouvez également contacter le service Éducation au 02 23 62 10 10 ou par courriel à education@ville-rennes.fr.

Une fois l'inscription validée par la mairie, vous recevrez un certificat d'inscription à présenter au directeur ou à la directrice de l'école pour l'admission de votre enfant.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le Service Éducation »

Merci, en gardant les dates et les pièces à fournir.`,
  ],
  [
    "de",
    "chat:sens",
    "Kannst du das an meinen Vermieter schöner formulieren? 'Hallo Herr Yilmaz, die Kaution bitte auf mein neues Konto ⟦iban|DE91 3704 0044 0412 8873 61⟧ überweisen. Neue Adresse für die Nebenkostenabrechnung: ⟦street_address|Schillerstraße 14, 60313 Frankfurt am Main⟧. Danke, Lisa Brandt'",
  ],
  [
    "en",
    "question:neg",
    `I'm a junior security analyst and my manager wants me to run a "PII discovery" exercise across our file shares and SharePoint before our ISO 27001 audit. I've never done this before. Can you give me a practical plan?

What I know:
- About 6 TB across 3 Windows file servers and SharePoint Online (Microsoft 365 E3, not E5)
- HR, finance and customer support are the most likely places for personal data
- We're UK-based, about 400 staff, customers in the UK and EU
- Budget: basically zero for new tools this quarter

Questions:
1. Can I use Microsoft Purview content search / sensitive info types on E3, or is that E5 only?
2. For the file servers, is there a decent free or open-source scanner? I've seen people mention regex scripts in PowerShell but I'm worried about false positives (e.g. every 9-digit number looking like an NI number).
3. How do I report findings without copying the personal data into my report? I don't want my spreadsheet to become the biggest PII risk in the company.
4. What categories should I prioritise? I'm thinking bank details, NI numbers, passport scans, health info in HR folders.
5. After I find stuff, who decides what gets deleted vs moved vs kept? That feels above my pay grade.

A week-by-week plan for 4 weeks would be great.`,
  ],
  [
    "en",
    "support:neg",
    `Can you rewrite this home insurance claim chat into a short summary for the claims handler? The customer's details are already on the claim record so just the facts of the incident please.

[09:14] Agent (Marcus): Good morning, you're through to HomeSure claims. Can I take your policy number?
[09:14] Customer: HS-HOME-4471882
[09:15] Agent (Marcus): Thanks, I've found your policy. What's happened?
[09:16] Customer: We had a leak from the bathroom upstairs, the pipe under the bath split. Water came through the kitchen ceiling. Part of the ceiling has come down.
[09:16] Agent (Marcus): I'm sorry to hear that. When did it happen?
[09:17] Customer: Last night around 11pm. We turned off the water at the stopcock straight away.
[09:18] Agent (Marcus): Good. Has a plumber fixed the pipe?
[09:18] Customer: Yes, emergency plumber came at 1am, I have the invoice, £280.
[09:19] Agent (Marcus): Great. Is anyone vulnerable in the house, or is the property uninhabitable?
[09:20] Customer: No, we can live in it, the kitchen is just a mess. The electrics in the kitchen are off for now to be safe.
[09:21] Agent (Marcus): OK. I'm registering the claim now. Your claim reference is CLM-2026-118447. A loss adjuster will call within 2 working days to arrange a visit. Please keep the damaged items and take photos. Your excess is £250.
[09:22] Customer: Will you cover the plumber?
[09:22] Agent (Marcus): Trace and access and the emergency repair are covered under your policy, so please upload the invoice in the app.
[09:23] Customer: Thank you.

Make it bullet points.`,
  ],
  [
    "en",
    "hr:sens",
    `I'm an HR adviser. Please turn my notes from a grievance investigation meeting into formal meeting notes (attendees, questions and answers in summary, next steps). Neutral language, no opinions.

Meeting: 5 Dec 2026, 14:00–15:10, Meeting Room 2
Present: Investigating officer (me, Laura Finch, HR), employee raising the grievance Nkechi Obi (Finance Assistant), her companion (Unison rep), note-taker.

Nkechi's grievance is about her manager, Simon Reeves, and the way her requests for adjustments were handled.

She said:
- She told Simon in April she had been diagnosed with ⟦health|endometriosis⟧ and was waiting for ⟦health|laparoscopic surgery⟧. She asked to work from home on her worst days (usually 2-3 days a month).
- Simon said "everyone has bad days" and told her to book annual leave instead.
- Between April and September she used 7 days of annual leave for symptoms.
- She had the ⟦health|surgery⟧ in September and was signed off for 4 weeks. On her return there was no return-to-work meeting.
- In October Simon mentioned her "attendance" in front of two colleagues during a team meeting, which she found humiliating.
- She is now on ⟦health|hormone treatment (Zoladex injections)⟧ and has side effects including fatigue and hot flushes.
- She wants: an apology, the 7 days of leave reinstated, a written adjustments agreement, and a different line manager if possible.

I asked whether she had put her request in writing; she said she emailed in May and will forward the email. The union rep asked that Simon not be told the medical details beyond what's necessary.

Next steps: interview Simon (week of 8 Dec), interview the two colleagues, review emails, outcome by 19 Dec.`,
  ],
  [
    "en",
    "email:neg",
    "Make this out-of-office sound less robotic: 'I am out of the office until 5 January with no access to email. For urgent matters contact the service desk on 0800 046 8321 or servicedesk@harlowgroup.co.uk.'",
  ],
  [
    "id",
    "chat:sens",
    "tolong rapikan: 'Kak, transfer DP sewa villa ke rekening BCA ⟦bank_account|8720 481 936⟧ a.n. Agus Setiawan ya, konfirmasi ke WA ⟦phone|0821-4477-3190⟧'",
  ],
  [
    "vi",
    "email:neg",
    `Viết lại email này cho chuyên nghiệp hơn nhé: "Chào các bạn, công ty sẽ tổ chức tiệc tất niên vào tối thứ Sáu 22/1 tại nhà hàng Sen Tây Hồ, 614 Lạc Long Quân. Mọi người đăng ký số lượng người đi kèm với phòng Hành chính trước ngày 15/1 qua email hanhchinh@anphatgroup.vn nhé. Có bốc thăm trúng thưởng!"`,
  ],
  ["sv", "chat:neg", "hur mycket får man tjäna extra som student utan att CSN drar ner? jag jobbar helger på ett café"],
  [
    "hi",
    "question:neg",
    `मैं एक छोटी दुकान चलाता हूँ और ग्राहकों से UPI से पेमेंट लेता हूँ। क्या मुझे ग्राहकों के मोबाइल नंबर और नाम किसी रजिस्टर में रखने चाहिए? नए डेटा संरक्षण कानून (DPDP Act) के हिसाब से क्या नियम हैं? आसान भाषा में समझाइए।`,
  ],
  [
    "hi-Latn",
    "email:neg",
    `Ye shaadi ka invite message thoda sundar bana do, English aur Hindi mix chalega, relatives ko WhatsApp pe bhejna hai:

"Namaste! Aap sabko bahut khushi ke saath bata rahe hain ki hamari beti Priya ki shaadi Aman ke saath tay hui hai. Aapko parivaar sahit aamantrit karte hain.

Haldi aur Mehendi: 14 February 2027, shaam 4 baje se, ghar par
Sangeet: 15 February 2027, shaam 7 baje, Hotel Clarks Amer, Jawaharlal Nehru Marg, Jaipur
Shaadi (Phere): 16 February 2027, shaam 6 baje se, Shiv Vilas Resort, Delhi-Jaipur Highway, Jaipur
Reception: 17 February 2027, shaam 7:30 baje, wahi Shiv Vilas Resort

Jo log bahar se aa rahe hain unke liye Hotel Clarks Amer mein rooms book hain 14 se 17 tak. Airport aur railway station se pickup ki vyavastha rahegi, please apni travel details family group mein daal dijiye taaki hum plan kar sakein.

Dress code: Haldi mein peela, Sangeet mein kuch bhi chamakdaar, Shaadi mein traditional.

Aapki upasthiti hamare liye aashirwad hogi. Koi bhi sawaal ho toh family group mein puchiye.

Sharma Parivaar"

Thoda emotional aur warm tone rakho, aur end mein ek chhota sa shayari wala line daal do agar ho sake.`,
  ],
  [
    "en",
    "medical:neg",
    `Help me write the discussion section for a short case series (3 patients, fully anonymised, no dates or locations). Key facts:

Patient A: woman in her 40s, presented with recurrent syncope, found to have a long QT interval (QTc 520 ms) secondary to a combination of citalopram and ondansetron given in the ED. QTc normalised after both drugs stopped.
Patient B: man in his 70s on haloperidol for delirium, developed torsades de pointes on telemetry, treated with IV magnesium, recovered.
Patient C: woman in her 60s on methadone maintenance plus newly started clarithromycin, QTc 540 ms on routine ECG, asymptomatic, antibiotic switched.

Common theme: drug-induced QT prolongation, often from combinations, often in hospital, frequently missed on admission medicine reconciliation.

The discussion should cover: mechanism (hERG channel blockade), risk factors (female sex, older age, hypokalaemia, hypomagnesaemia, bradycardia, structural heart disease), the role of drug interaction checkers and of CredibleMeds lists, and practical recommendations for ED and ward doctors (baseline ECG when starting high-risk drugs, electrolytes, avoid combinations). About 500 words, academic tone, British spelling. Don't invent references, just put [ref] where one is needed.`,
  ],
  [
    "en",
    "landlord:sens",
    `I need help drafting a complaint to the Residential Tenancies Board in Ireland. My landlord is trying to evict me with what I think is an invalid notice. Can you make this clearer and more formal?

My details:
Name: Siobhán Kavanagh
Address of tenancy: ⟦street_address|Apartment 7, Riverside Court, Dock Road, Limerick V94 X2K8⟧
Phone: ⟦phone|087 421 9063⟧
Email: ⟦email|siobhan.kav@eircom.net⟧
Tenancy started: 1 June 2021, rent €1,350 per month, always paid on time.

What happened:
On 20 November 2026 I received a notice of termination by email from the landlord, Mr Declan Hayes, saying I have to leave by 31 December 2026 because he wants to sell the apartment. There was no statutory declaration attached. The notice period given is about 6 weeks. I've been there over 5 years so I believe I'm entitled to a much longer notice period. The notice also wasn't signed and didn't say I can refer a dispute to the RTB within 28 days.

I replied on 22 November saying I didn't think the notice was valid. He phoned me on 25 November and said if I'm not out by January he will "change the locks". I'm really worried. I have a 7 year old son and there's nothing to rent in Limerick at the moment.

I want the RTB to find the notice invalid. I also want it on record that he threatened to change the locks.

Please also tell me what evidence I should attach.`,
  ],
  [
    "en",
    "ocr:neg",
    `I photographed a planning notice on a lamppost outside our house and the OCR came out like this. Can you clean it up and tell me what they're actually proposing and how I object?

TOWN  AND  COUNTRY  PLANNING  ACT  1990
NOTICE  OF  APPLICATION  FOR  PLANNING  PERMISSION

Application  No :  26/04418/FUL
Proposal :  Demolition  of  existing  single-storey  commercial  unit  and  erection  of  a  four-storey  building  comprising  ground-floor  retail  (Use  Class  E)  and  14  residential  flats  above,  with  associated  cycle  and  refuse  storage.
Site :  Former  Kwik-Fit  Garage,  112-114  Stapleton  Road,  Bristol  BS5  0PR
Applicant :  Eastville  Living  Developments  Ltd
Agent :  Hartley  Planning  Associates,  3  Queen  Square,  Bristol  BS1  4JQ

The  application  and  plans  can  be  viewed  online  on  the  Council's  planning  portal  by  searching  the  application  number.

Anyone  who  wishes  to  make  representations  about  this  application  should  write  to  the  Council  within  21  days  of  the  date  of  this  notice,  either  online  or  by  post  to :  Development  Management,  Bristol  City  Council,  PO  Box  3399,  Bristol  BS1  9NE.

Date  of  notice :  01  December  2026

Please  note  that  any  comments  received  will  be  published  on  the  Council's  website.

The main thing I'm worried about is losing light to our back garden and parking. Is "no car parking" a valid objection? And what's Use Class E?`,
  ],
  [
    "en",
    "chat:sens",
    `I need help writing a message to my two brothers about Mum. We've been avoiding this conversation for months and I want to send something in our sibling WhatsApp that's honest but not accusatory. Here's what I want to say, please make it better:

"Hi both. I need to talk about Mum properly. Since the memory clinic in October it's official: she has ⟦health|vascular dementia⟧, and the consultant said it will keep getting worse, probably in steps. She's also now on ⟦health|donepezil⟧ and ⟦health|clopidogrel⟧ after the ⟦health|mini-stroke in the summer⟧.

Last week she left the gas on again and she's stopped eating properly when I'm not there. I'm going over every day after work and I'm exhausted.

Money: I now have lasting power of attorney for finance (we all agreed last year). Her current account has ⟦financial|about £6,300⟧ and her savings are ⟦financial|£41,000⟧. She gets ⟦financial|£1,650 a month⟧ in pensions. A carer coming in twice a day would cost about £1,400 a month. A care home near us is £1,350 a WEEK. So her savings would last less than a year in a home, and then the house would have to be considered.

I'm not asking for money. I'm asking for time: can one of you take two evenings a week and one weekend a month? And can we all go to the care needs assessment on the 19th together?

I love you both. I just can't do this on my own anymore."

It's a bit long, but I don't want to lose the important bits.`,
  ],
  [
    "en",
    "spreadsheet:sens",
    `Turn this into a CSV I can import into Mailchimp (columns: email, first_name, last_name, tag). Tag everyone "workshop-2026":

Jenna Morales ⟦email|jenna.morales@gmail.com⟧
Tobias Klein ⟦email|t.klein@web.de⟧
Aroha Ngata ⟦email|aroha.ngata@xtra.co.nz⟧
Sam O'Connor ⟦email|samoconnor77@yahoo.co.uk⟧`,
  ],
  [
    "en",
    "cv:neg",
    `Can you make my cover letter opening punchier? Role: Product Designer at a climate-tech startup. Current opening: "I am writing to apply for the Product Designer position I saw advertised on your website. I have 5 years of experience in UX/UI design and I am passionate about sustainability." I led the redesign of an energy-tracking app that grew retention by 18%.`,
  ],
  [
    "en",
    "log:sens",
    `Is this VPN log showing someone using our employee's account from two countries at once?

2026-12-06 08:02:14 user=⟦email|l.moreau@finch-advisory.com⟧ src=⟦ip_address|90.79.112.48⟧ geo=FR-Lyon result=SUCCESS mfa=push
2026-12-06 08:47:51 user=⟦email|l.moreau@finch-advisory.com⟧ src=⟦ip_address|185.220.101.34⟧ geo=NL result=SUCCESS mfa=push
2026-12-06 08:48:02 user=⟦email|l.moreau@finch-advisory.com⟧ src=⟦ip_address|90.79.112.48⟧ geo=FR-Lyon result=SESSION_END reason=concurrent_login

She's working from home in Lyon this week.`,
  ],
  [
    "es",
    "chat:neg",
    `¿Me ayudas a escribir un mensaje para el grupo del trabajo despidiéndome? Me voy a otra empresa después de 6 años. Quiero agradecer a todos, mencionar que aprendí mucho en el equipo de logística y dejar mi LinkedIn por si quieren seguir en contacto. Nada muy largo ni muy cursi.`,
  ],
  [
    "fr",
    "medical:sens",
    "Tu peux m'aider à écrire un mot à la maîtresse ? « Bonjour, Léa Martin (CM1) a été diagnostiquée ⟦health|diabétique de type 1⟧ cette semaine. Elle aura un ⟦health|capteur de glycémie⟧ et devra faire ses ⟦health|injections d'insuline⟧ à la cantine. On peut faire un PAI rapidement ? »",
  ],
  [
    "de",
    "email:neg",
    `Bitte mach aus dieser Rundmail der Hausverwaltung eine kurze, verständliche Nachricht für unseren Hausflur-Aushang:

„Sehr geehrte Eigentümerinnen und Eigentümer, sehr geehrte Mieterinnen und Mieter,

wir möchten Sie darüber informieren, dass am Donnerstag, den 15. Januar 2027, in der Zeit von 8:00 bis ca. 14:00 Uhr die turnusmäßige Wartung der Heizungsanlage sowie der Austausch der Umwälzpumpe durchgeführt wird. Während dieser Zeit stehen Heizung und Warmwasser nicht zur Verfügung.

Des Weiteren findet am Montag, den 19. Januar 2027, ab 9:00 Uhr die jährliche Ablesung der Heizkostenverteiler und Wasserzähler durch die Firma Techem statt. Bitte sorgen Sie dafür, dass alle Heizkörper und Zähler frei zugänglich sind. Sollten Sie an diesem Tag verhindert sein, hinterlassen Sie bitte einen Schlüssel bei einer Nachbarin oder einem Nachbarn Ihres Vertrauens oder vereinbaren Sie direkt mit Techem einen Ersatztermin.

Wir weisen außerdem darauf hin, dass Fahrräder ausschließlich im Fahrradkeller abzustellen sind. Im Treppenhaus abgestellte Fahrräder stellen ein Hindernis im Brandfall dar und werden nach vorheriger Ankündigung entfernt.

Für Rückfragen erreichen Sie uns montags bis freitags von 9:00 bis 13:00 Uhr unter 0221 4790 3300 oder per E-Mail an verwaltung@rheinblick-hv.de.

Mit freundlichen Grüßen
Ihre Rheinblick Hausverwaltung GmbH"

Gern mit fettgedruckten Terminen.`,
  ],
  [
    "en",
    "contract:sens",
    `I've been offered a settlement agreement by my employer and my solicitor is on holiday until next week. Can you explain these clauses in plain English so I know what I'm signing? I'm not asking you to replace her, I just want to understand.

SETTLEMENT AGREEMENT between Vireo Systems Ltd ("the Employer") and Natasha Mills of ⟦street_address|23 Alder Road, Bournemouth BH10 5LW⟧ ("the Employee")

3. TERMINATION PAYMENT
3.1 Subject to the Employee's compliance with this Agreement, the Employer shall pay the Employee ⟦financial|£27,500 as compensation for loss of office⟧ within 14 days of the Termination Date. The first £30,000 of this payment shall be paid without deduction of tax.
3.2 The Employer shall pay the Employee's salary and accrued holiday up to the Termination Date in the usual way, less tax and NI, namely ⟦financial|£4,118.40 in respect of 11 days' accrued holiday⟧.
3.3 The Employee's ⟦financial|outstanding season ticket loan of £1,860⟧ shall be written off by the Employer.

6. CONFIDENTIALITY
6.1 The Employee shall keep the terms of this Agreement strictly confidential and shall not disclose them to anyone other than their immediate family, professional advisers or HMRC, provided they agree to keep them confidential.

8. REFERENCE
8.1 The Employer shall provide a reference in the form set out in Schedule 2 in response to any request from a prospective employer.

10. ADVISER'S CERTIFICATE
10.1 The Employee confirms that they have received independent legal advice from a relevant independent adviser as to the terms and effect of this Agreement.

What does 6.1 mean in practice, can I tell my friends I got a payout? And is £27,500 reasonable for 6 years' service? I'm 44, salary £52k.`,
  ],
  [
    "id",
    "medical:neg",
    "Aku sering migrain tiap haid, biasanya 2 hari. Minum paracetamol kurang mempan. Apa ada obat bebas lain yang aman? Umur 27, gak ada penyakit lain.",
  ],
  [
    "vi",
    "chat:sens",
    "Sửa tin nhắn này cho lịch sự: 'Anh ơi tiền cọc nhà em chuyển vào Vietcombank ⟦bank_account|0491 0003 82716⟧ tên Lê Thị Mai nhé, em gửi kèm ảnh CCCD ⟦national_id|038196004829⟧ để làm hợp đồng'",
  ],
  [
    "sv",
    "email:sens",
    `Kan du göra det här mejlet till hyresvärden mer sakligt? "Hej! Det har läckt vatten från taket i badrummet sedan i måndags och ingen har kommit. Lägenheten är ⟦street_address|Storgatan 12, lgh 1302, 903 26 Umeå⟧. Jag är hemma efter 16, ring ⟦phone|070-331 84 29⟧. /Nils Öberg"`,
  ],
  [
    "hi-Latn",
    "chat:neg",
    `Bhai meri situation samjho: CTC 24 LPA hai, in-hand around 1.55 lakh aata hai. Rent 35k, home loan EMI nahi hai abhi, car EMI 14k. Har mahine 40-45k bach jaata hai par pata nahi kahan jaata hai. SIP mein 10k daal raha hu bas. Kya mujhe aur SIP badhana chahiye ya pehle emergency fund banau? Emergency fund abhi 60k hai.`,
  ],
  [
    "hi",
    "chat:sens",
    "कूरियर वाले को ये मैसेज भेजना है, ठीक कर दो: 'भैया पार्सल ⟦street_address|फ्लैट 204, गंगा अपार्टमेंट, सेक्टर 62, नोएडा⟧ पर देना, फ़ोन ⟦phone|98112 47305⟧ पर कॉल करना'",
  ],
  [
    "en",
    "travel:neg",
    `We're planning 3 weeks in Japan in late March/April (cherry blossom, I know, crowded). Two adults, first time in Japan, mid-range budget (~£150/night for hotels). We like food, walking, temples, a bit of nature, not huge on nightlife or theme parks.

Draft route: Tokyo (5 nights) → Hakone (1) → Kyoto (5) → Nara day trip → Osaka (2) → Hiroshima + Miyajima (2) → back to Tokyo (2) → fly home. Maybe squeeze in Kanazawa or Takayama?

Questions:
1. Is a JR Pass still worth it after the price rise, or should we buy individual shinkansen tickets?
2. Is 5 nights in Kyoto too many? People say it's never enough.
3. Kanazawa or Takayama, which is easier to fit into this route?
4. Any areas in Tokyo you'd recommend staying in that aren't Shinjuku?
5. How far ahead do we need to book restaurants? Are there places that need a Japanese phone number?
6. Is it rude to eat while walking? I've read conflicting things.
7. Luggage forwarding: worth it between cities?

Can you give me a revised day-by-day route with the reasoning, and flag anything that needs booking months ahead (e.g. the Ghibli Museum, teamLab, specific ryokans)?`,
  ],
  [
    "en",
    "email:sens",
    `I'm helping my younger sister apply for Public Service Loan Forgiveness and the employer certification form got rejected. Can you help me write a cover letter to the loan servicer explaining the discrepancy and listing what we're enclosing?

Borrower: Danielle Marie Kowalczyk
SSN: ⟦us_ssn|387-52-9104⟧
DOB: ⟦date_of_birth|06/30/1994⟧
Address: ⟦street_address|1420 N Prospect Ave, Apt 6C, Milwaukee, WI 53202⟧
Phone: ⟦phone|(414) 208-7731⟧
Email: ⟦email|dani.kowalczyk94@gmail.com⟧
Loan servicer account number: ⟦bank_account|MOH-4417290381⟧

Total federal loan balance: ⟦financial|$61,842⟧ (Direct Consolidation, consolidated 2021)
Qualifying payments so far according to her records: 96 of 120
Employer: Milwaukee Public Schools (public, qualifies), full-time special education teacher since August 2018.

The problem: The servicer rejected her employer certification because the HR signatory's date was after the form's "end date of employment" field, which was left blank because she still works there. HR then resigned and dated it correctly. We also think 11 payments from 2019-2020 were miscounted because she was on an income-driven plan that should qualify.

Enclosing: new PSLF form signed 11/28/2026, copy of the rejection letter, payment history printout, her last 2 pay stubs showing her employer.

Keep it formal, factual and short enough that someone will actually read it.`,
  ],
  [
    "en",
    "bank:neg",
    `Can you make this bank's fraud warning email easier to read for older customers? It's going out to our whole customer base.

"Protect yourself from impersonation scams

Criminals are increasingly pretending to be from your bank, the police, or well-known companies. They may call, text or email you, and the number or address can look genuine. This is called 'spoofing'.

Remember:
- We will never ask you to move money to a 'safe account'.
- We will never ask for your full PIN, online banking password, or the codes from your card reader or one-time passcodes sent by text.
- We will never send someone to your home to collect your card.
- The police will never ask you to withdraw cash or transfer money to help with an investigation.

If you get a call you're not sure about, hang up. Wait five minutes or use a different phone, then call us on the number on the back of your card. You can also call 159 to be put through to your bank safely.

If you think you've been scammed, contact us straight away. The sooner we know, the more we can do.

You can report suspicious texts by forwarding them free to 7726, and suspicious emails to report@phishing.gov.uk.

Stay safe,
Harbourside Building Society"

Large-print style, short sentences, keep the 159 and 7726 numbers.`,
  ],
  [
    "en",
    "question:neg",
    `Is it ok to paste customer support chats into ChatGPT-type tools at work if we remove the names? Our tickets sometimes have order numbers and city names. What's a sensible internal rule?`,
  ],
  [
    "en",
    "school:sens",
    `I'm the SENCO at a primary school. Please turn my notes from today's annual review meeting into a proper summary for the EHCP paperwork (headings: attendees, progress, views of child/parents, health, recommendations). Formal but warm.

Child: Oliver Bennett-Hughes, Year 4, DOB ⟦date_of_birth|21/08/2017⟧
EHCP primary need: communication and interaction.

Attendees: me, class teacher (Miss Patel), mum (Rachel Bennett), speech and language therapist (by Teams), educational psychologist sent written report.

Progress: Oliver has made good progress with reading (now reading at Year 3 level, up from Year 1 last year). Maths is still difficult, particularly word problems. Social: he now has two consistent friends and joins in at lunchtime football with adult support.

Views of child: Oliver said he likes "the quiet room" and "Mr Jones's science lessons", and doesn't like "when the fire alarm goes off".

Parents' views: Mum is pleased with progress but worried about transition to Year 5 with a new teacher. She'd like a transition book with photos.

Health: Oliver has ⟦health|autism⟧ and ⟦health|ADHD⟧ (diagnosed 2023). He started ⟦health|methylphenidate (Concerta XL 18 mg)⟧ in June; mum and school both notice better focus in the mornings but reduced appetite at lunch. He also has ⟦health|epilepsy (absence seizures)⟧, well controlled on ⟦health|ethosuximide⟧; no seizures observed in school this year. Care plan updated in September.

Recommendations: continue 1:1 support for 15 hrs; SALT to continue 6-weekly; add maths intervention (Numicon) 3x weekly; transition plan for Year 5 from May; review medication timing with paediatrician re appetite.`,
  ],
  [
    "en",
    "chat:neg",
    `I want to talk through something and get advice, not a diagnosis. I'm 29. Two years ago I had a really bad depressive episode, took 6 months off work, was on mirtazapine then switched to venlafaxine. I've been stable for about a year now and I came off the venlafaxine in the summer with my GP's help (the tapering was brutal, the brain zaps were real).

Lately I've noticed some of the old signs: not replying to friends, staying in bed on Saturdays until 2pm, losing interest in climbing which I love. It's not as bad as before. I'm still working and eating ok.

I'm scared that if I go back to the GP they'll just put me back on meds, and I really don't want to go through the withdrawal again. But I also don't want to wait until I'm back at the bottom.

What are the options between "do nothing" and "back on SSRIs"? Things like therapy, exercise, light boxes in winter? How do I explain to my GP what I want without sounding like I'm refusing help? And how do I tell my partner without worrying him? He was amazing last time but it took a lot out of him.`,
  ],
  [
    "en",
    "email:sens",
    "reword for HR pls: 'Hi, here's my SIN for payroll: ⟦national_id|529 183 741⟧. Also my new address is ⟦street_address|88 Rideau Terrace, Unit 4, Ottawa ON K1M 0Z4⟧. Thanks, Marc-André'",
  ],
  [
    "en",
    "code:sens",
    `terraform plan keeps wanting to recreate my RDS instance every time and I don't get why. Here's the tfvars and the relevant resource. Nothing changes between runs.

# prod.tfvars
db_username     = "app_admin"
db_password     = "⟦password|c7Yq!2rVbN#8sLp4⟧"
stripe_api_key  = "⟦api_key|sk_live_51Mz7Qe4RkV2tYpW9nBx3LhJ8cFs6DgA0uPiOq5ZrEw1T⟧"
sendgrid_key    = "⟦api_key|SG.Xk2L9mPq4RtV7wYz.B3cN6dF8gH1jK5lM0nP2qR4sT7uV9wX1yZ3aB5cD7e⟧"
allowed_cidrs   = ["10.0.0.0/8"]

# rds.tf
resource "aws_db_instance" "main" {
  identifier           = "app-prod"
  engine               = "postgres"
  engine_version       = "16"
  instance_class       = "db.r6g.large"
  username             = var.db_username
  password             = var.db_password
  allocated_storage    = 200
  storage_encrypted    = true
  kms_key_id           = aws_kms_key.rds.arn
  snapshot_identifier  = data.aws_db_snapshot.latest.id
  apply_immediately    = true
}

Plan output says: snapshot_identifier: "rds:app-prod-2026-12-05" => "rds:app-prod-2026-12-06" # forces replacement

I also know the secrets shouldn't be in tfvars; that's next week's job.`,
  ],
  [
    "en",
    "letter:neg",
    `Help me appeal a parking fine. I want it short and polite. Facts:

- PCN number: BS40219837, issued 28 Nov 2026 at 10:42 on Whiteladies Road, Bristol
- Vehicle: silver Honda Jazz, reg LK19 XEA
- Contravention code 01: parked in a restricted street during prescribed hours
- I was unloading a wardrobe into a shop for a charity donation, about 8 minutes. Loading is allowed on that stretch for up to 20 minutes according to the sign.
- I have a receipt from the charity shop timed 10:39 and a photo of the sign showing "Loading only 20 mins, no return within 1 hour".
- The warden didn't observe for long enough to see loading activity, I think; the PCN says observed 10:40 to 10:42.

I'd like it to mention the observation period and the loading exemption, and attach the receipt and photo. Should I also ask for the warden's notes and photos? I've read you can. Keep it under 250 words. I'm appealing online so it'll go in a text box, no letterhead needed.`,
  ],
  [
    "en",
    "chat:sens",
    "quick q, how do i write a message to my cousin in Accra asking him to send the money via MoMo? my number is ⟦phone|024 418 7293⟧ and he might need my Ghana Card no ⟦national_id|GHA-718294036-5⟧ for the transfer",
  ],
  [
    "en",
    "medical:sens",
    `I'm a pharmacist. Can you turn these notes into a short, friendly letter to the patient explaining the changes to her medicines after her hospital stay? She's 81 and lives alone, so very clear language and a simple table.

Patient: Mrs Edna Lovell, DOB ⟦date_of_birth|14/09/1945⟧, NHS ⟦medical_record|503 918 2740⟧

Hospital discharge (3 Dec) changes:
- STOPPED ⟦health|naproxen⟧ (kidney function worse)
- STOPPED ⟦health|amlodipine 10 mg⟧ (ankle swelling)
- STARTED ⟦health|ramipril 2.5 mg once a day⟧ (blood pressure), GP to check kidney blood test in 2 weeks
- STARTED ⟦health|bisoprolol 1.25 mg once a day⟧ for ⟦health|heart failure⟧
- STARTED ⟦health|dapagliflozin 10 mg once a day⟧ (heart failure)
- CONTINUE ⟦health|levothyroxine 75 mcg⟧ in the morning
- CONTINUE ⟦health|paracetamol 1 g up to 4 times a day⟧ for her ⟦health|arthritis⟧
- NEW: weigh herself every morning; if weight goes up by more than 2 kg in 3 days, call the heart failure nurse

She's had her blister packs changed. Her daughter lives in Spain and will phone her to go through it, so maybe also a version the daughter can read over the phone to her.

Keep it kind and not scary.`,
  ],
  [
    "en",
    "email:neg",
    `Rewrite this job ad so it's more inclusive and less corporate:

"Northgate Housing Association is seeking a dynamic and highly motivated Tenancy Sustainment Officer to join our busy Housing Management team in Sheffield.

The successful candidate will provide intensive support to tenants at risk of losing their homes, including those experiencing financial hardship, mental ill-health, substance misuse or domestic abuse. You will work closely with partner agencies including social services, mental health teams, debt advice services and the police.

Key responsibilities:
- Manage a caseload of approximately 30 tenancies
- Carry out home visits and needs assessments
- Support tenants to maximise their income and manage rent arrears
- Make referrals to specialist services
- Maintain accurate records on our housing management system

The ideal candidate will have:
- Experience of working with vulnerable adults
- Excellent communication and negotiation skills
- A full UK driving licence and access to a vehicle
- Knowledge of welfare benefits (desirable)

Salary: £31,200–£34,600. 35 hours per week, hybrid working.

To apply, please visit our careers page. For an informal chat about the role, contact the Housing Management team on 0114 278 9000 or jobs@northgatehousing.org.uk.

Closing date: 9 January 2027. Interviews: w/c 19 January 2027.

We are committed to equality, diversity and inclusion and particularly welcome applications from people with lived experience of homelessness."

Drop jargon like "dynamic", make the requirements less off-putting (e.g. driving licence might exclude disabled applicants, is there an alternative?).`,
  ],
  [
    "id",
    "question:neg",
    "Kalau mau bikin aplikasi pinjaman online, data apa saja yang boleh diambil dari HP pengguna menurut aturan OJK? Kontak telepon boleh gak? Saya developer, bukan pemilik perusahaannya.",
  ],
  [
    "vi",
    "question:neg",
    "Công ty yêu cầu nhân viên nộp bản photo CCCD và sổ hộ khẩu khi ký hợp đồng, như vậy có đúng luật không? Nghị định 13 về bảo vệ dữ liệu cá nhân nói gì về việc này?",
  ],
  [
    "sv",
    "medical:neg",
    `Jag är 52 och har precis kommit in i klimakteriet (tror jag). Mensen har varit oregelbunden i ett år, jag har värmevallningar flera gånger om dagen och sover dåligt. Jag vaknar kl 3 och är helt genomsvettig. Humöret är också sämre, jag blir irriterad på allt och har svårt att koncentrera mig på jobbet.

Min mamma fick bröstcancer när hon var 68, så jag är osäker på om jag kan ta hormoner (MHT). Min gynekolog sa att "det beror på" men hann inte förklara mer.

Frågor:
1. Vad är skillnaden mellan östrogen i tablett, plåster och gel när det gäller risker?
2. Hur mycket ökar risken för bröstcancer egentligen, i siffror?
3. Finns det alternativ utan hormoner som faktiskt fungerar mot svettningarna?
4. Hjälper det att träna eller ändra kosten?
5. Vad ska jag fråga gynekologen nästa gång så att jag får ett riktigt svar?

Jag vill ha ett ärligt och sakligt svar, inte bara "prata med din läkare".`,
  ],
  [
    "en",
    "support:sens",
    "make this message to the airline polite: 'Please add my passport number ⟦passport|K8821937⟧ and my frequent flyer number BA 48217365 to booking ZX4P7Q, I tried online and it errors. Email me at ⟦email|g.ferreira.travels@gmail.com⟧ when done'",
  ],
  [
    "en",
    "notes:neg",
    "Summarise for Slack: Q1 OKRs agreed. Objective 1: reduce onboarding time from 14 to 7 days (owner: CS lead). Objective 2: launch EU data residency (owner: platform). Objective 3: NPS from 31 to 40. Check-in every other Monday.",
  ],
  [
    "hi",
    "medical:neg",
    "मेरी माँ को घुटनों में बहुत दर्द रहता है, उम्र 65 साल है। डॉक्टर ने ऑस्टियोआर्थराइटिस बताया है। कौन-से हल्के व्यायाम घर पर करवा सकते हैं? और क्या गर्म सिकाई से फ़ायदा होगा?",
  ],
  [
    "hi-Latn",
    "email:sens",
    `Society secretary ko complaint bhejna hai, thoda proper English mein likh do, polite but firm:

"Dear Secretary sir,

Flat C-1204 wale Mr. Nitin Bhatia (phone ⟦phone|98201 55487⟧) ka pet dog roz raat 11 baje ke baad bhaukta rehta hai aur lift mein bina leash ke le jaate hain. Mere bacche ko pichle hafte lift mein dog ne jump kiya, woh bahut dar gaya. Maine unse 2 baar baat ki, unhone bola 'aapko problem hai toh shift ho jao'.

Main flat ⟦street_address|C-1104, Lodha Amara, Kolshet Road, Thane West 400607⟧ mein rehti hu. Mera number ⟦phone|99675 30218⟧ hai. Please next committee meeting mein ye issue uthaiye aur pet policy ke hisaab se action lijiye. Society ki pet policy mein clearly likha hai ki common areas mein leash zaroori hai.

Aur ek baat, mujhe koi problem nahi hai pets se, mere ghar mein bhi billi hai. Bas rules follow hone chahiye.

Thanks,
Ritu Desai"

Isko bullet points mein mat todna, letter format hi rakhna. Aur "shift ho jao" wali baat diplomatically mention karna.`,
  ],
  ["en", "question:neg", "Is a company's VAT number considered personal data under GDPR? what about a sole trader's?"],
  ["en", "chat:sens", "where should i store these so i dont lose them? coinbase 2FA backup codes: ⟦password|7HQK-29XM-4LTV⟧ ⟦password|R8PW-61ZN-3DCY⟧"],
  ["en", "chat:neg", "what's the etiquette for tipping in the US vs Canada? going to both in May"],
  [
    "en",
    "email:sens",
    `I volunteer for a small hospice charity and I'm processing donation forms. A supporter sent this by email instead of using the form. Can you help me write a polite reply confirming what we've got, and asking for the one thing missing for Gift Aid? Also, tell me if I should be storing any of this differently.

Her email:

"Dear Hospice team,

I'd like to set up a monthly donation of £25 in memory of my husband Peter, who was cared for by your wonderful nurses in September.

My details are:
Mrs Anne Caldwell
⟦street_address|Rose Cottage, 4 Mill Lane, Ledbury HR8 2DJ⟧
⟦phone|01531 632 418⟧
⟦email|anne.caldwell@talktalk.net⟧

Please take it from my bank account: Lloyds, sort code ⟦bank_account|30-94-57⟧, account number ⟦bank_account|44187203⟧, on the 1st of each month.

I am a UK taxpayer. Peter had ⟦health|motor neurone disease⟧ and your team made his last weeks so much more peaceful than we'd feared. I'll never be able to thank you enough.

With warmest wishes,
Anne"

For Gift Aid we need her to confirm the standard declaration wording. I want the reply to be warm, mention Peter by name, and not feel like a bureaucratic form letter.`,
  ],
];
