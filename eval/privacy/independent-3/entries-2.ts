/** Third held-out set, file 2 of 8: hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries2: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `I'm a recruiter and need to send this to the hiring manager. Can you make it tighter and more persuasive? Don't change the numbers.

Hi Mark,

Following up on our call about the Head of Platform role. I've now spoken at length with Dimitri Lazarou and I think he's the strongest candidate we've seen so far, by a distance.

Quick summary:
- 11 years in infra, last 4 leading a team of 9 at a Series C fintech
- Led their migration from self-managed Kafka to MSK and cut their on-call pages by about 60%
- Strong on hiring, he built most of his current team
- Very calm in the interview, good with the "tell me about a failure" question

On package: he's currently on ⟦financial|£128,000 base plus a 15% bonus⟧ and has ⟦financial|about £40k of unvested options⟧ he'd be walking away from. He's said he'd need ⟦financial|£140k base⟧ minimum to move, and ideally some sign-on to cover the options. I know that's above the band we discussed (115-135) but I think it's worth a conversation with Finance.

He's interviewing with two other companies and expects an offer from one of them by the 18th, so if we want him we need to get the panel done next week.

His notice period is 3 months but he thinks he could negotiate down to 2. Best number to reach him directly is ⟦phone|07700 182 946⟧, but please go through me for now.

Let me know what you think.

Best,
Hannah`,
  ],
  ["it", "question:neg", "come si calcola il carattere di controllo del codice fiscale? mi serve per un esercizio in python, non per dati veri"],
  [
    "en",
    "code:neg",
    `Review this Express handler and the test, I feel like I'm mocking too much. Be honest.

// routes/contact.js
router.post("/contact", async (req, res) => {
  const { name, email, phone, message } = req.body;
  if (!isEmail(email)) return res.status(400).json({ error: "invalid email" });
  await mailer.send({
    to: process.env.SUPPORT_INBOX,
    subject: "Contact form: " + name,
    text: message + "\\n\\nPhone: " + phone,
  });
  res.status(202).end();
});

// test/contact.test.js
describe("POST /contact", () => {
  it("sends mail", async () => {
    const send = jest.spyOn(mailer, "send").mockResolvedValue();
    await request(app).post("/contact").send({
      name: "Test Person",
      email: "test.person@example.org",
      phone: "07700 900123",
      message: "Hello from the test suite",
    }).set("X-Forwarded-For", "203.0.113.9").expect(202);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("rejects bad email", async () => {
    await request(app).post("/contact").send({ name: "x", email: "not-an-email", phone: "", message: "" }).expect(400);
  });
});

Also is it bad that phone isn't validated at all?`,
  ],
  [
    "nl",
    "email:sens",
    `Kun je deze mail aan de gemeente netjes maken? "Geachte heer/mevrouw, ik ben op 1 november verhuisd maar mijn adreswijziging staat nog steeds niet in de BRP. Mijn BSN is ⟦national_id|237819405⟧. Nieuw adres: ⟦street_address|Van Woustraat 118-2, 1073 LT Amsterdam⟧. Ik heb dit nodig voor mijn huurtoeslag. Bel me gerust op ⟦phone|06 4829 1736⟧. Met vriendelijke groet, Sanne de Vries"`,
  ],
  ["en", "chat:sens", "is ⟦password|Summer2024!Max⟧ a strong enough password for my gmail or should i change it? i use it for netflix too lol"],
  [
    "pl",
    "letter:sens",
    `Cześć, możesz mi poprawić tę reklamację do banku? Chodzi o to, żeby brzmiała stanowczo ale grzecznie.

Szanowni Państwo,

ja, niżej podpisany Marek Zieliński, PESEL ⟦national_id|85071412396⟧, zamieszkały ⟦street_address|ul. Długa 17 m. 4, 31-147 Kraków⟧, posiadacz rachunku nr ⟦iban|PL36 2490 1044 0000 0705 1293 8746⟧, składam reklamację dotyczącą transakcji kartą z dnia 28.11.2026 na kwotę 2 349,00 zł na rzecz sklepu internetowego „ELEKTRO-MAX24”.

Transakcja nie została przeze mnie autoryzowana. W tym dniu karta znajdowała się przy mnie, a ja nie dokonywałem żadnych zakupów w tym sklepie. Tego samego dnia, 28.11, zadzwoniłem na infolinię banku i zastrzegłem kartę. Konsultant poinformował mnie, że sprawa zostanie rozpatrzona w ciągu 14 dni roboczych. Do dzisiaj nie otrzymałem żadnej odpowiedzi.

Na podstawie art. 46 ustawy o usługach płatniczych wnoszę o zwrot kwoty nieautoryzowanej transakcji najpóźniej do końca następnego dnia roboczego.

W razie pytań proszę o kontakt pod numerem ⟦phone|+48 601 283 947⟧.

Z poważaniem,
Marek Zieliński

Czy powinienem dodać, że zgłosiłem to też na policję?`,
  ],
  [
    "en",
    "medical:neg",
    `I have a GP appointment tomorrow and I always forget what to say, can you help me turn this into a short list of symptoms and questions? For context I'm 38F.

For about 3 months I've been really tired even after 8 hours sleep. I get dizzy when I stand up fast, like I have to hold onto something. My periods have been heavier than usual, like needing to change every 2 hours on the first two days. I've also noticed my hair is coming out more in the shower and my nails break easily. Sometimes my heart races for no reason, especially climbing stairs, which never used to happen. I'm a vegetarian for 10 years but I eat eggs and dairy. I don't take any supplements. My mum had thyroid problems. I also had a bad chest infection in September and took antibiotics, not sure if that matters. My mood is ok mostly but I'm more irritable, probably because I'm tired. I'm not on any medication apart from the pill (Microgynon). I don't smoke, I drink maybe 4-5 glasses of wine a week.

What tests should I ask for? I don't want to sound like I'm telling the doctor what to do.`,
  ],
  [
    "tr",
    "chat:sens",
    `Ev sahibine kira için mesaj yazmam lazım, düzgün bir şekilde yazar mısın? "Merhaba Hüseyin Bey, aralık kirasını 3 gün geç yatıracağım, maaş geç yattı. Kira sözleşmesi için istediğiniz bilgiler: TC kimlik no ⟦national_id|38401927510⟧, IBAN ⟦iban|TR38 0001 2009 3847 1002 5631⟧ (depozito iadesi için). Telefonum ⟦phone|0532 418 27 90⟧. Kusura bakmayın."`,
  ],
  [
    "ru",
    "email:neg",
    `Переведи на английский, это объявление от нашей управляющей компании для иностранного соседа: «Уважаемые жильцы! 15 декабря с 10:00 до 16:00 будет отключена горячая вода в связи с плановыми работами. Аварийная служба: 8 (495) 123-45-67. ООО «Жилкомсервис», ул. Профсоюзная, д. 40».`,
  ],
  [
    "en",
    "support:sens",
    `Rewrite this chat for our QA training deck as an example of what NOT to do (agent asked for the full card in chat):

Agent: To process the refund I'll need the card you paid with
Customer: ok its ⟦payment_card|4532 0187 3465 9023⟧ exp 09/28
Agent: and the code on the back?
Customer: 771
Agent: thanks, refund is on its way`,
  ],
  ["tr", "question:neg", "KVKK'ya göre müşteri telefon numaralarını ne kadar süre saklayabiliriz? küçük bir e-ticaret sitemiz var"],
  [
    "en",
    "landlord:neg",
    `Help me respond to my letting agent. I moved out of my flat in Hackney on 31 October after 3 years. They're proposing to keep £640 of my £1,800 deposit for "professional cleaning and redecoration". I had it professionally cleaned before I left (I have the receipt, £180) and the walls just have normal wear, a few picture hook holes which the inventory allowed. The check-in inventory from 2023 literally says "minor marks to walls in living room". The deposit is protected with the DPS.

Their email said: "Following the checkout inspection, the landlord proposes the following deductions: professional clean £240, repainting of living room and hallway £400. Please confirm your agreement within 14 days."

I want to say no to both, point to the inventory and my receipt, mention fair wear and tear, and say I'm happy to go to the DPS dispute service if we can't agree. I don't want to be rude because I might need a reference from them. Can you write that? Around 200 words, UK English.`,
  ],
  [
    "it",
    "medical:sens",
    `Ciao, mi aiuti a capire questo referto di mia zia? Lo ha ricevuto ieri e non ci capiamo niente. Spiegamelo in parole semplici, senza allarmismi ma onesto.

AZIENDA OSPEDALIERA — U.O. di Cardiologia
Paziente: ROSSI GIULIA
Codice fiscale: ⟦national_id|RSSGLI88M52F205E⟧
Data di nascita: ⟦date_of_birth|12/08/1988⟧
Tessera sanitaria n.: ⟦medical_record|80380000100238471920⟧

ECOCARDIOGRAMMA TRANSTORACICO
Ventricolo sinistro di normali dimensioni, spessori parietali nei limiti. Frazione di eiezione stimata 55%. Lieve ⟦health|prolasso del lembo anteriore della mitrale⟧ con ⟦health|insufficienza mitralica lieve-moderata⟧. Atrio sinistro lievemente dilatato. Sezioni destre nella norma. Non versamento pericardico.

Conclusioni: quadro compatibile con ⟦health|prolasso mitralico⟧. Si consiglia controllo ecocardiografico a 12 mesi e profilassi secondo linee guida in caso di procedure odontoiatriche. Valutare ⟦health|beta-bloccante a basso dosaggio⟧ se palpitazioni sintomatiche.

Lei ha 38 anni e fa sport, può continuare a correre?`,
  ],
  [
    "en",
    "spreadsheet:sens",
    `Our payroll export came out in a mess, can you put this into a clean table (Name, Role, Gross monthly, Sort code, Account) and total the gross column? Also flag anyone whose pay changed vs last month (last month: Fran 3,250, Ollie 2,900, Hamid 4,100, Bea 2,650).

Fran Gallagher - Office Manager - ⟦financial|3,250.00⟧ - ⟦bank_account|40-12-76⟧ ⟦bank_account|61829304⟧
Ollie Barnes - Warehouse Lead - ⟦financial|3,050.00⟧ - ⟦bank_account|09-01-28⟧ ⟦bank_account|17364820⟧
Hamid Rahimi - Accountant - ⟦financial|4,100.00⟧ - ⟦bank_account|20-45-77⟧ ⟦bank_account|83019276⟧
Bea Lindqvist - Sales Exec - ⟦financial|2,650.00⟧ + commission ⟦financial|412.50⟧ - ⟦bank_account|30-96-34⟧ ⟦bank_account|21875309⟧

Note Ollie got his promotion from 1 Nov. Bea's commission is for October. Pay date is 28th.`,
  ],
  [
    "nl",
    "chat:neg",
    "hoe schrijf ik een korte afwezigheidsmelding voor de kerstvakantie, kantoor dicht van 24 dec t/m 2 jan, voor spoed bel het algemene nummer",
  ],
  [
    "en",
    "email:neg",
    `Summarise this for our internal newsletter in 100 words: the Chancellor announced in today's Budget that the personal allowance freeze will be extended to 2030, the main rate of VAT stays at 20%, fuel duty is frozen for another year, and the national living wage rises to £12.71 an hour from April. She also confirmed a consultation on simplifying the employer National Insurance thresholds for small businesses.`,
  ],
  [
    "pl",
    "code:neg",
    `Mam funkcję do walidacji PESEL w JS, czy jest dobrze? Testuję na przykładowym numerze z dokumentacji 44051401359.

function isPesel(p) {
  if (!/^\\d{11}$/.test(p)) return false;
  const w = [1,3,7,9,1,3,7,9,1,3];
  const s = w.reduce((acc, x, i) => acc + x * +p[i], 0);
  return (10 - (s % 10)) % 10 === +p[10];
}`,
  ],
  [
    "en",
    "cv:neg",
    `Can you fill this CV template with a plausible example for a junior nurse so my students can see what good looks like? Keep placeholders for contact details.

[Full Name]
[City] | [Phone] | [email@example.com] | [LinkedIn URL]

Professional summary: ...
Clinical placements: ...
Skills: ...
Education: ...`,
  ],
  [
    "ru",
    "medical:sens",
    `Помоги написать заявление на отпуск по уходу для коллеги. Суть: у Ирины Петровны Соколовой мама после инсульта, а сама Ирина на прошлой неделе узнала, что у неё ⟦health|рассеянный склероз⟧, начинает ⟦health|терапию окрелизумабом⟧. Она просит 2 недели за свой счёт в январе. Текст должен быть вежливым и коротким.`,
  ],
  [
    "en",
    "hr:sens",
    `I need to draft a letter to an employee about a court order we received. Can you write it in a neutral, respectful tone? Key facts:

- Employee: Craig Fairbanks, warehouse operative, employed since 2021
- We've received an Attachment of Earnings Order from the County Court. It relates to ⟦financial|a County Court Judgment for £6,240 unpaid personal loan⟧.
- We are legally required to deduct ⟦financial|£185 per month⟧ from his net pay starting with the December payroll, plus a £1 admin fee per deduction which the law allows us to take.
- This will continue until the debt is paid or the court tells us to stop.
- We have to send the letter to his home address which is ⟦street_address|41 Cresswell Street, Hull HU3 2LP⟧ because he's on sick leave at the moment.
- He can contact payroll (Gemma) if he has questions. We won't share this with his line manager beyond what's needed.

Please make it clear that this doesn't affect his job and that we're just following the court's instructions. Also, should we mention where he can get free debt advice? I was thinking StepChange or Citizens Advice. Maybe a short paragraph at the end. We don't want it to sound like a telling-off. Around 250 words max.`,
  ],
  [
    "tr",
    "email:neg",
    `Bu duyuruyu İngilizceye çevirip biraz kısaltır mısın? Yabancı müşterilerimize gönderilecek.

"Değerli Müşterimiz,

Yılbaşı tatili nedeniyle 31 Aralık 2026 saat 13:00 ile 2 Ocak 2027 saat 09:00 arasında mağazalarımız ve çağrı merkezimiz kapalı olacaktır. Bu süre zarfında verilen online siparişler 2 Ocak itibarıyla kargoya teslim edilecektir.

İade ve değişim sürelerimiz, tatil süresince verilen siparişler için 14 günden 30 güne uzatılmıştır. İade işlemlerinizi web sitemizdeki 'Siparişlerim' bölümünden kolayca başlatabilirsiniz.

Her türlü soru ve öneriniz için 0850 222 33 44 numaralı çağrı merkezimizi arayabilir veya destek@modaevi.com.tr adresine e-posta gönderebilirsiniz. Genel müdürlük adresimiz: Büyükdere Cad. No: 185, Levent, 34394 İstanbul.

Yeni yılınızı en içten dileklerimizle kutlarız.

ModaEvi Mağazacılık A.Ş."

Resmi ama sıcak bir ton olsun lütfen, müşteriler çoğunlukla Almanya ve Hollanda'dan.`,
  ],
  [
    "en",
    "chat:sens",
    `hey can you turn this into a cute invite for the group chat? bday drinks for Jess saturday 7pm at her place: ⟦street_address|14 Kingfisher Crescent, Coorparoo QLD 4151⟧. BYO, she's doing pizzas. if you get lost ring Dan on ⟦phone|0417 392 806⟧. it's her 30th so dress up a bit!!`,
  ],
  [
    "en",
    "log:neg",
    `Why do my pods keep getting OOMKilled? Node has plenty of memory as far as I can tell.

$ kubectl get pods -n billing
NAME                              READY   STATUS      RESTARTS   AGE
invoice-worker-7d9f8c6b5-2xkqp    0/1     OOMKilled   14         3h
invoice-worker-7d9f8c6b5-9mwtz    1/1     Running     12         3h
invoice-api-6c8b7d9f4-lq2rs       1/1     Running     0          3h

$ kubectl describe pod invoice-worker-7d9f8c6b5-2xkqp -n billing
...
    Limits:
      memory:  512Mi
    Requests:
      memory:  256Mi
...
  Node:         ip-10-42-3-117.eu-west-1.compute.internal/10.42.3.117
  IP:           10.244.5.31
...
Events:
  Warning  BackOff  2m (x58 over 3h)  kubelet  Back-off restarting failed container

$ kubectl top node ip-10-42-3-117.eu-west-1.compute.internal
NAME                                          CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%
ip-10-42-3-117.eu-west-1.compute.internal     1340m        33%    9812Mi          61%

The worker loads a month of invoices into a pandas dataframe then renders PDFs. In December volumes roughly double. Should I just bump the limit to 1Gi or is there a better pattern? We're on EKS 1.30, node type m6i.xlarge, JVM isn't involved, it's Python 3.12.`,
  ],
  [
    "it",
    "email:sens",
    "Puoi rendere più formale questa mail? 'Ciao Fabio, per il rimborso della trasferta usa questo IBAN: ⟦iban|IT06 K030 6909 6061 0000 0172 934⟧ intestato a Chiara Esposito. Grazie, fammi sapere quando parte il bonifico'",
  ],
  [
    "en",
    "notes:sens",
    `I'm a life coach and I want to turn my rough session notes into a short summary I can email back to the client (she asked for one). Please keep it encouraging and don't include anything that sounds like a diagnosis, I'm not a therapist.

Client: Olivia Brennan — session 4 — 03/12

- Started by talking about the promotion she turned down in Nov. Still second-guessing.
- Mentioned she's been ⟦health|diagnosed with PCOS⟧ in the summer and the ⟦health|metformin⟧ makes her nauseous most mornings, which affects her energy for the 8am commute. She's asked her GP about the slow release version.
- Her psychiatrist increased her ⟦health|lamotrigine⟧ dose last month (⟦health|bipolar II⟧, stable for 2 yrs she says). She wanted me to know in case she seems "flat".
- Goals for Jan: one conversation with her manager about hybrid days, restart running 2x a week, finish the UX course module 3.
- Values exercise: top 3 were autonomy, creativity, security.
- Homework: write down 3 moments per week where she felt energised at work.
- Next session 17/12, 6:30pm, Zoom.

She said she's fine with me mentioning the health stuff in the summary because it's relevant to the energy goals, but please phrase it gently.`,
  ],
  [
    "nl",
    "form:neg",
    `Ik maak een handleiding voor nieuwe medewerkers over ons declaratieformulier. Kun je uitleggen wat ze in elk veld moeten invullen? Als voorbeeld gebruiken we de fictieve collega "Jan Voorbeeld" met het test-IBAN NL91 ABNA 0417 1643 00 uit de bankdocumentatie.

Naam: Jan Voorbeeld
Personeelsnummer: 00000
IBAN: NL91 ABNA 0417 1643 00
Kostenplaats: ____
Bedrag: €
Omschrijving: ____`,
  ],
  [
    "en",
    "question:neg",
    `We're building a small SaaS and storing user passwords in Postgres. Currently using SHA-256 with a single global salt (I know, I know). What's the right way in 2026, bcrypt vs argon2id, and how do we migrate existing hashes without forcing everyone to reset? Node backend.`,
  ],
  [
    "ru",
    "chat:sens",
    "Забронируй мне в голове билет Москва–Казань на 20 декабря, вот данные для формы: Смирнов Алексей Викторович, паспорт ⟦passport|45 18 392017⟧, д.р. ⟦date_of_birth|11.04.1986⟧. Какие поля ещё обычно нужны на сайте РЖД?",
  ],
  [
    "en",
    "travel:neg",
    `Can you make this into a day-by-day itinerary I can print?

Booking ref: QX7L2P
Outbound: BA 2590 Gatwick → Venice Marco Polo, Sat 14 Feb, dep 07:15 arr 10:30
Hotel: Hotel Ai Mori d'Oriente, Fondamenta della Sensa, Cannaregio 3319, 30121 Venezia, tel +39 041 711 001, 4 nights
Return: BA 2591, Wed 18 Feb, dep 11:20 arr 12:40
Things we want to do: Doge's Palace (booked 15 Feb 10:00), Burano, a cicchetti crawl, Peggy Guggenheim.`,
  ],
  [
    "pl",
    "email:sens",
    `Pomóż mi napisać maila do kadr: „Dzień dobry, informuję, że Tomasz Wójcik od poniedziałku jest na zwolnieniu lekarskim (L4) na 30 dni. Z tego co mówił, to ⟦health|złamanie kości łódeczkowatej⟧ i ⟦health|operacja⟧ w przyszłym tygodniu. Proszę o uwzględnienie w planie urlopów. Pozdrawiam, Agnieszka”. Czy powinnam w ogóle pisać o diagnozie?`,
  ],
  [
    "en",
    "email:sens",
    `Please draft a reply to this bank email on behalf of my brother. He asked me to help because his English writing is not so good. Make it respectful but request a restructuring.

Bank email:
"Dear Mr. Rohan Mehta,
This is to inform you that your Home Loan account no. ⟦bank_account|HL0036182947⟧ is overdue. EMI of ⟦financial|Rs. 42,380⟧ due on 05-11-2026 and 05-12-2026 remain unpaid. Total outstanding principal is ⟦financial|Rs. 38,40,216⟧. If the dues are not cleared within 30 days, the account will be classified as SMA-2 and further action under SARFAESI Act may be initiated. Kindly contact your branch at the earliest.
Regards, Retail Collections, Pune Camp Branch"

Background: Rohan lost his job in September when his company shut down the Pune office. He has a new offer starting 15 January with slightly lower pay. He can pay one EMI now and wants the bank to either give a 3 month moratorium or increase tenure so EMI comes down to around 35,000. His mobile is ⟦phone|+91 98220 47613⟧.

Please keep the tone humble but not begging, and mention he has paid every EMI on time for 6 years before this.`,
  ],
  ["en", "chat:neg", "write a tinder bio for Sherlock Holmes, 221B Baker Street, violin, occasional cocaine habit, very into bees"],
  [
    "en",
    "ocr:sens",
    `I scanned my W-2 and the OCR came out weird. Can you put the boxes back in order so I can type them into TurboTax? Don't worry about the state part.

a Employee's social security number  ⟦us_ssn|418-72-9053⟧
b Employer identification number (EIN)  84-1937265
c Employer's name, address, and ZIP code
   BLUE MESA LOGISTICS LLC
   1800 WAZEE ST STE 400
   DENVER CO 80202
e Employee's first name and initial  Last name
   DANIELLE R      OKONKWO
f Employee's address and ZIP code
   ⟦street_address|2291 S JOSEPHINE ST APT 3⟧
   ⟦street_address|DENVER CO 80210⟧
1 Wages, tips, other compensation   2 Federal income tax withheld
   ⟦financial|61,248.37⟧                       7,904.12
3 Social security wages   4 Social security tax withheld
   ⟦financial|64,100.00⟧                       3,974.20
5 Medicare wages and tips   6 Medicare tax withheld
   64,100.00                       929.45
12a  D  2,851.63
12b  W  1,200.00
13 Statutory employee ☐  Retirement plan ☒  Third-party sick pay ☐

Box 12a D is my 401k right? And why is box 1 lower than box 3?`,
  ],
  ["tr", "medical:neg", "Babamın tansiyonu 150/95 çıkıyor sabahları, doktor ilaç başlamadan önce tuzu azaltmasını söyledi. Günlük ne kadar tuz normal?"],
  [
    "en",
    "code:sens",
    `Why can't my app container connect to the db? docker compose up just loops on "connection refused"

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ⟦password|pg_Wr3nch!Falcon⟧
    ports: ["5432:5432"]
  app:
    build: .
    environment:
      DATABASE_URL: ⟦connection_string|postgres://shop:pg_Wr3nch!Falcon@localhost:5432/shop⟧
      STRIPE_SECRET: ⟦api_key|sk_live_51Nf8QeKx2Hd7ZpLmR4vT9yWcB3sJ0aGu6oEiPnXq⟧
    depends_on: [db]`,
  ],
  [
    "en",
    "school:neg",
    `Make this school newsletter paragraph shorter and friendlier: "Parents are reminded that the school gates open at 8:35am and close at 8:50am. Pupils arriving after 8:50am must be signed in at the main office. Illness absences must be reported before 9:30am on the first day of absence by calling the attendance line on 01632 960 214 or emailing attendance@oakfieldprimary.sch.uk. Holidays during term time will not be authorised except in exceptional circumstances."`,
  ],
  [
    "it",
    "notes:neg",
    `Puoi trasformare questi appunti in un verbale ordinato? Riunione di reparto marketing, 4 dicembre.

- presenti: tutti tranne Luca (ferie)
- campagna Natale: budget social aumentato del 15%, focus su Instagram e TikTok, meno Facebook
- risultati novembre: CTR medio 2,1%, sotto obiettivo (2,5%). Le creatività video funzionano meglio delle statiche
- nuovo sito: lancio spostato al 20 gennaio per ritardi dell'agenzia web
- fiera di Milano (marzo): confermato lo stand, 24 mq, padiglione 3. Serve materiale stampato entro metà febbraio
- formazione: corso Google Analytics 4 per 3 persone, costo 1.200 € totale, approvato
- prossima riunione: 18 dicembre ore 10

Stile formale, con punti e responsabili dove si capiscono.`,
  ],
  [
    "en",
    "chat:sens",
    "can u forward this to my accountant, shes asking for it again: SSN ⟦us_ssn|531-48-2207⟧, and my wife Karen's is ⟦us_ssn|529-61-8834⟧. thx",
  ],
  [
    "ru",
    "letter:neg",
    `Помоги составить шаблон заявления на возврат денег за некачественный товар. Нужны поля-заглушки, я потом сам заполню. Что-то вроде:

Директору ООО «________»
от ________________ (ФИО)
проживающего по адресу: ________________
телефон: ________________

ПРЕТЕНЗИЯ

«__» ________ 20__ г. мною в вашем магазине был приобретён товар ________ стоимостью ____ руб., что подтверждается кассовым чеком. В процессе эксплуатации обнаружились недостатки: ________.

Хочу чтобы там были ссылки на статьи Закона о защите прав потребителей (ст. 18, 22), срок ответа 10 дней и что в случае отказа я обращусь в суд и потребую неустойку 1% в день и штраф 50%. Сделай полностью, чтобы можно было распечатать. И добавь в конце место для подписи и даты, и перечень приложений (копия чека, фото дефекта).`,
  ],
  [
    "en",
    "bank:neg",
    `Be honest with me. I'm 29, I have about £8,200 on two credit cards (one at 24.9%, one at 0% until March), £2,000 in savings, and I take home about £2,300 a month. Rent is £950. Should I use the savings to clear the 24.9% card or keep it as an emergency fund? I keep going back and forth.`,
  ],
  [
    "nl",
    "medical:sens",
    `Hoi, ik ben praktijkondersteuner en moet een verwijsbrief herschrijven zodat hij duidelijker is voor de specialist. Kun je de structuur verbeteren (reden verwijzing, voorgeschiedenis, medicatie, vraagstelling)? De inhoud mag je niet veranderen.

Geachte collega,

Graag verwijs ik naar u mevrouw Fatima El Amrani, geboren ⟦date_of_birth|14-02-1977⟧, BSN ⟦national_id|173926484⟧, wonende ⟦street_address|Kanaalweg 42, 3526 KL Utrecht⟧.

Mevrouw is bekend met ⟦health|diabetes mellitus type 2⟧ sinds 2015 en ⟦health|hypertensie⟧. Zij gebruikt ⟦health|metformine 1000 mg 2dd⟧, ⟦health|gliclazide 80 mg 1dd⟧ en ⟦health|lisinopril 10 mg 1dd⟧. Ondanks medicatie en leefstijladvies blijft het HbA1c rond de 68 mmol/mol. Sinds twee maanden klaagt zij over tintelingen en doof gevoel in beide voeten, vooral 's nachts. Bij monofilamentonderzoek verminderde sensibiliteit aan de voetzolen beiderzijds. Voetpulsaties goed palpabel.

Graag uw beoordeling van ⟦health|mogelijke diabetische polyneuropathie⟧ en advies over insulinetherapie.

Mevrouw spreekt goed Nederlands maar neemt graag haar dochter mee.

Met collegiale groet,
huisartsenpraktijk De Linde`,
  ],
  [
    "en",
    "email:sens",
    `Pls help me write a formal email to the bank's account opening team. They said my application is incomplete. Here's what I want to send: "Dear Sir/Ma, kindly find my details for the account opening process. Full name: Ifeoma Grace Nwachukwu. NIN: ⟦national_id|48219375016⟧. Date of birth: ⟦date_of_birth|22/06/1994⟧. Residential address: ⟦street_address|No 7 Adeola Odeku Street, Victoria Island, Lagos⟧. I have also attached my utility bill. Thank you."`,
  ],
  [
    "en",
    "contract:sens",
    `Can you check this offer letter section for anything unusual before I sign? I'm the employee.

"3. REMUNERATION
3.1 The Employee shall receive a gross annual salary of ⟦financial|AUD 118,500⟧, payable fortnightly in arrears into the Employee's nominated account (BSB ⟦bank_account|063-182⟧, Account ⟦bank_account|1094 7723⟧).
3.2 In addition, the Company will contribute superannuation at the rate required under the Superannuation Guarantee legislation to the Employee's nominated fund.
3.3 The Employee will be eligible for a discretionary annual bonus of up to 10% of base salary, subject to individual and Company performance. Payment of any bonus is at the absolute discretion of the Company and does not form part of the Employee's contractual entitlements.
3.4 The Company may review the Employee's salary annually. There is no obligation to increase salary following a review.

4. PLACE OF WORK
4.1 The Employee's primary place of work will be the Company's office at Level 12, 180 Lonsdale Street, Melbourne VIC 3000. The Employee may work from their home address at ⟦street_address|7/22 Rathdowne Street, Carlton VIC 3053⟧ up to two days per week with the approval of their manager.

5. RESTRAINT
5.1 For a period of 12 months after termination the Employee shall not, within Australia, be engaged in any business competing with the Company."

Is a 12 month Australia-wide restraint enforceable? That seems like a lot.`,
  ],
  ["pl", "ticket:neg", "Napisz zgłoszenie do serwisu: drukarka HP LaserJet M404dn, nr seryjny PHBQK12345, zacina papier od tygodnia, biuro na 2 piętrze."],
  [
    "en",
    "chat:neg",
    `A colleague of mine (I won't say who, small office) told me in confidence she's starting chemo next month for breast cancer. She doesn't want anyone else to know yet. How do I support her at work without making it obvious to others? And should I say anything to our manager or leave that to her?`,
  ],
  [
    "tr",
    "medical:sens",
    "Bunu doktora gönderilecek şekilde düzeltir misin: 'Hocam, eşim Ayşe Yıldız'ın ⟦health|tiroid nodülü⟧ için biyopsi sonucu çıktı, ⟦health|papiller karsinom⟧ yazıyor. Ameliyat için ne zaman randevu alabiliriz?'",
  ],
  [
    "en",
    "question:neg",
    "what's the format of a UK National Insurance number? HMRC's docs use QQ 12 34 56 C as the example, are there prefixes that are never used?",
  ],
  [
    "ru",
    "spreadsheet:sens",
    `Отсортируй список по отделам и сделай красивую таблицу для рассылки поздравлений с Новым годом:

Кузнецова Ольга — бухгалтерия — ⟦phone|+7 916 482-17-30⟧
Орлов Дмитрий — склад — ⟦phone|+7 903 119-52-84⟧
Захарова Анна — бухгалтерия — ⟦phone|+7 925 730-46-12⟧
Белов Игорь — продажи — ⟦phone|+7 967 208-93-51⟧`,
  ],
  [
    "en",
    "email:neg",
    `Can you summarise this vendor security advisory for our CTO in 5 bullets? We use their SDK.

"Security Advisory SA-2026-11: Credential exposure in debug logging (CVSS 6.5)

Summary: Versions 4.2.0 through 4.6.1 of the Cloudkite Python SDK may write request signing headers to application logs when the log level is set to DEBUG. Affected customers who ship DEBUG logs to third-party services may have exposed AWS-style access key IDs and, in some configurations, secret keys.

Example of an affected log line (keys shown are the documented AWS example values, not real credentials):
DEBUG cloudkite.http Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261201/us-east-1/s3/aws4_request, Secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Remediation: Upgrade to 4.6.2 or later. Rotate any keys that may have been logged. Search historical logs for the string 'cloudkite.http Authorization'. Set the log level to INFO or above in production.

Timeline: reported by an external researcher on 12 November, fixed 28 November, published 5 December.

Contact: security@cloudkite.io (PGP key on our website)."

Also tell me what we should actually do this week.`,
  ],
  [
    "it",
    "chat:sens",
    "scrivi un messaggio per mia madre: 'mamma il PIN del bancomat nuovo è ⟦password|4827⟧, non lo scrivere sul foglietto nel portafoglio questa volta!!' ma più dolce",
  ],
  [
    "en",
    "support:neg",
    `Tidy up this redacted transcript for our training wiki, keep the redactions as they are:

Agent: Can I confirm your date of birth?
Caller: [REDACTED]
Agent: And the postcode on the account?
Caller: [REDACTED]
Agent: Thank you. I can see the direct debit failed on the 1st because the bank returned it. Would you like to pay by card now?
Caller: Yes please.
Agent: I'll transfer you to our secure automated line so you don't have to read the card out to me.`,
  ],
  [
    "en",
    "chat:sens",
    `Can you summarise this group chat? I've been offline all weekend and there are 200 messages, this is the important bit:

[Sat 10:12] Tash: ok so the surprise for Bec is confirmed for next Sat!!
[Sat 10:13] Mike: where
[Sat 10:13] Tash: her mum's place, ⟦street_address|28 Wattle Grove, Mount Lawley WA 6050⟧, her mum's in on it
[Sat 10:15] Priya: wait is Bec drinking?? 👀
[Sat 10:16] Tash: no and DON'T say anything, she's ⟦health|11 weeks pregnant⟧, she's telling everyone at christmas
[Sat 10:16] Mike: omg
[Sat 10:17] Tash: also she's had ⟦health|terrible morning sickness⟧ so no seafood or strong smells pls
[Sat 10:20] Jordo: I can do the playlist
[Sat 10:22] Tash: legend. everyone arrive by 6:30, she gets there at 7. if you're lost call her mum Linda on ⟦phone|0438 215 990⟧, NOT Bec
[Sat 10:25] Priya: what are we chipping in for the present
[Sat 10:26] Tash: $40 each, I'll send bank details
[Sat 11:02] Mike: what's the dress code
[Sat 11:04] Tash: garden party, it's outside, bring a jacket
[Sun 09:30] Jordo: can I bring my new gf
[Sun 09:41] Tash: yes but she has to keep the secret lol

What do I need to do and by when?`,
  ],
  [
    "nl",
    "chat:neg",
    `Kun je mijn sollicitatiebrief iets enthousiaster maken? Het gaat om een functie als junior marketeer bij een fietsenmerk in Utrecht. Ik heb net mijn hbo Communicatie afgerond en heb stage gelopen bij een evenementenbureau. Ik fiets elke dag 12 km naar mijn werk en ben echt fan van het merk. Mijn huidige brief is vrij saai en begint met "Hierbij solliciteer ik naar...".`,
  ],
  [
    "en",
    "medical:sens",
    "explain like I'm a nursing student: my patient John Reyes, newly dx ⟦health|type 2 diabetes⟧, A1C 9.2, started on ⟦health|metformin 500mg BID⟧ — what should I teach him before discharge?",
  ],
  [
    "en",
    "form:sens",
    `Double-check this rental application for typos before I submit it:

Applicant: Marcus J. Holloway
DOB: ⟦date_of_birth|03/17/1989⟧
SSN: ⟦us_ssn|602-41-7738⟧
Driver's license: ⟦driver_license|D482-7716-3309⟧ (CA)
Current address: ⟦street_address|4418 Fountain Ave Apt 12, Los Angeles, CA 90029⟧
Employer: Sunset Post Production, editor, 4 yrs
Monthly income: ⟦financial|$7,200⟧
Previous eviction: No`,
  ],
  [
    "pl",
    "chat:sens",
    `Hej, pomóż mi napisać zgłoszenie na policję / do Allegro, bo chyba mnie oszukali. Sprzedawałam rower na OLX, napisał do mnie gość że kupi i wyśle kuriera, przysłał link do „płatności” i tam wpisałam dane karty. Po godzinie zniknęło mi 3 800 zł z konta.

Moje dane do zgłoszenia: Katarzyna Nowak, ⟦street_address|ul. Ogrodowa 8/15, 90-217 Łódź⟧, tel. ⟦phone|512 834 290⟧, PESEL ⟦national_id|92032584511⟧.

Dane oszusta z rozmowy: podawał się za „Paweł K.”, numer z którego pisał na WhatsAppie ⟦phone|+48 789 412 036⟧ (pewnie fałszywy), link był do strony olx-bezpieczna-platnosc.pl.

Bank już zablokował kartę. Co jeszcze powinnam zrobić i jak to opisać, żeby policja potraktowała to poważnie?`,
  ],
  [
    "en",
    "question:neg",
    "What's the difference between a passport number and the passport book number on a US passport card? The DS-82 form asks for both and I'm confused.",
  ],
  [
    "ru",
    "code:neg",
    `Почему Faker выдаёт одинаковые ФИО в тестах? Код:

from faker import Faker
fake = Faker("ru_RU")
Faker.seed(42)
users = [{"name": fake.name(), "phone": fake.phone_number(), "inn": fake.individuals_inn()} for _ in range(5)]

Хочу чтобы данные были разные при каждом запуске, но воспроизводимые в CI.`,
  ],
  [
    "it",
    "email:neg",
    "Mi correggi questa mail? 'Gentile cliente, il nostro ufficio resterà chiuso dal 24/12 al 6/1. Per urgenze: assistenza@idraulicamorelli.it oppure 02 4859 1200.'",
  ],
  [
    "en",
    "chat:neg",
    `Summarise this bio for a conference programme, 80 words: "Dr. Anita Ramaswamy is Professor of Computational Biology at the University of Edinburgh, where she leads the Genome Dynamics Lab. Her research focuses on how chromatin structure shapes gene regulation in development and disease. She received her PhD from Cambridge in 2009 and was a postdoctoral fellow at the Broad Institute. She is a Fellow of the Royal Society of Edinburgh and serves on the editorial board of Genome Research. In 2024 she received the Francis Crick Medal. She has published over 90 papers and is a passionate advocate for open science and for widening participation in STEM."`,
  ],
];
