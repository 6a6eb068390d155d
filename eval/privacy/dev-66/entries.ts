/**
 * dev-66 entries: records as people paste them, where the label of a value is not beside it — a CSV/TSV header six to
 * twelve columns away, markdown, ASCII and box-drawing tables, fixed-width columns, spreadsheet pastes with tabs, HTML
 * `<table>` rows, JSON arrays with the keys in the first row or a "columns" list, YAML lists, SQL INSERT with a column
 * list, a label on the line before its value (forms, OCR'd forms, call transcripts) and multi-row key/value blocks.
 * Sensitive: a private person's national identifier, birth date, phone, home address, bank account or IBAN, passport,
 * medical record number or diagnosis in one of those shapes. Hard negatives in the same shapes: inventories, part
 * lists, pinouts, timetables with dates, league tables, lab-instrument registers, products' and animals' date columns,
 * documented test values, public offices' directories and aggregate statistics. `kind` is `<shape>:<category>` or
 * `neg-<shape>:<what>`. Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English
  [
    "en",
    "csv-far:us_ssn",
    `can you dedupe this HR export before I upload it?\nemployee_id,first_name,last_name,department,title,start_date,office,manager,grade,ssn,salary_band\n1042,Dana,Whitfield,Finance,Analyst,2019-04-01,Denver,K. Ortiz,B2,⟦us_ssn|478-10-4531⟧,B\n1043,Marcus,Lee,Ops,Lead,2016-09-12,Austin,K. Ortiz,C1,⟦us_ssn|665-91-4458⟧,C`,
  ],
  [
    "en",
    "markdown:health",
    `Summarise the handover for the night nurse:\n| Resident | Room | DOB | Diagnosis |\n|---|---|---|---|\n| Harold Jennings | 12B | ⟦date_of_birth|03/14/1941⟧ | ⟦health|COPD⟧ |\n| Margaret Sully | 14A | ⟦date_of_birth|11/02/1936⟧ | ⟦health|vascular dementia⟧ |`,
  ],
  [
    "en",
    "transcript:date_of_birth",
    `Call notes, caller Brian Moss about his refill\nAGENT: can I get your date of birth?\nCALLER: sure, it's ⟦date_of_birth|March 3rd 1979⟧\nAGENT: thanks, and the pharmacy?`,
  ],
  [
    "en",
    "transcript:us_ssn",
    `Agent: And the last thing I need, your Social Security number?\nCustomer (Linda Perez): ⟦us_ssn|371-72-4691⟧\nAgent: Thank you, one moment.`,
  ],
  [
    "en",
    "fixed-width:phone",
    `Turn this into a CSV please:\nNAME               PHONE             CITY\nGloria Tanaka      ⟦phone|(312) 847-2917⟧    Chicago\nWalter Briggs      ⟦phone|(773) 402-6618⟧    Evanston`,
  ],
  [
    "en",
    "html:medical_record",
    `<table><tr><th>Patient</th><th>Ward</th><th>Consultant</th><th>MRN</th></tr><tr><td>Edwin Carr</td><td>4 East</td><td>Dr Hale</td><td>⟦medical_record|00482913⟧</td></tr></table> why does this render without borders?`,
  ],
  [
    "en",
    "json-columns:passport",
    `{"columns":["name","passport","nationality","expiry"],"rows":[["Oliver Grant","⟦passport|548102937⟧","GBR","2031-05-02"],["Ruth Ames","⟦passport|561937204⟧","GBR","2029-11-18"]]} convert this to a list of objects`,
  ],
  [
    "en",
    "yaml:street_address",
    `guests:\n  - name: Priya Natarajan\n    phone: "⟦phone|+1 415 839 2271⟧"\n    home: ⟦street_address|1184 Alder Street, Eugene, OR 97401⟧\n    dietary: vegetarian\nfix the indentation in this YAML`,
  ],
  [
    "en",
    "sql:bank_account",
    `INSERT INTO customers (id, full_name, email_opt_in, created_at, tier, region, account_number) VALUES (77, 'Ray Holloway', true, '2024-02-01', 'gold', 'NE', '⟦bank_account|4417820039⟧'); why does this fail with a type error?`,
  ],
  [
    "en",
    "tsv:street_address",
    `Name\tStreet\tCity\tZIP\nTom Becker\t⟦street_address|42 Linden Ave⟧\tRochester\t14610\nSara Quist\t⟦street_address|9 Hawthorn Ct⟧\tBuffalo\t14214\n(pasted from the mailing sheet, sort by ZIP)`,
  ],
  [
    "en",
    "ocr-form:us_ssn",
    `OCR output of the intake form:\nPATIENT NAME\nKEVIN O'DONNELL\nDATE OF BIRTH\n⟦date_of_birth|07/22/1968⟧\nSOCIAL SECURITY NO.\n⟦us_ssn|643-78-1809⟧`,
  ],
  [
    "en",
    "kv-block:national_id",
    `Tenant\tAmy Sorensen\nCurrent address\t⟦street_address|19 Birch Hollow Rd, Concord, NH 03301⟧\nEmployer\tHealthFirst\nITIN\t⟦national_id|912-78-4410⟧\nplease fill the lease application from this`,
  ],
  [
    "en",
    "box:health",
    `┌──────────────┬──────────────┬─────────────────┐\n│ Member       │ Phone        │ Condition       │\n├──────────────┼──────────────┼─────────────────┤\n│ Carla Boone  │ ⟦phone|617-284-3309⟧ │ ⟦health|type 1 diabetes⟧ │\n└──────────────┴──────────────┴─────────────────┘\nwhich members need a snack break on the hike?`,
  ],
  [
    "en",
    "csv-far:national_id",
    `last,first,dept,site,shift,badge,locker,parking,uniform,sin\nTremblay,Luc,Shipping,Laval,night,4471,118,P2,L,⟦national_id|347 404 626⟧`,
  ],
  // German
  [
    "de",
    "csv-far:national_id",
    `Personalnr;Nachname;Vorname;Abteilung;Eintritt;Standort;Kostenstelle;Steuerklasse;Konfession;Steuer-ID;IBAN\n2211;Krüger;Sabine;Einkauf;01.03.2018;Köln;4410;I;rk;⟦national_id|32116408579⟧;⟦iban|DE81 3704 0044 0532 0130 47⟧\nbitte als Excel-Tabelle formatieren`,
  ],
  [
    "de",
    "markdown:health",
    `| Name | Geburtsdatum | Diagnose |\n|---|---|---|\n| Herbert Vogel | ⟦date_of_birth|12.05.1948⟧ | ⟦health|Morbus Parkinson⟧ |\nSchreib daraus einen Übergabebericht für die Tagschicht.`,
  ],
  [
    "de",
    "label-line:date_of_birth",
    `Anrufnotiz\nKunde: Jens Albrecht\nGeburtsdatum?\n⟦date_of_birth|4. Juli 1983⟧, hat er gesagt\nRückruf wegen Vertragsverlängerung`,
  ],
  [
    "de",
    "fixed-width:phone",
    `Name              Telefon            Ort\nUrsula Hahn       ⟦phone|0171 4829310⟧       Bremen\nDieter Koch       ⟦phone|0162 7734018⟧       Verden\nmach mir daraus eine Telefonkette`,
  ],
  [
    "de",
    "json-rows:date_of_birth",
    `[["Name","Geburtsdatum","Telefon"],["Lea Brandt","⟦date_of_birth|1992-08-17⟧","⟦phone|+49 151 23487719⟧"],["Jonas Wolf","⟦date_of_birth|1988-02-03⟧","⟦phone|+49 160 99823104⟧"]] wandle das in ein Objekt-Array um`,
  ],
  ["de", "tsv:street_address", `Mieter\tStraße\tPLZ\tOrt\nKlaus Peters\t⟦street_address|Lindenstraße 14⟧\t50674\tKöln\nbitte Serienbrief vorbereiten`],
  [
    "de",
    "sql:street_address",
    `INSERT INTO kunden (kdnr, anrede, name, ort, plz, strasse, tel, geb) VALUES (881, 'Frau', 'Ilse Brenner', 'Leipzig', '04109', '⟦street_address|Gohliser Str. 7⟧', '⟦phone|0341 5928814⟧', '⟦date_of_birth|1955-10-09⟧'); warum kommt ein Syntaxfehler?`,
  ],
  [
    "de",
    "box:passport",
    `┌─────────────────┬─────────────┐\n│ Reisende        │ Reisepass   │\n├─────────────────┼─────────────┤\n│ Anke Möller     │ ⟦passport|C7L9RJ3T1⟧ │\n└─────────────────┴─────────────┘\ntrag das bitte in die Hotelanmeldung ein`,
  ],
  [
    "de",
    "kv-block:health",
    `Patient\tFriedrich Lange\nGeb.\t⟦date_of_birth|02.11.1939⟧\nBefund\t⟦health|Vorhofflimmern⟧\nKasse\tAOK\nformuliere einen Arztbrief daraus`,
  ],
  [
    "de",
    "html:phone",
    `<table><tr><th>Name</th><th>Tel.</th><th>Anschrift</th></tr><tr><td>Petra Ziegler</td><td>⟦phone|089 23857719⟧</td><td>⟦street_address|Schellingstraße 40, 80799 München⟧</td></tr></table>`,
  ],
  [
    "de",
    "yaml:national_id",
    `mitarbeiter:\n  - name: Tobias Engel\n    abteilung: Lager\n    steuer_id: ⟦national_id|43617086597⟧\n  - name: Sandra Roth\n    abteilung: Vertrieb\n    steuer_id: ⟦national_id|85276069313⟧`,
  ],
  // French
  [
    "fr",
    "csv-far:national_id",
    `matricule,nom,prénom,service,poste,site,date_entrée,contrat,temps,num_secu\n3321,Moreau,Claire,RH,assistante,Lyon,2017-05-02,CDI,100%,⟦national_id|2 62 11 75 112 318 65⟧\ntu peux trier par service ?`,
  ],
  [
    "fr",
    "markdown:health",
    `| Patient | Né(e) le | Motif |\n|---|---|---|\n| Gérard Lefèvre | ⟦date_of_birth|21/09/1950⟧ | ⟦health|insuffisance cardiaque⟧ |\nrédige la transmission pour l'équipe de nuit`,
  ],
  [
    "fr",
    "transcript:national_id",
    `CONSEILLER : vous pouvez me rappeler votre numéro de sécu ?\nCLIENT (M. Karim Roux) : oui, ⟦national_id|1 84 07 69 123 045 48⟧\nCONSEILLER : merci, je vérifie.`,
  ],
  [
    "fr",
    "fixed-width:phone",
    `Nom               Téléphone        Ville\nSylvie Garnier    ⟦phone|06 72 41 88 39⟧   Nantes\nPaul Renaud       ⟦phone|07 58 20 13 64⟧   Angers`,
  ],
  [
    "fr",
    "html:street_address",
    `<table><tr><th>Locataire</th><th>Loyer</th><th>Adresse</th></tr><tr><td>Julien Perrin</td><td>780 €</td><td>⟦street_address|14 rue des Lilas, 31000 Toulouse⟧</td></tr></table>`,
  ],
  [
    "fr",
    "json-columns:iban",
    `{"colonnes":["nom","iban","ville"],"lignes":[["Hélène Marchand","⟦iban|FR42 2004 1010 0505 0001 3M02 684⟧","Rennes"]]} génère le fichier de prélèvement SEPA`,
  ],
  [
    "fr",
    "yaml:date_of_birth",
    `adhérents:\n  - nom: Bruno Faure\n    naissance: ⟦date_of_birth|1976-03-30⟧\n    tel: ⟦phone|07 81 22 94 16⟧\n  - nom: Léa Caron\n    naissance: ⟦date_of_birth|2001-07-08⟧\n    tel: ⟦phone|06 14 39 72 05⟧`,
  ],
  [
    "fr",
    "ocr-form:medical_record",
    `NOM DU PATIENT\nVINCENT AUBERT\nN° DE DOSSIER\n⟦medical_record|20481937⟧\nSERVICE\nCARDIOLOGIE\n(texte reconnu par OCR, corrige l'orthographe)`,
  ],
  [
    "fr",
    "sql:date_of_birth",
    `INSERT INTO clients (id, nom, ville, cp, adresse, date_naissance) VALUES (12, 'Odile Picard', 'Lille', '59000', '⟦street_address|8 rue Nationale⟧', '⟦date_of_birth|1961-12-05⟧');`,
  ],
  [
    "fr",
    "box:health",
    `+----------------+------------------------+\n| Élève          | Traitement             |\n+----------------+------------------------+\n| Lucas Bernard  | ⟦health|épilepsie⟧, ⟦health|Dépakine⟧   |\n+----------------+------------------------+\nfiche pour la sortie scolaire`,
  ],
  [
    "fr",
    "kv-block:national_id",
    `Assuré\tMarc Dupuis\nN° fiscal\t⟦national_id|3023217600053⟧\nAdresse\t⟦street_address|5 place Bellecour, 69002 Lyon⟧\nremplis la déclaration à partir de ça`,
  ],
  // Spanish
  [
    "es",
    "csv-far:national_id",
    `id,nombre,apellidos,departamento,cargo,sede,alta,jornada,turno,dni\n71,Lucía,Ortega Ruiz,Ventas,comercial,Sevilla,2020-01-07,completa,mañana,⟦national_id|39862604Q⟧\n72,Iván,Soler Gil,Almacén,mozo,Sevilla,2021-03-15,parcial,tarde,⟦national_id|26436839H⟧`,
  ],
  [
    "es",
    "markdown:health",
    `| Paciente | Fecha de nacimiento | Diagnóstico |\n|---|---|---|\n| Ramón Castillo | ⟦date_of_birth|08/02/1947⟧ | ⟦health|EPOC⟧ |\nhazme el resumen para el relevo`,
  ],
  ["es", "transcript:national_id", `AGENTE: ¿me confirma su DNI?\nCLIENTE (Marta Gil): sí, es el ⟦national_id|12622627C⟧\nAGENTE: perfecto, gracias.`],
  [
    "es",
    "fixed-width:phone",
    `Nombre            Teléfono         Ciudad\nAndrés Molina     ⟦phone|612 48 93 07⟧     Valencia\nRocío Herrera     ⟦phone|634 27 15 80⟧     Alicante`,
  ],
  ["es", "tsv:street_address", `Inquilino\tDirección\tCP\nPilar Navarro\t⟦street_address|Calle de Toledo 58, 3º B⟧\t28005\npásalo a etiquetas de envío`],
  ["es", "json-rows:national_id", `[["nombre","nie","móvil"],["Yusuf Benali","⟦national_id|X7235284J⟧","⟦phone|+34 655 31 42 90⟧"]] conviértelo en CSV`],
  ["es", "sql:iban", `INSERT INTO socios (num, nombre, cuenta, alta) VALUES (208, 'Elena Vidal', '⟦iban|ES40 2100 0418 4502 0005 1377⟧', '2023-05-01');`],
  [
    "es",
    "ocr-form:medical_record",
    `NÚMERO DE HISTORIA CLÍNICA\n⟦medical_record|HC-0048291⟧\nPACIENTE\nJOSÉ MANUEL PRIETO\nFECHA DE NACIMIENTO\n⟦date_of_birth|17/05/1952⟧`,
  ],
  [
    "es",
    "html:health",
    `<table><tr><th>Alumno</th><th>Fecha nac.</th><th>Alergias</th></tr><tr><td>Sofía Romero</td><td>⟦date_of_birth|14/06/2015⟧</td><td>⟦health|celiaquía⟧</td></tr></table>`,
  ],
  [
    "es",
    "kv-block:passport",
    `Titular\tFernando Iglesias\nPasaporte\t⟦passport|PAB482913⟧\nNacionalidad\tESP\nCaducidad\t2030-08-11\nrellena el formulario del visado`,
  ],
  [
    "es",
    "yaml:street_address",
    `empleados:\n  - nombre: Nuria Campos\n    domicilio: ⟦street_address|Avenida Diagonal 512, 4º 2ª, 08006 Barcelona⟧\n    móvil: ⟦phone|688 12 40 93⟧`,
  ],
  // Polish
  [
    "pl",
    "csv-far:national_id",
    `lp;imię;nazwisko;dział;stanowisko;miasto;data_zatr;umowa;etat;PESEL\n1;Anna;Kowalska;Kadry;specjalistka;Kraków;2019-02-01;UoP;1;⟦national_id|84031714145⟧\nposortuj po dziale`,
  ],
  [
    "pl",
    "markdown:health",
    `| Pacjent | Data urodzenia | Rozpoznanie |\n|---|---|---|\n| Stanisław Wójcik | ⟦date_of_birth|02.11.1956⟧ | ⟦health|cukrzyca typu 2⟧ |`,
  ],
  [
    "pl",
    "transcript:national_id",
    `KONSULTANT: poproszę jeszcze numer PESEL\nKLIENT (Tomasz Zieliński): ⟦national_id|77082511793⟧\nKONSULTANT: dziękuję, sprawdzam.`,
  ],
  [
    "pl",
    "fixed-width:phone",
    `Imię i nazwisko     Telefon          Miasto\nEwa Lewandowska     ⟦phone|601 482 937⟧      Gdańsk\nJan Szymański       ⟦phone|698 220 174⟧      Sopot`,
  ],
  ["pl", "json-columns:iban", `{"kolumny":["nazwisko","nr_konta","miasto"],"wiersze":[["Piotr Mazur","⟦iban|PL88 1090 2590 0000 0001 4701 8269 31⟧","Łódź"]]}`],
  ["pl", "tsv:street_address", `Najemca\tAdres\tKod\nKatarzyna Nowak\t⟦street_address|ul. Długa 15 m. 4⟧\t80-831\nprzygotuj koperty`],
  ["pl", "label-line:national_id", `Dziecko: Zuzanna Kamińska\nPESEL\n⟦national_id|11260957089⟧\nSzkoła: SP nr 12\nwypełnij wniosek o kartę biblioteczną`],
  [
    "pl",
    "sql:national_id",
    `INSERT INTO pacjenci (id, imie, nazwisko, pesel, ulica, telefon) VALUES (5, 'Marta', 'Krawczyk', '⟦national_id|90013030220⟧', '⟦street_address|ul. Polna 8⟧', '⟦phone|512 300 447⟧');`,
  ],
  [
    "pl",
    "html:health",
    `<table><tr><th>Uczeń</th><th>Klasa</th><th>Choroby przewlekłe</th></tr><tr><td>Jakub Wróbel</td><td>4b</td><td>⟦health|astma oskrzelowa⟧</td></tr></table>`,
  ],
  [
    "pl",
    "kv-block:national_id",
    `Podatnik\tAdam Sikora\nNIP\t⟦national_id|8171757731⟧\nAdres zamieszkania\t⟦street_address|ul. Słowackiego 22/7, 31-159 Kraków⟧`,
  ],
  ["pl", "yaml:date_of_birth", `pacjenci:\n  - nazwisko: Barbara Pawlak\n    data_ur: ⟦date_of_birth|1949-07-14⟧\n    oddział: kardiologia`],
  // Portuguese
  [
    "pt",
    "csv-far:national_id",
    `matrícula,nome,setor,cargo,unidade,admissão,regime,turno,cpf\n5521,Fernanda Souza,Financeiro,analista,Campinas,2018-03-05,CLT,diurno,⟦national_id|591.309.758-08⟧`,
  ],
  [
    "pt",
    "markdown:health",
    `| Paciente | Data de nascimento | Diagnóstico |\n|---|---|---|\n| Joaquim Ferreira | ⟦date_of_birth|19/04/1944⟧ | ⟦health|doença de Alzheimer⟧ |`,
  ],
  [
    "pt",
    "transcript:national_id",
    `ATENDENTE: pode me informar o seu CPF?\nCLIENTE (Rafael Lima): claro, ⟦national_id|831.173.686-39⟧\nATENDENTE: obrigado, um instante.`,
  ],
  [
    "pt",
    "fixed-width:phone",
    `Nome              Telefone           Cidade\nBeatriz Alves     ⟦phone|(11) 97412-3388⟧    São Paulo\nLucas Teixeira    ⟦phone|(21) 98831-2045⟧    Niterói`,
  ],
  ["pt", "json-rows:national_id", `[["nome","nif","telemóvel"],["Inês Carvalho","⟦national_id|298594102⟧","⟦phone|912 448 307⟧"]] passa isto para CSV`],
  ["pt", "tsv:street_address", `Inquilino\tMorada\tCódigo postal\nRui Mendes\t⟦street_address|Rua de Santa Catarina 318, 2º Esq.⟧\t4000-442`],
  [
    "pt",
    "sql:national_id",
    `INSERT INTO clientes (id, nome, cpf, nascimento) VALUES (3, 'Paula Rocha', '⟦national_id|820.442.590-28⟧', '⟦date_of_birth|1987-09-21⟧');`,
  ],
  ["pt", "ocr-form:medical_record", `N.º DO PROCESSO CLÍNICO\n⟦medical_record|0048271⟧\nUTENTE\nMANUEL PINTO\nSERVIÇO\nORTOPEDIA`],
  [
    "pt",
    "html:health",
    `<table><tr><th>Aluno</th><th>Data nasc.</th><th>Observações de saúde</th></tr><tr><td>Tiago Sousa</td><td>⟦date_of_birth|03/10/2014⟧</td><td>⟦health|diabetes tipo 1⟧</td></tr></table>`,
  ],
  ["pt", "kv-block:passport", `Titular\tCarla Nunes\nPassaporte\t⟦passport|FZ482913⟧\nNacionalidade\tBrasileira\npreencha o formulário de embarque`],
  [
    "pt",
    "yaml:street_address",
    `funcionarios:\n  - nome: Diego Martins\n    endereco: ⟦street_address|Rua Augusta 1508, apto 72, São Paulo - SP⟧\n    celular: ⟦phone|(11) 96620-4471⟧`,
  ],
  // Japanese
  [
    "ja",
    "csv-far:national_id",
    `社員番号,氏名,部署,役職,勤務地,入社日,雇用形態,等級,マイナンバー\n1042,岡田 真由美,経理部,主任,大阪,2016-04-01,正社員,G3,⟦national_id|9414 2540 0940⟧\nこのCSVを部署順に並べて`,
  ],
  [
    "ja",
    "markdown:health",
    `| 患者 | 生年月日 | 病名 |\n|---|---|---|\n| 佐藤 一郎 | ⟦date_of_birth|1951年3月8日⟧ | ⟦health|2型糖尿病⟧ |\n申し送りの文章にして`,
  ],
  [
    "ja",
    "transcript:date_of_birth",
    `オペレーター：ご本人確認のため生年月日をお願いします。\nお客様（鈴木 恵子様）：⟦date_of_birth|昭和58年7月12日⟧です。\nオペレーター：ありがとうございます。`,
  ],
  ["ja", "fixed-width:phone", `氏名        電話番号          住所\n高橋 美咲   ⟦phone|090-4821-3376⟧     ⟦street_address|東京都世田谷区三軒茶屋2-14-7⟧`],
  ["ja", "tsv:street_address", `入居者\t住所\t電話\n渡辺 直樹\t⟦street_address|大阪府大阪市北区中崎西3-8-12-1205⟧\t⟦phone|06-6341-2287⟧`],
  [
    "ja",
    "sql:date_of_birth",
    `INSERT INTO 会員 (id, 氏名, 生年月日, 電話) VALUES (9, '中村 優子', '⟦date_of_birth|1990-11-23⟧', '⟦phone|080-3391-4472⟧'); のエラーを直して`,
  ],
  ["ja", "ocr-form:medical_record", `カルテ番号\n⟦medical_record|00482917⟧\n患者氏名\n小林 正\n診療科\n整形外科`],
  ["ja", "kv-block:passport", `氏名\t加藤 亮\n旅券番号\t⟦passport|TK4829137⟧\n国籍\t日本\nビザ申請書に転記して`],
  ["ja", "html:health", `<table><tr><th>児童</th><th>学年</th><th>持病</th></tr><tr><td>松本 陽太</td><td>3年</td><td>⟦health|てんかん⟧</td></tr></table>`],
  [
    "ja",
    "box:national_id",
    `┌─────────┬────────────────┐\n│ 氏名    │ マイナンバー   │\n├─────────┼────────────────┤\n│ 吉田 聡 │ ⟦national_id|3669 9799 8019⟧ │\n└─────────┴────────────────┘`,
  ],
  [
    "ja",
    "json-columns:bank_account",
    `{"columns":["氏名","銀行","支店","口座番号"],"rows":[["伊藤 健","みずほ銀行","渋谷支店","⟦bank_account|4829137⟧"]]} 振込データに変換して`,
  ],
  // Chinese
  [
    "zh",
    "csv-far:national_id",
    `工号,姓名,部门,职位,城市,入职日期,合同类型,职级,身份证号\n2207,张伟,财务部,会计,北京,2017-07-03,固定期限,P5,⟦national_id|110105198604125517⟧\n帮我按部门排序`,
  ],
  ["zh", "markdown:health", `| 患者 | 出生日期 | 诊断 |\n|---|---|---|\n| 陈建国 | ⟦date_of_birth|1958年6月2日⟧ | ⟦health|肺癌⟧ |\n写一份交班记录`],
  ["zh", "transcript:national_id", `客服：请问您的身份证号码是？\n客户（刘女士）：⟦national_id|310104197209034507⟧\n客服：好的，正在为您查询。`],
  ["zh", "fixed-width:phone", `姓名      手机号            地址\n赵敏      ⟦phone|138 1024 5876⟧     ⟦street_address|上海市徐汇区漕溪北路88弄5号302室⟧`],
  ["zh", "tsv:street_address", `租客\t住址\t电话\n周强\t⟦street_address|广州市天河区体育西路103号1502房⟧\t⟦phone|139 2841 7730⟧`],
  [
    "zh",
    "sql:medical_record",
    `INSERT INTO 患者 (id, 姓名, 身份证号, 病历号) VALUES (4, '黄静', '⟦national_id|440305199512289452⟧', '⟦medical_record|ZY20240481⟧'); 这条语句哪里错了？`,
  ],
  ["zh", "ocr-form:medical_record", `病历号\n⟦medical_record|0048213⟧\n姓名\n吴海\n科室\n心内科`],
  ["zh", "kv-block:passport", `姓名\t郑磊\n护照号码\t⟦passport|E48291037⟧\n国籍\t中国\n帮我填签证表`],
  [
    "zh",
    "html:health",
    `<table><tr><th>学生</th><th>出生日期</th><th>过敏</th></tr><tr><td>林小雨</td><td>⟦date_of_birth|2014-09-17⟧</td><td>⟦health|花生过敏⟧</td></tr></table>`,
  ],
  ["zh", "yaml:national_id", `员工:\n  - 姓名: 何敏\n    部门: 人事\n    身份证: ⟦national_id|510107196102144580⟧`],
  [
    "zh",
    "json-columns:phone",
    `{"columns":["姓名","手机","住址"],"rows":[["孙浩","⟦phone|186 0231 4459⟧","⟦street_address|成都市武侯区人民南路四段12号3栋2单元501⟧"]]}`,
  ],
];

export const NEGATIVES: MarkedEntry[] = [
  // English
  [
    "en",
    "neg-csv:inventory",
    `sku,description,bin,qty,reorder_point,supplier,unit_cost,lot,mfg_date\nBRK-2210,Brake pad set,A4,120,40,Bosch,18.50,L44821,2024-03-11\nBRK-2211,Brake disc 280mm,A5,36,12,Brembo,42.10,L44907,2024-04-02\nwhich items are below reorder point?`,
  ],
  [
    "en",
    "neg-pinout:part",
    `J3 connector pinout\nPIN  SIGNAL  NOTE\n1    3V3\n2    GND\n3    GPIO4   boot strap\n4    GPIO5\nPart number\n2241-0301\nis this header 2.54 mm pitch?`,
  ],
  [
    "en",
    "neg-markdown:league",
    `| Pos | Team | P | W | D | L | GD | Pts |\n|---|---|---|---|---|---|---|---|\n| 1 | Arsenal | 15 | 11 | 2 | 2 | +19 | 35 |\n| 2 | Liverpool | 15 | 10 | 3 | 2 | +15 | 33 |\nwho is likely to win the league?`,
  ],
  [
    "en",
    "neg-table:instruments",
    `Instrument | Serial | Calibrated | Next due\nHPLC-2 | SN 4471-2290 | 2025-01-14 | 2026-01-14\nBalance XS205 | 1128340551 | 2025-02-03 | 2025-08-03\nwhich one is overdue?`,
  ],
  [
    "en",
    "neg-tsv:timetable",
    `Train\tDep\tArr\tDate\nAmtrak 171\t07:12\t11:48\t03/12/2026\nAmtrak 173\t09:05\t13:40\t03/12/2026\nwhich train gets me to DC before noon?`,
  ],
  [
    "en",
    "neg-csv:product-dates",
    `product,batch,date_of_manufacture,expiry,plant\nAmoxicillin 500mg,B2231,2024-06-02,2027-06-01,Cork\nIbuprofen 200mg,B2240,2024-06-19,2027-06-18,Cork`,
  ],
  [
    "en",
    "neg-fixture:documented",
    `# test fixtures from the Stripe and SSA docs (example values)\nname,ssn,card\nJohn Doe,123-45-6789,4242 4242 4242 4242\nJane Roe,078-05-1120,4000 0566 5566 5556`,
  ],
  [
    "en",
    "neg-directory:public-office",
    `Office | Address | Phone\nCity Clerk | 121 N LaSalle St, Chicago, IL 60602 | 312-744-5000\nDMV Chicago West | 5401 N Elston Ave, Chicago, IL 60630 | 312-814-3972\nwhich one is open on Saturday?`,
  ],
  [
    "en",
    "neg-csv:aggregate",
    `state,median_age,pct_diabetes,population,median_income\nOhio,39.5,12.1,11780000,61938\nUtah,31.8,7.4,3380000,79133\nplot diabetes against median age`,
  ],
  ["en", "neg-transcript:order", `AGENT: and what's the order number?\nCALLER: it's 5541 2288 9301\nAGENT: thanks, I see it shipped Monday.`],
  [
    "en",
    "neg-csv:id-column",
    `invoice_id,customer_id,amount,currency,status\n44281567906,C-2291,448.20,USD,paid\n44281567907,C-2301,97.00,USD,open\nsum the open invoices`,
  ],
  [
    "en",
    "neg-html:schedule",
    `<table><tr><th>Room</th><th>Course</th><th>Start</th><th>Lecturer</th></tr><tr><td>B204</td><td>Organic Chemistry</td><td>2026-01-12</td><td>TBA</td></tr></table> make the header sticky`,
  ],
  [
    "en",
    "neg-label-line:help",
    `Form field help text:\nDate of birth\nEnter as MM/DD/YYYY, for example 01/31/1990.\nSocial Security number\nNine digits, no dashes.`,
  ],
  [
    "en",
    "neg-sql:parts",
    `INSERT INTO parts (part_no, name, pin_count, mfg_date, supplier_id, bin) VALUES ('2241-0301', 'Header 2x20', 40, '2024-05-02', 88, 'C7'); is pin_count the right type?`,
  ],
  // German
  [
    "de",
    "neg-csv:inventory",
    `Teilenr;Bezeichnung;Lager;Menge;Lieferant;Preis;Herstelldatum\n4471-220;Dichtring 22x3;R2;500;Freudenberg;0,42;03.02.2024\n4471-230;Dichtring 30x3;R2;350;Freudenberg;0,55;03.02.2024`,
  ],
  [
    "de",
    "neg-markdown:timetable",
    `| Stunde | Montag | Dienstag | Mittwoch |\n|---|---|---|---|\n| 1 | Mathe | Deutsch | Sport |\n| 2 | Englisch | Mathe | Bio |`,
  ],
  [
    "de",
    "neg-fixed-width:league",
    `Platz Verein              Sp.  Tore   Pkt.\n1     Bayern München       14   41:12  35\n2     Bayer Leverkusen     14   33:15  31\nwer steigt ab?`,
  ],
  ["de", "neg-tsv:train", `Zug\tAb\tAn\tDatum\nRE 4412\t06:14\t07:02\t14.03.2026\nRB 27\t06:41\t07:35\t14.03.2026`],
  [
    "de",
    "neg-directory:public-office",
    `Amt | Anschrift | Telefon\nBürgeramt Mitte | Karl-Marx-Allee 31, 10178 Berlin | 030 115\nFinanzamt Mitte/Tiergarten | Neue Jakobstraße 6-7, 10179 Berlin | 030 9024-0`,
  ],
  ["de", "neg-csv:aggregate", `Bundesland;Einwohner;Durchschnittsalter;Diabetesquote\nBayern;13.369.393;44,0;7,9 %\nBremen;684.864;43,8;8,4 %`],
  ["de", "neg-fixture:documented", `Testdaten aus der Doku (Beispielwerte):\nName;IBAN\nMax Mustermann;DE89 3704 0044 0532 0130 00`],
  ["de", "neg-label-line:help", `Feld „Steuer-ID“\nBitte die 11-stellige Nummer ohne Leerzeichen eingeben.\nFeld „Geburtsdatum“\nFormat TT.MM.JJJJ`],
  ["de", "neg-csv:product-dates", `Produkt,Herstellungsdatum,Charge,Prüfer\nRauchmelder RM-3,2023-11-02,CH4471,QS-2\nRauchmelder RM-4,2024-01-19,CH4502,QS-1`],
  ["de", "neg-tsv:instruments", `Gerät\tInventarnr.\tKalibriert am\nWaage XS205\t10044821\t12.01.2025\npH-Meter S220\t10044907\t03.02.2025`],
  ["de", "neg-sql:products", `INSERT INTO artikel (artnr, bezeichnung, ean, preis, lager) VALUES (4412, 'Akkuschrauber', '4006381333931', 89.90, 'B3');`],
  // French
  [
    "fr",
    "neg-csv:inventory",
    `réf;désignation;emplacement;qté;fournisseur;date_fab\nVIS-M6-20;Vis M6x20;B3;2000;Würth;2024-02-11\nVIS-M8-30;Vis M8x30;B4;1500;Würth;2024-02-11`,
  ],
  ["fr", "neg-tsv:train", `Train\tDépart\tArrivée\tDate\nTER 86412\t07:05\t08:12\t15/03/2026\nTGV 6605\t08:04\t10:01\t15/03/2026`],
  ["fr", "neg-markdown:league", `| Rang | Club | J | Pts |\n|---|---|---|---|\n| 1 | PSG | 15 | 36 |\n| 2 | Monaco | 15 | 30 |`],
  [
    "fr",
    "neg-directory:public-office",
    `Service | Adresse | Téléphone\nMairie du 5e | 21 place du Panthéon, 75005 Paris | 01 56 81 75 05\nCPAM de Paris | 21 rue Georges Auric, 75019 Paris | 36 46`,
  ],
  ["fr", "neg-csv:aggregate", `région,âge_moyen,taux_diabète,population\nBretagne,43.1,4.6 %,3400000\nOccitanie,43.9,5.4 %,6000000`],
  ["fr", "neg-fixture:documented", `Jeu de test (valeurs d'exemple de la documentation) :\nnom;iban\nJean Dupont;FR76 3000 6000 0112 3456 7890 189`],
  ["fr", "neg-label-line:help", `Champ « Date de naissance »\nformat attendu : JJ/MM/AAAA\nChamp « Numéro de sécurité sociale »\n15 chiffres, sans espaces`],
  [
    "fr",
    "neg-table:instruments",
    `Appareil | N° série | Dernier étalonnage\nCentrifugeuse 5810R | 5811AB104472 | 03/01/2025\nSpectromètre UV-2600 | A11845 | 17/01/2025`,
  ],
  [
    "fr",
    "neg-csv:animal-dates",
    `NOM,NAISSANCE,RACE,N° TRAVAIL\nMarguerite,2021-04-18,Montbéliarde,4412\nPâquerette,2020-03-02,Montbéliarde,4398\nquelle vache vêle en premier ?`,
  ],
  ["fr", "neg-sql:rooms", `INSERT INTO salles (code, nom, capacite, ouverture, batiment) VALUES ('B12', 'Amphi Curie', 240, '2019-09-02', 'B');`],
  [
    "fr",
    "neg-html:schedule",
    `<table><tr><th>Date</th><th>Conférence</th><th>Salle</th></tr><tr><td>12/03/2026</td><td>Chimie verte</td><td>A2</td></tr></table>`,
  ],
  // Spanish
  [
    "es",
    "neg-csv:inventory",
    `código;artículo;almacén;unidades;proveedor;fecha_fabricación\nTRN-0812;Tornillo M8;A1;3500;Fixer;12/01/2024\nTRN-1016;Tornillo M10;A1;2200;Fixer;12/01/2024`,
  ],
  ["es", "neg-tsv:train", `Tren\tSalida\tLlegada\tFecha\nAVE 03112\t08:30\t11:02\t20/03/2026\nALVIA 4071\t09:15\t12:40\t20/03/2026`],
  ["es", "neg-markdown:league", `| Pos | Equipo | PJ | Pts |\n|---|---|---|---|\n| 1 | Real Madrid | 16 | 39 |\n| 2 | Girona | 16 | 38 |`],
  [
    "es",
    "neg-directory:public-office",
    `Oficina | Dirección | Teléfono\nAtención a la ciudadanía | Plaza de la Villa 5, 28005 Madrid | 010\nAgencia Tributaria Madrid | Calle Guzmán el Bueno 139, 28003 Madrid | 901 33 55 33`,
  ],
  ["es", "neg-csv:aggregate", `comunidad,edad_media,tasa_diabetes,población\nAndalucía,42.3,8.1 %,8500000\nAragón,44.6,6.9 %,1330000`],
  ["es", "neg-fixture:documented", `Datos de prueba (ejemplo de la documentación):\nnombre,dni\nJuan Español Español,99999999R`],
  ["es", "neg-label-line:help", `Campo «Fecha de nacimiento»\nFormato: DD/MM/AAAA\nCampo «DNI/NIE»\nocho cifras y una letra`],
  ["es", "neg-table:instruments", `Equipo | N.º serie | Calibración\nEspectrofotómetro UV-1900 | A1184502 | 15/02/2025\nBalanza AX224 | B448201 | 02/02/2025`],
  ["es", "neg-csv:animal-dates", `NOMBRE,F_NAC,RAZA,CHIP\nRayo,2019-05-03,Pura Raza Española,724098100448213\nLucero,2017-02-11,Árabe,724098100448990`],
  ["es", "neg-sql:flights", `INSERT INTO vuelos (numero, origen, destino, fecha, puerta) VALUES ('IB3166', 'MAD', 'BCN', '2026-03-14', 'J52');`],
  ["es", "neg-pinout:part", `Conector J2\nPIN  SEÑAL\n1    VCC\n2    TX\n3    RX\n4    GND\nReferencia\n22-05-3041`],
  // Polish
  [
    "pl",
    "neg-csv:inventory",
    `indeks;nazwa;regał;ilość;dostawca;data_produkcji\nŁOŻ-6204;Łożysko 6204;C2;240;SKF;05.03.2024\nŁOŻ-6205;Łożysko 6205;C2;180;SKF;05.03.2024`,
  ],
  ["pl", "neg-tsv:train", `Pociąg\tOdjazd\tPrzyjazd\tData\nIC 3510\t06:45\t09:52\t18.03.2026\nTLK 18102\t07:20\t11:05\t18.03.2026`],
  ["pl", "neg-markdown:league", `| Miejsce | Drużyna | M | Pkt |\n|---|---|---|---|\n| 1 | Jagiellonia | 17 | 36 |\n| 2 | Śląsk Wrocław | 17 | 35 |`],
  [
    "pl",
    "neg-directory:public-office",
    `Urząd | Adres | Telefon\nUrząd Miasta Krakowa | pl. Wszystkich Świętych 3-4, 31-004 Kraków | 12 616 12 00\nZUS Kraków | ul. Pędzichów 27, 31-080 Kraków | 22 560 16 00`,
  ],
  ["pl", "neg-csv:aggregate", `województwo;średni_wiek;odsetek_cukrzycy;ludność\nmazowieckie;41,9;7,2 %;5510000\npomorskie;40,8;6,8 %;2350000`],
  ["pl", "neg-fixture:documented", `Dane testowe z dokumentacji (przykładowe wartości):\nimię;PESEL\nJan Kowalski;44051401359`],
  ["pl", "neg-label-line:help", `Pole „PESEL”\nWpisz 11 cyfr bez spacji.\nPole „Data urodzenia”\nformat DD.MM.RRRR`],
  ["pl", "neg-table:instruments", `Urządzenie | Nr seryjny | Wzorcowanie\nPipeta 100 µl | 4471 2290 | 10.01.2025\nWaga PS 600 | 583321 | 14.01.2025`],
  ["pl", "neg-csv:animal-dates", `IMIĘ,DATA_UR,RASA,BOKS\nBurek,2020-08-01,mieszaniec,12\nFiga,2018-04-15,jamnik,7\nktóre psy są do adopcji?`],
  ["pl", "neg-sql:products", `INSERT INTO produkty (kod, nazwa, ean, data_produkcji) VALUES ('PL-4412', 'Masło 82%', '5900820000155', '2025-10-02');`],
  [
    "pl",
    "neg-html:schedule",
    `<table><tr><th>Data</th><th>Wykład</th><th>Sala</th></tr><tr><td>12.03.2026</td><td>Analiza matematyczna</td><td>A-1</td></tr></table>`,
  ],
  // Portuguese
  [
    "pt",
    "neg-csv:inventory",
    `código,descrição,prateleira,qtd,fornecedor,data_fabrico\nPAR-0612,Parafuso M6,P3,4000,Fixtec,2024-01-22\nPAR-0820,Parafuso M8,P3,2500,Fixtec,2024-01-22`,
  ],
  ["pt", "neg-tsv:train", `Comboio\tPartida\tChegada\tData\nAP 131\t07:09\t09:59\t21/03/2026\nIC 521\t08:39\t11:45\t21/03/2026`],
  ["pt", "neg-markdown:league", `| Pos | Clube | J | Pts |\n|---|---|---|---|\n| 1 | Sporting | 14 | 35 |\n| 2 | Benfica | 14 | 32 |`],
  [
    "pt",
    "neg-directory:public-office",
    `Serviço | Morada | Telefone\nLoja do Cidadão Laranjeiras | Rua Abranches Ferrão 10, 1600-001 Lisboa | 210 489 000\nJunta de Freguesia de Arroios | Rua Passos Manuel 10, 1150-258 Lisboa | 218 171 450`,
  ],
  ["pt", "neg-csv:aggregate", `estado,idade_media,taxa_diabetes,população\nSão Paulo,35.3,9.2 %,44400000\nBahia,33.1,7.6 %,14100000`],
  ["pt", "neg-fixture:documented", `Massa de testes (exemplos da documentação):\nnome,cpf\nFulano de Tal,111.111.111-11\nCiclano,000.000.000-00`],
  ["pt", "neg-label-line:help", `Campo "Data de nascimento"\nformato DD/MM/AAAA\nCampo "CPF"\n11 dígitos, apenas números`],
  ["pt", "neg-table:instruments", `Equipamento | N.º de série | Calibração\nAutoclave 75L | 20481937 | 05/02/2025\nEstufa 120 | EST-4471 | 06/02/2025`],
  [
    "pt",
    "neg-csv:product-dates",
    `PRODUTO,DATA_NASC_LOTE,VALIDADE,FÁBRICA\nQueijo Serra 500g,2025-10-02,2026-01-02,Seia\nRequeijão 250g,2025-11-14,2025-12-14,Seia`,
  ],
  ["pt", "neg-sql:products", `INSERT INTO produtos (sku, nome, preco, fabricado_em) VALUES ('BR-4412', 'Café Torrado 500g', 18.90, '2025-09-30');`],
  [
    "pt",
    "neg-yaml:schedule",
    `agenda:\n  - data: 2026-03-12\n    sala: Auditório 2\n    tema: Energia solar\n  - data: 2026-03-19\n    sala: Auditório 1\n    tema: Hidrogénio verde`,
  ],
  // Japanese
  [
    "ja",
    "neg-csv:inventory",
    `品番,品名,棚,在庫数,仕入先,製造日\nBLT-0620,六角ボルトM6,A-3,1200,ミスミ,2024-02-14\nBLT-0830,六角ボルトM8,A-3,800,ミスミ,2024-02-14`,
  ],
  ["ja", "neg-tsv:train", `列車\t発\t着\t日付\nのぞみ 21\t08:00\t10:27\t2026/03/12\nひかり 637\t08:33\t11:43\t2026/03/12`],
  ["ja", "neg-markdown:league", `| 順位 | クラブ | 試合 | 勝点 |\n|---|---|---|---|\n| 1 | ヴィッセル神戸 | 33 | 68 |\n| 2 | 横浜F・マリノス | 33 | 64 |`],
  [
    "ja",
    "neg-directory:public-office",
    `窓口 | 所在地 | 電話\n新宿区役所 戸籍住民課 | 東京都新宿区歌舞伎町1-4-1 | 03-3209-1111\n新宿税務署 | 東京都新宿区北新宿1-19-3 | 03-6757-7771`,
  ],
  ["ja", "neg-csv:aggregate", `都道府県,平均年齢,糖尿病有病率,人口\n東京都,45.2,10.1%,14000000\n沖縄県,43.4,9.3%,1460000`],
  ["ja", "neg-fixture:documented", `テストデータ（仕様書の記載例）\n氏名,マイナンバー\n山田 太郎,123456789018`],
  ["ja", "neg-label-line:help", `入力欄「生年月日」\n西暦で YYYY/MM/DD の形式で入力してください。\n入力欄「電話番号」\nハイフンなしで入力`],
  ["ja", "neg-table:instruments", `機器 | シリアル番号 | 校正日\n電子天びん AUW220D | D448201553 | 2025/01/10\n分光光度計 UV-1900i | A11845020 | 2025/01/22`],
  [
    "ja",
    "neg-csv:animal-dates",
    `名前,生年月日,品種,個体識別番号\nはなこ,2021-04-18,黒毛和種,1234567894\nさくら,2020-03-02,黒毛和種,1234568005\nどの牛から出荷する？`,
  ],
  ["ja", "neg-sql:products", `INSERT INTO 商品 (品番, 品名, JAN, 製造日) VALUES ('JP-4412', '緑茶 500ml', '4901085000152', '2025-09-30');`],
  ["ja", "neg-pinout:part", `J1 ピン配置\nPIN  信号\n1    VCC\n2    SDA\n3    SCL\n4    GND\n型番\n2241-0401`],
  // Chinese
  ["zh", "neg-csv:inventory", `物料编码,名称,库位,数量,供应商,生产日期\nLS-0620,螺栓M6,A-3,1200,东明,2024-02-14\nLS-0830,螺栓M8,A-3,800,东明,2024-02-14`],
  ["zh", "neg-tsv:train", `车次\t出发\t到达\t日期\nG1\t07:00\t11:29\t2026-03-12\nG3\t08:00\t12:33\t2026-03-12`],
  ["zh", "neg-markdown:league", `| 排名 | 球队 | 场次 | 积分 |\n|---|---|---|---|\n| 1 | 上海海港 | 30 | 74 |\n| 2 | 上海申花 | 30 | 70 |`],
  ["zh", "neg-directory:public-office", `单位 | 地址 | 电话\n北京市海淀区政务服务中心 | 北京市海淀区丹棱街1号 | 010-88489800\n12345市民热线 | — | 12345`],
  ["zh", "neg-csv:aggregate", `省份,平均年龄,糖尿病患病率,人口\n广东,36.2,10.2%,126000000\n四川,40.8,11.5%,83700000`],
  ["zh", "neg-fixture:documented", `测试数据（规范中的示例值）：\n姓名,身份证号\n张三,11010519491231002X`],
  ["zh", "neg-label-line:help", `字段“出生日期”\n请按 YYYY-MM-DD 格式填写\n字段“身份证号”\n18位，最后一位可能是X`],
  ["zh", "neg-table:instruments", `仪器 | 序列号 | 校准日期\n电子天平 ME204 | B448201553 | 2025-01-10\n离心机 5810R | 5811AB104472 | 2025-01-22`],
  ["zh", "neg-csv:product-dates", `名称,出生日期,品种,耳标号\n大熊猫“和花”,2020-07-04,大熊猫,—\n大熊猫“和叶”,2020-07-04,大熊猫,—\n这是成都基地的公开资料`],
  ["zh", "neg-sql:products", `INSERT INTO 商品 (编码, 名称, 条码, 生产日期) VALUES ('CN-4412', '绿茶500ml', '6901234567892', '2025-09-30');`],
  ["zh", "neg-html:schedule", `<table><tr><th>日期</th><th>讲座</th><th>教室</th></tr><tr><td>2026-03-12</td><td>有机化学</td><td>B204</td></tr></table>`],
];
