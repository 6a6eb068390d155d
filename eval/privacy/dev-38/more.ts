/** Development set 38, more genres across languages (translated documents, code, screenshots, forms); see README.md. */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  [
    "de",
    "biometric:translated:translated",
    `Bitte ins Englische übersetzen: „Bei Frau Ulrike Hahn wurde am Terminal ein Gesichtsabgleich mit ⟦biometric|Übereinstimmungswert 0,93 zum hinterlegten Gesichtsmodell⟧ protokolliert.“`,
  ],
  [
    "fr",
    "biometric:code-fixture:code",
    `# fixture copiée de la prod
empreinte = {"employe": "Sophie Marchal", "minuties": "⟦biometric|x112y087a045;x131y102a210;x098y154a330⟧"}
pourquoi le parseur plante sur le point-virgule ?`,
  ],
  [
    "es",
    "biometric:email:email",
    `RV: registro de voz
El cliente Ernesto Galván completó el alta biométrica; huella vocal ⟦biometric|VPR-55A1-93CE-07⟧ vinculada a su cuenta.
Resume el correo para el jefe.`,
  ],
  [
    "ru",
    "biometric:screenshot:screenshot",
    `на скриншоте карточка сотрудника: Петров Антон, «шаблон отпечатка» ⟦biometric|Rk1SACAyMAAAAADwAAABLAGQAMUAxQEAAAA8UUCBAF1pAECaAH5m⟧, терминал «Проходная 2». почему он не проходит?`,
  ],
  [
    "ko",
    "biometric:sheet:sheet",
    `사번,이름,정맥패턴ID
20417,윤도현,⟦biometric|PV-88A2F0C93B71⟧
이 목록을 정리해줘`,
  ],
  [
    "en",
    "financial:translated:translated",
    `Translate to Spanish for my landlord: "Mr. Declan O'Rourke's account balance on 30 Nov was ⟦financial|$412.17⟧ and he has ⟦financial|an overdraft of $1,950⟧ with Chase."`,
  ],
  [
    "it",
    "financial:iban-email:email",
    `Inoltro: Gentile cliente, l'accredito per Sig.ra Paola Conti avverrà sull'IBAN ⟦iban|IT65X0306909606595443584785⟧. Riassumi in due righe.`,
  ],
  [
    "es",
    "financial:iban-chat:chat",
    `[16:30] Manolo Ortega: hazme la transferencia a ⟦iban|ES74 2100 5645 2967 1612 9822⟧, son los 300 del coche
responde que ya está`,
  ],
  [
    "pl",
    "financial:iban-sheet:sheet",
    `Imię i nazwisko;Rachunek
Agnieszka Zielińska;⟦iban|PL94 4772 4705 6863 4732 7052 0512⟧
sprawdź format tabeli`,
  ],
  [
    "tr",
    "financial:iban-screenshot:screenshot",
    `ekran görüntüsü: banka uygulaması "Alıcı: Hakan Çelik — IBAN ⟦iban|TR65 0006 2029 2970 4964 9291 13⟧ — Tutar 2.750 TL". Bu işlemi nasıl iptal ederim?`,
  ],
  [
    "en",
    "financial:card-code:code",
    `// seed.ts copied from the prod export to repro, sorry
await db.customer.create({ name: "Yolanda Pierce", card: "⟦payment_card|5219 9802 7141 2719⟧", cvv: "⟦payment_card|318⟧" });
why does prisma complain about the card field type?`,
  ],
  [
    "de",
    "health:translated:translated",
    `Übersetze für die Physiotherapie ins Polnische: „Herr Klaus Wendt, ⟦health|Zustand nach Knie-TEP links⟧, ⟦health|Marcumar⟧ wegen ⟦health|Vorhofflimmern⟧.“`,
  ],
  [
    "fr",
    "health:form:form",
    `Fiche sanitaire de liaison
Enfant : Lina Bouchard
Allergies : ⟦health|arachide (anaphylaxie)⟧
Traitement : ⟦health|Ventoline si crise d'asthme⟧
mettre en forme pour le centre de loisirs`,
  ],
  [
    "en",
    "credentials:translated:translated",
    `translate to Polish for our new cleaner: "Hi Mrs. Nowak, the key box code at Elm Street is ⟦password|5 5 1 8⟧ and the alarm PIN is ⟦password|9034⟧."`,
  ],
  [
    "es",
    "credentials:email:email",
    `RV: acceso
Hola Fernando Ruiz, tu usuario es fruiz y la contraseña temporal ⟦password|Pl4ya!Sol_88⟧; la clave API del CRM es ⟦api_key|crm_live_9fK2mQ7xT4vB8nR1sD6w⟧.
¿puedes resumir este correo?`,
  ],
  [
    "it",
    "credentials:ocr:ocr",
    `foto  del  post-it  di  Marco  Galli :
PIN  bancomat   ⟦password|7 3 0 1⟧
risposta  segreta  "nome  del  primo  cane" :  ⟦password|Briciola⟧
cosa devo consigliargli?`,
  ],
  [
    "tr",
    "passport:email:email",
    `İlet: vize başvurusu — Zeynep Arslan, pasaport no ⟦passport|U 12847593⟧, geçerlilik 2030. Konsolosluğa resmi bir e-posta yaz.`,
  ],
  [
    "id",
    "passport:sheet:sheet",
    `Nama | No Paspor | Negara
Dewi Lestari | ⟦passport|C3829174⟧ | IDN
rapikan tabel untuk manifest umroh`,
  ],
  [
    "vi",
    "passport:chat:chat",
    `[Zalo] chị Mai: số hộ chiếu của anh Lê Quốc Bảo là ⟦passport|C8417293⟧, hết hạn 2032, em đặt vé giúp nhé
viết lại tin nhắn cho lịch sự`,
  ],
  [
    "pt",
    "passport:voice:voice",
    `transcrição: "o passaporte do senhor Vasco Teixeira é ⟦passport|C B cinco oito três nove um dois⟧" — escreva o e-mail para a agência`,
  ],
  // hard negatives
  [
    "de",
    "neg-biometric:docs:code",
    `Aus der Doku: „matchScore liegt zwischen 0 und 1; ab 0,8 gilt ein Gesicht als erkannt.“ Welchen Schwellwert empfehlt ihr für Zutrittskontrolle?`,
  ],
  ["es", "neg-biometric:fiction:chat", `en la película Gattaca, ¿cómo consigue Vincent engañar al control de ADN?`],
  [
    "ko",
    "neg-biometric:schema:sheet",
    `컬럼,타입,설명
face_vector,float[128],얼굴 임베딩
이 스키마에 인덱스를 어떻게 걸어?`,
  ],
  [
    "ja",
    "neg-financial:aggregate:sheet",
    `部署,平均年収,人数
営業,612万円,34
開発,705万円,51
全体の加重平均を出して`,
  ],
  ["it", "neg-financial:doc-example:code", `IBAN di esempio dalla documentazione: IT60X0542811101000000123456 — come estraggo il CIN e l'ABI in Python?`],
  [
    "en",
    "neg-financial:placeholder:form",
    `Account holder: {{customer_name}}
Balance: {{balance}}
Card: **** **** **** {{last4}}
how do I escape these braces in Jinja`,
  ],
  ["fr", "neg-financial:fiction:voice", `transcription : « dans L'Avare, Harpagon a enterré dix mille écus dans son jardin » — pourquoi c'est comique ?`],
  [
    "ru",
    "neg-financial:public-figure:email",
    `Переслано: в декларации министра указан доход 18 млн рублей за 2023 год (данные с сайта ведомства). Сократи до одного предложения.`,
  ],
  ["en", "neg-health:own-question:chat", `is it normal to feel dizzy after starting sertraline? asking before I see my GP`],
  ["it", "neg-health:unnamed-relative:chat", `mio nonno ha l'Alzheimer, come posso spiegarlo ai bambini?`],
  [
    "nl",
    "neg-health:template:form",
    `Patiënt: [NAAM]
Diagnose: [DIAGNOSE]
hoe maak ik hier een Word-sjabloon van met invulvelden?`,
  ],
  ["tr", "neg-health:public-figure:email", `İlet: Haber — Michael J. Fox'un Parkinson hastalığıyla mücadelesi belgesel oldu. Tek cümle özet yaz.`],
  ["es", "neg-credentials:format-question:chat", `¿una contraseña de 8 caracteres con números es segura o mejor una frase de 4 palabras?`],
  [
    "de",
    "neg-credentials:placeholder:code",
    `docker-compose.yml:
  environment:
    POSTGRES_PASSWORD: \${DB_PASSWORD}
wird die Variable aus der .env gelesen?`,
  ],
  [
    "ru",
    "neg-credentials:doc-example:code",
    `пример из документации: redis://default:password@localhost:6379 — как подставить свой пароль из переменной окружения?`,
  ],
  ["zh", "neg-credentials:own-question:chat", `银行卡密码忘了怎么办？需要本人去柜台吗？`],
  [
    "fr",
    "neg-passport:specimen:ocr",
    `SPÉCIMEN  —  passeport  français  (image  de  la  notice  officielle)
N°  00AA00000
à quoi sert la zone MRZ en bas ?`,
  ],
  ["de", "neg-passport:format-question:chat", `Wie viele Zeichen hat eine deutsche Reisepassnummer und welche Buchstaben kommen nicht vor?`],
  ["ko", "neg-passport:fiction:chat", `영화 '본 아이덴티티'에서 제이슨 본이 금고에서 찾은 여권들은 몇 개였어?`],
  ["nl", "neg-national_id:format-question:chat", `hoe werkt de elfproef voor een BSN, kun je het uitleggen met een verzonnen voorbeeld?`],
  [
    "en",
    "neg-national_id:fiction:voice",
    `podcast transcript: "in the show, the con man keeps swapping social security cards with dead people" — what series is this?`,
  ],
  ["pt", "neg-tax_id:company:email", `Encaminhado: dados do fornecedor — Padaria Central Ltda., CNPJ 11.222.333/0001-81 (do site). Confira a máscara do CNPJ.`],
  ["ja", "neg-tax_id:format-question:chat", `マイナンバーの12桁目のチェックデジットはどう計算しますか？`],
];
