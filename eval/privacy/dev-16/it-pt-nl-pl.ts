/**
 * Development set 16, Italian, Portuguese, Dutch and Polish entries. Marks: ⟦category|value⟧.
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { bsn, codiceFiscale, cpf, pesel } from "../dev-10/values.js";
import { cnh, cnpj, mrzLine1, mrzLine2, nifPt, nip } from "./values.js";

const IT_MRZ = mrzLine2("YB4827316", "ITA", "810610", "F", "290730");
const PL_MRZ = mrzLine2("EK4718203", "POL", "920417", "M", "310908", pesel("9204170583"));

export const IT_PT_NL_PL: MarkedEntry[] = [
  // --- Italian ----------------------------------------------------------------------------------------------------
  [
    "it",
    "mrn:lettera-it:free",
    `Sistema questa lettera: Gentile dottore, il sig. Ernesto Bellandi (n. nosologico ⟦medical_record|2026004718⟧, cartella clinica ⟦medical_record|CC-0049127⟧) è dimesso in data odierna.`,
  ],
  [
    "it",
    "dl:modulo-it:structured",
    `CID, veicolo A: conducente Simona Ferraro, patente n. ⟦driver_license|U17K28419W⟧ cat. B, rilasciata MIT-UCO. Scrivi la dinamica.`,
  ],
  [
    "it",
    "tax:mail-it:free",
    `Rendi formale: Ciao Paola, il codice fiscale di mio padre, Giuseppe Lombardo, è ⟦national_id|${codiceFiscale("LMBGPP52H14F205")}⟧, serve per il 730.`,
  ],
  [
    "it",
    "tax:csv-it:structured",
    `nome;codice_fiscale;iban
Chiara Valli;⟦national_id|${codiceFiscale("VLLCHR88S52L219")}⟧;—
Marco Rota;⟦national_id|${codiceFiscale("RTOMRC79A01A794")}⟧;—
controlla il formato`,
  ],
  [
    "it",
    "passport:mrz-it:structured",
    `Leggi la MRZ:
${mrzLine1("ITA", "DE SANTIS", "GIULIA")}
⟦passport|${IT_MRZ}⟧`,
  ],
  [
    "it",
    "cred:chat-it:free",
    `migliora: "nonna il PIN del bancomat è ⟦password|5092⟧ e la password di PosteID ⟦password|Gattino.Micio77⟧, non darla a nessuno"`,
  ],
  [
    "it",
    "phone:mail-it:free",
    `Correggi: Per il ritiro contattare mia sorella, Francesca Greco, al ⟦phone|347 218 4093⟧ oppure al fisso ⟦phone|06 4471 2938⟧.`,
  ],
  ["it", "address:lettera-it:free", `Scrivi una disdetta per la sig.ra Luisa Marchetti, ⟦street_address|Via dei Mille 48, scala B, int. 7, 20129 Milano⟧.`],
  [
    "it",
    "neg-tax:doc-it:free",
    `Il codice fiscale RSSMRA85T10A562S è l'esempio classico di Mario Rossi nei manuali: come si calcola il carattere di controllo?`,
  ],
  ["it", "neg-dl:doc-it:free", `Com'è fatto il numero della patente italiana? Quante lettere e cifre ha, in generale?`],
  ["it", "neg-mrn:ordine-it:structured", `Ordine n. 2026004718, prodotto CC-0049127 (cartelle sospese A4), quantità 40 — calcola il totale con IVA.`],
  // --- Portuguese -------------------------------------------------------------------------------------------------
  ["pt", "mrn:prontuario-br:free", `Reescreva: Paciente Sra. Valdirene Souza, prontuário ⟦medical_record|0047182-3⟧, retorno em 15 dias.`],
  [
    "pt",
    "dl:form-br:structured",
    `Dados do condutor: Anderson Lima, CNH nº ⟦driver_license|${cnh("047182936")}⟧, categoria AB, validade 2029 — monte o boletim.`,
  ],
  ["pt", "tax:email-br:free", `Melhore: Oi Júlia, seguem os dados para o recibo: Rafael Tavares, CPF ⟦national_id|${cpf("418273650")}⟧, pagamento via Pix.`],
  ["pt", "tax:json-pt:structured", `{"nome":"Inês Carvalho","nif":"⟦national_id|${nifPt("24819037")}⟧","morada":"—"} — converte para XML`],
  ["pt", "passport:email-pt:free", `Corrige: O passaporte do meu marido, Duarte Pimentel, tem o n.º ⟦passport|CB418273⟧ e caduca em março.`],
  [
    "pt",
    "cred:chat-br:free",
    `deixa mais educado: "mãe, a senha do app do banco é ⟦password|Flamengo@1981⟧ e a do cartão ⟦password|7734⟧, não passa pra ninguém"`,
  ],
  [
    "pt",
    "bio:csv-br:structured",
    `nome,vetor_facial
Gabriel Nunes,"⟦biometric|-0.0731 0.1184 0.0462 -0.2019 0.0875 0.1533 -0.0348 0.0912⟧"
por que a similaridade dá NaN?`,
  ],
  ["pt", "phone:msg-br:free", `Corrija: Qualquer coisa liga pra minha tia Neide no ⟦phone|(11) 98472-3016⟧ ou no fixo ⟦phone|(11) 3847-2291⟧.`],
  ["pt", "neg-tax:doc-br:free", `O CNPJ ${cnpj("000000000001")} é válido só por causa do dígito? E o da Petrobras, 33.000.167/0001-01, é público?`],
  ["pt", "neg-tax:doc-br2:free", `Como funciona o cálculo do dígito verificador do CPF? Use o exemplo 111.444.777-35 dos tutoriais.`],
  ["pt", "neg-address:imprensa-pt:free", `Resume: A Torre de Belém, na Av. Brasília, 1400-038 Lisboa, reabriu após obras.`],
  // --- Dutch -------------------------------------------------------------------------------------------------------
  [
    "nl",
    "mrn:brief-nl:free",
    `Maak dit netter: Geachte collega, mevrouw Anouk de Graaf (patiëntnummer ⟦medical_record|7041829⟧, ZIS-nummer ⟦medical_record|0048217365⟧) wordt morgen overgeplaatst.`,
  ],
  [
    "nl",
    "dl:formulier-nl:structured",
    `Schadeformulier, bestuurder B: Sven Hoekstra, rijbewijsnummer ⟦driver_license|5048217391⟧, categorie B — schrijf de toedracht.`,
  ],
  [
    "nl",
    "tax:mail-nl:free",
    `Herschrijf: Hoi Ruud, mijn BSN is ⟦national_id|${bsn("71842910")}⟧ en dat van mijn vriendin Lotte Visser ⟦national_id|${bsn("40271836")}⟧, voor de huurtoeslag.`,
  ],
  [
    "nl",
    "cred:ticket-nl:free",
    `Vat samen: klant Jeroen Smit belde, zijn DigiD-wachtwoord is ⟦password|Fietsbel-2023-groen⟧ en de sms-code ⟦password|483920⟧ werkte niet.`,
  ],
  ["nl", "phone:mail-be:free", `Verbeter: U kan mijn vader, Marc Peeters, bereiken op ⟦phone|0478 21 93 60⟧ of thuis op ⟦phone|03 218 47 71⟧.`],
  ["nl", "address:brief-nl:free", `Schrijf een opzegging voor dhr. Kees Bakker, ⟦street_address|Van Speijkstraat 118-III, 1057 GX Amsterdam⟧.`],
  ["nl", "neg-tax:doc-nl:free", `Wat is de elfproef van een BSN? Leg het uit met het voorbeeld 111222333 dat de overheid gebruikt.`],
  ["nl", "neg-dl:doc-nl:free", `Hoeveel cijfers heeft een Nederlands rijbewijsnummer en staat het op de voor- of achterkant?`],
  ["nl", "neg-phone:doc-nl:free", `Welke nummers zijn in Nederland gereserveerd voor fictie? Ik dacht 06-99999999 of iets dergelijks.`],
  // --- Polish -----------------------------------------------------------------------------------------------------
  [
    "pl",
    "mrn:wypis-pl:free",
    `Popraw: Pacjentka Pani Halina Wróbel, nr księgi głównej ⟦medical_record|2026/04718⟧, nr historii choroby ⟦medical_record|HCH-0091827⟧, wypisana do domu.`,
  ],
  [
    "pl",
    "dl:formularz-pl:structured",
    `Oświadczenie o zdarzeniu: kierujący Tomasz Kaczmarek, nr prawa jazdy ⟦driver_license|04718/19/1463⟧, kat. B. Napisz opis.`,
  ],
  [
    "pl",
    "tax:mail-pl:free",
    `Popraw styl: Dzień dobry, mój PESEL to ⟦national_id|${pesel("8803140471")}⟧, a NIP firmy jednoosobowej ⟦national_id|${nip("527182931")}⟧ — proszę o fakturę.`,
  ],
  [
    "pl",
    "passport:mrz-pl:structured",
    `Odczytaj MRZ:
${mrzLine1("POL", "ZIELINSKI", "PAWEL")}
⟦passport|${PL_MRZ}⟧`,
  ],
  ["pl", "cred:chat-pl:free", `popraw: "tato, hasło do wifi to ⟦password|Kotek_Mruczek_2019⟧, a PIN do karty ⟦password|2846⟧"`],
  ["pl", "phone:mail-pl:free", `Popraw: W razie czego proszę dzwonić do mojej mamy, Pani Krystyny Nowak, ⟦phone|512 847 390⟧ lub ⟦phone|22 618 44 07⟧.`],
  ["pl", "neg-tax:doc-pl:free", `Jak liczy się cyfrę kontrolną NIP? Na stronie ministerstwa przykładem jest 123-456-32-18.`],
  ["pl", "neg-tax:faktura-pl:structured", `Faktura FV/2026/04718, NIP sprzedawcy (PKN Orlen S.A.) 774-00-01-454, kod produktu 527182930 — policz VAT.`],
  ["pl", "neg-address:prasa-pl:free", `Streść: Zamek Królewski, plac Zamkowy 4, 00-277 Warszawa, odwiedziło w tym roku rekordowo wielu turystów.`],
];
