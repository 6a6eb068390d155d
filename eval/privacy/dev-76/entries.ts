/**
 * dev-76 entries: an identity or document number mentioned in passing inside a task about something else — "translate
 * this letter", "fix my spreadsheet formula", "is this e-mail polite", "why does this API return 400", "summarise",
 * "proofread", "sort this CSV", "draft a reply", "turn this into JSON", "why doesn't my regex match" — in English,
 * Italian, Polish, Portuguese, German, Russian, Spanish, Hindi (Devanagari digits), Hinglish (`hi-Latn`), Japanese and
 * Chinese. Sensitive: a passport, tax or national id, or driving licence of the writer or of another person, behind a
 * weak or abbreviated cue ("Steuer-Nr.", "CF", "nr dowodu", "Pass-Nr.", "DL#", "lic.", "ppt", "инн", "個人番号") or a
 * short or localised JSON/CSV key ("cf", "nip", "pass_nr", "fs_nr", "inn", "jszh", "sfz", "kojin_bango"), and with the
 * evasions a user applies: spaced groups, lower case, full-width and Devanagari digits, an MRZ line. Values carry valid
 * check digits where the format has one (check.ts). Hard negatives: the same tasks carrying order, invoice, tracking,
 * ticket, booking and case numbers of the same shapes (some pass an id's checksum), company registration and VAT
 * numbers, documented specimens, formats explained, product codes. `kind` is `<task>:<category>` or
 * `neg-<task>:<what>`. Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English
  [
    "en",
    "translate:national_id",
    `Translate this note to my new landlord into Spanish, keep it friendly: "Hi Marisol, the signed lease is attached. For the background check you asked for my ITIN, it's ⟦national_id|912-74-3381⟧. Could you please not forward it to anyone else?"`,
  ],
  [
    "en",
    "formula:national_id",
    `My XLOOKUP keeps returning #N/A. Sheet1 row 2 is "Okafor, Daniel | TIN ⟦national_id|947-81-2260⟧ | 1099 total" and Sheet2 stores the same id without dashes. What formula matches them?`,
  ],
  [
    "en",
    "polite:driver_license",
    `Is this e-mail to my landlord polite enough? "Dear Mr Halvorsen, the parking permit you filed lists my licence wrong — it should be DL# ⟦driver_license|D4829173⟧ (California), not the old one. Please correct it before Friday. Thanks, Renée Caldwell"`,
  ],
  [
    "en",
    "api:passport",
    `Why does this API return 400 "invalid traveller"? POST /v2/bookings/7781/travellers with body {"given":"Aisha","family":"Rahman","ppt":"⟦passport|548271936⟧","nat":"GBR","dob":"⟦date_of_birth|1990-07-04⟧"}`,
  ],
  [
    "en",
    "summarize:driver_license",
    `Summarise this insurance claim in two lines for my manager: "Third party: Thomas Harrison, lic. ⟦driver_license|HARRI807146JT9XK⟧, drove into the rear of our van at the Tesco roundabout at about 8:10am; no injuries, rear bumper and tail light damaged."`,
  ],
  [
    "en",
    "proofread:national_id",
    `Proofread my note to HR, I'm not a native speaker: "Please find attach my P45, my NI no. is ⟦national_id|JT 48 27 19 C⟧ and I starting on monday the 3rd."`,
  ],
  [
    "en",
    "regex:national_id",
    `why doesn't my regex \\d{3}-\\d{2}-\\d{4} catch this line from the intake form? "client: m. oduya, t.i.n. ⟦national_id|9 1 2 - 8 3 - 4 7 1 0⟧ (typed with spaces), filing status single"`,
  ],
  [
    "en",
    "csv:driver_license",
    `Sort this by state and tell me if any row is malformed:\nname,st,lic\nRosa Delgado,TX,⟦driver_license|48291736⟧\nKevin Park,NY,⟦driver_license|731 448 920⟧\nLena Fischer,CA,⟦driver_license|F7702915⟧`,
  ],
  [
    "en",
    "reply:passport",
    `Draft a short reply to the visa agency. They wrote "we could not read the number on your scan". My ppt # is ⟦passport|A48271935⟧, issued 2022, and my appointment is on the 19th.`,
  ],
  [
    "en",
    "json:us_ssn",
    `Turn this into a JSON object with snake_case keys: Payee — Marcus Webb; Location — remote; W-9 tin — ⟦us_ssn|523-41-8876⟧; Terms — net 30`,
  ],
  // Italian
  [
    "it",
    "translate:national_id",
    `Traduci in inglese questa mail per il commercialista a Londra: "Buongiorno, le invio la dichiarazione di mia moglie Giulia Bianchi, CF ⟦national_id|BNCGLI90H54F205H⟧, con le ricevute dell'affitto."`,
  ],
  [
    "it",
    "formula:national_id",
    `La formula =STRINGA.ESTRAI(B2;7;2) non mi dà l'anno giusto. In B2 c'è ⟦national_id|frrlcu82c03h501x⟧ (tutto minuscolo, l'ha scritto così il cliente Luca Ferrari). Come la correggo?`,
  ],
  [
    "it",
    "polite:driver_license",
    `È abbastanza cortese questa mail all'autonoleggio? "Salve, alla consegna avete trascritto male la mia patente: il n. corretto è ⟦driver_license|U15L31429X⟧. Vi prego di correggere prima che arrivi la multa. Chiara Esposito"`,
  ],
  [
    "it",
    "api:national_id",
    `Perché questa chiamata restituisce 400? {"nome":"Marco","cognome":"Colombo","cf":"⟦national_id|CLMMRC77P09L219M⟧","cap":"10121"} — il servizio dice "formato non valido"`,
  ],
  [
    "it",
    "summarize:passport",
    `Riassumi in due righe questo verbale: "Il sig. Stefano Galli, pass. n. ⟦passport|YB4827193⟧, ha denunciato lo smarrimento del bagaglio al banco informazioni alle 14:30."`,
  ],
  [
    "it",
    "proofread:national_id",
    `Correggi gli errori in questo messaggio per la segreteria della scuola: "Buongiorno, allego il modulo di iscrizione, il c.f. ⟦national_id|MRNLRA99E41L736H⟧ è quello della madre Laura Marino, scusate il ritardo"`,
  ],
  [
    "it",
    "regex:driver_license",
    `Il mio regex per le patenti non funziona su questa riga del gestionale: "cond.: R. Moretti — pat. ⟦driver_license|RM 5123487 K⟧ — scad. 2029". Perché?`,
  ],
  [
    "it",
    "csv:national_id",
    `Metti in ordine alfabetico:\ncognome;nome;cod_fisc\nRomano;Francesca;⟦national_id|RMNFNC88A70A944H⟧\nGalli;Stefano;⟦national_id|GLLSFN71D12D612Z⟧`,
  ],
  [
    "it",
    "reply:national_id",
    `Scrivi una risposta gentile al padrone di casa, mi ha chiesto di nuovo i documenti per il contratto: carta d'identità n. ⟦national_id|CA48271FJ⟧, il resto glielo porto giovedì.`,
  ],
  [
    "it",
    "json:national_id",
    `Trasforma in JSON questo record: cliente Chiara Esposito — C.F. ⟦national_id|SPS CHR 95S62 F839Q⟧ — fascia B — iscritta dal 2021`,
  ],
  // Polish
  [
    "pl",
    "translate:national_id",
    `Przetłumacz na angielski list do wynajmującego w Dublinie: "Szanowny Panie, w załączniku zaświadczenie o zatrudnieniu. Mój PESEL ⟦national_id|92072772743⟧ jest potrzebny tylko do weryfikacji w biurze."`,
  ],
  [
    "pl",
    "formula:national_id",
    `Formuła =FRAGMENT.TEKSTU(C2;1;6) ma wyciągać datę urodzenia z numeru, ale dla Anny Wróbel w C2 jest "⟦national_id|880314 615 88⟧" i wynik jest zły. Dlaczego?`,
  ],
  [
    "pl",
    "polite:national_id",
    `Czy ten e-mail do administracji osiedla jest uprzejmy? "Dzień dobry, w umowie najmu garażu wpisano błędnie nr dowodu — prawidłowy to ⟦national_id|AYK064743⟧. Proszę o poprawkę. Z poważaniem, Tomasz Kowalczyk"`,
  ],
  [
    "pl",
    "api:national_id",
    `Dlaczego API zwraca 400 "niepoprawny identyfikator"? {"imie":"Ewa","nazwisko":"Nowak","nip":"⟦national_id|5251058991⟧","typ":"osoba_fizyczna"}`,
  ],
  [
    "pl",
    "summarize:passport",
    `Streść w dwóch zdaniach notatkę z lotniska: "Pasażerka Katarzyna Zając, paszp. ⟦passport|ZS8094248⟧, zgłosiła zagubienie walizki przy taśmie 4 o 15:20."`,
  ],
  [
    "pl",
    "mrz:passport",
    `Skaner wypluł dwie linie z paszportu mojej siostry Magdaleny i formularz ich nie przyjmuje — co jest nie tak z formatem?\nP<POLKOWALSKA<<MAGDALENA<<<<<<<<<<<<<<<<<<<<\n⟦passport|EK43416802POL8803148F320511688031461588<<<84⟧`,
  ],
  [
    "pl",
    "csv:driver_license",
    `Posortuj kierowców po dacie ważności:\nnazwisko;nr_pj;wazne_do\nLewandowski;⟦driver_license|04512/17/1261⟧;2032-05-01\nSzymańska;⟦driver_license|00873/21/0412⟧;2036-11-30`,
  ],
  [
    "pl",
    "reply:national_id",
    `Napisz krótką odpowiedź do księgowej, pyta o dane mamy do PIT: Halina Wójcik, pesel ⟦national_id|61061529587⟧, adres ten sam co w zeszłym roku.`,
  ],
  [
    "pl",
    "proofread:national_id",
    `Popraw błędy: "W zalonczeniu przesyłam skan dowodu, seria i nr ⟦national_id|cdr 609896⟧, prosze o potwierdzenie odbioru. Piotr Mazur"`,
  ],
  ["pl", "json:national_id", `Zamień na JSON: zleceniobiorca Marek Dąbrowski | NIP ⟦national_id|525-185-47-71⟧ | umowa zlecenie | od 1 grudnia`],
  // Portuguese
  [
    "pt",
    "translate:national_id",
    `Traduz para inglês esta mensagem para o senhorio em Londres: "Olá Mr. Cole, envio o comprovativo de morada. O meu NIF é ⟦national_id|206501153⟧ caso a agência precise."`,
  ],
  [
    "pt",
    "formula:national_id",
    `A fórmula =SE(NÚM.CARACT(B2)=11;"ok";"erro") dá erro para a cliente Fernanda Lima, com CPF ⟦national_id|073.594.782-19⟧ em B2. Por quê?`,
  ],
  [
    "pt",
    "polite:passport",
    `Este e-mail pro consulado está educado? "Prezados, meu pass. ⟦passport|FZ482913⟧ venceu e preciso renovar antes da viagem de 20/12. Aguardo retorno urgente. Rodrigo Nunes"`,
  ],
  [
    "pt",
    "api:national_id",
    `Porque é que a API devolve 400? {"nome":"Beatriz Costa","doc":"⟦national_id|13482719 0 ZY3⟧","tipo":"CC"} — o campo doc aceita espaços?`,
  ],
  [
    "pt",
    "summarize:driver_license",
    `Resume em duas linhas: "O condutor Paulo Henrique Souza, CNH nº ⟦driver_license|04827193622⟧, bateu no portão do condomínio às 23h e assumiu o prejuízo."`,
  ],
  [
    "pt",
    "proofread:national_id",
    `Corrige os erros: "Segue em anexo a procuração, o cpf dele é ⟦national_id|07351208115⟧ e o meu vai no outro email, obrigado Marcelo"`,
  ],
  [
    "pt",
    "regex:passport",
    `O meu regex não apanha o passaporte da minha mãe, Maria do Carmo Alves, nesta linha da reserva: "pax 2: ALVES/MARIA DO CARMO — ppt ⟦passport|n 8 3 7 2 0 1⟧ — PRT". Como ajusto?`,
  ],
  ["pt", "csv:national_id", `Ordena por nome:\nnome,nif\nRui Carvalho,⟦national_id|238432556⟧\nAna Sousa,⟦national_id|244650608⟧`],
  [
    "pt",
    "reply:national_id",
    `Escreve uma resposta curta para a imobiliária, pediram os dados do fiador: meu pai, Antônio Pereira, CPF ⟦national_id|482.719.949-30⟧, aposentado.`,
  ],
  ["pt", "json:national_id", `Converte para JSON: cliente — Larissa Gomes; rg — ⟦national_id|23.481.927-8⟧; cidade — Campinas; plano — premium`],
  // German
  [
    "de",
    "translate:national_id",
    `Übersetz mir das bitte ins Englische für meinen Arbeitgeber in Dublin: „Meine Steuer-Nr. ist ⟦national_id|37 683 254 190⟧, die Lohnsteuerklasse ist I.“`,
  ],
  [
    "de",
    "formula:national_id",
    `Warum liefert =LÄNGE(C2) bei Jonas Becker 14 statt 11? In C2 steht „⟦national_id|24 651 789 237⟧“ (IdNr aus dem Brief vom Finanzamt).`,
  ],
  [
    "de",
    "polite:national_id",
    `Ist diese Mail an meine Vermieterin höflich genug? „Sehr geehrte Frau Krause, für die Anmeldung brauchen Sie meinen Perso: Ausweis-Nr. ⟦national_id|LNJVPYTRG1⟧. Bitte geben Sie die Nummer nicht weiter. Gruß, Felix Wagner“`,
  ],
  [
    "de",
    "json:passport",
    `Dieser Datensatz wird vom Import abgelehnt, warum? {"name":"Schulte, Miriam","geb":"⟦date_of_birth|02.01.1979⟧","pass_nr":"⟦passport|C8P58J7PV⟧","staatsang":"DEU","gueltig_bis":"15.09.2030"}`,
  ],
  [
    "de",
    "summarize:passport",
    `Fass das in zwei Sätzen zusammen: „Herr Lukas Braun (Pass-Nr. ⟦passport|CFVXRK9N1⟧) hat am Schalter 12 den Verlust seiner Bordkarte gemeldet; Ersatz wurde ausgestellt.“`,
  ],
  [
    "de",
    "api:driver_license",
    `Warum gibt die Mietwagen-API 400 zurück? POST /fahrer {"vorname":"Sophie","nachname":"Hartmann","fs_nr":"⟦driver_license|N0724K9LW61⟧","klasse":"B"}`,
  ],
  [
    "de",
    "regex:national_id",
    `Mein Regex /[A-Z0-9]{10}/ findet die Nummer in diesem Formular nicht: „inhaber: m. vogel, ausw.-nr. ⟦national_id|mg36fzwnc2⟧“ — liegt es an der Kleinschreibung?`,
  ],
  [
    "de",
    "csv:national_id",
    `Sortier die Tabelle nach Eintritt:\nName;Eintritt;IdNr\nKaya, Deniz;01.04.2021;⟦national_id|60135918214⟧\nLorenz, Jana;15.08.2019;⟦national_id|86077275935⟧`,
  ],
  [
    "de",
    "reply:national_id",
    `Schreib eine kurze Antwort an die Steuerberaterin, sie fragt nach der Steuer-ID meines Mannes Andreas: ⟦national_id|12575390464⟧, und ob die Belege per Post reichen.`,
  ],
  [
    "de",
    "mrz:passport",
    `Kannst du aus der zweiten Zeile lesen, wann der Pass meiner Tochter Lea abläuft? ⟦passport|CG4H7VYVN1DEU1205307F3206113<<<<<<<<<<<<<<<8⟧`,
  ],
  // Russian
  [
    "ru",
    "translate:national_id",
    `Переведи на английский письмо бухгалтеру в Лондоне: «Добрый день, прилагаю справку. Мой инн ⟦national_id|774731970936⟧, он нужен только для налоговой декларации.»`,
  ],
  ["ru", "formula:national_id", `Почему =ДЛСТР(B2) даёт 14, а не 11? В B2 у Ирины Соколовой СНИЛС «⟦national_id|164-852-119 79⟧»`],
  [
    "ru",
    "polite:passport",
    `Вежливо ли это письмо хозяйке квартиры? «Ольга Петровна, в договоре неверно указан мой паспорт, правильно: ⟦passport|45 09 318274⟧. Исправьте, пожалуйста, до пятницы. Андрей Смирнов»`,
  ],
  ["ru", "api:national_id", `Почему API отвечает 400? {"fio":"Кузнецов Павел Игоревич","inn":"⟦national_id|502779592862⟧","snils":"","tip":"физлицо"}`],
  [
    "ru",
    "summarize:driver_license",
    `Сократи до двух предложений: «Водитель Дмитрий Орлов, ВУ ⟦driver_license|99 12 482719⟧, не уступил дорогу на перекрёстке, пострадавших нет, бампер помят.»`,
  ],
  ["ru", "proofread:passport", `Исправь ошибки: «Прашу оформить визу на мой загран ⟦passport|75 4827193⟧, фотографию прекладываю. Наталья Егорова»`],
  [
    "ru",
    "regex:national_id",
    `Почему регулярка \\d{12} не находит номер мамы в этой строке чата? «мамин ⟦national_id|5027 0655 2402⟧ — это инн, я разбил пробелами»`,
  ],
  ["ru", "csv:national_id", `Отсортируй по фамилии:\nфио;снилс\nВолкова Анна;⟦national_id|299-482-464 51⟧\nБелов Олег;⟦national_id|168-519-110 88⟧`],
  ["ru", "reply:passport", `Напиши короткий ответ турагенту, он просит данные загранпаспорта жены Марины: ⟦passport|76 1839254⟧, срок до 2031 года.`],
  ["ru", "json:national_id", `Преврати в JSON: сотрудник — Зайцев Игорь; таб. № 4412; ИНН ⟦national_id|775498677604⟧; отдел — логистика`],
  // Spanish
  [
    "es",
    "translate:national_id",
    `Tradúceme al inglés este mensaje para mi casero en Edimburgo: "Hola Mr. Reid, le paso mi NIE ⟦national_id|Y7472280P⟧ para el contrato, el resto de papeles llegan el lunes."`,
  ],
  ["es", "formula:national_id", `¿Por qué =EXTRAE(B2;9;1) no me da la letra del DNI? En B2 tengo "⟦national_id|61.406.172-J⟧", de la clienta Lucía Herrera.`],
  [
    "es",
    "polite:passport",
    `¿Queda educado este correo a la agencia? "Buenas, en la reserva pusieron mal mi pasaporte, el bueno es ⟦passport|PAK482913⟧. Corríjanlo antes del vuelo, por favor. Javier Ortega"`,
  ],
  ["es", "api:national_id", `¿Por qué la API devuelve 400? {"nombre":"Sergio","apellidos":"Blanco Gil","nif":"⟦national_id|55708919K⟧","cp":"28013"}`],
  [
    "es",
    "summarize:driver_license",
    `Resume en dos líneas: "La conductora Marta Iglesias, permiso de conducir ⟦driver_license|75350408Q⟧, chocó contra el contenedor de la calle; no hay heridos."`,
  ],
  [
    "es",
    "proofread:national_id",
    `Corrígeme la ortografía: "Adjunto la fotocopia del dni de mi padre, ⟦national_id|16548776t⟧, para el tramite de la pension, gracias"`,
  ],
  [
    "es",
    "regex:national_id",
    `Mi regex de CURP no encuentra esto en el formulario: "curp: ⟦national_id|gorl920714mdfnms02⟧ (en minúsculas porque así lo escribió Lorena)". ¿Cómo lo hago insensible a mayúsculas?`,
  ],
  ["es", "csv:national_id", `Ordena por apellido:\nnombre;doc\nPablo Navarro;⟦national_id|X6499264Q⟧\nElena Ruiz;⟦national_id|76812914K⟧`],
  [
    "es",
    "reply:national_id",
    `Escribe una respuesta breve a la gestoría, piden el NIF de mi mujer, Carmen Vidal: ⟦national_id|Z2466789K⟧, y preguntan si es residente.`,
  ],
  ["es", "json:national_id", `Convierte a JSON: cliente — Gloria Hernández; curp — ⟦national_id|HEGG560427MVZRRL04⟧; ciudad — Veracruz`],
  // Hindi (Devanagari)
  [
    "hi",
    "translate:national_id",
    `इस संदेश का अंग्रेज़ी में अनुवाद करो, मकान मालिक को भेजना है: "नमस्ते, किरायानामे के लिए मेरा आधार ⟦national_id|२८०४ ९५२१ २७२६⟧ है, कृपया इसे किसी और को न भेजें।"`,
  ],
  ["hi", "formula:national_id", `एक्सेल में =LEN(B2) 10 की जगह 11 क्यों दिखा रहा है? B2 में सुनीता वर्मा का पैन "⟦national_id|BQKPV 4827L⟧" है।`],
  ["hi", "polite:passport", `क्या यह ईमेल विनम्र है? "महोदय, वीज़ा फ़ॉर्म में मेरा पासपोर्ट नं. गलत छपा है, सही नं. ⟦passport|T8451927⟧ है। कृपया जल्दी सुधारें। — राजेश कुमार"`],
  [
    "hi",
    "summarize:driver_license",
    `दो पंक्तियों में सार लिखो: "चालक अमित शर्मा, डीएल नं. ⟦driver_license|MH12 20150034761⟧, ने पार्किंग में खड़ी कार को टक्कर मारी; कोई घायल नहीं।"`,
  ],
  ["hi", "reply:national_id", `बैंक को छोटा जवाब लिखो, उन्होंने पिताजी का आधार माँगा है: ⟦national_id|6997 0482 8008⟧, नाम रमेश चंद्र गुप्ता।`],
  ["hi", "csv:national_id", `इसे नाम के हिसाब से क्रम में लगाओ:\nनाम,वोटर_आईडी\nप्रिया सिंह,⟦national_id|XGD4827193⟧\nअरुण यादव,⟦national_id|KLM0394812⟧`],
  // Hinglish
  [
    "hi-Latn",
    "translate:national_id",
    `Isko English mein translate kar do, landlord ko bhejna hai: "Namaste sir, rent agreement ke liye mera aadhaar ⟦national_id|7312 1201 6966⟧ hai, please kisi aur ko forward mat karna."`,
  ],
  [
    "hi-Latn",
    "formula:national_id",
    `Excel mein VLOOKUP #N/A de raha hai. Sheet1 mein Neha Kapoor ka PAN "⟦national_id|aqzpk7712m⟧" lowercase mein hai aur Sheet2 mein caps mein. Fix kaise karu?`,
  ],
  [
    "hi-Latn",
    "api:passport",
    `Ye API 400 kyun de raha hai? {"naam":"Vikram Malhotra","ppt":"⟦passport|Z4827193⟧","dob":"⟦date_of_birth|1987-11-23⟧"} — ppt field mein kya galat hai?`,
  ],
  [
    "hi-Latn",
    "polite:driver_license",
    `Ye message polite hai kya? "Bhaiya, car rental form mein mera DL no. galat likha hai, sahi wala ⟦driver_license|DL-0420150123456⟧ hai, kal tak theek kar dena."`,
  ],
  ["hi-Latn", "reply:national_id", `Bank wale ko short reply likho, unhone mummy ka aadhar manga hai: ⟦national_id|398131016445⟧, naam Sushma Arora.`],
  [
    "hi-Latn",
    "summarize:national_id",
    `Is chat ka summary do: "bhai tera form bhar diya, uid mein ⟦national_id|4 8 2 7 2 9 1 2 1 6 3 8⟧ daala hai spaces ke saath taaki portal na pakde" — Rohit`,
  ],
  // Japanese
  [
    "ja",
    "translate:national_id",
    `この文を英語に訳してください。大家さんに送ります：「賃貸契約の件で、私の個人番号は⟦national_id|3048 8041 4070⟧です。他の方には転送しないでください。」`,
  ],
  [
    "ja",
    "formula:national_id",
    `=LEN(B2)が12ではなく14になります。B2（個人番号の列）には佐藤美咲さんの「⟦national_id|3048-9807-1838⟧」が入っています。どう直せばいいですか？`,
  ],
  [
    "ja",
    "polite:passport",
    `このメールは丁寧ですか？「お世話になっております。予約時の旅券番号が誤っていました。正しくは⟦passport|TK4827193⟧です。ご確認をお願いいたします。山本健太」`,
  ],
  ["ja", "api:driver_license", `このAPIが400を返す理由は？ {"shimei":"中村 直樹","menkyo_no":"⟦driver_license|304812739150⟧","joken":"眼鏡等"}`],
  ["ja", "mrz:passport", `パスポートの読み取り結果の2行目です。有効期限だけ教えてください。\n⟦passport|TR39182647JPN9107049F3402203<<<<<<<<<<<<<<<0⟧`],
  [
    "ja",
    "summarize:national_id",
    `次の報告を2行で要約して：「外国人従業員グエン・ヴァン・アン（在留カード ⟦national_id|AB48271935CD⟧）が本日、住所変更の届出を済ませました。」`,
  ],
  ["ja", "csv:national_id", `氏名順に並べ替えてください。\n氏名,個人番号\n高橋 誠,⟦national_id|９４５２０４０２７７８６⟧\n渡辺 彩,⟦national_id|966170181338⟧`],
  ["ja", "reply:national_id", `税理士さんへの返信を書いて。母（小林和子）のマイナンバーは ⟦national_id|5851 1555 1815⟧ です、と伝えてください。`],
  ["ja", "proofread:passport", `誤字を直してください：「旅券番号は ⟦passport|mz5520718⟧ でづ（小文字で書いてしまいました）。渡航日は三月十日です。」`],
  ["ja", "json:national_id", `JSONにして：社員 伊藤 翔 / 部署 営業 / kojin_bango ⟦national_id|114145056034⟧`],
  // Chinese
  ["zh", "translate:national_id", `帮我把这段话翻译成英文，发给房东：“您好，租房合同需要的证件号是⟦national_id|21010219930412356x⟧，请不要转发给别人。”`],
  ["zh", "formula:national_id", `Excel 里 =MID(B2,7,8) 取出生日期不对，B2 是王强的证件号“⟦national_id|440306 19880229 8615⟧”，中间有空格。怎么改？`],
  ["zh", "polite:passport", `这封邮件够礼貌吗？“您好，订票时我的护照号填错了，正确的是⟦passport|E48271935⟧，请尽快帮我改一下。李明”`],
  ["zh", "api:driver_license", `为什么接口返回 400？{"xm":"张伟","jszh":"⟦driver_license|110105198803147444⟧","zjcx":"C1"}`],
  ["zh", "summarize:national_id", `用两句话总结：“租客陈晓东（身份证 ⟦national_id|310104199207258450⟧）于本月5日退租，押金已退。”`],
  ["zh", "mrz:passport", `帮我看看护照机读码第二行里的有效期：\n⟦passport|EH48271939CHN9501072M3105124<<<<<<<<<<<<<<<4⟧`],
  ["zh", "csv:national_id", `按姓名排序：\n姓名,sfz\n赵磊,⟦national_id|440305197901026892⟧\n孙力,⟦national_id|510107200109198636⟧`],
  ["zh", "reply:national_id", `给中介回个短信：他们要我姐姐周婷的身份证号，⟦national_id|330106198506118142⟧，说下周一前要。`],
  ["zh", "proofread:passport", `改一下错别字：“我的护找号是 ⟦passport|ej 938 2716⟧，麻烦帮我定票”`],
  ["zh", "json:national_id", `转成 JSON：员工 吴刚；部门 财务；纳税人识别号 ⟦national_id|420106198702234310⟧`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English
  [
    "en",
    "neg-translate:order",
    `Translate this shipping notice into French: "Your order 912-74-3381 has shipped. Tracking 1Z 4F7 29E 03 8817 4426. Expected delivery Thursday."`,
  ],
  [
    "en",
    "neg-formula:invoice",
    `My SUMIF skips some rows. Column A has invoice numbers like INV-2025-004827 and 2025004828, column C the amounts. Why would =SUMIF(A:A,"INV*",C:C) miss the second kind?`,
  ],
  ["en", "neg-polite:ticket", `Is this too harsh? "Hello, ticket #548271963 has been open for three weeks and nobody has replied. Please escalate it today."`],
  [
    "en",
    "neg-api:specimen",
    `Our passport-scan endpoint returns 400 for the ICAO 9303 specimen:\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\nIs the sandbox rejecting documented test data on purpose?`,
  ],
  [
    "en",
    "neg-proofread:company",
    `Proofread our invoice footer: "Brightwell Widgets Ltd, company no. 04827193, VAT reg. GB 482 7193 16, registered office Unit 4, Kelvin Park, Leeds LS10 1AB."`,
  ],
  [
    "en",
    "neg-regex:specimen",
    `Write a regex for UK driving licence numbers. The DVLA's own sample licence shows MORGA753116SM9IJ — 5 letters of the surname, then the date of birth digits, initials, a 9 and two check characters.`,
  ],
  ["en", "neg-csv:product", `Dedupe this parts list:\nsku,desc,qty\nD4829137,hex bolt M8,200\nA48271953,spring washer,150\nD4829137,hex bolt M8,40`],
  [
    "en",
    "neg-summarize:specimen",
    `Summarise in two lines why the Social Security number 078-05-1120, printed on a sample card sold in Woolworth wallets in 1938, is still the most misused SSN.`,
  ],
  // Italian
  [
    "it",
    "neg-translate:company",
    `Traduci in tedesco il piè di pagina della fattura: "Trattoria Da Nino S.r.l. — P.IVA 04827190366 — REA MI-1748290 — Via Tortona 12, Milano"`,
  ],
  [
    "it",
    "neg-formula:specimen",
    `Con =STRINGA.ESTRAI(A2;13;4) sul codice fiscale d'esempio RSSMRA85T10A562S (Mario Rossi, quello dei manuali) ottengo "562S" invece di "A562": dov'è l'errore?`,
  ],
  [
    "it",
    "neg-polite:order",
    `È troppo brusca? "Buongiorno, l'ordine n. 4827193562 del 3 novembre non è ancora arrivato e il tracking BRT 0482719036601 è fermo da una settimana."`,
  ],
  [
    "it",
    "neg-api:format",
    `L'API dell'Agenzia delle Entrate risponde 400 quando mando il codice fiscale senza il carattere di controllo. Come si calcola il sedicesimo carattere?`,
  ],
  [
    "it",
    "neg-summarize:case",
    `Riassumi: "Il ricorso R.G. n. 4827/2025 davanti al TAR Lazio riguarda la gara CIG 9482719A3C per le mense scolastiche del Comune."`,
  ],
  [
    "it",
    "neg-regex:format",
    `Scrivimi un regex per i numeri di patente italiani: due lettere, sette cifre e una lettera finale, oppure U1 seguito da sette caratteri e una lettera.`,
  ],
  ["it", "neg-csv:product", `Togli i duplicati:\ncodice;articolo;qta\nYB4827139;cerniera inox;12\nCA48217FJ;maniglia ottone;4\nYB4827139;cerniera inox;6`],
  ["it", "neg-reply:booking", `Rispondi all'hotel: prenotazione n. 4827193, codice PNR K7XQ2M, arrivo il 12 alle 22:00, chiedo il late check-in.`],
  // Polish
  [
    "pl",
    "neg-translate:company",
    `Przetłumacz stopkę faktury: "Piekarnia Złoty Kłos Sp. z o.o., ul. Piekarska 3, 30-001 Kraków, KRS 0000482719, NIP 676-321-55-72, REGON 482719365"`,
  ],
  [
    "pl",
    "neg-formula:invoice",
    `Jak w Excelu wyciągnąć miesiąc z numeru faktury FV/2025/11/0042? Mam je w kolumnie A, a =FRAGMENT.TEKSTU(A2;9;2) działa tylko czasem.`,
  ],
  [
    "pl",
    "neg-polite:order",
    `Czy to brzmi grzecznie? "Dzień dobry, zamówienie nr 04251105895 złożone 2 listopada nadal ma status 'w realizacji'. Proszę o informację."`,
  ],
  [
    "pl",
    "neg-api:specimen",
    `API zwraca 400 dla numeru ABA300000 ze wzoru dowodu osobistego w dokumentacji — to przecież numer przykładowy, czemu nie przechodzi walidacji?`,
  ],
  [
    "pl",
    "neg-summarize:case",
    `Streść: "Sprawa o sygn. akt I C 482/25 przed Sądem Rejonowym dla Krakowa-Śródmieścia dotyczy zwrotu kaucji przez spółkę zarządzającą."`,
  ],
  ["pl", "neg-regex:format", `Napisz regex do numeru paszportu: dwie litery i siedem cyfr, pierwsza cyfra jest kontrolna z wagami 7-3-9-1-7-3-1-7-3.`],
  ["pl", "neg-csv:tracking", `Usuń duplikaty:\nprzesylka;status\n620482719365018274930125;doręczona\n620482719365018274930125;w drodze\nRR482719365PL;nadana`],
  ["pl", "neg-reply:booking", `Odpisz hotelowi: rezerwacja nr AYK06474, przyjazd 14.02, prosimy o łóżeczko dla dziecka.`],
  // Portuguese
  [
    "pt",
    "neg-translate:company",
    `Traduz o rodapé da fatura: "Padaria Estrela Lda., NIPC 522490786, Rua do Almada 88, 4050-032 Porto, capital social 5 000 €"`,
  ],
  ["pt", "neg-formula:order", `Como extraio o ano do número do pedido 2025-0048271 com uma fórmula? =ESQUERDA(A2;4) funciona mas devolve texto.`],
  [
    "pt",
    "neg-polite:tracking",
    `Está educado? "Boa tarde, a encomenda com código de rastreio NL482719365BR está parada em Curitiba há 10 dias. Podem verificar?"`,
  ],
  ["pt", "neg-api:specimen", `A API devolve 400 para o CPF de teste 111.444.777-35 que aparece em tudo quanto é tutorial. Ela recusa números de exemplo?`],
  ["pt", "neg-summarize:company", `Resume: "A Ambev S.A., CNPJ 07.526.557/0001-00, anunciou uma nova fábrica em Minas Gerais."`],
  [
    "pt",
    "neg-regex:format",
    `Preciso de uma regex para o Cartão de Cidadão: oito dígitos, um dígito de controlo, duas letras e mais um dígito, tipo 00000000 0 ZZ4.`,
  ],
  ["pt", "neg-csv:product", `Remove duplicados:\ncodigo,produto\nFZ482931,filtro de água\n04827193650,cartucho\nFZ482931,filtro de água`],
  ["pt", "neg-reply:case", `Responde à operadora: "Protocolo de atendimento nº 20251107482719, reclamação sobre cobrança indevida na fatura de outubro."`],
  // German
  [
    "de",
    "neg-translate:company",
    `Übersetz die Fußzeile: „Müller Logistik GmbH · Amtsgericht Köln HRB 86786 · USt-IdNr. DE284719365 · Steuernummer 215/5701/2841“`,
  ],
  ["de", "neg-formula:order", `Warum formatiert Excel meine Bestellnummer 48271936909 als 4,83E+10? Die Spalte kommt aus dem Shop-Export.`],
  [
    "de",
    "neg-polite:tracking",
    `Ist das zu unhöflich? „Hallo, die Sendung 00340434482719365012 liegt seit neun Tagen im Paketzentrum. Ich erwarte heute eine Antwort.“`,
  ],
  [
    "de",
    "neg-api:specimen",
    `Die Test-API lehnt den Musterausweis von Erika Mustermann ab (Ausweisnummer T22000129, Prüfziffer 3). Akzeptiert die Sandbox keine Muster?`,
  ],
  ["de", "neg-summarize:case", `Fass zusammen: „Im Verfahren Az. 3 O 481/25 vor dem LG Hamburg streiten zwei Versandhändler über die Marke ‚Nordlicht‘.“`],
  [
    "de",
    "neg-regex:format",
    `Wie sieht ein Regex für die Steuer-ID aus? Elf Ziffern, die erste nicht 0, eine Ziffer doppelt oder dreifach, am Ende eine Prüfziffer nach ISO 7064.`,
  ],
  ["de", "neg-csv:product", `Entferne Duplikate:\nArtikelnr;Bezeichnung\nLNJVPYTRG;Türscharnier\nC8X55J7PV;Dichtung\nLNJVPYTRG;Türscharnier`],
  ["de", "neg-reply:booking", `Antworte der Pension: Buchungsnr. 4827193562, Anreise 23.12., wir kommen erst gegen 21 Uhr.`],
  // Russian
  [
    "ru",
    "neg-translate:company",
    `Переведи реквизиты для инвойса: «ООО "Северный ветер", ИНН 7728797627, КПП 772801001, ОГРН 1157746482719, г. Москва, ул. Лесная, д. 5»`,
  ],
  ["ru", "neg-formula:order", `Как в Excel отделить год от номера заказа 2025-482719-01? =ЛЕВСИМВ(A2;4) возвращает текст.`],
  ["ru", "neg-polite:tracking", `Не грубо? «Здравствуйте, посылка RA482719365RU уже три недели в сортировочном центре, прошу ускорить.»`],
  ["ru", "neg-api:order", `Почему API отвечает 400 на {"order_id":"770997237014","qty":2}? Номер заказа взял из личного кабинета.`],
  ["ru", "neg-summarize:case", `Кратко: «Дело № А40-48271/2025 в Арбитражном суде Москвы касается поставки оборудования.»`],
  ["ru", "neg-regex:format", `Напиши регулярку для СНИЛС: 11 цифр в формате XXX-XXX-XXX YY, где YY — контрольное число.`],
  ["ru", "neg-csv:product", `Убери дубли:\nартикул;товар\n4509318274;шуруп\n7741602429;кронштейн\n4509318274;шуруп`],
  ["ru", "neg-reply:booking", `Ответь гостинице: бронь № 48271935, заезд 14 марта, нужна детская кроватка.`],
  // Spanish
  [
    "es",
    "neg-translate:company",
    `Traduce el pie de la factura: "Talleres Hermanos Soria S.L., CIF B48271935, inscrita en el Registro Mercantil de Bizkaia, tomo 4827, folio 19"`,
  ],
  ["es", "neg-formula:order", `¿Cómo saco el año del número de pedido PED-2025-48271 con una fórmula? =EXTRAE(A2;5;4) solo me funciona en algunas filas.`],
  ["es", "neg-polite:tracking", `¿Suena borde? "Hola, el envío PQ4F7Z0482719360128 lleva diez días en Zaragoza sin moverse. ¿Pueden revisarlo?"`],
  [
    "es",
    "neg-api:specimen",
    `La API devuelve 400 con el DNI 99999999R que sale en la imagen de muestra del DNI en la web de la Policía. ¿Rechaza los números de ejemplo?`,
  ],
  ["es", "neg-summarize:case", `Resume: "El expediente nº 482/2025 del Juzgado de lo Mercantil nº 3 de Madrid trata del concurso de una cadena de gimnasios."`],
  ["es", "neg-regex:format", `Necesito una regex para el NIE: una X, Y o Z, siete cifras y una letra de control que se calcula igual que la del DNI.`],
  ["es", "neg-csv:product", `Quita duplicados:\nref;producto\n48271935B;bisagra\nPAK482931;tirador\n48271935B;bisagra`],
  ["es", "neg-reply:booking", `Contesta al hotel: localizador 4827193562, llegada el día 8, pedimos cuna para el bebé.`],
  // Hindi (Devanagari)
  ["hi", "neg-translate:company", `इनवॉइस का फुटर अंग्रेज़ी में करो: "श्री गणेश ट्रेडर्स, GSTIN 27AAPFU0939F1ZV, CIN U51909MH2015PTC482719, मुंबई"`],
  ["hi", "neg-polite:ticket", `क्या यह शिकायत ठीक है? "मेरी ट्रेन का PNR 4827193562 है, रिफ़ंड अभी तक नहीं आया, कृपया देखें।"`],
  ["hi", "neg-api:order", `API 400 क्यों दे रहा है? {"upi_ref":"482785412216","amount":499} — यह UPI रेफ़रेंस नंबर है।`],
  ["hi", "neg-regex:format", `आधार नंबर के लिए regex बताओ: 12 अंक, पहला अंक 0 या 1 नहीं होता और आख़िरी अंक Verhoeff चेकसम है।`],
  ["hi", "neg-csv:product", `डुप्लिकेट हटाओ:\nकोड,उत्पाद\nKT2291048,मिक्सर\nKT2291048,मिक्सर\nBQ48271,प्रेशर कुकर`],
  // Hinglish
  ["hi-Latn", "neg-translate:company", `Invoice footer English mein karo: "Sharma Electricals, GSTIN 07AABCS4827R1Z5, Karol Bagh, New Delhi"`],
  [
    "hi-Latn",
    "neg-polite:ticket",
    `Ye complaint theek hai? "Mera order OD4827193562018274 abhi tak deliver nahi hua, aur ticket no. 48271935 bhi band kar diya."`,
  ],
  ["hi-Latn", "neg-api:order", `API 400 de raha hai {"txn_id":"398128867022"} pe, ye UPI transaction id hai, kya format galat hai?`],
  ["hi-Latn", "neg-regex:format", `PAN card ka regex chahiye: 5 letters, 4 digits, 1 letter, aur 4th letter P ho toh individual hota hai na?`],
  ["hi-Latn", "neg-reply:booking", `Hotel ko reply likho: booking id 4827193562, check-in 12 tareekh, late arrival hoga.`],
  // Japanese
  ["ja", "neg-translate:company", `請求書のフッターを英訳して：「株式会社サクラ物流 法人番号 4010401048271 東京都港区芝公園1-2-3」`],
  ["ja", "neg-polite:tracking", `この問い合わせは失礼じゃないですか？「追跡番号 0804-1520-3318 の荷物が一週間届いていません。確認をお願いします。」`],
  ["ja", "neg-api:specimen", `APIがテスト用のマイナンバー 123456789018（仕様書の記載例）で400を返します。記載例は受け付けないのでしょうか。`],
  ["ja", "neg-formula:order", `注文番号「2025-1107-4827」から年だけ取り出す式は？ =LEFT(A2,4) だと文字列になります。`],
  ["ja", "neg-summarize:case", `要約して：「令和7年(ワ)第4827号事件は、東京地裁で審理中の商標権侵害訴訟です。」`],
  ["ja", "neg-regex:format", `在留カード番号の正規表現を教えて。英字2文字、数字8桁、英字2文字の形式です。`],
  ["ja", "neg-csv:product", `重複を削除して：\n品番,品名\nTK4827139,ボルト\nTK4827139,ボルト\nMZ55207,ナット`],
  ["ja", "neg-reply:booking", `ホテルへの返信を書いて：予約番号 48271935、チェックインは21時頃になります。`],
  // Chinese
  ["zh", "neg-translate:company", `把发票抬头翻译成英文：“上海蓝海贸易有限公司，统一社会信用代码 91310104MA1FR4827X，地址：上海市徐汇区漕溪北路88号”`],
  ["zh", "neg-formula:order", `淘宝订单号 3948271936501728294 在 Excel 里后面几位变成 0 了，怎么办？`],
  ["zh", "neg-polite:tracking", `这样说客气吗？“您好，顺丰单号 SF1482719365018 三天没更新了，麻烦查一下。”`],
  ["zh", "neg-api:specimen", `接口用国标 GB 11643 里的示例号码 11010519491231002X 测试时返回 400，是不是拒绝示例数据？`],
  ["zh", "neg-summarize:case", `总结一下：“（2025）京0105民初48271号案件涉及两家公司的货款纠纷。”`],
  ["zh", "neg-regex:format", `护照号的正则怎么写？新版是 E 加 8 位数字，或者 E 加一个字母再加 7 位数字。`],
  ["zh", "neg-csv:product", `去重：\n货号,品名\nE48271953,插座\nE48271953,插座\nEH4827139,开关`],
  ["zh", "neg-reply:booking", `回复酒店：预订号 4827193562，我们晚上十点到，需要加一张床。`],
];
