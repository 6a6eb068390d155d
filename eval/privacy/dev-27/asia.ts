/**
 * Development set 27, entries in ja, zh, ko, hi, Hinglish (hi-Latn), ar, ru and vi: hard negatives (places' addresses,
 * non-birth dates, public money, password talk without a secret, business and format-example phones), then matched
 * positives. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // --- addresses of places -------------------------------------------------------------------------------------------------
  ["ja", "neg-address:kuyakusho:free", `渋谷区役所（東京都渋谷区宇田川町1-1）で転入届を出すとき、土曜日の窓口は開いていますか？`],
  [
    "ja",
    "neg-address:bukken:doc",
    `この物件紹介をもっと魅力的に書き直して：「大阪府大阪市北区梅田3丁目4-5 グランメゾン梅田 1LDK 45㎡ 賃料12.8万円 駅徒歩6分」`,
  ],
  ["zh", "neg-address:dashiguan:free", `美国驻上海总领事馆签证处在南京西路1038号梅龙镇广场吗？面签那天可以带手机进去吗？`],
  ["zh", "neg-address:shangjia:doc", `帮我把这段店铺介绍翻译成英文：“本店地址：北京市朝阳区三里屯路19号院太古里南区S8-30，营业时间10:00-22:00。”`],
  ["ko", "neg-address:byeongwon:free", `서울아산병원 주소가 서울특별시 송파구 올림픽로43길 88 맞나요? 주차는 어디에 하면 되나요?`],
  [
    "ko",
    "neg-address:api:code",
    `const res = await fetch("https://dapi.kakao.com/v2/local/search/address.json?query=" + encodeURIComponent("경기도 성남시 분당구 판교역로 166"));\n// 카카오 본사 주소로 테스트하는데 documents가 빈 배열이에요. 헤더 문제일까요?`,
  ],
  ["hi", "neg-address:dootavas:free", `क्या ब्रिटिश उच्चायोग, शांति पथ, चाणक्यपुरी, नई दिल्ली 110021 में वीज़ा के लिए सीधे जा सकते हैं या अपॉइंटमेंट ज़रूरी है?`],
  [
    "hi-Latn",
    "neg-address:flat-listing:doc",
    `Is listing ko catchy bana do: "2BHK for rent, Sector 62, Noida 201309, near Electronic City metro, 18k/month, family preferred."`,
  ],
  [
    "ar",
    "neg-address:sharika:doc",
    `ترجم هذا الإعلان إلى الإنجليزية: "افتتاح فرعنا الجديد في شارع التحلية، مبنى 45، حي السليمانية، الرياض 12245 يوم الأحد القادم."`,
  ],
  ["ru", "neg-address:muzei:free", `Третьяковская галерея находится по адресу Лаврушинский переулок, 10, Москва — можно ли купить билет на месте в выходные?`],
  [
    "vi",
    "neg-address:cua-hang:doc",
    `Viết lại thông báo này cho hay hơn: "Cửa hàng chuyển về địa chỉ mới: 125 Nguyễn Trãi, Phường Bến Thành, Quận 1, TP.HCM từ ngày 1/12."`,
  ],
  // --- dates ---------------------------------------------------------------------------------------------------------------------
  ["ja", "neg-date:hatsubai:doc", `このプレスリリースを要約して：「新型モデルは2025年10月24日発売。予約受付は10月1日から開始します。」`],
  ["ja", "neg-date:character:free", `「名探偵コナン」の江戸川コナンの誕生日は5月4日という設定ですが、工藤新一と同じですか？`],
  ["zh", "neg-date:lishi:free", `鲁迅1881年9月25日出生于绍兴，请为初中生写一段三百字的生平简介。`],
  ["zh", "neg-date:code:code", `LocalDate.parse("1998-02-30") 在 Java 里抛 DateTimeParseException，但 Python 的 dateutil 会自动纠正吗？怎么统一校验？`],
  ["ko", "neg-date:changlip:doc", `회사 소개 문구 다듬어 줘: "2003년 3월 15일 설립된 한빛소프트웨어는 현재 임직원 320명 규모입니다."`],
  ["hi", "neg-date:antim-tithi:free", `आयकर रिटर्न भरने की आख़िरी तारीख़ 31 जुलाई 2026 है — अगर 5 अगस्त को भरूँ तो कितना जुर्माना लगेगा?`],
  ["ru", "neg-date:istoricheskiy:free", `Пушкин родился 6 июня 1799 года — почему этот день отмечают как День русского языка?`],
  ["ar", "neg-date:isdar:doc", `لخّص هذا الخبر: "أُطلقت النسخة الأولى من التطبيق في 14 فبراير 2021، ووصل عدد المستخدمين إلى مليون في 2023."`],
  // --- money -------------------------------------------------------------------------------------------------------------------
  ["ja", "neg-financial:kessan:doc", `決算短信を要約して：「売上高は前年同期比8.2%増の1兆2,450億円、営業利益は1,830億円となりました。」`],
  ["zh", "neg-financial:zhaopin:doc", `把这条招聘信息改得更吸引人：“高级前端工程师，月薪25k-40k，14薪，五险一金，双休。”`],
  ["ko", "neg-financial:pyeonggyun:free", `2025년 대졸 신입 평균 연봉이 약 3,600만 원이라던데, 대기업과 중소기업 차이는 얼마나 되나요?`],
  ["hi-Latn", "neg-financial:hypothetical:free", `Agar main 60,000 rupaye mahina kamaun toh 20 saal mein SIP se kitna jama ho sakta hai, 12% return maan ke?`],
  ["ru", "neg-financial:byudzhet:doc", `Кратко перескажи: бюджет города на ремонт дорог в 2026 году составит 4,2 млрд рублей, из них 600 млн — на тротуары.`],
  // --- password talk ---------------------------------------------------------------------------------------------------------------
  [
    "ja",
    "neg-password:policy:doc",
    `社内向けにパスワードポリシーを分かりやすく書き直して：「パスワードは12文字以上、英大文字・小文字・数字・記号をそれぞれ1文字以上含めること。」`,
  ],
  ["zh", "neg-password:placeholder:code", `文档里写的是 redis-cli -a <你的密码> ping，直接在命令行写密码会不会被记录到 history 里？`],
  [
    "ko",
    "neg-password:env:code",
    `spring.datasource.password=\${DB_PASSWORD} 로 설정했는데 로컬에서는 비밀번호가 비어 있다고 나와요. IntelliJ 실행 설정에 환경변수를 어디에 넣나요?`,
  ],
  ["hi", "neg-password:majboot:free", `एक मज़बूत पासवर्ड कैसा होना चाहिए? बुज़ुर्गों के लिए आसान भाषा में पाँच बातें लिखो।`],
  [
    "ru",
    "neg-password:default:free",
    `В инструкции к IP-камере написано, что пароль по умолчанию — 12345. Как заставить всех пользователей сменить его при первом входе?`,
  ],
  ["ar", "neg-password:siyasa:doc", `راجع صياغة هذه الرسالة: "يجب أن تتكون كلمة المرور من 10 أحرف على الأقل وأن تحتوي على رقم ورمز خاص."`],
  // --- phones ---------------------------------------------------------------------------------------------------------------------
  ["ja", "neg-phone:kokyaku:free", `ヤマト運輸のお客様センター 0120-01-9625 は日曜も繋がりますか？再配達の依頼をしたいです。`],
  ["zh", "neg-phone:format:code", `手机号 13812345678 这种格式，怎么用正则同时匹配 +86 138 1234 5678 和 138-1234-5678？`],
  ["ko", "neg-phone:daepyo:doc", `이 안내문을 영어로 번역해 줘: "고객센터 1588-3820 (평일 09:00~18:00), 주말 및 공휴일 휴무."`],
  ["hi-Latn", "neg-phone:helpline:free", `IRCTC ka customer care number 14646 aur 0755-6610661 hai kya? Refund ke liye kaunsa better hai?`],
  ["ar", "neg-phone:bank-hotline:free", `هل رقم خدمة العملاء لبنك الراجحي 920003344 يعمل على مدار الساعة؟`],
  [
    "ru",
    "neg-phone:primer:free",
    `Как правильно оформлять российские номера в тексте: 8 (495) 123-45-67 или +7 495 123-45-67? Какой вариант считается стандартом?`,
  ],
  // --- matched positives ---------------------------------------------------------------------------------------------------------
  ["ja", "address:haisou:doc", `この配送先を英語表記にして：「お届け先：佐藤 美咲 様 ⟦street_address|東京都世田谷区経堂2丁目14-7 コーポ経堂203号室⟧」`],
  ["ja", "date:musume-debut:free", `娘の結衣（⟦date_of_birth|2015年6月9日⟧生まれ）が来月ピアノ発表会でデビューします。おばあちゃんからのメッセージを書いて。`],
  ["zh", "phone:format-family:free", `把我爸王建国的手机号 ⟦phone|139 1746 8253⟧ 改成 +86 格式，填到学校的紧急联系人里。`],
  ["zh", "financial:gongzi:doc", `帮我写给房东的说明：我叫陈晓雯，月薪税后 ⟦financial|18,500元⟧，信用卡还欠 ⟦financial|32,000元⟧，希望押金可以分两次交。`],
  ["ko", "password:wifi:free", `우리 집 와이파이 비밀번호는 ⟦password|haneul0712!!⟧ 이에요. 손님용 안내 문자에 넣게 짧게 써 줘.`],
  ["ko", "address:sinchung:doc", `이 전입신고서 내용 확인해 줘: 성명 김도윤, 새 주소 ⟦street_address|서울특별시 마포구 성미산로 17길 23, 302호⟧.`],
  ["hi", "date:janm-tithi:doc", `इस फ़ॉर्म की जाँच करो: नाम: रोहित शर्मा, जन्म तिथि: ⟦date_of_birth|12/08/1991⟧, नियुक्ति तिथि: 01/04/2023`],
  [
    "hi-Latn",
    "financial:salary:free",
    `Mera naam Ankit Verma hai, meri salary ⟦financial|₹85,000⟧ per month hai aur home loan EMI ⟦financial|₹32,400⟧ — kya main personal loan le sakta hoon?`,
  ],
  ["ar", "phone:akh:free", `اكتب رقم أخي سامر ⟦phone|0551 284 736⟧ بالصيغة الدولية ليضاف إلى ملف الطوارئ في المدرسة.`],
  [
    "ru",
    "password:v-ispolzovanii:code",
    `# config.ini на рабочем сервере\n[db]\nuser = crm\npassword = ⟦password|Vet3r-Sosna!77⟧\nПочему psycopg2 пишет "password authentication failed"?`,
  ],
  [
    "ru",
    "address:zayavlenie:doc",
    `Составь заявление в управляющую компанию от Ирины Павловны Соколовой, проживающей по адресу ⟦street_address|ул. Садовая, д. 14, кв. 37, Санкт-Петербург⟧, о протечке крыши.`,
  ],
  ["vi", "phone:so-me:free", `Đổi số điện thoại của mẹ tôi, bà Nguyễn Thị Hoa, ⟦phone|0903 518 274⟧ sang định dạng +84 để điền vào hồ sơ bệnh viện.`],
  ["vi", "date:ho-so:doc", `Kiểm tra giúp tôi hồ sơ: Họ tên: Trần Minh Khang, Ngày sinh: ⟦date_of_birth|23/11/1995⟧, Ngày vào làm: 02/01/2024.`],
];
