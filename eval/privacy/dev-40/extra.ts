/**
 * Development set 40, national e-invoice, payroll and health records in further languages (it FatturaPA, pl JPK and
 * KSeF, tr e-Fatura, sv PAXml, ar UAE/ZATCA e-invoices, es HL7 and Facturae, pt-PT SAF-T). Marks: ⟦category|value⟧.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { card, codiceFiscale, iban, personnummer, pesel, tckn } from "./ids.js";

const emiratesId = (payload: string) => {
  const all = card(payload);
  return `${all.slice(0, 3)}-${all.slice(3, 7)}-${all.slice(7, 14)}-${all.slice(14)}`;
};

export const EXTRA: MarkedEntry[] = [
  [
    "it",
    "tax_id:fatturapa:xml",
    `Lo SdI ha scartato questa fattura elettronica (codice 00305). Il cliente è un privato, controlla il blocco CessionarioCommittente:
<CessionarioCommittente><DatiAnagrafici><CodiceFiscale>⟦national_id|${codiceFiscale("BRNGLI72C45F205")}⟧</CodiceFiscale><Anagrafica><Nome>Giulia</Nome><Cognome>Bernardi</Cognome></Anagrafica></DatiAnagrafici>
<Sede><Indirizzo>⟦street_address|Via Privata Osoppo 14⟧</Indirizzo><CAP>20148</CAP><Comune>Milano</Comune><Nazione>IT</Nazione></Sede></CessionarioCommittente>
<DettaglioLinee><Descrizione>⟦health|Seduta di psicoterapia per disturbo alimentare⟧</Descrizione><PrezzoTotale>⟦financial|90.00⟧</PrezzoTotale></DettaglioLinee>`,
  ],
  [
    "it",
    "neg-tax_id:fatturapa:xml",
    `Nel file di esempio dell'Agenzia delle Entrate (IT01234567890_FPA01.xml) il cessionario ha questi dati. Perché c'è IdFiscaleIVA e non CodiceFiscale?
<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>09876543210</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>AMMINISTRAZIONE BETA</Denominazione></Anagrafica></DatiAnagrafici></CessionarioCommittente>`,
  ],
  [
    "pl",
    "tax_id:jpk-ksef:xml",
    `KSeF odrzucił fakturę, bo "nieprawidłowy identyfikator nabywcy". Nabywca to osoba prywatna. Sprawdzisz Podmiot2?
<Podmiot2><DaneIdentyfikacyjne><BrakID>1</BrakID><Nazwa>Krzysztof Wawrzyniak</Nazwa></DaneIdentyfikacyjne>
<Adres><KodKraju>PL</KodKraju><AdresL1>⟦street_address|ul. Jagiellońska 58/12, 31-008 Kraków⟧</AdresL1></Adres></Podmiot2>
<Fa><P_15>⟦financial|12 480,00⟧</P_15><DodatkoweInfo>PESEL nabywcy: ⟦national_id|${pesel("7802170387")}⟧ (ulga rehabilitacyjna, ⟦health|stwardnienie rozsiane⟧)</DodatkoweInfo></Fa>`,
  ],
  [
    "pl",
    "neg-tax_id:jpk-ksef:xml",
    `W przykładowym pliku z dokumentacji KSeF (środowisko testowe) jest NIP 1111111111 i nazwa "Firma testowa sp. z o.o.". Czy ten NIP przejdzie walidację sumy kontrolnej?`,
  ],
  [
    "tr",
    "tax_id:e-fatura-ubl:xml",
    `GİB portalı bu e-Arşiv faturayı reddetti. Alıcı bireysel; TCKN alanı doğru mu?
<cac:AccountingCustomerParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="TCKN">⟦national_id|${tckn("348105772")}⟧</cbc:ID></cac:PartyIdentification>
<cac:PostalAddress><cbc:StreetName>⟦street_address|Bağdat Caddesi No: 214 D: 7⟧</cbc:StreetName><cbc:CitySubdivisionName>Kadıköy</cbc:CitySubdivisionName><cbc:CityName>İstanbul</cbc:CityName></cac:PostalAddress>
<cac:Person><cbc:FirstName>Elif</cbc:FirstName><cbc:FamilyName>Karataş</cbc:FamilyName></cac:Person></cac:Party></cac:AccountingCustomerParty>`,
  ],
  [
    "tr",
    "neg-tax_id:e-fatura-ubl:xml",
    `GİB e-Fatura kılavuzundaki örnekte alıcı TCKN 11111111111 ve adı "TEST ALICI". Bu değer test ortamında neden kabul ediliyor?`,
  ],
  [
    "sv",
    "tax_id:paxml:xml",
    `Lönesystemet kan inte läsa in den här PAXml-filen. Kan du se vad som är fel?
<paxml><header><format>LÖNIN</format><version>2.0</version></header>
<anstallda><anstalld anstid="117" persnr="⟦national_id|${personnummer("890624452")}⟧"><fornamn>Linnea</fornamn><efternamn>Sjöberg</efternamn>
<manadslon>⟦financial|36 500⟧</manadslon><sjukfranvaro>⟦health|utmattningssyndrom, 50 % sjukskriven⟧</sjukfranvaro></anstalld></anstallda></paxml>`,
  ],
  [
    "sv",
    "neg-tax_id:paxml:xml",
    `PAXml-specifikationens exempel använder persnr 19121212-1212 (Skatteverkets testpersonnummer). Är formatet med eller utan sekel?`,
  ],
  [
    "ar",
    "national_id:uae-einvoice:xml",
    `رفض النظام هذه الفاتورة الإلكترونية. المشتري فرد، هل حقل الهوية صحيح؟
<cac:AccountingCustomerParty><cac:Party>
<cac:PartyIdentification><cbc:ID schemeID="EID">⟦national_id|${emiratesId("78419875521033")}⟧</cbc:ID></cac:PartyIdentification>
<cac:PartyName><cbc:Name>مريم عبدالله الكعبي</cbc:Name></cac:PartyName>
<cac:Contact><cbc:Telephone>⟦phone|+971 50 718 4426⟧</cbc:Telephone></cac:Contact></cac:Party></cac:AccountingCustomerParty>`,
  ],
  [
    "ar",
    "neg-national_id:uae-einvoice:xml",
    `في دليل هيئة الزكاة والضريبة (ZATCA) مثال فاتورة للمشتري "شركة نماذج فاتورة المحدودة" برقم ضريبي 399999999900003. ما معنى schemeID="CRN"؟`,
  ],
  [
    "es",
    "health:hl7v2-adt:segment",
    `Necesito pasar este mensaje HL7 del HIS a una tabla para el informe de alta:
PID|1||⟦medical_record|HC-0448271⟧^^^HUVR^PI||RUIZ^ESPERANZA^^^^^L||⟦date_of_birth|19550809⟧|F|||⟦street_address|Calle Feria 112, 3ºB^^Sevilla^^41003⟧
PV1|1|I|NEUMO^305^2
DG1|1||J44.1^⟦health|EPOC con exacerbación aguda⟧^I10ES
DG1|2||I48.0^⟦health|Fibrilación auricular paroxística⟧^I10ES`,
  ],
  [
    "es",
    "neg-health:hl7v2-adt:segment",
    `Mensaje de prueba del integrador (paciente ficticio "PRUEBA^PACIENTE"). ¿Por qué DG1-3 usa I10ES y no I10?
PID|1||TEST-0001^^^HUVR^PI||PRUEBA^PACIENTE||19000101|U
DG1|1||Z00.00^Examen general^I10ES`,
  ],
  [
    "pt",
    "financial:saft-pt:xml",
    `O e-fatura não aceita este SAF-T. O cliente é particular, o NIF está certo?
<Customer><CustomerID>C0412</CustomerID><CustomerTaxID>⟦national_id|246817391⟧</CustomerTaxID><CompanyName>Joaquim Amaral Lobo</CompanyName>
<BillingAddress><AddressDetail>⟦street_address|Rua de Cedofeita 340, 2º Esq⟧</AddressDetail><City>Porto</City><PostalCode>4050-174</PostalCode></BillingAddress></Customer>
<Payment><PaymentMechanism>TB</PaymentMechanism><IBAN>⟦iban|${iban("PT", "003500970000428836710")}⟧</IBAN></Payment>`,
  ],
  [
    "pt",
    "neg-financial:saft-pt:xml",
    `No SAF-T, o consumidor final usa CustomerTaxID 999999990 e CompanyName "Consumidor final". É obrigatório preencher BillingAddress com "Desconhecido"?`,
  ],
  [
    "en",
    "health:hl7v2-mdm:segment",
    `MDM^T02 with a dictated note, the text is split weirdly across OBX segments. Can you join it into one paragraph?
PID|1||⟦medical_record|E8841273⟧^^^RIVERBEND^MR||NAKAMURA^HIROSHI||⟦date_of_birth|19700405⟧|M
TXA|1|CN|TX|202611290930
OBX|1|TX|||Patient reports low mood for 3 months. Dx: ⟦health|major depressive disorder, recurrent, moderate⟧.
OBX|2|TX|||Started ⟦health|sertraline 50 mg daily⟧. Safety plan reviewed; ⟦health|passive suicidal ideation⟧ without plan.`,
  ],
  [
    "en",
    "neg-health:hl7v2-mdm:segment",
    `Teaching example for our interface course: a synthetic MDM with patient "DOE^JANE^Q" (fictional, from the course book). How should TXA-12 be unique?
PID|1||000000^^^SCHOOL^MR||DOE^JANE^Q||19800101|F
TXA|1|CN|TX|202001010900||||||||DOC-0001`,
  ],
  [
    "en",
    "neg-passport:icao-mrz:text",
    `Our OCR test fixtures use the German specimen ID "ERIKA MUSTERMANN". The TD1 MRZ line 1 is IDD<<T220001293<<<<<<<<<<<<<<< — why is the document number 9 characters there?`,
  ],
  [
    "en",
    "neg-financial:emv-tlv:segment",
    `Aggregate from our terminal fleet last week: 41,203 contactless taps, 2.1% declined with 9F27=00, top reason "05 do not honour". Summarise for the ops channel.`,
  ],
  [
    "en",
    "neg-credentials:saml-assertion:xml",
    `SAML metadata for our SP (public, we publish it). Is the ACS binding right?
<md:EntityDescriptor entityID="https://sp.example.org/metadata"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sp.example.org/acs" index="0"/></md:SPSSODescriptor></md:EntityDescriptor>`,
  ],
  [
    "en",
    "neg-health:fhir-bundle:json",
    `Aggregate MeasureReport from our FHIR server (no patients), how do I read the population counts?
{"resourceType":"MeasureReport","status":"complete","type":"summary","group":[{"population":[{"code":{"coding":[{"code":"denominator"}]},"count":1240},{"code":{"coding":[{"code":"numerator"}]},"count":311}]}]}`,
  ],
];
