/**
 * Development set 34, Greek, Ukrainian, Russian, European-language and English entries: a named or clearly identified
 * private person's diagnosis, medication, lab values, procedure, pregnancy, mental-health or disability information in
 * messages, sick notes, insurance letters, discharge summaries, SOAP and referral notes, tables, CSV and JSON, with
 * Greeklish, transliterated, abbreviated and obfuscated variants; then hard negatives of the same shapes. Written
 * before src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- Greek -----------------------------------------------------------------------------------------------------------
  [
    "el",
    "health:grandmother:free",
    `Η γιαγιά μου, η Ελένη Παπαδοπούλου, διαγνώστηκε με ⟦health|νόσο Αλτσχάιμερ⟧ και παίρνει ⟦health|δονεπεζίλη⟧. Γράψε ένα μήνυμα για την οικογένεια.`,
  ],
  [
    "el",
    "health:discharge:structured",
    `ΕΞΙΤΗΡΙΟ\nΑσθενής: Γιώργος Νικολάου\nΑρ. μητρώου: 44-1982\nΔιάγνωση: ⟦health|πνευμονική εμβολή⟧\nΑγωγή: ⟦health|ριβαροξαβάνη 20 mg⟧\nΜετάφρασε στα αγγλικά.`,
  ],
  [
    "el",
    "health:colleague-depression:free",
    `Ο συνάδελφός μου Κώστας Δημητρίου έχει ⟦health|κατάθλιψη⟧ και είναι σε αναρρωτική άδεια. Πώς να το πω στην ομάδα διακριτικά;`,
  ],
  ["el", "health:greeklish:adversarial", `h adelfi mou Maria Georgiou exei ⟦health|sakxaro kyisis⟧ stin 28h evdomada, ti prepei na troei?`],
  [
    "el",
    "health:insurance:free",
    `Γράψε επιστολή προς την ασφαλιστική: ο πατέρας μου, Νίκος Αλεξίου, αριθμός συμβολαίου 88-10293, υποβλήθηκε σε ⟦health|αρθροπλαστική ισχίου⟧ στις 2 Νοεμβρίου.`,
  ],
  [
    "el",
    "health:table:structured",
    `Όνομα | Εξέταση | Τιμή\nΔήμητρα Σταύρου | ⟦health|HbA1c | 9,1%⟧\nΠαύλος Ιωάννου | ⟦health|κρεατινίνη | 2,3 mg/dL⟧\nΠοιος χρειάζεται επανέλεγχο;`,
  ],
  // --- Ukrainian -------------------------------------------------------------------------------------------------------
  [
    "uk",
    "health:father-diabetes:free",
    `Мій батько, Олександр Коваленко, має ⟦health|цукровий діабет 2 типу⟧ і приймає ⟦health|метформін⟧. Напиши йому план харчування на тиждень.`,
  ],
  [
    "uk",
    "health:discharge:structured",
    `ВИПИСКА\nПацієнт: Ірина Шевченко, № карти 58-221\nДіагноз: ⟦health|гострий панкреатит⟧\nЛікування: ⟦health|пантопразол 40 мг⟧\nПерекладіть англійською.`,
  ],
  ["uk", "health:colleague-ptsd:free", `Колега Андрій Бондаренко має ⟦health|ПТСР⟧ після фронту, як підтримати його на роботі?`],
  [
    "uk",
    "health:sick-note:free",
    `Допоможи написати пояснювальну для школи: мій син Максим Ткаченко пропустив два тижні через ⟦health|пневмонію⟧ і зараз на ⟦health|антибіотиках⟧.`,
  ],
  ["uk", "health:translit:adversarial", `moya mama Halyna Petrenko mae ⟦health|rak hrudnoi zalozy⟧, pislia ⟦health|mastektomii⟧, yak napysaty lyst do roboty?`],
  // --- Russian ---------------------------------------------------------------------------------------------------------
  [
    "ru",
    "health:insurance:free",
    `Помоги написать заявление в страховую: у моей жены, Натальи Сергеевны Морозовой, ⟦health|рак щитовидной железы⟧, ей провели ⟦health|тиреоидэктомию⟧ 12 ноября.`,
  ],
  [
    "ru",
    "health:employee-diabetes:free",
    `Сотрудник Дмитрий Волков, таб. № 4471 — ⟦health|инсулинозависимый диабет⟧, ⟦health|инсулин гларгин 24 ЕД⟧ на ночь. Составь памятку для коллег на случай гипогликемии.`,
  ],
  [
    "ru",
    "health:csv:structured",
    `ФИО;Диагноз;МКБ-10\nСоколов Павел Игоревич;⟦health|ДЦП⟧;⟦health|G80.1⟧\nЛебедева Ольга Викторовна;⟦health|рассеянный склероз⟧;⟦health|G35⟧\nСгруппируй по диагнозу.`,
  ],
  ["ru", "health:translit:adversarial", `u moego syna Kirilla Orlova ⟦health|autizm⟧ i ⟦health|epilepsiya⟧, napishi pismo v shkolu pro soprovozhdenie`],
  [
    "ru",
    "health:abbrev:adversarial",
    `Пац. Егоров В.А., 71 г.: ⟦health|ИБС⟧, ⟦health|ГБ III ст.⟧, ⟦health|ХСН IIА⟧, ⟦health|СД 2 типа⟧. Распиши сокращения для родственников.`,
  ],
  // --- German ----------------------------------------------------------------------------------------------------------
  [
    "de",
    "health:sick-note:free",
    `Bitte formuliere eine kurze Mail an die Abteilung: Herr Jonas Weber (Personalnr. 20571) fällt wegen ⟦health|eines Bandscheibenvorfalls L4/L5⟧ voraussichtlich drei Wochen aus.`,
  ],
  [
    "de",
    "health:arztbrief:structured",
    `Arztbrief\nPatientin: Sabine Krüger\nDiagnosen: ⟦health|Z. n. Mamma-Ca li. 2021⟧, ⟦health|art. Hypertonie⟧\nMedikation: ⟦health|Letrozol 2,5 mg⟧, ⟦health|Ramipril 5 mg⟧\nBitte für die Patientin verständlich zusammenfassen.`,
  ],
  [
    "de",
    "health:handover:adversarial",
    `Übergabe Zi. 12: Fr. Hoffmann, ⟦health|COPD GOLD 3⟧, ⟦health|VHF⟧, ⟦health|Marcumar⟧, INR ⟦health|3,4⟧ – was muss die Nachtschicht beachten?`,
  ],
  [
    "de",
    "health:son-disability:free",
    `Unser Sohn Felix Brandt hat ⟦health|Trisomie 21⟧ und ⟦health|einen Herzfehler⟧. Hilf mir, den Antrag auf Schulbegleitung zu formulieren.`,
  ],
  // --- French ----------------------------------------------------------------------------------------------------------
  [
    "fr",
    "health:insurance:free",
    `Peux-tu rédiger un courrier pour la mutuelle : mon fils Lucas Moreau, 9 ans, est suivi pour ⟦health|un TDAH⟧ et prend ⟦health|du méthylphénidate⟧.`,
  ],
  [
    "fr",
    "health:hospital-report:structured",
    `Compte rendu d'hospitalisation – Mme Claire Dubois, IPP 80412339\nDiagnostic : ⟦health|AVC ischémique sylvien gauche⟧\nTraitement de sortie : ⟦health|Kardégic 75 mg⟧\nRésume-le pour sa fille.`,
  ],
  [
    "fr",
    "health:colleague-pregnancy:free",
    `Ma collègue Inès Mercier est ⟦health|enceinte de quatre mois⟧ et vient d'apprendre qu'elle a ⟦health|un diabète gestationnel⟧. Comment adapter son poste ?`,
  ],
  // --- Spanish ---------------------------------------------------------------------------------------------------------
  [
    "es",
    "health:insurance:free",
    `Necesito una carta para la aseguradora: mi padre, Jorge Ramírez Ortega, póliza 55-982114, fue operado de ⟦health|una hernia inguinal⟧ y además tiene ⟦health|EPOC⟧.`,
  ],
  [
    "es",
    "health:markdown-table:structured",
    `| Paciente | Dx | Tto |\n|---|---|---|\n| Carmen Vidal | ⟦health|FA⟧ | ⟦health|apixabán 5 mg⟧ |\n| Luis Herrera | ⟦health|IC⟧ | ⟦health|bisoprolol 2,5 mg⟧ |\n¿Puedes desarrollar las siglas?`,
  ],
  [
    "es",
    "health:friend-eating:free",
    `Mi amiga Lucía Navarro tiene ⟦health|anorexia nerviosa⟧ y acaba de salir de ⟦health|un ingreso en la unidad de trastornos alimentarios⟧. ¿Qué le digo?`,
  ],
  // --- Italian ---------------------------------------------------------------------------------------------------------
  [
    "it",
    "health:colleague-surgery:free",
    `Scrivi un messaggio ai colleghi: Francesca Romano sarà assente per ⟦health|un intervento di protesi totale al ginocchio⟧ fino a gennaio.`,
  ],
  [
    "it",
    "health:discharge:structured",
    `Lettera di dimissione – Sig. Marco Bianchi, cartella 2026/4411\nDiagnosi: ⟦health|cirrosi epatica HCV-correlata⟧\nTerapia: ⟦health|propranololo 40 mg⟧\nSpiegala alla moglie.`,
  ],
  // --- Polish ----------------------------------------------------------------------------------------------------------
  [
    "pl",
    "health:mother-in-law:free",
    `Moja teściowa, Barbara Nowak, ma ⟦health|chorobę Parkinsona⟧ i bierze ⟦health|lewodopę⟧. Napisz prośbę do ośrodka pomocy społecznej o opiekunkę.`,
  ],
  [
    "pl",
    "health:discharge:structured",
    `Karta informacyjna\nPacjent: Tomasz Wiśniewski, nr historii choroby 2026/11873\nRozpoznanie: ⟦health|zawał serca NSTEMI⟧\nZalecenia: ⟦health|tikagrelor 90 mg⟧ 2x dziennie\nPrzetłumacz na angielski.`,
  ],
  // --- Dutch and Portuguese --------------------------------------------------------------------------------------------
  [
    "nl",
    "health:neighbour:free",
    `Mijn buurman Henk de Vries heeft ⟦health|longkanker⟧ en krijgt ⟦health|immunotherapie⟧. Kun je een kaartje voor hem schrijven?`,
  ],
  [
    "pt",
    "health:atestado:free",
    `Faz um atestado para a escola: a minha filha Beatriz Lopes teve ⟦health|uma crise de asma⟧ e está a fazer ⟦health|corticoide inalado⟧.`,
  ],
  // --- English: clinical notes, tables, adversarial --------------------------------------------------------------------
  [
    "en",
    "health:soap:structured",
    `S: 58M John Ferreira c/o SOB x3d\nO: SpO2 89% RA, BNP ⟦health|1,840⟧\nA: ⟦health|CHF exacerbation⟧, hx ⟦health|DM2⟧, ⟦health|HTN⟧, ⟦health|CKD3⟧\nP: ⟦health|IV furosemide 40mg BID⟧\nclean this up for the discharge letter`,
  ],
  [
    "en",
    "health:handover-ca:adversarial",
    `rewrite for the family: Mrs Okonkwo, bed 14, ⟦health|ca pancreas⟧ w/ liver mets, now ⟦health|palliative⟧, ⟦health|morphine SC 2.5mg prn⟧`,
  ],
  [
    "en",
    "health:csv:structured",
    `mrn,name,dx_code,dx\n88213,Lena Park,⟦health|F32.1⟧,⟦health|moderate depressive episode⟧\n88214,Victor Hale,⟦health|E11.9⟧,⟦health|type 2 diabetes⟧\nexport this as JSON`,
  ],
  [
    "en",
    "health:mixed-script:adversarial",
    `My colleague Dmitri said his wife Олена Сидоренко has ⟦health|рак яєчників⟧ and is starting ⟦health|chemo⟧ next week — help me write a card`,
  ],
  ["en", "health:leet:adversarial", `my bro Kevin Marsh is ⟦health|b1p0l4r⟧ and stopped taking his ⟦health|l1th1um⟧ last week, what do i do`],
  [
    "en",
    "health:referral:structured",
    `Dear Dr Amin,\nRe: Ms Priya Natarajan, hospital no. K4482197\nThank you for seeing this 29-year-old with ⟦health|suspected endometriosis⟧. She is ⟦health|G1P0⟧ and currently on ⟦health|norethisterone 5 mg TDS⟧.\nPlease tidy this referral.`,
  ],
  [
    "en",
    "health:fhir-condition:structured",
    `{"resourceType": "Condition", "subject": {"display": "Harold Bexley"}, "code": {"text": "⟦health|Major depressive disorder, recurrent⟧"}, "onsetDateTime": "2025-03-02"}\nWhy does the validator reject this?`,
  ],
  [
    "en",
    "health:adjustment:free",
    `Write a reasonable-adjustment request for my employee Tom Bradley, who is ⟦health|registered blind⟧ and needs screen-reader software.`,
  ],
  [
    "en",
    "health:json-lab:structured",
    `{"patient": "Aoife Brennan", "tests": [{"name": "TSH", "value": "⟦health|0.02 mIU/L⟧"}, {"name": "free T4", "value": "⟦health|38 pmol/L⟧"}], "impression": "⟦health|Graves' disease⟧"}\nturn this into a patient letter`,
  ],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  ["el", "neg-health:textbook:free", `Ποια είναι τα πρώτα συμπτώματα της νόσου Αλτσχάιμερ;`],
  ["el", "neg-health:leaflet:structured", `ΦΥΛΛΟ ΟΔΗΓΙΩΝ\nΔραστική ουσία: παρακεταμόλη 500 mg\nΔοσολογία: 1-2 δισκία έως 4 φορές την ημέρα\nΑπλοποίησέ το.`],
  ["uk", "neg-health:textbook:free", `Які симптоми гострого панкреатиту і коли треба викликати швидку?`],
  ["uk", "neg-health:leaflet:structured", `Інструкція\nПарацетамол 500 мг\nДорослим: по 1 таблетці до 4 разів на добу\nЗроби коротше.`],
  ["ru", "neg-health:textbook:free", `Какие первые симптомы у рассеянного склероза?`],
  [
    "ru",
    "neg-health:public-figure:free",
    `В 1996 году Борис Ельцин перенёс операцию аортокоронарного шунтирования. Расскажи, как это повлияло на его второй срок.`,
  ],
  ["ru", "neg-health:statistics:structured", `Регион;Заболеваемость туберкулёзом на 100 тыс.\nМосква;22\nТыва;115\nПострой диаграмму.`],
  ["ru", "neg-health:abbrev-question:adversarial", `Что означают сокращения ИБС, ГБ и ХСН в выписке?`],
  [
    "de",
    "neg-health:leaflet:structured",
    `Beipackzettel\nIbuprofen 400 mg\nNebenwirkungen: Magenbeschwerden\nNicht ab der 20. Schwangerschaftswoche einnehmen.\nFasse das kurz zusammen.`,
  ],
  ["de", "neg-health:statistics:free", `Laut RKI haben rund 7 % der Erwachsenen in Deutschland einen diagnostizierten Diabetes. Erkläre den Trend.`],
  ["fr", "neg-health:textbook:free", `Qu'est-ce que le TDAH chez l'adulte et comment est-il diagnostiqué ?`],
  ["fr", "neg-health:fiction:free", `Dans « La Peste » de Camus, le docteur Rieux soigne les malades d'Oran. Analyse le personnage.`],
  ["es", "neg-health:dose-question:free", `¿Cuál es la dosis habitual de apixabán en la fibrilación auricular?`],
  [
    "es",
    "neg-health:statistics:free",
    `Según la Federación Internacional de Diabetes, alrededor del 14 % de los adultos en España tiene diabetes. Haz un resumen.`,
  ],
  ["it", "neg-health:textbook:free", `Quali sono le cause più comuni della cirrosi epatica?`],
  ["pl", "neg-health:textbook:free", `Jakie są pierwsze objawy choroby Parkinsona?`],
  ["nl", "neg-health:statistics:free", `Volgens het RIVM rookt ongeveer 19% van de volwassenen. Maak een korte samenvatting.`],
  ["pt", "neg-health:leaflet:free", `O folheto do salbutamol diz que pode causar tremores e palpitações. Isso é normal?`],
  ["en", "neg-health:fiction:free", `In House M.D., Gregory House's leg pain comes from a thigh infarction. Explain what that is.`],
  ["en", "neg-health:public-figure:free", `Michael J. Fox was diagnosed with Parkinson's disease in 1991. How has his foundation shaped research?`],
  [
    "en",
    "neg-health:vignette:structured",
    `A 58-year-old man presents with SOB, BNP 1,840 and bilateral crackles. Hx: DM2, HTN, CKD3. What is the most likely diagnosis? (USMLE-style, explain the answer)`,
  ],
  ["en", "neg-health:abbrev-question:adversarial", `What do HTN, DM2, CKD3 and "ca" mean on a discharge summary?`],
  ["en", "neg-health:template:structured", `S:\nO:\nA:\nP:\nGive me a blank SOAP note template with a prompt under each heading.`],
  [
    "en",
    "neg-health:schema:structured",
    `{"patient_id": "string", "diagnosis_code": "ICD-10 string", "medications": ["string"]}\nShould medications be a separate table?`,
  ],
  ["en", "neg-health:aggregate-csv:structured", `region,diabetes_prevalence\nNorth,8.1%\nSouth,9.4%\nEast,7.2%\nplot this as a bar chart`],
  [
    "en",
    "neg-health:icd-lookup:structured",
    `code,description\nF32.1,moderate depressive episode\nE11.9,type 2 diabetes without complications\nadd the ICD-11 equivalents`,
  ],
];
