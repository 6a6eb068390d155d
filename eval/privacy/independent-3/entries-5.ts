/** Third held-out set, file 5 of 8: hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries5: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `I'm onboarding a new hire and need to send her details to our outsourced payroll company. Can you format this as a clean, professional email with the info in a table? Also tell me if anything here shouldn't go by email at all.

Hi Jennifer,

Please set up the following new employee for the Dec 15 pay run:

Name: Alicia Marie Gutierrez
Start date: 12/01/2026
Position: Senior Account Manager, exempt, full-time
Annual salary: ⟦financial|$96,500⟧
SSN: ⟦us_ssn|412-83-6091⟧
DOB: ⟦date_of_birth|08/22/1988⟧
Home address: ⟦street_address|2716 Oak Hollow Dr, Round Rock, TX 78681⟧
Personal email: ⟦email|alicia.gutierrez88@icloud.com⟧
Cell: ⟦phone|(512) 784-2290⟧

Direct deposit:
Bank: Frost Bank
Routing: 114000093
Account (checking): ⟦bank_account|502918374615⟧

Federal W-4: single, no adjustments. State: TX (no state income tax). She's enrolling in the medical PPO (employee + child) and the 401(k) at 6%. Benefits forms are attached.

She also asked whether her sign-on bonus of ⟦financial|$5,000⟧ can be paid in the first paycheck or has to wait until after 90 days. Contract says "after 90 days" but she wanted me to ask.

Thanks!
Mike

Is it OK to send the SSN and bank details in an email or should I use their portal?`,
  ],
  ["de", "chat:neg", "wie lange muss ich kontoauszüge als privatperson aufheben? ich will endlich den ordner ausmisten"],
  ["en", "question:neg", "what does 'PII' actually cover in US law? is a work email address PII?"],
  [
    "pt-BR",
    "chat:sens",
    `reescreve essa mensagem pro grupo do futebol, mais educada: "galera, a quadra do sábado ficou R$ 420, dá R$ 35 pra cada. manda o pix pra chave CPF ⟦national_id|719.204.583-79⟧ (Leandro Costa) ou pro meu cel ⟦phone|(31) 99148-2760⟧. quem não pagar até quinta não joga 😤"`,
  ],
  [
    "en",
    "medical:neg",
    `Can you rewrite this abstract in plain language for a patient newsletter (about 150 words)?

"Background: Adherence to oral anticoagulation in atrial fibrillation remains suboptimal. We evaluated a pharmacist-led text-message intervention.
Methods: In this pragmatic randomised trial across 42 general practices in England, 1,184 adults with non-valvular AF newly prescribed a direct oral anticoagulant were assigned to usual care or to weekly personalised SMS reminders plus two pharmacist telephone reviews over 12 months. The primary outcome was proportion of days covered (PDC) ≥80%.
Results: Mean age was 74 years; 43% were women. At 12 months, 81.2% of intervention participants achieved PDC ≥80% versus 68.9% in usual care (adjusted odds ratio 1.97, 95% CI 1.48-2.62). Stroke or systemic embolism occurred in 1.1% versus 1.9% (not significant). Major bleeding rates were similar (2.4% vs 2.6%). Intervention cost was £38 per participant.
Conclusions: A low-cost pharmacist-led SMS intervention improved anticoagulant adherence. Larger trials are needed to determine effects on clinical outcomes."

Keep the numbers but explain what PDC means. Audience is mostly over-65s.`,
  ],
  [
    "it",
    "email:sens",
    `Ciao, mi aiuti a scrivere una mail chiara al nostro commercialista? Sono confusa su cosa mandargli e vorrei che fosse tutto in ordine. Ecco le informazioni:

- Dichiarazione dei redditi 2026 (730) per me e per mio marito.
- Io: Laura Ferretti, codice fiscale ⟦national_id|FRRLRA85E47L219T⟧, dipendente part-time, CU già scaricata.
- Mio marito: Marco Bianchi, codice fiscale ⟦national_id|BNCMRC79D14H501Z⟧. Lui ha la partita IVA in regime forfettario; nel 2025 ha fatturato ⟦financial|circa 52.000 €⟧ e a novembre ha ricevuto un accertamento dall'Agenzia delle Entrate per ⟦financial|3.800 € di imposte non versate del 2022⟧, che vorrebbe rateizzare.
- Spese mediche: ho le ricevute della farmacia e le fatture del dentista (1.450 €) per nostro figlio.
- Mutuo prima casa: ho l'attestazione degli interessi passivi dalla banca.
- Abbiamo fatto lavori di efficientamento energetico (caldaia a condensazione), fattura 4.200 € pagata con bonifico parlante.

Il rimborso va accreditato sul conto cointestato ⟦iban|IT32 Q020 0801 6330 0010 5839 217⟧.

Vorrei anche chiedergli se conviene fare la dichiarazione congiunta o separata, e quanto costa il suo servizio per la rateizzazione. Scrivila in modo cordiale ma professionale, il commercialista è un amico di famiglia ma preferisco tenere un tono serio.`,
  ],
  ["en", "chat:sens", "how do i change my home wifi password on a BT hub? current one is ⟦password|mango-Ferret-92⟧ and half the street probably knows it"],
  [
    "nl",
    "email:neg",
    `Kun je deze nieuwsbrief van de gemeente samenvatten in 5 korte punten voor onze buurtapp?

"Beste bewoners van de wijk Oosterpark,

Vanaf maandag 12 januari start de gemeente met de herinrichting van de Linnaeusstraat tussen de Mauritskade en het Muiderpoortstation. De werkzaamheden duren naar verwachting tot eind juni 2027.

Wat gaat er gebeuren?
- Het fietspad wordt verbreed en krijgt rood asfalt.
- Er komen 40 nieuwe bomen en meer groen langs de straat.
- Het aantal parkeerplaatsen neemt af met 35; er komen 20 extra plekken voor deelauto's en laadpalen.
- De tramhalte Beukenweg wordt toegankelijk gemaakt voor rolstoelen en kinderwagens.

Wat betekent dit voor u?
Tijdens de werkzaamheden is de straat in fases afgesloten voor autoverkeer. Fietsers en voetgangers kunnen er altijd langs. Tram 3 rijdt in de periode 12 januari tot 9 februari niet; er rijden vervangende bussen. Uw afval wordt gewoon opgehaald.

Informatieavond
Op dinsdag 16 december organiseren wij een informatieavond in buurthuis De Meevaart, Balistraat 48a, van 19.30 tot 21.00 uur.

Vragen?
Bel 14 020 of mail naar linnaeusstraat@amsterdam.nl. Kijk ook op onze website voor de actuele planning.

Met vriendelijke groet,
Gemeente Amsterdam, stadsdeel Oost"

Graag in gewone taal, niet te ambtelijk.`,
  ],
  [
    "en",
    "code:sens",
    `My SFTP upload script fails with "Permission denied (publickey)" on the new server but works on the old one. I embedded the key in the script because the cron environment couldn't find the file. What am I doing wrong? (Yes I know this is bad practice, I'll move it to a secrets store once it works.)

import io, paramiko

KEY = """⟦private_key|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDq7Vb3ZrT9kLw2nH8pXc4mJ1sQyA6eFu0oGiRtNzKdMwAAAJg1s2bRNbNm
0QAAAAtzc2gtZWQyNTUxOQAAACDq7Vb3ZrT9kLw2nH8pXc4mJ1sQyA6eFu0oGiRtNzKdMw
AAAEAQk7vW2xLp9cRn4TjHs8aYz3mFq1eUoKd6bGv0iNwPl+rtVvdmtP2QvDacfyldzi
YnWxDIDp4W7SgaJG03Mp0zAAAAEmRlcGxveUBidWlsZC1ib3gtMDIBAgM=
-----END OPENSSH PRIVATE KEY-----⟧"""

def upload(local_path, remote_path):
    pkey = paramiko.Ed25519Key.from_private_key(io.StringIO(KEY))
    transport = paramiko.Transport(("sftp.partner-exchange.net", 22))
    transport.connect(username="acme_upload", pkey=pkey)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(local_path, remote_path)
    sftp.close()
    transport.close()

if __name__ == "__main__":
    upload("/data/exports/daily.csv", "/inbound/daily.csv")

The partner says they added our public key. Could it be the key type (ed25519) isn't accepted on their side? How do I debug with ssh -vvv using the same key?`,
  ],
  [
    "pl",
    "medical:sens",
    "Pomóż mi napisać wiadomość do szefa: moja żona Monika Kaczmarek jest po ⟦health|poronieniu⟧ i ma ⟦health|zabieg łyżeczkowania⟧ w czwartek, potrzebuję 3 dni opieki. Nie chcę wchodzić w szczegóły, ale chcę żeby zrozumiał powagę.",
  ],
  [
    "en",
    "spreadsheet:neg",
    `Summarise these staff survey results for the leadership team in 5 bullets (aggregate only, n=214):

Question | Agree | Neutral | Disagree
I feel valued at work | 58% | 22% | 20%
My workload is manageable | 41% | 25% | 34%
I'd recommend this company | 63% | 19% | 18%
My manager gives useful feedback | 71% | 16% | 13%
I understand the company strategy | 47% | 31% | 22%`,
  ],
  [
    "de",
    "letter:sens",
    `Bitte hilf mir, diesen Widerspruch an die Krankenkasse sachlich und überzeugend zu formulieren. Es geht um meine Mutter, für die ich eine Vorsorgevollmacht habe.

An die
AOK Bayern
Widerspruchsstelle

Widerspruch gegen den Bescheid vom 21.11.2026 — Ablehnung der Kostenübernahme für einen Elektrorollstuhl

Versicherte: Gertrud Hoffmann, geb. ⟦date_of_birth|04.03.1941⟧
Versichertennummer: ⟦medical_record|K829471035⟧
Anschrift: ⟦street_address|Pfarrgasse 6, 93047 Regensburg⟧

Sehr geehrte Damen und Herren,

hiermit lege ich als Bevollmächtigte meiner Mutter Widerspruch gegen den oben genannten Bescheid ein.

Meine Mutter leidet seit 2019 an ⟦health|Morbus Parkinson⟧ im fortgeschrittenen Stadium sowie an ⟦health|schwerer Herzinsuffizienz (NYHA III)⟧. Sie kann nur noch wenige Meter mit dem Rollator gehen und muss sich danach lange ausruhen. Ein manueller Rollstuhl ist keine Alternative, weil sie wegen ⟦health|Tremor und Kraftverlust in beiden Armen⟧ nicht selbst antreiben kann und ich nicht ständig vor Ort bin.

Ohne Elektrorollstuhl ist sie faktisch an ihre Wohnung gebunden und kann weder zum Arzt noch zum Einkaufen. Das widerspricht dem Ziel, ihre Selbstständigkeit so lange wie möglich zu erhalten. Die Verordnung ihres Neurologen Dr. Weber sowie ein Attest des Hausarztes liegen bei.

Ich bitte um erneute Prüfung und um Begutachtung durch den Medizinischen Dienst bei einem Hausbesuch.

Mit freundlichen Grüßen
Sabine Hoffmann-Reiter
Tel. ⟦phone|0941 2817 334⟧`,
  ],
  [
    "en",
    "chat:neg",
    `I don't really know who else to ask. I'm 34 and for the last year or so I've had what I think is health anxiety. Every headache is a brain tumour, every twinge is my heart. I've been to the GP four times this year and all the tests came back normal (bloods, ECG, even a head CT after I begged). I know logically I'm fine but the relief lasts about two days. I google symptoms at 2am. My partner is patient but I can tell it's wearing on him. I started sertraline in the summer, it took the edge off a bit but the thoughts are still there. I'm on a waiting list for CBT, 10 more weeks apparently.

What can I actually do in the meantime? Not "practice self care", I mean specific techniques that work for health anxiety. And how do I stop googling? I've tried deleting the apps. Also, is it normal for sertraline to make you yawn constantly? That's a weird one.`,
  ],
  [
    "pt-BR",
    "email:neg",
    `Me ajuda a transformar esse comunicado num post curto pro Instagram da loja?

"Prezados clientes,

A partir de 2 de janeiro de 2027, a Casa Verde Materiais de Construção passará a funcionar em novo endereço: Av. Amazonas, 3.450, Bairro Gameleira, Belo Horizonte - MG. A nova loja tem o dobro do tamanho, estacionamento gratuito com 80 vagas e um showroom completo de pisos e revestimentos.

Durante a mudança, nos dias 28 a 31 de dezembro, a loja antiga (Rua Padre Eustáquio, 1.120) estará fechada para atendimento presencial. As vendas pelo site e pelo WhatsApp oficial continuam normalmente, com entregas a partir de 4 de janeiro.

Nosso horário de funcionamento na nova loja será de segunda a sexta, das 7h às 18h, e aos sábados, das 7h às 13h.

Para dúvidas, fale com nosso SAC pelo telefone (31) 3333-4455 ou pelo e-mail atendimento@casaverdemateriais.com.br.

Agradecemos a confiança de sempre e esperamos vocês no novo endereço!

Equipe Casa Verde"

Quero algo animado, com emojis, e que caiba numa legenda.`,
  ],
  [
    "en",
    "support:sens",
    `Summarise this chat for handover pls:
Customer: Good evening, my transfer of N350,000 to my landlord since morning has not reached him o
Agent: Sorry about that. Can I have your account number?
Customer: ⟦bank_account|2093847165⟧, Access Bank
Agent: And the recipient's account?
Customer: ⟦bank_account|0167392846⟧ GTB, name Babatunde Lawal
Agent: It shows pending at NIBSS. If not reversed in 24hrs call us back
Customer: Call me on ⟦phone|0802 918 4473⟧ if anything`,
  ],
  [
    "it",
    "chat:neg",
    "come si scrive una lettera di dimissioni per un contratto a tempo indeterminato? serve il preavviso anche se ho trovato un altro lavoro?",
  ],
  [
    "en",
    "hr:sens",
    `Can you turn my exit interview notes into a short summary for the HR director? Anonymise nothing, she needs the full picture, but keep it professional and remove my opinions.

Exit interview — Daniel Okoro, Senior Designer, leaving 19 Dec after 4 years

Why leaving: offer from a competitor at ⟦financial|£72k⟧ vs his current ⟦financial|£58k⟧. Said he'd asked for a raise twice this year and was told "next cycle". Feels the salary bands haven't kept up.

Other factors:
- Workload in design team has doubled since the two contractors left in spring, never backfilled
- Felt his manager (Jess) was supportive but had no budget authority
- He was signed off for 3 weeks in September with ⟦health|stress and high blood pressure⟧ and said the return-to-work process was "a form and nothing else"; he's now on ⟦health|amlodipine⟧ and said his GP linked it to work stress
- Liked: the people, hybrid working, learning budget

Would he return? "Maybe, if pay and workload were fixed."

Suggestions from him: publish salary bands, backfill contractors, proper phased return after sickness.

Handover: design system docs done, Figma files reorganised, he's briefed the junior designer.

I'd like the summary to end with 3 recommendations we can take to the next leadership meeting.`,
  ],
  [
    "nl",
    "chat:sens",
    "maak hier een nette tikkie-tekst van: 'Etentje zaterdag was €186, gedeeld door 6 = €31 pp. Graag overmaken naar ⟦iban|NL73 RABO 0317 4928 36⟧ t.n.v. Joost Bakker. Dank!'",
  ],
  [
    "en",
    "log:sens",
    `Our signup flow is creating duplicate accounts. Here's the debug log from this morning, can you see the race condition? I think the uniqueness check and the insert aren't atomic.

2026-12-07T08:14:22.114Z DEBUG signup.start req=7f2a email=⟦email|hannah.lowe@protonmail.com⟧ phone=⟦phone|+44 7700 164 238⟧ ip=⟦ip_address|92.40.178.15⟧
2026-12-07T08:14:22.118Z DEBUG signup.start req=7f2b email=⟦email|hannah.lowe@protonmail.com⟧ phone=⟦phone|+44 7700 164 238⟧ ip=⟦ip_address|92.40.178.15⟧
2026-12-07T08:14:22.131Z DEBUG users.exists? email=⟦email|hannah.lowe@protonmail.com⟧ -> false (req=7f2a)
2026-12-07T08:14:22.133Z DEBUG users.exists? email=⟦email|hannah.lowe@protonmail.com⟧ -> false (req=7f2b)
2026-12-07T08:14:22.150Z INFO  users.insert id=48812 (req=7f2a)
2026-12-07T08:14:22.152Z INFO  users.insert id=48813 (req=7f2b)
2026-12-07T08:14:22.170Z INFO  mail.welcome to=⟦email|hannah.lowe@protonmail.com⟧ (req=7f2a)
2026-12-07T08:14:22.171Z INFO  mail.welcome to=⟦email|hannah.lowe@protonmail.com⟧ (req=7f2b)
2026-12-07T08:31:05.402Z DEBUG signup.start req=81c0 email=⟦email|ravi.patel.uk@gmail.com⟧ phone=⟦phone|+44 7912 550 873⟧ ip=⟦ip_address|86.12.41.203⟧
2026-12-07T08:31:05.488Z DEBUG users.exists? email=⟦email|ravi.patel.uk@gmail.com⟧ -> false (req=81c0)
2026-12-07T08:31:05.501Z INFO  users.insert id=48820 (req=81c0)

The frontend button isn't disabled after click, so double-clicks send two requests. But I want the backend to be safe regardless. We're on Postgres 15 with Prisma. Is a unique index on lower(email) enough, and how do I handle the error nicely in Prisma so the second request returns the existing account instead of a 500?`,
  ],
  [
    "de",
    "question:neg",
    `Wir sind ein kleiner Verein (Sportverein, 180 Mitglieder) und führen die Mitgliederliste in Excel mit Adressen, Geburtsdaten und Bankverbindungen für den Lastschrifteinzug. Was müssen wir laut DSGVO beachten? Brauchen wir einen Datenschutzbeauftragten?`,
  ],
  [
    "en",
    "landlord:sens",
    `Help me reply to my property manager in Melbourne, they want to keep $1,200 of my bond for "carpet replacement". I lived there 4 years and the carpet was old when I moved in. Send the reply to leasing@harbourviewproperty.com.au from me (⟦email|sienna.walsh92@gmail.com⟧), property was ⟦street_address|5/118 Glenferrie Road, Hawthorn VIC 3122⟧. I'll take it to VCAT if I have to.`,
  ],
  [
    "pl",
    "email:neg",
    `Możesz skrócić to ogłoszenie do krótkiego posta na Facebooka firmy?

"Szanowni Klienci,

informujemy, że w związku z okresem świątecznym nasze biuro obsługi klienta będzie czynne w zmienionych godzinach:
- 24 grudnia (środa) — nieczynne,
- 27 grudnia (sobota) — 9:00–13:00,
- 31 grudnia (środa) — 8:00–12:00,
- 2 stycznia (piątek) — 8:00–16:00.

Zamówienia złożone w sklepie internetowym po 19 grudnia zostaną zrealizowane po 2 stycznia 2027 r. Reklamacje i zwroty rozpatrujemy w standardowym terminie 14 dni roboczych, liczonym od dnia ponownego otwarcia biura.

Przypominamy, że nasi konsultanci nigdy nie proszą o podanie haseł ani kodów BLIK przez telefon. Jeśli otrzymają Państwo taki telefon, prosimy o natychmiastowe rozłączenie się i kontakt z nami.

W sprawach pilnych prosimy o kontakt pod numerem infolinii 22 590 40 00 lub mailowo: bok@polmarket.pl. Siedziba firmy: ul. Puławska 145, 02-715 Warszawa.

Życzymy Państwu spokojnych i radosnych Świąt oraz szczęśliwego Nowego Roku!

Zespół Polmarket"

Ton ciepły, ale bez przesady.`,
  ],
  ["en", "chat:neg", "write a short letter from Hermione Granger to Ron apologising for the argument about S.P.E.W., keep it in character"],
  [
    "pt-BR",
    "medical:sens",
    `Pode me explicar esse laudo em linguagem simples? É da minha mãe e o médico só vai ver ela daqui a 3 semanas, estamos muito ansiosos.

LAUDO DE RESSONÂNCIA MAGNÉTICA DO CRÂNIO

Paciente: Maria Aparecida dos Santos
Data de nascimento: ⟦date_of_birth|15/06/1957⟧
CPF: ⟦national_id|482.917.365-37⟧
Cartão SUS: ⟦medical_record|708 2094 1836 5520⟧

Indicação clínica: cefaleia persistente e episódios de esquecimento.

Técnica: sequências multiplanares ponderadas em T1, T2, FLAIR, difusão e T1 pós-contraste.

Achados:
- ⟦health|Lesão expansiva extra-axial⟧ na convexidade frontal direita, de base dural, medindo 2,8 x 2,4 x 2,1 cm, com realce homogêneo pelo contraste e "cauda dural", compatível com ⟦health|meningioma⟧.
- Discreto edema vasogênico adjacente, sem desvio significativo da linha média.
- Focos de ⟦health|microangiopatia⟧ na substância branca periventricular, compatíveis com a faixa etária.
- Demais estruturas sem alterações.

Impressão: ⟦health|Meningioma frontal direito⟧. Sugere-se avaliação neurocirúrgica.

Ela está tomando só ⟦health|losartana⟧ pra pressão. Isso é câncer? Ela vai precisar operar? Quero entender antes da consulta, sem assustar ela.`,
  ],
  [
    "en",
    "email:neg",
    `Can you make this payment reminder to a client company firmer? It's our second reminder and I don't want to sound desperate.

"Dear Accounts Payable team at Thornbury Hotels Group,

I hope you're well. I'm writing regarding invoice INV-2026-0418 for £14,250.00 (website redesign, phase 2), which was issued on 15 October with 30-day payment terms and is now 23 days overdue. We also haven't received payment for INV-2026-0447 (£2,100.00, monthly hosting and support for November).

For your convenience, our bank details are:
Account name: Pixel & Pine Studio Ltd
Bank: Starling Bank
Sort code: 60-83-71
Account number: 28817304
Reference: INV-2026-0418

Please could you let us know when we can expect payment, or if there is anything holding it up on your side, such as a missing PO number.

Our terms allow us to charge statutory interest on late payments under the Late Payment of Commercial Debts Act, but we would much rather resolve this amicably.

Kind regards,
Pixel & Pine Studio Ltd
Accounts: accounts@pixelandpine.co.uk | 0161 496 0732
Registered office: 14 Tib Street, Manchester M4 1SH, company no. 11483920"

I want to keep it polite but mention that we'll pause support work if not paid in 7 days.`,
  ],
  [
    "it",
    "medical:sens",
    "Mi aiuti a scrivere un messaggio di auguri di pronta guarigione per il collega Davide Conti? È stato operato ieri per ⟦health|un'appendicite perforata⟧ e ha avuto ⟦health|una peritonite⟧, resterà in ospedale una settimana.",
  ],
  [
    "en",
    "question:neg",
    `I have a dataset of 50k customer support tickets I want to use to fine-tune a model. What's a practical pipeline for removing names, emails, phone numbers and addresses before training? Is regex enough or do I need an NER model? Budget is small.`,
  ],
  [
    "nl",
    "form:sens",
    `Kun je onze motivatiebrief voor deze huurwoning schrijven? Ik plak hieronder de gegevens die we al in het inschrijfformulier hebben ingevuld, zodat de brief ermee klopt. Max 250 woorden, vriendelijk en persoonlijk.

INSCHRIJFFORMULIER — Woning: Tweede Jan Steenstraat 22-III, Amsterdam, huur € 1.850

Hoofdhuurder
Naam: Pieter van Dijk
Geboortedatum: ⟦date_of_birth|30-09-1993⟧
BSN: ⟦national_id|301948276⟧
Huidig adres: ⟦street_address|Zaanstraat 141, 1013 RZ Amsterdam⟧
Telefoon: ⟦phone|06-2183 4790⟧
E-mail: ⟦email|pieter.vandijk93@gmail.com⟧
Werkgever: Gemeente Amsterdam, beleidsmedewerker, vast contract sinds 2021
Bruto maandinkomen: ⟦financial|€ 5.120⟧

Medehuurder
Naam: Noor Hassan
Geboortedatum: ⟦date_of_birth|11-05-1995⟧
Werkgever: OLVG, verpleegkundige, vast contract
Bruto maandinkomen: ⟦financial|€ 3.870⟧

IBAN voor automatische incasso: ⟦iban|NL20 ABNA 0482 6173 95⟧
Huisdieren: nee. Roken: nee.

We wonen nu samen in een studio van 32 m² en willen graag meer ruimte omdat Noor ook thuis studeert (master verpleegkunde). We zijn rustig, werken allebei, en fietsen overal naartoe.`,
  ],
  [
    "en",
    "email:sens",
    "make this shorter: 'Hi Karen, can you send the OTP to my alternate email ⟦email|rahul.v.menon@outlook.in⟧ instead, my office email is blocked. Thanks, Rahul'",
  ],
  [
    "de",
    "chat:sens",
    `Kannst du aus dem Familienchat eine kurze Zusammenfassung machen, was jetzt für Omas Pflege zu tun ist und wer was übernimmt? Ich war zwei Tage nicht online.

[Mo 18:02] Tante Birgit: Der MD war heute bei Oma. Sie bekommt wahrscheinlich ⟦health|Pflegegrad 3⟧, Bescheid kommt in 2-3 Wochen
[Mo 18:05] Papa: Gut. Was hat die Gutachterin zur ⟦health|Demenz⟧ gesagt?
[Mo 18:07] Tante Birgit: Dass es schneller geht als gedacht. Oma hat zweimal den Herd angelassen. Sie soll nicht mehr allein kochen
[Mo 18:10] Lena: Können wir einen Herdwächter einbauen? Kostet so 200 €
[Mo 18:12] Papa: Mach ich am Samstag. Adresse für die Lieferung ist ja ⟦street_address|Am Mühlbach 12, 79312 Emmendingen⟧, oder?
[Mo 18:12] Tante Birgit: Ja
[Mo 18:20] Tante Birgit: Außerdem: der Hausarzt hat ⟦health|Donepezil⟧ angesetzt, die Tabletten müssen morgens gegeben werden. Der Pflegedienst kommt ab 1.1. zweimal täglich
[Mo 18:25] Lena: Wer macht die Wochenenden?
[Mo 18:26] Papa: Ich 1. und 3., Birgit 2. und 4.?
[Mo 18:26] Tante Birgit: Passt
[Di 09:14] Tante Birgit: Und nicht vergessen, ihr ⟦health|Diabetes⟧ – Zuckermessen vor dem Mittagessen
[Di 09:30] Lena: Ich kümmere mich um den Antrag auf Entlastungsbetrag

Bitte als Liste mit Namen und Aufgaben.`,
  ],
  [
    "en",
    "notes:neg",
    `Turn these standup notes into a Slack update for stakeholders: "API v2 migration 70% done, blocked on partner sandbox creds (asked 3 Dec). Mobile release 4.8 shipped to 10% rollout, crash-free 99.6%. Data team: new churn dashboard live. Next week: load test on the 10th, code freeze 18th."`,
  ],
  [
    "pl",
    "form:sens",
    `Sprawdź proszę czy dobrze wypełniłem wniosek o kredyt gotówkowy, zanim go wyślę. Chodzi mi o błędy i o to, czy coś nie wygląda podejrzanie dla banku.

WNIOSEK O KREDYT GOTÓWKOWY
Imię i nazwisko: Paweł Lewandowski
PESEL: ⟦national_id|01220947120⟧
Seria i numer dowodu osobistego: ⟦national_id|AYK 982913⟧
Adres zamieszkania: ⟦street_address|ul. Kwiatowa 22, 62-030 Luboń⟧
Telefon: ⟦phone|604 918 237⟧
E-mail: ⟦email|pawel.lewandowski01@wp.pl⟧
Stan cywilny: kawaler
Źródło dochodu: umowa o pracę na czas nieokreślony, magazynier, od 2022
Dochód netto: ⟦financial|5 300 zł⟧
Inne zobowiązania: ⟦financial|kredyt ratalny na telefon, rata 189 zł⟧
Kwota wnioskowana: 25 000 zł
Okres: 48 miesięcy
Cel: remont mieszkania
Rachunek do wypłaty: ⟦iban|PL61 1090 1014 0000 0712 1981 2874⟧

Czy 25 tysięcy na 48 miesięcy przy moich zarobkach to rozsądnie? Ile mniej więcej wyjdzie rata?`,
  ],
  [
    "en",
    "chat:neg",
    `How much is Mo Salah earning at Liverpool now after the new contract, and is it true he turned down the Saudi offer? Just what's been reported, I need it for a pub quiz argument.`,
  ],
  ["pt-BR", "question:neg", "qual a diferença entre RG e CPF e quando preciso de um ou outro? vou abrir conta no banco"],
  [
    "en",
    "cv:sens",
    `Please tighten up my resume, I'm a nurse in Chicago trying to move into a clinical informatics role. Make it ATS-friendly, one page, and rewrite bullets to emphasize the tech/data side. Don't invent anything.

TAMIKA L. JOHNSON, RN, BSN
⟦street_address|6134 S Kimbark Ave, Chicago, IL 60637⟧ · ⟦phone|(773) 418-9026⟧ · ⟦email|tamika.johnson.rn@gmail.com⟧ · linkedin.com/in/tamikajohnsonrn

EXPERIENCE
Registered Nurse, Med-Surg — University of Chicago Medicine (2019–present)
- Provide care for 5-6 patients per shift on a 32-bed unit
- Super user for Epic during 2022 upgrade, trained 40+ staff on new flowsheets
- Member of unit practice council, led project to reduce falls (falls dropped from 4.1 to 2.3 per 1,000 patient days)
- Precept new grad nurses

Registered Nurse — Advocate Trinity Hospital (2016–2019)
- Telemetry unit, 4-5 patients
- Participated in sepsis bundle compliance audits

EDUCATION
BSN, Chicago State University, 2016
Currently enrolled: MS Health Informatics, UIC (expected 2027)

CERTIFICATIONS
BLS, ACLS, Epic Inpatient Clinical Documentation certification

SKILLS
Epic, Excel (pivot tables), basic SQL, Tableau (learning), workflow analysis, staff training

Also, should I put my address at all? I've heard just city and state is fine now.`,
  ],
  [
    "en",
    "medical:sens",
    `Can you explain this dental treatment plan to my dad in simple terms and check whether the insurance math looks right? He's 71 and gets confused by these.

Patient: Harold Brennan
DOB: ⟦date_of_birth|05/14/1955⟧
Insurance: Delta Dental PPO, Member ID ⟦medical_record|DD4471928305⟧

Treatment plan (Phase 1):
- Tooth #19: ⟦health|extraction, fractured root⟧ (D7210) — $385
- Tooth #19: bone graft (D7953) — $540
- Tooth #30: ⟦health|root canal, molar⟧ (D3330) — $1,250
- Tooth #30: crown, porcelain fused to metal (D2750) — $1,400
- Full-mouth ⟦health|periodontal scaling and root planing, 4 quadrants⟧ (D4341 ×4) — $1,120

Phase 2 (after healing, ~4 months):
- Tooth #19: implant (D6010) — $2,300, abutment + crown — $1,900

Estimated insurance coverage: 80% of basic, 50% of major, annual max $1,500 (remaining this year: $1,180). Implants not covered.

Estimated patient portion Phase 1: $3,021. Phase 2: $4,200.

He also takes ⟦health|warfarin⟧ for his ⟦health|atrial fibrillation⟧, the office said they need a note from his cardiologist before the extraction. Does the estimate make sense? Should he split Phase 1 across two calendar years to use two annual maximums?`,
  ],
  [
    "it",
    "letter:neg",
    `Mi aiuti a migliorare questa lettera di presentazione aziendale da mandare ai potenziali clienti? La vorrei più incisiva e meno "burocratica".

"Spett.le Azienda,

con la presente siamo lieti di presentarVi la nostra società, Officine Meccaniche Sartori S.r.l., attiva dal 1978 nel settore delle lavorazioni meccaniche di precisione per conto terzi.

Lo stabilimento di Schio (VI), di 6.500 mq, è dotato di 24 centri di lavoro a controllo numerico a 5 assi, torni plurimandrino e una sala metrologica climatizzata. Operiamo principalmente per i settori automotive, oleodinamico e packaging, con lotti da 50 a 50.000 pezzi.

Siamo certificati ISO 9001:2015 e IATF 16949, e nel 2025 abbiamo ottenuto la certificazione ISO 14001 per la gestione ambientale.

Il nostro punto di forza è la capacità di seguire il cliente dalla fase di co-progettazione fino alla consegna, con tempi di risposta per le offerte entro 48 ore.

Restiamo a Vostra disposizione per una visita al nostro stabilimento o per ricevere i Vostri disegni per una quotazione.

Distinti saluti,
Ufficio Commerciale
Officine Meccaniche Sartori S.r.l.
Via dell'Industria 41, 36015 Schio (VI)
Tel. 0445 575 200 — commerciale@sartorimeccanica.it
P.IVA 01234560248"

Massimo 200 parole, tono professionale ma moderno.`,
  ],
  [
    "en",
    "chat:sens",
    `help me reply to my ex without starting a war. he says he can't afford more child support. context: Mark earns ⟦financial|£52k⟧ now after his promotion, he told our son. currently pays ⟦financial|£320/month⟧, CMS calculator says it should be about ⟦financial|£540⟧. I want to suggest we agree privately before I go to CMS. keep it calm.`,
  ],
  ["nl", "question:neg", "mag mijn werkgever een kopie van mijn paspoort bewaren? en moet het BSN dan zwart gemaakt worden?"],
  [
    "en",
    "travel:sens",
    `I'm the group leader for a school exchange trip and the hotel in Madrid wants this list in their format (surname, first name, nationality, document number, date of birth). Can you convert it into a neat table and sort by surname? Staff first, then students.

Staff:
- Mrs Rebecca Holt, British, passport ⟦passport|124817365⟧, born ⟦date_of_birth|12 March 1982⟧
- Mr Tom Ellery, British, passport ⟦passport|130294718⟧, born ⟦date_of_birth|7 July 1990⟧

Students:
- Aisha Begum, British, passport ⟦passport|139928470⟧, DOB ⟦date_of_birth|03/04/2010⟧
- Jack Thornton, British, passport ⟦passport|128374019⟧, DOB ⟦date_of_birth|19/11/2009⟧
- Zofia Kowalczyk, Polish, ID card ⟦national_id|CCD 482117⟧, DOB ⟦date_of_birth|22/08/2010⟧
- Oliver Grant, Irish, passport ⟦passport|PA4829173⟧, DOB ⟦date_of_birth|01/02/2010⟧
- Maya Patel, British, passport ⟦passport|127719304⟧, DOB ⟦date_of_birth|14/06/2009⟧
- Liam O'Brien, British, passport ⟦passport|131847265⟧, DOB ⟦date_of_birth|30/09/2010⟧

Check-in 9 February, 3 nights. Also tell me which students are under 16 on arrival because the hotel needs a parental consent form for them.`,
  ],
  [
    "de",
    "email:neg",
    `Kannst du diese Stellenanzeige ansprechender formulieren? Wir sind ein kleines Handwerksunternehmen und finden niemanden.

"Die Elektro Schneider GmbH sucht zum nächstmöglichen Zeitpunkt einen Elektroniker (m/w/d) für Energie- und Gebäudetechnik in Vollzeit.

Ihre Aufgaben:
- Installation von elektrischen Anlagen in Neu- und Altbauten
- Wartung und Reparatur von Elektroinstallationen
- Montage von PV-Anlagen und Wallboxen
- Fehlersuche und Prüfung nach DIN VDE 0100

Ihr Profil:
- abgeschlossene Ausbildung als Elektroniker oder vergleichbar
- Führerschein Klasse B
- Zuverlässigkeit und Teamfähigkeit

Wir bieten:
- unbefristeten Arbeitsvertrag
- Bezahlung nach Tarif plus Zulagen
- Firmenfahrzeug
- 30 Tage Urlaub
- Weiterbildungsmöglichkeiten

Bewerbungen bitte an: Elektro Schneider GmbH, Herr Klaus Schneider, Gewerbepark Nord 7, 74076 Heilbronn, oder per E-Mail an bewerbung@elektro-schneider-hn.de. Telefonische Rückfragen unter 07131 58 92 0."

Gern etwas lockerer, wir duzen uns im Betrieb.`,
  ],
  [
    "en",
    "ticket:neg",
    `Rewrite as a bug report: "user_8812 (test account, qa+8812@ourapp.test) can't upload avatars over 2MB on iOS 18.1, Android fine. Error 413 from api-gw-02. Repro 100%. Staging build 5.12.0-rc3."`,
  ],
  ["pl", "chat:neg", "jak napisać reklamację butów w sklepie internetowym, rozkleiły się po 2 miesiącach? mam paragon"],
  [
    "en",
    "bank:sens",
    `I have power of attorney for my father and need to set up a wire from his account to pay his assisted living facility. Can you help me write the instructions to his bank clearly so there are no mistakes? They want it in writing.

To: First National Bank of Omaha, Private Banking

Re: Wire transfer request on behalf of Mr. Walter E. Lindgren under durable power of attorney (copy on file since March 2026)

Please initiate the following domestic wire from my father's account:

From account: Walter E. Lindgren, checking account number ⟦bank_account|4471029385⟧
Amount: $7,850.00
Beneficiary: Prairie Meadows Senior Living LLC
Beneficiary bank: Pinnacle Bank, routing 104900721
Beneficiary account: 220918473
Reference: Resident W. Lindgren, Room 114, December 2026

For verification you can call me at ⟦phone|(402) 918-3376⟧. My father's date of birth is ⟦date_of_birth|January 9, 1938⟧ and the last four of his SSN are 4471 if you need them.

Please confirm once the wire has been sent. I'd also like to set this up as a recurring monthly transfer on the 1st if that's possible under the POA, since his monthly balance is now ⟦financial|around $61,000⟧ and it'll cover about 7 months.

Sincerely,
Karen Lindgren-Moss

Is it weird to mention his balance? I figured they'd want to know it won't bounce.`,
  ],
  [
    "en",
    "code:neg",
    `Is this the right way to load config in a Go service?

type Config struct {
  StripeKey string \`env:"STRIPE_KEY"\`
  DBURL     string \`env:"DATABASE_URL"\`
}

// .env.example
STRIPE_KEY=<YOUR_STRIPE_SECRET_KEY>
DATABASE_URL=postgres://user:password@localhost:5432/dbname`,
  ],
  [
    "pt-BR",
    "chat:sens",
    "escreve pro despachante: 'Boa tarde, segue o número da minha CNH ⟦driver_license|04829173650⟧ pra transferência do carro. Qualquer coisa me chama no ⟦phone|(41) 98827-3104⟧. Obrigado, Fernando'",
  ],
  [
    "en",
    "email:sens",
    `I'm a Year 9 coordinator at a school in Brisbane. Can you help me draft an email to the teachers of one student, sharing what they need to know to support her, without oversharing? Here's the background from the meeting with her parents:

Student: Chloe Nguyen, 9B. She has been diagnosed with ⟦health|anorexia nervosa⟧ and is being treated by the eating disorders service at the children's hospital. She's started ⟦health|family-based treatment⟧ and has a dietitian. She might miss some Wednesday mornings for appointments. Parents asked that she not be weighed or have her food commented on in any way, including in PE and Home Ec. She's ok to do light PE but not cross country this term. She's also seeing the school psychologist weekly. Her parents can be contacted on ⟦phone|0402 817 366⟧ (mum, Linh) if there's any concern during the day.

Chloe knows her teachers will be told "something", she doesn't want her friends to know. She's a strong student and wants to keep up with her work, so flexibility with deadlines rather than reduced work.

Please keep it to what teachers need to do differently, with a line reminding them it's confidential and not to be discussed with other students. I think the diagnosis itself should only go to her homeroom teacher and the PE teacher, so maybe two versions?`,
  ],
  [
    "it",
    "question:neg",
    `Sto scrivendo un programma per la gestione dei pazienti di uno studio fisioterapico. Quali dati posso raccogliere senza consenso esplicito secondo il GDPR e quali richiedono il consenso? Ad esempio codice fiscale, diagnosi, telefono. Lo studio ha 3 fisioterapisti.`,
  ],
  ["pl", "chat:neg", "co znaczy 'zaświadczenie o niezaleganiu w podatkach' i gdzie to się załatwia? potrzebuję do przetargu dla firmy"],
  [
    "de",
    "form:neg",
    `Ich schreibe eine Anleitung fürs Online-Banking unserer Vereinsmitglieder. Kannst du die Schritte zur SEPA-Überweisung erklären? Als Beispiel nehme ich den Musterdatensatz aus der Bankdoku: Empfängerin Erika Mustermann, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, Betrag 10,00 €, Verwendungszweck "Mitgliedsbeitrag 2027".`,
  ],
  [
    "en",
    "email:neg",
    "can you make this friendlier: 'Reminder: timesheets due Friday 5pm. Contact payroll@ (ext 4410) with questions. Late = next month's run.'",
  ],
  [
    "en",
    "ocr:sens",
    `I photographed my late mother's bank statement for the probate forms and the OCR came out like this. Can you pull out the closing balance and list the regular payments (standing orders / direct debits) that I'll need to cancel?

NATIONWIDE  BUILDING  SOCIETY           FlexAccount  Statement
Mrs  Eileen  M  Fairclough
⟦street_address|14  Beech  Grove,  Morecambe  LA4  5SR⟧
Sort  code  ⟦bank_account|07-04-36⟧      Account  no  ⟦bank_account|18274093⟧
Statement  period  01  Nov  2026  -  30  Nov  2026

Date      Description                        Out        In       Balance
01 Nov    Balance  brought  forward                             ⟦financial|8,412.57⟧
01 Nov    DWP  STATE  PENSION                        924.80     9,337.37
03 Nov    DD  UNITED  UTILITIES              38.00               9,299.37
05 Nov    DD  LANCASTER  CITY  COUNCIL       142.00              9,157.37
08 Nov    SO  ST  JOHNS  HOSPICE             10.00               9,147.37
12 Nov    DD  BRITISH  GAS                   96.00               9,051.37
15 Nov    CARD  TESCO  STORES  MORECAMBE     42.18               9,009.19
18 Nov    DD  TV  LICENCE                    14.54               8,994.65
20 Nov    DD  SAGA  HOME  INSURANCE          31.27               8,963.38
28 Nov    TEACHERS  PENSIONS                         612.33     9,575.71
30 Nov    Balance  carried  forward                             ⟦financial|9,575.71⟧

She died on 22 November. Do I need to tell the pension providers that some of this was overpaid?`,
  ],
  ["nl", "medical:neg", "mijn vader (78) heeft net de diagnose beginnende alzheimer gekregen. hoe leg ik dat uit aan mijn kinderen van 8 en 11?"],
  ["en", "question:neg", "what's the difference between a sort code and a BIC? my european client needs to pay me"],
  [
    "en",
    "chat:sens",
    `Can you summarise this Slack thread for the incident postmortem? Keep technical detail, drop the banter.

#inc-4471-checkout-down
[02:14] @oncall-bot: PagerDuty triggered: checkout-api 5xx rate 38%
[02:16] Jamal: looking. db connections maxed out
[02:19] Jamal: can someone with prod access check pg_stat_activity, my VPN is being weird
[02:21] Sofia: on it. for the record I'm using the break-glass creds: ⟦connection_string|postgresql://breakglass:Qv8!mTz2#LwR5p@prod-db-1.internal:5432/checkout⟧ — will rotate after
[02:24] Sofia: 480 idle in transaction from the new promo-service deploy
[02:25] Jamal: that deploy went out at 01:50. rolling back
[02:31] Jamal: rollback done, connections draining
[02:38] Sofia: 5xx back to 0.2%
[02:40] Jamal: I'll write it up. Sofia pls rotate the breakglass pw. also ping ⟦email|priya.n@ourshop.com⟧ tomorrow, it was her PR
[02:41] Sofia: will do
[09:05] Priya: sorry all, missed a commit() in the error path. fix in PR #2281

Format: timeline, root cause, impact, actions.`,
  ],
  [
    "en",
    "letter:neg",
    `Please polish this complaint letter to an airline. I want it firm but not rude.

Dear Customer Relations,

I'm writing about my experience on flight EZY8127 from Bristol to Malaga on 22 November, booking reference K4ZP9Q.

Our flight was delayed by 4 hours and 20 minutes. We were told at the gate it was due to "crew availability", which I understand is within the airline's control. During the delay we were given a £4.50 voucher each, which didn't cover a sandwich in the terminal.

On arrival, one of our two checked bags was missing. It was delivered to our hotel two days later. In the meantime I had to buy clothes and toiletries for my daughter, costing £86.40 (receipts attached).

Under UK261 I believe we're entitled to compensation of £350 per person for a delay over 3 hours on this distance, plus reimbursement of the reasonable expenses caused by the delayed baggage.

I'd also like to point out that the staff at the gate were helpful and apologetic, and this complaint isn't about them.

Please confirm receipt of this complaint and let me know the expected timescale for a response.

Yours faithfully,
Graham Ellis

Should I mention that I'll go to the ADR scheme if they refuse, or save that for later?`,
  ],
  [
    "pt-BR",
    "ticket:sens",
    "Abre um chamado pra TI: 'Usuária Bruna Tavares (⟦email|bruna.tavares@grupoalvorada.com.br⟧) bloqueou o acesso ao SAP. Resetei a senha pra ⟦password|Alv@2026#Temp⟧, ela precisa trocar no primeiro login.' Prioridade média.",
  ],
  [
    "en",
    "school:sens",
    "write a sick note for school: Mia Chen (Year 2) was off Thursday with a ⟦health|migraine⟧, she's been prescribed ⟦health|sumatriptan⟧ and may need to take it at school",
  ],
  [
    "en",
    "contract:sens",
    `My friend and I are writing a simple loan agreement between us. Can you tidy up the wording and tell me if anything important is missing? We're in Ireland.

LOAN AGREEMENT

This agreement is made on 7 December 2026 between:

Lender: Ciara Murphy, of ⟦street_address|18 Seafield Road, Clontarf, Dublin 3⟧
Borrower: Aidan Byrne, of ⟦street_address|Apartment 4, 22 Main Street, Naas, Co. Kildare⟧, PPSN ⟦national_id|8417293VA⟧

1. The Lender agrees to lend the Borrower the sum of ⟦financial|€12,000⟧ (twelve thousand euro) to be used for the deposit on a business premises.
2. The Borrower agrees to repay the loan in monthly instalments of ⟦financial|€500⟧ starting on 1 February 2027, until the full amount is repaid.
3. No interest will be charged.
4. Payments will be made by bank transfer to the Lender's account ⟦iban|IE16 AIBK 9320 8641 9573 02⟧.
5. If the Borrower misses two consecutive payments, the full remaining balance becomes due immediately.
6. The Borrower may repay early without penalty.

Signed: ____________ (Lender)   ____________ (Borrower)
Witness: ____________

Should we get it witnessed by a solicitor? And does the no-interest part have any tax consequences for either of us?`,
  ],
  [
    "en",
    "chat:neg",
    `I'm the best man and need help with my speech. Can you turn these notes into a 4-minute speech that's funny but not cruel? Groom: Sam. Bride: Ellie.

- Met Sam at uni in 2011, first week, he was wearing a cape for reasons never explained
- Sam failed his driving test 4 times, once for mounting a kerb outside the test centre
- He met Ellie at a pub quiz in 2019, her team beat his by one point and he demanded a recount
- He asked me for advice about proposing and then ignored all of it and proposed on a ferry to the Isle of Wight, in the rain, and she still said yes
- Ellie is way too good for him: she's a paramedic, she runs marathons, she once fixed my car with a hair tie
- Sam is the most loyal friend I have, he drove 5 hours to help me move house when no one else would
- End with a toast to the couple

Don't mention his ex. Grandparents will be there so keep it clean. British humour, gentle.`,
  ],
];
