/**
 * Development set 45, scanned and photographed documents: passport and identity-card MRZ lines as OCR reads them
 * (`<` as `K` or `«`, O/0, I/1, S/5, B/8), the printed fields above them with broken spacing, and bank-card photos
 * (number in groups, expiry, CVV). Hard negatives of the same shapes: the ICAO, German, Dutch and UK specimens,
 * templates, test cards, masked numbers, photographed product labels.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { dni, group, luhn, ocr, pesel, td1, td3 } from "./forms.js";

const P = (surname: string, given: string, nation: string, number: string, birth: string, sex: "M" | "F", expiry: string) =>
  ({ surname, given, nation, number, birth, sex, expiry }) as const;

const pass = (seed: string, person: ReturnType<typeof P>, personal = "", rate = 0.25): [string, string] => {
  const [one, two] = td3(person, "P<", personal);
  return [ocr(one, `${seed}1`, rate), ocr(two, `${seed}2`, rate)];
};

const card = (seed: string, person: ReturnType<typeof P>, rate = 0.25): [string, string, string] => {
  const [one, two, three] = td1(person);
  return [ocr(one, `${seed}1`, rate), ocr(two, `${seed}2`, rate), ocr(three, `${seed}3`, rate)];
};

const [brandt1, brandt2] = pass("brandt", P("BRANDT", "LUKAS", "D<<", "C7PK3LR91", "870314", "M", "310522"));
const [okafor1, okafor2] = pass("okafor", P("OKAFOR", "CHIDINMA GRACE", "GBR", "548213907", "920607", "F", "330911"));
const [lefevre1, lefevre2] = pass("lefevre", P("LEFEVRE", "CAMILLE", "FRA", "19CF48273", "950228", "F", "290716"));
const [garcia1, garcia2] = pass("garcia", P("GARCIA RUIZ", "PABLO", "ESP", "PAE381975", "810119", "M", "300403"), "48391725S");
const [rossi1, rossi2] = pass("rossi", P("ROSSI", "GIULIA", "ITA", "YB4170385", "900905", "F", "320130"));
const [jansen1, jansen2] = pass("jansen", P("JANSEN", "PIETER", "NLD", "NX8R4K2P1", "780402", "M", "280817"), "", 0.35);
const [kowal1, kowal2] = pass("kowal", P("KOWALCZYK", "MAGDALENA", "POL", "EB5190374", "880711", "F", "310228"));
const [sato1, sato2] = pass("sato", P("SATO", "HARUKI", "JPN", "TR5718406", "010223", "M", "340308"));
const [wang1, wang2] = pass("wang", P("WANG", "XIAOMEI", "CHN", "E81936547", "930516", "F", "301104"));
const [kim1, kim2] = pass("kim", P("KIM", "MINJUN", "KOR", "M38172945", "960830", "M", "330612"));
const [yilmaz1, yilmaz2] = pass("yilmaz", P("YILMAZ", "EMRE", "TUR", "U18374659", "890124", "M", "290319"));
const [souza1, souza2] = pass("souza", P("SOUZA", "ANA BEATRIZ", "BRA", "FX381746", "970410", "F", "310805"));

const [lz1, lz2, lz3] = card("weber", P("WEBER", "SOPHIE", "D<<", "L01X7RT93", "910503", "F", "290816"));
const [es1, es2, es3] = card("moreno", P("MORENO", "LUCIA", "ESP", "CAX418273", "850917", "F", "300221"));
const [nl1, nl2, nl3] = card("visser", P("VISSER", "DAAN", "NLD", "IR83KD172", "990112", "M", "310707"));
const [pl1, pl2, pl3] = card("nowak", P("NOWAK", "TOMASZ", "POL", "CBA381726", "760829", "M", "320114"));
const [fr1, fr2, fr3] = card("durand", P("DURAND", "THEO", "FRA", "X4RT82K19", "020611", "M", "330402"));
const [it1, it2, it3] = card("bianchi", P("BIANCHI", "MARCO", "ITA", "CA18374BF", "830227", "M", "290905"));

const [ic1, ic2] = td3(P("ERIKSSON", "ANNA MARIA", "UTO", "L898902C3", "740812", "F", "120415"), "P<", "ZE184226B");
const [mu1, mu2, mu3] = td1(P("MUSTERMANN", "ERIKA", "D<<", "T22000129", "640812", "F", "201031"));
const [nlspec1, nlspec2] = td3(P("DE BRUIJN", "WILLEKE LISELOTTE", "NLD", "SPECI2014", "650310", "F", "240309"), "P<", "999999990");
const [ukspec1, ukspec2] = td3(P("UK SPECIMEN", "ANGELA ZOE", "GBR", "925665416", "880704", "F", "270926"));

const VISA = luhn("453914880343646");
const MC = luhn("552143920874316");
const AMEX = luhn("37828410593872");
const VISA2 = luhn("401288183746502");
const MC2 = luhn("522180469381574");
const spaced = (number: string) => group(number, " ");

export const MRZ: MarkedEntry[] = [
  [
    "en",
    "passport:ocr:mrz",
    `Google Lens gave me this from my passport photo page, can you tell me which line has the expiry?\n${okafor1}\n⟦passport|${okafor2}⟧`,
  ],
  [
    "de",
    "passport:ocr:mrz",
    `Die Texterkennung hat aus dem Reisepass meines Mannes das hier gemacht, ist das so lesbar für das Hotelformular?\n${brandt1}\n⟦passport|${brandt2}⟧`,
  ],
  [
    "fr",
    "passport:ocr:mrz",
    `Copie OCR du passeport de Camille pour le dossier de visa, les chevrons sont devenus des K, tu peux corriger ?\n${lefevre1}\n⟦passport|${lefevre2}⟧`,
  ],
  [
    "es",
    "passport:ocr:mrz",
    `Escaneé el pasaporte de Pablo y el OCR sacó esto, ¿me lo pasas a una tabla con nombre, número y caducidad?\n${garcia1}\n⟦passport|${garcia2}⟧`,
  ],
  [
    "it",
    "passport:ocr:mrz",
    `Dalla scansione del passaporto di mia sorella Giulia esce questo, perché ci sono « al posto di < ?\n${rossi1}\n⟦passport|${rossi2}⟧`,
  ],
  ["nl", "passport:ocr:mrz", `Uit de scan van het paspoort van Pieter komt dit, klopt het controlecijfer?\n${jansen1}\n⟦passport|${jansen2}⟧`],
  ["pl", "passport:ocr:mrz", `OCR z paszportu Magdy do formularza ambasady, popraw błędy odczytu:\n${kowal1}\n⟦passport|${kowal2}⟧`],
  [
    "ja",
    "passport:ocr:mrz",
    `ホテルのチェックイン用に佐藤さんのパスポートをスキャンしたら、こう読み取られました。正しく直してください。\n${sato1}\n⟦passport|${sato2}⟧`,
  ],
  ["zh", "passport:ocr:mrz", `扫描了王晓梅的护照，识别结果如下，帮我把机读区整理成表格：\n${wang1}\n⟦passport|${wang2}⟧`],
  ["ko", "passport:ocr:mrz", `김민준 씨 여권 사진에서 OCR로 읽은 내용인데 여권번호만 뽑아 주세요.\n${kim1}\n⟦passport|${kim2}⟧`],
  ["tr", "passport:ocr:mrz", `Emre'nin pasaportunu taradım, OCR çıktısı bu; vize formuna hangi numarayı yazmalıyım?\n${yilmaz1}\n⟦passport|${yilmaz2}⟧`],
  ["pt", "passport:ocr:mrz", `Foto do passaporte da Ana Beatriz passada no OCR do celular, pode separar os campos?\n${souza1}\n⟦passport|${souza2}⟧`],
  [
    "de",
    "national_id:ocr:mrz",
    `Rückseite vom Personalausweis meiner Frau abfotografiert, Texterkennung:\n⟦national_id|${lz1}⟧\n${lz2}\n${lz3}\nWelche Zeile ist die Ausweisnummer?`,
  ],
  [
    "es",
    "national_id:ocr:mrz",
    `Reverso del DNI de Lucía Moreno (foto del móvil pasada por OCR):\n⟦national_id|${es1}⟧\n${es2}\n${es3}\n¿Me extraes el número de soporte?`,
  ],
  [
    "nl",
    "national_id:ocr:mrz",
    `Achterkant ID-kaart van Daan, tekstherkenning uit de scan:\n⟦national_id|${nl1}⟧\n${nl2}\n${nl3}\nZet het in het formulier voor de verhuurder.`,
  ],
  ["pl", "national_id:ocr:mrz", `Skan dowodu Tomka, tył, po OCR:\n⟦national_id|${pl1}⟧\n${pl2}\n${pl3}\nWyciągnij numer dowodu i datę ważności.`],
  [
    "fr",
    "national_id:ocr:mrz",
    `Verso de la carte d'identité de Théo, lu par l'appli de scan :\n⟦national_id|${fr1}⟧\n${fr2}\n${fr3}\nC'est quoi le numéro de la carte ?`,
  ],
  ["it", "national_id:ocr:mrz", `Retro della CIE di Marco Bianchi, testo dallo scanner:\n⟦national_id|${it1}⟧\n${it2}\n${it3}\nQual è il numero della carta?`],
  [
    "es",
    "national_id:ocr:printed",
    `OCR del anverso del DNI:\nAPELLIDOS MORENO\nGARCÍA NOMBRE LUCÍA\nSEXO F NACIONALIDAD ESP\nDNI ⟦national_id|${dni("48217395").replace("1", "l").replace("5", "S")}⟧\n¿Puedes limpiar el texto?`,
  ],
  [
    "pl",
    "national_id:ocr:printed",
    `Tekst ze zdjęcia dowodu babci Haliny:\nNAZWISKO / SURNAME WIŚNIEWSKA\nIMIONA HALINA\nPESEL ⟦national_id|${pesel("4702180732").replace(/0/g, "O")}⟧\nprzepisz poprawnie do wniosku`,
  ],
  [
    "en",
    "neg-passport:ocr:mrz",
    `Our MRZ parser fails on the ICAO 9303 specimen, what is the composite check digit supposed to be?\n${ocr(ic1, "ic1")}\n${ocr(ic2, "ic2", 0.15)}`,
  ],
  [
    "de",
    "neg-national_id:ocr:mrz",
    `Das Muster vom neuen Personalausweis (ERIKA MUSTERMANN) wird von unserer App falsch gelesen:\n${ocr(mu1, "mu1")}\n${mu2}\n${ocr(mu3, "mu3")}\nWarum steht da K statt <?`,
  ],
  [
    "nl",
    "neg-passport:ocr:mrz",
    `Het specimen-paspoort van de Rijksoverheid (De Bruijn) geeft deze OCR-uitvoer, waarom faalt de check?\n${ocr(nlspec1, "nl1")}\n${ocr(nlspec2, "nl2")}`,
  ],
  [
    "en",
    "neg-passport:ocr:mrz",
    `The gov.uk sample passport image (ANGELA ZOE UK SPECIMEN) comes out of Tesseract like this, how do I post-process it?\n${ocr(ukspec1, "uk1")}\n${ocr(ukspec2, "uk2")}`,
  ],
  [
    "en",
    "neg-passport:template:mrz",
    "What do the fillers mean in this template?\nP<XXXSURNAME<<GIVEN<NAMES<<<<<<<<<<<<<<<<<<<\n999999999<XXXYYMMDD<XYYMMDD<<<<<<<<<<<<<<<<0",
  ],
  [
    "fr",
    "neg-passport:template:mrz",
    "Dans la norme, la ligne 2 est décrite ainsi, c'est quoi le « 9 » ?\nNNNNNNNNN C NAT AAMMJJ C S AAMMJJ C <<<<<<<<<<<<<< C C",
  ],
  [
    "es",
    "neg-national_id:ocr:printed",
    `OCR de la imagen de muestra del DNI 4.0 de la Policía Nacional:\nAPELLIDOS ESPAÑOLA ESPAÑOLA\nNOMBRE CARMEN\nDNI 99999999R\nESPECIMEN\n¿Por qué sale "ESPECIMEN" en diagonal?`,
  ],
  [
    "ja",
    "neg-passport:ocr:printed",
    "旅券の見本画像（外務省サイト）をOCRすると「旅券番号 TZ0000000 氏名 GAIMU HANAKO」と出ます。見本の番号はなぜゼロばかりなのですか？",
  ],
  ["zh", "neg-passport:template:mrz", "护照机读区第二行的格式说明里写着“证件号码(9位)+校验位+国籍+出生日期+校验位”，“<”代表什么？"],
  [
    "ko",
    "neg-passport:ocr:printed",
    "여권 견본 이미지(외교부 홈페이지)에 '여권번호 M12345678 성명 HONG GILDONG'이라고 나와요. 이 견본 번호도 형식이 맞는 건가요?",
  ],
  [
    "it",
    "neg-national_id:ocr:printed",
    "Ho fotografato il fac-simile della CIE sul sito del Ministero: NOME MARIO COGNOME ROSSI N. CA00000AA. Perché il numero ha quelle lettere alla fine?",
  ],
  ["pl", "neg-national_id:template:printed", "Wzór dowodu osobistego na stronie gov.pl ma numer ZZC000000 i PESEL 00000000000 — to prawdziwy format?"],
  [
    "tr",
    "neg-passport:ocr:printed",
    "Pasaport başvuru rehberindeki örnek sayfada 'Pasaport No: U00000000, Adı: ÖRNEK, Soyadı: VATANDAŞ' yazıyor. Bu alanlar nasıl doldurulur?",
  ],
  [
    "pt",
    "neg-passport:template:mrz",
    "No manual do leitor de passaportes, a linha de teste é P<BRAMODELO<<TESTE<<<<<<<<<<<<<<<<<<<<<<<<<<< — preciso configurar o leitor para ignorar?",
  ],
];

export const CARDS: MarkedEntry[] = [
  [
    "en",
    "payment_card:photo:card",
    `Took a picture of Dad's debit card so I can order his meds online, the text reader gave:\nVISA DEBIT\n⟦payment_card|${spaced(VISA).replace(/5/, "S").replace(/0/, "O")}⟧\nVALID THRU 09/28\nROBERT HALLORAN\nback: CVV 417\nwhich of these goes in the "security code" box?`,
  ],
  [
    "de",
    "payment_card:photo:card",
    `Foto von Omas Kreditkarte, Texterkennung:\nMastercard\n⟦payment_card|${spaced(MC).replace(/1/g, "l")}⟧\ngültig bis 11/27\nINGE HOFMANN\nKannst du mir die Nummer ohne Lesefehler aufschreiben?`,
  ],
  [
    "fr",
    "payment_card:photo:card",
    `Ma coloc m'a envoyé une photo de sa carte pour payer le loyer, l'OCR lit :\n⟦payment_card|${group(VISA2, "  ")}⟧ EXP 04/29 CVC 382\nMLLE INES BENALI\nTu peux remplir le formulaire avec ça ?`,
  ],
  [
    "es",
    "payment_card:photo:card",
    `Foto de la tarjeta de Javier (el OCR se come los espacios):\n⟦payment_card|${MC2.slice(0, 8)} ${MC2.slice(8)}⟧\nCAD 02/28\nJAVIER ORTEGA\ncódigo 905\n¿Cómo separo los grupos de cuatro?`,
  ],
  [
    "it",
    "payment_card:photo:card",
    `Ecco il testo dalla foto della carta di Francesca per la prenotazione:\nAMERICAN EXPRESS\n⟦payment_card|${group(AMEX, " ", [4, 6, 5])}⟧\nVALID THRU 07/27\nFRANCESCA DE LUCA\nCID 2841`,
  ],
  [
    "nl",
    "payment_card:photo:card",
    `Scan van de creditcard van mijn vader, tekst:\n⟦payment_card|${spaced(VISA).replace(/8/, "B")}⟧\nGELDIG T/M 03/29\nJ. VAN DIJK\nwat is het vervolgnummer?`,
  ],
  [
    "ja",
    "payment_card:photo:card",
    `母のクレジットカードの写真から読み取った文字です。通販の入力欄に合わせて整形して。\n⟦payment_card|${spaced(MC)}⟧\n有効期限 10/28\nTOMOKO ISHIDA\nセキュリティコード 613`,
  ],
  [
    "pt",
    "payment_card:photo:card",
    `Foto do cartão da minha mãe pelo leitor de texto:\n⟦payment_card|${spaced(VISA2).replace(/0/g, "O")}⟧\nVALIDADE 12/27\nMARIA L SANTOS\nCVV 208\ncoloque no formato do site`,
  ],
  [
    "en",
    "neg-payment_card:photo:card",
    `Stripe's docs say to use this card in test mode, the screenshot OCR gave:\n4242 4242 4242 4242  exp 12/34  CVC 123\nwhy does my integration still decline it?`,
  ],
  [
    "de",
    "neg-payment_card:photo:card",
    "Auf dem Werbeflyer der Bank ist eine Musterkarte abgebildet: 1234 5678 9012 3456, MAX MUSTERMANN, gültig bis 12/99. Ist das eine echte Nummer?",
  ],
  ["fr", "neg-payment_card:photo:card", "La photo du reçu montre **** **** **** 4821 et EXP **/**, est-ce que ça suffit pour contester le paiement ?"],
  ["es", "neg-payment_card:photo:card", "En la foto del datáfono sale 'TARJETA: XXXX XXXX XXXX 7310 - AUT 482913 - IMPORTE 34,50 EUR'. ¿Qué es el número AUT?"],
  [
    "it",
    "neg-payment_card:photo:card",
    "Sull'etichetta della gift card c'è scritto 'SERIALE 6035 7801 2244 9931 - PIN sotto la banda da grattare'. Come la attivo?",
  ],
  [
    "en",
    "neg-payment_card:photo:card",
    "The photo of the router box reads: S/N 4539 1488 0343 6460 MAC 3C:A6:2F:18:9B:04 — which number do I give the ISP to register it?",
  ],
  [
    "ja",
    "neg-payment_card:photo:card",
    "カード会社のサイトの見本画像に「1234 5678 9012 3456 TARO YAMADA 00/00」と書いてありますが、裏のセキュリティコードはどこですか？",
  ],
  ["pt", "neg-payment_card:photo:card", "No manual do cartão pré-pago aparece o exemplo 0000 0000 0000 0000, NOME DO TITULAR, 00/00. Onde fica o CVV?"],
];
