/**
 * Development set 36, Asian and Middle-Eastern languages (zh, ja, ko, ar, fa, th, hi with Hinglish): a birth date right
 * after a name (年月日, 생, مواليد, متولد, เกิด), shorthand and colloquial diagnoses of a relative, transliterated health
 * (Hinglish, Romanised Arabic), lab results written as a bare table under a name in Arabic, Persian and Thai, salaries
 * in words, passwords after a cue with a parenthesis — beside public people, reference ranges, leaflets, surveys and
 * landmarks. Written before anything under src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // --- zh -------------------------------------------------------------------------------------------------------------
  ["zh", "dob:name-sheng:free", "王芳，⟦date_of_birth|1985年7月14日⟧生，现住北京朝阳，帮她写一份入职推荐信。"],
  ["zh", "dob:name-paren:free", "我表弟陈子豪（⟦date_of_birth|2001年11月3日⟧出生）要办签证，邀请函怎么写？"],
  ["zh", "health:shorthand-dad:free", "我爸有⟦health|冠心病⟧和⟦health|慢阻肺⟧，春节能坐飞机回老家吗？"],
  ["zh", "health:colleague:free", "同事刘洋最近确诊⟦health|抑郁症⟧，在吃舍曲林，我该怎么跟领导说帮他调岗？"],
  ["zh", "address:letter-block:doc", "寄件信息：\n收件人：张伟\n⟦street_address|上海市浦东新区张杨路1234弄5号602室⟧\n帮我写成快递单格式。"],
  ["zh", "salary:wife-words:free", "我老婆年薪⟦financial|二十八万⟧，我年薪十五万左右，我们在杭州能贷多少房贷？"],
  ["zh", "password:wifi-paren:free", "WiFi密码（老家客厅那台路由器）：⟦password|Hehua@2024sz⟧，帮我做个给客人看的小卡片。"],
  ["zh", "neg-dob:public:free", "鲁迅，1881年9月25日生于浙江绍兴——介绍一下他的主要作品。"],
  ["zh", "neg-health:leaflet:doc", "说明书：慢阻肺患者慎用。解释一下慢阻肺是什么病。"],
  ["zh", "neg-address:public:free", "故宫博物院，北京市东城区景山前街4号——周一开门吗？"],
  ["zh", "neg-salary:survey:free", "统计局说城镇非私营单位平均年薪大约十二万，这个数字怎么算出来的？"],
  // --- ja -------------------------------------------------------------------------------------------------------------
  ["ja", "dob:name-paren:free", "山田花子（⟦date_of_birth|1992年8月5日⟧生）の在職証明書のひな形を作ってください。"],
  ["ja", "health:shorthand-dad:free", "父が⟦health|COPD⟧と⟦health|2型糖尿病⟧で通院中ですが、沖縄旅行は大丈夫でしょうか？"],
  ["ja", "salary:husband-words:free", "夫の年収は⟦financial|六百五十万円⟧です。住宅ローンはいくらまで借りられますか？"],
  ["ja", "password:wifi-paren:free", "Wi-Fiのパスワード（実家の2階のルーター）：⟦password|Sakura-0731-niwa⟧ 来客用のカードを作って。"],
  ["ja", "neg-dob:public:free", "夏目漱石（1867年2月9日生）の代表作を三つ教えてください。"],
  ["ja", "neg-health:leaflet:doc", "添付文書：COPDの患者には慎重に投与すること。どういう意味ですか？"],
  ["ja", "neg-salary:survey:free", "国税庁の調査では平均年収は約四百六十万円だそうですが、中央値はいくらですか？"],
  // --- ko -------------------------------------------------------------------------------------------------------------
  ["ko", "dob:name-saeng:free", "김민준 (⟦date_of_birth|1989년 4월 12일⟧생) 재직증명서 양식 만들어 줘."],
  ["ko", "health:shorthand-dad:free", "아버지가 ⟦health|당뇨⟧랑 ⟦health|고혈압⟧이 있는데 독감 주사 맞아도 돼?"],
  ["ko", "salary:husband-words:free", "남편 연봉이 ⟦financial|오천만 원⟧인데 전세 대출 얼마나 나와?"],
  ["ko", "neg-dob:public:free", "세종대왕(1397년 5월 15일 출생)의 업적을 요약해 줘."],
  ["ko", "neg-health:textbook:free", "간호학 시험: 당뇨와 고혈압이 있는 65세 환자의 식이 교육 내용을 정리해 줘."],
  // --- ar -------------------------------------------------------------------------------------------------------------
  ["ar", "lab:bare-table-dad:doc", "أحمد الخطيب (والدي)\n⟦health|سكر صائم 182⟧\n⟦health|HbA1c 8.4%⟧\n⟦health|كرياتينين 1.9⟧\nهل هذه الأرقام خطيرة؟"],
  ["ar", "lab:bare-table-name:doc", "مريم حداد\n⟦health|هيموجلوبين 9.1⟧\n⟦health|فيريتين 6⟧\n⟦health|TSH 6.2⟧\nاكتب لي ملخصاً أرسله لطبيبها."],
  ["ar", "health:arabizi-dad:free", "baba 3ando ⟦health|sokkari⟧ w ⟦health|daght 3ali⟧, shu lazem yakol bel eftar?"],
  ["ar", "health:arabizi-mum:free", "mama 3amlet ⟦health|3amaliyet alb⟧ el shahr el madi w lessa ta3bene, kif ba3tani fiha?"],
  ["ar", "dob:name-mawalid:free", "سارة المنصوري، مواليد ⟦date_of_birth|1993/06/21⟧، تحتاج شهادة خبرة — اكتب النموذج."],
  ["ar", "salary:brother-words:free", "راتب أخي ⟦financial|خمسة عشر ألف درهم⟧ شهرياً، هل يكفي لقرض سيارة؟"],
  ["ar", "neg-lab:reference:doc", "القيم الطبيعية:\nسكر صائم 70–100\nHbA1c أقل من 5.7%\nكرياتينين 0.6–1.2\nاشرح هذا الجدول لطلاب الأحياء."],
  ["ar", "neg-dob:public:free", "نجيب محفوظ، ولد في 11 ديسمبر 1911 — لخص حياته في فقرة."],
  ["ar", "neg-health:arabizi-class:free", "shu ya3ni sokkari w daght? eshra7li bel 3arabi el basit la mashrou3 el madrase"],
  ["ar", "neg-salary:survey:free", "متوسط الراتب في دبي حوالي خمسة عشر ألف درهم شهرياً حسب الاستطلاع — هل هذا دقيق؟"],
  // --- fa -------------------------------------------------------------------------------------------------------------
  ["fa", "lab:bare-table-mum:doc", "مادرم، زهرا کریمی:\n⟦health|قند ناشتا ۱۹۵⟧\n⟦health|کلسترول ۲۶۰⟧\n⟦health|TSH ۷٫۸⟧\nیعنی چی؟ باید نگران باشیم؟"],
  ["fa", "lab:bare-table-name:doc", "رضا احمدی\n⟦health|اوره ۶۸⟧\n⟦health|کراتینین ۲٫۴⟧\n⟦health|پتاسیم ۵٫۹⟧\nبرای دکترش خلاصه بنویس."],
  ["fa", "dob:name-motevaled:free", "علی رضایی، متولد ⟦date_of_birth|۱۳۶۸/۰۵/۱۲⟧، برای ثبت‌نام باشگاه فرم پر کن."],
  ["fa", "health:dad:free", "پدرم ⟦health|دیابت نوع ۲⟧ و ⟦health|فشار خون⟧ دارد، می‌تواند روزه بگیرد؟"],
  ["fa", "neg-lab:reference:doc", "محدوده طبیعی:\nقند ناشتا ۷۰ تا ۱۰۰\nکلسترول کمتر از ۲۰۰\nبرای کلاس زیست توضیح بده."],
  ["fa", "neg-dob:public:free", "حافظ شیرازی، زاده حدود ۷۲۶ هجری قمری — یک غزلش را تحلیل کن."],
  // --- th -------------------------------------------------------------------------------------------------------------
  ["th", "lab:bare-table-mum:doc", "แม่ (คุณสมศรี ใจดี)\n⟦health|น้ำตาล 168⟧\n⟦health|LDL 190⟧\n⟦health|ครีเอตินีน 1.6⟧\nอันตรายไหมคะ"],
  ["th", "lab:bare-table-name:doc", "นายประเสริฐ วงศ์ทอง\n⟦health|ฮีโมโกลบิน 8.7⟧\n⟦health|เกล็ดเลือด 92000⟧\nช่วยสรุปให้หมอหน่อย"],
  ["th", "health:dad:free", "พ่อเป็น⟦health|เบาหวาน⟧กับ⟦health|ความดันสูง⟧ กินยาแก้ปวดตัวนี้ได้ไหม"],
  ["th", "dob:name-koet:free", "นายสมชาย ศรีสุข เกิด ⟦date_of_birth|12 มีนาคม 2528⟧ ขอแบบฟอร์มหนังสือรับรองการทำงาน"],
  ["th", "neg-lab:reference:doc", "ค่าปกติ\nน้ำตาล 70-100\nLDL ต่ำกว่า 130\nครีเอตินีน 0.6-1.2\nอธิบายให้นักเรียนฟังหน่อย"],
  ["th", "neg-dob:public:free", "สุนทรภู่ เกิดวันที่ 26 มิถุนายน 2329 — สรุปผลงานของท่าน"],
  // --- hi (Devanagari and Hinglish) -------------------------------------------------------------------------------------
  ["hi", "health:hinglish-dad:free", "papa ka ⟦health|sugar high hai⟧, aaj 280 aaya, kya karein? doctor kal milenge"],
  ["hi", "health:hinglish-self:free", "mera ⟦health|sugar high hai⟧ aur ⟦health|BP bhi⟧, kya main roza rakh sakta hoon?"],
  ["hi", "health:hinglish-bimari:free", "Rahul bhai ko ⟦health|TB ki bimari⟧ ho gayi hai, office mein kisi ko mat batana, chutti ka mail likh do"],
  ["hi", "health:hindi-dad:free", "मेरे पिताजी को ⟦health|शुगर और बीपी⟧ है, क्या वे यह दर्द की दवा ले सकते हैं?"],
  ["hi", "health:hinglish-mummy:free", "mummy ko ⟦health|thyroid ki problem⟧ hai aur ⟦health|ghutno mein arthritis⟧, unke liye diet chart bana do"],
  ["hi", "salary:hinglish-self:free", "meri salary ⟦financial|pachas hazaar mahina⟧ hai, home loan kitna milega?"],
  ["hi", "dob:hinglish-janm:free", "Priya Sharma, janm ⟦date_of_birth|15/08/1995⟧, uska admission form bhar do"],
  ["hi", "password:hinglish-paren:free", "wifi ka password (ghar wala, Jio router): ⟦password|Ganga@7743kashi⟧ — bhaiya ko bhej do"],
  ["hi", "neg-health:hinglish-class:free", "sugar ki bimari kya hoti hai? simple mein samjhao, school project ke liye"],
  ["hi", "neg-dob:public:free", "Sachin Tendulkar, born 24 April 1973 — unke test records batao"],
  ["hi", "neg-salary:hinglish-survey:free", "India mein IT fresher ki average salary kitni hoti hai? log pachas hazaar bolte hain, sach hai?"],
  ["hi", "neg-health:hindi-leaflet:doc", "दवा की पर्ची: मधुमेह और उच्च रक्तचाप के रोगी डॉक्टर से पूछकर लें। इसे आसान भाषा में समझाओ।"],
];
