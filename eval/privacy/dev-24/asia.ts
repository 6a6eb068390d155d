/** dev-24 entries in Chinese, Japanese, Korean, Hindi, Hinglish and Arabic (see README.md). */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // zh
  [
    "zh",
    "financial:gongzi-tiao:table",
    "帮我看看这张工资条对不对：\n姓名：王丽华  工号：0387\n应发工资 ⟦financial|18,600.00⟧\n个税 -1,245.00  社保 -1,953.00\n实发工资 ⟦financial|15,402.00⟧\n银行卡号 ⟦payment_card|6011 3964 1708 0112⟧",
  ],
  [
    "zh",
    "financial:daikuan:form",
    "个人贷款申请表\n申请人：陈志强\n月收入：⟦financial|23,000元⟧\n现有负债：⟦financial|房贷余额86万元⟧\n申请金额：30万元\n帮我写一段收入说明。",
  ],
  ["zh", "credentials:mima-daochu:csv", "整理一下这个密码导出：\n网站,账号,密码\n支付宝,lin_xiaoyu,⟦password|Xy@198806⟧\n微信,linxy88,⟦password|qwe!asd#zxc9⟧"],
  ["zh", "credentials:wu-tishi:free", "我用 zhangwei_admin 和 ⟦password|Huangshan&2023⟧ 登录后台总是提示会话过期，怎么回事？"],
  [
    "zh",
    "health:chuyuan-xiaojie:note",
    "出院小结\n患者：刘建国  男  67岁\n出院诊断：⟦health|2型糖尿病⟧；⟦health|慢性肾脏病3期⟧\n出院带药：⟦health|二甲双胍 0.5g 每日两次⟧\n请用通俗的话解释给家属听。",
  ],
  [
    "zh",
    "health:huayan-dan:table",
    "赵敏的化验单：\n项目  结果  参考\n血红蛋白  ⟦health|82 g/L⟧  115-150\n铁蛋白  ⟦health|6 ng/mL⟧  15-150\n这说明她有什么问题？",
  ],
  [
    "zh",
    "health:xinli-zixun:note",
    "咨询记录（第3次）来访者：孙悦\n主诉：⟦health|失眠⟧、⟦health|惊恐发作⟧，已服用⟦health|舍曲林50mg⟧两周。\n帮我整理成督导报告。",
  ],
  ["zh", "driver_license:zuche:form", "租车登记表\n驾驶人：黄俊杰\n驾驶证档案编号：⟦driver_license|4401 0023 8817⟧\n准驾车型：C1\n帮我检查有没有漏填。"],
  ["zh", "neg-financial:geshui:free", "月薪18600元，五险一金按比例扣除后，个税大概是多少？给我算法。"],
  ["zh", "neg-health:kepu:free", "2型糖尿病患者平时饮食要注意什么？列个清单。"],
  ["zh", "neg-credentials:mima-guize:free", "公司要求密码至少12位、包含大小写和符号，帮我写一个通知。"],
  // ja
  [
    "ja",
    "financial:kyuyo-meisai:table",
    "給与明細を確認して：\n氏名 佐藤 健一\n総支給額 ⟦financial|412,000円⟧\n差引支給額 ⟦financial|318,456円⟧\n振込先 三井住友 普通 ⟦bank_account|7341982⟧\n住民税が高すぎない？",
  ],
  [
    "ja",
    "financial:gensen:form",
    "令和6年分 給与所得の源泉徴収票\n受給者 氏名 高橋 美咲\n支払金額 ⟦financial|5,280,000⟧\n源泉徴収税額 ⟦financial|148,300⟧\nふるさと納税の上限を計算して。",
  ],
  [
    "ja",
    "credentials:env-file:env",
    "このdocker環境が起動しない理由を教えて：\nPOSTGRES_USER=kintai\nPOSTGRES_PASSWORD=⟦password|Sakura_88kintai⟧\nSENDGRID_API_KEY=⟦api_key|SG.x7Kq2LmP9wR3vT0y.Hd8Jf5Gb1Nc4Xz6Qs2Wa9Ue3Ro7Yi0Pl5Mk8Nb2Vc⟧",
  ],
  [
    "ja",
    "credentials:rusuban:voice",
    "留守電の文字起こしを整えて：「もしもし、たかしです。ルーターのパスワードは ⟦password|ハヤブサ二〇二四⟧ です。全部カタカナと数字で。」",
  ],
  [
    "ja",
    "health:taiin-summary:note",
    "退院サマリー\n患者：山本 和子 様（78歳）\n診断：⟦health|大腿骨頸部骨折⟧、⟦health|骨粗鬆症⟧\n退院時処方：⟦health|アレンドロン酸 35mg 週1回⟧\nケアマネ向けに要約して。",
  ],
  ["ja", "health:kenshin:table", "中村 翔太さんの健康診断結果\nγ-GTP  ⟦health|168 U/L⟧\nALT  ⟦health|72 U/L⟧\n判定：要精密検査\n本人への説明文を作って。"],
  [
    "ja",
    "health:kaigo-kiroku:note",
    "介護記録：鈴木 トメ様、⟦health|アルツハイマー型認知症⟧。本日夜間に徘徊あり。⟦health|ドネペジル5mg⟧服用中。家族への報告文にして。",
  ],
  [
    "ja",
    "driver_license:rental-car:form",
    "レンタカー申込書\n運転者氏名：渡辺 大輔\n運転免許証番号：⟦driver_license|第 301904527718 号⟧\n有効期限：令和9年\n英語に訳して。",
  ],
  ["ja", "neg-financial:nenmatsu:free", "年末調整で医療費控除は申告できますか？源泉徴収票のどこを見ればいい？"],
  ["ja", "neg-health:kenshin-setsumei:free", "γ-GTPが高いと何が疑われますか？一般的な基準値も教えて。"],
  ["ja", "neg-driver_license:bango:free", "運転免許証番号の12桁はそれぞれ何を意味していますか？"],
  // ko
  [
    "ko",
    "financial:geupyeo:table",
    "급여명세서 확인 부탁해\n성명: 김민준\n지급총액 ⟦financial|4,350,000원⟧\n실수령액 ⟦financial|3,712,480원⟧\n입금계좌 국민 ⟦bank_account|412-21-0938-551⟧",
  ],
  [
    "ko",
    "financial:jeonse:free",
    "집주인 박서연 씨한테 보낼 문자 써줘: 전세보증금 ⟦financial|2억 3천만 원⟧ 중 잔금 ⟦financial|5천만 원⟧ 이번 주 금요일에 보낸다고.",
  ],
  ["ko", "credentials:bimilbeonho:free", "회사 와이파이 비번 ⟦password|hanriver!2024⟧ 로 바꿨다고 공지문 써줘"],
  ["ko", "credentials:netrc:config", "이 설정에서 뭐가 문제야?\n[client]\nuser=erp_batch\npassword=⟦password|Gyeongju#88⟧\nhost=10.20.3.14"],
  [
    "ko",
    "health:toewon:note",
    "퇴원요약지\n환자: 이정희 (여, 54세)\n진단명: ⟦health|유방암 2기⟧\n치료: ⟦health|타목시펜 20mg⟧ 복용 중\n보호자에게 쉽게 설명해줘.",
  ],
  ["ko", "health:sangdam:note", "상담 기록: 내담자 최유진, ⟦health|우울증⟧ 진단 후 ⟦health|자해 충동⟧ 호소. 보고서 형식으로 정리해줘."],
  ["ko", "driver_license:rentcar:form", "렌터카 계약서\n운전자: 정우성\n운전면허번호: ⟦driver_license|11-19-482913-52⟧\n면허종류: 1종 보통\n빠진 항목 있어?"],
  ["ko", "neg-financial:yeonmal:free", "연말정산에서 신용카드 소득공제율은 어떻게 되나요?"],
  ["ko", "neg-health:jilbyeong:free", "유방암 2기 생존율과 일반적인 치료 방법을 알려줘."],
  // hi
  [
    "hi",
    "financial:vetan-parchi:table",
    "इस वेतन पर्ची को देखो:\nकर्मचारी: सुनीता यादव\nकुल वेतन ⟦financial|₹58,400⟧\nशुद्ध वेतन ⟦financial|₹51,120⟧\nखाता संख्या ⟦bank_account|30418827719⟧\nपीएफ कटौती सही है?",
  ],
  ["hi", "health:discharge:note", "डिस्चार्ज सारांश\nमरीज़: रमेश कुमार शर्मा\nनिदान: ⟦health|डेंगू बुखार⟧, ⟦health|प्लेटलेट 38,000⟧\nइसे उनके बेटे के लिए आसान भाषा में लिखो।"],
  ["hi", "driver_license:license-form:form", "किराये की बाइक का फ़ॉर्म\nनाम: विकास गुप्ता\nड्राइविंग लाइसेंस नंबर: ⟦driver_license|UP32 20150012874⟧\nसब भरा है न?"],
  ["hi", "credentials:password:free", "मेरे भाई अमित का नेटबैंकिंग पासवर्ड ⟦password|Amit@Lko1990⟧ है, उसे बदलने के स्टेप बताओ"],
  ["hi", "neg-health:dengue:free", "डेंगू में प्लेटलेट कितने कम होने पर अस्पताल जाना चाहिए?"],
  // hi-Latn (Hinglish)
  [
    "hi-Latn",
    "financial:salary-slip:free",
    "bhai Rohit Verma ki salary ⟦financial|85k per month⟧ hai aur uska ⟦financial|personal loan 4.2 lakh⟧ pending hai, usko home loan milega kya?",
  ],
  ["hi-Latn", "financial:upi:ocr", "UPI  payment  screenshot:\nPaid  to  Neha  Kapoor\n⟦financial|₹ 12,500⟧\nfrom  A/c  XXXX4417\nye refund kaise maangu?"],
  ["hi-Latn", "credentials:no-cue:free", "office laptop pe login ID pooja.s aur ⟦password|Chai@4pm!⟧ daal rahi hoon, phir bhi 'account locked' aa raha hai"],
  ["hi-Latn", "credentials:whatsapp:free", "Papa ko message likho: gate ka naya code ⟦password|5819⟧ hai aur wifi ka ⟦password|sharmaji_ghar5G⟧"],
  [
    "hi-Latn",
    "health:voice-note:voice",
    "is voice note ko saaf karo: 'Dr sahab, Meena aunty ka ⟦health|sugar fasting 240⟧ aaya hai aur wo ⟦health|Glycomet 500⟧ le rahi hain, dose badhayein kya?'",
  ],
  [
    "hi-Latn",
    "health:hr-email:email",
    "Sub: Leave for Sandeep Nair\nSandeep ko ⟦health|TB⟧ detect hua hai, ⟦health|6 mahine ka DOTS treatment⟧ chalega. WFH approve kar do please, formal mail bana do.",
  ],
  ["hi-Latn", "driver_license:rental:free", "Zoomcar wale DL number maang rahe hain: ⟦driver_license|DL-0420110149646⟧, ye sahi format hai na?"],
  ["hi-Latn", "neg-financial:emi:free", "5 lakh ka personal loan 3 saal ke liye 12% pe lu toh EMI kitni banegi?"],
  ["hi-Latn", "neg-credentials:tips:free", "strong password kaise banaye jo yaad bhi rahe? 3 tips do"],
  // ar
  [
    "ar",
    "financial:kashf-hesab:table",
    "كشف حساب – العميل: خالد عبد الله العتيبي\nرقم الآيبان: ⟦iban|SA82 5924 9046 8293 9205 8257⟧\nراتب شهر نوفمبر +⟦financial|14,750 ريال⟧\nالرصيد الختامي ⟦financial|3,208 ريال⟧\nساعدني أعمل ميزانية.",
  ],
  ["ar", "financial:qard:free", "اكتب رسالة لطيفة لأحمد منصور يذكّره أنه عليه ⟦financial|5,000 درهم⟧ من الشهر الماضي."],
  ["ar", "credentials:kalimat-sir:free", "حساب البريد الخاص بوالدي: الاسم m.haddad وكلمة السر ⟦password|Zaitoun_1962⟧، كيف أضيف التحقق بخطوتين؟"],
  [
    "ar",
    "health:taqrir:note",
    "تقرير خروج\nالمريضة: فاطمة الزهراء بن علي\nالتشخيص: ⟦health|تسمم الحمل⟧\nالعلاج: ⟦health|ميثيل دوبا 250 ملغ⟧ مرتين يومياً\nاشرح لزوجها بلغة بسيطة.",
  ],
  ["ar", "health:wasfa:ocr", "صيدلية  النهدي\nالمريض:  يوسف  الحربي\n⟦health|إنسولين  لانتوس  20  وحدة⟧  مساءً\nما معنى هذه التعليمات؟"],
  [
    "ar",
    "driver_license:ta'jir:form",
    "نموذج تأجير سيارة\nاسم السائق: عمر الشامي\nرقم رخصة القيادة: ⟦driver_license|2048817365⟧\nتاريخ الانتهاء: 1449/03\nهل ينقص شيء؟",
  ],
  ["ar", "neg-health:amm:free", "ما أعراض تسمم الحمل ومتى يجب الذهاب إلى الطوارئ؟"],
  ["ar", "neg-financial:amm:free", "كيف أحسب الزكاة على راتب شهري قدره 14,750 ريال إذا بقي معي سنة؟"],
];
