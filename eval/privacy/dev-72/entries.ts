/**
 * dev-72 entries: structured records (CSV, JSON, YAML, log lines, key=value exports) in German, Spanish, Italian,
 * English, Portuguese, Polish, Dutch and French whose localised field names are the evidence — HR/payroll exports,
 * hospital and practice exports, hotel registers and passenger records, bank and insurance CSVs, CRM exports,
 * access-control and time-clock logs, Kubernetes/Ansible/Docker Compose YAML with secrets. Hard negatives of the
 * same shapes: schema definitions and empty templates, test rows marked as such, product and order records,
 * aggregate statistics, configuration without secrets (variable references, vault paths), public registry data.
 * `kind` is `<topic>:<category>` or `neg-<topic>:<what>`. Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // German
  [
    "de",
    "travel:passport",
    `Meldeschein Nr. 2231\nName: Brandt, Jürgen\nGeburtsdatum: ⟦date_of_birth|02.11.1971⟧\nStaatsangehörigkeit: deutsch\nReisepassnummer: ⟦passport|C4J7RN2K1⟧\nAnreise: 12.08.2026 Abreise: 15.08.2026\nbitte als CSV für die Kurverwaltung formatieren`,
  ],
  [
    "de",
    "travel:passport",
    `{"doc_type": "P", "ausstellungsstaat": "D", "dokumentennummer": "⟦passport|CFJ1K8L9M⟧", "nachname": "HAAS", "vorname": "MARTINA", "gueltig_bis": "2031-05-19"}`,
  ],
  [
    "de",
    "health:medical_record",
    `PatID;Name;Geb.-Dat.;Station;Diagnose;ICD\n⟦medical_record|10048213⟧;Wagner, Helga;⟦date_of_birth|23.07.1948⟧;K3;⟦health|Herzinsuffizienz NYHA III⟧;⟦health|I50.13⟧\n⟦medical_record|10048377⟧;Yilmaz, Cem;⟦date_of_birth|09.01.1962⟧;K3;⟦health|Diabetes mellitus Typ 2⟧;⟦health|E11.9⟧\nwie filtere ich in Excel nach Station?`,
  ],
  [
    "de",
    "health:medical_record",
    `{"patient": {"name": "Dieter Hofmann", "geburtsdatum": "⟦date_of_birth|1959-04-18⟧", "fallnummer": "⟦medical_record|F2026-004417⟧"}, "befund": "⟦health|Verdacht auf Bronchialkarzinom rechts⟧"}`,
  ],
  [
    "de",
    "hr:financial",
    `Pers.-Nr.;Name;Steuer-ID;Steuerklasse;Brutto;Netto;IBAN\n004711;Schneider, Katrin;⟦national_id|42508791319⟧;1;⟦financial|4.850,00⟧;⟦financial|3.012,47⟧;⟦iban|DE50087573893423439985⟧\nwarum verschiebt DATEV die Spalten beim Import?`,
  ],
  [
    "de",
    "hr:national_id",
    `mitarbeiter:\n  name: Sabine Krüger\n  steuer_id: "⟦national_id|12320547863⟧"\n  sv_nummer: "⟦national_id|65140386K001⟧"\n  krankenkasse: TK\n  bankverbindung:\n    iban: ⟦iban|DE10426245653464078460⟧`,
  ],
  [
    "de",
    "credentials:password",
    `{"sap_login": {"mandant": "100", "benutzer": "M.KELLER", "passwort": "⟦password|Sommer2024!Kx⟧"}} — das Skript meldet immer "Kennwort falsch"`,
  ],
  [
    "de",
    "access:biometric",
    `2026-11-30T07:58:12Z zeiterfassung terminal=T3 ma_nr=2291 name="Lukas Berger" fingerabdruck_template=⟦biometric|Rk1SACAyMAR/cyhJEzYff62za0vELJhLzBlPPQkG/0pKkiJwnt⟧ ergebnis=ok`,
  ],
  [
    "de",
    "devops:password",
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: lohn\n      POSTGRES_PASSWORD: ⟦password|Xr7!pQ2vLm9wTz⟧\nwarum startet der Container nicht?`,
  ],
  [
    "de",
    "bank:iban",
    `Buchungstag;Empfänger;IBAN;Betrag;Verwendungszweck\n01.12.2026;Anna Lehmann;⟦iban|DE78169169650953133141⟧;-1.250,00;Miete Dezember\n03.12.2026;Thomas Roth;⟦iban|DE95892522430048609944⟧;-80,00;Nachhilfe Lena`,
  ],
  [
    "de",
    "crm:email",
    `kunde_id,vorname,nachname,email,telefon,geburtstag\n55812,Tobias,Fuchs,⟦email|tobias.fuchs@gmx.de⟧,⟦phone|+49 171 4482913⟧,⟦date_of_birth|1990-06-07⟧\n55813,Ines,Vogel,⟦email|ines.vogel84@web.de⟧,⟦phone|+49 160 9917205⟧,⟦date_of_birth|1984-02-29⟧`,
  ],
  [
    "de",
    "health:national_id",
    `Versicherter: Gerda Schulz\nVers.-Nr.: ⟦national_id|T483920172⟧\nKasse: AOK Bayern\nDiagnose: ⟦health|F32.1 mittelgradige depressive Episode⟧\nAU bis: 19.12.2026`,
  ],
  [
    "de",
    "devops:api_key",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: personio-sync\ntype: Opaque\nstringData:\n  PERSONIO_CLIENT_SECRET: ⟦api_key|papi-7c1e94b2-5d3f-4a8e-b6f0-2e9d13c47a58⟧\n  DB_PASSWORT: ⟦password|hR4#vN8q!Lz2⟧`,
  ],
  // Spanish
  [
    "es",
    "travel:passport",
    `parte de viajeros\nnombre: Lucía Ortega Ramos\ntipo_documento: pasaporte\nnumero_pasaporte: ⟦passport|PAK482913⟧\nfecha_nacimiento: ⟦date_of_birth|14/05/1988⟧\nnacionalidad: ESP\nfecha_entrada: 03/12/2026`,
  ],
  [
    "es",
    "travel:passport",
    `{"pnr": "X7KQ2M", "pasajero": {"apellidos": "GARCIA LOPEZ", "nombre": "JAVIER", "doc_type": "P", "nr_doc": "⟦passport|PAF719304⟧", "f_nac": "⟦date_of_birth|1979-10-02⟧"}}`,
  ],
  [
    "es",
    "health:medical_record",
    `NHC;Paciente;F. nacimiento;Servicio;Diagnóstico\n⟦medical_record|0048213⟧;Carmen Ruiz Delgado;⟦date_of_birth|12/03/1951⟧;Neumología;⟦health|EPOC grave⟧\n⟦medical_record|0051877⟧;Andrés Molina Pardo;⟦date_of_birth|30/09/1967⟧;Cardiología;⟦health|fibrilación auricular⟧`,
  ],
  [
    "es",
    "health:medical_record",
    `historia_clinica:\n  nhc: ⟦medical_record|HC-2210493⟧\n  sip: ⟦national_id|10482736⟧\n  paciente: Rosa Fernández Gil\n  alergias: [penicilina]\n  juicio_clinico: ⟦health|carcinoma ductal infiltrante de mama izquierda⟧`,
  ],
  [
    "es",
    "hr:financial",
    `NIF;Empleado;Categoría;Salario bruto anual;IBAN\n⟦national_id|20306529J⟧;Pablo Serrano Vidal;Oficial 1ª;⟦financial|28.450,00⟧;⟦iban|ES8876697571378210953464⟧\nexportado de A3 nómina, ¿cómo lo paso a SEPA?`,
  ],
  [
    "es",
    "hr:national_id",
    `{"empleado": {"nombre": "Marta Iglesias", "dni": "⟦national_id|52333705B⟧", "num_ss": "⟦national_id|28 10482736 41⟧", "fecha_alta": "2024-03-01", "iban": "⟦iban|ES5961392925850583852768⟧"}}`,
  ],
  [
    "es",
    "credentials:password",
    `[2026-12-02 09:14:55] INFO login ok usuario=jmartinez contraseña=⟦password|Valencia#2026⟧ ip=10.0.4.17 — ¿por qué se registra la contraseña en claro?`,
  ],
  [
    "es",
    "access:biometric",
    `2026-12-01 07:31:02 control_acceso puerta=P2 empleado="Raúl Castillo" plantilla_huella=⟦biometric|464D5200203230E942F1AF25F65CFD9E5D6DDB03CC8D56C317264AEB490299⟧ resultado=ACEPTADO`,
  ],
  [
    "es",
    "bank:financial",
    `fecha;concepto;importe;saldo\n01/12/2026;NÓMINA DICIEMBRE;+2.184,33;⟦financial|6.902,18⟧\n02/12/2026;HIPOTECA;-742,10;⟦financial|6.160,08⟧\nextracto de mi cliente Alberto Sanz Medina para su declaración de la renta, ¿cuánto gasta en comida al mes?`,
  ],
  [
    "es",
    "devops:password",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: historia-clinica-db\nstringData:\n  usuario: hc_app\n  contrasena: ⟦password|Qz!83nLpV7xe⟧`,
  ],
  [
    "es",
    "crm:phone",
    `id_cliente,nombre,telefono,direccion,email\n8812,Elena Prieto,⟦phone|+34 612 448 913⟧,⟦street_address|Calle Mayor 14, 3º B, 28013 Madrid⟧,⟦email|elena.prieto@gmail.com⟧`,
  ],
  [
    "es",
    "health:health",
    `{"paciente": "Jorge Navarro", "fecha_nacimiento": "⟦date_of_birth|1983-07-21⟧", "diagnostico_principal": "⟦health|trastorno bipolar tipo I⟧", "tratamiento": "⟦health|litio 400 mg/12h⟧"}`,
  ],
  [
    "es",
    "insurance:national_id",
    `asegurado;nif;poliza;fecha_nac;siniestro\nInés Cabrera;⟦national_id|35714435N⟧;AUT-448213;⟦date_of_birth|05/02/1990⟧;colisión trasera 28/11`,
  ],
  // Italian
  [
    "it",
    "travel:passport",
    `schedina alloggiati\ncognome: Bianchi\nnome: Giulia\ndata_nascita: ⟦date_of_birth|17/06/1985⟧\ntipo_doc: PASOR\nn_pass: ⟦passport|YA4829137⟧\nrilasciato_da: Questura di Milano`,
  ],
  [
    "it",
    "travel:passport",
    `{"ospite": "Marco Ferri", "documento": {"tipo": "passaporto", "numero": "⟦passport|YB7710394⟧", "scadenza": "2032-02-11"}, "camera": 214}`,
  ],
  [
    "it",
    "health:medical_record",
    `paziente:\n  nome: Lucia Conti\n  cod_fisc: ⟦national_id|CNTPLA61E52L219U⟧\n  n_cartella: ⟦medical_record|2026/004481⟧\n  reparto: Oncologia\n  diagnosi: |\n    ⟦health|Adenocarcinoma del colon sigma, stadio III⟧\n  terapia: ⟦health|FOLFOX⟧`,
  ],
  [
    "it",
    "health:medical_record",
    `{"fse": {"assistito": "Giorgio Rinaldi", "codice_fiscale": "⟦national_id|FRRLCU90A01H501M⟧", "id_ricovero": "⟦medical_record|RIC-0098213⟧", "diagnosi_dimissione": "⟦health|ictus ischemico⟧"}}`,
  ],
  [
    "it",
    "hr:financial",
    `matricola;cognome;nome;cod_fisc;RAL;IBAN\n1042;Rossi;Mario;⟦national_id|RSSMRA85T10A562S⟧;⟦financial|34.500,00⟧;⟦iban|IT93A1164256397998564756788⟧\n1043;Bianco;Giulia;⟦national_id|BNCGLI72C45F205W⟧;⟦financial|41.200,00⟧;⟦iban|IT10O3437426687757246952718⟧`,
  ],
  ["it", "credentials:password", `# config gestionale paghe\ndb:\n  host: 10.1.2.14\n  utente: paghe_admin\n  password: "⟦password|Roma2026!kq7⟧"`],
  [
    "it",
    "access:biometric",
    `2026-12-02 08:01:44 badge=4471 dipendente="Chiara Galli" modello_impronta=⟦biometric|Rk1SACAyMAqdRk3VP9LYSyYtqHlsxXxCYjrTqYKn+lQk6GU1WR⟧ esito=OK varco=ingresso_nord`,
  ],
  [
    "it",
    "bank:iban",
    `data;beneficiario;iban;importo;causale\n30/11/2026;Francesca Moretti;⟦iban|IT06N6211867472329158531596⟧;-650,00;affitto dicembre\n01/12/2026;Paolo Greco;⟦iban|IT98C9518934024430449770211⟧;-120,00;ripetizioni`,
  ],
  [
    "it",
    "crm:phone",
    `{"cliente": {"nome": "Alessandro Fontana", "cellulare": "⟦phone|+39 347 118 4592⟧", "indirizzo": "⟦street_address|Via Garibaldi 22, 10122 Torino⟧", "email": "⟦email|a.fontana@libero.it⟧"}}`,
  ],
  [
    "it",
    "health:health",
    `2026-12-01T10:22:05Z INFO referto salvato paziente="Sergio Marchetti" data_nascita=⟦date_of_birth|1956-03-09⟧ esito="⟦health|positivo HIV-1⟧"`,
  ],
  [
    "it",
    "devops:api_key",
    `version: "3.9"\nservices:\n  fatturazione:\n    image: fattura-sync:2.1\n    environment:\n      SDI_API_KEY: ⟦api_key|sk_live_51Hq8ZbK2fLr7Yt3Xw9PcN4mVd6Ga0Ue⟧`,
  ],
  [
    "it",
    "hr:health",
    `matricola: 2207\ndipendente: Valentina Costa\nassenze:\n  - periodo: 03/11-28/11\n    motivo: ⟦health|intervento di mastectomia⟧\n  - periodo: 01/12-15/12\n    motivo: ⟦health|chemioterapia⟧`,
  ],
  // English
  [
    "en",
    "travel:passport",
    `PNR: 6KQ9TR\nPAX 1: HOLLAND/ANDREW MR\nSSR DOCS YY HK1/P/GBR/⟦passport|548213907⟧/GBR/⟦date_of_birth|14MAR82⟧/M/22JUL31/HOLLAND/ANDREW\nwhy does the airline reject this DOCS line?`,
  ],
  [
    "en",
    "travel:passport",
    `{"guest": "Rachel Simmons", "passport_no": "⟦passport|571928304⟧", "nationality": "USA", "dob": "⟦date_of_birth|1991-08-30⟧", "room": "1207"}`,
  ],
  [
    "en",
    "health:medical_record",
    `mrn,patient_name,dob,admit_date,primary_dx\n⟦medical_record|MRN00482193⟧,Harold Finch,⟦date_of_birth|1947-12-02⟧,2026-11-28,⟦health|sepsis secondary to pneumonia⟧\n⟦medical_record|MRN00482207⟧,Grace Turner,⟦date_of_birth|1955-05-19⟧,2026-11-29,⟦health|NSTEMI⟧`,
  ],
  [
    "en",
    "health:health",
    `{"resourceType": "Condition", "subject": {"display": "Owen Parker"}, "code": {"text": "⟦health|Type 1 diabetes mellitus with ketoacidosis⟧"}, "onsetDateTime": "2026-10-03"}`,
  ],
  [
    "en",
    "hr:financial",
    `employee_id,name,ni_number,annual_salary,sort_code,account_no\nE1042,Emma Clarke,⟦national_id|JK 48 29 13 B⟧,⟦financial|52,000⟧,⟦bank_account|20-45-77⟧,⟦bank_account|41927365⟧`,
  ],
  [
    "en",
    "credentials:password",
    `{"db": {"host": "payroll-db.internal", "user": "svc_payroll", "password": "⟦password|Tr0ub4dor&3xQ!⟧"}} — parse this in Python please`,
  ],
  [
    "en",
    "access:biometric",
    `2026-12-02T06:55:10Z door=lab-2 user="Nina Patel" event=enroll face_template="⟦biometric|Rk1SACAyMAVHTCqRtgjpEATR3ksW/FCcgRMD4DtjoEjngD14Bv⟧" status=stored`,
  ],
  [
    "en",
    "devops:api_key",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe\nstringData:\n  STRIPE_SECRET_KEY: ⟦api_key|sk_live_51Mz7QpR4kVt2XbN9cY3wH8dLf6Ae1Gu⟧`,
  ],
  [
    "en",
    "devops:password",
    `- name: create db user\n  community.mysql.mysql_user:\n    name: crm_app\n    password: "⟦password|b7Vq!2xLr9#mPe⟧"\n    priv: "crm.*:ALL"`,
  ],
  [
    "en",
    "bank:financial",
    `date,description,amount,balance\n2026-12-01,SALARY ACME LTD,+3150.00,⟦financial|8412.55⟧\n2026-12-02,MORTGAGE,-1240.00,⟦financial|7172.55⟧\nstatement of my client Margaret Hughes for her tax return, can you categorise it?`,
  ],
  [
    "en",
    "crm:email",
    `{"contact": {"first_name": "Liam", "last_name": "O'Brien", "email": "⟦email|liam.obrien77@outlook.com⟧", "mobile": "⟦phone|+44 7700 183 442⟧", "address": "⟦street_address|14 Elm Grove, Leeds LS6 2AB⟧"}}`,
  ],
  [
    "en",
    "insurance:health",
    `claim_id|policy_holder|dob|icd10|description\nCLM-88213|Kevin Walsh|⟦date_of_birth|1978-04-11⟧|⟦health|F10.2⟧|⟦health|alcohol dependence, inpatient detox⟧`,
  ],
  [
    "en",
    "hr:national_id",
    `employees:\n  - name: Daniel Brooks\n    ssn: "⟦national_id|512-48-2913⟧"\n    dob: ⟦date_of_birth|1986-09-14⟧\n    salary: ⟦financial|98000⟧`,
  ],
  // Portuguese
  [
    "pt",
    "health:medical_record",
    `n_processo;utente;n_sns;data_nasc;diagnostico\n⟦medical_record|2026004417⟧;Manuel Pinto Costa;⟦national_id|234567813⟧;⟦date_of_birth|11/04/1954⟧;⟦health|doença de Parkinson⟧`,
  ],
  [
    "pt",
    "travel:passport",
    `{"hospede": "Beatriz Santos", "tipo_documento": "passaporte", "num_passaporte": "⟦passport|CB482917⟧", "data_nascimento": "⟦date_of_birth|1993-01-27⟧"}`,
  ],
  [
    "pt",
    "hr:financial",
    `colaborador:\n  nome: Rui Carvalho\n  nif: "⟦national_id|187654328⟧"\n  vencimento_base: ⟦financial|1.850,00⟧\n  iban: ⟦iban|PT98840689762330777830030⟧`,
  ],
  ["pt", "credentials:password", `2026-12-01 11:02:33 WARN autenticacao falhou utilizador=ana.sousa senha=⟦password|Lisboa!2026x⟧ origem=192.168.1.40`],
  [
    "pt",
    "access:biometric",
    `registo_ponto funcionario="Tiago Mendes" terminal=3 impressao_digital=⟦biometric|464D5200203230D500F64EB893A971F4F8E01C7CF0C920EAC43A70798B4003⟧ hora=07:58`,
  ],
  [
    "pt",
    "bank:iban",
    `data;destinatario;iban;valor\n02/12/2026;Joana Ferreira;⟦iban|PT02290106913227189152180⟧;-400,00\n03/12/2026;Pedro Lopes;⟦iban|PT24044041043538940527200⟧;-75,50`,
  ],
  [
    "pt",
    "health:health",
    `{"paciente": "Luísa Martins", "data_nascimento": "⟦date_of_birth|1969-06-02⟧", "diagnostico": "⟦health|esclerose múltipla⟧", "medico": "Dr. Alves"}`,
  ],
  ["pt", "devops:password", `environment:\n  MYSQL_ROOT_PASSWORD: ⟦password|P0rto#2026zK⟧\n  MYSQL_DATABASE: rh`],
  [
    "pt",
    "crm:phone",
    `cliente_id,nome,telemovel,morada\n4410,Carla Ribeiro,⟦phone|+351 912 448 713⟧,⟦street_address|Rua de Santa Catarina 112, 4000-442 Porto⟧`,
  ],
  [
    "pt",
    "hr:national_id",
    `{"nome": "Miguel Rocha", "cc": "⟦national_id|14829137 4 ZX9⟧", "niss": "⟦national_id|11048213790⟧", "data_nasc": "⟦date_of_birth|1987-12-05⟧"}`,
  ],
  // Polish
  [
    "pl",
    "health:medical_record",
    `nr_historii_choroby;pacjent;pesel;oddzial;rozpoznanie\n⟦medical_record|HCH/2026/04481⟧;Anna Kowalska;⟦national_id|85031412347⟧;Kardiologia;⟦health|zawał mięśnia sercowego⟧`,
  ],
  [
    "pl",
    "travel:passport",
    `{"gosc": "Piotr Nowak", "rodzaj_dokumentu": "paszport", "nr_paszportu": "⟦passport|EA4829137⟧", "data_urodzenia": "⟦date_of_birth|1976-11-05⟧"}`,
  ],
  [
    "pl",
    "hr:financial",
    `pracownik:\n  imie_nazwisko: Katarzyna Wiśniewska\n  pesel: "⟦national_id|92072387651⟧"\n  wynagrodzenie_brutto: ⟦financial|9 800,00⟧\n  nr_konta: ⟦iban|PL28375233890094276971872344⟧`,
  ],
  ["pl", "credentials:password", `{"uzytkownik": "m.zielinski", "haslo": "⟦password|Krakow#2026!pq⟧", "serwer": "erp.firma.local"}`],
  [
    "pl",
    "access:biometric",
    `2026-12-02 07:45:12 rejestracja_czasu pracownik="Tomasz Lewandowski" szablon_odcisku=⟦biometric|Rk1SACAyMAD093CVwb9tHrVUyJcMkythstCwUOetsfV+0uz+O8⟧ wynik=OK`,
  ],
  ["pl", "bank:iban", `data;odbiorca;rachunek;kwota;tytul\n01.12.2026;Marek Wójcik;⟦iban|PL80023418084245784333845988⟧;-1 500,00;czynsz grudzień`],
  [
    "pl",
    "health:health",
    `{"pacjent": "Janina Kamińska", "data_urodzenia": "⟦date_of_birth|1949-02-17⟧", "rozpoznanie": "⟦health|choroba Alzheimera⟧", "leki": ["⟦health|donepezil⟧"]}`,
  ],
  ["pl", "devops:password", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: kadry-db\nstringData:\n  haslo_bazy: ⟦password|Gd4nsk!v8Lq2⟧`],
  [
    "pl",
    "crm:phone",
    `id_klienta,imie,nazwisko,telefon,adres\n3318,Agnieszka,Dąbrowska,⟦phone|+48 601 448 913⟧,⟦street_address|ul. Marszałkowska 84/12, 00-514 Warszawa⟧`,
  ],
  // Dutch
  [
    "nl",
    "health:medical_record",
    `patientnummer;naam;geboortedatum;afdeling;diagnose\n⟦medical_record|7004481⟧;Jan de Vries;⟦date_of_birth|12-08-1952⟧;Longziekten;⟦health|longkanker stadium IV⟧`,
  ],
  [
    "nl",
    "travel:passport",
    `{"gast": "Sanne Bakker", "documenttype": "paspoort", "documentnummer": "⟦passport|NXC3F1P27⟧", "geboortedatum": "⟦date_of_birth|1989-05-03⟧"}`,
  ],
  [
    "nl",
    "hr:national_id",
    `medewerker:\n  naam: Pieter Jansen\n  bsn: "⟦national_id|111372641⟧"\n  bruto_maandsalaris: ⟦financial|4.320,00⟧\n  iban: ⟦iban|NL02ABNA7862902586⟧`,
  ],
  ["nl", "credentials:password", `2026-12-01T09:12:40Z login gebruiker=l.visser wachtwoord=⟦password|Utrecht!2026q⟧ resultaat=mislukt`],
  [
    "nl",
    "access:biometric",
    `toegang deur=hoofdingang medewerker="Eva Smit" gezichtssjabloon=⟦biometric|464D5200203230F0C4104FA750A8A0EF662ECB52640EF53F9A9684F2222A3A⟧ resultaat=toegestaan`,
  ],
  ["nl", "bank:iban", `datum;tegenrekening;naam;bedrag;omschrijving\n01-12-2026;⟦iban|NL97ABNA6090726978⟧;M. de Boer;-950,00;huur december`],
  [
    "nl",
    "health:health",
    `{"client": "Kees Mulder", "geboortedatum": "⟦date_of_birth|1961-10-22⟧", "indicatie": "⟦health|ernstige depressie⟧", "zorgverzekeraar": "VGZ"}`,
  ],
  ["nl", "devops:api_key", `services:\n  sync:\n    environment:\n      MOLLIE_API_KEY: ⟦api_key|live_Hq8ZbK2fLr7Yt3Xw9PcN4mVd6Ga0Ue⟧`],
  ["nl", "crm:phone", `klantnr,naam,telefoon,adres\n5521,Lotte Hendriks,⟦phone|+31 6 14829137⟧,⟦street_address|Keizersgracht 214, 1016 DZ Amsterdam⟧`],
  // French
  [
    "fr",
    "health:medical_record",
    `IPP;nom;date_naissance;service;diagnostic\n⟦medical_record|0048213771⟧;Martine Lefèvre;⟦date_of_birth|04/09/1950⟧;Oncologie;⟦health|lymphome non hodgkinien⟧`,
  ],
  [
    "fr",
    "travel:passport",
    `{"client": "Julien Moreau", "type_piece": "passeport", "num_passeport": "⟦passport|19FV48213⟧", "date_naissance": "⟦date_of_birth|1984-03-12⟧"}`,
  ],
  [
    "fr",
    "hr:financial",
    `salarie:\n  nom: Camille Girard\n  num_secu: "⟦national_id|2 84 03 75 112 048 27⟧"\n  salaire_brut: ⟦financial|3 450,00⟧\n  iban: ⟦iban|FR4437422147112046633372484⟧`,
  ],
  ["fr", "credentials:password", `{"utilisateur": "n.dubois", "mot_de_passe": "⟦password|Lyon2026!mXz⟧", "serveur": "paie.interne"}`],
  [
    "fr",
    "access:biometric",
    `2026-12-02 08:10:03 pointage salarie="Hugo Lambert" gabarit_empreinte=⟦biometric|Rk1SACAyMATrDkjqN8+gkSbzXq7CTsPhMZSsRtIwc5wv912HhB⟧ statut=OK`,
  ],
  ["fr", "bank:iban", `date;beneficiaire;iban;montant;libelle\n01/12/2026;Sophie Mercier;⟦iban|FR6873394678007888358695058⟧;-820,00;loyer décembre`],
  [
    "fr",
    "health:health",
    `{"patient": "Bernard Roux", "date_naissance": "⟦date_of_birth|1958-07-30⟧", "diagnostic": "⟦health|cirrhose alcoolique⟧", "medecin": "Dr Petit"}`,
  ],
  ["fr", "devops:password", `- name: utilisateur base\n  postgresql_user:\n    name: rh_app\n    password: "⟦password|M4rseille#k9Q⟧"`],
  ["fr", "crm:phone", `id_client,nom,telephone,adresse\n7710,Chloé Fontaine,⟦phone|+33 6 14 82 91 37⟧,⟦street_address|18 rue des Lilas, 69003 Lyon⟧`],
  // More records (German, Spanish, Italian, English)
  [
    "de",
    "hr:health",
    `personalnr: 3318\nname: Jens Albrecht\nfehlzeiten:\n  - von: 2026-10-04\n    bis: 2026-11-20\n    grund: ⟦health|Bandscheibenvorfall L4/L5, OP⟧\nschwerbehinderung: ⟦health|GdB 50⟧`,
  ],
  [
    "de",
    "insurance:financial",
    `Versicherungsnehmer;Vertragsnr.;Jahreseinkommen;Schufa-Score;offene Kredite\nKlaus Dietrich;LV-448213;⟦financial|62.400,00⟧;⟦financial|87,3⟧;⟦financial|18.500,00⟧`,
  ],
  [
    "es",
    "travel:passport",
    `{"reserva": "H-22841", "huesped": "Tomás Herrera Vidal", "documento": {"tipo": "pasaporte", "numero": "⟦passport|PAD384127⟧"}, "fecha_nacimiento": "⟦date_of_birth|1975-12-08⟧"}`,
  ],
  [
    "es",
    "health:medical_record",
    `2026-12-02T11:40:13Z INFO cita creada nhc=⟦medical_record|0093318⟧ paciente="Silvia Romero" especialidad=psiquiatria motivo="⟦health|ideación suicida⟧"`,
  ],
  [
    "it",
    "bank:financial",
    `cliente;conto;saldo;fido;rate_arretrate\nLuca Benedetti;⟦bank_account|000041829375⟧;⟦financial|-3.412,50⟧;⟦financial|5.000,00⟧;⟦financial|4⟧`,
  ],
  [
    "it",
    "travel:passport",
    `prenotazione:\n  ospite: Federica Longo\n  tipo_documento: passaporto\n  nr_doc: ⟦passport|YC2093718⟧\n  luogo_nascita: Bari\n  data_nascita: ⟦date_of_birth|1992-04-14⟧`,
  ],
  [
    "en",
    "health:medical_record",
    `{"encounter": {"patient": {"name": "Tyler Morgan", "mrn": "⟦medical_record|004482917⟧"}, "reason": "⟦health|overdose, opioid⟧", "disposition": "admitted"}}`,
  ],
  [
    "en",
    "access:biometric",
    `{"ts": "2026-12-02T07:12:44Z", "event": "match", "employee": "Grace Kim", "palm_vein_template": "⟦biometric|464D520020323054AFACDF1657D4900533E2286F0C0442482729E4513DE220⟧"}`,
  ],
];

export const NEGATIVES: MarkedEntry[] = [
  // German
  [
    "de",
    "neg-schema:ddl",
    `CREATE TABLE mitarbeiter (personalnr INT PRIMARY KEY, name VARCHAR(80), geburtsdatum DATE, iban CHAR(34), steuer_id CHAR(11), bruttogehalt DECIMAL(10,2)); wie lege ich einen Index auf steuer_id?`,
  ],
  [
    "de",
    "neg-template:empty",
    `{"doc_type": "", "ausstellungsstaat": "", "reisepassnummer": "", "gueltig_bis": null} — welche Felder sind für den Meldeschein Pflicht?`,
  ],
  ["de", "neg-test:specimen", `# Testdaten, keine echten Personen\nPers.-Nr.;Name;Geburtsdatum;Reisepassnummer\n999001;Mustermann, Erika;12.08.1964;C01X00T47`],
  [
    "de",
    "neg-order:product",
    `Bestellnr;Artikelnr;Bezeichnung;Menge;Einzelpreis\n2026-8812;4711-02;Druckerpapier A4;10;4,99\n2026-8812;5520-10;Toner schwarz;2;89,90`,
  ],
  [
    "de",
    "neg-stats:aggregate",
    `ICD;Fälle 2025;Ø Verweildauer;Anteil\nI50.13;412;8,4;6,1 %\nE11.9;1.203;5,1;17,8 %\nJ44.1;388;9,2;5,7 %\nwie mache ich daraus ein Balkendiagramm?`,
  ],
  [
    "de",
    "neg-config:vars",
    `services:\n  db:\n    environment:\n      POSTGRES_USER: lohn\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}\n      API_KEY_FILE: /run/secrets/personio_key`,
  ],
  ["de", "neg-config:vault", `- name: DB-Passwort setzen\n  set_fact:\n    db_passwort: "{{ lookup('hashi_vault', 'secret=secret/data/lohn/db:passwort') }}"`],
  ["de", "neg-public:company", `Firma;USt-IdNr.;Registergericht;HRB;Sitz\nMusterbau GmbH;DE811234567;Amtsgericht München;HRB 123456;München`],
  [
    "de",
    "neg-public:hospital",
    `{"klinik": "Universitätsklinikum Heidelberg", "adresse": "Im Neuenheimer Feld 672, 69120 Heidelberg", "telefon": "06221 56-0", "betten": 2000}`,
  ],
  ["de", "neg-log:system", `2026-12-01T06:44:10Z zutritt tuer=haupteingang ausweis=unbekannt ergebnis=abgelehnt grund=kein_template_hinterlegt`],
  [
    "de",
    "neg-template:form",
    `Meldeschein für Beherbergungsstätten\nName, Vorname: ______________\nGeburtsdatum: __.__.____\nReisepassnummer: ______________\nUnterschrift: ______________`,
  ],
  // Spanish
  [
    "es",
    "neg-schema:ddl",
    `CREATE TABLE viajeros (id SERIAL, nombre TEXT, tipo_documento CHAR(1), numero_pasaporte VARCHAR(20), fecha_nacimiento DATE); ¿cómo valido el formato del pasaporte?`,
  ],
  ["es", "neg-template:empty", `{"pasajero": {"apellidos": "", "nombre": "", "doc_type": "P", "nr_doc": "", "f_nac": ""}} — plantilla vacía para el check-in`],
  [
    "es",
    "neg-test:synthetic",
    `# datos ficticios para pruebas unitarias\nNHC;Paciente;Diagnóstico\nTEST-0001;Paciente Prueba Uno;diagnóstico de ejemplo\nTEST-0002;Paciente Prueba Dos;diagnóstico de ejemplo`,
  ],
  ["es", "neg-order:product", `pedido;sku;producto;cantidad;precio\n10482;CAF-250;café molido 250 g;4;3,49\n10482;LEC-1L;leche entera 1 l;6;0,99`],
  [
    "es",
    "neg-stats:aggregate",
    `servicio;ingresos 2025;estancia media;reingresos\nCardiología;2.418;6,2;8,1 %\nNeumología;1.977;7,8;11,4 %\nOncología;1.204;9,1;6,3 %`,
  ],
  [
    "es",
    "neg-config:vars",
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: historia-clinica\ndata:\n  DB_HOST: postgres.hc.svc\n  DB_USER: hc_app\n  DB_PASSWORD_FILE: /etc/secrets/db-password`,
  ],
  [
    "es",
    "neg-public:company",
    `razon_social;cif;domicilio\nTelefónica, S.A.;A28015865;Gran Vía 28, 28013 Madrid\nIberdrola, S.A.;A48010615;Plaza Euskadi 5, 48009 Bilbao`,
  ],
  [
    "es",
    "neg-public:hospital",
    `{"hospital": "Hospital Universitario La Paz", "direccion": "Paseo de la Castellana 261, 28046 Madrid", "telefono": "917 27 70 00"}`,
  ],
  ["es", "neg-log:system", `[2026-12-02 09:14:55] WARN login fallido usuario=<desconocido> motivo=contraseña_caducada ip=10.0.4.17 intentos=3`],
  [
    "es",
    "neg-template:form",
    `parte de viajeros (modelo oficial)\nnombre: \napellidos: \ntipo_documento: [D=DNI, P=pasaporte]\nnumero_documento: \nfecha_nacimiento: dd/mm/aaaa`,
  ],
  ["es", "neg-hr:aggregate", `categoría;empleados;salario bruto medio;brecha\nOficial 1ª;42;27.900,00;3,1 %\nAdministrativo;18;24.300,00;2,4 %`],
  // Italian
  [
    "it",
    "neg-schema:ddl",
    `CREATE TABLE pazienti (id INT, cod_fisc CHAR(16), n_cartella VARCHAR(20), diagnosi TEXT, data_nascita DATE); come aggiungo un vincolo UNIQUE su cod_fisc?`,
  ],
  ["it", "neg-template:empty", `schedina alloggiati (vuota)\ncognome:\nnome:\ndata_nascita:\ntipo_doc:\nn_pass:\nrilasciato_da:`],
  ["it", "neg-test:synthetic", `# dati di esempio, non reali\nmatricola;cognome;nome;RAL\nT001;Esempio;Utente;30.000,00\nT002;Prova;Persona;32.000,00`],
  [
    "it",
    "neg-order:product",
    `{"ordine": 88213, "righe": [{"codice": "PAS-500", "descrizione": "spaghetti 500 g", "qta": 12, "prezzo": 1.29}], "spedizione": "corriere"}`,
  ],
  ["it", "neg-stats:aggregate", `reparto;ricoveri 2025;degenza media;mortalità\nOncologia;1.118;8,7;4,2 %\nCardiologia;2.044;5,9;2,8 %`],
  [
    "it",
    "neg-config:vars",
    `version: "3.9"\nservices:\n  fatturazione:\n    environment:\n      SDI_API_KEY: \${SDI_API_KEY}\n      DB_PASSWORD: \${DB_PASSWORD:?manca}`,
  ],
  [
    "it",
    "neg-public:company",
    `ragione_sociale;partita_iva;sede\nEni S.p.A.;00905811006;Piazzale Enrico Mattei 1, Roma\nEnel S.p.A.;00934061003;Viale Regina Margherita 137, Roma`,
  ],
  ["it", "neg-public:hospital", `ospedale:\n  nome: Ospedale Niguarda\n  indirizzo: Piazza dell'Ospedale Maggiore 3, 20162 Milano\n  centralino: 02 6444 1`],
  ["it", "neg-log:system", `2026-12-02 08:01:44 varco=ingresso_nord badge=sconosciuto esito=NEGATO motivo=modello_impronta_assente`],
  ["it", "neg-config:vault", `db:\n  host: 10.1.2.14\n  utente: paghe_admin\n  password: vault:secret/data/paghe#password`],
  [
    "it",
    "neg-doc:fields",
    `Nel tracciato FSE il campo codice_fiscale è obbligatorio, n_cartella è alfanumerico (max 20) e diagnosi_dimissione usa la codifica ICD-9-CM.`,
  ],
  // English
  [
    "en",
    "neg-schema:ddl",
    `CREATE TABLE patients (mrn VARCHAR(12) PRIMARY KEY, patient_name TEXT, dob DATE, primary_dx VARCHAR(10)); should mrn be a string or an integer?`,
  ],
  [
    "en",
    "neg-template:empty",
    `{"guest": "", "passport_no": "", "nationality": "", "dob": "", "room": ""} — what JSON schema should validate this check-in payload?`,
  ],
  [
    "en",
    "neg-test:synthetic",
    `# synthetic fixture, not real patients\nmrn,patient_name,dob,primary_dx\nTEST0001,Test Patient,1900-01-01,Z00.00\nTEST0002,Test Patient Two,1900-01-01,Z00.00`,
  ],
  ["en", "neg-order:product", `order_id,sku,item,qty,unit_price\n100482,USB-C-1M,USB-C cable 1 m,3,7.99\n100482,HDMI-2M,HDMI cable 2 m,1,11.49`],
  ["en", "neg-stats:aggregate", `icd10,admissions_2025,avg_los_days,readmit_rate\nI21.4,318,5.2,9.1%\nJ18.9,702,6.4,12.3%\nA41.9,211,9.8,15.0%`],
  [
    "en",
    "neg-config:vars",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: stripe\nstringData:\n  STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY}\n# filled in by the CI pipeline`,
  ],
  [
    "en",
    "neg-config:vault",
    `- name: create db user\n  community.mysql.mysql_user:\n    name: crm_app\n    password: "{{ vault_crm_db_password }}"\n    priv: "crm.*:ALL"`,
  ],
  [
    "en",
    "neg-public:company",
    `company_name,company_number,vat_number,registered_office\nAcme Widgets Ltd,01234567,GB123456789,1 Example Street London EC1A 1AA`,
  ],
  ["en", "neg-public:hospital", `{"hospital": "St Thomas' Hospital", "address": "Westminster Bridge Road, London SE1 7EH", "switchboard": "020 7188 7188"}`],
  ["en", "neg-log:system", `2026-12-02T06:55:10Z door=lab-2 event=enroll_failed reason=low_quality_capture retries=3 template=null`],
  [
    "en",
    "neg-doc:fields",
    `The SSR DOCS element carries document type, issuing country, passport number, nationality, date of birth, gender, expiry and names, separated by slashes.`,
  ],
  // Portuguese
  [
    "pt",
    "neg-schema:ddl",
    `CREATE TABLE utentes (n_processo INT, nome TEXT, n_sns CHAR(9), data_nasc DATE, diagnostico TEXT); como crio uma chave estrangeira?`,
  ],
  ["pt", "neg-template:empty", `{"hospede": "", "tipo_documento": "", "num_passaporte": "", "data_nascimento": ""} — modelo do boletim de alojamento`],
  ["pt", "neg-test:synthetic", `# dados fictícios para testes\ncolaborador;nif;vencimento\nTeste Um;123456789;1.000,00\nTeste Dois;123456789;1.000,00`],
  ["pt", "neg-order:product", `encomenda;ref;artigo;qtd;preco\n5521;AZ-750;azeite 750 ml;2;6,49\n5521;BAC-1K;bacalhau 1 kg;1;14,90`],
  ["pt", "neg-stats:aggregate", `servico;internamentos 2025;demora media\nMedicina Interna;3.204;8,9\nCirurgia Geral;1.877;4,3`],
  ["pt", "neg-config:vars", `environment:\n  MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root\n  MYSQL_DATABASE: rh`],
  ["pt", "neg-public:company", `empresa;nipc;sede\nGalp Energia SGPS;504499777;Rua Tomás da Fonseca, Lisboa`],
  ["pt", "neg-log:system", `2026-12-01 11:02:33 INFO sessao expirada utilizador=<anonimo> origem=192.168.1.40`],
  // Polish
  ["pl", "neg-schema:ddl", `CREATE TABLE pacjenci (id INT, pesel CHAR(11), nr_historii_choroby VARCHAR(20), rozpoznanie TEXT); jak dodać indeks na pesel?`],
  ["pl", "neg-template:empty", `{"gosc": "", "rodzaj_dokumentu": "", "nr_paszportu": "", "data_urodzenia": ""} — szablon karty meldunkowej`],
  ["pl", "neg-test:synthetic", `# dane testowe, fikcyjne\npracownik;pesel;wynagrodzenie\nJan Testowy;00000000000;0,00\nAnna Przykładowa;00000000000;0,00`],
  ["pl", "neg-order:product", `zamowienie;kod;towar;ilosc;cena\n7781;KAW-1K;kawa ziarnista 1 kg;2;59,99\n7781;HER-50;herbata 50 torebek;3;8,49`],
  ["pl", "neg-stats:aggregate", `oddzial;hospitalizacje 2025;sredni pobyt\nKardiologia;2 118;5,4\nNeurologia;1 402;7,9`],
  ["pl", "neg-config:vars", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kadry\ndata:\n  DB_HOST: kadry-db\n  DB_HASLO_PLIK: /etc/sekrety/haslo`],
  ["pl", "neg-public:company", `nazwa;nip;regon;siedziba\nPKN Orlen S.A.;7740001454;610188201;ul. Chemików 7, Płock`],
  ["pl", "neg-log:system", `2026-12-02 07:45:12 rejestracja_czasu czytnik=3 status=offline blad=brak_polaczenia`],
  // Dutch
  [
    "nl",
    "neg-schema:ddl",
    `CREATE TABLE medewerkers (id INT, bsn CHAR(9), naam TEXT, bruto_maandsalaris NUMERIC(8,2), iban VARCHAR(34)); hoe versleutel ik de kolom bsn?`,
  ],
  ["nl", "neg-template:empty", `{"gast": "", "documenttype": "", "documentnummer": "", "geboortedatum": ""} — leeg nachtregister-sjabloon`],
  ["nl", "neg-test:synthetic", `# testdata, geen echte personen\nnaam;bsn;iban\nTest Persoon;000000000;NL00TEST0000000000`],
  ["nl", "neg-order:product", `ordernr;artikel;aantal;prijs\n44810;stroopwafels 8 st;5;2,49\n44810;hagelslag 400 g;2;2,19`],
  ["nl", "neg-stats:aggregate", `afdeling;opnames 2025;gem. ligduur\nLongziekten;1.402;6,8\nCardiologie;2.311;4,9`],
  ["nl", "neg-config:vars", `services:\n  sync:\n    environment:\n      MOLLIE_API_KEY: \${MOLLIE_API_KEY}\n      DB_WACHTWOORD: \${DB_WACHTWOORD}`],
  ["nl", "neg-public:company", `bedrijf;kvk;btw;vestiging\nVoorbeeld B.V.;12345678;NL123456789B01;Damrak 1, Amsterdam`],
  ["nl", "neg-public:hospital", `{"ziekenhuis": "Erasmus MC", "adres": "Doctor Molewaterplein 40, 3015 GD Rotterdam", "telefoon": "010 704 0704"}`],
  // French
  [
    "fr",
    "neg-schema:ddl",
    `CREATE TABLE patients (ipp VARCHAR(10), nom TEXT, date_naissance DATE, diagnostic TEXT); comment ajouter une contrainte NOT NULL sur ipp ?`,
  ],
  ["fr", "neg-template:empty", `{"client": "", "type_piece": "", "num_passeport": "", "date_naissance": ""} — modèle vide de fiche de police`],
  ["fr", "neg-test:synthetic", `# jeu de données fictif\nnom;num_secu;salaire_brut\nTest Un;1 00 00 00 000 000 00;0,00`],
  ["fr", "neg-order:product", `commande;ref;article;qte;prix\n9912;BAG-01;baguette;4;1,10\n9912;CAM-250;camembert 250 g;1;2,95`],
  ["fr", "neg-stats:aggregate", `service;séjours 2025;durée moyenne\nOncologie;1.804;7,2\nCardiologie;2.990;4,6`],
  [
    "fr",
    "neg-config:vault",
    `- name: utilisateur base\n  postgresql_user:\n    name: rh_app\n    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/rh:password') }}"`,
  ],
  ["fr", "neg-public:company", `raison_sociale;siren;tva_intracom;siege\nExemple SAS;123456789;FR12123456789;1 rue de la Paix, 75002 Paris`],
  ["fr", "neg-public:hospital", `{"hopital": "Hôpital Européen Georges-Pompidou", "adresse": "20 rue Leblanc, 75015 Paris", "standard": "01 56 09 20 00"}`],
  // More hard negatives (German, Spanish, Italian, English)
  [
    "de",
    "neg-doc:fields",
    `In der DATEV-Lohnschnittstelle steht Steuer-ID in Spalte 12, die SV-Nummer in Spalte 13 und das Bruttogehalt mit Dezimalkomma in Spalte 20.`,
  ],
  ["de", "neg-stats:salary", `Gehaltsband;Anzahl MA;Median brutto;Spanne\nE9;14;4.210,00;3.900–4.600\nE10;9;4.780,00;4.400–5.200`],
  ["es", "neg-config:vars", `services:\n  nominas:\n    environment:\n      DB_PASSWORD: \${DB_PASSWORD}\n      A3_API_KEY: \${A3_API_KEY}`],
  [
    "es",
    "neg-doc:fields",
    `En el fichero del parte de viajeros el campo numero_documento admite DNI, NIE o pasaporte; fecha_nacimiento va en formato AAAAMMDD.`,
  ],
  ["it", "neg-stats:aggregate", `{"anno": 2025, "regione": "Lombardia", "ricoveri_per_diagnosi": {"ictus": 18422, "infarto": 12310, "BPCO": 9877}}`],
  [
    "it",
    "neg-test:synthetic",
    `# esempio dalla documentazione, dati inventati\nschedina:\n  cognome: ROSSI\n  nome: MARIO\n  tipo_doc: PASOR\n  n_pass: XX0000000`,
  ],
  [
    "en",
    "neg-order:product",
    `{"order": {"id": "A-88213", "customer_type": "business", "items": [{"sku": "PASS-HOLDER-01", "name": "passport holder, leather", "qty": 2}]}}`,
  ],
  ["en", "neg-stats:salary", `role,headcount,median_salary,p90_salary\nSoftware Engineer,42,98000,131000\nData Analyst,17,71000,88000`],
];
