/** dev-26 further entries: mixed records and adversarial forms of the same four topics (see README.md). */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  [
    "hi-Latn",
    "health:hinglish-colleague:free",
    "Meri colleague Pooja ko ⟦health|sugar⟧ hai aur wo roz ⟦health|insulin⟧ leti hai, office party me uske liye kya order karein?",
  ],
  [
    "hi-Latn",
    "health:hinglish-relative:free",
    "Dadi ji (Kamla Devi) ko ⟦health|cataract⟧ ka operation karwana hai aur unka ⟦health|BP 170/100⟧ rehta hai, kya abhi surgery safe hai?",
  ],
  ["hi-Latn", "neg-health:statistics:free", "India me har saal lagbhag 27 lakh log TB se sankramit hote hain. Is par ek short awareness post likho."],
  [
    "ar",
    "health:drug-label-ocr:adversarial",
    "صورة ملصق الدواء (نص مستخرج):\nاسم المريض : محمد  ع ب د ا ل ل ه\n⟦health|وارفارين 5 مجم⟧ — نصف قرص يومياً\nتحذير: يمنع مع الأسبرين\nوش يعني التحذير؟",
  ],
  ["ar", "financial:debt-owed:free", "زوج أختي أحمد عليه ⟦financial|٨٠٠٠ درهم⟧ من سلفة السيارة ويقول بيسددها بعد الراتب. اكتب له رسالة تذكير مهذبة."],
  [
    "en",
    "financial:payroll-csv-semicolon:structured",
    "fix the encoding please\nMitarbeiter;Brutto;Netto;IBAN\nSchneider, Paul;⟦financial|4.150,00⟧;⟦financial|2.731,44⟧;⟦iban|DE73 4247 8838 2376 8967 35⟧\nWagner, Lea;⟦financial|3.980,00⟧;⟦financial|2.655,10⟧;⟦iban|DE03 2381 5326 4481 8585 88⟧",
  ],
  [
    "es",
    "financial:bizum:structured",
    "Bizum enviado ✅\nA: Carmen Ibáñez\nImporte: ⟦financial|450,00 €⟧\nConcepto: fianza piso\n¿me sirve como justificante si no me devuelve la fianza?",
  ],
  [
    "de",
    "financial:gehalt-spaced:adversarial",
    "G e h a l t s a b r e c h n u n g  —  Herr Timo Sander  —  Netto: ⟦financial|2 . 4 8 1 , 3 0  €⟧ — warum so wenig nach der Steuerklasse-Änderung?",
  ],
  [
    "en",
    "financial:paypal:structured",
    "PayPal\nYou sent ⟦financial|$780.00 USD⟧ to Marguerite Ashby\nTransaction ID 7KX29884LM1150934\nFunding: Visa ••••8089\nShe says it never arrived — what do I do?",
  ],
  [
    "en",
    "neg-financial:paypal-template:structured",
    "Draft a help-centre article: 'You sent $X.XX USD to [Recipient]. Transaction ID: [ID]' — explain what each line of a PayPal receipt means.",
  ],
  [
    "pt-BR",
    "neg-financial:fiction:free",
    "No romance, o personagem Brás Cubas deixa uma herança de 300 contos de réis. Explique o contexto econômico da época.",
  ],
  [
    "ko",
    "credentials:fullwidth-password:adversarial",
    "엄마 카톡 비밀번호: ⟦password|ｍｉｎｊｕ０５２１⟧ 이거 자꾸 까먹으셔서 메모장에 적어두려는데 괜찮을까?",
  ],
  [
    "ja",
    "credentials:kanji-digits:adversarial",
    "祖父の銀行の暗証番号は⟦password|一九四七⟧、ネットバンクのパスワードは⟦password|ミドリ二〇二四⟧です。代理で振込したいのですが。",
  ],
  ["zh", "credentials:zero-width:adversarial", "测试服务器的root密码：⟦password|Tz9​#qL4​w!8⟧ 复制过来好像有奇怪字符，帮我看看"],
  [
    "en",
    "credentials:jwt-config:structured",
    "spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/billing\n    username: billing_svc\n    password: ⟦password|T4!nqR8zWm2v⟧\nwhy does hikari time out?",
  ],
  [
    "en",
    "neg-credentials:placeholder:structured",
    "spring:\n  datasource:\n    username: ${DB_USER}\n    password: ${DB_PASS}\nhow do I pass these from Kubernetes secrets?",
  ],
  [
    "fr",
    "national_id:nir:structured",
    "Attestation employeur — Salarié : M. Karim Benali\nN° de sécurité sociale : ⟦national_id|1 84 07 75 114 263 35⟧\nvérifie la mise en page",
  ],
  ["it", "national_id:cf:free", "Mi serve il codice fiscale di mia madre per il 730: è ⟦national_id|RSSMRA58L52H501J⟧, Maria Rossi. Lo scrivo così?"],
  [
    "en",
    "health:therapy-note:free",
    "Session note, client J. Okwuosa: reports ⟦health|panic attacks⟧ 3x/week, ⟦health|passive suicidal ideation⟧ denied plan. Continue ⟦health|CBT⟧, review ⟦health|propranolol 10 mg PRN⟧. Rewrite in a neutral tone for the file.",
  ],
  [
    "en",
    "neg-health:public-figure:free",
    "Bruce Willis's family announced his frontotemporal dementia diagnosis. What is FTD and how is it different from Alzheimer's?",
  ],
  [
    "pl",
    "health:wyniki:structured",
    "Wyniki badań — Pacjentka: Ewa Malinowska\nTSH: ⟦health|7,9 µIU/ml⟧ (norma 0,27–4,2)\nRozpoznanie: ⟦health|niedoczynność tarczycy⟧\nLek: ⟦health|Euthyrox 50 µg⟧\nco oznacza ten wynik?",
  ],
  [
    "es",
    "credentials:pin-chat:free",
    "Mamá, el PIN de la tarjeta nueva es ⟦password|8364⟧, no se lo digas a nadie — ¿cómo le explico que no lo mande por WhatsApp?",
  ],
  [
    "ja",
    "neg-credentials:example-string:free",
    "社内研修の資料です：「サクラ二〇一九」や「ｐａｓｓｗｏｒｄ１２３」のような推測しやすいパスワードは使わないでください。この一文を英訳して。",
  ],
  ["zh", "neg-financial:fiction:free", "小说《活着》里福贵年轻时赌博欠下巨债，把家产都输光了。这段情节想表达什么？"],
  ["ko", "neg-health:fiction:free", "드라마 '슬기로운 의사생활'에서 환자가 받은 간이식 수술은 실제로 어떻게 진행돼?"],
  ["ar", "neg-financial:template:structured", "نموذج كشف راتب فارغ:\nالموظف: ________\nالراتب الأساسي: ____ ريال\nصافي الراتب: ____ ريال\nحسّن تنسيق الجدول"],
  [
    "en",
    "neg-financial:mpesa-docs:structured",
    "From the developer docs, a sample confirmation: 'XXXXXXXXXX Confirmed. Ksh0.00 sent to JOHN DOE 0700000000 on 1/1/26.' Write a regex that extracts the amount and the recipient.",
  ],
  [
    "de",
    "neg-health:statistics:free",
    "Laut Krankenkassenreport lag der Krankenstand 2025 bei 5,4 %; Rückenleiden und psychische Erkrankungen führten. Schreib eine kurze Pressemitteilung.",
  ],
  ["vi", "neg-financial:statistics:free", "Thu nhập bình quân của người lao động Việt Nam năm 2025 khoảng 8 triệu đồng/tháng. Viết một câu tóm tắt."],
  [
    "es",
    "neg-driver_license:template:structured",
    "PARTE AMISTOSO (plantilla)\nConductor B: [nombre y apellidos]\nPermiso de conducir n.º: [número]\nredacta las instrucciones para rellenarlo",
  ],
];
