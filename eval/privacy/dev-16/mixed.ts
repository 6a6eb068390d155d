/**
 * Development set 16, more biometric, credential, tax, licence and passport entries across the set's languages.
 * Marks: ⟦category|value⟧. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { dni } from "../dev-10/values.js";
import { mrzLine2, nhs } from "./values.js";

const NL_MRZ = mrzLine2("NXR8K41P2", "NLD", "950118", "F", "320506");

export const MIXED: MarkedEntry[] = [
  // --- biometric --------------------------------------------------------------------------------------------------
  [
    "en",
    "bio:csv-us:structured",
    `employee_id,name,face_vector
E-1042,Ramona Okafor,"⟦biometric|0.0912;-0.0334;0.1478;0.0021;-0.1265;0.0783;0.2210;-0.0547⟧"
E-1043,Curtis Bell,"⟦biometric|-0.0419;0.1127;0.0356;-0.0918;0.1643;-0.0275;0.0831;0.1190⟧"
normalise each vector to unit length`,
  ],
  [
    "de",
    "bio:bericht-de:free",
    `Erkläre mir den Befund in einfachen Worten: Gentest für Herrn Florian Metzger — ⟦biometric|rs1800562 GA⟧ (HFE C282Y heterozygot), ⟦biometric|rs1799945 CC⟧.`,
  ],
  [
    "fr",
    "bio:log-fr:structured",
    `2026-11-30 14:22:07 enrol empreinte OK utilisateur="Lucie Arnaud" doigt=index_g gabarit=⟦biometric|Rk1SACAyMAAAAAEIAAABLAGQAMUAxQEAAAAqJ4B8AIdQAEC2AJ5eAIB⟧`,
  ],
  [
    "es",
    "bio:informe-mx:free",
    `Explícame el resultado: perfil genético de la Sra. Araceli Montoya — ⟦biometric|rs4988235 CT⟧ (lactasa), ⟦biometric|rs762551 AA⟧ (CYP1A2).`,
  ],
  ["ja", "bio:log-ja:structured", `2026-12-02 09:11:45 声紋登録 完了 顧客="渡辺 直樹" voiceprint=⟦biometric|vp_3c9e71a0b24f4d8e9a6215c07f3b8d41⟧ 一致率=0.91`],
  [
    "it",
    "bio:json-it:structured",
    `{"dipendente":"Alessia Conti","iride":"⟦biometric|c4a97f10e3b2586d0f7a19e4b3c8205d61f9a7e0b4c3d28e⟧","occhio":"destro"} — perché il confronto fallisce?`,
  ],
  // --- credentials --------------------------------------------------------------------------------------------------
  [
    "en",
    "cred:config-uk:structured",
    `Why does the bot not post? slack:
  bot_token: ⟦api_key|xoxb-4718293061-5829304718263-Zq8Lm2Xv9KtR4wNb7CyH1sJd⟧
  channel: "#alerts"`,
  ],
  [
    "de",
    "cred:config-de:structured",
    `Warum 401? OPENAI_API_KEY=⟦api_key|sk-proj-Rk4Lq9Zx2Vm7Tb8Nc1Wd5Hs3Jf6Pg0Ya4Ue7Io2Kl9Mn5Qr8St1⟧ in der .env, Modell gpt-4o`,
  ],
  [
    "es",
    "cred:correo-es:free",
    `Mejora este correo: Hola Iker, te paso los códigos de recuperación de la cuenta de la asociación: ⟦password|q7k2-m9x4⟧, ⟦password|t3n8-w1c6⟧. La contraseña maestra es ⟦password|Txakoli-Bilbo-1987⟧.`,
  ],
  [
    "pl",
    "cred:ticket-pl:free",
    `Streść zgłoszenie: klientka Agnieszka Duda podała hasło ⟦password|Zielona!Herbata42⟧ i odpowiedź na pytanie pomocnicze "imię pierwszego psa": ⟦password|Burek⟧.`,
  ],
  // --- tax / licence / passport --------------------------------------------------------------------------------------------
  [
    "en",
    "tax:payroll-uk:structured",
    `Reconcile this payroll export:
employee,ni_number,tax_code
Gemma Routledge,⟦national_id|JT 82 41 07 B⟧,1257L
Omar Haddad,⟦national_id|PW 19 63 58 D⟧,BR`,
  ],
  ["es", "tax:formulario-es:structured", `Modelo 145 — perceptor: Lucía Barrios Gil, NIF ⟦national_id|${dni("30481726")}⟧, situación familiar 2. Rellénalo.`],
  [
    "fr",
    "dl:json-fr:structured",
    `{"locataire":"Damien Roux","permis":{"numero":"⟦driver_license|180791200437⟧","categorie":"B","pays":"FR"}} — génère le contrat de location`,
  ],
  [
    "en",
    "mrn:note-uk:free",
    `Rewrite as SBAR: Pt Mrs Agnes Whitlow, hospital no. ⟦medical_record|RX4471820⟧, NHS ⟦medical_record|${nhs("612039485")}⟧, fall on ward overnight, no head injury.`,
  ],
  [
    "nl",
    "passport:mrz-nl:structured",
    `Lees deze MRZ uit:
P<NLDVAN<DEN<BERG<<SANNE<<<<<<<<<<<<<<<<<<<<
⟦passport|${NL_MRZ}⟧`,
  ],
  ["pt", "dl:email-pt:free", `Corrige: O condutor do outro carro, Sr. Nuno Barros, deu-me a carta de condução n.º ⟦driver_license|L-1847293 5⟧.`],
  // === hard negatives ==============================================================================================
  [
    "en",
    "neg-bio:paper-us:free",
    `Summarise the abstract: FaceNet maps faces to a 128-dimensional embedding where distances correspond to face similarity; on LFW it reaches 99.63 % accuracy.`,
  ],
  ["de", "neg-bio:code-de:structured", `Ist der Test korrekt? expect(cosine([0.1, 0.2, 0.3], [0.1, 0.2, 0.3])).toBeCloseTo(1) — die Vektoren sind Testdaten.`],
  ["fr", "neg-bio:doc-fr:free", `Qu'est-ce qu'un SNP comme rs4680 et pourquoi le génotype AA est-il associé au COMT lent ? Explication générale.`],
  ["ja", "neg-bio:doc-ja:free", `顔認証の特徴ベクトルは通常何次元ですか？128次元や512次元の違いを教えてください。`],
  ["es", "neg-cred:doc-es:free", `¿Cómo genero una contraseña segura? ¿Es mejor una frase larga o caracteres raros?`],
  [
    "de",
    "neg-cred:config-de:structured",
    `Passt diese docker-compose.yml?
environment:
  POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}
  API_KEY: \${API_KEY:?missing}`,
  ],
  ["pl", "neg-cred:log-pl:structured", `2026-12-01 11:04:55 WARN auth: nieudane logowanie użytkownik=akowalska powód=złe_hasło próby=5 — czy to atak?`],
  ["it", "neg-cred:doc-it:free", `Che formato hanno le chiavi API di Stripe? So che le chiavi di test iniziano con sk_test_ e quelle live con sk_live_.`],
  [
    "en",
    "neg-passport:invalid-us:structured",
    `Our validator says this MRZ line has a bad check digit — the passport number digit is wrong on purpose in this test fixture: P123456780USA8001014M3001012<<<<<<<<<<<<<<06`,
  ],
  ["fr", "neg-passport:doc-fr:free", `Combien de temps faut-il pour renouveler un passeport en mairie, et le numéro change-t-il ?`],
  ["zh", "neg-passport:doc-zh:free", `中国护照号码一般是什么格式？E开头和EA开头有什么区别？`],
  ["es", "neg-mrn:pedido-es:structured", `Pedido HC-218847, producto 0004812937 (carpetas de historia clínica), 30 unidades — calcula el total.`],
];
