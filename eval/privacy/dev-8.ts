/**
 * Development set 8 (`dev-8/a.jsonl` and `dev-8/b.jsonl`): health and financial data as a user of other
 * companies' tools would paste it (clinical, SOAP, discharge and referral notes, patient tables, insurance claims,
 * HR sick-leave e-mails, a friend's diagnosis in chat; bank statements, payslips, loan applications, card
 * disputes, tax figures, wallet recovery phrases, invoices with a person's IBAN or account), and hard negatives of
 * each kind (public figures' published health news, fictional characters, aggregate statistics, textbook
 * questions, company financials, documented example or test numbers, general questions about a disease or money),
 * in English, German, French, Spanish, Italian, Portuguese, Polish, Dutch, Hindi, Hinglish, Japanese and Chinese.
 * Written by the session-28 health helper BEFORE reading any detector under src/privacy and before opening the
 * earlier dev sets' contents (see eval/privacy/README.md, "dev-8", for exactly what was looked at). Values and
 * people are invented; cards pass Luhn and IBANs mod 97 (generated, not copied from documentation), except the
 * negatives' documented example/test values. `kind` is `<topic>:<form>`, topic one of health, financial,
 * neg-health, neg-financial, so results can be read per topic and form.
 * Entries alternate between half A (even positions: the rules may be tuned on it) and half B (odd positions:
 * report only, never tuned on; its misses are read only after the last rule change).
 * Rebuild: npx tsx eval/privacy/dev-8.ts ; score: npm run eval:privacy -- --set dev-8
 * (half B alone: npm run eval:privacy -- --file eval/privacy/dev-8/b.jsonl).
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";

const ENTRIES: MarkedEntry[] = [
  // --- English ----------------------------------------------------------------------------------------
  [
    "en",
    "health:soap",
    "S: Deborah Finch, 54F, c/o worsening SOB x3 days, orthopnoea. O: BP 148/92, SpO2 93% RA, bibasal crackles. A: ⟦health|CHF exacerbation⟧, ⟦health|T2DM⟧ poorly controlled. P: increase ⟦health|furosemide⟧ to 40 mg BID, recheck U&E. Turn this into a patient-friendly summary.",
  ],
  [
    "en",
    "health:discharge",
    "Discharge summary for Raymond Ostrowski (DOB 03/11/1959): admitted with ⟦health|NSTEMI⟧, PCI to LAD, discharged on ⟦health|ticagrelor⟧ and atorvastatin 80 mg. Please shorten this to five bullet points for his GP.",
  ],
  [
    "en",
    "health:referral",
    "Dear Dr Patel, I would be grateful if you could see Ms Chloe Marsden, 29, who has had ⟦health|recurrent migraine with aura⟧ for two years despite propranolol. Can you polish this referral letter?",
  ],
  [
    "en",
    "health:table",
    "patient | age | dx\nH. Lindqvist | 67 | ⟦health|Parkinson's disease⟧\nR. Adeyemi | 45 | ⟦health|HIV⟧\nS. Moreau | 38 | ⟦health|bipolar II disorder⟧\nsort by age and make it a proper markdown table",
  ],
  [
    "en",
    "health:claim",
    "Claim #88213, insured: Brian Kowalski, policy HX-22019. Procedure: arthroscopic repair of ⟦health|torn medial meniscus⟧ on 14 Feb. They denied it as not medically necessary, write the appeal letter.",
  ],
  [
    "en",
    "health:hr",
    "Hi Karen, just letting you know Priya from accounts will be off for six weeks after her ⟦health|hysterectomy⟧. Can you help me rephrase this email to the team?",
  ],
  ["en", "health:chat", "my best friend Sam told me last night he's ⟦health|HIV positive⟧ and I don't know what to say to him. help"],
  ["en", "health:chat", "My dad Frank (72) was just diagnosed with ⟦health|stage 3 colon cancer⟧. What questions should we ask the oncologist on Monday?"],
  ["en", "health:chat", "my wife's ⟦health|gestational diabetes⟧ test came back, 1h glucose 190. what does that mean for her and the baby?"],
  [
    "en",
    "health:note",
    "Progress note 12/3: Mr. Alvarez remains withdrawn, reports ⟦health|suicidal ideation⟧ without a plan. Continue ⟦health|sertraline 100 mg⟧. Rewrite in a more formal clinical style.",
  ],
  [
    "en",
    "financial:statement",
    "Here's my statement, categorise the spending: Account holder: Nathan Greer, acct ⟦bank_account|60119284⟧, sort code 20-45-77. 03/10 TESCO £42.18; 04/10 RENT £1,150.00; closing balance ⟦financial|£2,306.44⟧",
  ],
  [
    "en",
    "financial:payslip",
    "Payslip, employee Olivia Brandt: gross pay ⟦financial|$6,250.00⟧, federal tax $912.40, net pay ⟦financial|$4,388.16⟧. Explain each deduction to her.",
  ],
  [
    "en",
    "financial:loan",
    "Loan application: applicant Marcus Webb, annual income ⟦financial|$82,000⟧, existing student debt ⟦financial|$23,400⟧, requesting $35,000 over 5 years. Write the cover note for the underwriter.",
  ],
  [
    "en",
    "financial:dispute",
    "I need to dispute a charge on my Visa ⟦payment_card|4539 0146 7829 2346⟧: $389.99 from QuickFlights on 12 Nov that I never made. Write the letter to the bank.",
  ],
  [
    "en",
    "financial:tax",
    "Our nanny Rosa Delgado earned ⟦financial|$31,200⟧ from us in 2025 and we withheld ⟦financial|$2,387⟧ for Social Security and Medicare. What goes in box 1 and box 3 of her W-2?",
  ],
  [
    "en",
    "financial:seed",
    "I wrote down my MetaMask recovery phrase: ⟦credentials|ripple velvet orphan canyon mistake dolphin ladder humble tissue oxygen harvest zebra⟧. Is it safe to keep it in Google Keep?",
  ],
  [
    "en",
    "financial:invoice",
    "Invoice 2025-041 from freelance designer Julia Hart, pay to IBAN ⟦iban|GB58 BARC 4419 2499 2460 34⟧, amount £2,400. Write a polite payment reminder.",
  ],
  [
    "en",
    "financial:chat",
    "my brother-in-law Dave has ⟦financial|$40k⟧ in credit card debt and just lost his job, how do I bring up debt consolidation with him?",
  ],
  ["en", "neg-health:public", "Reports say King Charles is being treated for cancer. What has Buckingham Palace actually disclosed?"],
  ["en", "neg-health:fiction", "In Grey's Anatomy, Derek Shepherd dies after a car crash. Summarise his medical storyline across the seasons."],
  ["en", "neg-health:stats", "About 38 million Americans have diabetes according to the CDC. Outline a chart of prevalence by age group."],
  [
    "en",
    "neg-health:textbook",
    "USMLE question: a 45-year-old man presents with crushing chest pain radiating to the left arm and ST elevation in II, III, aVF. Most likely diagnosis and first-line treatment?",
  ],
  ["en", "neg-health:general", "What are the symptoms of Lyme disease and how long after a tick bite do they appear?"],
  ["en", "neg-financial:company", "Apple reported revenue of $94.9 billion for its fiscal Q4 2024. Summarise the earnings call highlights."],
  ["en", "neg-financial:test", "For our unit tests use IBAN GB82 WEST 1234 5698 7654 32 and card 4111 1111 1111 1111. Write a Jest test for the validator."],
  ["en", "neg-financial:general", "How much should someone earning $70,000 a year save for retirement each month?"],
  ["en", "neg-financial:test", "Explain what a BIP-39 seed phrase is and why wallets use 12 or 24 words. Don't use a real phrase in the example."],
  // --- German -----------------------------------------------------------------------------------------
  [
    "de",
    "health:letter",
    "Arztbrief: Patientin Sabine Krüger, geb. 12.04.1961. Diagnosen: ⟦health|Mammakarzinom links⟧, Z. n. Mastektomie; ⟦health|arterielle Hypertonie⟧. Bitte ins Englische übersetzen.",
  ],
  [
    "de",
    "health:referral",
    "Überweisung an die Neurologie: Herr Jürgen Albrecht, 66 J., V. a. ⟦health|Morbus Parkinson⟧, Ruhetremor rechts seit 6 Monaten. Formuliere den Überweisungstext professioneller.",
  ],
  [
    "de",
    "health:hr",
    "Hallo zusammen, Thomas aus dem Lager ist wegen eines ⟦health|Bandscheibenvorfalls⟧ bis Ende Mai krankgeschrieben. Kannst du die Mail an das Team freundlicher formulieren?",
  ],
  ["de", "health:chat", "Meine Schwiegermutter hat ⟦health|Alzheimer⟧ im Frühstadium und nimmt ⟦health|Donepezil⟧. Wie können wir sie im Alltag unterstützen?"],
  [
    "de",
    "health:table",
    "Name;Station;Diagnose\nKlaus Weber;3B;⟦health|Pneumonie⟧\nAnja Roth;3B;⟦health|Delir⟧\nMehmet Yilmaz;4A;⟦health|Leberzirrhose⟧\nErstelle daraus eine Übergabeliste.",
  ],
  [
    "de",
    "health:claim",
    "Antrag auf Kostenübernahme für Frau Ingrid Haas, Versichertennr. A123456789: Reha nach ⟦health|Hüft-TEP⟧ wegen ⟦health|Coxarthrose⟧. Bitte Begründung ergänzen.",
  ],
  [
    "de",
    "financial:payslip",
    "Gehaltsabrechnung März, Mitarbeiter Stefan Hoffmann: Brutto ⟦financial|4.850,00 €⟧, Netto ⟦financial|3.012,47 €⟧. Erkläre mir die Abzüge.",
  ],
  [
    "de",
    "financial:invoice",
    "Bitte überweise die Miete an Frau Petra Lang, IBAN ⟦iban|DE08 2011 0596 2099 5340 89⟧, 950 €. Schreib mir eine kurze Bestätigung.",
  ],
  [
    "de",
    "financial:loan",
    "Kreditantrag: Antragsteller Markus Vogel, Nettoeinkommen ⟦financial|3.400 € monatlich⟧, bestehende Kredite ⟦financial|12.000 €⟧. Ist eine Rate von 600 € tragbar?",
  ],
  [
    "de",
    "financial:dispute",
    "Auf meiner Mastercard ⟦payment_card|5412 1883 7719 2806⟧ wurden 249,90 € abgebucht, die ich nicht kenne. Schreib eine Reklamation an die Bank.",
  ],
  [
    "de",
    "financial:statement",
    "Kontoauszug Girokonto, Inhaber Lukas Schmid, IBAN ⟦iban|DE79 6639 2332 1468 8197 36⟧, Kontostand ⟦financial|1.284,16 €⟧. Sortiere die Buchungen nach Kategorien.",
  ],
  ["de", "neg-financial:company", "Die Deutsche Bank meldete für 2024 einen Gewinn vor Steuern von 5,3 Mrd. €. Fasse den Geschäftsbericht zusammen."],
  ["de", "neg-health:general", "Welche Symptome hat eine Schilddrüsenunterfunktion und wie wird sie behandelt?"],
  ["de", "neg-health:fiction", "Im Roman „Der Zauberberg“ leidet Hans Castorp an Tuberkulose. Welche Rolle spielt die Krankheit?"],
  ["de", "neg-financial:test", "Beispiel-IBAN für die Dokumentation: DE89 3704 0044 0532 0130 00. Ist das Format korrekt?"],
  ["de", "neg-health:stats", "Laut RKI erkranken jährlich etwa 500.000 Menschen in Deutschland an Krebs. Erstelle eine Grafik nach Altersgruppen."],
  // --- French -----------------------------------------------------------------------------------------
  [
    "fr",
    "health:discharge",
    "Compte rendu d'hospitalisation : M. Philippe Garnier, 74 ans, hospitalisé pour ⟦health|décompensation cardiaque⟧ ; antécédents : ⟦health|BPCO⟧, ⟦health|diabète de type 2⟧. Résume pour le médecin traitant.",
  ],
  [
    "fr",
    "health:referral",
    "Cher confrère, je vous adresse Mme Camille Lefèvre, 33 ans, pour une ⟦health|endométriose⟧ sévère résistante au traitement hormonal. Corrige le style de ce courrier.",
  ],
  [
    "fr",
    "health:hr",
    "Bonjour, je vous informe que Julien sera en arrêt maladie trois semaines pour ⟦health|burn-out⟧. Aide-moi à reformuler ce mail pour l'équipe.",
  ],
  ["fr", "health:chat", "ma copine Inès vient d'apprendre qu'elle a une ⟦health|sclérose en plaques⟧, comment la soutenir ?"],
  [
    "fr",
    "health:soap",
    "Consultation du 02/05 – Mme Odile Marchand, 61 ans. Plainte : douleurs articulaires. Examen : synovite MCP. Conclusion : ⟦health|polyarthrite rhumatoïde⟧, début ⟦health|méthotrexate⟧. Mets en forme.",
  ],
  [
    "fr",
    "financial:statement",
    "Relevé de compte : titulaire Nicolas Bernard, IBAN ⟦iban|FR08 1722 0172 5278 5756 1779 379⟧, solde ⟦financial|1 842,35 €⟧. Classe les dépenses par catégorie.",
  ],
  [
    "fr",
    "financial:payslip",
    "Bulletin de salaire de Mme Aurélie Petit : salaire brut ⟦financial|3 200 €⟧, net à payer ⟦financial|2 489,12 €⟧. Explique les cotisations.",
  ],
  ["fr", "financial:tax", "Mon père Gérard a déclaré ⟦financial|38 500 €⟧ de revenus en 2024 et doit ⟦financial|2 140 €⟧ d'impôt. Comment contester l'avis ?"],
  ["fr", "financial:dispute", "Ma carte ⟦payment_card|4716 5642 7138 4234⟧ a été débitée de 89 € par un site inconnu. Rédige une contestation pour ma banque."],
  ["fr", "neg-health:public", "Le président a-t-il publié un bulletin de santé ? Que prévoit la loi française sur la santé des chefs d'État ?"],
  ["fr", "neg-health:textbook", "Quels sont les traitements de première intention de l'hypertension artérielle essentielle ?"],
  ["fr", "neg-financial:company", "TotalEnergies a annoncé un bénéfice net de 15,8 milliards de dollars en 2024. Analyse ces résultats."],
  ["fr", "neg-financial:general", "Quelle est la différence entre un livret A et une assurance vie pour épargner 10 000 € ?"],
  // --- Spanish ----------------------------------------------------------------------------------------
  [
    "es",
    "health:note",
    "Nota de evolución: paciente Alejandro Torres Medina, 58 años. Dx: ⟦health|cirrosis hepática⟧ por VHC, ⟦health|ascitis⟧ moderada. Plan: espironolactona 100 mg. Tradúcelo al inglés.",
  ],
  [
    "es",
    "health:discharge",
    "Informe de alta: doña Carmen Ruiz, 81 años, ingresó por ⟦health|fractura de cadera⟧ tras una caída en casa. Resúmelo para la familia.",
  ],
  ["es", "health:chat", "mi primo Diego tiene ⟦health|esquizofrenia⟧ y dejó de tomar la medicación, ¿cómo hablo con él?"],
  ["es", "health:hr", "Hola Marta, te aviso de que Luis estará de baja por ⟦health|depresión⟧ hasta nuevo aviso. ¿Puedes redactarlo mejor para RR. HH.?"],
  ["es", "health:table", "Paciente,Edad,Diagnóstico\nMaría López,44,⟦health|hipotiroidismo⟧\nPablo Gil,63,⟦health|EPOC⟧\nOrdénalos por edad."],
  [
    "es",
    "financial:payslip",
    "Nómina de octubre, trabajadora Lucía Fernández: salario bruto ⟦financial|2.650 €⟧, líquido a percibir ⟦financial|2.031,40 €⟧. Explícame las retenciones.",
  ],
  ["es", "financial:invoice", "Transferid el reembolso a Javier Moreno, IBAN ⟦iban|ES72 5462 9599 0733 3335 6132⟧. Redacta el correo de confirmación."],
  [
    "es",
    "financial:dispute",
    "Tarjeta ⟦payment_card|5287 9534 2058 3927⟧ a nombre de Sofía Navarro, cargo no reconocido de 120 €. Escribe la reclamación al banco.",
  ],
  [
    "es",
    "financial:loan",
    "Solicitud de hipoteca: Raúl Jiménez, ingresos netos ⟦financial|2.900 € al mes⟧, deuda pendiente ⟦financial|15.000 €⟧ del coche. ¿Le aprobarán 180.000 €?",
  ],
  ["es", "neg-financial:company", "El Banco Santander obtuvo un beneficio de 12.574 millones de euros en 2024. Resume los resultados."],
  ["es", "neg-health:general", "¿Qué es la diabetes tipo 1 y en qué se diferencia de la tipo 2?"],
  ["es", "neg-health:fiction", "En «Cien años de soledad», ¿qué significa la peste del insomnio que sufre Macondo?"],
  ["es", "neg-financial:test", "¿La IBAN de ejemplo ES91 2100 0418 4502 0005 1332 sirve para probar nuestro formulario?"],
  // --- Italian ----------------------------------------------------------------------------------------
  [
    "it",
    "health:discharge",
    "Lettera di dimissione: sig. Giuseppe Rinaldi, 69 anni, ricoverato per ⟦health|ictus ischemico⟧; in terapia con ⟦health|clopidogrel⟧. Riassumi per il medico di base.",
  ],
  ["it", "health:chat", "Mia nonna Rosa ha la ⟦health|demenza senile⟧ e non riconosce più mia madre. Come possiamo gestire la situazione?"],
  ["it", "health:hr", "Il dipendente Marco Esposito è assente per ⟦health|lombosciatalgia⟧ dal 3 al 14 marzo. Scrivi l'email al responsabile del reparto."],
  [
    "it",
    "health:referral",
    "Gentile collega, le invio la sig.ra Chiara Conti, 27 anni, con sospetta ⟦health|anoressia nervosa⟧ (BMI 15,8). Migliora il testo dell'impegnativa.",
  ],
  ["it", "financial:payslip", "Busta paga di Francesca Romano: lordo ⟦financial|2.300 €⟧, netto ⟦financial|1.745 €⟧. Spiegami le trattenute."],
  ["it", "financial:invoice", "Bonifico a favore di Luca Bianchi, IBAN ⟦iban|IT62 X361 3538 7820 9874 2300 931⟧, causale affitto aprile. Scrivi la conferma."],
  ["it", "financial:chat", "Mio cognato Stefano ha un debito di ⟦financial|25.000 €⟧ con la finanziaria e non riesce a pagare le rate. Come lo aiuto?"],
  ["it", "neg-health:general", "Quali sono i sintomi della celiachia negli adulti?"],
  ["it", "neg-health:public", "Papa Francesco è stato ricoverato per una polmonite bilaterale nel 2025: cosa ha comunicato ufficialmente il Vaticano?"],
  ["it", "neg-financial:company", "Enel ha registrato ricavi per circa 73 miliardi di euro. Analizza il bilancio consolidato."],
  // --- Portuguese -------------------------------------------------------------------------------------
  [
    "pt",
    "health:note",
    "Evolução: paciente João Pedro Almeida, 47 anos, ⟦health|hipertensão arterial⟧ e ⟦health|apneia do sono⟧, usa CPAP. Reescreva como carta de encaminhamento.",
  ],
  ["pt", "health:chat", "minha irmã Beatriz foi diagnosticada com ⟦health|lúpus⟧, o que ela deve evitar?"],
  ["pt", "health:hr", "Atestado: a colaboradora Fernanda Souza ficará afastada por ⟦health|COVID-19⟧ por 7 dias. Escreva o e-mail para o RH."],
  [
    "pt",
    "health:claim",
    "Pedido de reembolso ao plano de saúde: beneficiário Carlos Mendes, cirurgia de ⟦health|catarata⟧ no olho direito, R$ 6.800. Redija a justificativa.",
  ],
  [
    "pt",
    "financial:statement",
    "Extrato: titular Ricardo Costa, conta corrente ⟦bank_account|48213-7⟧, agência 0457, saldo ⟦financial|R$ 4.381,90⟧. Categorize os gastos.",
  ],
  ["pt", "financial:invoice", "Pagamento ao Sr. Tiago Ferreira, IBAN ⟦iban|PT76 1419 0512 9523 4902 7351 7⟧, 850 €. Redija o aviso de pagamento."],
  [
    "pt",
    "financial:payslip",
    "Recibo de vencimento: Ana Rodrigues, vencimento base ⟦financial|1.450 €⟧, líquido ⟦financial|1.102,30 €⟧. Explique os descontos.",
  ],
  ["pt", "neg-health:general", "Quais são os sintomas da dengue e quando procurar um médico?"],
  ["pt", "neg-financial:company", "A Petrobras lucrou R$ 36,6 bilhões em 2024. Resuma o relatório anual."],
  ["pt", "neg-health:fiction", "Na novela, a personagem sofre de amnésia depois do acidente. Isso é realista do ponto de vista médico?"],
  // --- Polish -----------------------------------------------------------------------------------------
  [
    "pl",
    "health:discharge",
    "Karta informacyjna: pacjentka Katarzyna Lewandowska, 52 l., rozpoznanie: ⟦health|rak jajnika⟧, stan po chemioterapii. Przetłumacz na niemiecki.",
  ],
  ["pl", "health:chat", "Mój teść Andrzej ma ⟦health|cukrzycę typu 2⟧ i bierze ⟦health|metforminę⟧, jaka dieta będzie dla niego najlepsza?"],
  ["pl", "health:referral", "Skierowanie: Pan Piotr Wiśniewski, lat 40, ⟦health|padaczka lekooporna⟧. Popraw styl skierowania do poradni neurologicznej."],
  ["pl", "health:hr", "Pracownik Krzysztof Dąbrowski ma L4 do 20.06 z powodu ⟦health|zapalenia płuc⟧. Napisz maila do kierownika zmiany."],
  [
    "pl",
    "health:table",
    "Imię i nazwisko | Wiek | Choroba\nAnna Mazur | 71 | ⟦health|osteoporoza⟧\nJan Krawczyk | 56 | ⟦health|migotanie przedsionków⟧\nZrób z tego ładną tabelę.",
  ],
  [
    "pl",
    "financial:statement",
    "Wyciąg: właściciel rachunku Tomasz Kamiński, nr ⟦iban|PL65 1735 1512 1711 0620 5482 2056⟧, saldo ⟦financial|12 430,55 zł⟧. Podsumuj wydatki.",
  ],
  ["pl", "financial:payslip", "Pasek wypłaty: Joanna Zając, wynagrodzenie brutto ⟦financial|9 200 zł⟧, netto ⟦financial|6 672 zł⟧. Wyjaśnij składki."],
  [
    "pl",
    "financial:loan",
    "Wniosek kredytowy: Paweł Szymański, dochód ⟦financial|11 000 zł netto⟧, zadłużenie ⟦financial|45 000 zł⟧. Oceń zdolność kredytową.",
  ],
  ["pl", "neg-health:general", "Jakie są objawy boreliozy i kiedy iść do lekarza?"],
  ["pl", "neg-financial:company", "PKO BP osiągnęło ponad 9 mld zł zysku netto w 2024 r. Streść wyniki."],
  ["pl", "neg-health:fiction", "Czy Wokulski z „Lalki” Prusa cierpiał na depresję? Uzasadnij cytatami."],
  ["pl", "neg-health:stats", "W Polsce na cukrzycę choruje około 3 mln osób. Przygotuj infografikę."],
  // --- Dutch ------------------------------------------------------------------------------------------
  [
    "nl",
    "health:discharge",
    "Ontslagbrief: dhr. Pieter de Vries, 77 jaar, opgenomen met ⟦health|longembolie⟧, ontslagen met ⟦health|rivaroxaban⟧. Vat samen voor de huisarts.",
  ],
  ["nl", "health:chat", "Mijn buurvrouw Anouk vertelde dat ze ⟦health|borstkanker⟧ heeft. Hoe kan ik haar helpen zonder op te dringen?"],
  ["nl", "health:referral", "Verwijsbrief: mevrouw Sanne Jansen, 36 jaar, ⟦health|ziekte van Crohn⟧ met opvlamming ondanks azathioprine. Verbeter de tekst."],
  ["nl", "health:hr", "Hoi team, Bram is de komende weken ziek thuis met een ⟦health|hernia⟧. Kun je dit bericht netter formuleren?"],
  ["nl", "financial:payslip", "Loonstrook: werknemer Daan Bakker, bruto ⟦financial|€ 3.950⟧, netto ⟦financial|€ 2.812,60⟧. Leg de inhoudingen uit."],
  [
    "nl",
    "financial:invoice",
    "Factuur van Lotte Visser voor fotografie: graag betalen op IBAN ⟦iban|NL13 RABO 4280 8420 39⟧. Schrijf een betalingsherinnering.",
  ],
  ["nl", "financial:chat", "Mijn schoonvader Henk heeft een belastingschuld van ⟦financial|€ 18.000⟧. Hoe regelen we een betalingsregeling?"],
  ["nl", "neg-health:general", "Wat zijn de symptomen van de ziekte van Lyme?"],
  ["nl", "neg-financial:company", "ING rapporteerde een nettowinst van € 6,4 miljard over 2024. Vat het jaarverslag samen."],
  ["nl", "neg-financial:test", "Test-IBAN NL91 ABNA 0417 1643 00 uit de documentatie: waarom is die geldig?"],
  // --- Hindi (Devanagari) -----------------------------------------------------------------------------
  ["hi", "health:discharge", "मरीज़: रमेश कुमार, उम्र 61। निदान: ⟦health|मधुमेह⟧ और ⟦health|उच्च रक्तचाप⟧। इस डिस्चार्ज नोट का अंग्रेज़ी में अनुवाद करें।"],
  ["hi", "health:chat", "मेरी माँ सुनीता को ⟦health|स्तन कैंसर⟧ का पता चला है, हमें डॉक्टर से क्या पूछना चाहिए?"],
  ["hi", "health:hr", "कर्मचारी अमित शर्मा ⟦health|डेंगू⟧ के कारण दो सप्ताह की छुट्टी पर हैं। HR को ईमेल लिखें।"],
  ["hi", "financial:payslip", "वेतन पर्ची: कर्मचारी प्रिया वर्मा, सकल वेतन ⟦financial|₹85,000⟧, शुद्ध वेतन ⟦financial|₹71,240⟧। कटौतियाँ समझाइए।"],
  ["hi", "financial:account", "मेरे भाई राहुल का खाता संख्या ⟦bank_account|50100234567891⟧, IFSC HDFC0001234 है, उसे ₹20,000 भेजने का संदेश लिखें।"],
  ["hi", "neg-health:general", "डेंगू के लक्षण क्या हैं और इससे कैसे बचें?"],
  ["hi", "neg-financial:company", "रिलायंस इंडस्ट्रीज़ का वित्त वर्ष 2024 में शुद्ध लाभ कितना था?"],
  // --- Hinglish ---------------------------------------------------------------------------------------
  ["hinglish", "health:chat", "Meri wife Pooja ko ⟦health|hypothyroidism⟧ hai aur wo ⟦health|Thyronorm 50⟧ leti hai, pregnancy mein kya dhyan rakhe?"],
  ["hinglish", "health:chat", "Mere dost Arjun ko ⟦health|TB⟧ detect hua hai, usko office mein batana chahiye kya?"],
  ["hinglish", "health:report", "Papa ki report aayi hai: ⟦health|fatty liver grade 2⟧ aur fasting sugar 240. Unke liye diet plan bana do."],
  ["hinglish", "health:hr", "Boss ko mail likhna hai ki Neha ⟦health|typhoid⟧ ki wajah se 10 din leave pe hai, professional tone mein."],
  [
    "hinglish",
    "financial:payslip",
    "Bhai mera salary slip dekh: Vikram Singh, gross ⟦financial|₹1,20,000⟧, in-hand ⟦financial|₹94,500⟧. Kaunsa tax regime better hai?",
  ],
  ["hinglish", "financial:dispute", "Mere card ⟦payment_card|4929 2376 2355 1700⟧ se ₹15,999 ka unknown transaction hua, bank ko complaint likh do."],
  ["hinglish", "financial:loan", "Chacha ji ka ⟦financial|₹8 lakh⟧ ka loan baaki hai aur EMI ⟦financial|₹18,000⟧ hai, prepay karein ya nahi?"],
  ["hinglish", "neg-health:general", "Diabetes mein kaunse fruits kha sakte hai?"],
  ["hinglish", "neg-health:public", "Virat Kohli ne apni fitness routine ke baare mein interviews mein kya bataya hai?"],
  ["hinglish", "neg-financial:company", "HDFC Bank ka Q3 profit kitna tha aur share price pe kya asar hua?"],
  // --- Japanese ---------------------------------------------------------------------------------------
  [
    "ja",
    "health:discharge",
    "【退院サマリー】患者：鈴木 一郎 様（78歳）入院時診断：⟦health|誤嚥性肺炎⟧、既往歴：⟦health|脳梗塞⟧。ご家族向けに要約してください。",
  ],
  ["ja", "health:chat", "友達の田中さんが⟦health|パニック障害⟧だと打ち明けてくれました。どう接したらいいですか？"],
  ["ja", "health:hr", "人事部へ：営業部の伊藤 涼子さんが⟦health|適応障害⟧のため1か月休職します。社内連絡文を作成してください。"],
  ["ja", "health:referral", "紹介状：山田 花子 様 45歳、⟦health|関節リウマチ⟧疑い、⟦health|メトトレキサート⟧開始を検討しています。文章を整えてください。"],
  ["ja", "financial:payslip", "給与明細：社員 渡辺 大輔、総支給額 ⟦financial|385,000円⟧、差引支給額 ⟦financial|291,420円⟧。控除の内訳を説明して。"],
  ["ja", "financial:loan", "住宅ローン審査：申込者 小林 誠、年収 ⟦financial|620万円⟧、他の借入 ⟦financial|150万円⟧。審査に通りそうですか？"],
  [
    "ja",
    "financial:seed",
    "ビットコインのウォレットの復元フレーズ ⟦credentials|orbit salmon frozen pledge cabin tumble arrest vivid moral eager drift sponsor⟧ はどこに保管すべきですか？",
  ],
  ["ja", "neg-health:general", "インフルエンザの潜伏期間はどれくらいですか？"],
  ["ja", "neg-financial:company", "トヨタ自動車の2024年3月期の営業利益は5兆円を超えました。要点をまとめて。"],
  ["ja", "neg-health:stats", "日本の糖尿病患者数は約1000万人と推計されています。年代別のグラフ案を作って。"],
  // --- Chinese ----------------------------------------------------------------------------------------
  ["zh", "health:discharge", "出院小结：患者王建国，男，65岁。诊断：⟦health|急性心肌梗死⟧，⟦health|2型糖尿病⟧。请翻译成英文。"],
  ["zh", "health:chat", "我同事李娜得了⟦health|乳腺癌⟧，正在化疗，我该怎么安慰她？"],
  ["zh", "health:table", "姓名 | 年龄 | 诊断\n张伟 | 34 | ⟦health|抑郁症⟧\n刘洋 | 52 | ⟦health|痛风⟧\n请整理成表格。"],
  ["zh", "health:hr", "请假邮件：员工陈晓明因⟦health|阑尾炎⟧手术需请假两周，请帮我润色。"],
  ["zh", "financial:payslip", "工资条：员工赵磊，应发工资⟦financial|18,500元⟧，实发⟦financial|14,236元⟧。解释一下扣款项目。"],
  ["zh", "financial:invoice", "收款人：孙丽，开户行：中国工商银行北京分行，账号⟦bank_account|0200004509012345678⟧，金额5,000元。请生成付款通知。"],
  ["zh", "financial:loan", "贷款申请：申请人周杰，月收入⟦financial|25,000元⟧，现有房贷⟦financial|120万元⟧。评估还款能力。"],
  ["zh", "neg-health:general", "高血压患者应该注意哪些饮食？"],
  ["zh", "neg-financial:company", "阿里巴巴2024财年营收为9411亿元。请总结财报。"],
  ["zh", "neg-health:fiction", "《红楼梦》里林黛玉得的是什么病？"],
  // --- Second pass: more forms per language, and more hard negatives ----------------------------------
  [
    "en",
    "health:table",
    "Name,DOB,Condition,Medication\nGrace Holloway,1988-02-11,⟦health|epilepsy⟧,⟦health|levetiracetam⟧\nOwen Price,1975-09-30,⟦health|hepatitis C⟧,⟦health|sofosbuvir⟧\nturn this CSV into a JSON array",
  ],
  [
    "en",
    "health:hr",
    "Subject: Return to work. Marcus Lee is cleared to return on Monday after treatment for ⟦health|alcohol use disorder⟧; please arrange a phased return. Make this sound less clinical.",
  ],
  ["en", "health:chat", "my coworker Jenna confided she's been having ⟦health|panic attacks⟧ and is on ⟦health|Xanax⟧. should I tell our manager?"],
  [
    "en",
    "financial:loan",
    "Mortgage pre-approval for Tyler and Amanda Reyes: combined income ⟦financial|$148,000⟧, car loan balance ⟦financial|$19,750⟧, credit score 712. Draft the summary for the broker.",
  ],
  [
    "en",
    "financial:account",
    "Please set up payroll for our new hire Hannah Cole: routing ⟦bank_account|011000138⟧, checking account ⟦bank_account|4471902365⟧. Write the confirmation email.",
  ],
  ["en", "neg-health:public", "Michael J. Fox has spoken openly about living with Parkinson's. Summarise his foundation's research priorities."],
  ["en", "neg-financial:stats", "The median household income in the US was about $80,000 in 2023. Compare it with the UK."],
  ["en", "neg-health:fiction", "Write a short story about a detective named Clara Voss who slowly loses her sight to glaucoma."],
  [
    "en",
    "neg-financial:test",
    "Our sandbox bank account for ACH tests is routing 110000000, account 000123456789 (Stripe's documented test values). Write the integration steps.",
  ],
  ["de", "health:chat", "Mein Kollege Florian hat mir erzählt, dass er ⟦health|Hodenkrebs⟧ hat und bald operiert wird. Was schenke ich ihm ins Krankenhaus?"],
  [
    "de",
    "health:soap",
    "S: Fr. Meier, 38 J., seit 2 Wo. Palpitationen, Gewichtsverlust. O: HF 112, Struma. A: ⟦health|Morbus Basedow⟧. P: Thiamazol 20 mg. Bitte als Befundbericht formulieren.",
  ],
  [
    "de",
    "financial:tax",
    "Steuerbescheid meiner Mutter Renate: zu versteuerndes Einkommen ⟦financial|41.380 €⟧, Nachzahlung ⟦financial|1.920 €⟧. Lohnt sich ein Einspruch?",
  ],
  [
    "de",
    "financial:seed",
    "Das ist die Wiederherstellungsphrase von Papas Ledger: ⟦credentials|lunar basket equip tornado wisdom fever ribbon castle giant oyster blanket motion⟧. Wie vererbt man so etwas sicher?",
  ],
  ["de", "neg-health:public", "Bruce Willis' Familie hat seine frontotemporale Demenz öffentlich gemacht. Was ist über die Krankheit bekannt?"],
  ["de", "neg-financial:general", "Wie viel Eigenkapital braucht man in Deutschland für eine Immobilienfinanzierung?"],
  [
    "fr",
    "health:table",
    "Nom;Âge;Pathologie\nLéa Dubois;8;⟦health|asthme sévère⟧\nHugo Martin;9;⟦health|diabète de type 1⟧\nFais une fiche pour l'infirmière scolaire.",
  ],
  [
    "fr",
    "health:claim",
    "Demande de remboursement mutuelle pour M. Yannick Roux : séances de kinésithérapie après ⟦health|rupture du ligament croisé⟧. Rédige la lettre.",
  ],
  [
    "fr",
    "financial:loan",
    "Dossier de prêt immobilier de Claire et Thomas Moreau : revenus ⟦financial|5 400 € nets par mois⟧, crédit auto en cours ⟦financial|280 € par mois⟧. Calcule le taux d'endettement.",
  ],
  [
    "fr",
    "financial:invoice",
    "Facture de Mme Élodie Fontaine, traductrice, à régler sur l'IBAN ⟦iban|FR62 4806 3581 7839 7052 3279 247⟧. Écris un mail de relance.",
  ],
  ["fr", "neg-health:fiction", "Dans « La Peste » de Camus, comment le docteur Rieux réagit-il à l'épidémie ?"],
  ["fr", "neg-financial:test", "Le numéro de carte 4242 4242 4242 4242 est-il accepté par Stripe en mode test pour les paiements 3-D Secure ?"],
  [
    "es",
    "health:claim",
    "Reclamación a la aseguradora: asegurada Elena Castro, póliza 554-221, tratamiento de ⟦health|melanoma⟧ en la espalda. Redacta el recurso.",
  ],
  ["es", "health:chat", "mi abuelo Ramón tiene ⟦health|párkinson⟧ y se cae mucho, ¿qué adaptaciones hacemos en casa?"],
  [
    "es",
    "financial:seed",
    "Mi frase semilla es ⟦credentials|velvet drama ocean tilt harvest pupil cactus glory mention engine bubble solar⟧, ¿cómo la guardo de forma segura?",
  ],
  [
    "es",
    "financial:statement",
    "Extracto: titular Andrés Vega, IBAN ⟦iban|ES50 8201 0276 1612 4906 5286⟧, saldo final ⟦financial|3.412,77 €⟧. Clasifica los gastos.",
  ],
  ["es", "neg-health:public", "El rey Carlos III anunció que tiene cáncer. ¿Qué se sabe oficialmente del tratamiento?"],
  ["es", "neg-health:stats", "Según la OMS, unos 280 millones de personas sufren depresión en el mundo. Haz un resumen."],
  [
    "it",
    "health:soap",
    "S: sig.ra Bruno, 50 anni, astenia e sete. O: glicemia 310. A: ⟦health|diabete mellito tipo 2⟧ di nuova diagnosi. P: ⟦health|metformina⟧ 500 mg. Riscrivi come referto.",
  ],
  ["it", "health:table", "Nome | Età | Patologia\nAlessandro Greco | 60 | ⟦health|BPCO⟧\nGiulia Marino | 35 | ⟦health|sclerosi multipla⟧\nOrdina per età."],
  [
    "it",
    "financial:dispute",
    "Sulla mia carta ⟦payment_card|5363 4775 5773 1023⟧ vedo un addebito di 310 € che non ho fatto. Scrivi il disconoscimento alla banca.",
  ],
  ["it", "financial:tax", "Il 730 di mio padre Franco: reddito complessivo ⟦financial|34.200 €⟧, rimborso ⟦financial|640 €⟧. È corretto?"],
  ["it", "neg-financial:test", "L'IBAN di esempio IT60 X054 2811 1010 0000 0123 456 è valido per i test del nostro gestionale?"],
  ["it", "neg-health:fiction", "Nel romanzo di Svevo, Zeno Cosini è davvero malato o è ipocondriaco?"],
  [
    "pt",
    "health:table",
    "Nome | Idade | Diagnóstico\nMariana Lopes | 29 | ⟦health|anemia falciforme⟧\nRui Pinto | 66 | ⟦health|insuficiência renal crónica⟧\nFaça uma tabela para a equipe.",
  ],
  [
    "pt",
    "financial:loan",
    "Simulação de crédito: cliente Paulo Martins, renda ⟦financial|R$ 9.500⟧ por mês, dívida no cartão ⟦financial|R$ 14.200⟧. Vale a pena consolidar?",
  ],
  ["pt", "financial:dispute", "Meu cartão ⟦payment_card|4024 8977 7020 5246⟧ teve uma compra de R$ 1.299 que não reconheço. Escreva a contestação."],
  ["pt", "neg-financial:stats", "O salário mínimo no Brasil em 2025 é R$ 1.518. Compare com a Argentina."],
  ["pt", "neg-health:public", "O que foi divulgado oficialmente sobre a cirurgia do presidente Lula em 2024?"],
  ["pl", "health:claim", "Wniosek do ubezpieczyciela: ubezpieczona Magdalena Kowalska, leczenie ⟦health|czerniaka⟧ skóry pleców. Uzasadnij zwrot kosztów."],
  [
    "pl",
    "health:soap",
    "Wywiad: p. Nowicki, 63 l., duszność wysiłkowa. Badanie: obrzęki podudzi. Rozpoznanie: ⟦health|niewydolność serca⟧ NYHA II. Zalecenia: ⟦health|bisoprolol⟧ 2,5 mg. Przepisz ładnie.",
  ],
  ["pl", "financial:dispute", "Z mojej karty ⟦payment_card|5105 5642 0835 8836⟧ pobrano 499 zł za subskrypcję, której nie zamawiałem. Napisz reklamację."],
  [
    "pl",
    "financial:invoice",
    "Faktura od Michała Wójcika za remont, przelew na ⟦iban|PL42 2623 8573 4152 1840 9053 6656⟧, 6 500 zł. Napisz przypomnienie o płatności.",
  ],
  ["pl", "neg-financial:test", "Czy numer karty testowej 5555 5555 5555 4444 zadziała w sandboxie PayU?"],
  ["pl", "neg-health:public", "Co oficjalnie wiadomo o chorobie Jana Pawła II w ostatnich latach pontyfikatu?"],
  [
    "nl",
    "health:table",
    "Naam | Leeftijd | Diagnose\nEmma de Boer | 41 | ⟦health|reumatoïde artritis⟧\nLars Smit | 70 | ⟦health|COPD⟧\nMaak een overdrachtslijst.",
  ],
  ["nl", "health:claim", "Declaratie zorgverzekeraar: verzekerde Ruben Mulder, behandeling voor ⟦health|slaapapneu⟧ met CPAP. Schrijf de motivatie."],
  [
    "nl",
    "financial:statement",
    "Rekeningoverzicht van Jeroen Dekker, IBAN ⟦iban|NL70 INGB 6658 1205 67⟧, saldo ⟦financial|€ 2.148,90⟧. Categoriseer de uitgaven.",
  ],
  ["nl", "neg-health:fiction", "In de film 'Still Alice' krijgt Alice Howland vroege Alzheimer. Hoe realistisch is dat?"],
  ["hi", "health:table", "नाम | आयु | बीमारी\nसीमा गुप्ता | 48 | ⟦health|थायरॉइड⟧\nविकास यादव | 55 | ⟦health|हृदय रोग⟧\nइसे तालिका बना दें।"],
  ["hi", "financial:loan", "ऋण आवेदन: आवेदक संजय मिश्रा, मासिक आय ⟦financial|₹65,000⟧, मौजूदा ऋण ⟦financial|₹4,50,000⟧। पात्रता बताइए।"],
  ["hi", "neg-health:public", "अमिताभ बच्चन ने अपनी लीवर की बीमारी के बारे में सार्वजनिक रूप से क्या कहा है?"],
  [
    "hinglish",
    "health:table",
    "Patient list: Rohit Mehta - ⟦health|asthma⟧, Kavya Iyer - ⟦health|PCOS⟧, Suresh Nair - ⟦health|kidney stone⟧. Isko table mein daal do.",
  ],
  ["hinglish", "health:chat", "Meri bhabhi ko ⟦health|breast cancer⟧ diagnose hua hai, ghar pe unki help kaise karein?"],
  [
    "hinglish",
    "financial:account",
    "Maa ke account mein paise bhejne hai: account no ⟦bank_account|31245678901⟧, IFSC SBIN0004567, Sunita Devi. Message draft kar do.",
  ],
  [
    "hinglish",
    "financial:seed",
    "Mera Trust Wallet ka seed phrase ⟦credentials|tiger lemon canvas orbit museum frost silent eager puppy ranch violin elder⟧ hai, kya ise WhatsApp pe save kar sakta hoon?",
  ],
  ["hinglish", "neg-financial:general", "Mutual fund SIP mein ₹5,000 mahine daalun to 10 saal mein kitna banega?"],
  ["hinglish", "neg-health:fiction", "Taare Zameen Par mein Ishaan ko dyslexia hota hai, film ne isko kaise dikhaya?"],
  ["ja", "health:table", "氏名 | 年齢 | 病名\n加藤 翔 | 33 | ⟦health|潰瘍性大腸炎⟧\n吉田 真由美 | 58 | ⟦health|乳がん⟧\n表に整えてください。"],
  ["ja", "health:claim", "保険金請求：被保険者 松本 健太、⟦health|胃がん⟧の手術で入院14日間。請求書類の説明文を作って。"],
  ["ja", "financial:account", "振込先：みずほ銀行 新宿支店 普通 ⟦bank_account|1234987⟧ 名義 サトウ ミキ。請求書のメール文を作成して。"],
  [
    "ja",
    "financial:dispute",
    "クレジットカード ⟦payment_card|4539 0146 7829 2346⟧ に身に覚えのない 48,000円 の請求がありました。カード会社への問い合わせ文を書いて。",
  ],
  ["ja", "neg-health:fiction", "『ブラック・ジャック』に出てくるピノコの誕生のエピソードを要約して。"],
  ["ja", "neg-financial:test", "テスト用カード番号 4242 4242 4242 4242 は本番環境で使えますか？"],
  ["zh", "health:claim", "理赔申请：被保险人黄敏，因⟦health|甲状腺癌⟧住院手术，请帮我写理赔说明。"],
  ["zh", "health:chat", "我舅舅刘强得了⟦health|肝硬化⟧，还在喝酒，怎么劝他？"],
  [
    "zh",
    "financial:seed",
    "这是我的钱包助记词：⟦credentials|shadow orange pilot vessel cargo random theme blossom fiscal noble pepper quantum⟧，存在备忘录里安全吗？",
  ],
  ["zh", "financial:dispute", "我的信用卡⟦payment_card|5412 1883 7719 2806⟧有一笔3,200元的陌生消费，帮我写一封投诉信给银行。"],
  ["zh", "neg-financial:test", "测试用的信用卡号 4111 1111 1111 1111 能在支付宝沙箱里用吗？"],
  ["zh", "neg-health:stats", "中国约有1.4亿糖尿病患者，请按年龄段做一个图表说明。"],
];

/** Half A: even positions (tunable); half B: odd positions (never tuned on). */
const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
ENTRIES.forEach((entry, index) => {
  const half = index % 2 === 0 ? halves.a : halves.b;
  half.push([entry, `dev8${index % 2 === 0 ? "a" : "b"}-${String(half.length + 1).padStart(3, "0")}`] as const);
});
writeMarkedSet("dev-8/a.jsonl", halves.a);
writeMarkedSet("dev-8/b.jsonl", halves.b);
