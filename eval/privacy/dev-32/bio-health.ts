/**
 * Development set 32, biometric and health entries: a named person's fingerprint and face templates, iris codes,
 * voiceprints, DNA and genetic results; a named person's diagnosis, medication and lab values in clinical notes,
 * claims, messages and non-Latin scripts; then hard negatives of the same shapes. Written before src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const BIOMETRIC: MarkedEntry[] = [
  // --- positives -------------------------------------------------------------------------------------------------------
  [
    "en",
    "biometric:fingerprint-json:structured",
    `Why does our matcher reject this enrolment? {"subject": "Marcus Delaney", "employee_no": 55120, "finger": "right_index", "template_iso19794_2": "⟦biometric|Rk1SACAyMAAAAADkAAABLAFoAMUAxQEAAAAoIEB/AFBeAECfAKVlAEDBALlnAIB0AO1kAEBmAS9dAIC7AUBcAA==⟧", "quality": 71}`,
  ],
  [
    "en",
    "biometric:face-embedding:structured",
    `Debug this: cosine similarity between the stored and live face vectors for user "Aisha Bello" comes out at 0.31. Stored: ⟦biometric|[0.0213, -0.1187, 0.0552, 0.0946, -0.0731, 0.1402, -0.0129, 0.0877, -0.0468, 0.1124, 0.0035, -0.0991]⟧ (first 12 of 512 dims). Is the normalisation wrong?`,
  ],
  [
    "en",
    "biometric:dna-raw:structured",
    `These are lines from my sister Kayla Brennan's 23andMe raw data file, what do they mean?\n# rsid\tchromosome\tposition\tgenotype\n⟦biometric|rs4988235\t2\t136608646\tAG\nrs1801133\t1\t11856378\tTT\nrs429358\t19\t44908684\tCT⟧`,
  ],
  [
    "en",
    "biometric:str-profile:structured",
    `Paternity report excerpt to summarise for the family court letter. Alleged father: Daniel Okafor.\n⟦biometric|D8S1179 13,14; D21S11 29,31.2; D7S820 10,11; CSF1PO 11,12; D3S1358 15,17; TH01 6,9.3; D13S317 11,11; D16S539 9,12⟧\nCombined paternity index 1,284,000; probability 99.99%.`,
  ],
  [
    "en",
    "biometric:genetic-free:free",
    `My neighbour Ruth Ellison just found out she carries the ⟦biometric|BRCA2 c.5946delT⟧ variant and asked me to help her write to her daughters about getting tested. Can you draft something gentle?`,
  ],
  [
    "en",
    "biometric:iris-hex:structured",
    `Log line from the border gate, why did the compare fail?\n2026-11-30T08:14:22Z gate=7 traveller="Nguyen Thi Lan" iris_left=⟦biometric|a3f91c07e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f20⟧ hd=0.41 result=NO_MATCH`,
  ],
  [
    "en",
    "biometric:voiceprint:structured",
    `voice_enrolment:\n  customer: Gregory Halvorsen\n  account_ref: 88-2231\n  voiceprint_vector: "⟦biometric|0.412,-0.087,0.233,0.019,-0.356,0.148,0.077,-0.201⟧"\n  enrolled_at: 2026-10-02\nWhy does the IVR keep asking him to re-enrol?`,
  ],
  [
    "de",
    "biometric:fingerprint-free:free",
    `Unser Zeiterfassungssystem speichert für Frau Lena Hartwig das Fingerabdruck-Template ⟦biometric|Rk1SACAyMAAAAAFKAAABQAHgAMUAxQEAAABGNYBaAFVgAEBzAHdoAEBnAJ5vAA==⟧ – ist das nach DSGVO Art. 9 ein Problem?`,
  ],
  [
    "fr",
    "biometric:dna-result:free",
    `Mon oncle Bernard Castel a reçu ses résultats : ⟦biometric|haplogroupe Y R1b-U152, homozygote HFE C282Y⟧. Peux-tu lui expliquer ce que ça veut dire pour ses enfants ?`,
  ],
  [
    "es",
    "biometric:face-record:structured",
    `Registro de acceso:\nempleado: Lucía Ferrández\nplantilla_facial: ⟦biometric|AQAAAHsAAAAYAAAAD8l0Pk1tpr0w+2s9ysEbPqlI0L0=⟧\nÚltimo acceso: 07:58\n¿Por qué falla el reconocimiento con mascarilla?`,
  ],
  [
    "pt",
    "biometric:genetic-csv:structured",
    `paciente,gene,variante,zigosidade\nFernanda Lacerda,⟦biometric|CFTR,F508del,heterozigota⟧\nExplica o resultado para a família em linguagem simples.`,
  ],
  [
    "ja",
    "biometric:fingerprint:structured",
    `入退室ログの確認をお願いします。\n社員名：中村 翔太\n指紋テンプレート：⟦biometric|Rk1SACAyMAAAAADwAAABLAGQAMUAxQEAAAA8KUCIAFNYAIC0AH1fAEBJAK9m⟧\nエラー：照合スコア不足`,
  ],
  ["zh", "biometric:genetic:free", `我表哥陈立新的基因检测报告显示⟦biometric|APOE ε4/ε4⟧纯合，他很担心。你能帮我用通俗的话给他解释一下吗？`],
  [
    "ko",
    "biometric:face:structured",
    `출입 시스템 오류 로그\n사용자: 박지훈\n얼굴특징벡터: ⟦biometric|[0.183, -0.042, 0.097, -0.211, 0.064, 0.158, -0.009, 0.120]⟧\n매칭 실패 원인을 알려줘.`,
  ],
  [
    "ru",
    "biometric:voice:free",
    `В банке сказали, что голосовой слепок моей мамы, Тамары Ивановны Кузнецовой, ⟦biometric|vp-emb:0.227;-0.118;0.305;0.041;-0.092;0.176⟧ «не совпадает». Как составить жалобу?`,
  ],
  ["hi", "biometric:dna:free", `मेरे भाई अमित शर्मा की DNA रिपोर्ट में लिखा है: ⟦biometric|HLA-B*27 पॉज़िटिव, HLA-DRB1*04:01⟧। इसका मतलब क्या है?`],
  [
    "en",
    "biometric:iris-linebreak:adversarial",
    `pasting the iris code for Tomasz Wróbel in two bits bc the field is too short\n⟦biometric|5c0e9a31d74f
b28a6e01c3d9f4b72a8e⟧\nhow do i store this in postgres`,
  ],
  [
    "en",
    "biometric:dna-spaced:adversarial",
    `genotype for Elise Marchetti at the warfarin loci: ⟦biometric|C Y P 2 C 9 * 1 / * 3 ,  V K O R C 1  - 1 6 3 9  A A⟧ — what starting dose would a pharmacist suggest?`,
  ],
  [
    "nl",
    "biometric:fingerprint:free",
    `Mijn werkgever vraagt of hij de vingerafdruk van mijn collega Sanne Bakker (template ⟦biometric|Rk1SACAyMAAAAAEiAAABKAF8AMUAxQEAAABQMEB5AF5bAECxAIRi⟧) mag bewaren voor de kluisjes. Mag dat?`,
  ],
  [
    "tr",
    "biometric:dna:structured",
    `Hasta: Emre Yıldız\nGenetik test: ⟦biometric|HBB c.20A>T heterozigot (orak hücre taşıyıcısı)⟧\nBunu ailesine anlatacak bir metin yazar mısın?`,
  ],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  [
    "en",
    "neg-biometric:schema:structured",
    `CREATE TABLE enrolments (id UUID PRIMARY KEY, person_id UUID, modality TEXT CHECK (modality IN ('face','finger','iris','voice')), template BYTEA, quality SMALLINT);\nSuggest how to encrypt the template column at rest.`,
  ],
  ["en", "neg-biometric:explainer:free", `How does Face ID store my face? Is the actual image kept anywhere or only a mathematical representation?`],
  [
    "en",
    "neg-biometric:doc-example:structured",
    `The SDK docs show this example embedding: [0.1, 0.2, 0.3, 0.4] and say "replace with the output of encode()". How many dimensions does encode() actually return?`,
  ],
  [
    "en",
    "neg-biometric:public-figure:free",
    `Researchers confirmed the skeleton under the Leicester car park was Richard III using mitochondrial DNA from descendants of his sister. Explain how that works.`,
  ],
  [
    "en",
    "neg-biometric:aggregate:free",
    `About 13% of people of European ancestry carry at least one APOE ε4 allele. How much does that raise Alzheimer's risk on average?`,
  ],
  [
    "en",
    "neg-biometric:fiction:free",
    `In Gattaca, Vincent borrows Jerome's blood and hair samples to pass the DNA checks. Write a short essay on what the film says about genetic discrimination.`,
  ],
  [
    "de",
    "neg-biometric:law:free",
    `Was gilt nach Art. 9 DSGVO als biometrisches Datum, und braucht ein Fitnessstudio eine Einwilligung für Fingerabdruck-Zugang?`,
  ],
  [
    "fr",
    "neg-biometric:format:free",
    `Quels sont les champs d'un gabarit d'empreinte au format ISO/IEC 19794-2 (minuties, angle, qualité) ? Une explication pour débutant.`,
  ],
  ["ja", "neg-biometric:explainer:free", `指紋認証と静脈認証の違いをわかりやすく教えてください。`],
  ["zh", "neg-biometric:aggregate:free", `中国汉族人群中Y染色体单倍群O2的比例大约是多少？`],
  ["es", "neg-biometric:own-question:free", `¿Es seguro dar mi huella dactilar al gimnasio para entrar? ¿Qué debería preguntarles antes?`],
  [
    "en",
    "neg-biometric:test-fixture:structured",
    `# tests/fixtures/face.py\nSYNTHETIC_EMBEDDING = [0.0] * 511 + [1.0]  # unit vector, not from any person\nWrite a pytest that checks the matcher rejects it against a random vector.`,
  ],
];

export const HEALTH: MarkedEntry[] = [
  // --- positives: free text --------------------------------------------------------------------------------------------
  [
    "en",
    "health:hr-email:free",
    `Draft a reply to my team: "Just so you know, Bethany Cole won't be in for the next two weeks — she was diagnosed with ⟦health|a pulmonary embolism⟧ on Friday and is on ⟦health|apixaban⟧." Make it more discreet.`,
  ],
  [
    "en",
    "health:chat:free",
    `my flatmate Jordan Pike takes ⟦health|lithium 600mg⟧ for his ⟦health|bipolar disorder⟧ and forgot his pills at home, is it dangerous if he misses 2 days?`,
  ],
  [
    "en",
    "health:lab-message:free",
    `Text from the GP surgery to forward to my dad: "Mr Alan Thorburn, your ⟦health|HbA1c is 71 mmol/mol⟧ and ⟦health|eGFR 48⟧. Please book a review." What do these numbers mean?`,
  ],
  [
    "de",
    "health:message:free",
    `Kannst du das für die Kita freundlich formulieren: Unsere Tochter Emma Lindner hat ⟦health|Zöliakie⟧ und darf nichts mit Gluten essen, außerdem hat sie ⟦health|eine Erdnussallergie⟧.`,
  ],
  [
    "fr",
    "health:colleague:free",
    `Ma collègue Aurélie Fontaine est en arrêt pour ⟦health|un burn-out⟧ et prend ⟦health|de la sertraline 50 mg⟧. Comment lui écrire un mot de soutien sans être maladroite ?`,
  ],
  [
    "es",
    "health:whatsapp:free",
    `Escribe un mensaje al grupo de la familia: al abuelo Ramón Quintero le han diagnosticado ⟦health|un cáncer de próstata⟧ en estadio 2 y empieza ⟦health|radioterapia⟧ el lunes.`,
  ],
  [
    "it",
    "health:school-note:free",
    `Nota per la maestra: Giulia Ferraro, classe 2ª B, soffre di ⟦health|epilessia⟧ e in caso di crisi va somministrato ⟦health|Buccolam 5 mg⟧. Puoi renderla più chiara?`,
  ],
  [
    "pl",
    "health:chat:free",
    `Teść, Zbigniew Nowicki, ma ⟦health|migotanie przedsionków⟧ i bierze ⟦health|Xarelto 20 mg⟧; czy może wziąć ibuprofen na ból kolana?`,
  ],
  [
    "ru",
    "health:chat:free",
    `У моей подруги Ольги Беловой ⟦health|рассеянный склероз⟧, она на ⟦health|окрелизумабе⟧. Помоги написать её работодателю про удалённую работу.`,
  ],
  ["ar", "health:message:free", `اكتب رسالة لمدير أخي خالد العتيبي أنه مصاب بـ⟦health|التهاب الكبد الوبائي سي⟧ ويحتاج إجازة لمدة شهر للعلاج.`],
  ["hi", "health:message:free", `मेरी मौसी कमला देवी को ⟦health|टीबी⟧ हुआ है और वो ⟦health|रिफैम्पिसिन⟧ ले रही हैं, उनके ऑफिस के लिए छुट्टी की अर्ज़ी लिख दो।`],
  ["ja", "health:message:free", `部下の山本 美咲さんが⟦health|うつ病⟧と診断されて休職します。チーム向けの連絡文を、病名を出さない形で書き直してください。`],
  ["zh", "health:message:free", `帮我给班主任写个请假条：我儿子王子轩确诊⟦health|甲型流感⟧，医生开了⟦health|奥司他韦⟧，需要在家休息五天。`],
  ["ko", "health:message:free", `팀장님께 보낼 문자 다듬어줘: 이수민 대리가 ⟦health|갑상선암⟧ 수술을 받아서 다음 주까지 병가입니다.`],
  ["he", "health:message:free", `תנסח לי הודעה לוועד הבית: השכן שלנו יוסי אברהם עבר ⟦health|שבץ מוחי⟧ ומרותק לכיסא גלגלים, צריך רמפה בכניסה.`],
  [
    "tr",
    "health:message:free",
    `Komşumuz Hatice Demir'e ⟦health|meme kanseri⟧ teşhisi konmuş, ⟦health|kemoterapi⟧ alıyor. Apartman grubuna yardım mesajı yazar mısın?`,
  ],
  // --- positives: structured -------------------------------------------------------------------------------------------
  [
    "en",
    "health:clinical-note:structured",
    `SOAP note to shorten:\nPt: Gloria Meadows, 67F\nS: SOB on exertion x3 wks\nO: BP 148/92, ⟦health|BNP 890 pg/mL⟧, bilateral ankle oedema\nA: ⟦health|HFrEF, EF 30%⟧\nP: start ⟦health|sacubitril/valsartan 24/26 mg BID⟧`,
  ],
  [
    "en",
    "health:claim-csv:structured",
    `claim_id,member_name,dob,icd10,cpt,billed\nC-77812,Raymond Ochoa,⟦date_of_birth|1961-04-02⟧,⟦health|E11.65⟧,99214,210.00\nC-77813,Denise Fairfax,⟦date_of_birth|1979-11-19⟧,⟦health|F33.1⟧,90837,185.00\nWhy would the second line be denied?`,
  ],
  [
    "de",
    "health:lab-json:structured",
    `{"patient": "Klaus Ebert", "befund": {"TSH": "⟦health|8,9 mU/l⟧", "fT4": "⟦health|0,7 ng/dl⟧"}, "diagnose": "⟦health|Hashimoto-Thyreoiditis⟧"}\nErkläre den Befund in einfachen Worten.`,
  ],
  [
    "fr",
    "health:discharge:structured",
    `Compte rendu d'hospitalisation — Mme Odette Barbier\nMotif : ⟦health|pneumopathie à pneumocoque⟧\nTraitement de sortie : ⟦health|amoxicilline 1 g x3/j pendant 7 jours⟧\nRésume pour son fils en 3 lignes.`,
  ],
  [
    "es",
    "health:fhir:structured",
    `{"resourceType":"Condition","subject":{"display":"Beatriz Salcedo Ortega"},"code":{"text":"⟦health|diabetes mellitus tipo 1⟧"},"onsetDateTime":"2019-03-11"}\n¿Está bien formado este recurso FHIR?`,
  ],
  [
    "pt",
    "health:table:structured",
    `| Utente | Diagnóstico | Medicação |\n|---|---|---|\n| Joaquim Ribeiro | ⟦health|DPOC⟧ | ⟦health|Spiriva 18 mcg⟧ |\n| Amélia Sousa | ⟦health|insuficiência renal crónica⟧ | ⟦health|furosemida 40 mg⟧ |\nOrdena por apelido.`,
  ],
  [
    "ja",
    "health:karte:structured",
    `カルテの要約をお願いします。\n患者氏名：高橋 健一\n診断名：⟦health|2型糖尿病⟧、⟦health|高血圧症⟧\n処方：⟦health|メトホルミン 500mg 1日2回⟧\nHbA1c：⟦health|8.2%⟧`,
  ],
  ["zh", "health:lab:structured", `化验单\n姓名：赵丽华  性别：女\n⟦health|谷丙转氨酶 (ALT) 186 U/L⟧ ↑\n⟦health|乙肝表面抗原 阳性⟧\n请帮我解读这份报告。`],
  [
    "ru",
    "health:record:structured",
    `Выписка: Пациент Громов Виктор Павлович, диагноз: ⟦health|ишемическая болезнь сердца⟧, ⟦health|стенокардия напряжения II ФК⟧. Переведи на английский для страховой.`,
  ],
  // --- positives: adversarial ------------------------------------------------------------------------------------------
  [
    "en",
    "health:abbrev-linebreak:adversarial",
    `handover bed 4 ward 9 — Mrs P. Okonkwo\n⟦health|T2DM⟧, ⟦health|CKD 3b⟧, on ⟦health|insulin glargine 18u⟧ nocte\nBMs 14-17 all day\npls turn into a proper handover sentence`,
  ],
  [
    "en",
    "health:euphemism:adversarial",
    `Writing a card for Gavin Stroud from accounts — he's just out of rehab for ⟦health|alcohol dependence⟧ and doing ⟦health|Antabuse⟧. Nothing cheesy, please.`,
  ],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  [
    "en",
    "neg-health:public-figure:free",
    `King Charles announced his cancer diagnosis in February 2024. How do royal medical announcements usually work in the UK?`,
  ],
  [
    "en",
    "neg-health:textbook:structured",
    `Case vignette (fictional): A 54-year-old man presents with crushing chest pain, troponin 2.1 ng/mL, ST elevation in II, III, aVF. What is the most likely diagnosis? A) NSTEMI B) inferior STEMI C) pericarditis`,
  ],
  ["en", "neg-health:general:free", `What's the usual starting dose of apixaban for atrial fibrillation, and when is it reduced?`],
  ["en", "neg-health:unnamed:free", `My mum has just been told she has type 2 diabetes. What foods should she cut down on?`],
  [
    "en",
    "neg-health:schema:structured",
    `{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"Hemoglobin A1c"}]},"subject":{"reference":"Patient/example"}}\nWhat is missing for this to validate?`,
  ],
  ["de", "neg-health:aggregate:free", `Etwa 8,7 Millionen Menschen in Deutschland haben Diabetes Typ 2. Schreib dazu eine Einleitung für eine Präsentation.`],
  ["fr", "neg-health:leaflet:free", `Notice : « Doliprane 1000 mg : ne pas dépasser 3 g par jour chez l'adulte. » Reformule pour une affiche en pharmacie.`],
  ["es", "neg-health:fiction:free", `En "Anatomía de Grey", ¿qué enfermedad tenía Ellis Grey y cómo afectó a Meredith?`],
  ["it", "neg-health:public-figure:free", `Papa Francesco è stato ricoverato per una polmonite bilaterale nel 2025: riassumi la cronologia del ricovero.`],
  ["pl", "neg-health:general:free", `Jakie są objawy boreliozy i kiedy trzeba iść do lekarza po ukąszeniu kleszcza?`],
  ["ja", "neg-health:general:free", `インフルエンザと診断されたら、何日間学校を休む必要がありますか？`],
  ["zh", "neg-health:aggregate:free", `中国成年人高血压患病率大约是多少？帮我写一段科普开头。`],
  [
    "ru",
    "neg-health:textbook:free",
    `Ситуационная задача: пациент 45 лет, боль в эпигастрии, натощак. Какой диагноз наиболее вероятен? Это для подготовки к аккредитации.`,
  ],
  ["ar", "neg-health:general:free", `ما هي أعراض نقص فيتامين د عند الكبار، وكم الجرعة اليومية المعتادة؟`],
  ["hi", "neg-health:general:free", `डेंगू में प्लेटलेट्स कितने कम होने पर अस्पताल जाना चाहिए?`],
];
