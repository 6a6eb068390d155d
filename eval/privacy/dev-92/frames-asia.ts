/**
 * dev-92 frames for Chinese (simplified, traditional), Korean, Hindi, Hinglish, Vietnamese, Thai and Indonesian (see
 * frames.ts for the shape). Our own invented text; every person is invented, the public figures too.
 */
import { byVerb, cap, type FrameTable, predicate } from "./frames.js";
import type { Verb } from "./vocabulary.js";

type Verbs = Record<Verb, (T: string) => string>;

const ZH: Verbs = { has: (T) => `确诊了${T}`, takes: (T) => `一直在吃${T}`, had: (T) => `做了${T}`, fitted: (T) => `装了${T}`, lab: (T) => `的${T}` };
const ZH_HANT: Verbs = { has: (T) => `確診了${T}`, takes: (T) => `一直在吃${T}`, had: (T) => `做了${T}`, fitted: (T) => `裝了${T}`, lab: (T) => `的${T}` };
const KO: Verbs = {
  has: (T) => `${T} 진단을 받았어요`,
  takes: (T) => `요즘 ${T} 복용 중이에요`,
  had: (T) => `${T} 받았어요`,
  fitted: (T) => `${T} 사용 중이에요`,
  lab: (T) => `검사에서 ${T} 나왔어요`,
};
/** The Korean subject particle: 이 after a final consonant, 가 after a vowel; 저 → 제가. */
const koSubject = (subject: string) => {
  if (subject === "저") return "제가";
  const code = subject.charCodeAt(subject.length - 1) - 0xac00;
  return `${subject}${code >= 0 && code < 11_172 && code % 28 !== 0 ? "이" : "가"}`;
};
const HI: Verbs = {
  has: (T) => `को ${T} है`,
  takes: (T) => `${T} लेती हैं`,
  had: (T) => `की ${T} हुई है`,
  fitted: (T) => `को ${T} लगा है`,
  lab: (T) => `का ${T} आया है`,
};
const HI_OWN: Verbs = {
  has: (T) => `मुझे ${T} है`,
  takes: (T) => `मैं ${T} लेती हूँ`,
  had: (T) => `मेरी ${T} हुई है`,
  fitted: (T) => `मुझे ${T} लगा है`,
  lab: (T) => `मेरा ${T} आया है`,
};
const HL: Verbs = {
  has: (T) => `ko ${T} hai`,
  takes: (T) => `${T} leti hai`,
  had: (T) => `ki ${T} hui hai`,
  fitted: (T) => `ko ${T} laga hai`,
  lab: (T) => `ka ${T} aaya hai`,
};
const HL_OWN: Verbs = {
  has: (T) => `mujhe ${T} hai`,
  takes: (T) => `main ${T} leti hoon`,
  had: (T) => `meri ${T} hui hai`,
  fitted: (T) => `mujhe ${T} laga hai`,
  lab: (T) => `mera ${T} aaya hai`,
};
const VI: Verbs = { has: (T) => `bị ${T}`, takes: (T) => `đang uống ${T}`, had: (T) => `đã ${T}`, fitted: (T) => `đang dùng ${T}`, lab: (T) => `có ${T}` };
const TH: Verbs = { has: (T) => `เป็น${T}`, takes: (T) => `กิน${T}อยู่`, had: (T) => `เพิ่ง${T}`, fitted: (T) => `ใส่${T}`, lab: (T) => `ผลตรวจ${T}` };
const ID: Verbs = {
  has: (T) => `didiagnosis ${T}`,
  takes: (T) => `minum ${T}`,
  had: (T) => `baru menjalani ${T}`,
  fitted: (T) => `pakai ${T}`,
  lab: (T) => `hasil lab-nya ${T}`,
};
const ID_OWN: Verbs = {
  has: (T) => `saya didiagnosis ${T}`,
  takes: (T) => `saya minum ${T}`,
  had: (T) => `saya baru menjalani ${T}`,
  fitted: (T) => `saya pakai ${T}`,
  lab: (T) => `hasil lab saya ${T}`,
};

export const ASIA: FrameTable = {
  zh: {
    say: (s, v, T) => `${s}${predicate(ZH, v, T)}`,
    own: (v, T) => `我${predicate(ZH, v, T)}`,
    names: [
      ["丽娟", "王"],
      ["晓梅", "陈"],
      ["静", "刘"],
    ],
    full: (g, f) => `${f}${g}`,
    relatives: [(g) => `我妹妹${g}`, (g) => `我女儿${g}`, (g) => `我表姐${g}`],
    colleague: (n) => `同事${n}`,
    idLabel: "身份证号",
    caseLabel: "住院号",
    caseLength: 10,
    field: { has: "诊断", takes: "用药", had: "手术/治疗", fitted: "植入器械", lab: "检验结果" },
    sentence: {
      chat: (c) => `帮我回复家庭群里的这条消息，语气温和一点：\n[2026/12/07 19:42] 爸爸：${c}，所以今年春节我们就不回老家了😔`,
      wechat: (c) => `把这条微信翻译成英文：\n"王姐，跟你说一下，${c}，这周六的聚会来不了了。"`,
      email: (c) => `帮我把这封给人事的邮件改得正式一些：\n\n主题：请假申请\n\n张经理您好，\n${c}，我需要请假两周陪同治疗。\n谢谢，小李`,
    },
    labelled: {
      sicknote: (l, f, B) => `病假条\n姓名：${l}\n${f}：${B}\n建议休息两周（2026年12月7日至12月21日）。请帮我写一封给公司人事的简短邮件。`,
      discharge: (l, f, B) => `帮我把这份出院小结翻译成英文：\n出院小结\n患者：${l}\n出院${f}：${B}\n出院医嘱：按时复诊，如有不适随诊。`,
      pharmacy: (l, f, B) => `药房取药登记表，帮我补全：\n取药人：${l}\n${f}：${B}\n取药日期：2026-12-07`,
      table: (l, f, B) => `把这张表格转成 Markdown：\n| 患者 | ${f} | 复诊日期 |\n| ${l} | ${B} | 2026-12-15 |`,
      json: (l, f, B) => `这个JSON为什么解析失败？\n{"患者": "${l}", "${f}": "${B}", "更新时间": "2026-12-04",}`,
      csv: (l, f, B) => `按日期排序：\n患者,${f},日期\n${l},${B},2026-11-28\n赵敏,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${f.own()}，下次复诊应该问医生哪些问题？`,
      relative: (f) => `${f.say("我妈")}，我该怎么劝她好好配合治疗？`,
      question: (f) =>
        byVerb(f, {
          has: `${f.B}在60岁以上的人群中常见吗？一般怎么治疗？`,
          takes: `${f.B}成人的常规剂量是多少？饭前还是饭后吃？`,
          had: `${f.B}之后一般多久能恢复？`,
          fitted: `${f.B}一般能用多少年？`,
          lab: `体检报告里${f.B}是什么意思？`,
        }),
      encyclopaedic: (f) => `给初中生物课写一段百科介绍：${f.B}是什么、有多常见、怎么治疗。`,
      public: (f) => `总结这条新闻：著名歌手林晓雨在周一的新闻发布会上公开表示，${f.say("她")}，将暂停今年的巡演。`,
      job: (f) => `帮我润色这则招聘启事："本院${f.B}专科门诊招聘护士两名，全职，地点：成都。"`,
      catalogue: (f) => `书店健康类图书目录：\n•《与${f.B}和平共处》平装，212页，¥39.80\n•《家常素食》精装，¥58.00`,
    },
  },
  "zh-Hant": {
    say: (s, v, T) => `${s}${predicate(ZH_HANT, v, T)}`,
    own: (v, T) => `我${predicate(ZH_HANT, v, T)}`,
    names: [
      ["美玲", "林"],
      ["淑芬", "張"],
    ],
    full: (g, f) => `${f}${g}`,
    relatives: [(g) => `我妹妹${g}`, (g) => `我女兒${g}`],
    colleague: (n) => `同事${n}`,
    idLabel: "身分證字號",
    caseLabel: "病歷號碼",
    caseLength: 8,
    field: { has: "診斷", takes: "用藥", had: "手術處置", fitted: "醫療器材", lab: "檢驗結果" },
    sentence: {
      chat: (c) => `幫我回覆家族LINE群組的這則訊息，語氣溫和一點：\n[2026/12/07 19:42] 爸爸：${c}，所以今年過年就不回南部了😔`,
      line: (c) => `把這則LINE訊息翻成英文：「跟你說一下，${c}，週六的聚餐不能來了。」`,
      email: (c) => `幫我把這封寫給學校導師的信改得客氣一點：\n\n主旨：請假\n\n陳老師您好：\n${c}，這兩週需要請假陪同回診。\n家長 敬上`,
    },
    labelled: {
      sicknote: (l, f, B) => `診斷證明書\n姓名：${l}\n${f}：${B}\n宜休養兩週。請幫我寫一封給公司人資的簡短信件。`,
      discharge: (l, f, B) => `出院病歷摘要，幫我翻成英文：\n病患：${l}\n出院${f}：${B}\n醫囑：門診追蹤。`,
      handover: (l, _f, B) => `幫我整理這份護理交班紀錄：\n12床 ${l}　${B}，夜間睡眠佳，注意水分攝取，家屬週日探視。`,
      table: (l, f, B) => `把這張表轉成 Markdown：\n| 病患 | ${f} | 回診日期 |\n| ${l} | ${B} | 2026-12-15 |`,
      json: (l, f, B) => `這個JSON為什麼無法解析？\n{"病患": "${l}", "${f}": "${B}", "更新日期": "2026-12-04",}`,
      csv: (l, f, B) => `依日期排序：\n病患,${f},日期\n${l},${B},2026-11-28\n黃志明,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${f.own()}，下次回診該問醫生什麼？`,
      relative: (f) => `${f.say("我媽媽")}，我該怎麼陪伴她？`,
      question: (f) =>
        byVerb(f, {
          has: `${f.B}在六十歲以上的人常見嗎？通常怎麼治療？`,
          takes: `${f.B}成人一般劑量是多少？`,
          had: `${f.B}之後通常要多久才能恢復？`,
          fitted: `${f.B}需要多久更換一次？`,
          lab: `健檢報告上的${f.B}代表什麼？`,
        }),
      leaflet: (f) => `把這段衛教單張的文字改得淺顯一點：「認識${f.B}：有任何疑問，請洽詢您的醫師或藥師。」`,
      statistics: (f) => `幫我畫成圖表：國民健康訪問調查，自述${f.B}的成人比例：2019年 3.1%、2022年 3.6%、2024年 4.2%。`,
      fiction: (f) => `幫我接著寫這篇小說：刑警林若晴盯著那封信。${f.say("她")}，這件事局裡沒有人知道。`,
      case: (f) => `匿名護理個案（教學用）：${f.say("一名47歲女性")}，獨居。出院計畫應包含哪些內容？`,
    },
  },
  ko: {
    say: (s, v, T) => `${koSubject(s)} ${predicate(KO, v, T)}`,
    own: (v, T) => `${koSubject("저")} ${predicate(KO, v, T)}`,
    names: [
      ["지은", "김"],
      ["서연", "박"],
    ],
    full: (g, f) => `${f}${g}`,
    relatives: [(g) => `제 동생 ${g}`, (g) => `딸 ${g}`],
    colleague: (n) => `같은 팀 ${n} 씨`,
    idLabel: "주민등록번호",
    caseLabel: "등록번호",
    caseLength: 8,
    field: { has: "진단명", takes: "복용 약", had: "시술", fitted: "사용 기기", lab: "검사 결과" },
    sentence: {
      chat: (c) => `가족 단톡방에 온 이 메시지에 따뜻하게 답장하고 싶어요:\n[2026. 12. 7. 오후 7:42] 아빠: ${c}. 그래서 이번 연말 모임은 취소하자 😔`,
      kakao: (c) => `이 카톡 메시지 영어로 번역해 줘:\n"언니, 말해 둘게요. ${c}. 토요일 모임에는 못 온대요."`,
      email: (c) =>
        `인사팀에 보낼 메일을 좀 더 정중하게 다듬어 주세요:\n\n제목: 병가 신청\n\n안녕하세요, 팀장님.\n${c}. 당분간 야간 근무는 어렵습니다.\n감사합니다.`,
    },
    labelled: {
      sicknote: (l, f, B) => `진단서\n성명: ${l}\n${f}: ${B}\n2026년 12월 7일부터 2주간 안정 가료 요함. 이걸로 인사팀에 보낼 짧은 메일 써 줘.`,
      discharge: (l, f, B) => `퇴원 요약지를 영어로 번역해 주세요:\n환자: ${l}\n퇴원 ${f}: ${B}\n외래 추적 관찰 예정.`,
      pharmacy: (l, f, B) => `약국 처방전 접수 양식 나머지 칸 채워 줘:\n환자명: ${l}\n${f}: ${B}\n조제일: 2026-12-07`,
      table: (l, f, B) => `마크다운 표로 바꿔 줘:\n| 환자 | ${f} | 다음 진료 |\n| ${l} | ${B} | 2026-12-15 |`,
      json: (l, f, B) => `이 JSON이 왜 파싱이 안 될까요?\n{"환자": "${l}", "${f}": "${B}", "수정일": "2026-12-04",}`,
      csv: (l, f, B) => `날짜순으로 정렬해 줘:\n환자,${f},날짜\n${l},${B},2026-11-28\n이민호,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${f.own()}. 다음 진료 때 뭘 물어봐야 할까요?`,
      relative: (f) => `${f.say("저희 엄마")}. 어떻게 도와드리면 좋을까요?`,
      question: (f) =>
        byVerb(f, {
          has: `${f.B}은(는) 60대 이상에서 얼마나 흔한가요? 치료는 어떻게 하나요?`,
          takes: `${f.B} 성인 보통 용량이 얼마예요?`,
          had: `${f.B} 후 회복까지 보통 얼마나 걸려요?`,
          fitted: `${f.B}는 보통 몇 년 쓰나요?`,
          lab: `건강검진 결과에서 ${f.B}는 무슨 뜻인가요?`,
        }),
      public: (f) => `이 기사 요약해 줘: 가수 한별이 월요일 기자회견에서 "${f.own()}"라고 공개하며 연말 콘서트를 취소했다.`,
      case: (f) => `간호학생용 익명 사례: ${f.say("47세 여성")}. 혼자 살고 있음. 퇴원 계획에 무엇을 넣어야 할까요?`,
      job: (f) => `이 채용 공고 좀 다듬어 줘: "○○병원 ${f.B} 클리닉에서 간호사를 모집합니다. 정규직, 서울."`,
      leaflet: (f) => `이 안내문 문장을 쉽게 바꿔 줘: "${f.B}에 대해 알아야 할 것. 궁금한 점은 의사나 약사와 상담하세요."`,
    },
  },
  hi: {
    say: (s, v, T) => `${s} ${predicate(HI, v, T)}`,
    own: (v, T) => predicate(HI_OWN, v, T),
    names: [
      ["प्रिया", "शर्मा"],
      ["सुनीता", "वर्मा"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `मेरी बहन ${g}`, (g) => `मेरी बेटी ${g}`],
    colleague: (n) => `मेरी सहकर्मी ${n}`,
    idLabel: "आधार नंबर",
    caseLabel: "पंजीकरण संख्या",
    caseLength: 8,
    field: { has: "निदान", takes: "दवा", had: "प्रक्रिया", fitted: "उपकरण", lab: "जाँच रिपोर्ट" },
    sentence: {
      chat: (c) => `परिवार के WhatsApp ग्रुप के इस मैसेज का प्यार से जवाब लिखने में मदद करो:\n[07/12/2026, 7:42 pm] पापा: ${c}, इसलिए इस बार शादी में हम नहीं जा पाएँगे 😔`,
      email: (c) => `HR को भेजने वाला यह ईमेल थोड़ा औपचारिक बना दो:\n\nविषय: छुट्टी का आवेदन\n\nमहोदय,\n${c}, इसलिए मुझे दो हफ़्ते की छुट्टी चाहिए।\nधन्यवाद`,
      school: (c) => `स्कूल के लिए यह छुट्टी का पत्र ठीक कर दो:\nसेवा में, कक्षा अध्यापिका जी,\n${c}, इसलिए वह एक हफ़्ते स्कूल नहीं आ पाएगी।`,
    },
    labelled: {
      sicknote: (l, f, B) => `मेडिकल सर्टिफिकेट\nनाम: ${l}\n${f}: ${B}\nदो हफ़्ते आराम की सलाह। इससे ऑफिस के लिए छोटा ईमेल लिख दो।`,
      discharge: (l, f, B) => `इस डिस्चार्ज समरी का अंग्रेज़ी में अनुवाद करो:\nमरीज़: ${l}\n${f}: ${B}\nसलाह: 15 दिन बाद ओपीडी में दिखाएँ।`,
      pharmacy: (l, f, B) => `केमिस्ट का यह फ़ॉर्म पूरा कर दो:\nमरीज़ का नाम: ${l}\n${f}: ${B}\nतारीख़: 07-12-2026`,
      json: (l, f, B) => `यह JSON पार्स क्यों नहीं हो रहा?\n{"मरीज़": "${l}", "${f}": "${B}", "तारीख़": "2026-12-04",}`,
      csv: (l, f, B) => `तारीख़ के हिसाब से लगाओ:\nमरीज़,${f},तारीख़\n${l},${B},2026-11-28\nरमेश कुमार,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${f.own()}। अगली बार डॉक्टर से क्या पूछूँ?`,
      relative: (f) => `${f.say("मेरी माँ")}। मैं उनका साथ कैसे दूँ?`,
      question: (f) =>
        byVerb(f, {
          has: `60 साल से ऊपर के लोगों में ${f.B} कितना आम है और इलाज क्या है?`,
          takes: `${f.B} की सामान्य खुराक कितनी होती है?`,
          had: `${f.B} के बाद ठीक होने में कितना समय लगता है?`,
          fitted: `${f.B} कितने साल चलता है?`,
          lab: `ब्लड रिपोर्ट में ${f.B} का क्या मतलब है?`,
        }),
      public: (f) => `इस ख़बर का सार लिखो: मशहूर गायिका अनन्या राठौर ने सोमवार को प्रेस कॉन्फ़्रेंस में सार्वजनिक रूप से कहा, "${f.own()}", और अपना टूर रद्द कर दिया।`,
      leaflet: (f) => `इस पर्चे की भाषा आसान करो: "${f.B} के बारे में ज़रूरी जानकारी। कोई भी सवाल हो तो अपने डॉक्टर या फ़ार्मासिस्ट से पूछें।"`,
      case: (f) => `नर्सिंग छात्रों के लिए गुमनाम केस: ${f.say("एक 47 वर्षीय महिला")} और वह अकेली रहती है। डिस्चार्ज प्लान में क्या होना चाहिए?`,
      job: (f) => `इस नौकरी के विज्ञापन की भाषा सुधारो: "हमारे ${f.B} क्लिनिक के लिए स्टाफ़ नर्स चाहिए — फुल टाइम, जयपुर।"`,
    },
  },
  "hi-Latn": {
    say: (s, v, T) => `${s} ${predicate(HL, v, T)}`,
    own: (v, T) => predicate(HL_OWN, v, T),
    names: [
      ["Neha", "Gupta"],
      ["Pooja", "Iyer"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `meri behen ${g}`, (g) => `meri beti ${g}`],
    colleague: (n) => `meri colleague ${n}`,
    idLabel: "Aadhaar no.",
    caseLabel: "UHID",
    caseLength: 10,
    field: { has: "bimari", takes: "dawai", had: "ilaaj", fitted: "device", lab: "report" },
    sentence: {
      chat: (c) =>
        `Family group ke is message ka pyaar se reply likhne mein help karo:\n[07/12/2026, 7:42 pm] Papa: ${cap(c)}, isliye is baar shaadi mein hum Lucknow nahi aa payenge 😔`,
      whatsapp: (c) => `Yeh WhatsApp forward English mein translate karo: "Didi, bata du, ${c}, toh Saturday ki kitty party mein nahi aa payegi."`,
      email: (c) =>
        `HR ko bhejne wala yeh mail thoda formal kar do:\n\nSubject: leave request\n\nHi Rohit,\n${c}, isliye mujhe do hafte ki chhutti chahiye.\nThanks, Ankit`,
    },
    labelled: {
      sicknote: (l, f, B) => `Medical certificate\nNaam: ${l}\n${cap(f)}: ${B}\n2 hafte aaram ki salah. Isse office ke liye chhota mail bana do.`,
      discharge: (l, f, B) => `Is discharge summary ko saaf karke likho:\nMareez: ${l}\n${cap(f)}: ${B}\nFollow-up: 15 din baad OPD.`,
      table: (l, f, B) => `Isko markdown table bana do:\n| mareez | ${f} | agli date |\n| ${l} | ${B} | 15-12-2026 |`,
      json: (l, f, B) => `Yeh JSON parse kyun nahi ho raha?\n{"mareez": "${l}", "${f}": "${B}", "tareekh": "2026-12-04",}`,
      csv: (l, f, B) => `Date ke hisaab se sort karo:\nmareez,${f},tareekh\n${l},${B},2026-11-28\nRakesh Jain,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${cap(f.own())}. Agli baar doctor se kya poochun?`,
      relative: (f) => `${cap(f.say("meri mummy"))}. Main unka saath kaise doon?`,
      question: (f) =>
        byVerb(f, {
          has: `60 ke upar logon mein ${f.B} kitna common hai, aur iska ilaaj kya hai?`,
          takes: `${f.B} ki normal dose kitni hoti hai?`,
          had: `${f.B} ke baad recover hone mein kitna time lagta hai?`,
          fitted: `${f.B} kitne saal chalta hai?`,
          lab: `Blood report mein ${f.B} ka matlab kya hai?`,
        }),
      fiction: (f) =>
        `Meri kahani aage likho: Inspector Kavya Rathore ne chitthi ko ghoor kar dekha. ${cap(f.say("Kavya"))}, aur thane mein yeh baat kisi ko pata nahi thi.`,
      statistics: (f) => `Iska chart banao: National Family Health Survey, ${f.B} wale adults: 2016 3.1%, 2021 3.6%, 2024 4.2%.`,
      catalogue: (f) =>
        `Bookstore catalogue, health section:\n• "${cap(f.B)} ke saath achhi zindagi" – paperback, 212 pages, ₹299\n• "Ghar ka khana" – hardback, ₹450`,
      encyclopaedic: (f) => `School project ke liye ${f.B} par ek encyclopaedia jaisa paragraph likho: kya hai, kitna common hai, ilaaj kya hai.`,
    },
  },
  vi: {
    say: (s, v, T) => `${s} ${predicate(VI, v, T)}`,
    own: (v, T) => `tôi ${predicate(VI, v, T)}`,
    names: [
      ["Lan", "Nguyễn Thị"],
      ["Hà", "Trần Thu"],
    ],
    full: (g, f) => `${f} ${g}`,
    relatives: [(g) => `em ${g} nhà tôi`, (g) => `bé ${g} con gái tôi`],
    colleague: (n) => `chị ${n} cùng phòng`,
    idLabel: "số CCCD",
    caseLabel: "mã bệnh nhân",
    caseLength: 9,
    field: { has: "chẩn đoán", takes: "thuốc đang dùng", had: "thủ thuật", fitted: "thiết bị", lab: "kết quả xét nghiệm" },
    sentence: {
      chat: (c) =>
        `Giúp mình trả lời tin nhắn này trong nhóm Zalo gia đình cho nhẹ nhàng:\n[07/12/2026 19:42] Bố: ${cap(c)}, nên Tết này cả nhà không về quê được 😔`,
      email: (c) =>
        `Sửa email gửi phòng nhân sự này cho lịch sự hơn:\n\nTiêu đề: Xin nghỉ phép\n\nChào anh Minh,\n${c}, nên em xin nghỉ hai tuần để chăm sóc.\nCảm ơn anh.`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Giấy chứng nhận nghỉ việc hưởng BHXH\nHọ tên: ${l}\n${cap(f)}: ${B}\nSố ngày nghỉ: 14. Viết giúp mình email ngắn gửi phòng nhân sự.`,
      discharge: (l, f, B) => `Dịch giấy ra viện này sang tiếng Anh:\nNgười bệnh: ${l}\n${cap(f)}: ${B}\nLời dặn: tái khám sau 2 tuần.`,
      json: (l, f, B) => `Sao JSON này lỗi?\n{"bệnh nhân": "${l}", "${f}": "${B}", "cập nhật": "2026-12-04",}`,
      csv: (l, f, B) => `Sắp xếp theo ngày:\nbệnh nhân,${f},ngày\n${l},${B},2026-11-28\nLê Văn Nam,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${cap(f.own())}. Lần tái khám tới mình nên hỏi bác sĩ gì?`,
      relative: (f) => `${cap(f.say("mẹ tôi"))}. Tôi nên động viên mẹ thế nào?`,
      question: (f) =>
        byVerb(f, {
          has: `${cap(f.B)} có phổ biến ở người trên 60 tuổi không, điều trị thế nào?`,
          takes: `Liều thông thường của ${f.B} cho người lớn là bao nhiêu?`,
          had: `Sau ${f.B} thường bao lâu thì hồi phục?`,
          fitted: `${cap(f.B)} dùng được bao nhiêu năm?`,
          lab: `Trong xét nghiệm máu, ${f.B} nghĩa là gì?`,
        }),
      statistics: (f) => `Vẽ biểu đồ: điều tra y tế quốc gia, tỷ lệ người trưởng thành mắc ${f.B}: 2019 3,1%, 2022 3,6%, 2024 4,2%.`,
      fiction: (f) => `Viết tiếp truyện ngắn của tôi: Thanh tra Mai Anh nhìn chằm chằm vào lá thư. ${cap(f.say("cô"))}, và không ai ở đồn biết chuyện đó.`,
      job: (f) => `Sửa giúp tin tuyển dụng: "Phòng khám ${f.B} cần tuyển 2 điều dưỡng, toàn thời gian, tại TP.HCM."`,
      encyclopaedic: (f) => `Viết một đoạn kiểu bách khoa về ${f.B} cho bài tập sinh học lớp 9: là gì, phổ biến ra sao, điều trị thế nào.`,
    },
  },
  th: {
    say: (s, v, T) => `${s} ${predicate(TH, v, T)}`,
    own: (v, T) => `ฉัน${predicate(TH, v, T)}`,
    names: [
      ["นภา", "ศรีสุข"],
      ["สมศรี", "ใจดี"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `${g} น้องสาวของฉัน`, (g) => `${g} ลูกสาวของฉัน`],
    colleague: (n) => `คุณ${n} เพื่อนร่วมงานของฉัน`,
    idLabel: "เลขประจำตัวประชาชน",
    caseLabel: "HN",
    caseLength: 7,
    field: { has: "การวินิจฉัย", takes: "ยาที่ใช้", had: "หัตถการ", fitted: "อุปกรณ์", lab: "ผลตรวจ" },
    sentence: {
      chat: (c) => `ช่วยตอบข้อความนี้ในกลุ่ม LINE ครอบครัวแบบอ่อนโยนหน่อย:\n[07/12/2026 19:42] พ่อ: ${c} ปีใหม่นี้เลยไม่ได้กลับบ้านต่างจังหวัด 😔`,
      line: (c) => `แปลข้อความ LINE นี้เป็นภาษาอังกฤษ: "พี่ บอกไว้ก่อนนะ ${c} วันเสาร์เลยมาไม่ได้"`,
      email: (c) => `ช่วยเกลาอีเมลถึงฝ่ายบุคคลให้สุภาพขึ้น:\n\nเรื่อง: ขอลาป่วย\n\nเรียนคุณวิชัย\n${c} จึงขอลางานสองสัปดาห์\nขอบคุณค่ะ`,
    },
    labelled: {
      sicknote: (l, f, B) => `ใบรับรองแพทย์\nชื่อ: ${l}\n${f}: ${B}\nควรพักรักษาตัว 14 วัน ช่วยเขียนอีเมลสั้นๆ ถึงฝ่ายบุคคล`,
      discharge: (l, f, B) => `แปลสรุปการจำหน่ายผู้ป่วยนี้เป็นภาษาอังกฤษ:\nผู้ป่วย: ${l}\n${f}: ${B}\nนัดติดตามอาการ 2 สัปดาห์`,
      handover: (l, _f, B) => `ช่วยเรียบเรียงบันทึกส่งเวรนี้:\nเตียง 12 ${l} ${B} นอนหลับได้ดี ดูแลการดื่มน้ำ ญาติมาเยี่ยมวันอาทิตย์`,
      json: (l, f, B) => `ทำไม JSON นี้ผิด?\n{"ผู้ป่วย": "${l}", "${f}": "${B}", "อัปเดต": "2026-12-04",}`,
      csv: (l, f, B) => `เรียงตามวันที่:\nผู้ป่วย,${f},วันที่\n${l},${B},2026-11-28\nสมชาย ดีมาก,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${f.own()} ควรถามหมออะไรบ้างในนัดครั้งหน้า`,
      relative: (f) => `${f.say("แม่ของฉัน")} จะดูแลแม่ยังไงดี`,
      question: (f) =>
        byVerb(f, {
          has: `${f.B}พบบ่อยแค่ไหนในคนอายุเกิน 60 และรักษาอย่างไร`,
          takes: `${f.B}ขนาดปกติสำหรับผู้ใหญ่คือเท่าไร`,
          had: `หลัง${f.B}ปกติใช้เวลาพักฟื้นนานเท่าไร`,
          fitted: `${f.B}ใช้ได้กี่ปี`,
          lab: `ผลเลือด ${f.B} หมายความว่าอะไร`,
        }),
      public: (f) => `สรุปข่าวนี้: นักร้องชื่อดัง ปาล์มมี่ สายฟ้า แถลงข่าวเมื่อวันจันทร์ว่า "${f.own()}" และขอพักงานคอนเสิร์ตปีนี้`,
      leaflet: (f) => `ช่วยปรับข้อความในแผ่นพับนี้ให้อ่านง่าย: "รู้จัก${f.B} หากมีข้อสงสัยปรึกษาแพทย์หรือเภสัชกร"`,
      catalogue: (f) => `แคตตาล็อกร้านหนังสือ หมวดสุขภาพ:\n• "อยู่กับ${f.B}อย่างมีความสุข" ปกอ่อน 212 หน้า 259 บาท\n• "ครัวสบายใจ" ปกแข็ง 390 บาท`,
      case: (f) => `กรณีศึกษาไม่ระบุตัวตนสำหรับนักศึกษาพยาบาล: ${f.say("หญิงอายุ 47 ปี")} อยู่คนเดียว แผนจำหน่ายควรมีอะไรบ้าง`,
    },
  },
  id: {
    say: (s, v, T) => `${s} ${predicate(ID, v, T)}`,
    own: (v, T) => predicate(ID_OWN, v, T),
    names: [
      ["Siti", "Rahayu"],
      ["Dewi", "Lestari"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `adik saya ${g}`, (g) => `anak saya ${g}`],
    colleague: (n) => `rekan kerja saya ${n}`,
    idLabel: "NIK",
    caseLabel: "No. RM",
    caseLength: 8,
    field: { has: "diagnosis", takes: "obat", had: "tindakan", fitted: "alat", lab: "hasil lab" },
    sentence: {
      chat: (c) => `Bantu balas pesan di grup WhatsApp keluarga ini dengan lembut:\n[07/12/26 19.42] Bapak: ${cap(c)}, jadi tahun ini kita nggak mudik dulu 😔`,
      email: (c) =>
        `Tolong rapikan email ke HRD ini supaya lebih sopan:\n\nPerihal: Izin sakit\n\nYth. Bu Rina,\n${c}, jadi saya mohon izin dua minggu untuk mendampingi.\nTerima kasih.`,
      school: (c) =>
        `Perbaiki surat izin sekolah ini:\nKepada Yth. Wali Kelas 5B,\n${cap(c)}, sehingga tidak bisa masuk sekolah sampai hari Rabu.\nHormat kami`,
    },
    labelled: {
      sicknote: (l, f, B) => `Surat Keterangan Sakit\nNama: ${l}\n${cap(f)}: ${B}\nPerlu istirahat 14 hari. Buatkan email singkat ke HRD dari ini.`,
      pharmacy: (l, f, B) => `Lengkapi formulir apotek ini:\nNama pasien: ${l}\n${cap(f)}: ${B}\nTanggal: 07-12-2026`,
      table: (l, f, B) => `Ubah jadi tabel markdown:\n| pasien | ${f} | kontrol |\n| ${l} | ${B} | 15-12-2026 |`,
      json: (l, f, B) => `Kenapa JSON ini error?\n{"pasien": "${l}", "${f}": "${B}", "diperbarui": "2026-12-04",}`,
      csv: (l, f, B) => `Urutkan berdasarkan tanggal:\npasien,${f},tanggal\n${l},${B},2026-11-28\nBudi Santoso,,2026-12-01`,
    },
    negatives: {
      own: (f) => `${cap(f.own())}. Apa yang harus saya tanyakan ke dokter nanti?`,
      relative: (f) => `${cap(f.say("ibu saya"))}. Bagaimana cara mendukung beliau?`,
      question: (f) =>
        byVerb(f, {
          has: `Seberapa umum ${f.B} pada usia di atas 60 tahun, dan bagaimana pengobatannya?`,
          takes: `Berapa dosis biasa ${f.B} untuk orang dewasa?`,
          had: `Berapa lama pemulihan setelah ${f.B}?`,
          fitted: `${cap(f.B)} biasanya tahan berapa tahun?`,
          lab: `Di hasil tes darah, ${f.B} artinya apa?`,
        }),
      job: (f) => `Rapikan lowongan ini: "Klinik ${f.B} kami membuka lowongan perawat, penuh waktu, Surabaya."`,
      statistics: (f) => `Buat grafik: Riskesdas, prevalensi ${f.B} pada orang dewasa: 2013 3,1%, 2018 3,6%, 2023 4,2%.`,
      fiction: (f) => `Lanjutkan cerpen saya: Inspektur Laras menatap surat itu. ${cap(f.say("Laras"))}, dan tak seorang pun di kantor polisi tahu.`,
      encyclopaedic: (f) => `Tulis paragraf ensiklopedia tentang ${f.B} untuk tugas biologi SMP: apa itu, seberapa umum, dan pengobatannya.`,
    },
  },
};
