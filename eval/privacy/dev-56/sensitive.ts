/**
 * dev-56 sensitive entries: English personal data of private people in text that went through a machine or a mail
 * client before it reached the prompt — ASR voicemail and call transcripts (numbers as words, fillers, no
 * punctuation), OCR'd scans (l/1 and O/0 confusions, fields broken across lines), quoted email replies and forwards,
 * SMS/WhatsApp exports, meeting notes and ticket histories. `kind` is `<medium>:<category>`. Our own invented text;
 * every person, number and address is made up (identifiers carry valid check digits so they look like real ones).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // voicemail and call transcripts (ASR)
  [
    "en",
    "voicemail:phone",
    `transcribe this voicemail into a short note for me: "hi it's uh Deborah from across the road um just to say my new number is ⟦phone|oh seven nine one two four eight three five six one⟧ call me back when you can bye"`,
  ],
  [
    "en",
    "voicemail:phone",
    `Voicemail from +44 (auto transcript, 0:41): "yeah hiya it's Callum um can you ring me back on ⟦phone|zero seven eight four five double two one nine six oh⟧ it's about Saturday cheers"`,
  ],
  [
    "en",
    "voicemail:phone",
    `clean up this transcript pls: hey this is jordan uh from the soccer carpool my cell is ⟦phone|four one six five five two eight eight one seven⟧ text me if Liam needs a ride thursday`,
  ],
  [
    "en",
    "voicemail:phone",
    `Google Voice transcript: "Hi Sandra, this is Wes, uh, my direct is ⟦phone|(312) 5 5 8-40 nine 1⟧, I'll be home after six, call whenever."`,
  ],
  [
    "en",
    "voicemail:phone",
    `voicemail text: hello aunty its Chidi please call me on ⟦phone|oh eight oh three four five one two two nine seven three⟧ i have changed my line the MTN one is not working`,
  ],
  [
    "en",
    "voicemail:health",
    `Voicemail (transcribed): "Hey Marcus it's uh Kelly from Dr Osei's office calling about your bloodwork your ⟦health|A1C came back at nine point two⟧ so doctor wants to start you on ⟦health|metformin five hundred milligrams twice a day⟧ call us back"`,
  ],
  [
    "en",
    "voicemail:health",
    `can you summarise this for my husband: "hi this is the pharmacy at Walgreens on Elm uh your ⟦health|sertraline one hundred milligram⟧ refill for Dana Whitfield is ready for pickup"`,
  ],
  [
    "en",
    "voicemail:health",
    `transcript: hi mum its me um just so you know the scan showed ⟦health|a small clot in my left lung⟧ they've put me on ⟦health|apixaban⟧ for six months dont panic im fine`,
  ],
  [
    "en",
    "voicemail:health",
    `auto transcript from the GP surgery: "message for Mr Alan Pryce uh your ⟦health|HIV test⟧ result is back please book a telephone appointment with Dr Mensah to discuss"`,
  ],
  [
    "en",
    "voicemail:password",
    `voicemail transcript: hi mum it's Jess um the code for the garage door is ⟦password|four seven seven one⟧ and the wifi password is uh ⟦password|purple monkey dishwasher⟧ all one word lowercase love you`,
  ],
  [
    "en",
    "voicemail:password",
    `rewrite this voicemail as a text: "hey it's Raj the login for the shared Netflix is my email and the password is ⟦password|tiger lily nineteen eighty eight⟧ no spaces capital T"`,
  ],
  [
    "en",
    "voicemail:date_of_birth",
    `transcribed message: hi it's uh Rosa Delgado calling for my mum's appointment her name is Carmen Delgado date of birth ⟦date_of_birth|the fourteenth of february nineteen forty nine⟧ please call back`,
  ],
  [
    "en",
    "call:national_id",
    `Call transcript, leasing office, 10:14am:\nAGENT: and your social?\nCALLER: uh yeah it's ⟦national_id|five four one dash two two dash eight nine three oh⟧\nAGENT: and date of birth\nCALLER: ⟦date_of_birth|march third nineteen ninety one⟧`,
  ],
  [
    "en",
    "call:national_id",
    `speaker 2: so my national insurance number is ⟦national_id|J T four eight three one nine two C⟧ for Charlie\nspeaker 1: thank you and your postcode\nspeaker 2: B S three four N X`,
  ],
  [
    "en",
    "call:national_id",
    `Otter notes from my call with the tax agent: "ok so your TFN is ⟦national_id|three one oh nine one six nine six oh⟧ and you were born ⟦date_of_birth|the second of june eighty seven⟧ right" — can you pull out the action items`,
  ],
  [
    "en",
    "call:national_id",
    `call transcript (Indian English): sir my Aadhaar is ⟦national_id|7245 7914 0925⟧ and the registered mobile is ⟦phone|nine eight four five zero one two six seven three⟧ kindly link it madam`,
  ],
  [
    "en",
    "call:national_id",
    `Transcript: um yeah so my SIN is uh ⟦national_id|two nine four eight nine eight eight one two⟧ and the address is ⟦street_address|eighteen Birchmount Crescent Scarborough⟧`,
  ],
  [
    "en",
    "call:health",
    `Teams call transcript, HR check-in:\nPriya: I just wanted to let you know I've been diagnosed with ⟦health|ADHD⟧ and I'm starting ⟦health|Vyvanse⟧ next week\nManager: thanks for telling me — how can we support you`,
  ],
  [
    "en",
    "call:health",
    `Zoom auto-captions from our family call: "grandpa's ⟦health|dementia⟧ is getting worse uh he didn't know who dad was on Sunday and the ⟦health|donepezil⟧ isn't doing much"`,
  ],
  [
    "en",
    "call:health",
    `[00:03:12] Tunde: after the ⟦health|stroke⟧ in March my dad's on ⟦health|clopidogrel seventy five⟧ and the ⟦health|atorvastatin⟧\n[00:03:20] Nurse: okay and any allergies`,
  ],
  [
    "en",
    "call:street_address",
    `call recording transcript: yeah deliver it to ⟦street_address|forty two Wattle Street Fitzroy⟧ uh the blue door around the back my name's Bronwyn`,
  ],
  [
    "en",
    "call:street_address",
    `transcribed: uh hi I'm moving so my new address is ⟦street_address|one one seven Oakmont Drive apartment four B Columbus Ohio four three two one five⟧ can you update it thanks`,
  ],
  [
    "en",
    "call:financial",
    `Transcript of my call with the landlord: "just send the deposit to my account sort code ⟦financial|two zero three one five eight⟧ account ⟦financial|four seven two one nine oh three six⟧ name G Ashworth"`,
  ],
  [
    "en",
    "call:date_of_birth",
    `phone transcript: AGENT can i have the date of birth on the policy CALLER its uh ⟦date_of_birth|nine eleven seventy two⟧ nine november AGENT thank you Mrs Oyelaran`,
  ],
  [
    "en",
    "call:password",
    `Support call transcript:\nCustomer: the recovery code it gave me was ⟦password|K7Q2 9XLM 4RTB⟧\nAgent: please don't read that out, but okay, I've noted it`,
  ],
  [
    "en",
    "call:phone",
    `speaker 1 yeah so best number for me is ⟦phone|oh four one two double seven three oh eight five⟧ that's my mobile speaker 2 great and for Kylie`,
  ],

  // OCR'd scans
  [
    "en",
    "ocr:date_of_birth",
    `OCR from my mum's old form, can you fix it up:\nName: Margaret A. Ho1lings\nD.O.B: ⟦date_of_birth|1O/O4/l95l⟧\nAddress: ⟦street_address|22 Cl0ver Lane,\nWhitby YO21 3HE⟧`,
  ],
  ["en", "ocr:date_of_birth", `scanned page text:\nPATIENT: K0FI ASANTE    DOB ⟦date_of_birth|O7-Ju1-1984⟧\nNHS No ⟦national_id|463 439 3638⟧`],
  [
    "en",
    "ocr:date_of_birth",
    `OCR output, make it a table: Surname ROBERTS Given names EMILY JANE Date of\nbirth ⟦date_of_birth|23 0CT 199O⟧ Place of birth CARDIFF`,
  ],
  ["en", "ocr:date_of_birth", `Adobe scan text:\nApplicant: Harpreet K. Sandhu\nDate 0f Birth: ⟦date_of_birth|l2/08/1979⟧\nSIN: ⟦national_id|5Ol 923 98l⟧`],
  [
    "en",
    "ocr:national_id",
    `extracted from the W-2 photo:\nb Employee's social security number\n⟦national_id|3l8-74-2265⟧\ne Employee's name DARNELL J WRIGHT\nf ⟦street_address|914 Pecan Hol1ow Rd\nAustin TX 787O4⟧`,
  ],
  ["en", "ocr:national_id", `OCR from the payslip: NI Number: ⟦national_id|NH 62 O7 l5 B⟧  Tax Code 1257L  Employee: S. O'Donnell`],
  [
    "en",
    "ocr:national_id",
    `This is OCR of my payment summary, what's my taxable income?\nPayee: Lachlan Byrne\nTFN ⟦national_id|2l7 537 O95⟧\nGross payments $68,412`,
  ],
  ["en", "ocr:national_id", `text from the scanned e-Aadhaar:\nMeena Iyer\nDOB: ⟦date_of_birth|O3/ll/1992⟧\nFemale\n⟦national_id|9056 O467 5142⟧`],
  [
    "en",
    "ocr:phone",
    `OCR'd business card from a neighbour (not a business): Tom & Ruth Kerslake | ⟦street_address|6 Mil1 Row, Totnes⟧ | home ⟦phone|O1803 86l 204⟧`,
  ],
  ["en", "ocr:phone", `text from the photo of the fridge note: "babysitter Ada — mob ⟦phone|O8O6 4l2 7733⟧ — emergency only"`],
  [
    "en",
    "ocr:health",
    `OCR of the discharge letter:\nDiagnosis: ⟦health|Type 2 diabetes me1litus⟧, ⟦health|hypertensi0n⟧\nMedication on discharge: ⟦health|Ramipril 5mg 0D⟧\nPatient: Mr. Godfrey Nnamdi`,
  ],
  [
    "en",
    "ocr:health",
    `scanned prescription says:\nRx ⟦health|Lev0thyroxine 75 mcg⟧ one tab daily\nfor: Sunita Rao   age 46\ncan you tell me if 75 is a normal dose`,
  ],
  [
    "en",
    "ocr:health",
    `OCR text from my son's school medical form:\nAllergies: ⟦health|anaphy1axis to peanuts⟧\nMedication: ⟦health|EpiPen Jr 0.15mg⟧\nChild: Oliver Grant, Year 4`,
  ],
  [
    "en",
    "ocr:health",
    `pdf text (scanned): Referral — re: Ms Fiona McAllister, ⟦date_of_birth|l4.O2.1988⟧\nImpression: ⟦health|moderate depressive episode⟧, started on ⟦health|citalopram 2O mg⟧`,
  ],
  [
    "en",
    "ocr:financial",
    `OCR from the cheque: Pay ONE HUNDRED FIFTY — A/C ⟦financial|4O2l87539⟧ routing 021000021 — M. Castellano — please read the account number back`,
  ],
  [
    "en",
    "ocr:financial",
    `scan of my grandad's bank letter:\nAccount holder: Mr D. Whitcombe\nSort code ⟦financial|3O-96-34⟧ Account no ⟦financial|58l2O473⟧\nwhat does "dormant" mean here`,
  ],
  [
    "en",
    "ocr:street_address",
    `OCR from the parcel label, who's it for?\nDELIVER TO: Aisha Bello\n⟦street_address|Flat 3, 19 Ca1edonian Rd\nLondon N1 9DX⟧\nTel ⟦phone|O7923 5l4 882⟧`,
  ],
  [
    "en",
    "ocr:street_address",
    `scanned lease page 1: Tenant(s): Bradley and Courtney Voss, residing at ⟦street_address|44O5 W. Mapl e Ave, Unit 2,\nDenver CO 8O2l9⟧`,
  ],
  ["en", "ocr:password", `OCR from a sticky note photo my dad sent: "BT router\nadmin pass: ⟦password|Ke1pie!Dusk2O⟧\nwifi: ⟦password|h0rsefly-meadow-88⟧"`],
  [
    "en",
    "ocr:password",
    `text from the scanned letter from the bank:\nYour temporary PIN is ⟦password|8 3 l 6⟧\nPlease change it at first use.\nMr O. Adeyemi`,
  ],

  // email threads, quoted replies, forwards, signatures
  [
    "en",
    "email:health",
    `Can you help me reply politely?\n\nOn Tue, 3 Mar, Hannah Leclerc wrote:\n> Hi Sam, just to let you know I'll be off for two weeks, I've had a\n> ⟦health|miscarriage⟧ and my GP signed me off. Please keep it between us.\n> H`,
  ],
  [
    "en",
    "email:health",
    `summarise this thread:\n> > From: Gary Tunstall\n> > my wife's ⟦health|chemo⟧ starts Monday for the ⟦health|breast cancer⟧ so I'll be working from home\n> Of course Gary, take whatever you need.\nThanks all`,
  ],
  [
    "en",
    "email:health",
    `---------- Forwarded message ---------\nFrom: Jenny Okafor <⟦email|jenny.okafor88@gmail.com⟧>\nSubject: re: trip\n\nsorry I can't come, my ⟦health|bipolar⟧ meds got changed to ⟦health|lithium⟧ and I'm still adjusting\n\nCan you draft a kind reply to Jenny`,
  ],
  [
    "en",
    "email:health",
    `>> Hi Coach, Ethan has ⟦health|asthma⟧ and uses a ⟦health|Ventolin inhaler⟧, please make sure he has it at practice.\n>> — Lisa Marchetti\n> Noted, thanks Lisa.\nwhat should the team sheet say`,
  ],
  [
    "en",
    "email:health",
    `Please tidy this email from my sister:\n> i found out i'm ⟦health|pregnant⟧ (8 weeks!!) but dont tell mum yet, also the midwife said my ⟦health|thyroid levels⟧ are off`,
  ],
  [
    "en",
    "email:password",
    `Fwd: account stuff\n\n> From: Dad\n> Sent: Sunday 4:12 PM\n> the password for the Aviva login is ⟦password|Gardenia#1957⟧ and the memorable word is ⟦password|bramble⟧\n\nhow do I reset this so it's safer`,
  ],
  [
    "en",
    "email:password",
    `Reply chain:\n> On 12 May, Kofi Mensah wrote:\n> > here's the family iCloud: ⟦email|kofi.mensah.home@icloud.com⟧ / ⟦password|Accra-Rain-2019!⟧\n> Thanks, got in.\nIs it OK to share passwords like this?`,
  ],
  [
    "en",
    "email:password",
    `> Your one-time recovery codes (keep these safe):\n> ⟦password|4829-1735⟧  ⟦password|9062-4418⟧  ⟦password|7351-0926⟧\n> -- forwarded by Neil to himself\nwhere do I store these?`,
  ],
  [
    "en",
    "email:password",
    `From my mum's email, can you explain what she means:\n> the pin for the debit card is ⟦password|2 9 0 4⟧ like grandad's birthday, get £50 out for the party x`,
  ],
  [
    "en",
    "email:date_of_birth",
    `> > Hi, for the insurance form I need everyone's DOB:\n> > Me: ⟦date_of_birth|17/09/1983⟧\n> > Tom: ⟦date_of_birth|02/01/2015⟧\n> Thanks Abi! — can you make this into a table`,
  ],
  [
    "en",
    "email:date_of_birth",
    `-----Original Message-----\nFrom: Reggie Fairweather\nre passport renewal: my birthday is ⟦date_of_birth|5th April 1967⟧, place of birth Kingston Jamaica\n\nwhat else does he need`,
  ],
  [
    "en",
    "email:street_address",
    `On Fri, Ngozi Eze <⟦email|ngozi.eze@yahoo.co.uk⟧> wrote:\n> Please send the kids' presents to our new place: ⟦street_address|27 Hawthorn Grove, Leeds LS6 2QT⟧\n> Love, N\n\nwhat's the last posting date for Christmas?`,
  ],
  [
    "en",
    "email:street_address",
    `Thanks,\nMichelle Tran\n⟦street_address|1284 Sycamore Ln, Plano, TX 75023⟧\nCell ⟦phone|(469) 742-0182⟧\n\n^ that's my personal signature, should I remove the address before emailing a recruiter?`,
  ],
  [
    "en",
    "email:street_address",
    `>> can you check on mum, she's at ⟦street_address|12 Banksia Court, Toowoomba QLD 4350⟧ now, unit 2\n> will do Sunday\nreword this for my brother`,
  ],
  [
    "en",
    "email:phone",
    `Cheers,\nDev\n--\nDevendra Nair\n⟦phone|+91 98450 12673⟧ (personal, WhatsApp)\n\nthis is from a friend's email, can you write him a thank-you note`,
  ],
  ["en", "email:phone", `> On Mon, Siobhan wrote:\n> my number changed, it's ⟦phone|087 412 6630⟧ now\nadd to contacts?`],
  [
    "en",
    "email:national_id",
    `Fwd: Fwd: tax\n> > Bode, my SSN for the return is ⟦national_id|602-19-4478⟧, mum's is ⟦national_id|447-30-1952⟧\n> forwarding to you so you can file\nis it safe to email this?`,
  ],
  [
    "en",
    "email:national_id",
    `> Hi Mrs Pillai, for payroll please reply with your PAN and Aadhaar\n⟦national_id|6638 3021 5492⟧, PAN ⟦national_id|BNZPP4721K⟧\nThanks, Lakshmi\n\nfix my grammar`,
  ],
  [
    "en",
    "email:financial",
    `> > please pay the rent into my account: ⟦financial|GB08 BARC 2031 5847 2190 36⟧ (Ruth Kimani)\n> done, ref "May"\nis this IBAN valid?`,
  ],
  [
    "en",
    "email:financial",
    `Begin forwarded message:\n> From: Olu\n> BSB ⟦financial|062-914⟧ acct ⟦financial|1048 5523⟧ — Olu Adebayo, send the $400 for the camping trip\ncan you write a reminder`,
  ],

  // SMS and WhatsApp exports
  [
    "en",
    "sms:password",
    `[14/03/2025, 21:07:44] Mum: whats the netflix password again\n[14/03/2025, 21:09:02] Kiera: ⟦password|Sunflower2008!⟧ capital S\nturn this chat into a summary`,
  ],
  [
    "en",
    "sms:password",
    `WhatsApp export:\n12/1/24, 7:02 PM - Dan: wifi at the cabin is LakeHouse_5G\n12/1/24, 7:02 PM - Dan: pw ⟦password|loon-paddle-4417⟧\nwhat's a better wifi name`,
  ],
  [
    "en",
    "sms:password",
    `Messages:\nMe (9:14 PM): what's the alarm code\nJosh (9:15 PM): ⟦password|6 1 9 3⟧ then hit off\nMe: thx\nis it dumb to text alarm codes`,
  ],
  [
    "en",
    "sms:password",
    `[02/06/2024, 08:11] Anjali: Papa the OTP is not coming, use my net banking password ⟦password|Mango@Pune1990⟧\n[02/06/2024, 08:12] Papa: ok beta`,
  ],
  [
    "en",
    "sms:password",
    `iMessage backup text:\nSat 3:20 PM Grace: the lockbox is ⟦password|0 5 2 8⟧ and spare key is in the blue pot\nshould i rewrite this for the Airbnb guests?`,
  ],
  [
    "en",
    "sms:health",
    `[21/02/2025, 10:31:09] Bukola Adeyemi: the doctor said it's ⟦health|sickle cell crisis⟧ again, they've admitted me to ward 6\n[21/02/2025, 10:32:40] Femi: coming now\nwrite a message to her boss`,
  ],
  [
    "en",
    "sms:health",
    `SMS export:\n2024-11-03 18:22 From Ryan: bro I relapsed, been using ⟦health|oxy⟧ again, don't tell Jess\ncan you help me reply supportively`,
  ],
  [
    "en",
    "sms:health",
    `WhatsApp chat with my aunt:\n9/14/24, 11:04 AM - Aunt Val: the ⟦health|biopsy⟧ came back, it's ⟦health|stage 2 melanoma⟧\n9/14/24, 11:05 AM - Me: oh val 💔`,
  ],
  [
    "en",
    "sms:health",
    `text thread:\nMum: remember your ⟦health|insulin⟧ before dinner, your sugar was ⟦health|14.2 this morning⟧\nMe: yes mum\nhow do i tell her i'm managing fine`,
  ],
  [
    "en",
    "sms:date_of_birth",
    `[05/09/2024, 17:45] Sarah: for the vaccine booking, Maisie's DOB is ⟦date_of_birth|11/04/2021⟧ and NHS number ⟦national_id|600 632 3281⟧\n[05/09/2024, 17:46] Chris: 👍`,
  ],
  [
    "en",
    "sms:date_of_birth",
    `sms: hey can u fill in Nana's form, born ⟦date_of_birth|8 Aug 1941⟧ medicare ⟦national_id|2953 18608 1⟧\nturn this into a checklist`,
  ],
  [
    "en",
    "sms:street_address",
    `[11/07/2024, 19:03] Tash: new flat is ⟦street_address|Flat 2, 88 Dalry Road, Edinburgh EH11 2AX⟧ buzz 2\n[11/07/2024, 19:04] Me: see you sat\nwrite an invite`,
  ],
  [
    "en",
    "sms:street_address",
    `WhatsApp: 6/30/24, 4:15 PM - Emeka: pls come pick me at ⟦street_address|14 Adeola Odeku Street Victoria Island⟧ by 6\nis this enough detail for an Uber?`,
  ],
  [
    "en",
    "sms:phone",
    `[03/01/2025, 12:00] Grandma: my new mobile is ⟦phone|0412 883 907⟧ save it\n[03/01/2025, 12:02] Zoe: saved ❤\nhelp me explain to grandma how to save contacts`,
  ],
  [
    "en",
    "sms:phone",
    `texts from the school mum group:\nKayleigh: if anyone needs me my number is ⟦phone|07531 226 418⟧\nRachel: thanks hun\nsummarise who's driving`,
  ],
  [
    "en",
    "sms:national_id",
    `[20/05/2024, 09:14] Rohan: bhai send your Aadhaar for the flat agreement\n[20/05/2024, 09:20] Vikram: ⟦national_id|8779 0563 8547⟧\nis it ok that he sent it on whatsapp`,
  ],
  ["en", "sms:national_id", `SMS export: Dad: my NI is ⟦national_id|PW 81 44 36 A⟧ for the pension form\nreply explaining why he shouldn't text that`],
  [
    "en",
    "sms:financial",
    `[28/08/2024, 22:10] Chioma: send the money to my GTB ⟦financial|0147283956⟧ Chioma Eze\n[28/08/2024, 22:11] Me: done\nwrite a thank you`,
  ],

  // meeting notes
  [
    "en",
    "notes:health",
    `Meeting notes 3 Apr (1:1 with Derek):\n- Q2 goals ok\n- Derek disclosed ⟦health|Crohn's flare⟧, on ⟦health|prednisone⟧, needs flexible hours\n- follow up w/ HR\nclean these up`,
  ],
  [
    "en",
    "notes:health",
    `1:1 notes\n• Amara back from leave after ⟦health|burnout / anxiety⟧\n• seeing therapist weekly, on ⟦health|propranolol⟧ for panic\n• phased return 3 days/wk\nrewrite for the HR file`,
  ],
  [
    "en",
    "notes:health",
    `Parent–teacher notes:\n- Noah (Yr 2) — ⟦health|epilepsy⟧, ⟦health|Keppra 250mg⟧ at lunch via office\n- reading improving\nturn into an email to his dad`,
  ],
  [
    "en",
    "notes:date_of_birth",
    `team notes - onboarding Kwame:\n* DOB ⟦date_of_birth|19/12/1995⟧ for pension\n* NI ⟦national_id|SK 27 90 58 D⟧\n* laptop ordered\ncan you format this`,
  ],
  [
    "en",
    "notes:street_address",
    `Notes from tenants' meeting:\n- Mrs Oduya (⟦street_address|Flat 9, 31 Gladstone St⟧) has no heating since Tues\n- her number ⟦phone|07402 618 355⟧\nwrite the complaint letter`,
  ],
  [
    "en",
    "notes:password",
    `Standup notes 11/4\n- Marta: shared box creds in chat again (⟦password|Spr1ng-Otter-44⟧), rotate\n- Ben: release blocked\nsummarise`,
  ],
  [
    "en",
    "notes:financial",
    `Notes: Family budget mtg\n- Dad's pension paid into ⟦financial|Lloyds 30-96-34 58120473⟧\n- Mum's ⟦health|dialysis⟧ transport costs £60/wk\nmake a budget table`,
  ],

  // ticket histories
  [
    "en",
    "ticket:password",
    `Ticket #48213 history:\n[2025-01-09 10:02] Customer (R. Alvarez): can't log in, my password is ⟦password|Halcyon!Ridge42⟧ and it says wrong\n[2025-01-09 10:15] Agent: Please never share passwords.\nwrite the agent's next reply`,
  ],
  [
    "en",
    "ticket:password",
    `Zendesk thread:\n--- Customer, Mar 3:\nhere are my backup codes ⟦password|61938 27405⟧ ⟦password|08817 53362⟧ can you turn off 2FA\n--- Agent:\nhow should the agent respond`,
  ],
  [
    "en",
    "ticket:password",
    `Ticket 7731 > Comment from user jkowalski: "temp password you set ⟦password|Welcome2Wk!7⟧ doesn't work" > Comment from IT: resetting\nsummarise the ticket`,
  ],
  [
    "en",
    "ticket:date_of_birth",
    `Ticket #90142 (Internal notes)\n> customer verified: Adaeze Nwosu, DOB ⟦date_of_birth|1988-07-23⟧, postcode M14 5RT\n> refund approved\nwrite the closing email`,
  ],
  [
    "en",
    "ticket:date_of_birth",
    `Jira SUP-3312 comments:\nreporter: my son's account got locked, his birthday is ⟦date_of_birth|June 30 2009⟧ and his user is caleb_w09\nassignee: checking\nwhat next`,
  ],
  [
    "en",
    "ticket:street_address",
    `Case history #55190:\n09:12 customer: parcel never arrived at ⟦street_address|7 Kookaburra Place, Ballarat VIC 3350⟧\n09:40 agent: investigating\ndraft a follow up`,
  ],
  [
    "en",
    "ticket:street_address",
    `Freshdesk ticket:\nRequester: Gwen Pritchard\nMessage: please update my billing address to ⟦street_address|3 Heol y Nant, Cardiff CF14 6AS⟧\nstatus: pending\nreply to Gwen`,
  ],
  [
    "en",
    "ticket:health",
    `Ticket #66120 (HR portal):\nEmployee note: requesting a standing desk — I have ⟦health|ankylosing spondylitis⟧ and take ⟦health|Humira⟧ injections, happy to share a letter\nwrite HR's reply`,
  ],
  [
    "en",
    "ticket:health",
    `support history:\n> user: I need the captions fixed, I'm ⟦health|profoundly deaf⟧ after ⟦health|meningitis⟧ last year\n> agent: escalating\nrewrite the escalation note`,
  ],
  [
    "en",
    "ticket:national_id",
    `Ticket #3021 — applicant upload failed\n> applicant note: "SIN ⟦national_id|431 047 505⟧, DOB ⟦date_of_birth|1990-02-11⟧, please process manually"\nshould the agent delete this`,
  ],
  [
    "en",
    "ticket:national_id",
    `Service desk log:\n14:02 caller gave TFN ⟦national_id|946 351 009⟧ for payroll fix (Jarrah Coulthard)\n14:10 resolved\nwrite a summary without leaking anything`,
  ],
  [
    "en",
    "ticket:phone",
    `Ticket history:\n- Customer: call me on my mobile ⟦phone|+61 423 118 560⟧ after 5, it's Brooke\n- Agent: will do\nwrite the callback script`,
  ],
  [
    "en",
    "ticket:financial",
    `Case notes: refund to customer's own account, Nkechi Obi, sort code ⟦financial|60-83-71⟧, account ⟦financial|29471508⟧ — pls check format`,
  ],
];
