/**
 * Development set 36, European languages (de, fr, es, it, pt, nl, pl, ru, tr): the same shapes as `en.ts` — a birth
 * date right after a name, a letter-block address with an initial, shorthand diagnoses (KHK, BPCO, ИБС, ХОБЛ, KOAH …)
 * of a named person or a relative, a salary in words, a password after a cue with a parenthesis — beside public,
 * textbook, leaflet, survey, company and placeholder negatives. Written before anything under src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EU: MarkedEntry[] = [
  // --- de -------------------------------------------------------------------------------------------------------------
  ["de", "dob:name-geb:free", "Bitte das Anmeldeformular ausfüllen: Jonas Berger, geb. ⟦date_of_birth|14.02.1986⟧, zieht nächsten Monat nach Kassel."],
  ["de", "dob:name-star:free", "Lukas Meier (* ⟦date_of_birth|3. Mai 1979⟧) braucht eine Vollmacht für die Bankgeschäfte seiner Mutter – formuliere sie."],
  [
    "de",
    "address:letter-block:doc",
    "Anschrift für den Brief:\nHerrn T. Albrecht\n⟦street_address|Lindenstraße 12\n37083 Göttingen⟧\nBitte als DIN-5008-Anschriftfeld setzen.",
  ],
  [
    "de",
    "health:shorthand-dad:free",
    "Mein Vater hat ⟦health|KHK⟧ und ⟦health|Z.n. Stent⟧ 2021 – darf er mit seinem ⟦health|Diabetes Typ 2⟧ noch in die Sauna?",
  ],
  [
    "de",
    "health:colleague:free",
    "Kollegin Frau Schäfer fällt aus: ⟦health|Z.n. Bandscheiben-OP⟧, ⟦health|LWS-Syndrom⟧ – wie verteile ich ihre Schichten fair?",
  ],
  [
    "de",
    "salary:wife-words:free",
    "Meine Frau verdient ⟦financial|zweiundvierzigtausend Euro⟧ brutto im Jahr, ich ⟦financial|achtunddreißigtausend⟧ – wie viel Elterngeld bekommen wir?",
  ],
  [
    "de",
    "salary:brother-words:free",
    "Mein Bruder Felix bekommt ⟦financial|dreitausendvierhundert Euro netto im Monat⟧ – reicht das für eine Wohnung in Hamburg?",
  ],
  [
    "de",
    "password:wifi-paren:free",
    "PW fürs WLAN (Ferienwohnung Ostsee, 2. Stock): ⟦password|Moewe!Strand-2291⟧ – mach mir daraus einen QR-Code für die Gäste.",
  ],
  [
    "de",
    "password:laptop-paren:free",
    "Das Passwort für Omas Laptop (das neue, nach dem Reset): ⟦password|Tulpe#Garten77⟧ – schreib ihr eine Anleitung zum Anmelden.",
  ],
  ["de", "neg-dob:public:free", "Johann Wolfgang von Goethe, geb. 28. August 1749 in Frankfurt – fasse seine Jugend in fünf Sätzen zusammen."],
  [
    "de",
    "neg-address:placeholder:doc",
    "Musterbrief:\nHerrn Max Mustermann\nMusterstraße 1\n12345 Musterstadt\nErkläre, wo Absender und Briefmarke hingehören.",
  ],
  ["de", "neg-address:company:doc", "Siemens AG\nWerner-von-Siemens-Straße 1\n80333 München\nFormuliere eine Initiativbewerbung an diese Adresse."],
  ["de", "neg-health:abbreviations:free", "Was bedeuten KHK, Z.n. und LWS-Syndrom in einem Arztbrief? Für meine Prüfung in der Pflegeausbildung."],
  ["de", "neg-salary:survey:free", "Laut Gehaltsreport verdienen Pflegekräfte im Schnitt zweiundvierzigtausend Euro im Jahr – stimmt das für Bayern?"],
  ["de", "neg-password:wifi-paren:free", "PW fürs WLAN (steht auf dem Aufkleber am Router): wo genau finde ich das bei einer FritzBox?"],
  // --- fr -------------------------------------------------------------------------------------------------------------
  [
    "fr",
    "dob:name-nee:free",
    "Inscription au club de natation : Camille Durand, née le ⟦date_of_birth|12/09/1994⟧, niveau intermédiaire. Rédige le mail de confirmation.",
  ],
  [
    "fr",
    "address:letter-block:doc",
    "Adresse pour le colis :\nM. P. Lefèvre\n⟦street_address|18 rue des Tilleuls\n69003 Lyon⟧\nC'est bien dans le bon ordre ?",
  ],
  ["fr", "health:shorthand-dad:free", "Mon père, ⟦health|BPCO⟧ + ⟦health|HTA⟧, a du mal à respirer depuis hier soir — urgences ou médecin traitant ?"],
  [
    "fr",
    "salary:partner-words:free",
    "Ma compagne gagne ⟦financial|trente-huit mille euros par an⟧ et moi un peu moins — combien peut-on emprunter sur 25 ans ?",
  ],
  ["fr", "password:wifi-paren:free", "Code wifi (maison de Bretagne, box Orange) : ⟦password|Goeland-4471-Iroise⟧ — fais une petite affiche pour l'entrée."],
  ["fr", "neg-dob:public:free", "Victor Hugo, né le 26 février 1802 à Besançon — résume sa vie en dix lignes pour un exposé."],
  ["fr", "neg-address:public:free", "Palais de l'Élysée, 55 rue du Faubourg-Saint-Honoré, 75008 Paris — comment écrire au Président de la République ?"],
  [
    "fr",
    "neg-health:leaflet:doc",
    "Notice : la metformine est indiquée dans le DT2 de l'adulte ; contre-indiquée en cas d'insuffisance rénale sévère. Simplifie.",
  ],
  [
    "fr",
    "neg-salary:survey:free",
    "Selon l'INSEE, le salaire net médian tourne autour de deux mille cent euros par mois. Explique la différence entre moyenne et médiane.",
  ],
  // --- es -------------------------------------------------------------------------------------------------------------
  [
    "es",
    "dob:family:free",
    "Datos para la reserva: Lucía Fernández Ortega, nacida el ⟦date_of_birth|07/11/1992⟧, y su hijo Mateo, ⟦date_of_birth|15/03/2019⟧.",
  ],
  ["es", "address:letter-block:doc", "Envíalo a:\nSr. J. Martínez\n⟦street_address|Calle del Olmo 23, 3.º B\n28012 Madrid⟧\n¿Falta algo en el sobre?"],
  ["es", "health:shorthand-dad:free", "Mi papá tiene ⟦health|DM2⟧ e ⟦health|HTA⟧ y le duele la rodilla, ¿puede tomar ibuprofeno?"],
  [
    "es",
    "salary:couple-words:free",
    "Mi marido gana ⟦financial|treinta y dos mil euros al año⟧ y yo ⟦financial|veintiocho mil⟧; ¿cuánto IRPF pagamos más o menos?",
  ],
  [
    "es",
    "password:wifi-paren:free",
    "Clave del wifi (la del piso de Valencia, red 5G): ⟦password|Naranjo*Azul2024⟧ — pásasela a mi compañero de piso por escrito.",
  ],
  ["es", "neg-dob:public:free", "Gabriel García Márquez (nacido el 6 de marzo de 1927) — resume Cien años de soledad para clase."],
  ["es", "neg-address:company:free", "El Corte Inglés, Calle de Preciados 3, 28013 Madrid: ¿a qué hora abre los domingos?"],
  ["es", "neg-health:case-study:free", "Caso clínico de manual: varón de 60 años con DM2 e HTA que consulta por poliuria. ¿Diagnóstico diferencial?"],
  ["es", "neg-salary:survey:free", "Según la encuesta de salarios, un programador junior gana unos veinticinco mil euros al año en Madrid. ¿Es razonable?"],
  // --- it -------------------------------------------------------------------------------------------------------------
  ["it", "dob:name-nata:free", "Maria Rossi (nata il ⟦date_of_birth|4.5.1987⟧) deve rinnovare la carta d'identità: scrivi la delega per suo marito."],
  ["it", "address:letter-block:doc", "Indirizzo per la raccomandata:\nSig. G. Bianchi\n⟦street_address|Via dei Mille 45\n20129 Milano⟧"],
  [
    "it",
    "health:shorthand-grandpa:free",
    "Mio nonno ha ⟦health|BPCO⟧ e ⟦health|scompenso cardiaco⟧, è in ossigenoterapia: può venire in montagna a 1500 metri?",
  ],
  ["it", "salary:brother-words:free", "Mio fratello guadagna ⟦financial|trentamila euro l'anno⟧ netti — quanto mutuo gli possono concedere?"],
  ["it", "neg-dob:public:free", "Leonardo da Vinci (nato il 15 aprile 1452) e Michelangelo (nato il 6 marzo 1475): confronta le loro vite."],
  ["it", "neg-health:leaflet:doc", "Foglietto illustrativo: nei pazienti con BPCO usare con cautela. Spiegami cosa vuol dire in parole semplici."],
  ["it", "neg-address:company:doc", "Ferrari S.p.A.\nVia Abetone Inferiore 4\n41053 Maranello (MO)\nScrivi una lettera per chiedere una visita alla fabbrica."],
  // --- pt -------------------------------------------------------------------------------------------------------------
  ["pt", "dob:name-nascido:free", "Ficha da escola: João Pedro Almeida, nascido em ⟦date_of_birth|22/01/1981⟧, responsável pelo aluno — revisa o texto."],
  ["pt", "health:shorthand-mum:free", "Minha mãe tem ⟦health|DPOC⟧ e ⟦health|ICC⟧, posso levar ela de avião para Recife?"],
  ["pt", "salary:self-words:free", "Eu ganho ⟦financial|quatro mil e quinhentos reais por mês⟧ — quanto de imposto de renda vou pagar?"],
  ["pt", "password:wifi-paren:free", "Senha do wifi (casa da praia, rede 5G): ⟦password|Coqueiro#8812⟧ – manda pro grupo da família."],
  ["pt", "neg-dob:public:free", "Pelé (nascido em 23 de outubro de 1940) — quantos gols ele marcou pela seleção?"],
  ["pt", "neg-health:leaflet:doc", "Bula: contraindicado em pacientes com DPOC grave. O que significa DPOC?"],
  // --- nl -------------------------------------------------------------------------------------------------------------
  ["nl", "dob:name-geboren:free", "Aanmelding: Sanne de Vries, geboren ⟦date_of_birth|30-06-1995⟧, begint maandag op de afdeling. Schrijf een welkomstmail."],
  ["nl", "address:letter-block:doc", "Stuur het naar:\nDhr. K. Jansen\n⟦street_address|Kerkstraat 14\n3512 AB Utrecht⟧"],
  ["nl", "health:shorthand-dad:free", "Mijn vader heeft ⟦health|COPD⟧ en ⟦health|DM2⟧ — mag hij dit jaar de griepprik én de coronaprik tegelijk?"],
  ["nl", "salary:partner-words:free", "Mijn partner verdient ⟦financial|vierenvijftigduizend euro per jaar⟧, hoeveel kunnen we samen lenen?"],
  ["nl", "neg-address:public:free", "Rijksmuseum, Museumstraat 1, 1071 XJ Amsterdam — hoe laat gaat het op zondag open?"],
  ["nl", "neg-dob:public:free", "Vincent van Gogh, geboren 30 maart 1853 in Zundert — vat zijn leven samen voor een spreekbeurt."],
  // --- pl -------------------------------------------------------------------------------------------------------------
  ["pl", "dob:name-ur:free", "Tomasz Wiśniewski, ur. ⟦date_of_birth|02.03.1990⟧, zgłasza się na badanie okresowe — napisz skierowanie."],
  ["pl", "address:letter-block:doc", "Adres do listu:\nPan A. Nowak\n⟦street_address|ul. Lipowa 7/12\n30-045 Kraków⟧"],
  ["pl", "health:shorthand-dad:free", "Mój tata ma ⟦health|POChP⟧ i ⟦health|nadciśnienie⟧ — czy może lecieć samolotem do Londynu?"],
  ["pl", "salary:wife-words:free", "Żona zarabia ⟦financial|osiem tysięcy złotych brutto miesięcznie⟧ — ile dostanie na rękę?"],
  ["pl", "neg-dob:public:free", "Maria Skłodowska-Curie (ur. 7 listopada 1867) — opisz jej odkrycia dla klasy siódmej."],
  ["pl", "neg-health:leaflet:doc", "Ulotka: lek stosowany w POChP i astmie. Wyjaśnij skrót POChP prostym językiem."],
  // --- ru -------------------------------------------------------------------------------------------------------------
  ["ru", "dob:name-gr:free", "Анкета: Иванов Сергей Петрович, ⟦date_of_birth|12.04.1978⟧ г.р., нужна справка с места работы — составь шаблон."],
  ["ru", "health:shorthand-dad:free", "У моего отца ⟦health|ИБС⟧ и ⟦health|ХОБЛ⟧, можно ли ему в баню после обеда?"],
  ["ru", "health:discharge:doc", "Пациентка Смирнова О. В.: ⟦health|СД 2 типа⟧, ⟦health|АГ 2 ст.⟧, ⟦health|ХСН⟧. Напиши выписку для терапевта."],
  ["ru", "salary:husband-words:free", "Мой муж получает ⟦financial|восемьдесят тысяч рублей в месяц⟧ — какую ипотеку нам одобрят?"],
  ["ru", "password:wifi-paren:free", "Пароль от вайфая (на даче, роутер в сарае): ⟦password|Berezka_7731!⟧ — перешли соседу."],
  ["ru", "neg-dob:public:free", "Юрий Гагарин, родился 9 марта 1934 года — кратко о его полёте для доклада."],
  ["ru", "neg-health:abbreviations:free", "Расшифруй аббревиатуры для экзамена: ИБС, ХОБЛ, АГ, СД, ХСН."],
  ["ru", "neg-salary:survey:free", "Средняя зарплата в Москве около ста тысяч рублей в месяц — откуда эти данные?"],
  // --- tr -------------------------------------------------------------------------------------------------------------
  ["tr", "dob:name-d:free", "Kayıt formu: Elif Yılmaz (d. ⟦date_of_birth|18.09.1996⟧), İzmir — bunu resmi bir dile çevir."],
  ["tr", "health:shorthand-dad:free", "Babamın ⟦health|KOAH⟧ ve ⟦health|hipertansiyon⟧ hastalığı var, uçağa binebilir mi?"],
  ["tr", "salary:brother-words:free", "Kardeşim ayda ⟦financial|otuz beş bin lira⟧ kazanıyor, ne kadar kredi çekebilir?"],
  ["tr", "neg-dob:public:free", "Mustafa Kemal Atatürk (d. 1881, Selanik) — hayatını beş cümleyle özetle."],
  ["tr", "neg-health:leaflet:doc", "Prospektüs: KOAH hastalarında dikkatli kullanılmalıdır. Bu ne demek?"],
];
