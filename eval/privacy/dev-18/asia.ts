/**
 * Development set 18, Asian and Arabic-script entries (Chinese, Japanese, Korean, Hindi, Hinglish, Arabic): health and
 * money of named private people in chats, notes, tables and records, and same-shape hard negatives. Marks:
 * ⟦category|value⟧ (../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // --- Chinese ----------------------------------------------------------------------------------------------------
  ["zh", "health:chat-zh:free", `帮我写一段安慰的话：我同事刘晓燕上周查出了⟦health|乳腺癌⟧，下周要做⟦health|化疗⟧，她心情很差。`],
  [
    "zh",
    "health:record-zh:structured",
    `把这份病历整理成表格：\n姓名：王建国  性别：男  年龄：58\n诊断：⟦health|2型糖尿病⟧、⟦health|高血压3级⟧\n空腹血糖：⟦health|11.2 mmol/L⟧\n用药：⟦health|二甲双胍 0.5g 每日三次⟧`,
  ],
  [
    "zh",
    "health:discharge-zh:structured",
    `帮我翻译成英文的出院小结：患者陈美玲，女，41岁，住院号⟦medical_record|ZY20261187⟧。出院诊断：⟦health|抑郁症（重度）⟧。出院带药：⟦health|舍曲林 100mg⟧。`,
  ],
  ["zh", "fin:chat-zh:free", `我表哥张伟东在网贷平台欠了⟦financial|23万元⟧，已经⟦financial|逾期四个月⟧，催收天天打电话给他单位，他该怎么办？`],
  [
    "zh",
    "fin:payslip-zh:structured",
    `帮我核对工资条：\n员工：赵丽娜  工号：HR0392\n基本工资：⟦financial|18,500.00⟧\n个税：1,245.00\n实发工资：⟦financial|14,837.60⟧`,
  ],
  [
    "zh",
    "fin:table-zh:structured",
    `按欠款金额排序：\n| 姓名 | 欠款 | 逾期天数 |\n|---|---|---|\n| 孙志强 | ⟦financial|¥86,400⟧ | 120 |\n| 李秀英 | ⟦financial|¥12,300⟧ | 45 |`,
  ],
  ["zh", "neg-health:textbook-zh:free", `请解释一下2型糖尿病的诊断标准，空腹血糖多少算糖尿病？二甲双胍的常见副作用有哪些？`],
  ["zh", "neg-fin:earnings-zh:free", `总结一下：腾讯控股第三季度营收1,672亿元，同比增长8%，净利润533亿元。`],
  ["zh", "neg-health:fiction-zh:free", `《红楼梦》里林黛玉得的是什么病？曹雪芹是怎么描写她的症状的？`],
  ["zh", "neg-fin:price-zh:structured", `按价格排序：\n豆浆 3元\n油条 2.5元\n包子 4元`],
  // --- Japanese ---------------------------------------------------------------------------------------------------
  ["ja", "health:chat-ja:free", `上司の佐々木健一さんが⟦health|うつ病⟧で休職することになりました。チームへの伝え方の文面を考えてください。`],
  [
    "ja",
    "health:karte-ja:structured",
    `このカルテを英訳してください：\n氏名：田中美穂（39歳・女性）\n主訴：動悸\n診断：⟦health|バセドウ病⟧\nFT4：⟦health|4.8 ng/dL⟧\n処方：⟦health|メルカゾール 15mg⟧`,
  ],
  [
    "ja",
    "health:letter-ja:free",
    `紹介状を敬語で整えてください。患者の山本和夫様（72歳）は⟦health|パーキンソン病⟧で通院中ですが、最近⟦health|転倒を繰り返し⟧ており、貴院での精査をお願いいたします。`,
  ],
  [
    "ja",
    "fin:chat-ja:free",
    `友人の中村大輔くんが⟦financial|消費者金融から280万円⟧借りていて、⟦financial|自己破産⟧を考えているそうです。どんな手続きが必要ですか？`,
  ],
  [
    "ja",
    "fin:csv-ja:structured",
    `合計を出してください：\n氏名,月給,賞与\n小林由美,⟦financial|320000⟧,⟦financial|640000⟧\n加藤翔太,⟦financial|285000⟧,⟦financial|500000⟧`,
  ],
  ["ja", "neg-health:public-ja:free", `要約してください：安倍晋三元首相は潰瘍性大腸炎の悪化を理由に2020年に辞任を表明しました。`],
  ["ja", "neg-fin:earnings-ja:structured", `表にまとめて：トヨタ自動車 売上高 45兆円 営業利益 5.3兆円 / ソニーグループ 売上高 13兆円 営業利益 1.2兆円`],
  [
    "ja",
    "neg-health:leaflet-ja:free",
    `この添付文書をやさしく言い換えて：メルカゾール錠は甲状腺機能亢進症の治療に用いられます。まれに無顆粒球症があらわれることがあります。`,
  ],
  // --- Korean -----------------------------------------------------------------------------------------------------
  [
    "ko",
    "health:chat-ko:free",
    `팀장님께 보낼 문자 좀 다듬어 주세요: 박지훈 대리가 ⟦health|공황장애⟧ 진단을 받아서 이번 주 ⟦health|정신건강의학과⟧ 치료 때문에 연차를 쓴다고 합니다.`,
  ],
  [
    "ko",
    "health:record-ko:structured",
    `표로 정리해 주세요:\n환자명: 김순자 (81세)\n진단명: ⟦health|알츠하이머 치매⟧, ⟦health|골다공증⟧\n처방: ⟦health|도네페질 10mg⟧`,
  ],
  [
    "ko",
    "fin:chat-ko:free",
    `친구 이민호가 ⟦financial|카드빚 4,200만 원⟧ 때문에 ⟦financial|개인회생⟧을 신청하려고 하는데 월급이 ⟦financial|280만 원⟧이면 가능할까요?`,
  ],
  [
    "ko",
    "fin:json-ko:structured",
    `이 JSON 검증해 줘: {"고객명":"최수빈","대출잔액":⟦financial|152000000⟧,"연체일수":⟦financial|93⟧,"신용점수":⟦financial|512⟧}`,
  ],
  ["ko", "neg-health:textbook-ko:free", `공황장애의 진단 기준과 일반적인 치료법을 설명해 주세요.`],
  ["ko", "neg-fin:earnings-ko:free", `요약해 주세요: 삼성전자는 3분기 매출 79조 원, 영업이익 9조 1천억 원을 기록했다.`],
  ["ko", "neg-health:fiction-ko:free", `드라마 '슬기로운 의사생활'에서 나온 환자들의 병명 중 가장 기억에 남는 에피소드를 소개해 줘.`],
  // --- Hindi ------------------------------------------------------------------------------------------------------
  [
    "hi",
    "health:chat-hi:free",
    `मेरे पड़ोसी रमेश चंद्र शर्मा जी को ⟦health|टीबी⟧ हो गई है और डॉक्टर ने ⟦health|छह महीने की दवा⟧ दी है। उनके परिवार को क्या सावधानियाँ रखनी चाहिए?`,
  ],
  ["hi", "health:report-hi:structured", `इस रिपोर्ट को सरल भाषा में समझाइए:\nरोगी: सुनीता देवी, आयु 46\nहीमोग्लोबिन: ⟦health|7.9 g/dL⟧\nनिदान: ⟦health|गंभीर एनीमिया⟧`],
  ["hi", "fin:chat-hi:free", `मेरे चाचा श्री महेश प्रसाद गुप्ता पर ⟦financial|₹4,80,000 का कर्ज़⟧ है और बैंक ने ⟦financial|कुर्की का नोटिस⟧ भेजा है। उन्हें क्या करना चाहिए?`],
  ["hi", "neg-health:textbook-hi:free", `टीबी के लक्षण क्या होते हैं और इसका इलाज कितने महीने चलता है?`],
  ["hi", "neg-fin:stats-hi:free", `भारत में औसत मासिक वेतन राज्यवार कितना है? एक सामान्य सारांश दीजिए।`],
  // --- Hinglish ---------------------------------------------------------------------------------------------------
  [
    "hi-Latn",
    "health:chat-hinglish:free",
    `Yaar meri colleague Pooja Malhotra ko ⟦health|PCOS⟧ aur ⟦health|thyroid⟧ dono hai, woh ⟦health|Thyronorm 50⟧ le rahi hai. Usko diet tips bhejne hain, ek list bana do.`,
  ],
  [
    "hi-Latn",
    "health:whatsapp-hinglish:free",
    `Isko formal English mein likh do: Sir, Rahul Verma aaj office nahi aayega, usko ⟦health|dengue⟧ hua hai aur ⟦health|platelets 42,000⟧ tak gir gaye hain, hospital mein admit hai.`,
  ],
  [
    "hi-Latn",
    "fin:chat-hinglish:free",
    `Mere dost Arjun Saxena ka ⟦financial|personal loan ₹6.5 lakh⟧ hai aur uski ⟦financial|salary ₹52,000⟧ hai, EMI ⟦financial|₹21,300⟧ jaati hai. Kya woh aur loan le sakta hai?`,
  ],
  [
    "hi-Latn",
    "fin:table-hinglish:structured",
    `Is table ka total nikalo:\nNaam | Udhaar | Due date\nSuresh Yadav | ⟦financial|₹35,000⟧ | 10 Jan\nKavita Joshi | ⟦financial|₹12,500⟧ | 25 Jan`,
  ],
  [
    "hi-Latn",
    "neg-health:self-hinglish:free",
    `Mujhe lagta hai mujhe thyroid hai, baal bahut jhad rahe hain. Kaunse test karwane chahiye aur kitna kharcha aata hai?`,
  ],
  ["hi-Latn", "neg-fin:price-hinglish:structured", `Price ke hisaab se sort karo:\nSamosa - ₹15\nChai - ₹10\nKachori - ₹20`],
  [
    "hi-Latn",
    "neg-health:public-hinglish:free",
    `Amitabh Bachchan ne interview mein bataya tha ki unka liver 75% kharab hai hepatitis B ki wajah se. Iske baare mein short note likho.`,
  ],
  // --- Arabic -----------------------------------------------------------------------------------------------------
  [
    "ar",
    "health:chat-ar:free",
    `ساعدني في كتابة رسالة دعم لزميلي خالد العتيبي، فقد أخبرني أنه مصاب بـ⟦health|سرطان القولون⟧ وسيبدأ ⟦health|العلاج الكيميائي⟧ الأسبوع القادم.`,
  ],
  [
    "ar",
    "health:report-ar:structured",
    `ترجم هذا التقرير إلى الإنجليزية:\nالاسم: فاطمة الزهراء بنعلي\nالتشخيص: ⟦health|سكري الحمل⟧\nعمر الحمل: ⟦health|28 أسبوعًا⟧\nالعلاج: ⟦health|الأنسولين⟧`,
  ],
  [
    "ar",
    "fin:chat-ar:free",
    `ابن عمي يوسف الحداد عليه ⟦financial|قرض بقيمة 180,000 درهم⟧ وراتبه ⟦financial|12,000 درهم⟧ شهريًا، وتأخر ⟦financial|ثلاثة أقساط⟧. ماذا يفعل؟`,
  ],
  [
    "ar",
    "fin:statement-ar:structured",
    `لخص كشف الحساب:\nصاحب الحساب: منى الشريف\nالرصيد الافتتاحي: ⟦financial|4,250.00 ريال⟧\nالرصيد الختامي: ⟦financial|-730.40 ريال⟧`,
  ],
  ["ar", "neg-health:textbook-ar:free", `ما هي أعراض سكري الحمل وكيف يتم تشخيصه وعلاجه عادةً؟`],
  ["ar", "neg-fin:earnings-ar:free", `لخص الخبر: أعلنت أرامكو السعودية عن صافي دخل بلغ 27.6 مليار دولار في الربع الثالث.`],
  ["ar", "neg-health:fiction-ar:free", `في رواية "الحب في زمن الكوليرا"، كيف يصف ماركيز أعراض الحب وكأنها أعراض الكوليرا؟`],
];
