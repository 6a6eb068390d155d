/** dev-24 further entries: mixed document kinds across languages (see README.md). */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  [
    "en",
    "driver_license:insurance-quote:form",
    "Auto insurance quote request\nDriver 1: Lauren Mitchell, DOB ⟦date_of_birth|1991-02-14⟧, licence ⟦driver_license|F255-921-50-094-0⟧ (FL)\nDriver 2: Evan Mitchell, licence ⟦driver_license|F255-740-88-317-0⟧ (FL)\nAny way to lower the premium?",
  ],
  [
    "en",
    "driver_license:ticket:ticket",
    "Support ticket 77120: rider Samuel Osei can't verify his account; licence uploaded reads ⟦driver_license|B8830157⟧ but the OCR read B883O157. Write the reply.",
  ],
  [
    "en",
    "driver_license:hr-export:json",
    '[{"name":"Kendra Watts","role":"courier","dl":"⟦driver_license|W312-7745-9021⟧","dl_state":"WI"},{"name":"Luis Ortega","role":"courier","dl":"⟦driver_license|O623-1180-4472⟧","dl_state":"WI"}] → make a CSV',
  ],
  [
    "en",
    "driver_license:aus-licence:free",
    "my NSW licence number is ⟦driver_license|18273645⟧ and card number ⟦driver_license|2049581736⟧, which one does the toll app want?",
  ],
  [
    "en",
    "credentials:ssh-config:config",
    "Help me convert to an ansible inventory:\n[web]\n10.0.4.21 ansible_user=deploy ansible_password=⟦password|Gr4n1te-Peak⟧\n10.0.4.22 ansible_user=deploy ansible_become_pass=⟦password|Gr4n1te-Peak-root⟧",
  ],
  [
    "en",
    "credentials:aws-credentials:config",
    "~/.aws/credentials\n[prod]\naws_access_key_id = ⟦api_key|AKIA4QZ7N2LWX8RT3KPD⟧\naws_secret_access_key = ⟦api_key|wJ9rT2xQ7mLp4Kd8Zv1Nb6Hc3Yf0Gs5Ua2Eo9Ri7⟧\nwhy does the CLI pick the default profile?",
  ],
  [
    "en",
    "credentials:onboarding-email:email",
    "Welcome aboard, Nadia! Your laptop login is nadia.k and the temporary password is ⟦password|Welcome-Otter-93⟧. Your VPN PIN is ⟦password|582204⟧. — rewrite this to sound less robotic",
  ],
  [
    "en",
    "credentials:backup-codes:list",
    "save these somewhere for me, my 2FA backup codes:\n- ⟦password|8841-2290⟧\n- ⟦password|1057-6631⟧\n- ⟦password|4470-9182⟧",
  ],
  [
    "en",
    "financial:divorce-affidavit:form",
    "FINANCIAL AFFIDAVIT\nParty: Rebecca Sloan\nGross monthly income: ⟦financial|$7,420⟧\nChecking account (Wells Fargo) balance: ⟦financial|$3,115⟧\nRetirement (401k): ⟦financial|$88,900⟧\nSummarise for my lawyer.",
  ],
  [
    "en",
    "financial:student-aid:form",
    "FAFSA worksheet for Tyler Nguyen (dependent)\nParent AGI: ⟦financial|$64,310⟧\nStudent savings: ⟦financial|$2,450⟧\nWill he qualify for a Pell grant?",
  ],
  [
    "en",
    "health:workers-comp:ticket",
    "Case 3391 (workers' comp): employee Darnell Hayes, ⟦health|lumbar disc herniation⟧ after lifting; on ⟦health|gabapentin 300 mg⟧. Draft the return-to-work plan.",
  ],
  ["en", "health:reminder:free", "Remind Mrs. Patel that her own ⟦health|thyroid biopsy⟧ is on Thursday and that she must fast from midnight."],
  [
    "en",
    "health:rehab-json:json",
    '{"resident":"George Alder","room":"112","conditions":["⟦health|Parkinson\'s disease⟧","⟦health|dysphagia⟧"],"diet":"pureed"} make this a care-plan paragraph',
  ],
  [
    "es",
    "financial:seguro-reclamacion:form",
    "PARTE DE SINIESTRO\nAsegurado: Rodrigo Campos Díaz\nImporte reclamado: ⟦financial|6.480 €⟧\nCuenta para el pago: ⟦iban|ES07 1091 7353 1287 4360 1176⟧\n¿Está bien redactado el relato del siniestro?",
  ],
  [
    "es",
    "credentials:router:free",
    "Mi suegro Ernesto me pasó la clave del wifi: ⟦password|TiaJulia1968⟧. Escríbele un mensaje dándole las gracias y diciéndole que ya funciona.",
  ],
  [
    "fr",
    "driver_license:location:free",
    "L'agence de location demande mon numéro de permis, c'est ⟦driver_license|180575300412⟧, c'est bien celui en haut à droite ?",
  ],
  [
    "fr",
    "financial:pret-etudiant:email",
    "Objet : dossier prêt – Léa Moreau\nSes parents déclarent ⟦financial|52 300 € de revenus annuels⟧ et elle a ⟦financial|4 100 € d'épargne⟧. Peux-tu reformuler pour la banque ?",
  ],
  [
    "de",
    "health:reha-antrag:form",
    "Antrag auf Rehabilitation\nVersicherter: Herr Dieter Lange\nDiagnose: ⟦health|Zustand nach Bypass-OP⟧, ⟦health|KHK⟧\nBitte formuliere die Begründung.",
  ],
  [
    "de",
    "driver_license:unfallbericht:note",
    "Unfallbericht: Unfallgegner Sven Petersen, Führerschein-Nr. ⟦driver_license|J010000SD51⟧. Formuliere das für die Versicherung.",
  ],
  [
    "pt-BR",
    "credentials:env:env",
    "por que o deploy falha?\nMONGO_URI=⟦connection_string|mongodb+srv://loja_app:Tq8vZ3pLm2@cluster0.ab12c.mongodb.net/loja⟧\nJWT_SECRET=⟦password|c0xinha-de-frango-2024⟧",
  ],
  [
    "ru",
    "credentials:pamyatka:list",
    "Памятка для мамы:\n- Госуслуги: логин — телефон, пароль ⟦password|Romashka_1957⟧\n- Сбербанк онлайн: код ⟦password|28461⟧\nОформи красиво.",
  ],
  [
    "zh",
    "financial:baoxian-lipei:json",
    '{"被保险人":"周晓明","理赔金额":"⟦financial|¥48,600⟧","收款账户":"⟦payment_card|6011 3964 1708 0112⟧","出险原因":"住院"} 帮我写成理赔说明',
  ],
  [
    "ja",
    "credentials:pw-kanri:csv",
    "パスワード管理のエクスポートを整理して：\nサイト,ID,パスワード\n楽天,kenji.s,⟦password|Fuji3776!m⟧\nAmazon,kenji.s@mail.jp,⟦password|kS#0713tokyo⟧",
  ],
  [
    "ko",
    "financial:daechul:form",
    "대출 신청서\n신청인: 한지민\n연소득: ⟦financial|5,200만 원⟧\n기존 대출: ⟦financial|신용대출 1,800만 원⟧\n승인 가능성 있어?",
  ],
  ["ar", "driver_license:ta'min:free", "شركة التأمين تطلب رقم رخصة أخي ماجد: ⟦driver_license|1093847261⟧، هل أرسله بالبريد أم بالواتساب؟"],
  // negatives
  [
    "en",
    "neg-credentials:netrc-doc:config",
    "What is the format of ~/.netrc? Show an example with machine, login and password fields using placeholder values like <login> and <password>.",
  ],
  ["en", "neg-driver_license:hr-schema:json", '{"name":"string","role":"string","dl":"string","dl_state":"2-letter code"} — write a zod schema for this.'],
  ["en", "neg-health:drug-label:ocr", "SERTRALINE  HCL  50 MG  TAB\nTAKE 1 TABLET BY MOUTH DAILY\nwhat is this medicine usually prescribed for?"],
  ["es", "neg-driver_license:dni:free", "¿El número del permiso de conducir en España es el mismo que el del DNI? ¿Qué letra lleva al final?"],
  ["ko", "neg-credentials:gongji:free", "사내 와이파이 비밀번호 변경 공지문 양식을 만들어줘. 비밀번호 자리는 비워 둬."],
  ["ja", "neg-financial:kyuyo-template:table", "給与明細のテンプレートを作って：氏名、総支給額、控除額、差引支給額の欄を空欄で。"],
  ["fr", "neg-credentials:export-format:csv", "Quel format CSV faut-il pour importer des mots de passe dans Firefox ? Donne juste l'en-tête."],
];
