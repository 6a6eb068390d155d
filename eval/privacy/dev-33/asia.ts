/**
 * Development set 33, Asian and Middle-Eastern languages (ja, zh, ko, hi, ar, vi): company letterheads and
 * signatures, store and office addresses, embassies, venues, listings, address-format questions; founding, release,
 * expiry and historical dates, the writer's own birthday, an unnamed child's age — with positives of the same shapes
 * (a private person's home address, a named person's birth date). Written before anything under src/privacy was
 * opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // --- Japanese -----------------------------------------------------------------------------------------------------
  [
    "ja",
    "neg-address:signature:doc",
    `このメール署名を短くしてください。\n――――――――\n株式会社ミナトデザイン 営業部\n〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 17F\n――――――――`,
  ],
  ["ja", "neg-address:historical:free", `東京駅丸の内駅舎（東京都千代田区丸の内1-9-1）はいつ建てられ、いつ復原されましたか？`],
  ["ja", "neg-address:format-question:free", `日本の住所を英語で書くとき、「〒530-0001 大阪府大阪市北区梅田3-1-1」はどの順番に並べ替えればいいですか？`],
  ["ja", "neg-date:founding:free", `任天堂は1889年9月23日に花札の製造会社として創業しました。その後の主な歴史を年表にしてください。`],
  ["ja", "neg-date:own-birthday:free", `私は1991年7月7日生まれです。今年は何歳になりますか？干支も教えてください。`],
  ["ja", "neg-date:expiry:free", `在留カードの有効期限が2027年3月31日です。更新申請はいつから出せますか？`],
  [
    "ja",
    "address:letter:doc",
    `隣人の佐藤健一さん（⟦street_address|〒180-0004 東京都武蔵野市吉祥寺本町2-14-7 コーポ松風201⟧）に騒音のお詫びの手紙を書いてください。`,
  ],
  [
    "ja",
    "date:form:doc",
    `入園申込書\n園児氏名：高橋 陽菜\n生年月日：⟦date_of_birth|2021年5月18日⟧\n保護者：高橋 美咲\nこの申込書の書き方に不備がないか確認してください。`,
  ],
  // --- Chinese ------------------------------------------------------------------------------------------------------
  [
    "zh",
    "neg-address:invoice-from:doc",
    `发票抬头：上海云帆信息科技有限公司\n地址：上海市浦东新区世纪大道100号 环球金融中心 45楼\n请帮我把这张报价单的付款条款改得更清楚。`,
  ],
  ["zh", "neg-address:embassy:free", `美国驻华大使馆在北京市朝阳区安家楼路55号，办理签证面谈需要带哪些材料？`],
  [
    "zh",
    "neg-address:store-locator:code",
    `stores = [{"name": "南京西路店", "addr": "上海市静安区南京西路1266号"}, {"name": "国贸店", "addr": "北京市朝阳区建国门外大街1号"}]\n# 怎么用高德地图 API 批量把这些门店地址转换成经纬度？`,
  ],
  ["zh", "neg-date:release:free", `微信是2011年1月21日发布的。请写一段关于它早期发展的介绍。`],
  ["zh", "neg-date:death-historical:free", `孙中山于1925年3月12日在北京逝世。请简述他晚年的主要活动。`],
  ["zh", "neg-date:child-age:free", `孩子两岁半了，还不太愿意自己吃饭，有什么好办法吗？`],
  [
    "zh",
    "address:delivery:doc",
    `快递单\n收件人：刘建华\n地址：⟦street_address|浙江省杭州市西湖区文三路478号 华星小区3幢2单元501室⟧\n快递员说地址不全，帮我看看还缺什么？`,
  ],
  ["zh", "date:relative:free", `我妈妈张秀英是⟦date_of_birth|1958年4月16日⟧出生的，她今年能办理退休吗？`],
  // --- Korean -------------------------------------------------------------------------------------------------------
  ["ko", "neg-address:venue:free", `행사 장소는 코엑스, 서울특별시 강남구 영동대로 513입니다. 참가자 안내 문자를 짧게 써 주세요.`],
  ["ko", "neg-address:government-office:free", `서울출입국·외국인청(서울특별시 양천구 목동동로 151)에서 외국인등록증 재발급을 받으려면 예약이 필요한가요?`],
  ["ko", "neg-date:founding:free", `삼성은 1938년 3월 1일 대구에서 삼성상회로 시작했습니다. 초기 역사를 세 문장으로 요약해 주세요.`],
  ["ko", "neg-date:own-birthday:free", `저는 1994년 2월 28일생이에요. 만 나이로 지금 몇 살인가요?`],
  ["ko", "address:letter:doc", `이웃 김민수 씨(⟦street_address|서울특별시 마포구 성미산로 17길 23, 302호⟧)에게 주차 문제로 정중한 편지를 써 주세요.`],
  ["ko", "date:form:doc", `입학 신청서\n학생 이름: 박서연\n생년월일: ⟦date_of_birth|2017년 9월 3일⟧\n빠진 항목이 있는지 확인해 주세요.`],
  // --- Hindi --------------------------------------------------------------------------------------------------------
  ["hi", "neg-address:store-locator:doc", `इस स्टोर जानकारी को अंग्रेज़ी में लिखो: "कनॉट प्लेस शाखा — ब्लॉक ए, कनॉट प्लेस, नई दिल्ली 110001। सुबह 10 से रात 9 बजे तक खुला।"`],
  ["hi", "neg-address:historical:free", `राष्ट्रपति भवन, राजपथ, नई दिल्ली 110004 देखने के लिए टिकट कैसे बुक करें?`],
  ["hi", "neg-date:death-historical:free", `महात्मा गांधी की हत्या 30 जनवरी 1948 को हुई थी। इस दिन को शहीद दिवस क्यों कहा जाता है?`],
  ["hi", "neg-date:child-age:free", `मेरा बेटा 14 महीने का है और अभी तक चलना शुरू नहीं किया। क्या यह सामान्य है?`],
  ["hi", "address:letter:doc", `मेरे किरायेदार सुनील शर्मा, ⟦street_address|मकान नं. 45, गली नं. 3, शास्त्री नगर, जयपुर 302016⟧, को किराया बढ़ाने का नोटिस लिखो।`],
  ["hi", "date:relative:free", `मेरी बहन पूजा वर्मा का जन्म ⟦date_of_birth|12 अगस्त 1998⟧ को हुआ था। उसके जन्मदिन के लिए एक कविता लिखो।`],
  // --- Arabic -------------------------------------------------------------------------------------------------------
  [
    "ar",
    "neg-address:letterhead:doc",
    `حسّن صياغة ترويسة الخطاب: «شركة النخبة للاستشارات الهندسية — شارع التحلية، برج المملكة، الرياض 12214، المملكة العربية السعودية».`,
  ],
  ["ar", "neg-address:embassy:free", `ما هي مواعيد عمل السفارة البريطانية في القاهرة، 7 شارع أحمد رغب، جاردن سيتي، وهل يلزم حجز موعد؟`],
  ["ar", "neg-date:founding:free", `تأسست جامعة القاهرة في 21 ديسمبر 1908. اكتب فقرة قصيرة عن تاريخها.`],
  ["ar", "neg-date:expiry:free", `تنتهي صلاحية إقامتي في 15/06/2027. متى يمكنني تقديم طلب التجديد؟`],
  ["ar", "address:letter:doc", `اكتب رسالة إلى جاري السيد خالد العمري، ⟦street_address|شارع الأمير محمد 14، حي الشميساني، عمّان 11194⟧، بخصوص موقف السيارات.`],
  ["ar", "date:relative:free", `وُلد ابني يوسف الحسن في ⟦date_of_birth|3 مارس 2016⟧. متى يحق له التسجيل في الصف الخامس؟`],
  // --- Vietnamese ---------------------------------------------------------------------------------------------------
  [
    "vi",
    "neg-address:venue:free",
    `Hội nghị tổ chức tại Trung tâm Hội nghị Quốc gia, Đại lộ Thăng Long, Nam Từ Liêm, Hà Nội. Viết thư mời ngắn cho khách mời.`,
  ],
  ["vi", "neg-date:release:free", `Zalo ra mắt ngày 8 tháng 8 năm 2012. Hãy viết đoạn giới thiệu ngắn về lịch sử của ứng dụng.`],
  [
    "vi",
    "address:delivery:doc",
    `Phiếu giao hàng\nNgười nhận: Nguyễn Thị Lan\nĐịa chỉ: ⟦street_address|số 12 ngõ 45 phố Trần Duy Hưng, Cầu Giấy, Hà Nội⟧\nGiúp tôi viết lại ghi chú cho shipper.`,
  ],
  [
    "vi",
    "date:form:doc",
    `Phiếu đăng ký học bơi\nHọ tên: Trần Minh Khoa\nNgày sinh: ⟦date_of_birth|05/11/2015⟧\nKiểm tra giúp tôi phiếu này đã đủ thông tin chưa.`,
  ],
];
