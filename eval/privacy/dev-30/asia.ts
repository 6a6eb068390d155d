/**
 * Development set 30, Asian and Arabic entries (ja, zh, ko, hi, ar, vi): public addresses, public and fictional
 * dates, invented patients, leaflets, each language with matched positives.
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // --- ja ---------------------------------------------------------------------------------------------------------------
  ["ja", "neg-address:museum:free", `東京国立博物館（東京都台東区上野公園13-9）は月曜休館ですか？子どもと行く予定です。`],
  ["ja", "neg-address:embassy:free", `在日アメリカ合衆国大使館（東京都港区赤坂1-10-5）でのビザ面接の持ち物を教えてください。`],
  ["ja", "neg-address:geocoding:code", `result = geocode("東京都千代田区丸の内1丁目9-1")  # 東京駅\nprint(result)  # None\n番地の書き方が悪いのでしょうか？`],
  ["ja", "neg-date:public-figure:free", `宮崎駿監督は1941年1月5日生まれです。監督の経歴を中学生向けに200字でまとめてください。`],
  ["ja", "neg-date:anniversary:doc", `任天堂の創業は1889年9月23日です。創業記念日に合わせた社内報の書き出しを考えてください。`],
  ["ja", "neg-date:fiction:free", `ドラえもんの誕生日は2112年9月3日です。ファン向け誕生日イベントの告知文を作ってください。`],
  ["ja", "neg-health:leaflet:doc", `添付文書：ロキソプロフェン60mg、成人は1回1錠、1日3回まで。空腹時を避けること。やさしい日本語に直してください。`],
  ["ja", "neg-health:role-play:free", `ロールプレイをしましょう。あなたは救急医、私は架空の患者「山田太郎」（55歳、胸痛）を演じます。問診から始めてください。`],
  [
    "ja",
    "address:delivery:doc",
    `お届け先：佐藤美咲様　⟦street_address|〒150-0001 東京都渋谷区神宮前4-12-8 メゾン神宮前302号室⟧\nこの宛名ラベルの書式を整えてください。`,
  ],
  ["ja", "date:form:doc", `申込書\n氏名：高橋健一\n生年月日：⟦date_of_birth|1975年4月18日⟧\n記入漏れがないか確認してください。`],
  ["ja", "health:colleague:free", `同僚の中村さん（経理部）が⟦health|うつ病⟧で休職することになりました。チームへの伝え方を相談させてください。`],
  // --- zh ---------------------------------------------------------------------------------------------------------------
  ["zh", "neg-address:museum:free", `故宫博物院的地址是北京市东城区景山前街4号，周一开放吗？需要提前预约吗？`],
  ["zh", "neg-address:embassy:free", `美国驻华大使馆在北京市朝阳区安家楼路55号，签证面试需要带哪些材料？`],
  [
    "zh",
    "neg-address:parser-test:code",
    `# 测试地址解析\nr = parse("上海市浦东新区世纪大道100号")  # 上海环球金融中心\nassert r["road"] == "世纪大道"\n为什么 road 是空的？`,
  ],
  ["zh", "neg-date:public-figure:free", `姚明出生于1980年9月12日，帮我写一段介绍他篮球生涯的文字，给小学生看。`],
  ["zh", "neg-date:format:code", `datetime.strptime('2023-02-29', '%Y-%m-%d') 报错 ValueError，怎么优雅地校验日期？`],
  ["zh", "neg-date:anniversary:doc", `阿里巴巴于1999年在杭州创立。请写一段公司周年庆的开场白，不要太官方。`],
  ["zh", "neg-health:leaflet:doc", `药品说明书：布洛芬缓释胶囊，成人一次1粒，一日2次。请用通俗的话解释给老人听。`],
  ["zh", "neg-health:fiction:free", `我在写小说，主角林晓雨28岁被诊断出白血病，帮我写她告诉母亲的那一幕，要克制一点。`],
  ["zh", "address:delivery:doc", `快递收件人：王磊\n地址：⟦street_address|北京市海淀区学院路30号院5号楼2单元601室⟧\n帮我把这个地址翻译成英文格式。`],
  ["zh", "date:form:doc", `学生信息\n姓名：陈思远\n出生日期：⟦date_of_birth|2012年7月3日⟧\n请检查格式是否规范。`],
  ["zh", "health:colleague:free", `我们部门的刘洋最近确诊了⟦health|乙肝⟧，大家一起吃饭需要注意什么？`],
  // --- ko ---------------------------------------------------------------------------------------------------------------
  ["ko", "neg-address:museum:free", `국립중앙박물관(서울특별시 용산구 서빙고로 137)에 주차할 수 있나요? 주말에 가려고 해요.`],
  ["ko", "neg-address:embassy:free", `주한 미국 대사관(서울 종로구 세종대로 188) 비자 인터뷰 준비물이 뭔가요?`],
  ["ko", "neg-address:api:code", `도로명주소 API 테스트: keyword="판교역로 235"\n결과가 0건으로 나와요. 인코딩 문제일까요?`],
  ["ko", "neg-date:public-figure:free", `손흥민 선수는 1992년 7월 8일생입니다. 팬카페 생일 이벤트 공지 문구를 써 주세요.`],
  ["ko", "neg-date:anniversary:doc", `삼성전자는 1969년 1월 13일에 설립되었습니다. 창립 기념일 사내 공지를 다듬어 주세요.`],
  ["ko", "neg-date:js-date:code", `new Date('2024-02-30')이 3월 1일이 되는 이유가 뭔가요? 유효성 검사는 어떻게 하죠?`],
  ["ko", "neg-health:leaflet:doc", `의약품 설명서: 타이레놀 500mg, 성인 1회 1~2정, 하루 최대 8정. 쉬운 말로 바꿔 주세요.`],
  ["ko", "neg-health:role-play:free", `역할극 해요: 당신은 간호사, 저는 가상의 환자 '김철수'(60세, 당뇨) 역할입니다. 시작해 주세요.`],
  [
    "ko",
    "address:move-notice:doc",
    `이사 안내: 이지은 님 새 주소는 ⟦street_address|서울특별시 마포구 월드컵북로12길 34, 203호⟧ 입니다. 지인들에게 보낼 문자로 다듬어 주세요.`,
  ],
  ["ko", "date:form:doc", `회원가입 정보\n이름: 박도윤\n생년월일: ⟦date_of_birth|1993.10.21⟧\n형식이 맞는지 확인해 주세요.`],
  ["ko", "health:sick-leave:doc", `팀장님, 최민수 대리가 ⟦health|공황장애⟧ 때문에 이번 주 병가를 냈습니다. 일정 조정 부탁드립니다.`],
  // --- hi ---------------------------------------------------------------------------------------------------------------
  ["hi", "neg-address:bank:free", `भारतीय रिज़र्व बैंक, शहीद भगत सिंह मार्ग, फोर्ट, मुंबई 400001 — क्या वहाँ कटे-फटे नोट बदले जाते हैं?`],
  ["hi", "neg-address:warehouse:doc", `हमारा गोदाम: प्लॉट नं. 45, सेक्टर 8, आईएमटी मानेसर, गुरुग्राम 122051 — इसके लिए शिपिंग लेबल का टेम्पलेट बनाओ।`],
  ["hi", "neg-address:historical:free", `गांधी स्मृति, 5 तीस जनवरी मार्ग, नई दिल्ली — गांधीजी के अंतिम दिन वहीं बीते थे। उसका इतिहास बताओ।`],
  ["hi", "neg-date:public-figure:free", `सचिन तेंदुलकर का जन्म 24 अप्रैल 1973 को हुआ था। उन पर कक्षा 5 के लिए छोटा निबंध लिखो।`],
  ["hi", "neg-date:anniversary:doc", `इसरो की स्थापना 15 अगस्त 1969 को हुई थी। स्थापना दिवस पर एक भाषण की शुरुआत लिखो।`],
  ["hi", "neg-date:format:code", `Python में '15/08/1947' को datetime में बदलना है, strptime का सही फ़ॉर्मैट क्या होगा?`],
  ["hi", "neg-health:leaflet:doc", `पैरासिटामोल 500 मि.ग्रा. की दवा पर्ची: वयस्क दिन में 4 बार से अधिक न लें। इसे सरल भाषा में समझाओ।`],
  ["hi", "neg-health:role-play:free", `रोलप्ले करते हैं: आप डॉक्टर हैं और मैं काल्पनिक पात्र 'रामू काका' हूँ जिन्हें टीबी है और दवा छोड़ना चाहते हैं।`],
  ["hi", "address:letter:doc", `कृपया यह पत्र श्रीमती सुनीता शर्मा को उनके घर ⟦street_address|मकान नं. 112, गली नं. 4, राजेंद्र नगर, पटना 800016⟧ पर भेज दें।`],
  ["hi", "date:form:doc", `आवेदन पत्र\nनाम: अंकित वर्मा\nजन्म तिथि: ⟦date_of_birth|23/09/2001⟧\nक्या यह सही भरा है?`],
  ["hi", "health:friend:free", `मेरे दोस्त रोहित मिश्रा को ⟦health|डेंगू⟧ हो गया है और वह अस्पताल में भर्ती है। उसके लिए एक संदेश लिखो।`],
  // --- ar ---------------------------------------------------------------------------------------------------------------
  ["ar", "neg-address:embassy:free", `سفارة المملكة المتحدة في القاهرة، 7 شارع أحمد راغب، جاردن سيتي — هل تستقبل طلبات التأشيرة مباشرة؟`],
  ["ar", "neg-address:warehouse:doc", `مستودع الشركة: المنطقة الصناعية الثانية، شارع 14، مبنى 22، الدمام. اكتب رسالة للمورّد لتحديد موعد التسليم.`],
  ["ar", "neg-address:novel:free", `في روايتي يسكن المحقق في 18 شارع الياسمين بمدينة خيالية اسمها النخيلة. صف الحي في فقرة.`],
  ["ar", "neg-date:public-figure:free", `وُلد محمد صلاح في 15 يونيو 1992 في نجريج. اكتب فقرة تعريفية عنه لمجلة المدرسة.`],
  ["ar", "neg-date:history:doc", `اليوم الوطني السعودي يوافق 23 سبتمبر، ذكرى توحيد المملكة عام 1932. اكتب تهنئة قصيرة للموظفين.`],
  ["ar", "neg-date:hijri:code", `كيف أحول التاريخ الهجري '1445-09-01' إلى ميلادي في بايثون؟ مكتبة hijri-converter لا تعمل عندي.`],
  ["ar", "neg-health:leaflet:doc", `نشرة دواء: بانادول 500 ملغ، للبالغين قرص أو قرصان كل 4–6 ساعات، لا تتجاوز 8 أقراص يوميًا. بسّط الصياغة.`],
  ["ar", "neg-health:case-study:doc", `حالة دراسية افتراضية لطلاب التمريض: المريض «س»، 50 عامًا، مصاب بالسكري وقرحة في القدم. ضع خطة رعاية.`],
  ["ar", "address:invoice:doc", `أرجو إرسال الفاتورة إلى السيد خالد العتيبي على عنوان منزله: ⟦street_address|27 شارع الأمير سلطان، حي الروضة، جدة 23435⟧.`],
  ["ar", "date:form:doc", `استمارة التسجيل\nالاسم: مريم حداد\nتاريخ الميلاد: ⟦date_of_birth|1990/03/12⟧\nهل البيانات مكتملة؟`],
  ["ar", "health:colleague:free", `زميلي أحمد الزهراني مصاب بـ⟦health|الصرع⟧ ويخجل من إخبار المدير. كيف أساعده؟`],
  // --- vi ---------------------------------------------------------------------------------------------------------------
  ["vi", "neg-address:landmark:free", `Dinh Độc Lập, 135 Nam Kỳ Khởi Nghĩa, Quận 1, TP.HCM mở cửa mấy giờ? Vé vào cổng bao nhiêu?`],
  ["vi", "neg-address:embassy:free", `Đại sứ quán Hoa Kỳ tại Hà Nội, 7 Láng Hạ, Ba Đình — cần đặt lịch phỏng vấn visa như thế nào?`],
  ["vi", "neg-address:geocoding:code", `geocode("2 Hải Triều, Bến Nghé, Quận 1")  # tòa Bitexco\nKết quả trả về sai tọa độ, lỗi do dấu tiếng Việt à?`],
  ["vi", "neg-date:public-figure:free", `Sơn Tùng M-TP sinh ngày 5 tháng 7 năm 1994. Viết lời chúc mừng sinh nhật cho fanpage.`],
  ["vi", "neg-date:anniversary:doc", `Vinamilk thành lập ngày 20/8/1976. Viết bài đăng kỷ niệm 50 năm thành lập công ty.`],
  ["vi", "neg-date:moment:code", `moment('30/04/1975', 'DD/MM/YYYY').isValid() trả về true nhưng format ra sai ngày, tại sao?`],
  ["vi", "neg-health:leaflet:doc", `Tờ hướng dẫn sử dụng Panadol 500mg: người lớn 1–2 viên mỗi 4–6 giờ, tối đa 8 viên/ngày. Tóm tắt giúp tôi.`],
  ["vi", "neg-health:fiction:free", `Viết truyện ngắn: nhân vật bà Tư (hư cấu) bị ung thư gan nhưng vẫn bán bánh mì mỗi sáng.`],
  [
    "vi",
    "address:shipping:doc",
    `Gửi hàng cho chị Nguyễn Thị Lan, địa chỉ ⟦street_address|số 18 ngõ 52 phố Tô Ngọc Vân, Tây Hồ, Hà Nội⟧. Viết ghi chú giao hàng.`,
  ],
  ["vi", "date:form:doc", `Hồ sơ ứng viên\nHọ tên: Trần Minh Khoa\nNgày sinh: ⟦date_of_birth|17/05/1998⟧\nKiểm tra giúp tôi định dạng.`],
  ["vi", "health:colleague:free", `Anh Phạm Văn Hùng phòng kế toán bị ⟦health|viêm gan C⟧. Mọi người có cần lo lây không?`],
];
