/** Third held-out set, file 4 of 8: hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries4: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `Can you help me write this claim email to my insurer? I'm shaken up and it's coming out all over the place. I want it factual, in order, and I don't want to admit fault in any way.

Here's everything:

Yesterday (6 Dec) around 5:40pm I was driving home on the A38 near the Marsh Mills roundabout in Plymouth. Traffic was slow. The car behind me, a silver Ford Focus, went into the back of me when I stopped for the lights. Not fast, maybe 15mph, but my boot won't close now and my neck is stiff today.

The other driver got out and was apologetic, said he was looking at his satnav. His name is Paul Denton, he gave me his number ⟦phone|07731 208 645⟧ and his address ⟦street_address|19 Tamar View, Saltash PL12 4HF⟧. His insurer is Admiral, he didn't know the policy number. Reg of his car: WP19 KXT.

There was a witness, a woman who was walking her dog, she gave me her number too: Sue, ⟦phone|07516 440 912⟧.

My details: policy number LV-MOT-7730182, my car is a 2020 Kia Ceed, reg WF20 HJU. My driving licence number is ⟦driver_license|HAWKI862151SJ9AB⟧.

I went to the minor injuries unit this morning, they said it's ⟦health|whiplash⟧ and told me to take ibuprofen and keep moving. I have photos of both cars and the road.

I'd like the car repaired at one of their approved garages and a courtesy car because I need it for work (I'm a community nurse, I drive between patients).

Thanks,
Sarah Hawkins`,
  ],
  [
    "id",
    "chat:sens",
    "tolong rapikan pesan ini buat admin klinik: 'Mau daftar periksa gigi hari Sabtu. Nama: Dewi Lestari, NIK ⟦national_id|3174056708900003⟧, HP ⟦phone|0813-8274-1906⟧. Terima kasih'",
  ],
  ["en", "question:neg", "can my employer see my personal gmail if I log in on the work laptop? asking for a friend (me)"],
  [
    "vi",
    "email:neg",
    `Bạn viết lại thông báo này cho ngắn gọn và thân thiện hơn, để gửi cho khách hàng qua Zalo nhé:

"Kính gửi Quý khách hàng,

Công ty TNHH Thương mại Dịch vụ Minh Phát trân trọng thông báo: nhân dịp Tết Nguyên đán Đinh Mùi 2027, công ty sẽ nghỉ Tết từ ngày 04/02/2027 đến hết ngày 12/02/2027 (tức từ 28 tháng Chạp đến mùng 6 tháng Giêng). Công ty sẽ làm việc trở lại bình thường từ ngày 13/02/2027.

Các đơn hàng đặt trước ngày 30/01/2027 sẽ được giao trước Tết. Các đơn hàng đặt sau thời gian này sẽ được xử lý và giao sau khi công ty làm việc trở lại. Trong thời gian nghỉ Tết, Quý khách vẫn có thể đặt hàng trên website, đơn hàng sẽ được xác nhận theo thứ tự.

Mọi thắc mắc xin vui lòng liên hệ hotline 1900 6868 hoặc email cskh@minhphat.vn. Văn phòng: 125 Nguyễn Văn Linh, Quận 7, TP. Hồ Chí Minh.

Công ty xin chân thành cảm ơn sự tin tưởng và ủng hộ của Quý khách trong suốt năm qua, kính chúc Quý khách và gia đình một năm mới An Khang - Thịnh Vượng - Vạn Sự Như Ý.

Trân trọng,
Ban Giám đốc"

Giữ lại ngày nghỉ, hotline và lời chúc.`,
  ],
  [
    "en",
    "medical:sens",
    `I'm a GP trainee. Can you tidy up this referral letter to the community mental health team? Better structure, UK spelling, and make the risk section clearer. Don't change the clinical facts.

Dear CMHT colleagues,

Re: Mr Thomas Adeyinka Cole, DOB ⟦date_of_birth|23/01/1996⟧, NHS no. ⟦medical_record|731 946 0289⟧, ⟦street_address|Flat 9, Marlowe House, 14 Station Road, Croydon CR0 2RB⟧

I'd be grateful if you could see this 30 year old man who has a 4 month history of ⟦health|low mood, anhedonia and early morning waking⟧ following redundancy in August. He was started on ⟦health|sertraline 50mg⟧ in September, increased to ⟦health|100mg⟧ in October, with minimal improvement. He describes ⟦health|passive suicidal ideation⟧ ("it wouldn't matter if I didn't wake up") but denies plans or intent, and identifies his younger sister and his dog as protective factors. No history of self-harm. He drinks about 30 units a week, up from 10 before the redundancy, and uses cannabis at weekends.

Past history: ⟦health|one episode of depression aged 19⟧ treated with CBT via university counselling. No psychiatric admissions. Family history: mother has ⟦health|bipolar affective disorder⟧.

He is keen for talking therapy and has self-referred to Talking Therapies but the wait is 14 weeks. I would value your assessment, particularly regarding diagnosis and medication options, and whether he would benefit from your team's input in the interim.

He is happy to be contacted on ⟦phone|07462 915 308⟧ and prefers text messages first.

Yours sincerely,
Dr Anjali Mehra`,
  ],
  [
    "sv",
    "email:sens",
    `Kan du skriva om det här mejlet till Försäkringskassan så det blir tydligare? "Hej, jag har inte fått min föräldrapenning för november. Mitt personnummer är ⟦national_id|850314-2385⟧ och barnets ⟦national_id|230611-4410⟧. Jag har ansökt i appen den 2 november. Ring mig gärna på ⟦phone|070-482 19 36⟧. Mvh Linnea Berg"`,
  ],
  ["es", "question:neg", "¿Se puede pedir el certificado de empadronamiento online en Madrid o hay que ir en persona? ¿Qué necesito llevar?"],
  [
    "en",
    "code:neg",
    `Can you explain why Django's test client isn't picking up my settings override? Here's the relevant bits:

# settings/test.py
from .base import *
DEBUG = False
SECRET_KEY = "insecure-test-key-not-for-production"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PAYMENTS_SANDBOX = True

# payments/tests/test_payout.py
from django.test import TestCase, override_settings

@override_settings(PAYMENTS_SANDBOX=True)
class PayoutTests(TestCase):
    def setUp(self):
        self.vendor = Vendor.objects.create(
            name="Example Vendor Ltd",
            email="payouts@example.com",
            iban="GB82 WEST 1234 5698 7654 32",
            phone="+44 20 7946 0958",
        )

    def test_payout_uses_sandbox(self):
        payout = create_payout(self.vendor, amount_pence=5000)
        self.assertTrue(payout.sandbox)
        self.assertEqual(payout.iban, "GB82WEST12345698765432")

    def test_rejects_bad_iban(self):
        self.vendor.iban = "GB00 TEST 0000 0000 0000 00"
        with self.assertRaises(InvalidIBAN):
            create_payout(self.vendor, amount_pence=5000)

The first test fails with payout.sandbox == False. The create_payout function reads settings.PAYMENTS_SANDBOX at import time into a module-level constant, if that matters. I run tests with DJANGO_SETTINGS_MODULE=config.settings.test pytest.`,
  ],
  [
    "fr",
    "medical:sens",
    `Bonjour, pouvez-vous m'aider à rédiger un résumé clair de ce compte rendu pour ma sœur, qui doit s'occuper de notre père pendant que je suis à l'étranger ? Elle n'est pas du tout du milieu médical.

CENTRE HOSPITALIER DE NANTES — Service de Pneumologie
Compte rendu d'hospitalisation

Patient : M. Bernard LEROY
Né le : ⟦date_of_birth|03/07/1950⟧
N° de sécurité sociale : ⟦national_id|1 50 07 44 109 083 55⟧
IPP : ⟦medical_record|00715829⟧

Motif d'hospitalisation : dyspnée aggravée, fièvre.

Antécédents : ⟦health|BPCO stade III⟧ (ancien fumeur, 45 PA, sevré depuis 2015), ⟦health|insuffisance cardiaque à FEVG préservée⟧, ⟦health|diabète de type 2⟧ non insulinodépendant.

Histoire de la maladie : M. Leroy a été admis le 24/11 pour une ⟦health|exacerbation de BPCO⟧ dans un contexte de ⟦health|pneumopathie communautaire du lobe inférieur droit⟧. Traité par amoxicilline-acide clavulanique pendant 7 jours, corticothérapie courte et aérosols. Évolution favorable, sevrage de l'oxygène à J6.

Traitement de sortie : ⟦health|Trimbow 2 bouffées matin et soir⟧, ⟦health|Ventoline à la demande⟧, ⟦health|furosémide 40 mg le matin⟧, ⟦health|metformine 850 mg matin et soir⟧.

Suivi : consultation pneumologie dans 6 semaines avec EFR, réhabilitation respiratoire proposée, vaccination antigrippale et antipneumococcique à jour.

Merci de faire simple, avec ce qu'il faut surveiller à la maison et quand rappeler le médecin.`,
  ],
  ["en", "chat:neg", "I've had a migraine every day this week and I'm on my period, is that connected? ibuprofen barely touches it"],
  [
    "en",
    "spreadsheet:sens",
    `Can you turn this registration export into two lists for the caterer and the venue? Caterer needs name + dietary/medical needs; venue needs name + access needs. Don't send the caterer anything they don't need.

Name | Company | Mobile | Dietary | Medical/Access notes
Alison Greaves | Tideway Consulting | ⟦phone|07711 904 418⟧ | vegetarian | none
Bilal Chaudhry | Northbridge Bank | ⟦phone|07943 118 602⟧ | halal | none
Carys Morgan | Freelance | ⟦phone|07812 663 094⟧ | gluten free | ⟦health|coeliac⟧, severe
Dariusz Nowicki | Helix Labs | ⟦phone|07459 207 318⟧ | none | ⟦health|uses a wheelchair⟧, needs step-free access to stage
Emma Sato | Helix Labs | ⟦phone|07388 410 527⟧ | vegan | none
Frank Obi | City Council | ⟦phone|07722 539 184⟧ | none | ⟦health|type 1 diabetic⟧, may need to eat at set times
Grace Lindholm | Tideway Consulting | ⟦phone|07961 043 275⟧ | nut free | ⟦health|anaphylaxis to tree nuts⟧, carries EpiPen
Hassan Idris | Self | ⟦phone|07584 662 910⟧ | halal | none
Isabel Ferreira | Northbridge Bank | ⟦phone|07415 338 061⟧ | pescatarian | ⟦health|hearing impaired⟧, requests a seat near the front and the hearing loop

Event: Fintech Futures breakfast, 15 Jan, 8am, 60 attendees total, these are just the ones with notes.`,
  ],
  [
    "id",
    "email:neg",
    "Tolong terjemahkan ke bahasa Inggris: 'Promo akhir tahun! Diskon 30% semua produk sampai 31 Desember. Info lebih lanjut hubungi CS kami di 021-2955-8800 atau WhatsApp resmi di website.'",
  ],
  [
    "en",
    "landlord:neg",
    `I'm a first-time landlord in Scotland (renting out the flat I lived in before moving in with my partner). Can you give me a checklist of everything I legally need to do before the tenant moves in? What I've done so far:

- Registered as a landlord with the council (I think, I filled in the form on the website and paid)
- Got a gas safety certificate
- Had the electrics checked (EICR) in October
- Installed interlinked smoke alarms because I read that's required now
- Found a tenant through a letting app, they're moving in on 1 February
- I'm going to take a deposit of one month's rent

Things I'm unsure about:
1. Which tenancy agreement do I use? Someone said Scotland doesn't have ASTs anymore.
2. Where do I put the deposit and how long do I have?
3. Do I need an EPC? The flat was built in 2004.
4. Legionella risk assessment, is that a real thing for a small flat?
5. Do I need to tell my mortgage lender? It's a normal residential mortgage.
6. What about home insurance, can I keep my current policy?
7. Do I have to give the tenant any specific documents on day one?

I'd like the answer as a checklist with a short explanation for each item, and flag the ones with legal penalties if I get them wrong. I don't want to get fined in my first year.`,
  ],
  [
    "vi",
    "chat:sens",
    `Sửa giúp mình tin nhắn gửi shop cho lịch sự: "Shop ơi giao hàng giúp em tới địa chỉ ⟦street_address|số 18 ngõ 42 Trần Duy Hưng, Cầu Giấy, Hà Nội⟧, người nhận Nguyễn Thu Hà, sđt ⟦phone|0912 483 725⟧. Hóa đơn VAT ghi CCCD ⟦national_id|001192014837⟧ nha shop."`,
  ],
  [
    "en",
    "support:sens",
    `I work in the fraud team. Please summarise this call for the case file in the standard format (caller, verification, what happened, actions taken, next steps). Keep all the account identifiers exactly as they are because the case system needs them.

Call started 09:12.
Agent: Good morning, Fraud Prevention, Kyle speaking. Can I take your full name?
Caller: Yes, it's Patricia Ann Lomax.
Agent: Thank you. For security, your date of birth?
Caller: ⟦date_of_birth|the 2nd of June 1956⟧.
Agent: And the first line of your address and postcode?
Caller: ⟦street_address|27 Ivy Bank, Harrogate HG2 8PN⟧.
Agent: Thank you Mrs Lomax, you're verified. How can I help?
Caller: I've had a text saying my card was used in Lisbon, I've never been to Lisbon.
Agent: I'm sorry to hear that. Can you confirm the long card number on the card in front of you?
Caller: ⟦payment_card|5227 3810 4926 7313⟧.
Agent: Thank you. I can see two transactions last night, 78 euros and 412 euros at an electronics retailer. Have you given your card details to anyone recently, on the phone or online?
Caller: Well, someone rang on Tuesday saying they were from the bank and I had to move my money to a safe account. I didn't move any money but I did read out the number on the card because they already knew my name.
Agent: Okay. That was a scam call, we'll never ask you to move money. I've now cancelled the card and I'll raise a dispute for both transactions. A new card will arrive in 3 to 5 working days. I'm also going to add a note to call you back on ⟦phone|01423 556 190⟧ tomorrow to check everything is ok.
Caller: Thank you, I feel so stupid.
Agent: You're not, they're very convincing. I'll also send you our scam leaflet.
Call ended 09:24.`,
  ],
  ["sv", "chat:neg", "hur skriver man ett bra överklagande till Skatteverket? jag fick avslag på rotavdraget för fönsterbytet"],
  [
    "es",
    "email:sens",
    `Hola, ¿me ayudas a escribir una reclamación a Iberia? Que sea firme y cite el reglamento europeo si aplica. Esto es lo que pasó:

El vuelo IB3166 de Madrid a Bruselas del 2 de diciembre, salida prevista 07:25, se canceló a las 06:50 cuando ya estábamos en la puerta de embarque. Nos recolocaron en un vuelo de las 18:40, que llegó a Bruselas a las 21:05, casi 12 horas tarde. Perdí una reunión de trabajo y una noche de hotel que ya estaba pagada (145 €). En el aeropuerto nos dieron un vale de 10 € para comida, nada más.

Datos para la reclamación:
Pasajera: Elena Martín Castillo
Localizador: K7Q2XZ
Número de billete: 075-2318844710
Pasaporte: ⟦passport|PAK284173⟧
Dirección: ⟦street_address|Calle de Alcalá 214, 4º izq., 28028 Madrid⟧
Teléfono: ⟦phone|+34 655 918 204⟧
Correo: ⟦email|elena.martin.castillo@gmail.com⟧
Cuenta para el reembolso: ⟦iban|ES09 0081 7306 1100 0184 7291⟧

Quiero pedir la compensación de 250 € del reglamento 261/2004, el reembolso del hotel y de las comidas (tengo tickets por 32,40 €). ¿Tengo derecho a algo más por la reunión perdida? Escríbelo en un tono formal pero no agresivo, que sé que lo lee una persona.`,
  ],
  ["en", "chat:sens", "text this to mum for me but nicer: 'Lauren's new number is ⟦phone|0421 776 380⟧, delete the old one, she changed it bc of the ex'"],
  [
    "en",
    "notes:neg",
    `Clean up my notes from a 1:1 with one of my reports so I can share them back with her. She asked for written notes. Make them clear and neutral.

1:1 with Rachel — 4 Dec

- Project Atlas: she's ahead on the data model, behind on the API docs because she got pulled into the incident last week. Agreed docs can slip to 13 Dec.
- Wants to present at the January engineering all-hands about the migration. I said yes, she'll send me an outline by 20 Dec.
- Feedback from me: her code reviews are thorough but sometimes land as blunt with the juniors. Suggested starting with what works. She agreed, said she'd noticed.
- Feedback from her: she'd like more notice when priorities change, the Atlas/incident switch was last minute. Fair point, I'll give a heads-up in standup.
- Career: interested in the tech lead track. We talked about what that looks like: owning a roadmap, mentoring, cross-team work. Action for me: find her a mentor from the platform team.
- Training: wants to do the AWS Solutions Architect cert, budget approved up to £300.
- Holiday: off 22 Dec - 2 Jan, cover arranged with Sam.
- Next 1:1: 18 Dec.

Format as bullet sections with actions at the end (owner + date).`,
  ],
  [
    "fr",
    "chat:neg",
    `Tu peux me résumer en 5 lignes la carrière d'Emmanuel Macron avant 2017 ? Banque Rothschild, ministre de l'Économie, tout ça. C'est pour un exposé de mon fils en 3e, donc simple et neutre svp.`,
  ],
  [
    "en",
    "hr:sens",
    `Draft a reasonable adjustments letter: employee Marcus Delaney (Customer Service) has told us he has ⟦health|Crohn's disease⟧ and is starting ⟦health|infliximab infusions⟧ every 8 weeks at the hospital. We're agreeing: paid time off for infusion days, a desk near the toilets, and flexible start times on flare days. Review in 3 months. Supportive tone, UK Equality Act wording.`,
  ],
  [
    "en",
    "log:neg",
    `Why is the firewall dropping these? They're supposed to be allowed by rule 20.

Dec  6 14:02:11 fw01 kernel: DROP IN=eth1 OUT=eth0 SRC=10.8.0.14 DST=198.51.100.23 PROTO=TCP SPT=51522 DPT=443
Dec  6 14:02:12 fw01 kernel: DROP IN=eth1 OUT=eth0 SRC=10.8.0.14 DST=198.51.100.23 PROTO=TCP SPT=51524 DPT=443
Dec  6 14:02:15 fw01 kernel: ACCEPT IN=eth1 OUT=eth0 SRC=10.8.0.22 DST=198.51.100.23 PROTO=TCP SPT=40112 DPT=443

rule 20: -A FORWARD -s 10.8.0.0/28 -d 198.51.100.0/24 -p tcp --dport 443 -j ACCEPT`,
  ],
  [
    "id",
    "medical:sens",
    `Bantu saya ringkas surat rujukan ini jadi bahasa yang mudah dipahami keluarga, ya. Ibu saya bingung baca istilah medisnya.

SURAT RUJUKAN
Kepada Yth. Dokter Spesialis Penyakit Dalam
RSUD Kota Bandung

Dengan hormat,
Mohon pemeriksaan dan penanganan lebih lanjut terhadap pasien:
Nama: Sri Wahyuni
Tanggal lahir: ⟦date_of_birth|12-09-1968⟧
No. BPJS: ⟦medical_record|0001284739125⟧
NIK: ⟦national_id|3273045209680002⟧
Alamat: ⟦street_address|Jl. Cihampelas No. 87 RT 03/RW 05, Kel. Cipaganti, Kec. Coblong, Bandung⟧

Anamnesis: Pasien mengeluh sering haus, sering buang air kecil terutama malam hari, dan berat badan turun ±6 kg dalam 3 bulan. Riwayat ⟦health|hipertensi⟧ sejak 5 tahun, minum ⟦health|amlodipin 10 mg⟧ tidak teratur.
Pemeriksaan: TD 160/95 mmHg, GDS 342 mg/dL, HbA1c 10,2%.
Diagnosis kerja: ⟦health|Diabetes melitus tipe 2 tidak terkontrol⟧, ⟦health|hipertensi grade II⟧.
Terapi sementara: ⟦health|metformin 3x500 mg⟧.

Demikian surat rujukan ini, atas kerja samanya kami ucapkan terima kasih.

Puskesmas Coblong
dr. Ratna Sari

Tolong juga jelaskan apa yang perlu dibawa saat ke rumah sakit nanti.`,
  ],
  [
    "en",
    "bank:neg",
    `Can you explain this mortgage offer to me in plain English? I'm a first-time buyer and the numbers are confusing me.

Loan amount: £238,500
Property value: £265,000 (LTV 90%)
Product: 5-year fixed at 4.59%, then the lender's Standard Variable Rate (currently 7.49%) for the remaining term
Term: 35 years
Monthly payment during fixed period: £1,147.82
Monthly payment after fixed period (illustrative, at current SVR): £1,612.40
Product fee: £999 (added to loan)
Early repayment charges: 5% in year 1, 4% year 2, 3% year 3, 2% year 4, 1% year 5
Overpayments: up to 10% of the outstanding balance per year without charge
Total amount payable over the term: £601,244.15
APRC: 6.7%

Questions:
1. Why is the APRC 6.7% when my rate is 4.59%?
2. Is it better to add the £999 fee to the loan or pay it upfront? I have the cash.
3. If I overpay £200 a month, roughly how much would I save and how much shorter would the mortgage be?
4. What happens at the end of the 5 years, do I have to remortgage or does it just go up?
5. Is 35 years a bad idea? The broker said I can always shorten it later.

I'm 27 and my job is pretty stable. Please keep the maths simple.`,
  ],
  ["vi", "question:neg", "Làm sao để kiểm tra số CCCD có hợp lệ không khi làm form đăng ký online? Có quy tắc gì về 12 chữ số không?"],
  [
    "es",
    "chat:sens",
    `Ayúdame a redactar este mensaje para el grupo de la familia, que quede claro: "Para el regalo de los abuelos somos 6, salen 45 € cada uno. Hacedme Bizum al ⟦phone|678 204 519⟧ o transferencia a ⟦iban|ES90 2038 5921 4760 0031 8254⟧ (a nombre de Pilar Ortega). Antes del día 20 porfa, que hay que encargarlo."`,
  ],
  [
    "en",
    "email:neg",
    "tidy this up: 'for press enquiries contact press@northlightmedia.com or call the press office on 020 7946 0321, we don't comment on individual staff matters'",
  ],
  [
    "sv",
    "medical:sens",
    `Kan du hjälpa mig att förenkla det här läkarintyget så att min arbetsgivare förstår vad som gäller? Jag vill inte att det ska låta dramatiskt, men det ska vara tydligt.

LÄKARINTYG för sjukpenning
Patient: Johan Lindström
Personnummer: ⟦national_id|920807-4618⟧
Adress: ⟦street_address|Vasagatan 31 lgh 1203, 411 37 Göteborg⟧

Diagnos: ⟦health|Utmattningssyndrom (F43.8A)⟧, ⟦health|sömnstörning⟧.
Sjukdomens konsekvenser: Patienten har uttalad kognitiv trötthet, nedsatt koncentrationsförmåga och minnessvårigheter. Klarar inte av att hålla fokus mer än kortare stunder. Påverkas kraftigt av stress och ljud.
Aktivitetsbegränsning: Kan i nuläget inte utföra sina arbetsuppgifter som projektledare, som kräver planering, samordning och många möten.
Pågående behandling: ⟦health|KBT-behandling⟧ via vårdcentralen, ⟦health|sertralin 50 mg⟧ sedan oktober.
Bedömning: Sjukskrivning 100 % från 2026-12-01 till 2027-01-15, därefter planerad upptrappning 25 % med arbetsuppgifter utan ansvar för deadlines.

Göteborg 2026-12-01
Leg. läkare Maria Åkesson

Jag vill skicka ett kort mejl till min chef med det viktigaste, utan att gå in på medicinerna.`,
  ],
  [
    "en",
    "cv:neg",
    `Rewrite my experience section so it sounds more senior. I'm going for Head of Operations roles. Don't add numbers I don't have.

Operations Manager, Brightside Logistics (2021–now)
- ran the warehouse team (35 people) and the transport desk
- brought in a new WMS, took about 8 months
- handled the relationship with our 3 biggest customers
- did the budget for the ops side, about £4m
- cut agency staff spend by moving to a core team plus a flexible pool

Warehouse Supervisor, Kestrel Distribution (2017–2021)
- supervised night shift, 12 people
- health and safety lead for the site, zero RIDDORs in 3 years
- trained new starters on the reach trucks

Team Leader, Asda Distribution Centre (2013–2017)
- picking team of 8, hit productivity targets most weeks

I also did a CIPS Level 4 diploma in 2022 and I'm a mental health first aider. I want it to read like someone who's ready to run a whole site, not just a shift. Keep it truthful though, I'll be asked about every line in interview. UK English. Bullet points, max 5 per role.`,
  ],
  [
    "fr",
    "email:sens",
    `Peux-tu reformuler ce mail à France Travail ? « Bonjour, mon inscription est bloquée depuis 3 semaines. Numéro de sécurité sociale : ⟦national_id|2 92 03 69 123 088 81⟧. Nouvelle adresse : ⟦street_address|8 rue Paul Bert, 69003 Lyon⟧. Merci de me rappeler au ⟦phone|07 81 42 96 30⟧. Camille Girard »`,
  ],
  [
    "en",
    "chat:neg",
    `Can you explain in simple terms what's publicly known about King Charles's cancer diagnosis and treatment? My nan keeps asking me and I only know bits from the news. She's 88 and worried about him, she's a big royal fan. I don't want to scare her or tell her anything that's just rumour, so only what Buckingham Palace has actually announced. Also, what's the situation with the Princess of Wales? I remember she announced she had finished chemotherapy and then later said she was in remission. My nan got confused and thinks they have the same thing. Please write it like you're explaining to an elderly person, short sentences, kind, no medical jargon. If something hasn't been made public, just say that the family has kept it private. Also, she asked whether the King is still doing public engagements, like the Christmas message, so include a line about what's been reported on that if you know. Thank you, this is a weird request I know.`,
  ],
  [
    "en",
    "ticket:sens",
    `Can you rewrite this customer-submitted bug report into our internal template (Summary, Steps, Expected, Actual, Impact, Customer contact)? And flag anything in it that we should scrub before it goes into the public issue tracker.

From: devops@ravenstone-analytics.io (Karthik Subramanian, on behalf of the team mailbox)

"Hey team, since your 3.2 release our nightly sync job fails about 1 in 3 runs with HTTP 429 even though we're way under the documented rate limit (we do ~200 req/min, docs say 600). Here's the exact call we make:

curl -X POST https://api.yourplatform.com/v3/sync \\
  -H 'Authorization: Bearer ⟦api_key|sk_live_rvst_9Hq2Lm7XpK4tV8bN3cWz6yJd1sFa⟧' \\
  -H 'Content-Type: application/json' \\
  -d '{"dataset":"orders","since":"2026-12-01T00:00:00Z"}'

Response headers on the failures show X-RateLimit-Remaining: 412 but the body says 'rate limit exceeded'. Started 28 Nov. We're on the Enterprise plan, account ID RVS-00481. It's breaking our morning dashboards for the exec team so pretty urgent for us. You can reach me directly on ⟦phone|+1 415 802 3317⟧ if a call is easier.

Thanks, Karthik"

Priority: the customer says urgent, I'd say P2 unless more customers report it.`,
  ],
  ["id", "chat:neg", "gimana cara bikin surat kuasa buat ambil BPKB di leasing? contoh formatnya aja, nanti aku isi sendiri"],
  [
    "en",
    "ocr:sens",
    `I scanned my payslip to check it and the OCR is messy. Can you put it in a table and tell me if the tax and NI look right for my salary? I think I'm on the wrong tax code.

ACME  FACILITIES  SERVICES  LTD          PAYSLIP
Employee :  WILLIAMS,  JORDAN  T            Payroll  No :  004172
NI  Number :  ⟦national_id|JT 48 27 19 C⟧           Tax  Code :  BR
Address :  ⟦street_address|56  Pendle  View,  Burnley  BB10  3QE⟧
Period :  Month  8   (Nov  2026)      Pay  Date :  28/11/2026

PAYMENTS                          DEDUCTIONS
Basic  Salary    ⟦financial|2,458.33⟧           PAYE  Tax         491.67
Overtime  12hrs  ⟦financial|212.76⟧            Nat  Ins          145.39
                                  Pension  (5%)   133.55
                                  Student  Loan   ⟦financial|58.00⟧

Gross  Pay  ⟦financial|2,671.09⟧             Total  Ded.       828.61
                                  NET  PAY       ⟦financial|1,842.48⟧

YTD  Gross  21,330.18   YTD  Tax  4,266.03   YTD  NI  1,162.40

It's my only job. Last year I was on 1257L. BR means basic rate on everything doesn't it? How do I fix it and will I get the overpaid tax back?`,
  ],
  [
    "es",
    "notes:neg",
    `Pásame a limpio este acta de la reunión de equipo, con formato de acta formal:

Reunión departamento comercial — 3 de diciembre de 2026
Asistentes: dirección comercial, 4 delegados de zona, marketing (2 personas). Excusa: delegado zona Levante.

1. Resultados noviembre: facturación 1,24 M€, un 8 % por encima del mismo mes de 2025. Zona Norte la mejor (+15 %), zona Sur por debajo de objetivo (-4 %) por la pérdida del cliente Distribuciones Guadalquivir.
2. Campaña de Navidad: se mantiene el descuento del 12 % en pedidos superiores a 3.000 €. Marketing enviará el mailing el 9 de diciembre.
3. Nueva tarifa 2027: subida media del 3,5 %. Se comunicará a los clientes antes del 20 de diciembre. Los delegados piden excepciones para los 10 clientes principales; la dirección lo estudiará.
4. CRM: se recuerda que todas las visitas deben registrarse en el CRM el mismo día. Solo el 60 % de las visitas de noviembre están registradas.
5. Feria Alimentaria Barcelona (abril): se confirma stand de 36 m². Presupuesto 28.000 €.
6. Ruegos y preguntas: se solicita revisar la política de kilometraje (0,26 €/km), que se considera baja.

Próxima reunión: 14 de enero de 2027.

Formato: título, asistentes, puntos numerados con acuerdos y responsables.`,
  ],
  [
    "en",
    "question:neg",
    `Our 12-person agency shares logins for client social media accounts in a Google Sheet (yes really). What's a better setup that isn't too expensive? We need: per-person access we can revoke, 2FA that doesn't depend on one person's phone, and an audit trail. Compare 1Password Teams, Bitwarden and anything else sensible.`,
  ],
  [
    "vi",
    "email:sens",
    `Bạn sửa giúp mình đơn xin nghỉ phép này cho trang trọng hơn, gửi trưởng phòng nhân sự:

"Kính gửi chị Hương phòng Nhân sự,

Em là Trần Minh Khoa, nhân viên phòng Kế toán. Em xin phép được nghỉ từ ngày 15/12 đến hết ngày 26/12 để ⟦health|phẫu thuật cắt túi mật⟧ tại Bệnh viện Chợ Rẫy. Bác sĩ chẩn đoán em bị ⟦health|sỏi túi mật⟧ và ⟦health|viêm túi mật mạn⟧, cần mổ nội soi sớm. Sau mổ bác sĩ dặn nghỉ ngơi khoảng 10 ngày.

Trong thời gian em nghỉ, công việc đối chiếu công nợ em đã bàn giao cho anh Phúc, báo cáo thuế tháng 12 em sẽ hoàn thành trước ngày 13/12. Nếu có việc gấp, chị có thể gọi em qua số ⟦phone|0908 214 637⟧, em vẫn có thể trả lời qua Zalo.

Em xin gửi kèm giấy hẹn mổ của bệnh viện. Em xin chân thành cảm ơn chị.

Trân trọng,
Trần Minh Khoa"

Mình muốn giữ đủ thông tin nhưng ngắn gọn hơn một chút, và bớt kể bệnh chi tiết nếu không cần thiết.`,
  ],
  [
    "en",
    "chat:sens",
    `Write a quick WhatsApp to my neighbour Jo asking her to feed the cat while we're away 20-27 Dec. Include: key safe by the back door, code ⟦password|4471⟧, alarm code ⟦password|2580⟧ then press OFF. Our address for the delivery she might get is ⟦street_address|3 Orchard Mews, Tonbridge TN9 1QE⟧. Food is in the utility room, half a pouch morning and night.`,
  ],
  [
    "sv",
    "email:neg",
    `Kan du korta ner det här nyhetsbrevet till ett LinkedIn-inlägg, max 100 ord?

"Hej alla kunder och partners!

2026 har varit ett rekordår för Nordvind Energi. Vi har installerat solceller på över 1 200 villor och 85 företagsfastigheter i Västra Götaland och Halland, och vår nya batterilösning NordCell lanserades i september med fler beställningar än vi vågade hoppas på.

Vi har också vuxit som team. I år välkomnade vi 34 nya kollegor, bland annat till vårt nya kontor i Halmstad som öppnade i maj. Vår vd Karin Holmqvist säger: 'Vi ser att allt fler vill ta kontroll över sin egen energi, och det är precis det vi finns till för.'

Inför 2027 fortsätter vi att investera i service. Från och med januari har vi utökade öppettider i kundtjänst, vardagar 07–19, och en ny chattfunktion på webben.

Kom ihåg att ansöka om grönt avdrag om du planerar en installation – vi hjälper gärna till med blanketterna.

Frågor? Ring oss på 031-700 48 00 eller mejla kundtjanst@nordvindenergi.se. Besöksadress: Lindholmspiren 7, 417 56 Göteborg.

God jul och gott nytt år!
Teamet på Nordvind Energi"

Gärna med lite energi i tonen, men inte för säljigt.`,
  ],
  [
    "en",
    "medical:neg",
    `Make this into an OSCE-style case for our 3rd year med students with 4 questions: "A 67-year-old woman presents with 3 days of left calf swelling after a long-haul flight. She takes HRT. On examination the calf is 3cm larger than the right, warm and tender. Wells score is 3."`,
  ],
  ["fr", "question:neg", "Quelle est la durée légale de conservation des bulletins de paie pour un salarié en France ? Et pour l'employeur ?"],
  [
    "en",
    "email:sens",
    `I'm the wedding coordinator and need to send the caterer a final dietary list. Can you format this nicely as a table and write a short covering email? The couple asked me to be discreet about medical stuff, so only include what the kitchen actually needs.

From the RSVPs:
- Table 1: Carol Jenkins (bride's aunt) is ⟦health|coeliac⟧, strict, cross-contamination matters. Her husband Dave no needs.
- Table 2: Tom Reid vegetarian. Priya Shah vegan.
- Table 3: Ahmed Karim halal. Lucy Karim halal. Their son (8) has a ⟦health|severe sesame allergy⟧, he carries an EpiPen — that's Zayn Karim.
- Table 4: Grandad (Ronald Pike) has ⟦health|dysphagia after his stroke⟧, needs soft/pureed food, his carer will be with him.
- Table 5: Maria Lopez pregnant — no soft cheese, no pâté, no raw fish.
- Table 6: no requirements.
- Top table: groom doesn't eat mushrooms (preference, not allergy).

Caterer contact is Gemma at Fennel & Thyme, events@fennelandthyme.co.uk. Wedding is 14 Feb at Hartwell Barn, 120 guests, 3-course sit-down.

Please also ask Gemma to confirm how she'll label the plates so servers know which is which, and whether the gluten-free dessert can be the same as everyone else's so Carol doesn't feel singled out.`,
  ],
  ["es", "medical:neg", "Mi hijo de 4 años tiene fiebre de 39 desde ayer y no quiere comer, le doy Dalsy cada 8 horas. ¿Cuándo debería llevarlo a urgencias?"],
  [
    "en",
    "code:sens",
    `Why does this return 403? Works in Postman.

curl -u "admin:⟦password|Xr7#kQ2v!mZp⟧" https://jenkins.internal.lan/job/deploy/build \\
  -H "Jenkins-Crumb: 8f2a..." \\
  -H "Authorization: Bearer ⟦api_key|11d9f4e2b7c84a6e9f03b5d1a8c7e2f4b6⟧"`,
  ],
  [
    "id",
    "email:sens",
    `Tolong perbaiki surat lamaran kerja saya supaya lebih profesional dan tidak terlalu panjang. Saya melamar posisi staf administrasi di perusahaan logistik.

Kepada Yth.
HRD PT Samudra Logistik Nusantara
di Jakarta

Dengan hormat,
Yang bertanda tangan di bawah ini:
Nama: Rina Marlina
Tempat, tanggal lahir: Bogor, ⟦date_of_birth|17 Agustus 1998⟧
NIK: ⟦national_id|3201055708980004⟧
Alamat: ⟦street_address|Perumahan Bukit Asri Blok C2 No. 14, Cibinong, Kabupaten Bogor⟧
No. HP: ⟦phone|0857-1192-4036⟧
Email: ⟦email|rina.marlina98@gmail.com⟧

Dengan ini saya bermaksud melamar pekerjaan di perusahaan yang Bapak/Ibu pimpin sebagai Staf Administrasi, sesuai informasi lowongan yang saya peroleh dari JobStreet. Saya lulusan D3 Administrasi Bisnis dari Politeknik Negeri Jakarta tahun 2019 dengan IPK 3,52.

Saya memiliki pengalaman kerja selama 4 tahun sebagai admin gudang di CV Maju Bersama, dengan tugas mencatat barang masuk dan keluar, membuat laporan stok mingguan, dan menginput data ke sistem. Saya terbiasa menggunakan Microsoft Excel (VLOOKUP, pivot table) dan sistem ERP sederhana.

Saya siap bekerja di bawah tekanan, teliti, dan dapat bekerja sama dalam tim. Bersama surat ini saya lampirkan CV, fotokopi ijazah, transkrip nilai, KTP, dan pas foto terbaru.

Demikian surat lamaran ini saya buat. Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,
Rina Marlina`,
  ],
  [
    "en",
    "travel:neg",
    `Do I need a visa for a 10-day trip to Japan on a British passport, and does it need 6 months' validity? Also what's this "Visit Japan Web" thing, do I have to fill it in before flying or can I do it at the airport? Travelling in March.`,
  ],
  ["en", "chat:neg", "what's a polite way to tell my team I'm leaving without it sounding like I hate the company"],
  [
    "vi",
    "chat:neg",
    `Sơn Tùng M-TP sinh năm bao nhiêu và quê ở đâu vậy? Mình đang viết bài giới thiệu ca sĩ cho câu lạc bộ âm nhạc ở trường, chỉ cần thông tin công khai thôi, kiểu các bài hát nổi tiếng với giải thưởng.`,
  ],
  [
    "en",
    "letter:sens",
    `I've been asked to write a character reference for my friend who's in court next month. Can you help me make it sound sincere and appropriate for a magistrate? Here's my draft:

To the Presiding Magistrate,

My name is Helen Ashworth and I have known Liam Carver for over 15 years. We met at university and have been close friends since. I am a secondary school teacher and I understand the seriousness of this matter.

I am aware that Liam has pleaded guilty to drink driving on 3 October. I know this is completely out of character. Over the past year Liam has been struggling after the death of his father, and I watched him develop ⟦health|a serious problem with alcohol⟧. What I want the court to know is how seriously he has taken this since. He referred himself to his GP the week after his arrest, was diagnosed with ⟦health|alcohol dependence⟧ and has been attending ⟦health|a community alcohol treatment programme⟧ twice a week since mid-October. He has also started ⟦health|acamprosate⟧ and has not had a drink in over seven weeks. I have been with him to some of the sessions.

Liam is a devoted father to his two children and works as a self-employed electrician. Losing his licence will affect his ability to work, but he accepts that he must face the consequences.

I believe Liam is genuinely remorseful and is determined to turn his life around. I would be happy to speak further if required. I can be contacted at my home address, ⟦street_address|22 Fernlea Avenue, Bolton BL1 5TH⟧, or by phone on ⟦phone|07956 330 418⟧.

Yours faithfully,
Helen Ashworth

Is it ok to mention the treatment details or is that too much?`,
  ],
  [
    "sv",
    "chat:sens",
    "skriv ett sms till grannarna: 'Vi samlar in till blommor för Gunnel, 50 kr var. Swisha till ⟦phone|073-518 26 94⟧ (Erik Sjöberg) senast fredag. Tack!'",
  ],
  [
    "en",
    "form:neg",
    `Our intake form currently shows example values in the fields and people keep submitting them unchanged. Fields: Name "John Doe", SSN "XXX-XX-XXXX", Phone "(555) 555-0100", Email "name@example.com". What's a better UX pattern? Placeholder text vs labels vs helper text?`,
  ],
  [
    "fr",
    "letter:neg",
    `Pouvez-vous me proposer un modèle de lettre de résiliation de bail pour un locataire, avec des champs à compléter ? Je voudrais quelque chose de propre que je pourrai réutiliser pour plusieurs logements. Par exemple :

[Prénom Nom]
[Adresse du logement loué]
[Code postal, Ville]

[Nom du bailleur ou de l'agence]
[Adresse]

Lettre recommandée avec accusé de réception

Objet : Congé du logement situé au [adresse]

Madame, Monsieur,

Par la présente, je vous informe de ma décision de mettre fin au bail du logement que j'occupe depuis le [date d'entrée]...

Il faudrait prévoir les différents cas : préavis d'un mois en zone tendue, préavis réduit pour mutation professionnelle, perte d'emploi ou raison de santé, et le préavis normal de trois mois. Merci d'indiquer aussi quels justificatifs joindre dans chaque cas et de rappeler la date à partir de laquelle le préavis commence à courir. Enfin, ajoutez une phrase pour demander l'état des lieux de sortie et la restitution du dépôt de garantie dans les délais légaux.`,
  ],
  [
    "en",
    "email:sens",
    "pls share with the courier guy: alternate no. ⟦phone|98450 22718⟧, deliver to ⟦street_address|No. 11, 2nd Floor, Lakshmi Nilaya, 8th Cross, Malleshwaram, Bengaluru 560003⟧, call before coming, dog in house",
  ],
  [
    "es",
    "spreadsheet:sens",
    `Ordena esta lista por curso y hazme una tabla para el monitor del campamento de Navidad:

Hugo Sánchez Ruiz, 3º, tel. madre ⟦phone|622 481 930⟧, ⟦health|alergia a la penicilina⟧
Martina Gil López, 2º, tel. padre ⟦phone|639 207 115⟧, ninguna
Lucas Romero Vidal, 3º, tel. madre ⟦phone|654 833 406⟧, ⟦health|epilepsia, toma Depakine⟧
Sofía Navarro Cruz, 1º, tel. abuela ⟦phone|611 390 284⟧, ⟦health|intolerancia a la lactosa⟧`,
  ],
  ["en", "question:neg", "how long should a small business keep customer credit card receipts? we only store the last 4 digits"],
  [
    "en",
    "chat:sens",
    `I need to vent and also get advice on how to handle this. Please read it all.

My best mate Callum has been acting weird for months. Turns out last week he told me that ⟦financial|he's been declared bankrupt⟧ — apparently ⟦financial|about £48k of debt⟧ from the failed café plus credit cards. He hasn't told his parents or his girlfriend Aoife yet. He asked to borrow £2,000 "just to get through Christmas" and promised he'd pay me back by March.

Here's the thing: I lent him £800 in the summer for "van repairs" which I now think went on the debts, and he never paid that back. I earn ok but I'm saving for a house deposit with my partner and she doesn't know about the £800.

I love the guy, he's been there for me through some really dark stuff. But I don't want to enable him or get into trouble with my partner. I also feel like I should tell Aoife because they're talking about moving in together and she's about to sign a joint lease, but he made me promise not to.

He also mentioned he's been ⟦health|prescribed antidepressants⟧ and hasn't been sleeping. I'm genuinely worried about him.

How do I say no to the money without losing the friendship? Should I tell Aoife? And how do I bring up the £800 without it sounding like I'm kicking him when he's down? Give me actual words I could say, not just general advice.`,
  ],
  [
    "en",
    "email:neg",
    `Can you write a 3-line summary of this press release for our investor relations page?

"LONDON, 4 December 2026 — Harrowgate Pharmaceuticals plc (LSE: HRW) today announced positive topline results from its Phase III LUMEN-2 trial of velacortide in adults with moderate-to-severe atopic dermatitis. The trial met its primary endpoint, with 48% of patients achieving EASI-75 at week 16 compared with 14% on placebo (p<0.001). The safety profile was consistent with earlier studies.

Dr. Miriam Osei, Chief Medical Officer, said: 'These results are a significant step towards a new oral option for patients living with this difficult condition.'

Chief Executive Officer Jonathan Pryor added: 'We plan to submit marketing applications to the MHRA and EMA in the second half of 2027.'

Harrowgate will present full results at a medical congress in 2027. A conference call for analysts will be held today at 14:00 GMT.

Enquiries: Investor Relations, ir@harrowgatepharma.com, +44 (0)20 7946 0800. Media: Northgate Communications, harrowgate@northgatecomms.com.

About Harrowgate: Harrowgate Pharmaceuticals is a UK-based specialty pharmaceutical company focused on immunology and dermatology. Registered office: 1 Kingsway, London WC2B 6AN."

Tone: neutral and factual, no hype.`,
  ],
  [
    "fr",
    "chat:sens",
    "Tu peux faire un message sympa pour la baby-sitter ? Digicode ⟦password|4B721⟧, 3e étage porte droite, ⟦street_address|17 rue Oberkampf, 75011 Paris⟧. Les petits se couchent à 20h30.",
  ],
  [
    "en",
    "support:neg",
    "summarise for our FAQ: customers can find their order number in the confirmation email (format ORD-XXXXXXX) and track it at our website with the tracking ID from the courier.",
  ],
  [
    "en",
    "school:neg",
    `Please rewrite this school trip letter so it's shorter and clearer for parents, many of whom speak English as an additional language.

"Dear Parents and Carers,

Year 6 Residential Visit to Kingswood Activity Centre, Norfolk — Monday 8 June to Friday 12 June 2027

We are delighted to confirm that this year's Year 6 residential will take place at Kingswood Activity Centre, West Runton, Norfolk. This is a fantastic opportunity for the children to develop independence, teamwork and resilience, while trying exciting activities such as climbing, archery, raft building and orienteering.

The total cost of the visit is £385 per child, which includes travel by coach, accommodation, all meals and all activities. A non-refundable deposit of £75 is due by Friday 16 January, with the remaining balance payable in instalments by Friday 1 May. Payments can be made through ParentPay. If the cost is a concern, please speak to Mrs Hussain in the school office in confidence, as support is available for eligible families.

A parents' information evening will be held on Tuesday 3 February at 6pm in the school hall, where you can meet the staff who will be accompanying the children and ask any questions. Medical and dietary forms will be sent home after this meeting.

If you have any questions in the meantime, please contact the school office on 01632 960 588 or email office@willowbankprimary.org.uk.

Yours sincerely,
Mr D. Fletcher
Year 6 Team Leader"

Keep dates, cost and contact details. Bullet points are fine.`,
  ],
];
