/**
 * dev-99's twins, part 2: product manuals with serial numbers, logistics with tracking numbers, finance tutorials with
 * example IBANs, questions about identity-number formats and multilingual customer-service macros; then lone hard
 * negatives (identifier-shaped numbers that are no person's: ISBNs, EANs, coordinates, versions, case numbers …).
 */
import { type Twin } from "./twins-a.js";
import { birth, bsn, card, dni, iban, mobile, personalEmail, ssn } from "./values.js";

const m = (category: string, value: string) => `⟦${category}|${value}⟧`;

export function manualTwins(): Twin[] {
  const e1 = personalEmail("Pieter", "de Vries", "ziggo.nl");
  const p1 = mobile("DE");
  const p2 = mobile("SE");
  const e2 = personalEmail("Hiroshi", "Kato", "yahoo.co.jp");
  const p3 = mobile("ES");
  return [
    [
      "en",
      "manual",
      `The manual says: "Serial number (S/N): RX200-4829-3382-1120 is printed on the label under the battery cover. Model: RX-200. FCC ID: 2AB3C-RX200." Where exactly is the battery cover?`,
      `Fill in the warranty form for my father-in-law: serial RX200-4829-3382-1120, owner Pieter de Vries, e-mail ${m("email", e1)}.`,
    ],
    [
      "de",
      "handbuch",
      `Laut Bedienungsanleitung steht die Seriennummer (SN 7734 0921 5580) auf dem Typenschild. Was bedeutet "E-Nr. WM14N190"?`,
      `Bitte trag für Frau Keller die Gerätedaten ein: SN 7734 0921 5580, Rückruf an ihre Handynummer ${m("phone", p1)}.`,
    ],
    [
      "sv",
      "manual",
      `I manualen står det: "Serienummer 4511-778-2290 finns på baksidan." Hur registrerar jag produkten på tillverkarens webbplats?`,
      `Registrera garantin åt min granne Eva Nilsson: serienummer 4511-778-2290, mobil ${m("phone", p2)}.`,
    ],
    [
      "ja",
      "取扱説明書",
      `取扱説明書に「製造番号：SN-0048213-JP は本体底面に記載」とあります。保証期間はどう確認しますか？`,
      `加藤浩さんの代わりに保証登録をします。製造番号 SN-0048213-JP、連絡先メール ${m("email", e2)} です。`,
    ],
    [
      "es",
      "manual",
      `En el manual pone "N.º de serie: 20-4471-8832-05, modelo AQ-900". ¿Cómo reinicio el aire acondicionado?`,
      `Rellena la reclamación de la señora Carmen Ortiz: n.º de serie 20-4471-8832-05, móvil ${m("phone", p3)}.`,
    ],
    [
      "fr",
      "notice",
      `La notice indique : « Numéro de série : 8F3K-22Q7-P0LM, IMEI 35-209900-176148-1 (exemple) ». Où trouver l'IMEI de mon téléphone ?`,
      `Voici la facture de Mme Morel pour le SAV : carte ${m("payment_card", card())}, appareil 8F3K-22Q7-P0LM.`,
    ],
  ];
}

export function logisticsTwins(): Twin[] {
  const p1 = mobile("PL");
  const p2 = mobile("GB");
  const p3 = mobile("TR");
  const p4 = mobile("IN");
  return [
    [
      "en",
      "tracking",
      `UPS tracking 1Z999AA10123456784 says "Label created". How long until it ships?`,
      `Print a label for 1Z999AA10123456784 to Mrs Helen Price, ${m("street_address", "27 Orchard Close, Didsbury, Manchester M20 6HT")}, mobile ${m("phone", p2)}.`,
    ],
    [
      "de",
      "sendung",
      `Meine DHL-Sendungsnummer 00340434161234567890 hängt seit drei Tagen im Paketzentrum Hamburg. Normal?`,
      `Schreib dem Fahrer: Paket 00340434161234567890 bitte bei Frau Ingrid Maas abgeben, ${m("street_address", "Am Mühlbach 7, 2. OG links, 83022 Rosenheim")}.`,
    ],
    [
      "pl",
      "paczka",
      `Numer przesyłki InPost 620312345678901234567890 — co znaczy status "przyjęta w oddziale"?`,
      `Przekaż kurierowi: paczka dla pana Tomasza Wiśniewskiego, telefon ${m("phone", p1)}, ${m("street_address", "ul. Kwiatowa 15 m. 4, 31-416 Kraków")}.`,
    ],
    [
      "tr",
      "kargo",
      `Yurtiçi Kargo takip numaram 304219875612, kargo "transfer merkezinde" görünüyor. Ne kadar sürer?`,
      `Kuryeye not yaz: alıcı Mehmet Kaya, telefon ${m("phone", p3)}, ${m("street_address", "Bağdat Cad. No: 214 Daire 9, 34728 Kadıköy/İstanbul")}.`,
    ],
    [
      "hi-Latn",
      "courier",
      `Mera Delhivery AWB 1481212345678 "in transit" dikha raha hai teen din se. Kab tak aayega?`,
      `Courier wale ko message likho: parcel Rohit Sharma ke ghar dena, ${m("street_address", "Flat 402, Sai Residency, MG Road, Pune 411001")}, phone ${m("phone", p4)}.`,
    ],
    [
      "fr",
      "colis",
      `Colissimo 6A12345678901 indique « en cours d'acheminement ». C'est normal pour un envoi depuis Lyon ?`,
      `Rédige le bon de livraison pour M. Antoine Girard, ${m("street_address", "8 rue des Tanneurs, bât. B, 67000 Strasbourg")}, colis 6A12345678901.`,
    ],
    [
      "zh",
      "快递",
      `顺丰单号 SF1234567890123 显示“已揽收”，一般几天到上海？`,
      `帮我写快递备注：收件人陈静，${m("street_address", "上海市徐汇区漕溪北路88号3号楼1202室")}，单号 SF1234567890123。`,
    ],
  ];
}

export function financeTwins(): Twin[] {
  return [
    [
      "en",
      "tutorial",
      `For our fintech onboarding doc: an IBAN like GB82 WEST 1234 5698 7654 32 has a country code, two check digits, a bank code and the account number. Explain each part.`,
      `Draft a payment reminder to our cleaner Rosa Martins; her IBAN is ${m("iban", iban("GB"))} and she is owed £240.`,
    ],
    [
      "de",
      "tutorial",
      `Erkläre den Aufbau der Beispiel-IBAN DE89 3704 0044 0532 0130 00 aus dem Lehrbuch: Länderkennung, Prüfziffer, BLZ, Kontonummer.`,
      `Schreib eine Mail an unseren Vermieter Klaus Berger: Die Miete geht ab Mai auf sein Konto ${m("iban", iban("DE"))}.`,
    ],
    [
      "fr",
      "cours",
      `Dans le cours de compta, l'IBAN d'exemple est FR14 2004 1010 0505 0001 3M02 606. Comment vérifie-t-on la clé ?`,
      `Prépare le virement pour la nounou, Mme Aïcha Benali : IBAN ${m("iban", iban("FR"))}, 680 € pour mars.`,
    ],
    [
      "es",
      "tutorial",
      `En la guía de SEPA usan el IBAN ficticio ES91 2100 0418 4502 0005 1332. ¿Por qué empieza por ES91?`,
      `Envíale a mi hermano el IBAN de la casera, Doña Mercedes Ruiz: ${m("iban", iban("ES"))}, para que pague la fianza.`,
    ],
    [
      "nl",
      "uitleg",
      `Het voorbeeld-IBAN NL91 ABNA 0417 1643 00 staat in elke handleiding. Hoe bereken ik het controlegetal?`,
      `Stuur een herinnering naar Joost Bakker dat hij de huur naar ${m("iban", iban("NL"))} moet overmaken.`,
    ],
    [
      "it",
      "corso",
      `Nel corso di ragioneria l'IBAN di esempio è IT60 X054 2811 1010 0000 0123 456. Che cos'è il CIN?`,
      `Scrivi a mia zia Rita Colombo che il bonifico per la badante va su ${m("iban", iban("IT"))}.`,
    ],
    [
      "pt",
      "tutorial",
      `No tutorial o IBAN de exemplo é PT50 0002 0123 1234 5678 9015 4. Quantos dígitos tem a conta?`,
      `Manda ao contabilista o IBAN da D. Fernanda Lopes: ${m("iban", iban("PT"))}, para o reembolso.`,
    ],
    [
      "tr",
      "eğitim",
      `Eğitim videosunda örnek IBAN TR33 0006 1005 1978 6457 8413 26 gösteriliyor. Banka kodu hangi kısım?`,
      `Ev sahibimiz Hasan Demir'in IBAN'ı ${m("iban", iban("TR"))}, kira hatırlatma mesajı yazar mısın?`,
    ],
  ];
}

export function idFormatTwins(): Twin[] {
  return [
    [
      "es",
      "formato",
      `¿Qué formato tiene el DNI español? Tengo entendido que son 8 números y una letra, por ejemplo 12345678Z. ¿Cómo se calcula la letra?`,
      `¿Me compruebas la letra del DNI de mi clienta Lucía Gómez? Es ${m("national_id", dni())}.`,
    ],
    [
      "en",
      "format",
      `What's the format of a US Social Security number? I've seen 078-05-1120 used as the famous wallet example.`,
      `Our HR system rejects this SSN for the new hire, Kevin Marsh: ${m("us_ssn", ssn())}. Is the format wrong?`,
    ],
    [
      "nl",
      "formaat",
      `Hoe werkt de elfproef voor een BSN? In de documentatie staat 111222333 als testnummer.`,
      `Klopt het BSN van mijn schoonmoeder Els Visser, ${m("national_id", bsn())}? Het formulier weigert het.`,
    ],
    [
      "de",
      "format",
      `Wie ist die deutsche Steuer-ID aufgebaut? Elf Ziffern, die erste nie 0 — stimmt das?`,
      `Meine Mitarbeiterin Katrin Schulz ist am ${m("date_of_birth", birth("d.m.y"))} geboren; das Lohnprogramm meckert über das Datum. Welches Format will es?`,
    ],
    [
      "pt",
      "formato",
      `Como se valida um NIF português? Li que o último dígito é de controlo (módulo 11).`,
      `Preenche a ficha do novo inquilino, Bruno Teixeira, nascido a ${m("date_of_birth", birth("d/m/y"))}.`,
    ],
    [
      "ko",
      "형식",
      `주민등록번호 뒷자리 첫 숫자는 성별과 출생 연대를 뜻한다는데, 형식이 어떻게 돼?`,
      `신입사원 이지은 씨 생년월일은 ${m("date_of_birth", birth("y년 m월 d일"))}이야. 인사 카드에 넣어 줘.`,
    ],
    [
      "it",
      "formato",
      `Come è fatto il codice fiscale italiano? Nelle guide l'esempio è RSSMRA85T10A562S (Mario Rossi).`,
      `Compila il modulo per mio suocero Franco Greco, nato il ${m("date_of_birth", birth("d/m/y"))} a Bari.`,
    ],
  ];
}

export function macroTwins(): Twin[] {
  const e1 = personalEmail("Anja", "Krüger", "t-online.de");
  const p1 = mobile("ES");
  const e2 = personalEmail("Émilie", "Laurent", "orange.fr");
  const p2 = mobile("IT");
  const e3 = personalEmail("Ana", "Souza", "gmail.com");
  const p3 = mobile("JP");
  const e4 = personalEmail("Mehmet", "Arslan", "hotmail.com");
  return [
    [
      "de",
      "makro",
      `Übersetze dieses Support-Makro ins Englische:\n"Hallo {{kunde.vorname}}, wir haben deine Anfrage #{{ticket.id}} erhalten und melden uns an {{kunde.email}}."`,
      `Übersetze diese Support-Antwort ins Englische:\n"Hallo Anja, wir haben deine Anfrage #48213 erhalten und melden uns an ${m("email", e1)}."`,
    ],
    [
      "es",
      "macro",
      `Mejora esta macro de Zendesk: "Hola {{ticket.requester.first_name}}, te llamaremos al {{ticket.requester.phone}} en 24 h."`,
      `Mejora esta respuesta: "Hola Javier, te llamaremos al ${m("phone", p1)} en 24 h para lo del reembolso."`,
    ],
    [
      "fr",
      "macro",
      `Corrige ce modèle de réponse : « Bonjour [PRÉNOM], votre commande n° [NUMÉRO] sera livrée à [ADRESSE]. »`,
      `Corrige cette réponse : « Bonjour Émilie, nous vous écrirons à ${m("email", e2)} dès que la commande 771204 sera livrée. »`,
    ],
    [
      "it",
      "macro",
      `Traduci la macro: "Gentile <nome>, la ricontatteremo al numero <telefono> entro due giorni lavorativi."`,
      `Traduci: "Gentile signor Ferraro, la ricontatteremo al numero ${m("phone", p2)} entro due giorni lavorativi."`,
    ],
    [
      "pt",
      "macro",
      `Reescreva o modelo: "Olá %NOME%, recebemos seu pedido %PEDIDO%. Confirme o e-mail %EMAIL%."`,
      `Reescreva: "Olá Ana, recebemos seu pedido 55120. Confirme o e-mail ${m("email", e3)}."`,
    ],
    [
      "ja",
      "テンプレート",
      `このテンプレートを丁寧にしてください：「{氏名}様 お問い合わせ番号{番号}について、{電話番号}へご連絡します。」`,
      `この返信を丁寧にしてください：「中村様 お問い合わせ番号20931について、${m("phone", p3)}へご連絡します。」`,
    ],
    [
      "tr",
      "şablon",
      `Bu şablonu düzelt: "Sayın {ad_soyad}, talebiniz {talep_no} numarasıyla alındı, {eposta} adresine bilgi verilecek."`,
      `Bu yanıtı düzelt: "Sayın Mehmet Arslan, talebiniz alındı, ${m("email", e4)} adresine bilgi verilecek."`,
    ],
    [
      "ar",
      "قالب",
      `حسّن هذا القالب: "مرحبًا {الاسم}، تم استلام طلبك رقم {رقم_الطلب} وسنتواصل معك على {البريد}."`,
      `حسّن هذا الرد: "مرحبًا سارة، سنتواصل معك على ${m("email", personalEmail("Sara", "Haddad", "gmail.com"))} بخصوص الطلب."`,
    ],
  ];
}

/** Lone hard negatives: identifier-shaped values that belong to no person. [lang, form, text] */
export const LONE_NEGATIVES: Array<[string, string, string]> = [
  ["en", "isbn", `Cite this book in APA: ISBN 978-0-306-40615-7, published 1987-03-14 by Plenum Press.`],
  ["de", "ean", `Der Barcode 4006381333931 gehört zu welchem Produkt? Ich will nachbestellen.`],
  ["en", "coordinates", `Convert 48.858370, 2.294481 to degrees-minutes-seconds; it's the Eiffel Tower.`],
  ["en", "versions", `Upgrade from 4.17.21 to 5.0.0-rc.3 broke the build at 2024-11-05T14:32:10Z; build id 20241105.3.`],
  ["fr", "jurisprudence", `Résume l'arrêt de la Cour de cassation, pourvoi n° 21-13.452, du 12 octobre 2022.`],
  ["es", "factura", `¿Está bien esta factura? Nº F-2024-000318, CIF de la empresa B12345674, total 1.452,30 €.`],
  ["ja", "郵便番号", `郵便番号100-0005は東京駅周辺ですか？丸の内一丁目の住所の書き方を教えてください。`],
  ["zh", "统一社会信用代码", `统一社会信用代码 91350100M000100Y43 这种格式的每一位代表什么？`],
  ["en", "mac", `Why does my router list the device 00:1A:2B:3C:4D:5E at 192.168.1.23 twice?`],
  ["it", "partita-iva", `La partita IVA 07643520567 di un fornitore è valida? Come si verifica online?`],
  ["pl", "nip", `Jak sprawdzić NIP firmy 5260250274 w białej liście podatników?`],
  ["en", "medicine", `Vitamin D 1000 IU daily vs 4000 IU: what does the 2024 Endocrine Society guideline say?`],
  ["ko", "사업자", `사업자등록번호 220-81-62517 은 어느 회사야? 세금계산서 확인하려고.`],
  ["sv", "orgnr", `Organisationsnummer 556036-0793 tillhör vilket bolag? Jag vill kolla fakturan.`],
  ["hi-Latn", "gstin", `GSTIN 27AAPFU0939F1ZV ka format samjha do, kaunsa hissa PAN hai?`],
  ["en", "uuid", `Is 550e8400-e29b-41d4-a716-446655440000 a version-4 UUID? How do I tell from the string?`],
  ["de", "aktenzeichen", `Was bedeutet das Aktenzeichen 1 BvR 2835/17 im Urteil des Bundesverfassungsgerichts vom 19.05.2020?`],
  ["nl", "kvk", `Hoe controleer ik het KvK-nummer 33302047 van een leverancier voordat ik de factuur betaal?`],
  ["ja", "型番", `型番 KJ-55X80L と KJ-55X85L の違いは何ですか？2022年モデルです。`],
  ["es", "vuelo", `El vuelo IB3166 del 14/03/2025 salió a las 07:45 con 3 h de retraso; ¿tengo derecho a compensación?`],
  [
    "fr",
    "secu-format",
    `Le numéro de sécurité sociale commence par 1 ou 2, puis l'année et le mois de naissance : comment sont codés les départements d'outre-mer ?`,
  ],
  ["en", "bp-guideline", `Is 135/85 high blood pressure for a 60-year-old according to the ACC/AHA 2017 guideline?`],
  ["zh", "发票", `增值税发票代码 044031900111、发票号码 12345678 这种发票怎么在网上验真？`],
  ["tr", "vergi", `Vergi kimlik numarası 10 haneli, TC kimlik numarası 11 haneli mi? Şirket faturalarında hangisi yazılır?`],
  ["en", "drama", `In the screenplay the detective calls 07700 900461 and 020 7946 0018 — are those safe numbers to use on screen?`],
];
