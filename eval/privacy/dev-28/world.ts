/**
 * Development set 28, entries in ja, zh, ko, hi, Hinglish (hi-Latn), ar, ru and vi: a named or otherwise identified
 * private person's health, then hard negatives. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const WORLD: MarkedEntry[] = [
  // --- positives ----------------------------------------------------------------------------------------------------------
  [
    "ja",
    "health:colleague:free",
    `同僚の佐藤さんが⟦health|うつ病で休職⟧することになりました。⟦health|抗うつ薬を飲み始めた⟧そうです。チームへの連絡文を、病名を出さずに書いてください。`,
  ],
  [
    "ja",
    "health:family:free",
    `母（田中和子、72歳）が⟦health|軽度認知障害⟧と言われ、⟦health|アリセプトが処方されました⟧。実家の父にどう説明すればいいですか？`,
  ],
  [
    "ja",
    "health:shindansho:structured",
    `診断書\n氏名：山本 健太\n病名：⟦health|右足関節骨折⟧\n⟦health|観血的整復固定術施行⟧、全治8週間\n会社に出す休職届の文面を作ってください。`,
  ],
  [
    "ja",
    "health:school-note:doc",
    `担任の先生へ　娘の鈴木さくらは⟦health|卵アレルギー⟧があり、⟦health|エピペンを持たせています⟧。遠足のお弁当交換は控えさせてください。鈴木美香`,
  ],
  ["zh", "health:family:free", `我爸王建国⟦health|查出肺癌晚期⟧，医生建议⟦health|靶向药奥希替尼⟧。我该怎么跟他说病情？`],
  ["zh", "health:hr:doc", `请假说明：员工李娜（工号 20417）因⟦health|怀孕 28 周，妊娠高血压⟧需卧床休息，申请病假至 2027 年 1 月。请改写得正式一点。`],
  [
    "zh",
    "health:medical-record:structured",
    `门诊病历\n姓名：陈志强  性别：男  年龄：45\n诊断：⟦health|2型糖尿病⟧、⟦health|高脂血症⟧\n处方：⟦health|二甲双胍 0.5g tid⟧、⟦health|阿托伐他汀 20mg qn⟧\n帮我翻译成英文。`,
  ],
  ["zh", "health:forum-handle:free", `楼主 @小鱼不吃鱼：我老公张伟⟦health|有抑郁症⟧，⟦health|最近又说不想活了⟧，我该怎么办？`],
  [
    "ko",
    "health:colleague:free",
    `팀장님, 김민수 대리가 ⟦health|공황장애⟧ 때문에 ⟦health|정신건강의학과 치료⟧를 받고 있어서 다음 주 출장은 어렵다고 합니다. 정중하게 보고하는 문장 좀 다듬어 주세요.`,
  ],
  ["ko", "health:family:free", `우리 할머니 박순자 씨가 ⟦health|고관절 골절로 수술⟧을 받으셨는데 ⟦health|섬망 증상⟧이 있어요. 보호자로서 뭘 해야 하나요?`],
  [
    "ko",
    "health:school-note:doc",
    `선생님께, 저희 아이 이서준은 ⟦health|ADHD 진단을 받고 콘서타를 복용 중⟧입니다. 수업 중 집중이 어려우면 연락 부탁드립니다. 이지현 드림`,
  ],
  [
    "ko",
    "health:vaccination:structured",
    `직원 예방접종 현황\n정유진 — ⟦health|B형간염 항체 없음⟧\n최현우 — 완료\n한지민 — ⟦health|독감 백신 거부⟧\n병동 배치 가능 여부를 정리해 주세요.`,
  ],
  ["hi", "health:family:free", `मेरे ससुर जी, रमेश शर्मा, को ⟦health|डायलिसिस⟧ पर रखा गया है, ⟦health|किडनी फेल⟧ हो गई है। बीमा क्लेम के लिए आवेदन पत्र लिखने में मदद करें।`],
  [
    "hi",
    "health:hr:doc",
    `प्रिय सर, मेरी सहकर्मी सुनीता वर्मा ⟦health|टाइफाइड⟧ से पीड़ित हैं और डॉक्टर ने ⟦health|दो हफ्ते आराम⟧ बताया है। छुट्टी का आवेदन औपचारिक भाषा में लिख दें।`,
  ],
  ["hi", "health:neighbour:free", `पड़ोस वाली गुप्ता आंटी को ⟦health|ब्रेस्ट कैंसर⟧ हुआ है, ⟦health|कीमो चल रही है⟧। उनके लिए खाना भेजना चाहती हूँ, क्या बनाऊँ?`],
  [
    "hi-Latn",
    "health:chat:free",
    `yaar Rohit ko ⟦health|dengue⟧ ho gaya hai, ⟦health|platelets 40 hazaar⟧ tak gir gaye, Apollo mein admit hai. office group mein kya likhun?`,
  ],
  [
    "hi-Latn",
    "health:family:free",
    `meri didi Pooja ⟦health|PCOS⟧ ki wajah se ⟦health|conceive nahi kar pa rahi⟧, ⟦health|IVF ka pehla cycle fail⟧ ho gaya. unko kaise support karun?`,
  ],
  [
    "hi-Latn",
    "health:colleague:free",
    `Amit sir ko ⟦health|sugar aur BP dono⟧ hai aur ⟦health|insulin lete hain⟧, team lunch mein unke liye kya order karein?`,
  ],
  ["ar", "health:family:free", `والدي الحاج محمود ⟦health|مصاب بالسكري من النوع الثاني⟧ و⟦health|بُترت قدمه اليسرى⟧ الشهر الماضي. كيف أجهز البيت لكرسي متحرك؟`],
  [
    "ar",
    "health:hr:doc",
    `إلى إدارة الموارد البشرية: الموظفة ريم العتيبي ⟦health|أجرت عملية قيصرية⟧ وتحتاج إجازة أمومة إضافية بسبب ⟦health|مضاعفات⟧. أعد صياغة الطلب.`,
  ],
  [
    "ar",
    "health:report:structured",
    `تقرير طبي\nالاسم: خالد يوسف\nالتشخيص: ⟦health|التهاب الكبد الوبائي سي⟧\nالعلاج: ⟦health|سوفوسبوفير لمدة 12 أسبوعًا⟧\nلخصه بلغة بسيطة.`,
  ],
  ["ar", "health:colleague:free", `زميلي سامي ⟦health|مدمن على الترامادول⟧ و⟦health|بدأ العلاج في مركز تأهيل⟧. كيف أتعامل معه عند عودته للعمل؟`],
  ["ru", "health:family:free", `У моей тёти Людмилы ⟦health|рассеянный склероз⟧, ⟦health|она почти не ходит⟧. Как оформить ей инвалидность в МФЦ?`],
  [
    "ru",
    "health:spravka:doc",
    `Справка: Иванов Сергей Петрович находился на лечении с диагнозом ⟦health|острый инфаркт миокарда⟧, ⟦health|проведено стентирование⟧. Составь письмо работодателю о переводе на лёгкий труд.`,
  ],
  ["ru", "health:colleague:free", `Коллега Оля ⟦health|лечится от анорексии⟧ и ⟦health|лежала в клинике⟧. Как на корпоративе не заострять внимание на еде?`],
  [
    "ru",
    "health:json:code",
    `{"fio":"Петрова Анна","diagnoz":"⟦health|ВИЧ-инфекция⟧","terapiya":"⟦health|долутегравир⟧"}\n// как зашифровать это поле в Postgres?`,
  ],
  [
    "vi",
    "health:family:free",
    `Bố tôi, ông Nguyễn Văn Hùng, ⟦health|bị tai biến⟧ và ⟦health|liệt nửa người bên phải⟧. Tôi nên tập vật lý trị liệu cho ông thế nào?`,
  ],
  ["vi", "health:hr:doc", `Đơn xin nghỉ ốm: nhân viên Trần Thị Mai ⟦health|bị sốt xuất huyết⟧, ⟦health|đang nằm viện Bạch Mai⟧. Viết lại cho trang trọng.`],
  [
    "vi",
    "health:colleague:free",
    `Chị Lan phòng kế toán ⟦health|đang mang thai tháng thứ 6⟧ và ⟦health|bị tiền sản giật⟧, công ty nên sắp xếp công việc cho chị ấy ra sao?`,
  ],
  [
    "ja",
    "health:own-signature:doc",
    `先生、⟦health|甲状腺の数値（TSH 12）⟧が高いと言われ、⟦health|チラーヂン⟧を飲み始めました。妊活中でも大丈夫でしょうか。\n高橋 由美`,
  ],
  ["zh", "health:colleague:free", `同事刘洋⟦health|做了甲状腺切除手术⟧，⟦health|现在要终身吃优甲乐⟧，部门聚餐需要注意什么？`],
  [
    "ko",
    "health:insurance:doc",
    `보험금 청구서\n피보험자: 오세훈\n진단명: ⟦health|갑상선암⟧\n수술: ⟦health|갑상선 전절제술⟧\n청구 사유를 간단히 정리해 주세요.`,
  ],
  // --- hard negatives -----------------------------------------------------------------------------------------------------
  ["ja", "neg-health:general-question:free", `うつ病と適応障害の違いを、一般向けにわかりやすく説明してください。`],
  ["ja", "neg-health:leaflet:doc", `この添付文書を要約して：「アリセプト：主な副作用は吐き気、下痢、食欲不振です。徐脈のある方は注意してください。」`],
  ["zh", "neg-health:general-question:free", `肺癌晚期的靶向治疗和化疗有什么区别？一般生存期多长？`],
  ["zh", "neg-health:public-figure:free", `总结一下媒体报道的李开复患淋巴癌后的公开演讲要点。`],
  ["zh", "neg-health:textbook:doc", `病例分析题：男，60岁，吸烟40年，咳嗽咯血2月。请写出初步诊断及进一步检查。`],
  ["ko", "neg-health:general-question:free", `공황장애와 불안장애는 어떻게 다른가요? 치료 기간은 보통 얼마나 걸리나요?`],
  ["ko", "neg-health:statistics:structured", `연도,당뇨병 유병률(%)\n2020,16.7\n2022,16.9\n추세를 설명하는 한 문단을 써 주세요.`],
  ["hi", "neg-health:general-question:free", `डेंगू में प्लेटलेट्स कितने तक गिरें तो अस्पताल में भर्ती होना चाहिए?`],
  ["hi", "neg-health:fiction:doc", `एक कहानी लिखो जिसमें एक बूढ़ा किसान, रामू काका, टीबी से लड़ते हुए अपने खेत बचाता है।`],
  ["hi-Latn", "neg-health:general-question:free", `PCOS mein weight loss ke liye kaunsa diet plan best hai? general tips do`],
  ["ar", "neg-health:general-question:free", `ما الفرق بين السكري من النوع الأول والنوع الثاني؟ اشرحه لطلاب المدرسة.`],
  ["ar", "neg-health:leaflet:doc", `لخص هذه النشرة: "الترامادول قد يسبب الدوار والإدمان عند الاستخدام الطويل. لا تتناوله مع الكحول."`],
  ["ru", "neg-health:general-question:free", `Какие первые симптомы рассеянного склероза и к какому врачу идти?`],
  [
    "ru",
    "neg-health:code:code",
    `class Patient(models.Model):\n    diagnosis = models.CharField(max_length=200)\n    medications = models.JSONField(default=list)\n# как сделать миграцию, чтобы шифровать diagnosis?`,
  ],
  ["vi", "neg-health:general-question:free", `Sốt xuất huyết có những dấu hiệu cảnh báo nào cần đưa đi viện ngay?`],
  ["vi", "neg-health:public-figure:free", `Tóm tắt những gì báo chí đã đưa tin về bệnh ung thư của Steve Jobs.`],
];
