/**
 * Development set 32, identifier entries: national IDs, tax IDs and passports of countries the author believed were
 * little covered (Argentina, Peru, Colombia, Ecuador, Uruguay, Mexico's RFC, Bulgaria, Croatia, Slovenia, Serbia,
 * Greece, Hungary, Iceland, Lithuania, Ireland, Australia, New Zealand, Singapore, Iran, Nigeria, Kenya, Pakistan,
 * Malaysia, Sri Lanka) in forms, records, chat and MRZ lines, with adversarial spacing; then hard negatives (format
 * questions, specimens, company numbers, invalid check digits, schemas, placeholders). Every value with a public
 * check passes it (`check.ts`). Written before src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const IDS: MarkedEntry[] = [
  // --- national IDs: free text -----------------------------------------------------------------------------------------
  [
    "es",
    "national_id:chat-ar:free",
    `Che, completame el formulario de ANSES para mi vieja, Norma Beatriz Acosta, CUIL ⟦national_id|27-34315253-7⟧, que no le anda la página.`,
  ],
  [
    "es",
    "national_id:chat-ec:free",
    `Ayúdame a escribir una carta al Registro Civil: mi hijo Mateo Villacís, cédula ⟦national_id|1743155473⟧, tiene mal escrito el apellido en el certificado.`,
  ],
  [
    "es",
    "national_id:chat-uy:free",
    `Mi abuelo Washington Pereyra, CI ⟦national_id|4.992.770-2⟧, necesita renovar la libreta; ¿qué documentos pide la Intendencia de Montevideo?`,
  ],
  [
    "bg",
    "national_id:chat:free",
    `Напиши молба до НОИ от името на баща ми Стоян Петров Георгиев, ЕГН ⟦national_id|7507130780⟧, за преизчисляване на пенсията.`,
  ],
  [
    "hr",
    "national_id:chat:free",
    `Sastavi e-mail za Poreznu upravu: moja majka Marija Kovačević, OIB ⟦national_id|38717890147⟧, nije dobila povrat poreza za 2025.`,
  ],
  [
    "sl",
    "national_id:form:free",
    `Prosim, prevedi v angleščino: »Podpisani Matej Kranjc, EMŠO ⟦national_id|1209978501990⟧, izjavljam, da sem lastnik vozila.«`,
  ],
  ["sr", "national_id:chat:free", `Напиши пуномоћје: ја, Милош Јовановић, ЈМБГ ⟦national_id|1508973716333⟧, овлашћујем брата да преузме мој пасош.`],
  [
    "is",
    "national_id:chat:free",
    `Geturðu hjálpað mér að skrifa tölvupóst til Skattsins? Ég heiti Sigríður Jónsdóttir, kennitala ⟦national_id|100285-9839⟧, og skattframtalið mitt vantar.`,
  ],
  ["lt", "national_id:chat:free", `Parašyk prašymą Sodrai: Rasa Kazlauskienė, asmens kodas ⟦national_id|49107131519⟧, prašo motinystės išmokos.`],
  [
    "en",
    "national_id:chat-sg:free",
    `Help me fill in the condo visitor form for my helper's employer, Mr Tan Wei Ming, NRIC ⟦national_id|S7331870Z⟧, unit #08-14.`,
  ],
  [
    "en",
    "national_id:chat-ng:free",
    `Please write a complaint to NIMC: my aunt, Mrs Funmilayo Adebayo, NIN ⟦national_id|74829301562⟧, says her date of birth is wrong on the slip.`,
  ],
  [
    "en",
    "national_id:chat-pk:free",
    `Draft a letter to NADRA for my father Muhammad Aslam, CNIC ⟦national_id|35202-4871236-9⟧, asking to update his address after we moved.`,
  ],
  [
    "en",
    "national_id:chat-my:free",
    `Can you check this tenancy agreement clause? "The Tenant, Nurul Aisyah binti Ahmad (NRIC No. ⟦national_id|850412-10-5523⟧), shall pay RM1,800 monthly."`,
  ],
  [
    "en",
    "national_id:chat-lk:free",
    `Write an application to the bank for my mother, Mrs W. A. Kumari Perera, NIC ⟦national_id|198512403317⟧, to open a senior citizen savings account.`,
  ],
  ["fa", "national_id:chat:free", `لطفاً یک نامه برای بیمه بنویس: پدرم حسین رضایی با کد ملی ⟦national_id|0928482431⟧ خسارت خودرو را دریافت نکرده است.`],
  // --- national IDs: structured ----------------------------------------------------------------------------------------
  [
    "en",
    "national_id:medicare-form:structured",
    `Patient registration (please check the fields are in the right order):\nSurname: Whitfield\nGiven names: Joanne Margaret\nMedicare no.: ⟦national_id|5793 85470 3⟧ IRN 2\nDOB: ⟦date_of_birth|14/06/1978⟧`,
  ],
  [
    "hu",
    "national_id:taj-csv:structured",
    `név;TAJ;születési dátum\nSzabó Erzsébet;⟦national_id|943 514 811⟧;⟦date_of_birth|1957.03.22.⟧\nNagy Péter;⟦national_id|951 223 130⟧;⟦date_of_birth|1969.11.04.⟧\nRendezd ábécé szerint.`,
  ],
  [
    "es",
    "national_id:json-cl:structured",
    `{"nombre": "Camila Fuentes Rojas", "rut": "⟦national_id|24.347.109-5⟧", "prevision": "FONASA", "comuna": "Ñuñoa"}\nConvierte esto a un INSERT para PostgreSQL.`,
  ],
  [
    "es",
    "national_id:xml-mx:structured",
    `<Solicitante><Nombre>Rosa Gómez Ramírez</Nombre><CURP>⟦national_id|GORR880412MJCMMS05⟧</CURP><Estado>Jalisco</Estado></Solicitante>\n¿Falta algún campo obligatorio?`,
  ],
  [
    "el",
    "national_id:form:structured",
    `Στοιχεία μισθωτή:\nΟνοματεπώνυμο: Ελένη Σταματοπούλου\nΑΦΜ: ⟦national_id|228918833⟧\nΔΟΥ: Γλυφάδας\nΜετάφρασε στα αγγλικά για τον λογιστή.`,
  ],
  // --- national IDs: adversarial ---------------------------------------------------------------------------------------
  [
    "hr",
    "national_id:spaced:adversarial",
    `OIB od tate kako sam ga prepisao s kartice: ⟦national_id|1 5 0 6 7 4 7 3 2 0 5⟧ (Ante Babić) – popuni mi obrazac JOPPD.`,
  ],
  ["fa", "national_id:persian-digits:adversarial", `شماره ملی مادرم فاطمه کریمی: ⟦national_id|۰۳۹۴۱۱۶۸۹۵⟧ — برای ثبت نام در سامانه سهام عدالت چه کار کنم؟`],
  [
    "en",
    "national_id:linebreak:adversarial",
    `ID for the lease (Chinedu Okeke), NIN split over two lines on the scan:\n⟦national_id|2231887\n4560⟧\nplease type it out properly`,
  ],
  // --- tax IDs ---------------------------------------------------------------------------------------------------------
  [
    "en",
    "tax_id:tfn-chat:free",
    `Starting a new job Monday. My TFN is ⟦national_id|511 069 386⟧ (Liam O'Connell) — which boxes do I tick on the withholding declaration?`,
  ],
  [
    "en",
    "tax_id:ird-chat:free",
    `Write an email to Inland Revenue for my partner Aroha Ngata, IRD number ⟦national_id|093-043-227⟧, asking why her tax code changed.`,
  ],
  [
    "en",
    "tax_id:ppsn-chat:free",
    `Help me fill in the Revenue form for my son Cian Doyle, PPS number ⟦national_id|0441923VA⟧, he's starting his first summer job.`,
  ],
  [
    "en",
    "tax_id:kra-chat:free",
    `Draft a note to my accountant: my KRA PIN is ⟦national_id|A004512398K⟧ (Grace Wanjiru Mwangi), please file my nil return before June.`,
  ],
  [
    "es",
    "tax_id:rfc-invoice:structured",
    `Datos para la factura:\nNombre: Fernanda Blanco Flores\nRFC: ⟦national_id|BAFF850415K47⟧\nRégimen: 612 Personas Físicas con Actividades Empresariales\nUso CFDI: G03\n¿Está completo?`,
  ],
  [
    "es",
    "tax_id:ruc-chat:free",
    `Mi prima Yesenia Quispe tiene RUC ⟦national_id|10650584991⟧ y quiere emitir recibos por honorarios; ¿cómo se hace en la SUNAT?`,
  ],
  [
    "es",
    "tax_id:nit-co:structured",
    `Cuenta de cobro\nDe: Andrés Felipe Cárdenas, NIT ⟦national_id|79.845.312-7⟧\nPara: Agencia Creativa Norte S.A.S.\nValor: $3.200.000\nRevisa la redacción.`,
  ],
  [
    "hu",
    "tax_id:chat:free",
    `Írj egy e-mailt a NAV-nak: Tóth Gábor vagyok, adóazonosító jelem ⟦national_id|8346109083⟧, és nem kaptam meg az SZJA-bevallási tervezetet.`,
  ],
  ["es", "tax_id:cuit-spaced:adversarial", `cuit del plomero pa la factura: ⟦national_id|23 3727 8429 6⟧ (Hernán Sosa) escribímelo bien con los guiones`],
  // --- passports -------------------------------------------------------------------------------------------------------
  [
    "en",
    "passport:mrz:structured",
    `OCR from the passport scan of our new hire (Adaeze Nwosu), fix the misread characters if any:\nP<NGANWOSU<<ADAEZE<<<<<<<<<<<<<<<<<<<<<<<<<<\n⟦passport|B503782143NGA8802196F3106224<<<<<<<<<<<<<<04⟧`,
  ],
  [
    "en",
    "passport:mrz-ph:structured",
    `Parse this MRZ for the visa form (traveller: Jose Miguel Santos):\nP<PHLSANTOS<<JOSE<MIGUEL<<<<<<<<<<<<<<<<<<<<\n⟦passport|P4471920B7PHL9305111M3301188<<<<<<<<<<<<<<06⟧`,
  ],
  [
    "pl",
    "passport:mrz:structured",
    `Sprawdź, czy OCR dobrze odczytał paszport Pawła Lisa:\nP<POLLIS<<PAWEL<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n⟦passport|EY77310523POL7909032M290414679090312873<<<14⟧`,
  ],
  [
    "en",
    "passport:chat-ie:free",
    `Booking the Ryanair flight for my wife, Siobhán Kelly, passport number ⟦passport|PK1938475⟧, expiry Feb 2030 — what else do they need for the API form?`,
  ],
  ["es", "passport:chat-mx:free", `Llena la solicitud de visa para mi esposo Iván Torres Lugo, pasaporte mexicano número ⟦passport|G28451903⟧, vence en 2032.`],
  [
    "en",
    "passport:json:structured",
    `{"guest": "Haruto Sato", "nationality": "JPN", "passport_no": "⟦passport|TR4827193⟧", "checkin": "2026-12-20"}\nWrite the police guest registration line for our Italian B&B.`,
  ],
  ["hi", "passport:chat:free", `मेरे पति राजेश कुमार का पासपोर्ट नंबर ⟦passport|Z4829173⟧ है, वीज़ा फॉर्म में नाम की स्पेलिंग कैसे लिखें?`],
  [
    "pt",
    "passport:spaced:adversarial",
    `passaporte da minha filha Beatriz Moura: ⟦passport|F T 4 8 2 9 1 5⟧, preciso preencher a autorização de viagem de menor`,
  ],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  [
    "en",
    "neg-passport:specimen-mrz:structured",
    `This is the ICAO 9303 specimen:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\nExplain how each check digit is computed.`,
  ],
  ["en", "neg-passport:format:free", `What's the format of an Irish passport number — two letters and seven digits? Does it have a check digit?`],
  ["en", "neg-national_id:format:free", `How is the Singapore NRIC check letter calculated? I'm writing a validator and want to understand the weights.`],
  [
    "en",
    "neg-national_id:invalid:free",
    `Our validator rejects the TFN 123 456 789. Is that because the checksum fails, or because it's a known dummy number?`,
  ],
  [
    "en",
    "neg-national_id:company:structured",
    `Supplier record:\nLegal name: Harbourview Plumbing Pty Ltd\nABN: 51 824 753 556\nGST registered: yes\nWrite the onboarding welcome email.`,
  ],
  [
    "en",
    "neg-national_id:schema:structured",
    `CREATE TABLE citizens (nin CHAR(11) PRIMARY KEY, surname TEXT, first_name TEXT, dob DATE, state_of_origin TEXT);\nShould nin be CHAR or VARCHAR?`,
  ],
  [
    "en",
    "neg-national_id:aggregate:free",
    `By 2025 Nigeria had issued over 110 million NINs. What share of the population is that, and what are the biggest barriers to enrolment?`,
  ],
  [
    "en",
    "neg-national_id:placeholder:structured",
    `Form help text: "Enter your PPS number in the format 1234567T or 1234567TW." Rewrite this more clearly for a mobile screen.`,
  ],
  ["es", "neg-national_id:company:free", `¿El RUT 76.086.428-5 es de una empresa o de una persona? ¿Cómo se distinguen los RUT de sociedades en Chile?`],
  ["es", "neg-tax_id:format:free", `¿Cómo se arma el RFC de una persona física? Explica qué significan las cuatro letras, la fecha y la homoclave.`],
  ["es", "neg-tax_id:generic-rfc:free", `En las facturas a público en general se usa el RFC XAXX010101000. ¿Cuándo debo usarlo y cuándo el RFC del cliente?`],
  ["bg", "neg-national_id:format:free", `Как се изчислява контролната цифра на ЕГН и какво означава 40 добавено към месеца?`],
  ["hr", "neg-national_id:company:structured", `Podaci o tvrtki: Jadranka d.o.o., OIB tvrtke 15067473206 (nevažeći?), sjedište Split. Zašto ga sustav odbija?`],
  ["hu", "neg-national_id:format:free", `Hány számjegyből áll a TAJ-szám, és mit jelent az utolsó ellenőrző számjegy?`],
  ["el", "neg-national_id:company:free", `Ο ΑΦΜ 094014201 ανήκει σε μεγάλη εταιρεία; Πώς ελέγχω δημόσια στοιχεία επιχείρησης στο ΓΕΜΗ;`],
  ["fa", "neg-national_id:format:free", `الگوریتم رقم کنترل کد ملی چگونه است؟ یک تابع پایتون برای بررسی آن بنویس.`],
  [
    "en",
    "neg-passport:fiction:free",
    `In The Bourne Identity, Jason Bourne finds several passports in a safe deposit box in Zurich. Which names and nationalities were on them?`,
  ],
  [
    "en",
    "neg-national_id:public-figure:free",
    `Is it true that Singapore's prime minister had to show his NRIC to vote like everyone else? How does polling-station identity checking work there?`,
  ],
];
