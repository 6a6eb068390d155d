/**
 * Development set 28, entries in de, fr, es, it, pt, nl, pl, sv and tr: a named or otherwise identified private
 * person's health, then hard negatives. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- positives ----------------------------------------------------------------------------------------------------------
  [
    "de",
    "health:hr-absence:doc",
    `Krankmeldung – Mitarbeiter: Tobias Reuter, Abteilung Logistik\nDiagnose laut AU: ⟦health|Bandscheibenvorfall L5/S1⟧\nVoraussichtlich bis 19.12.\nBitte formuliere eine kurze Info an das Team, ohne die Diagnose zu nennen.`,
  ],
  [
    "de",
    "health:neighbour:free",
    `Frau Köhler von nebenan ⟦health|hat seit dem Schlaganfall eine halbseitige Lähmung⟧ und kommt nicht mehr allein die Treppe runter. Wie beantrage ich für sie einen Pflegegrad?`,
  ],
  [
    "de",
    "health:arztbrief:doc",
    `Arztbrief\nPatient: Herr Jürgen Wolff, geb. ⟦date_of_birth|03.08.1954⟧\nDiagnosen: ⟦health|KHK, Z. n. Stent-Implantation 2021⟧, ⟦health|Diabetes mellitus Typ 2⟧, ⟦health|arterielle Hypertonie⟧\nMedikation: ⟦health|ASS 100, Metformin 1000 1-0-1⟧\nBitte in einfache Sprache übersetzen.`,
  ],
  [
    "de",
    "health:euphemism-chat:free",
    `Meine Schwester Anja ist gerade nicht gut drauf, ⟦health|die Therapie in der Tagesklinik wegen ihrer Depression⟧ schlaucht sie total. Was kann ich ihr zum Geburtstag schenken?`,
  ],
  [
    "de",
    "health:school-note:doc",
    `Liebe Frau Brandt, unser Sohn Felix ⟦health|hat Asthma⟧ und braucht beim Sportunterricht vorher ⟦health|zwei Hübe Salbutamol⟧. Viele Grüße, Familie Neumann`,
  ],
  [
    "de",
    "health:own-signature:free",
    `Hallo, ich habe seit drei Wochen ⟦health|Tinnitus auf dem linken Ohr⟧ nach einem ⟦health|Hörsturz⟧. Kortison hat nicht geholfen. Was gibt es noch?\nGruß, Stefanie Lorenz`,
  ],
  [
    "fr",
    "health:colleague-email:doc",
    `Objet : absence de Mathieu\nBonjour à tous, Mathieu Girard sera absent jusqu'à fin janvier : ⟦health|il se remet d'un burn-out⟧ et ⟦health|suit une thérapie⟧. Merci de ne pas le solliciter. — Corrige le ton de ce mail.`,
  ],
  [
    "fr",
    "health:ordonnance:structured",
    `ORDONNANCE\nMme Sylvie Aubert, 47 ans\n⟦health|Lévothyrox 75 µg⟧ : 1 cp le matin\n⟦health|Vitamine D 100 000 UI⟧ : 1 ampoule/3 mois\nDr P. Lemaire\nTu peux m'expliquer ce que ça soigne ?`,
  ],
  [
    "fr",
    "health:grandparent:free",
    `Ma grand-mère Odette ⟦health|est sous oxygène à domicile à cause de sa BPCO⟧ et ⟦health|a fait une chute⟧ la semaine dernière. Quelles aides demander à la CAF ou au département ?`,
  ],
  [
    "fr",
    "health:pregnancy:free",
    `Ma collègue Inès m'a confié qu'elle ⟦health|est enceinte de 4 mois⟧ et qu'elle ⟦health|a un diabète gestationnel⟧. Comment réorganiser ses déplacements sans la mettre mal à l'aise ?`,
  ],
  [
    "fr",
    "health:forum-handle:free",
    `Pseudo : papillon_bleu33 — Mon mari Hervé ⟦health|a une sclérose en plaques⟧ depuis 2015 et ⟦health|vient de commencer l'Ocrevus⟧. Des retours sur les perfusions ?`,
  ],
  [
    "es",
    "health:whatsapp:free",
    `Chicas, os cuento: a mi suegra Carmen ⟦health|le han detectado un bulto en el pecho⟧ y ⟦health|el martes le hacen la biopsia⟧. Ayudadme a escribirle algo bonito.`,
  ],
  [
    "es",
    "health:informe:structured",
    `INFORME DE ALTA\nPaciente: D. Ernesto Salgado Ruiz\nDiagnóstico: ⟦health|fractura de cadera derecha⟧, ⟦health|intervenido con prótesis parcial⟧\nTratamiento: ⟦health|enoxaparina 40 mg/24 h⟧\nRedáctalo para su hijo en lenguaje sencillo.`,
  ],
  [
    "es",
    "health:hr-note:doc",
    `Nota RR. HH.: Lucía Ferrer (Contabilidad) está de baja por ⟦health|depresión mayor⟧ desde el 3/11. ⟦health|Tratamiento con venlafaxina⟧. Redacta un correo al equipo sin detalles médicos.`,
  ],
  [
    "es",
    "health:addiction:free",
    `Mi primo Javi ⟦health|es adicto a la cocaína⟧ y ⟦health|ha recaído⟧ después de ⟦health|seis meses en Proyecto Hombre⟧. ¿Cómo hablo con mis tíos?`,
  ],
  [
    "es",
    "health:school:doc",
    `Estimada tutora: le informo que mi hija Valeria Ortega ⟦health|es celíaca⟧ y ⟦health|tiene intolerancia a la lactosa⟧; por favor avise al comedor. Atentamente, Rosa Méndez`,
  ],
  [
    "it",
    "health:colleague:free",
    `Il mio collega Davide ⟦health|ha avuto un infarto⟧ sabato e ⟦health|gli hanno messo due stent⟧. Come scrivo un messaggio di auguri da parte dell'ufficio?`,
  ],
  [
    "it",
    "health:referto:structured",
    `REFERTO – Paziente: Giulia Ferraro\nEsame: RM ginocchio sinistro\nConclusioni: ⟦health|lesione del legamento crociato anteriore⟧, ⟦health|versamento articolare⟧\nSpiegamelo in parole semplici.`,
  ],
  [
    "it",
    "health:own-signature:doc",
    `Gentile dottoressa, da quando prendo ⟦health|il Depakin per l'epilessia⟧ ho ⟦health|perso molti capelli⟧. Posso cambiarlo?\nCordiali saluti,\nFrancesca Bianchi`,
  ],
  [
    "it",
    "health:insurance:doc",
    `Richiesta di rimborso – Assicurato: Marco Esposito, polizza 55120\nPrestazione: ⟦health|intervento di cataratta occhio destro⟧\nImporto: 2.300 €\nScrivi una lettera di sollecito.`,
  ],
  [
    "pt",
    "health:family:free",
    `Meu pai, o seu Antônio, ⟦health|tem Parkinson⟧ e ⟦health|anda com muito tremor⟧ mesmo com ⟦health|o Prolopa⟧. Que adaptações posso fazer em casa?`,
  ],
  [
    "pt",
    "health:hr:doc",
    `Atestado: a colaboradora Beatriz Fonseca ficará afastada 15 dias por ⟦health|cirurgia bariátrica⟧. Reescreva o aviso para a equipa sem citar o procedimento.`,
  ],
  [
    "pt",
    "health:vaccination:structured",
    `Lista da creche – sala 2:\nMiguel Santos: ⟦health|sem vacina do sarampo⟧\nInês Costa: vacinas em dia\nTomás Almeida: ⟦health|alergia a ovo, não tomou a da gripe⟧\nQuem precisa de aviso aos pais?`,
  ],
  [
    "pt",
    "health:forum:free",
    `user: mae_do_pedro — meu filho Pedro, 7 anos, ⟦health|foi diagnosticado com autismo nível 1⟧ e ⟦health|começou terapia ocupacional⟧. Alguém indica escola inclusiva em Campinas?`,
  ],
  [
    "nl",
    "health:neighbour:free",
    `Mijn buurman meneer De Vries ⟦health|heeft longkanker⟧ en ⟦health|krijgt bestraling⟧ in het AVL. Hoe kan ik hem helpen met boodschappen zonder opdringerig te zijn?`,
  ],
  [
    "nl",
    "health:hr:doc",
    `Verzuimmelding: Sanne Bakker, ⟦health|zwangerschapsgerelateerde klachten (bekkeninstabiliteit)⟧, verwacht 4 weken. Maak er een korte mail van voor de teamleider.`,
  ],
  ["nl", "health:own-chat:free", `Ik ben Ruud, 44, en ⟦health|ik slik al twee jaar oxazepam⟧ en ⟦health|ben er afhankelijk van geworden⟧. Hoe bouw ik het af?`],
  ["pl", "health:family:free", `Moja mama, Halina Nowak, ⟦health|ma cukrzycę typu 2⟧ i ⟦health|od wczoraj insulinę⟧. Jak ułożyć jej dietę na święta?`],
  [
    "pl",
    "health:zwolnienie:doc",
    `Zwolnienie lekarskie – Pracownik: Krzysztof Wiśniewski\nRozpoznanie: ⟦health|J18 zapalenie płuc⟧\nOkres: 02.12–16.12\nNapisz krótką informację do kierownika.`,
  ],
  [
    "pl",
    "health:colleague:free",
    `Kolega z pracy, Bartek, ⟦health|ma stany lękowe⟧ i ⟦health|chodzi do psychiatry⟧. Szef pyta, czemu tyle nieobecności. Co mam powiedzieć?`,
  ],
  ["sv", "health:family:free", `Min svärfar Göran ⟦health|har fått diagnosen ALS⟧ och ⟦health|har svårt att svälja⟧ nu. Hur pratar vi med barnbarnen om det?`],
  [
    "sv",
    "health:hr:doc",
    `Sjukfrånvaro – Emma Lindqvist, ⟦health|utmattningssyndrom⟧, sjukskriven 50 % till februari. Skriv ett neutralt mejl till kollegorna.`,
  ],
  [
    "sv",
    "health:journal:structured",
    `Journalanteckning\nPatient: Lars Holm, 71 år\nBedömning: ⟦health|förmaksflimmer⟧, ⟦health|hjärtsvikt NYHA II⟧\nÅtgärd: ⟦health|Eliquis 5 mg x 2⟧\nSammanfatta för hemtjänsten.`,
  ],
  [
    "tr",
    "health:family:free",
    `Annem Fatma Hanım ⟦health|kemoterapi görüyor⟧, ⟦health|bağışıklığı çok düştü⟧. Bayramda ziyarete gelenlere nasıl kibarca maske takmalarını söylerim?`,
  ],
  [
    "tr",
    "health:rapor:doc",
    `Sağlık raporu – Personel: Emre Yıldız\nTanı: ⟦health|menisküs yırtığı, artroskopi yapıldı⟧\nİstirahat: 21 gün\nİK için kısa bir bilgilendirme yaz.`,
  ],
  [
    "tr",
    "health:colleague:free",
    `İş arkadaşım Selin ⟦health|bipolar bozukluk⟧ teşhisi aldı ve ⟦health|lityum kullanıyor⟧. Ekipte ona nasıl destek olabiliriz?`,
  ],
  // --- hard negatives -----------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-health:general-question:free",
    `Was ist der Unterschied zwischen einem Bandscheibenvorfall und einer Bandscheibenvorwölbung? Wann muss man operieren?`,
  ],
  [
    "de",
    "neg-health:beipackzettel:doc",
    `Fasse diesen Beipackzettel zusammen: „Metformin kann Übelkeit, Durchfall und selten eine Laktatazidose verursachen. Vor Röntgenuntersuchungen mit Kontrastmittel absetzen.“`,
  ],
  [
    "de",
    "neg-health:lehrbuch:doc",
    `Fallbeispiel für die Pflegeausbildung: Eine 78-jährige Patientin mit Herzinsuffizienz NYHA III klagt über Atemnot. Welche Pflegemaßnahmen sind vorrangig?`,
  ],
  [
    "fr",
    "neg-health:general-question:free",
    `Quels sont les effets secondaires les plus fréquents du Lévothyrox et pourquoi la nouvelle formule a-t-elle fait polémique ?`,
  ],
  ["fr", "neg-health:public-figure:free", `Qu'a déclaré publiquement Céline Dion sur le syndrome de la personne raide, et quel documentaire en parle ?`],
  ["fr", "neg-health:fiction:doc", `Écris une nouvelle où un vieux marin, le capitaine Loïc, perd peu à peu la mémoire à cause d'Alzheimer.`],
  ["es", "neg-health:general-question:free", `¿La enfermedad celíaca es lo mismo que la intolerancia al gluten? Explícalo para un folleto del colegio.`],
  [
    "es",
    "neg-health:prospecto:doc",
    `Resume este prospecto: "Enoxaparina: no administrar por vía intramuscular. Puede producir hematomas en el lugar de la inyección."`,
  ],
  ["it", "neg-health:textbook:doc", `Caso clinico per studenti: uomo di 55 anni, fumatore, con dolore toracico da sforzo. Quali esami richiedere per primi?`],
  ["it", "neg-health:public-figure:free", `Come ha comunicato Fedez la sua malattia al pancreas sui social nel 2022?`],
  ["pt", "neg-health:general-question:free", `Quais são os primeiros sinais de Parkinson e quando procurar um neurologista?`],
  ["pt", "neg-health:statistics:structured", `estado,casos_dengue_2024\nSP,2100000\nMG,1650000\nFaça um gráfico de barras e comente.`],
  ["nl", "neg-health:policy:doc", `Schrijf een verzuimprotocol voor een mkb-bedrijf: ziekmelden vóór 9 uur, contact met de bedrijfsarts na twee weken.`],
  ["nl", "neg-health:general-question:free", `Hoe werkt bestraling bij longkanker en wat zijn de bijwerkingen?`],
  ["pl", "neg-health:general-question:free", `Czym różni się cukrzyca typu 1 od typu 2 i jakie są normy glukozy na czczo?`],
  ["pl", "neg-health:ulotka:doc", `Streść ulotkę: "Ibuprofen może powodować bóle brzucha. Nie stosować w ostatnim trymestrze ciąży."`],
  ["sv", "neg-health:general-question:free", `Vad är skillnaden mellan utmattningssyndrom och depression enligt Socialstyrelsen?`],
  [
    "sv",
    "neg-health:code:code",
    `SELECT diagnos_kod, COUNT(*) FROM vardkontakter WHERE ar = 2025 GROUP BY diagnos_kod ORDER BY 2 DESC;\n-- hur gör jag detta snabbare på 40 miljoner rader?`,
  ],
  ["tr", "neg-health:general-question:free", `Menisküs yırtığı ameliyatsız iyileşir mi? Fizik tedavi ne kadar sürer?`],
  ["tr", "neg-health:fiction:doc", `Bir roman sahnesi yaz: yaşlı doktor Cemil Bey, hastanede kanser hastası genç bir kıza moral veriyor.`],
];
