/**
 * Development set 18, European-language entries (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish,
 * Turkish): health and money of named private people in letters, notes, chats, tables and records, and same-shape hard
 * negatives. Marks: ⟦category|value⟧ (../marked-prompts.ts). Written before anything under src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- German -----------------------------------------------------------------------------------------------------
  [
    "de",
    "health:letter-de:free",
    `Bitte kürzen: Sehr geehrte Frau Kollegin, wir berichten über Herrn Detlef Wunderlich, geb. ⟦date_of_birth|03.11.1957⟧, der sich vom 12. bis 19.11. in unserer stationären Behandlung befand. Diagnosen: ⟦health|Alkoholentzugssyndrom⟧, ⟦health|äthyltoxische Leberzirrhose Child B⟧.`,
  ],
  [
    "de",
    "health:chat-de:free",
    `Wie formuliere ich das taktvoll? Meine Kollegin Annegret Pohlmann fehlt seit drei Wochen, sie hat mir erzählt, dass sie ⟦health|Brustkrebs⟧ hat und gerade mit der ⟦health|Chemotherapie⟧ angefangen hat.`,
  ],
  [
    "de",
    "health:table-de:structured",
    `Sortiere nach Station:\n| Name | Station | Befund |\n|---|---|---|\n| Jürgen Hahnemann | 3B | ⟦health|Lungenembolie⟧ |\n| Elif Kaya-Brandt | 5A | ⟦health|Schwangerschaftsvergiftung⟧ |\n| Horst Bieler | 3B | ⟦health|Delir bei Demenz⟧ |`,
  ],
  [
    "de",
    "fin:chat-de:free",
    `Mein Nachbar Uwe Klingbeil hat mir erzählt, er hat ⟦financial|38.000 € Schulden⟧ bei drei Banken und jetzt eine ⟦financial|Privatinsolvenz⟧ beantragt. Wie lange dauert das Verfahren?`,
  ],
  [
    "de",
    "fin:payslip-de:structured",
    `Prüf die Abrechnung:\nMitarbeiterin: Katrin Oberländer, Personalnr. 40117\nBrutto: ⟦financial|4.250,00 €⟧\nLohnsteuer: 612,33 €  Soli: 0,00 €\nPfändung: ⟦financial|380,00 €⟧\nAuszahlung: ⟦financial|2.516,81 €⟧`,
  ],
  [
    "de",
    "neg-health:textbook-de:free",
    `Erkläre für das Staatsexamen: Welche Laborwerte sprechen für eine Leberzirrhose Child B, und wie wird ein Alkoholentzugssyndrom behandelt?`,
  ],
  [
    "de",
    "neg-fin:earnings-de:structured",
    `Fasse zusammen:\n| Konzern | Umsatz 2025 | Gewinn |\n|---|---|---|\n| Siemens AG | 78,9 Mrd. € | 9,0 Mrd. € |\n| BASF SE | 65,3 Mrd. € | 1,3 Mrd. € |`,
  ],
  [
    "de",
    "neg-health:public-de:free",
    `Schreib einen kurzen Absatz: Bundeskanzler a. D. Helmut Schmidt litt bekanntlich jahrelang an Schwerhörigkeit und trug ein Hörgerät.`,
  ],
  // --- French -----------------------------------------------------------------------------------------------------
  [
    "fr",
    "health:note-fr:structured",
    `Mets en forme ce compte rendu :\nPatiente : Mme Solène Lacombe-Vidal, 44 ans\nMotif : ⟦health|crise d'épilepsie⟧ inaugurale\nIRM : ⟦health|méningiome frontal gauche de 3 cm⟧\nTraitement : ⟦health|lévétiracétam 500 mg x2/j⟧`,
  ],
  [
    "fr",
    "health:chat-fr:free",
    `Comment annoncer à l'équipe que Bastien Rouxel sera absent ? Il m'a confié qu'il est suivi pour une ⟦health|dépression sévère⟧ et qu'il prend du ⟦health|Deroxat⟧ depuis un mois.`,
  ],
  [
    "fr",
    "fin:letter-fr:free",
    `Résume ce courrier : Madame Océane Delaunay, votre compte présente un ⟦financial|découvert de 2 487,16 €⟧ et votre dossier a été transmis à la ⟦financial|commission de surendettement⟧ de la Banque de France.`,
  ],
  [
    "fr",
    "fin:csv-fr:structured",
    `Calcule la moyenne :\nsalarie;poste;salaire_brut_annuel\nMathis Guérin;technicien;⟦financial|31 200⟧\nLéa Benhamou;cheffe de projet;⟦financial|52 800⟧\nYanis Morel;stagiaire;⟦financial|7 200⟧`,
  ],
  [
    "fr",
    "health:arret-fr:structured",
    `Traduis en anglais pour l'assurance :\nAvis d'arrêt de travail\nAssuré : Thierry Marchetti\nN° SS : ⟦national_id|1 68 04 13 055 214 93⟧\nMotif médical : ⟦health|lombosciatique L5 droite⟧\nDu 02/12/2026 au 23/12/2026`,
  ],
  ["fr", "neg-health:fiction-fr:free", `Dans « La Dame aux camélias », de quelle maladie meurt Marguerite Gautier et comment Dumas fils la décrit-il ?`],
  ["fr", "neg-fin:price-fr:structured", `Classe par prix :\nBaguette tradition;1,30 €\nCroissant;1,15 €\nPain au chocolat;1,35 €`],
  [
    "fr",
    "neg-health:leaflet-fr:free",
    `Reformule la notice : Deroxat (paroxétine) 20 mg est indiqué dans le traitement des épisodes dépressifs majeurs. Ne pas arrêter brutalement le traitement.`,
  ],
  // --- Spanish ----------------------------------------------------------------------------------------------------
  [
    "es",
    "health:chat-es:free",
    `¿Cómo le escribo a la profe? Mi compañera de piso, Ainhoa Etxeberria, tiene ⟦health|anorexia nerviosa⟧ y la acaban de ingresar en la unidad de trastornos alimentarios del hospital.`,
  ],
  [
    "es",
    "health:informe-mx:structured",
    `Corrige la ortografía:\nNombre: Juan Carlos Villaseñor Treviño\nNSS: ⟦national_id|4287 65 1032 4⟧\nDx: ⟦health|insuficiencia renal crónica estadio 4⟧\nTFG: ⟦health|22 ml/min⟧\nPlan: valoración para ⟦health|hemodiálisis⟧`,
  ],
  [
    "es",
    "fin:chat-ar:free",
    `Mi cuñado Facundo Lisandrelli cobra ⟦financial|$1.850.000 por mes⟧ en negro y tiene una ⟦financial|deuda de USD 14.000⟧ con la tarjeta. ¿Le conviene refinanciar?`,
  ],
  [
    "es",
    "fin:json-es:structured",
    `Valida este JSON: {"titular":"Montserrat Pujadas Roig","saldo":⟦financial|-1320.55⟧,"hipoteca_pendiente":⟦financial|184300⟧,"nomina_mensual":⟦financial|2140⟧}`,
  ],
  ["es", "neg-health:stats-es:structured", `Haz un gráfico: comunidad,prevalencia_diabetes\nAndalucía,8.1\nMadrid,6.3\nGalicia,7.4`],
  [
    "es",
    "neg-fin:self-es:free",
    `Tengo una deuda de 14.000 dólares con la tarjeta y cobro unos 1.800 euros. ¿Me conviene refinanciar o pedir un préstamo personal?`,
  ],
  ["es", "neg-health:public-es:free", `Resume: el Rey Juan Carlos I fue operado de la cadera en 2012 tras su accidente en Botsuana, según la Casa Real.`],
  // --- Italian ----------------------------------------------------------------------------------------------------
  [
    "it",
    "health:lettera-it:free",
    `Correggi la lettera: Gentile dottore, le invio la signora Carmela Lo Presti, 82 anni, con ⟦health|fibrillazione atriale⟧ in ⟦health|terapia con apixaban 5 mg⟧ e ⟦health|demenza di Alzheimer moderata⟧.`,
  ],
  [
    "it",
    "fin:busta-it:structured",
    `Controlla la busta paga:\nDipendente: Gianluca Ferraresi\nCodice fiscale: ⟦national_id|FRRGLC85M12F205R⟧\nRetribuzione lorda: ⟦financial|2.730,00 €⟧\nNetto in busta: ⟦financial|1.912,44 €⟧`,
  ],
  [
    "it",
    "health:chat-it:free",
    `La mia vicina Ornella Bassani ha scoperto di essere ⟦health|incinta di 10 settimane⟧ e ha il ⟦health|diabete di tipo 1⟧: cosa deve chiedere al ginecologo?`,
  ],
  ["it", "neg-fin:earnings-it:free", `Riassumi: Ferrari ha chiuso il trimestre con ricavi per 1,7 miliardi di euro e un utile netto di 412 milioni.`],
  ["it", "neg-health:fiction-it:free", `Nei Promessi sposi, come descrive Manzoni la peste che colpisce Don Rodrigo?`],
  // --- Portuguese -------------------------------------------------------------------------------------------------
  [
    "pt",
    "health:prontuario-br:structured",
    `Organize o prontuário:\nPaciente: Raimunda Conceição dos Santos\nCNS: ⟦medical_record|796 0308 2462 8194⟧\nHD: ⟦health|tuberculose pulmonar⟧ + ⟦health|HIV⟧\nCD4: ⟦health|180 células/mm³⟧`,
  ],
  [
    "pt",
    "fin:chat-br:free",
    `Meu sogro, o seu Anselmo Pedrosa, está com o nome sujo no Serasa por uma ⟦financial|dívida de R$ 27.400⟧ e ganha ⟦financial|R$ 3.100 de aposentadoria⟧. Como ele negocia?`,
  ],
  [
    "pt",
    "health:email-pt:free",
    `Revê este email: Caros colegas, a Inês Carvalhal vai estar de baixa porque foi diagnosticada com ⟦health|esclerose múltipla⟧ e começa ⟦health|ocrelizumab⟧ na próxima semana.`,
  ],
  [
    "pt",
    "neg-health:textbook-br:free",
    `Explique para a prova de residência: qual é a contagem de CD4 que define aids e quando iniciar profilaxia para pneumocistose?`,
  ],
  [
    "pt",
    "neg-fin:price-br:structured",
    `Ordene por preço:\n| Produto | Preço |\n|---|---|\n| Arroz 5 kg | R$ 27,90 |\n| Feijão 1 kg | R$ 8,49 |\n| Café 500 g | R$ 19,90 |`,
  ],
  // --- Dutch ------------------------------------------------------------------------------------------------------
  [
    "nl",
    "health:overdracht-nl:structured",
    `Maak hier een overdracht van:\nKamer 8 – dhr. Gerrit Hoogendijk (79)\nDiagnose: ⟦health|CVA rechts⟧, ⟦health|afasie⟧\nMedicatie: ⟦health|clopidogrel 75 mg⟧\nBijzonderheden: slikproblemen`,
  ],
  [
    "nl",
    "fin:chat-nl:free",
    `Mijn collega Sanne Vermeulen heeft een ⟦financial|BKR-registratie⟧ door een ⟦financial|achterstand van € 4.300⟧ op haar lening. Kan ze nog een hypotheek krijgen?`,
  ],
  [
    "nl",
    "neg-health:leaflet-nl:free",
    `Vat de bijsluiter samen: Clopidogrel 75 mg wordt gebruikt om bloedstolsels te voorkomen na een beroerte of hartinfarct. Bijwerking: blauwe plekken.`,
  ],
  ["nl", "neg-fin:stats-nl:structured", `Maak een grafiek: jaar;gemiddeld_inkomen\n2022;38.400\n2023;40.100\n2024;41.900`],
  // --- Polish -----------------------------------------------------------------------------------------------------
  [
    "pl",
    "health:wypis-pl:structured",
    `Popraw wypis:\nPacjent: Zbigniew Szczepaniak\nPESEL: ⟦national_id|56031208414⟧\nRozpoznanie: ⟦health|zawał serca STEMI ściany dolnej⟧\nZalecenia: ⟦health|tikagrelor 90 mg 2x dziennie⟧`,
  ],
  [
    "pl",
    "fin:chat-pl:free",
    `Jak napisać do banku? Moja ciocia Halina Wróblewska ma ⟦financial|zaległość 9 800 zł⟧ w spłacie kredytu i ⟦financial|komornika na emeryturze⟧.`,
  ],
  [
    "pl",
    "neg-health:public-pl:free",
    `Streść: Lech Wałęsa w 2008 roku przeszedł wszczepienie rozrusznika serca w szpitalu w Houston, o czym informowały media.`,
  ],
  ["pl", "neg-fin:earnings-pl:free", `Streść: Orlen miał w trzecim kwartale 4,1 mld zł zysku netto przy przychodach 76 mld zł.`],
  // --- Swedish ----------------------------------------------------------------------------------------------------
  [
    "sv",
    "health:journal-sv:structured",
    `Sammanfatta journalanteckningen:\nPatient: Ingrid Lundqvist, ⟦national_id|19520417-2380⟧\nBedömning: ⟦health|KOL stadium 3⟧, ⟦health|hjärtsvikt⟧\nLäkemedel: ⟦health|furosemid 40 mg⟧`,
  ],
  [
    "sv",
    "fin:chat-sv:free",
    `Min svåger Mikael Sandberg har ⟦financial|skulder hos Kronofogden på 212 000 kr⟧ och tjänar ⟦financial|28 500 kr i månaden⟧. Kan han få skuldsanering?`,
  ],
  ["sv", "neg-fin:rules-sv:free", `Vilka krav gäller för skuldsanering i Sverige, och hur länge brukar den pågå?`],
  // --- Turkish ----------------------------------------------------------------------------------------------------
  [
    "tr",
    "health:epikriz-tr:structured",
    `Epikrizi düzelt:\nHasta: Hatice Yıldırımoğlu\nTanı: ⟦health|meme kanseri evre 3⟧\nTedavi: ⟦health|mastektomi⟧ sonrası ⟦health|kemoterapi⟧`,
  ],
  [
    "tr",
    "fin:chat-tr:free",
    `Arkadaşım Emre Karaduman'ın ⟦financial|kredi kartı borcu 186.000 TL⟧ ve maaşı ⟦financial|42.000 TL⟧. Yapılandırma mı yapsın, kredi mi çeksin?`,
  ],
  ["tr", "neg-health:textbook-tr:free", `Tıp sınavı için açıkla: meme kanseri evre 3'te hangi tedaviler uygulanır?`],
  ["tr", "neg-fin:price-tr:structured", `Fiyata göre sırala:\nSimit - 15 TL\nÇay - 10 TL\nPoğaça - 20 TL`],
];
