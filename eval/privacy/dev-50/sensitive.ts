/**
 * dev-50 sensitive entries: a named private person's identity number inside the paperwork of a life event (visa,
 * hotel or airline check-in, car rental, SIM registration, bank KYC, tenancy, payroll onboarding, enrolment, notary
 * deed, police report of a lost document, consular appointment, e-mail signature), in the country's language and in
 * English, behind indirect labels ("doc no.", "nº", "номер", "番号") and typed with spaces, dots or dashes. `kind` is
 * `<event>:<document>`; check digits come from `ids.ts`.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import * as ids from "./ids.js";

const id = (value: string) => `⟦national_id|${value}⟧`;
const pp = (value: string) => `⟦passport|${value}⟧`;

/** The numbers, each made once so its local and English entries can differ in context. */
export const N = {
  deAusweis: ids.germanDocument("LF3K7N92T"),
  dePass: ids.germanDocument("C4J7RT2X1"),
  frCni: "880692310285",
  frPass: "19FV47213",
  esDni: ids.dni("53298714"),
  esNie: ids.nie("Y", "4718362"),
  itCf: ids.codiceFiscale("BNCGLI88E52F205"),
  itCie: "CA48261DK",
  nlBsn: ids.bsn("23681457"),
  beRrn: ids.rijksregister("910418", "267"),
  plPesel: ids.pesel("8807301486"),
  plDowod: ids.dowod("CKR", "58214"),
  sePnr: ids.personnummer("930112", "258"),
  noFnr: ids.must(ids.fodselsnummer("240787", "493"), "fnr"),
  fiHetu: ids.hetu("050295", "-", "742"),
  dkCpr: ids.must(ids.cpr("120584", "113"), "cpr"),
  ptNif: ids.nif("24581937"),
  trTc: ids.tcKimlik("386204517"),
  inAadhaar: ids.aadhaar("73924810562"),
  inPan: "BQRPK4821M",
  inPass: "V4827310",
  cnId: ids.chineseId("44030619890923512"),
  jpMy: ids.myNumber("48213907625"),
  jpPass: "TR4816273",
  krRrn: ids.rrn("920315248161"),
  brCpf: ids.cpf("482193057"),
  brRg: ids.rgSaoPaulo("36418205"),
  mxCurp: ids.curp("LOMA930415MJCPRN0"),
  arDni: "35.482.917",
  clRut: ids.rut("17482935"),
  zaId: ids.southAfricanId("870623", "5182"),
  ngNin: "48213097561",
  usPass: "583920174",
  seconds: {
    deAusweis: ids.germanDocument("T7MN4R8G2"),
    esDni: ids.dni("71843290"),
    nlBsn: ids.bsn("17549326"),
    plPesel: ids.pesel("9502144723"),
    inAadhaar: ids.aadhaar("58241937604"),
    cnId: ids.chineseId("11010519950817302"),
    krRrn: ids.rrn("870812135714"),
    brCpf: ids.cpf("715302648"),
    trTc: ids.tcKimlik("529371846"),
    zaId: ids.southAfricanId("910305", "0284"),
    clRut: ids.rut("9874321"),
    itCf: ids.codiceFiscale("RSSMRC79L21H501"),
    sePnr: ids.personnummer("870521", "634"),
    fiHetu: ids.hetu("170603", "A", "351"),
    mxCurp: ids.curp("GARJ880214HDFRMN0"),
  },
};

const spaced = (text: string, every: number) => text.replace(new RegExp(`(.{${every}})(?=.)`, "g"), "$1 ");
const S = N.seconds;

/** In the country's language. */
const LOCAL: MarkedEntry[] = [
  [
    "de",
    "hotel:de-ausweis",
    `Meldeschein Hotel Seeblick, Zimmer 214 — Gast: Katrin Vogt, Ausweis-Nr. ${id(N.deAusweis)}, Anreise 03.12., Abreise 06.12. Bitte den Meldeschein fertig ausfüllen.`,
  ],
  [
    "de",
    "sim:de-ausweis",
    `Für die Prepaid-Freischaltung per Video-Ident: Name Jonas Keller, Dokument: Personalausweis, Nummer ${id(S.deAusweis)}. Warum hängt die Aktivierung seit zwei Tagen?`,
  ],
  [
    "de",
    "visa:de-pass",
    `Visumantrag Indien, Abschnitt Reisedokument: Antragstellerin Miriam Hofmann, Pass-Nr. ${pp(N.dePass)}, ausgestellt in Köln. Kannst du prüfen, ob ich das Feld richtig verstanden habe?`,
  ],
  [
    "fr",
    "location:fr-cni",
    `Contrat de location saisonnière — Locataire : Mme Élodie Garnier, pièce d'identité CNI nº ${id(N.frCni)}, délivrée par la préfecture du Rhône. Peux-tu reformuler la clause de dépôt de garantie ?`,
  ],
  [
    "fr",
    "police:fr-passeport",
    `Déclaration de perte : je soussigné Thomas Lefèvre déclare avoir perdu mon passeport numéro ${pp(N.frPass)} le 28 novembre à la gare de Lyon-Part-Dieu. Aide-moi à rédiger la suite pour le commissariat.`,
  ],
  [
    "es",
    "banco:es-dni",
    `Apertura de cuenta online: titular Andrea Molina Ruiz, documento ${id(N.esDni)}, nacionalidad española. El banco dice que el número no coincide, ¿qué hago?`,
  ],
  [
    "es",
    "alquiler:es-nie",
    `Contrato de arrendamiento — De una parte, D. Piotr Nowicki, mayor de edad, con NIE ${id(N.esNie)}, en calidad de arrendatario. Revisa la redacción de esta cláusula, por favor.`,
  ],
  [
    "es",
    "nomina:es-dni",
    `Alta en nómina: trabajador Sergio Blanco Prieto, nº doc. ${id(S.esDni.replace(/(\d{2})(\d{3})(\d{3})/, "$1.$2.$3-"))}, categoría oficial de 2ª. Redacta el correo para la gestoría.`,
  ],
  [
    "it",
    "universita:it-cf",
    `Immatricolazione magistrale: studentessa Giulia Bianchi, C.F. ${id(spaced(N.itCf, 4))}, corso di laurea in Architettura. La segreteria dice che il codice è errato, puoi scrivere un'email di reclamo?`,
  ],
  [
    "it",
    "albergo:it-cie",
    `Schedina alloggiati — ospite: Davide Conti, documento: carta d'identità elettronica n. ${id(N.itCie)}, rilasciata dal Comune di Torino. Tradurre in inglese per il portale.`,
  ],
  [
    "it",
    "notaio:it-cf",
    `Atto di compravendita: è presente il signor Marco Russo, nato a Roma, codice fiscale ${id(S.itCf)}, il quale dichiara di acquistare l'immobile. Semplifica il linguaggio per mia madre.`,
  ],
  [
    "nl",
    "huur:nl-bsn",
    `Huuraanvraag woning Utrecht — aanvrager: Sanne de Boer, burgerservicenr. ${id(N.nlBsn.replace(/(\d{4})(\d{2})(\d{3})/, "$1.$2.$3"))}, werkgever Gemeente Utrecht. Schrijf een korte motivatiebrief.`,
  ],
  [
    "nl",
    "salaris:nl-bsn",
    `Indiensttreding per 1 januari: medewerker Ruben Jansen, sofinummer ${id(S.nlBsn)}, loonheffingskorting ja. Kun je dit in het HR-formulier zetten?`,
  ],
  [
    "nl",
    "bank:be-rrn",
    `Rekening openen bij de bank: klant Lotte Peeters, rijksregisternr. ${id(N.beRrn)}, adres in Gent volgt. Wat betekent "KYC-controle lopende"?`,
  ],
  [
    "fr",
    "consulat:be-rrn",
    `Rendez-vous consulaire : Mme Claire Dubois, numéro national ${id(N.beRrn.replace(/[.-]/g, ""))}, demande de renouvellement du passeport belge. Rédige le courriel de confirmation.`,
  ],
  [
    "pl",
    "bank:pl-pesel",
    `Wniosek o konto osobiste: klientka Magdalena Wójcik, PESEL ${id(N.plPesel)}, dochód z umowy o pracę. Sprawdź, czy wniosek jest kompletny.`,
  ],
  [
    "pl",
    "sim:pl-dowod",
    `Rejestracja karty SIM na stacji benzynowej: Tomasz Zieliński, dowód osobisty seria i nr ${id(N.plDowod.slice(0, 3) + " " + N.plDowod.slice(3))}. Czy mogę to zrobić online?`,
  ],
  [
    "pl",
    "praca:pl-pesel",
    `Kwestionariusz osobowy pracownika — imię i nazwisko: Kacper Dąbrowski, nr ewid. ${id(S.plPesel.slice(0, 6) + " " + S.plPesel.slice(6))}. Przetłumacz na angielski dla centrali.`,
  ],
  ["sv", "hyra:se-pnr", `Intresseanmälan hyresrätt: sökande Elin Lindqvist, pers.nr ${id(N.sePnr)}, fast anställd sedan 2019. Skriv ett vänligt följebrev.`],
  [
    "sv",
    "universitet:se-pnr",
    `Antagning.se säger fel: min son Oskar Berg har nummer ${id("19" + S.sePnr)} men sidan visar någon annan. Hur kontaktar jag dem?`,
  ],
  [
    "no",
    "bank:no-fnr",
    `Søknad om boliglån: søker Ingrid Haugen, fødselsnr. ${id(N.noFnr.slice(0, 6) + " " + N.noFnr.slice(6))}, fast ansatt i Equinor. Skriv en kort følgetekst til banken.`,
  ],
  [
    "fi",
    "vuokra:fi-hetu",
    `Vuokrahakemus: hakija Aino Virtanen, henkilötunnus ${id(N.fiHetu)}, opiskelija Helsingin yliopistossa. Kirjoita saate vuokranantajalle.`,
  ],
  ["fi", "palkka:fi-hetu", `Uuden työntekijän tiedot palkanlaskentaan: Eetu Mäkinen, hetu ${id(S.fiHetu)}, aloitus 8.1. Tee tästä englanninkielinen viesti.`],
  ["da", "bil:dk-cpr", `Lejeaftale bil — lejer: Mads Kristensen, CPR ${id(N.dkCpr)}, kørekort gyldigt. Oversæt aftalen til engelsk.`],
  [
    "pt",
    "arrendamento:pt-nif",
    `Contrato de arrendamento: arrendatária Inês Carvalho, contribuinte n.º ${id(N.ptNif.replace(/(\d{3})(\d{3})(\d{3})/, "$1 $2 $3"))}, residente em Braga. Revê a cláusula da caução.`,
  ],
  ["tr", "otel:tr-tc", `Otel kayıt formu: misafir Elif Yılmaz, T.C. no ${id(N.trTc)}, giriş 4 Aralık. Bu formu İngilizceye çevirir misin?`],
  [
    "tr",
    "banka:tr-tc",
    `Hesap açılışı için bilgilerim: Burak Demir, kimlik no ${id(S.trTc.replace(/(\d{3})(\d{3})(\d{3})(\d{2})/, "$1 $2 $3 $4"))}. Müşteri temsilcisine resmi bir e-posta yaz.`,
  ],
  ["hi", "sim:in-aadhaar", `नया सिम कनेक्शन: ग्राहक का नाम राहुल शर्मा, आधार ${id(N.inAadhaar)}, ई-केवाईसी पूरा हुआ। यह संदेश अंग्रेज़ी में लिख दो।`],
  [
    "en",
    "bank:in-pan",
    `KYC update for my savings account: account holder Priya Nair, PAN ${id(N.inPan)}, Aadhaar ${id(S.inAadhaar.replace(/ /g, "-"))}. Draft a polite reminder to the branch manager.`,
  ],
  ["hi", "visa:in-passport", `वीज़ा आवेदन: आवेदक अनिल वर्मा, पासपोर्ट संख्या ${pp(N.inPass)}, यात्रा की तारीख 12 जनवरी। कवर लेटर लिखने में मदद करो।`],
  ["zh", "酒店:cn-id", `酒店入住登记：住客陈晓明，证件号码${id(N.cnId)}，入住日期12月5日。请把这段改写成英文。`],
  ["zh", "租房:cn-id", `租房合同乙方：刘芳，身份证${id(S.cnId.replace(/^(\d{6})(\d{8})(\w{4})$/, "$1 $2 $3"))}，联系方式见附页。帮我检查合同条款有没有问题。`],
  ["ja", "口座:jp-mynumber", `銀行口座開設の書類です。氏名：佐藤健一、個人番号 ${id(N.jpMy)}。この文面を丁寧な英語にしてください。`],
  ["ja", "ビザ:jp-passport", `ビザ申請書の記入：申請者 鈴木美穂、旅券番号 ${pp(N.jpPass)}、渡航目的は観光です。英語の申請文を作ってください。`],
  ["ko", "휴대폰:kr-rrn", `휴대폰 개통 신청서: 가입자 김민준, 주민번호 ${id(N.krRrn)}, 요금제 5G 스탠다드. 이 내용을 영어로 번역해 줘.`],
  ["ko", "은행:kr-rrn", `계좌 개설 때 적은 내용이에요: 이서연, 등록번호 ${id(S.krRrn.replace("-", ""))}. 은행에 보낼 정정 요청 메일을 써 주세요.`],
  [
    "pt",
    "banco:br-cpf",
    `Abertura de conta digital: titular Camila Rodrigues, CPF ${id(N.brCpf)}, renda mensal R$ 6.200. O app recusou meu cadastro, me ajuda a escrever para o suporte?`,
  ],
  ["pt", "aluguel:br-rg", `Ficha cadastral do inquilino: Lucas Oliveira, RG ${id(N.brRg)} SSP/SP, profissão engenheiro. Revise o texto da ficha.`],
  ["pt", "rh:br-cpf", `Admissão — colaborador Felipe Souza, nº ${id(S.brCpf.replace(/[.-]/g, ""))}, cargo analista júnior. Escreve o e-mail de boas-vindas.`],
  [
    "es",
    "escuela:mx-curp",
    `Inscripción escolar: alumna Andrea López Martínez, clave ${id(N.mxCurp)}, grado 3º de secundaria. Redacta la carta para la dirección.`,
  ],
  [
    "es",
    "renta-auto:ar-dni",
    `Alquiler de auto en Mendoza: conductor Martín Gómez, D.N.I. ${id(N.arDni)}, licencia vigente. Pasalo a un mail formal para la agencia.`,
  ],
  [
    "es",
    "banco:cl-rut",
    `Solicitud de cuenta vista: cliente Valentina Rojas, RUT ${id(N.clRut)}, Santiago. El banco no me valida la identidad, ayúdame a reclamar.`,
  ],
  [
    "en",
    "sim:za-id",
    `RICA registration for my new SIM: Thandiwe Nkosi, ID number ${id(N.zaId.replace(/^(\d{6})(\d{4})(\d{3})$/, "$1 $2 $3"))}. The store says it failed — can you write a complaint?`,
  ],
  ["en", "bank:ng-nin", `Linking my NIN to my bank account: Chinedu Okafor, NIN ${id(N.ngNin)}, BVN to follow. Write a short formal message to the bank.`],
];

/** In English, the labels indirect. */
const ENGLISH: MarkedEntry[] = [
  [
    "en",
    "airline:de-pass",
    `APIS details for the flight to Toronto — Traveller: Miriam Hofmann, Nationality DEU, Travel document: passport ${pp(N.dePass)}. Please check I filled the airline form right.`,
  ],
  ["en", "hotel:fr-cni", `Hotel check-in note: guest Élodie Garnier (French), ID doc ${id(N.frCni)}, two nights. Summarise this for the night manager.`],
  [
    "en",
    "visa:es-dni",
    `e-Visa application for Vietnam — Section 3, other identity documents: national ID no. ${id(N.esDni)} (Spain), applicant Andrea Molina Ruiz. Is this the right field?`,
  ],
  [
    "en",
    "consular:it-cf",
    `Booking a consular appointment in London for Giulia Bianchi: fiscal code ${id(N.itCf)}, reason: passport renewal. Write the confirmation email.`,
  ],
  [
    "en",
    "payroll:nl-bsn",
    `Onboarding checklist — new hire Sanne de Boer, citizen service no. ${id(N.nlBsn)}, start date 1 February. Turn this into an email to payroll.`,
  ],
  [
    "en",
    "university:pl-pesel",
    `Erasmus enrolment form: student Magdalena Wójcik, national identification number ${id(N.plPesel)}, home university Kraków. Help me fill the remaining sections.`,
  ],
  [
    "en",
    "tenancy:se-pnr",
    `Tenancy application for a flat in Malmö: applicant Elin Lindqvist, Swedish ID no. ${id(N.sePnr.replace("-", ""))}. Draft a reference request to her employer.`,
  ],
  [
    "en",
    "car-rental:no-fnr",
    `Car rental desk at Oslo airport asked for the driver's personal number: Ingrid Haugen, ${id(N.noFnr)}. Is it normal to give that for a rental?`,
  ],
  [
    "en",
    "bank:fi-hetu",
    `Opening a bank account in Finland for my wife Aino Virtanen, personal identity code ${id(N.fiHetu)}. Write the cover note for the branch.`,
  ],
  [
    "en",
    "payroll:dk-cpr",
    `Payroll setup for Mads Kristensen: Danish civil registration no. ${id(N.dkCpr.replace("-", ""))}, salary paid monthly. Write the onboarding email.`,
  ],
  ["en", "tenancy:pt-nif", `Rental contract in Lisbon, tenant Inês Carvalho, taxpayer no. ${id(N.ptNif)}. Please translate the deposit clause into English.`],
  [
    "en",
    "hotel:tr-tc",
    `Hotel registration in Antalya: guest Elif Yılmaz, Turkish ID no. ${id(N.trTc)}, room 512. Can you make this a polite check-in confirmation?`,
  ],
  ["en", "sim:in-aadhaar", `For my new Jio SIM the shop took my details: Rahul Sharma, UID ${id(N.inAadhaar.replace(/ /g, ""))}. Was it safe to give it?`],
  [
    "en",
    "visa:in-passport",
    `Schengen visa appointment for Anil Verma, passport no. ${pp(N.inPass)}, appointment at VFS Delhi on 12 January. Write the cover letter.`,
  ],
  ["en", "hotel:cn-id", `Hotel check-in record — guest Chen Xiaoming, resident ID ${id(N.cnId)}, room 1806. Translate this register entry for the auditors.`],
  [
    "en",
    "payroll:jp-mynumber",
    `Payroll onboarding in Tokyo: employee Kenichi Sato, individual number ${id(N.jpMy.replace(/ /g, "-"))}. Write the message to HR asking how they store it.`,
  ],
  [
    "en",
    "airline:jp-passport",
    `Advance passenger information: Miho Suzuki, JPN, document type P, doc no. ${pp(N.jpPass)}. Did I fill the airline form correctly?`,
  ],
  ["en", "bank:kr-rrn", `KYC form for a Korean bank: customer Minjun Kim, resident registration no. ${id(N.krRrn)}. Please proofread my English cover note.`],
  [
    "en",
    "car-rental:br-cpf",
    `Car rental pick-up in São Paulo — driver Camila Rodrigues, Brazilian taxpayer ID ${id(N.brCpf.replace(/[.-]/g, ""))}. Write the email to confirm the booking.`,
  ],
  [
    "en",
    "university:mx-curp",
    `University enrolment in Guadalajara: student Andrea López Martínez, population registry key ${id(N.mxCurp)}. Help me write the letter to the registrar.`,
  ],
  [
    "en",
    "tenancy:ar-dni",
    `Lease in Buenos Aires — tenant Martín Gómez, national ID ${id(N.arDni.replace(/\./g, ""))}. Summarise the guarantor clause for him.`,
  ],
  ["en", "consular:cl-rut", `Consular appointment request in Madrid for Valentina Rojas, Chilean RUN ${id(N.clRut)}. Write the email in English.`],
  ["en", "bank:za-id", `FICA documents for opening the account: Thandiwe Nkosi, SA ID ${id(N.zaId)}. Write a checklist of what else the bank needs.`],
  [
    "en",
    "sim:ng-nin",
    `SIM-NIN linkage: subscriber Chinedu Okafor, number ${id(N.ngNin.replace(/^(\d{4})(\d{3})(\d{4})$/, "$1 $2 $3"))}. Write an SMS to remind him it's done.`,
  ],
  [
    "en",
    "airline:us-passport",
    `Secure Flight details for Jennifer Walsh: US passport ${pp(N.usPass)}, DOB on file. Please check the booking note reads well.`,
  ],
  [
    "en",
    "police:us-passport",
    `Police report — lost property: Jennifer Walsh reports her passport (No. ${pp(N.usPass)}) stolen from her hotel room on 2 December. Help me word the statement.`,
  ],
  ["en", "signature:be-rrn", `Can you tidy my email signature? "Lotte Peeters | Freelance translator | VAT exempt | NN ${id(N.beRrn)} | Gent"`],
  ["en", "signature:es-nie", `Fix the format of my signature: Piotr Nowicki — Autónomo — NIE: ${id(N.esNie)} — Valencia`],
  [
    "en",
    "notary:de-ausweis",
    `Notarial certificate: Appeared before me Katrin Vogt, identified by her identity card ${id(N.deAusweis)}, who declared... Please translate the rest into plain English.`,
  ],
  [
    "en",
    "visa:de-ausweis",
    `Visa on arrival form, Sri Lanka: alternative ID presented — German ID card, No. ${id(S.deAusweis)}, holder Jonas Keller. Is that enough for the form?`,
  ],
  [
    "en",
    "police:es-dni",
    `Police report about my lost wallet: complainant Sergio Blanco Prieto, DNI ${id(S.esDni)}; lost items: ID card, bank card. Make it sound formal.`,
  ],
  [
    "en",
    "car-rental:nl-bsn",
    `Car hire form asks for "national no." — I wrote ${id(S.nlBsn)} for Ruben Jansen. Should that field be the driving licence instead?`,
  ],
  ["en", "bank:pl-dowod", `Bank KYC: Tomasz Zieliński, identity card ${id(N.plDowod)}, proof of address attached. Please write the upload note.`],
  ["en", "payroll:se-pnr", `New employee Oskar Berg, person number ${id(S.sePnr)}, starts Monday. Draft the payroll onboarding email.`],
  ["en", "university:fi-hetu", `Enrolment for exchange: Eetu Mäkinen, Finnish ID ${id(S.fiHetu)}. Write the message to the international office.`],
  ["en", "tenancy:tr-tc", `Tenancy form for an apartment in Izmir: tenant Burak Demir, ID ${id(S.trTc)}. Translate the form into Turkish.`],
  ["en", "payroll:in-aadhaar", `Employee onboarding: Priya Nair, Aadhaar no. ${id(S.inAadhaar)}, PAN ${id(N.inPan)}. Summarise what HR still needs.`],
  ["en", "tenancy:cn-id", `Rental agreement, tenant Liu Fang, ID card ${id(S.cnId)}. Please check the English translation of the lease.`],
  ["en", "sim:kr-rrn", `Phone contract in Seoul: subscriber Seoyeon Lee, RRN ${id(S.krRrn)}. Write a note asking the shop to delete the copy.`],
  ["en", "university:br-cpf", `University enrolment: Felipe Souza, CPF ${id(S.brCpf)}. Draft the email to the registrar.`],
  ["en", "bank:za-id", `Please help me fill this bank form: applicant Sipho Dlamini, identity no. ${id(S.zaId)}, employer Eskom.`],
  ["en", "car-rental:cl-rut", `Car hire in Santiago: driver Javier Soto, RUT ${id(S.clRut)}. Write the email asking about insurance.`],
  ["en", "consular:it-cf", `Consular registration (AIRE) for Marco Russo, tax code ${id(S.itCf.toLowerCase())}. Write the cover note.`],
  ["en", "enrolment:mx-curp", `School enrolment: student José García Ramírez, CURP ${id(S.mxCurp)}. Write the letter to the principal.`],
];

export const SENSITIVE: MarkedEntry[] = [...LOCAL, ...ENGLISH];
