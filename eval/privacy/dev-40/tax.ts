/** Development set 40, tax and e-invoice formats with local-language field names (de, fr, pt-BR, zh, ja, ko, hi/en, US). Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";
import { aadhaar, cnId, cpf, iban, myNumber, rrn, steuerId } from "./ids.js";

export const TAX: MarkedEntry[] = [
  [
    "de",
    "tax_id:elster-xml:xml",
    `Ich soll diese elektronische Lohnsteuerbescheinigung prüfen. Stimmt die Summe in Zeile 3?

<Lohnsteuerbescheinigung Jahr="2025">
  <Arbeitnehmer><Name>Yildirim</Name><Vorname>Derya</Vorname><IdNr>⟦national_id|${steuerId("4719035628")}⟧</IdNr><Geburtsdatum>⟦date_of_birth|1988-04-09⟧</Geburtsdatum></Arbeitnehmer>
  <Zeile3_Bruttoarbeitslohn>⟦financial|51340,00⟧</Zeile3_Bruttoarbeitslohn>
  <Zeile4_Lohnsteuer>⟦financial|8921,41⟧</Zeile4_Lohnsteuer>
  <Zeile15_Kurzarbeitergeld>0,00</Zeile15_Kurzarbeitergeld>
</Lohnsteuerbescheinigung>`,
  ],
  [
    "de",
    "neg-tax_id:elster-xml:xml",
    `Aus dem ERiC-Entwicklerhandbuch (Testfall, keine echten Daten). Warum wird die IdNr 86095742719 im Testmerker akzeptiert?
<Arbeitnehmer><Name>Testfall</Name><Vorname>Elster</Vorname><IdNr>86095742719</IdNr></Arbeitnehmer>
<Testmerker>700000004</Testmerker>`,
  ],
  [
    "de",
    "tax_id:xrechnung:xml",
    `Unsere Buchhaltung lehnt diese XRechnung ab (BR-DE-16). Ich bin Einzelunternehmerin, ist die Steuernummer falsch platziert?

<cac:AccountingSupplierParty><cac:Party>
  <cac:PartyName><cbc:Name>Übersetzungen Anja Rößler</cbc:Name></cac:PartyName>
  <cac:PostalAddress><cbc:StreetName>⟦street_address|Hegelstraße 23⟧</cbc:StreetName><cbc:CityName>Jena</cbc:CityName><cbc:PostalZone>07743</cbc:PostalZone></cac:PostalAddress>
  <cac:PartyTaxScheme><cbc:CompanyID>⟦national_id|162/244/51873⟧</cbc:CompanyID><cac:TaxScheme><cbc:ID>FC</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
</cac:Party></cac:AccountingSupplierParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>⟦iban|${iban("DE", "760700120750018324")}⟧</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>`,
  ],
  [
    "de",
    "neg-tax_id:xrechnung:xml",
    `Das ist das offizielle KoSIT-Testbeispiel 01.01a. Was bedeutet BT-31 gegenüber BT-32?
<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
<cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName></cac:PartyLegalEntity>`,
  ],
  [
    "fr",
    "tax_id:api-particulier:json",
    `Réponse de l'API Particulier (impôts) pour le dossier d'aide au logement. Tu peux me dire si le foyer est sous le plafond ?
{"declarant1":{"nom":"BENHADDOU","prenoms":"Nadia","dateNaissance":"⟦date_of_birth|12/03/1985⟧","numeroFiscal":"⟦national_id|3074215588462⟧"},
 "nombreParts":2.5,"revenuFiscalReference":⟦financial|23810⟧,"montantImpot":⟦financial|0⟧,
 "foyerFiscal":{"adresse":"⟦street_address|7 allée des Peupliers 93140 Bondy⟧"}}`,
  ],
  [
    "fr",
    "neg-tax_id:api-particulier:json",
    `Dans la doc d'API Particulier, le bac à sable renvoie ce foyer fictif. Quel champ correspond au revenu fiscal de référence ?
{"declarant1":{"nom":"MARTIN","prenoms":"Pierre","numeroFiscal":"1902799999999"},"revenuFiscalReference":"voir jeu de test","sandbox":true}`,
  ],
  [
    "pt",
    "tax_id:nfe-xml:xml",
    `A SEFAZ rejeitou essa NF-e com erro 237 (CPF do destinatário inválido)? Confere pra mim o bloco dest:

<dest>
  <CPF>⟦national_id|${cpf("761302458").replace(/\D/g, "")}⟧</CPF>
  <xNome>Luana Figueiredo Batista</xNome>
  <enderDest><xLgr>⟦street_address|Rua Padre Anchieta, 1184, apto 52⟧</xLgr><xBairro>Bigorrilho</xBairro><xMun>Curitiba</xMun><UF>PR</UF><CEP>80730000</CEP><fone>⟦phone|41998832017⟧</fone></enderDest>
  <email>⟦email|luana.fbatista@uol.com.br⟧</email>
</dest>`,
  ],
  [
    "pt",
    "neg-tax_id:nfe-xml:xml",
    `Essa é a NF-e de exemplo do Manual de Orientação do Contribuinte, ambiente de homologação. Por que o xNome tem que ser esse texto?
<dest><CNPJ>99999999000191</CNPJ><xNome>NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL</xNome><indIEDest>9</indIEDest></dest>
<ide><tpAmb>2</tpAmb></ide>`,
  ],
  [
    "pt",
    "tax_id:irpf-csv:csv",
    `Organiza essa planilha de dependentes da declaração do IR da minha cliente:
nome;cpf;nascimento;relacao;despesa_medica
Helena Duarte Sampaio;⟦national_id|${cpf("145382269")}⟧;⟦date_of_birth|03/06/2014⟧;filha;⟦health|terapia TEA (autismo) R$ 9.800⟧
Roberto Sampaio;⟦national_id|${cpf("038417652")}⟧;⟦date_of_birth|22/11/1951⟧;pai;⟦health|hemodiálise⟧`,
  ],
  [
    "zh",
    "tax_id:fapiao-xml:xml",
    `这张数电发票 XML 导入报销系统失败了，帮我看看购买方信息格式哪里不对：
<购买方信息>
  <购买方名称>唐晓雯（个人）</购买方名称>
  <购买方纳税人识别号>⟦national_id|${cnId("44030419900827352")}⟧</购买方纳税人识别号>
  <购买方地址电话>⟦street_address|深圳市福田区莲花路 1206 号⟧ ⟦phone|13602917745⟧</购买方地址电话>
</购买方信息>
<合计金额>⟦financial|18600.00⟧</合计金额>
<项目名称>*医疗服务*⟦health|抑郁症心理治疗⟧</项目名称>`,
  ],
  [
    "zh",
    "neg-tax_id:fapiao-xml:xml",
    `这是税务局开发文档里的数电发票 XML 模板，字段都是占位符。<购买方纳税人识别号> 最长多少位？
<购买方信息><购买方名称>{buyerName}</购买方名称><购买方纳税人识别号>{buyerTaxNo}</购买方纳税人识别号></购买方信息>`,
  ],
  ["zh", "neg-tax_id:aggregate:text", `2025 年个人所得税汇算清缴统计：全国办理退税 1.2 亿人次，平均退税 ¥640，补税人数占 3.1%。帮我写成一条微博。`],
  [
    "ja",
    "tax_id:gensen-xml:xml",
    `源泉徴収票の XML（e-Tax 提出用）を作ったのですがエラーになります。どこが間違っていますか？
<源泉徴収票>
  <受給者><氏名>藤原 健太郎</氏名><個人番号>⟦national_id|${myNumber("71204638815")}⟧</個人番号><住所>⟦street_address|大阪府吹田市千里山西 4-12-7⟧</住所><生年月日>⟦date_of_birth|1979-09-21⟧</生年月日></受給者>
  <支払金額>⟦financial|6240000⟧</支払金額>
  <源泉徴収税額>⟦financial|301400⟧</源泉徴収税額>
</源泉徴収票>`,
  ],
  [
    "ja",
    "neg-tax_id:gensen-xml:xml",
    `国税庁の e-Tax 仕様書の記載例です（架空の人物）。<個人番号> の桁数チェックはどうすれば？
<受給者><氏名>国税 太郎</氏名><個人番号>123456789018</個人番号></受給者>`,
  ],
  [
    "ko",
    "tax_id:etax-invoice-xml:xml",
    `홈택스에서 받은 전자세금계산서 XML인데, 공급받는자 정보 부분만 표로 정리해 줘.
<공급받는자>
  <상호>개인 - 윤서진</상호>
  <주민등록번호>⟦national_id|${rrn("870316215443")}⟧</주민등록번호>
  <주소>⟦street_address|서울특별시 마포구 월드컵북로 21길 34, 302호⟧</주소>
  <이메일>⟦email|seojin.yoon87@daum.net⟧</이메일>
</공급받는자>
<합계금액>⟦financial|4,180,000⟧</합계금액>`,
  ],
  [
    "ko",
    "neg-tax_id:etax-invoice-xml:xml",
    `국세청 전자세금계산서 표준 XML 예시입니다. 공급자 사업자등록번호 형식이 왜 10자리인가요?
<공급자><사업자등록번호>1234567890</사업자등록번호><상호>(주)테스트상사</상호><대표자명>홍길동</대표자명></공급자>`,
  ],
  [
    "en",
    "tax_id:gst-itr-json:json",
    `ITR-1 JSON from the offline utility fails schema validation. Can you check the PersonalInfo block? (my father's return)
"PersonalInfo": {"AssesseeName": {"FirstName": "Raghunath", "SurNameOrOrgName": "Deshpande"}, "PAN": "⟦national_id|BQRPD7731M⟧",
 "AadhaarCardNo": "⟦national_id|${aadhaar("39184402771").replace(/ /g, "")}⟧", "DOB": "⟦date_of_birth|1957-01-30⟧",
 "Address": {"ResidenceNo": "⟦street_address|B-14, Shantivan Society, Paud Road, Kothrud⟧", "PinCode": 411038}},
"IncomeDeductions": {"GrossSalary": ⟦financial|0⟧, "IncomeFromPension": ⟦financial|612000⟧}`,
  ],
  [
    "en",
    "neg-tax_id:gst-einvoice-json:json",
    `From the NIC e-invoice sandbox sample JSON. Does "Gstin":"URP" mean unregistered person?
{"Version":"1.1","TranDtls":{"TaxSch":"GST","SupTyp":"B2C"},"SellerDtls":{"Gstin":"29AWGPV7107B1Z1","LglNm":"NIC company pvt ltd"},"BuyerDtls":{"Gstin":"URP","LglNm":"XYZ","Pos":"12"}}`,
  ],
  [
    "en",
    "tax_id:irs-fire:fixed",
    `My 1099-NEC FIRE file is rejected, record B position 12-20 apparently. Help?
T2025 ...
A2025 ...
B2025 ⟦us_ssn|418772036⟧DELG   DELGADO MARISA R                                      0000004180000
  payee address: ⟦street_address|2201 N ALVERNON WAY APT 14, TUCSON AZ 85712⟧`,
  ],
  [
    "en",
    "neg-tax_id:irs-fire:fixed",
    `IRS Publication 1220 shows record layouts. In the B record, what goes in positions 12–20 when the payee TIN is unknown? The example in the publication uses TIN 000000000 and name "PAYEE NAME".`,
  ],
];
