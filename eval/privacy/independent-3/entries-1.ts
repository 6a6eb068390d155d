/** Third held-out set, file 1 of 8: hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries1: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `Can you help me rewrite this so it sounds less cold? I'm the team lead and HR asked me to send it today.

---
Subject: Re: Re: cover for Q1 release

Hi all,

Quick update on staffing for the next six weeks. As some of you know, Martin Okafor will be out from Monday. He's asked me to be open with the team, so: he's having ⟦health|knee replacement surgery⟧ on the 14th and expects to be back on light duties in February. Please don't bombard him with Slack messages, he'll check in when he can.

In the meantime, Sandra will pick up release management and Yusuf will own the on-call rota. If you were planning leave in January please talk to me this week, not the week before, because we genuinely can't have three people out at once again like in October.

Also a reminder that the retro for the payments incident is Thursday at 2pm in the big room (Thames). Bring actual suggestions. "Communicate better" isn't one.

Thanks,
Claire
---

I want it to be warm about Martin but still firm about the leave thing. Keep it short, our team hates long emails.`,
  ],
  [
    "en",
    "question:neg",
    "whats the easiest way to redact social security numbers from a bunch of scanned PDFs before we send them to an outside auditor? we use adobe acrobat pro",
  ],
  [
    "es",
    "chat:sens",
    `Oye, me ayudas a pasar esto a un mensaje más formal para la gestoría? Es lo que le mandé a mi hermano por WhatsApp:

"Javi ya tengo todo para lo de la herencia de la abuela. Mi DNI es ⟦national_id|48273916K⟧ y el tuyo me lo pasó mamá, ⟦national_id|53019827C⟧. La gestora se llama Marta y su móvil es ⟦phone|612 48 30 97⟧, dice que la llamemos antes del viernes porque luego se va de vacaciones. Ah y necesita copia del libro de familia"

Quiero que quede educado y que pida cita para la semana que viene.`,
  ],
  [
    "en",
    "code:neg",
    `Why does this pytest fixture fail only on CI? Locally all green.

@pytest.fixture
def customer():
    return Customer(
        name="Jane Example",
        email="jane@example.com",
        card_number="4242 4242 4242 4242",
        exp="12/34",
        cvc="123",
    )

def test_charge(customer, stripe_mock):
    r = charge(customer, amount=1999)
    assert r.status == "succeeded"

CI error: stripe.error.AuthenticationError: No API key provided. Is the env var not passed to the test job?`,
  ],
  [
    "fr",
    "letter:sens",
    `Bonjour, pouvez-vous corriger et rendre plus percutant ce courrier de réclamation à ma banque ? Merci d'avance.

Objet : Contestation de prélèvements non autorisés

Madame, Monsieur,

Je soussignée Nathalie Ferrand, domiciliée au ⟦street_address|14 rue des Glycines, 69003 Lyon⟧, titulaire du compte ⟦iban|FR93 1780 7000 4529 3184 0517 236⟧ dans votre agence de Lyon Part-Dieu, vous écris pour contester trois prélèvements effectués les 3, 10 et 17 novembre au profit de la société « PRIMEBOX SERVICES », que je n'ai jamais autorisée.

J'ai appelé votre service client le 19 novembre, on m'a dit que ma demande serait traitée sous 48h. Trois semaines plus tard je n'ai aucune nouvelle, et un quatrième prélèvement a eu lieu hier. Le montant total s'élève désormais à 159,96 €.

Conformément à l'article L133-18 du Code monétaire et financier, je vous demande le remboursement immédiat de ces sommes ainsi que l'opposition définitive à tout prélèvement de ce créancier.

Vous pouvez me joindre au ⟦phone|06 47 21 88 30⟧ ou par mail à ⟦email|n.ferrand69@orange.fr⟧.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Nathalie Ferrand`,
  ],
  [
    "de",
    "ticket:neg",
    `Kannst du mir helfen das Ticket sauber zu formulieren?

Seit dem Update gestern Abend erreicht der Druckserver PRN-02 (10.20.4.15) den Fileserver FS-01 (10.20.4.3) nicht mehr. Ping geht, SMB nicht. Betroffen sind alle Drucker im 2. OG. Firewall-Regel 114 wurde laut Changelog angepasst. Bitte prüfen, ggf. Rollback. Ansprechpartner: IT-Hotline Durchwahl -200.`,
  ],
  [
    "en",
    "landlord:sens",
    `I need help writing a firm but polite letter to my landlord. Here's the situation and what I've got so far, please tidy it up and make it sound like I know my rights (I'm in England).

Background: the boiler has been broken since 28 October. I reported it three times by phone and once by email. He sent a "mate" round who looked at it for ten minutes and left. We have a 2 year old and it's been 4 degrees at night. I've been using two electric heaters which is costing a fortune.

My draft:

Dear Mr Haddon,

I am writing regarding the property at ⟦street_address|Flat 3, 27 Beechwood Road, Sheffield S7 1QR⟧, which I rent from you under an assured shorthold tenancy starting 1 March 2025.

As you know the boiler has not worked for over five weeks. Under section 11 of the Landlord and Tenant Act 1985 you are responsible for keeping the installations for heating and hot water in repair. I reported the fault on 28 October, 2 November, 9 November (by phone) and 15 November (by email).

If the boiler is not properly repaired by a Gas Safe registered engineer within 7 days I will contact Sheffield City Council's private housing team. I also want to discuss a reduction in rent for the period without heating.

You can reach me on ⟦phone|07831 562 904⟧ any time after 5pm.

Regards,
Amy Thornton

Is 7 days reasonable or should I give 14? And should I mention the heater costs?`,
  ],
  [
    "pt-BR",
    "form:sens",
    `preciso que vc confira se tá faltando alguma coisa nesse cadastro antes de eu mandar pra imobiliária:

Nome: Rafael Nunes de Almeida
CPF: ⟦national_id|482.917.365-37⟧
RG: ⟦national_id|32.418.907-5⟧ SSP/SP
Data de nascimento: ⟦date_of_birth|09/11/1991⟧
Endereço atual: ⟦street_address|Rua Cardeal Arcoverde, 1420, apto 52, Pinheiros, São Paulo - SP, 05407-002⟧
Celular: ⟦phone|(11) 98734-2210⟧
Renda mensal: ⟦financial|R$ 8.400,00⟧
Profissão: analista de sistemas`,
  ],
  [
    "en",
    "medical:neg",
    `Summarise this case for a teaching slide, 5 bullet points max:

A 54-year-old male presented to the ED with 2 hours of crushing central chest pain radiating to the left arm, diaphoresis and nausea. PMH: T2DM, hypertension, 30 pack-year smoker. ECG showed ST elevation in II, III and aVF. Troponin T 1,240 ng/L. He was taken for primary PCI; a 95% occlusion of the RCA was stented. Discharged day 4 on dual antiplatelets, high-intensity statin, bisoprolol and ramipril. Referred to cardiac rehab.`,
  ],
  [
    "en",
    "cv:sens",
    `Please improve my CV summary and bullet points, I'm applying for senior data analyst roles in Bangalore and Pune. Also tell me if I should remove anything, my friend said personal details are too much.

ANANYA KRISHNAMURTHY
⟦street_address|No. 42, 3rd Cross, HSR Layout Sector 2, Bengaluru 560102⟧ | ⟦phone|+91 98450 61327⟧ | ⟦email|ananya.krish91@gmail.com⟧
DOB: ⟦date_of_birth|17-06-1991⟧ | Marital status: Married | Nationality: Indian

PROFILE
Data analyst having 6+ years of experience in retail and fintech domain. Good knowledge in SQL, Python, Power BI, Tableau. Hardworking and team player.

EXPERIENCE
Data Analyst II, Flipkart (2021 - present)
- Did dashboards for category managers
- Worked on pricing analysis for electronics category, helped to increase margin
- Automated weekly reports using Python which saved lot of time

Analyst, Mu Sigma (2018 - 2021)
- Worked for US retail client on demand forecasting
- Made SQL queries and excel reports

EDUCATION
B.E. Computer Science, RV College of Engineering, 2018, 8.4 CGPA

SKILLS
SQL, Python (pandas, sklearn), Power BI, Tableau, Excel, A/B testing, basic Spark

Please make the bullets sound more impact-focused with numbers where possible (I can fill real numbers later).`,
  ],
  ["en", "chat:neg", "im on 62k as a mid level backend dev in Leeds, 4 yrs exp. is that low? thinking of asking for a raise but not sure what to ask for"],
  [
    "fr",
    "school:neg",
    `Vous pouvez m'aider à répondre à ce mot de l'école ? Je veux juste dire que ma fille participera et que je peux accompagner.

« Chers parents, la classe de CE2 B partira en sortie au Muséum d'histoire naturelle le jeudi 12 décembre. Départ 8h30 devant l'école, retour vers 16h. Prévoir un pique-nique. Nous recherchons deux parents accompagnateurs. Pour toute question, contactez le secrétariat au 01 45 32 10 87. Mme Lefèvre »`,
  ],
  [
    "en",
    "log:sens",
    `Our login endpoint is getting hammered, can you tell me from these lines whether it's one actor or a botnet, and suggest fail2ban rules?

⟦ip_address|86.143.27.201⟧ - - [06/Dec/2026:23:14:02 +0000] "POST /api/login HTTP/1.1" 401 58 "-" "python-requests/2.31"
⟦ip_address|86.143.27.201⟧ - - [06/Dec/2026:23:14:02 +0000] "POST /api/login HTTP/1.1" 401 58 "-" "python-requests/2.31"
⟦ip_address|31.52.118.9⟧ - - [06/Dec/2026:23:14:03 +0000] "POST /api/login HTTP/1.1" 200 412 "https://app.ourshop.co.uk/" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1)"
⟦ip_address|86.143.27.201⟧ - - [06/Dec/2026:23:14:03 +0000] "POST /api/login HTTP/1.1" 401 58 "-" "python-requests/2.31"`,
  ],
  [
    "de",
    "email:sens",
    `Hallo, ich muss meiner Steuerberaterin schreiben und bin mir bei ein paar Formulierungen unsicher. Kannst du das glätten und kürzer machen?

Liebe Frau Kessler,

anbei wie besprochen die Unterlagen für die Einkommensteuererklärung 2025 für meinen Mann und mich. Ein paar Punkte vorab:

1. Meine Steuer-ID ist ⟦national_id|47162930855⟧, die von Jörg ⟦national_id|58293017467⟧. Die alten Bescheide liegen bei.
2. Jörg hat im Juli den Arbeitgeber gewechselt. Bei der alten Firma lag sein Bruttogehalt bei ⟦financial|4.850 € im Monat⟧, jetzt sind es ⟦financial|5.600 €⟧. Die Lohnsteuerbescheinigungen beider Arbeitgeber sind im Ordner.
3. Ich war von März bis Mai wegen ⟦health|Burnout⟧ krankgeschrieben und habe Krankengeld bezogen, Bescheinigung der Krankenkasse liegt bei.
4. Wir haben im September eine neue Heizung einbauen lassen (Rechnung 18.900 €). Gibt es da die Förderung über die Steuer oder nur über die BAFA?
5. Handwerkerrechnungen für das Bad habe ich markiert.

Rückerstattung bitte wie immer auf unser Gemeinschaftskonto ⟦iban|DE85 1002 0500 0008 8374 61⟧.

Falls Sie noch etwas brauchen, erreichen Sie mich am besten abends.

Viele Grüße
Katrin Vogel`,
  ],
  [
    "en",
    "config:sens",
    `why does prisma say "authentication failed" with this .env? DATABASE_URL="⟦connection_string|postgresql://app_user:T4nge!rine_88@db.internal.lan:5432/shop⟧"`,
  ],
  [
    "en",
    "support:neg",
    `Can you summarise this support chat into 3 lines for our CRM notes? Customer details are already in the ticket so no need to repeat them.

[14:02] Agent (Priya): Hi, thanks for contacting BrightHome support! How can I help?
[14:02] Customer: my order never arrived, its been 12 days
[14:03] Agent (Priya): Sorry to hear that. Could you give me the order number?
[14:03] Customer: BH-20931877
[14:04] Agent (Priya): Thanks. I can see it was shipped with DPD, tracking 15501234987654. The tracking shows it was delivered to a parcel shop on 29 Nov.
[14:05] Customer: nobody told me that!!
[14:05] Agent (Priya): I'm sorry, the notification should have gone out. The parcel shop keeps items for 10 days, so it may have been returned. I'll open an investigation with DPD.
[14:06] Customer: and I want a refund if it's gone, I paid with my card ending 4821
[14:07] Agent (Priya): Absolutely. If DPD confirms it was returned to us, the refund will go back to the card ending 4821 within 5 working days. Reference for this case: CS-558102.
[14:07] Customer: ok fine. thanks
[14:08] Agent (Priya): You're welcome, have a good afternoon!

Make it neutral and factual, our manager complained the notes were too chatty.`,
  ],
  [
    "es",
    "email:neg",
    `Traduce al inglés este aviso que nos llegó de la aseguradora, es para un compañero de Londres: "Estimado cliente, le recordamos que puede gestionar sus siniestros en nuestra web o llamando al 900 123 456 (gratuito, L-V 8:00-20:00). Para reclamaciones escriba a atencion.cliente@segurosmediterraneo.es. Nunca le pediremos sus contraseñas por teléfono."`,
  ],
  [
    "en",
    "spreadsheet:sens",
    `Turn this into a birthday calendar for the office kitchen board, month by month, first names only. Don't include years.

Name	Dept	DOB	Mobile
Greg Hollis	Sales	⟦date_of_birth|03/02/1987⟧	⟦phone|0412 556 019⟧
Mei Tanaka	Finance	⟦date_of_birth|21/07/1993⟧	⟦phone|0433 901 247⟧
Josh Whitaker	Ops	⟦date_of_birth|11/11/1979⟧	⟦phone|0401 338 762⟧
Leila Haddad	Sales	⟦date_of_birth|30/04/1990⟧	⟦phone|0425 117 840⟧`,
  ],
  ["pt-BR", "question:neg", "como faço uma máscara de CPF no input do React tipo 000.000.000-00 sem usar biblioteca? quero que formate enquanto digita"],
  [
    "en",
    "travel:sens",
    `Can you check if anything is wrong in this booking before I pay? Flight is for my dad.

Passenger 1: MR RAJESH KUMAR SHARMA
Date of birth: ⟦date_of_birth|04 AUG 1958⟧
Passport: ⟦passport|Z4829173⟧ exp 12 MAR 2031, issued India
Route: DEL-LHR AI111, 22 DEC 2026, Economy
Contact: ⟦email|rk.sharma58@rediffmail.com⟧ / ⟦phone|+91 98112 73045⟧
Special assistance: wheelchair to aircraft door (WCHR)`,
  ],
  [
    "en",
    "notes:neg",
    `Turn these raw notes from today's planning meeting into a clean summary with owners and dates. We're a 40-person SaaS company.

- Q4 revenue landed at £3.1m, 6% under plan, mostly because two enterprise deals (Halberd Logistics, NorthPeak Energy) slipped into Jan
- churn up from 1.8 to 2.3% monthly, mostly SMB plan, Daniel thinks it's the price change in Sept
- Hiring: freeze on everything except the 2 support roles and the staff engineer role already open
- Board meeting 22 Jan, deck draft due 15 Jan, Ruth owns
- Sales wants annual prepay discount raised from 10 to 15%, finance against, decision parked until we see Jan numbers
- Security: SOC 2 Type II audit window starts 1 Feb. Tom to chase the 4 outstanding policies (access review, vendor mgmt, BCP, incident response)
- Office: lease renewal at Clerkenwell due in March, landlord wants +12%, Ruth to look at 2 alternatives in Farringdon
- Product: mobile app beta slipping to end of Feb, Android push notifications still flaky
- Offsite: tentatively 12-13 March, Brighton, budget 18k
- AOB: Christmas party 19 Dec, the Dalston place, Daniel to send calendar invite

Format: sections for Finance, People, Security, Product, Ops. Bullets, each with owner and date if there is one.`,
  ],
  [
    "de",
    "medical:sens",
    `Bitte in einfache Sprache übersetzen, ist der Arztbrief von meinem Vater:

Patient: Herr Wolfgang Brenner, geb. ⟦date_of_birth|12.05.1949⟧, Pat.-Nr. ⟦medical_record|2024-118734⟧
Diagnosen: ⟦health|Vorhofflimmern, paroxysmal⟧; ⟦health|arterielle Hypertonie⟧; ⟦health|Z. n. TIA 03/2024⟧
Therapie: ⟦health|Apixaban 5 mg 1-0-1⟧, ⟦health|Bisoprolol 2,5 mg 1-0-0⟧
Empfehlung: Kontrolle beim Hausarzt in 4 Wochen.`,
  ],
  ["en", "email:sens", "make this less blunt pls: 'Hi Tom my new number is ⟦phone|07812 448 915⟧, old one is dead. call after 6 not before, I'm at work'"],
  [
    "fr",
    "question:neg",
    "C'est quoi la différence entre un numéro de sécurité sociale et un numéro fiscal en France ? On me demande les deux pour un dossier de location.",
  ],
  [
    "en",
    "contract:neg",
    `Explain in plain English what this clause means for us as the supplier, and whether the liability cap is normal for a software contract of this size (annual fee about £85k).

12. LIMITATION OF LIABILITY

12.1 Nothing in this Agreement shall limit or exclude either party's liability for (a) death or personal injury caused by its negligence; (b) fraud or fraudulent misrepresentation; or (c) any other liability which cannot be limited or excluded by applicable law.

12.2 Subject to clause 12.1, the Supplier shall not be liable to the Customer, whether in contract, tort (including negligence), breach of statutory duty or otherwise, for any (a) loss of profits; (b) loss of sales or business; (c) loss of agreements or contracts; (d) loss of anticipated savings; (e) loss of or damage to goodwill; or (f) indirect or consequential loss.

12.3 Subject to clause 12.1, the Supplier's total liability to the Customer in respect of all losses arising under or in connection with this Agreement shall in no circumstances exceed 100% of the Fees paid by the Customer in the twelve (12) months preceding the event giving rise to the claim.

13. NOTICES

13.1 Any notice shall be in writing and delivered by hand or by pre-paid first-class post to the registered office of the relevant party: for the Supplier, Ledgerline Software Ltd, 2nd Floor, 41 Corporation Street, Manchester M4 2AF; for the Customer, Harbour Freight Group plc, Dock House, Quayside, Newcastle upon Tyne NE1 3DX.

Do we need to worry about 12.3 being "fees paid" rather than "fees payable"?`,
  ],
  [
    "en",
    "bank:sens",
    `Help me write a complaint to Barclays. They froze my account for "security checks" 9 days ago and nobody can tell me anything. Account details: sort code ⟦bank_account|20-31-58⟧, account number ⟦bank_account|73019482⟧. My rent (£1,150) bounced because of this and I got a £50 late fee. I want them to cover the fee and explain what's going on. Keep it under 200 words.`,
  ],
  [
    "es",
    "ocr:sens",
    `Hola, escaneé el contrato de alquiler con el móvil y el texto salió así, me lo puedes limpiar y decirme si la cláusula de la fianza es legal? Gracias

CONTRATO  DE  ARRENDAMIENTO  DE  VIVIENDA
En  Valencia,  a  1  de  septiembre  de  2026

REUNIDOS
De  una  parte,  D.  Andrés  Llorca  Ibáñez,  mayor  de  edad,  con  DNI  ⟦national_id|71640352K⟧,  en  adelante  EL  ARRENDADOR.
De  otra  parte,  Dña.  Lucía  Moreno  Sáez,  mayor  de  edad,  con  NIE  ⟦national_id|Y4821937R⟧,  y  domicilio  a  efectos  de  notificaciones  en  ⟦street_address|C/  Sueca  38,  pta  7,  46006  Valencia⟧,  en  adelante  LA  ARRENDATARIA.

EXPONEN
I.  Que  el  arrendador  es  propietario  de  la  vivienda  sita  en  ⟦street_address|C/  Cuba  12,  3º  B,  46006  Valencia⟧.
II.  Que  ambas  partes  acuerdan  el  arrendamiento  con  arreglo  a  las  siguientes

CLÁUSULAS
PRIMERA.  Duración.  Un  año  prorrogable  según  LAU.
SEGUNDA.  Renta.  850  €  mensuales,  pagaderos  los  cinco  primeros  días  de  cada  mes  en  la  cuenta  ⟦iban|ES90  2038  5921  4760  0031  8254⟧.
TERCERA.  Fianza.  La  arrendataria  entrega  en  este  acto  tres  mensualidades  (2.550  €)  en  concepto  de  fianza,  que  no  será  devuelta  si  abandona  la  vivienda  antes  de  18  meses.
CUARTA.  Gastos.  Serán  por  cuenta  de  la  arrendataria  el  IBI  y  la  comunidad.

Y  en  prueba  de  conformidad  firman  ...`,
  ],
  [
    "en",
    "chat:neg",
    `I'm writing a mystery novel. My detective, Inspector Hollis Crane, lives at 14 Mallory Lane in the fictional town of Ashcombe and drives a battered green Volvo. His sister Edith is a GP who secretly has early-onset Parkinson's. Can you help me write the scene where Crane first notices her tremor at Sunday lunch? Keep it understated, about 300 words.`,
  ],
  [
    "en",
    "hr:sens",
    `I need to write a short note for our HR file after my 1:1 with Priya Venkatesh today. Key points: she told me she's been on ⟦health|sertraline⟧ since March for ⟦health|anxiety⟧ and that's partly why she's been missing the early standups. We agreed she can start at 10 on Tue/Thu for the next 2 months and we'll review in February. She asked that this not be shared with the wider team. Can you write it in a neutral, supportive, factual tone?`,
  ],
  ["de", "chat:neg", "wie formuliere ich eine kündigung für mein fitnessstudio, vertrag läuft noch 3 monate, will aber zum nächstmöglichen termin raus"],
  [
    "en",
    "code:sens",
    `This script worked last week and now returns 401 from both APIs. Nothing changed on my side I swear. Can you spot anything?

import os, requests, boto3

OPENAI_KEY = "⟦api_key|sk-proj-Qm7vT2xKp9LrW4bN8cYh3JdF6sZaE1uG0oPiVnRt5yXwMkHl⟧"
s3 = boto3.client(
    "s3",
    aws_access_key_id="⟦api_key|AKIA4XQ7PLMN2RVB8KTD⟧",
    aws_secret_access_key="⟦api_key|w9Jr+Kd2mQx7LhV4tPz1Ns8Yb3Cf6GeRa0UoIiWk⟧",
    region_name="eu-west-2",
)

def summarise(text):
    r = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {OPENAI_KEY}"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]

def main():
    objs = s3.list_objects_v2(Bucket="reports-weekly", Prefix="2026/")
    for o in objs.get("Contents", []):
        body = s3.get_object(Bucket="reports-weekly", Key=o["Key"])["Body"].read().decode()
        print(o["Key"], summarise(body)[:200])

if __name__ == "__main__":
    main()

Also is there a cleaner way to do the pagination on list_objects_v2? We have more than 1000 files now.`,
  ],
  [
    "pt-BR",
    "email:sens",
    `Oi, preciso responder esse email da empresa de cobrança mas não quero parecer desesperada nem admitir nada que me prejudique. Pode reescrever minha resposta?

Email deles:
"Prezada Sra. Juliana Pacheco, consta em nosso sistema um débito em seu nome junto ao Banco Meridional no valor atualizado de ⟦financial|R$ 14.382,19⟧, referente ao contrato de cartão de crédito nº 00918273. Propomos quitação à vista com 60% de desconto até 15/12. Caso contrário, seu nome será incluído nos órgãos de proteção ao crédito."

Minha resposta (rascunho):
"Boa tarde. Recebi o email de vocês. Eu sei que tenho essa dívida, fiquei desempregada em 2024 e não consegui pagar. Hoje estou trabalhando de novo mas ganho pouco. Não consigo pagar à vista, mas talvez consiga parcelar em umas 12 vezes de uns 300 reais. Meu CPF é ⟦national_id|305.618.294-89⟧ e meu telefone é ⟦phone|(21) 99618-4472⟧ se quiserem ligar. Mas por favor não me liguem no horário de trabalho. Também queria saber por que o valor está tão alto se a dívida original era uns 6 mil."

Quero que fique firme, que peça o demonstrativo do cálculo dos juros, e que não reconheça o valor total antes de ver isso.`,
  ],
  [
    "en",
    "question:neg",
    `Under UK GDPR how long can we keep CVs from unsuccessful applicants? We're a small recruitment agency and our current policy just says "as long as necessary" which I'm told isn't good enough. What do other agencies usually do, 6 months, 12 months? And do we need consent to keep them for future roles?`,
  ],
  [
    "fr",
    "chat:sens",
    "tu peux écrire un petit mot pour les invités du week-end ? genre bienvenue, le wifi c'est « Livebox-8A2C » et le mdp ⟦password|Vacances2026!Lou⟧, les clés de la cave sont sous le pot de fleurs",
  ],
  [
    "en",
    "school:sens",
    `Can you help me write an email to my son's new teacher? Points to cover: his name is Leo Martins, Year 3, born ⟦date_of_birth|14/03/2018⟧. He has ⟦health|ADHD⟧ and takes ⟦health|Medikinet 10mg⟧ in the morning, which wears off by about 1pm so afternoons can be harder. He also has a ⟦health|severe peanut allergy⟧, EpiPen in his bag. I'd like to set up a short meeting in the first two weeks. Friendly but clear.`,
  ],
  [
    "en",
    "log:neg",
    `what's going on here? the webhook retries forever

2026-12-06T10:41:07Z INFO  webhook.dispatch id=wh_81f2 target=https://hooks.example.com/orders attempt=1
2026-12-06T10:41:12Z WARN  webhook.dispatch id=wh_81f2 connect timeout to 192.0.2.44:443
2026-12-06T10:41:42Z INFO  webhook.dispatch id=wh_81f2 attempt=2
2026-12-06T10:41:47Z WARN  webhook.dispatch id=wh_81f2 connect timeout to 192.0.2.44:443
2026-12-06T10:42:47Z INFO  webhook.dispatch id=wh_81f2 attempt=3 backoff=60s max_attempts=null`,
  ],
  [
    "es",
    "medical:neg",
    "mi madre tiene diabetes tipo 2 y el médico le dijo que baje los carbohidratos, me das ideas de cenas fáciles? no le gusta mucho el pescado",
  ],
  [
    "en",
    "email:neg",
    `Can you turn this council email into a short WhatsApp message for our street group? Just the key dates and what to do.

"Dear Resident,

Changes to your waste and recycling collections over the festive period

Please note that collections will be one day later than usual from Thursday 25 December to Friday 2 January. Collections normally due on Thursday 25 December will take place on Friday 26 December, and so on. Normal collection days resume from Monday 5 January.

Real Christmas trees can be recycled. Please remove all decorations, lights and stands, cut trees taller than 1.5 metres in half and leave them next to your green bin on your usual garden waste collection day in the week commencing 12 January. Artificial trees cannot be collected and should be taken to a household waste recycling centre.

Wrapping paper which passes the 'scrunch test' (stays scrunched in a ball) can go in your blue recycling bin. Foil-lined and glittery paper cannot be recycled and should go in your black bin.

Household waste recycling centres will be closed on 25 and 26 December and 1 January. At all other times they will operate normal opening hours, 8am to 6pm.

For more information visit our website or call our contact centre on 0114 273 4567 (Mon-Fri 8.30am to 5pm).

Thank you for recycling and have a happy and safe festive season.

Waste Management Services"

Keep emojis to a minimum lol`,
  ],
  [
    "de",
    "form:sens",
    `Kannst du aus dieser Mieterselbstauskunft einen kurzen Begleittext an die Hausverwaltung machen, in dem wir uns vorstellen? Die Auskunft selbst hänge ich als PDF an, aber hier der Inhalt, damit du weißt, was drinsteht:

MIETERSELBSTAUSKUNFT
Objekt: 3-Zimmer-Wohnung, Lindenstraße 8, 2. OG links, 04107 Leipzig

Mietinteressent 1: Tobias Reinhardt
Geburtsdatum: ⟦date_of_birth|23.08.1990⟧
Derzeitige Anschrift: ⟦street_address|Karl-Heine-Straße 61, 04229 Leipzig⟧
Telefon: ⟦phone|0176 48210937⟧
E-Mail: ⟦email|tobias.reinhardt@posteo.de⟧
Beruf / Arbeitgeber: Softwareentwickler, unbefristet, seit 2019
Nettoeinkommen: ⟦financial|3.420 € monatlich⟧

Mietinteressentin 2: Sarah Reinhardt, geb. Winkler
Geburtsdatum: ⟦date_of_birth|02.01.1992⟧
Beruf: Grundschullehrerin (verbeamtet)
Nettoeinkommen: ⟦financial|3.050 € monatlich⟧

Haustiere: keine
Raucher: nein
Mietschulden / Räumungsklage in den letzten 5 Jahren: nein
Insolvenzverfahren: nein
SCHUFA-Auskunft liegt bei.

Bankverbindung für Kaution: ⟦iban|DE81 5001 0517 0648 3927 15⟧

Der Text soll freundlich sein, nicht zu lang, und erwähnen, dass wir gern auch kurzfristig zur Besichtigung kommen.`,
  ],
  [
    "en",
    "support:sens",
    `Can you write a summary of this call transcript for our escalation team? Include what the customer wants and what we promised.

AGENT: Thanks for calling Northwind Energy, this is Carl, can I take your name please?
CUSTOMER: It's Deborah Mensah.
AGENT: Thanks Deborah. And to find your account, can I have the first line of your address and postcode?
CUSTOMER: ⟦street_address|112 Lansdowne Avenue, Leicester LE2 3HW⟧.
AGENT: Lovely, I've got you. What can I help with today?
CUSTOMER: I've been charged £412 for last month and I normally pay about 90. I've had a smart meter since July. Something is wrong.
AGENT: I can see the bill. It looks like the meter stopped sending readings in August and the bill was estimated, then corrected when it reconnected, so it's a catch-up.
CUSTOMER: But I've been paying every month. How can I owe that much?
AGENT: The direct debit was set on the estimate. I'm really sorry about this. I can spread the catch-up over six months and raise a complaint so someone can check the readings.
CUSTOMER: I want someone to call me, not email. My mobile is ⟦phone|07944 218 503⟧.
AGENT: Of course. And the email we have is ⟦email|deb.mensah@btinternet.com⟧, is that still right for the complaint reference?
CUSTOMER: Yes.
AGENT: Done. Your complaint reference is NW-CMP-229184. Someone from our complaints team will call within 5 working days. In the meantime I've paused the direct debit increase.
CUSTOMER: OK. Thank you Carl.

Keep it to bullet points.`,
  ],
  ["en", "chat:neg", "How much is Taylor Swift actually worth now, and how much of that is from the Eras tour vs her masters?"],
  [
    "pt-BR",
    "ticket:neg",
    `Me ajuda a escrever o chamado pro suporte do ERP? O problema: desde a atualização 4.12 o relatório de contas a pagar (módulo FIN-08) demora mais de 10 minutos e às vezes dá timeout. Servidor de aplicação 172.16.10.21, banco 172.16.10.30. Acontece com todos os usuários do financeiro. Já reiniciamos o serviço. Nosso contrato é o CT-2024-0571.`,
  ],
  [
    "fr",
    "email:sens",
    `Peux-tu rendre ce mail au service RH plus professionnel ? « Bonjour, je vous informe que Karim Benali sera en arrêt maladie à partir de lundi pour 3 semaines, il doit se faire opérer d'une ⟦health|hernie discale⟧. Il m'a demandé de ne pas en parler à l'équipe. Son arrêt vous sera transmis par la CPAM. Merci de prévoir le maintien de salaire. Cordialement, Hélène »`,
  ],
  [
    "en",
    "spreadsheet:neg",
    `Can you clean up this inventory paste into a proper table with columns and flag anything with a missing serial?

SKU-4471 Dell Latitude 5440 SN 7HXK2Y3 assigned IT pool
SKU-4472 Dell Latitude 5440 SN 9PQW4R1 assigned Finance
SKU-4473 Dell Latitude 5440 SN — assigned Marketing
SKU-5102 Logitech MX Keys SN 2231LZ0K8A9 spare
SKU-6010 Poly Studio P5 SN PSP5-8812-0041 Meeting Rm 3
SKU-6011 Poly Studio P5 SN (blank) Meeting Rm 4`,
  ],
  [
    "en",
    "letter:sens",
    `Please proofread this invitation letter. My brother-in-law is applying for a UK visitor visa and the embassy wants a letter from the host. Check grammar and tell me if I'm missing anything the Home Office usually wants.

To: Entry Clearance Officer, UK Visas and Immigration

Date: 7 December 2026

Dear Sir/Madam,

Re: Letter of invitation for Mr. Oluwaseun Adebayo Bankole

I, Adaeze Bankole, am a British citizen residing at ⟦street_address|9 Cranbrook Gardens, Ilford IG1 4PU⟧. I am writing to confirm that I have invited my brother-in-law, Mr. Oluwaseun Adebayo Bankole (date of birth ⟦date_of_birth|19 September 1984⟧, Nigerian passport number ⟦passport|B50482917⟧), to visit my family in the United Kingdom from 18 January 2027 to 8 February 2027.

The purpose of his visit is to attend the christening of my daughter on 24 January 2027 and to spend time with our family. He will stay with us at the above address for the duration of his visit and I will provide accommodation and meals.

Mr. Bankole works as a senior accountant with a firm in Lagos and has strong family and professional ties to Nigeria, including his wife and two children. He will return to Nigeria at the end of his visit.

I have enclosed a copy of my British passport, proof of address and my last three months' bank statements. My contact number is ⟦phone|07395 662 018⟧ and email ⟦email|adaeze.bankole@outlook.com⟧ should you require further information.

Yours faithfully,
Adaeze Bankole`,
  ],
  ["es", "chat:neg", "cómo le explico a mi jefe que necesito teletrabajar dos días por semana sin que suene a que no quiero ir a la oficina?"],
  [
    "en",
    "email:sens",
    `Abeg help me polish this email to the supplier, I want it to sound professional: "Good afternoon Mr Eze, following our discussion, kindly pay the balance of N2,450,000 to our account below before Friday so we can release the goods. Account name: Chukwuemeka Obi Ventures. Bank: GTBank. Account no: ⟦bank_account|0148273956⟧. Please send proof of payment to ⟦phone|0803 417 2290⟧ on WhatsApp. Thanks and God bless."`,
  ],
  ["en", "question:neg", "does HIPAA apply to a fitness app that stores heart rate from users' watches, if we're not a healthcare provider?"],
  [
    "de",
    "email:neg",
    `Fass mir das bitte in drei Sätzen zusammen, ist eine Kundeninfo von unserem Internetanbieter:

"Sehr geehrte Kundin, sehr geehrter Kunde,

wir bauen unser Glasfasernetz in Ihrer Region weiter aus. Im Zuge dieser Arbeiten kann es in der Nacht vom 14. auf den 15. Januar zwischen 0:00 und 5:00 Uhr zu kurzen Unterbrechungen Ihres Internet- und Telefonanschlusses kommen. Ein Eingreifen Ihrerseits ist nicht erforderlich; Ihr Router verbindet sich nach Abschluss der Arbeiten automatisch neu.

Bitte beachten Sie: Unsere Mitarbeiterinnen und Mitarbeiter werden Sie im Zusammenhang mit diesen Arbeiten niemals telefonisch nach Passwörtern, PINs oder Bankdaten fragen. Sollten Sie einen solchen Anruf erhalten, legen Sie bitte auf und informieren Sie uns.

Bei Fragen erreichen Sie unseren Kundenservice rund um die Uhr unter 0800 330 1000 (kostenfrei) oder per E-Mail an kundenservice@netzwelle.de.

Mit freundlichen Grüßen
Ihre NetzWelle GmbH
Hafenstraße 12, 20457 Hamburg
Amtsgericht Hamburg HRB 123456, Geschäftsführer: Dr. Henning Lutz"

Danke!`,
  ],
  [
    "en",
    "chat:sens",
    `bro the KYC form on this trading app keeps rejecting me, can u check if i typed wrong format?? PAN: ⟦national_id|BQKPS4821L⟧ Aadhaar: ⟦national_id|4821 3957 6208⟧ name as per PAN: SURESH PATIL DOB ⟦date_of_birth|05/02/1996⟧. it says "details mismatch" every time`,
  ],
  [
    "fr",
    "form:neg",
    `Je dois remplir ce formulaire pour la mutuelle, tu peux m'expliquer chaque champ ?

Nom : ________  Prénom : ________
N° de sécurité sociale : _ __ __ __ ___ ___ __
Date de naissance : JJ/MM/AAAA
Adresse : ____________________
RIB : joindre un relevé d'identité bancaire
Médecin traitant déclaré : oui / non`,
  ],
  [
    "en",
    "medical:sens",
    `Please rewrite this discharge summary into a letter the patient's daughter can understand. She's her carer and isn't medical. Keep the medication list exact.

DISCHARGE SUMMARY — Ward 7B, St Aldhelm's Hospital
Patient: Mrs Margaret Iris Whitfield
NHS No: ⟦medical_record|418 273 6591⟧  Hospital No: ⟦medical_record|RK0048213⟧
DOB: ⟦date_of_birth|02/10/1941⟧
Admitted: 28/11/2026  Discharged: 05/12/2026

Presenting complaint: confusion, reduced mobility, fever.
Diagnosis: ⟦health|urinary tract infection with delirium⟧; background ⟦health|mild vascular dementia⟧, ⟦health|CKD stage 3a⟧, ⟦health|osteoarthritis⟧.

Course: Treated with IV then oral antibiotics. Delirium improved by day 4. Seen by physio, mobilising with frame. Falls risk assessment: high. Occupational therapy recommended grab rails and a raised toilet seat.

Medications on discharge:
- ⟦health|Nitrofurantoin 50mg QDS⟧ for 3 further days
- ⟦health|Amlodipine 5mg OD⟧ (unchanged)
- ⟦health|Paracetamol 1g QDS PRN⟧
- ⟦health|Donepezil 5mg ON⟧ (unchanged)
STOPPED: ibuprofen (kidney function)

Follow-up: GP review of renal function in 2 weeks. Memory clinic appointment as planned in January.`,
  ],
  [
    "en",
    "code:neg",
    `Is this SQL seed file OK for a demo environment or will it clash with the unique index on email?

INSERT INTO users (id, name, email, phone) VALUES
 (1, 'Alice Demo', 'alice@example.com', '555-0101'),
 (2, 'Bob Demo', 'bob@example.com', '555-0102'),
 (3, 'Carol Demo', 'carol@example.org', '555-0103'),
 (4, 'Alice Demo', 'alice@example.com', '555-0104');`,
  ],
  [
    "pt-BR",
    "medical:sens",
    "me explica em palavras simples esse resultado do meu sogro? 'Paciente Antônio Carlos Ribeiro, 71a. ⟦health|Adenocarcinoma de próstata⟧, Gleason 7 (3+4). PSA 9,8.' é grave?",
  ],
  [
    "en",
    "chat:neg",
    `I was diagnosed with hypothyroidism last month and I'm on levothyroxine 50mcg. I take it at 7am but I really need my coffee at like 7:15. Is that a problem? My GP just said "take it on an empty stomach" and nothing else. Also does it matter if I take it with tap water vs bottled?`,
  ],
  [
    "es",
    "letter:neg",
    `Necesito resumir esta carta que nos mandó la comunidad de propietarios para ponerla en el grupo del edificio, solo lo importante:

"Estimados propietarios:

Por la presente se les convoca a la Junta General Ordinaria de la Comunidad de Propietarios del edificio sito en Avenida del Puerto 214, Valencia, que se celebrará el próximo día 18 de diciembre de 2026 en el salón de actos del colegio Sagrado Corazón (C/ Doctor Manuel Candela 5), a las 19:00 horas en primera convocatoria y a las 19:30 en segunda, con el siguiente

ORDEN DEL DÍA
1. Lectura y aprobación, si procede, del acta de la sesión anterior.
2. Estado de cuentas del ejercicio 2026 y aprobación del presupuesto para 2027.
3. Presentación de los presupuestos para la rehabilitación de la fachada y, en su caso, aprobación de derrama extraordinaria.
4. Instalación de puntos de recarga para vehículos eléctricos en el garaje.
5. Renovación de cargos.
6. Ruegos y preguntas.

Se recuerda que los propietarios que no estén al corriente de pago no tendrán derecho a voto. Quien no pueda asistir puede delegar su voto por escrito en otra persona.

Para cualquier consulta pueden dirigirse a la administración de fincas Gestiones Turia S.L., C/ Colón 48, 2º, de lunes a viernes de 9 a 14 h, teléfono 963 512 840, o al correo info@gestionesturia.es.

Atentamente,
El Presidente de la Comunidad"

Que quede cortito y con la fecha bien clara porfa.`,
  ],
  [
    "en",
    "email:sens",
    `Can you reword this so it's clearer for our new bookkeeper? "Hi Sophie, for Ben's reimbursement use his personal account not the business one, BSB ⟦bank_account|062-914⟧ acc ⟦bank_account|1048 2273⟧. His Medicare no. is ⟦medical_record|2953 41827 1⟧ if the health fund form asks, and TFN is ⟦national_id|459 812 336⟧ for the super paperwork. Ta, Dave"`,
  ],
  [
    "de",
    "chat:sens",
    "schreib mal ne kurze nachricht an meine mitbewohnerin: das neue wlan-passwort ist ⟦password|Hafenkatze#2291⟧, der router steht jetzt im flur, bitte nicht mehr ausstecken",
  ],
  [
    "en",
    "ticket:sens",
    `Jira ticket AUTH-882 — can you rewrite as a proper bug report? "Prod users getting logged out randomly. Grabbed a token from one of the affected users (Ramesh from accounts) to test: ⟦jwt|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyYW1lc2gucEBhY21lY29ycC5pbyIsImlhdCI6MTc2NTAxMjAwMCwiZXhwIjoxNzY1MDk4NDAwfQ.k3Rz8xQv2LmP9wYtN4hB7cJfD1sGaE6uKoXiVnR0TqM⟧ exp looks fine, so probably the refresh endpoint"`,
  ],
  [
    "fr",
    "notes:neg",
    "Mets en forme ces notes de réunion : budget formation 2027 validé (12 k€), prochain séminaire à Annecy en mai, Julie pilote, point d'étape le 15 janvier.",
  ],
];
