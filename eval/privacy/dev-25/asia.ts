/**
 * Development set 25, entries in Japanese, Chinese, Korean, Hindi, Turkish and Russian: the hard-negative shapes of
 * `en.ts` (shops, venues, offices, returns policies, address code; historical, product, contract and public-figure
 * dates, date code; password docs, policies, placeholders and 密码 meaning cryptography; business landlines, hotlines,
 * phone-format code; fees, prices, general salaries), then matched positives. Written before anything under src/privacy
 * was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // --- Japanese -------------------------------------------------------------------------------------------------------
  ["ja", "neg-address:venue:free", `東京ドームの住所は東京都文京区後楽1-3-61ですよね?水道橋駅から徒歩何分くらいですか。`],
  [
    "ja",
    "neg-address:returns-policy:doc",
    `返品ポリシーを丁寧な文にしてください:「返品は商品到着後7日以内に、〒530-0001 大阪府大阪市北区梅田2-4-9 ミナト物流センター 返品係までお送りください。」`,
  ],
  ["ja", "neg-date:historical:free", `明治維新で廃藩置県が行われたのは1871年8月29日ですか?小学生向けに説明してください。`],
  [
    "ja",
    "neg-password:policy-text:doc",
    `社内規程の文案を見てください:「パスワードは12文字以上とし、英大文字・英小文字・数字・記号を含めること。90日ごとに変更すること。」`,
  ],
  ["ja", "neg-phone:business:doc", `ホームページ用に紹介文を書いて:手打ちそば まつ川、長野県松本市中央2-5-11、ご予約は0263-32-1187、水曜定休。`],
  ["ja", "neg-financial:salary-general:free", `日本の平均年収は約460万円と聞きました。手取りだといくらくらいになりますか?`],
  ["ja", "neg-date:public-figure:free", `大谷翔平は1994年7月5日生まれですよね。メジャーデビューは何歳のときでしたか?`],
  ["ja", "phone:named-mobile:free", `同僚の佐々木美咲さんの携帯は⟦phone|090-4417-2863⟧です。明日の集合時間の連絡文を作ってください。`],
  ["ja", "date:named-birth:doc", `入会申込書の確認をお願いします:氏名 村上健太/生年月日 ⟦date_of_birth|1988年10月3日⟧/会員種別 一般。`],
  // --- Chinese --------------------------------------------------------------------------------------------------------
  ["zh", "neg-address:gov-office:free", `北京市出入境管理局在东城区安定门东大街2号吧?办护照需要提前预约吗?`],
  [
    "zh",
    "neg-address:parser-test:code",
    `我的地址解析单元测试失败了:parse("上海市浦东新区世纪大道100号") 期望 district 为 "浦东新区",结果是 undefined。正则哪里错了?`,
  ],
  ["zh", "neg-password:cryptography-history:free", `公钥密码于一九七六年由迪菲和赫尔曼提出,请简单介绍一下它和对称密码的区别。`],
  ["zh", "neg-phone:business-landline:doc", `帮我写个店铺简介:老王牛肉面,成都市武侯区科华北路62号,外卖请联系座机028-8541 3376,每天营业到晚上十点。`],
  ["zh", "neg-phone:hotline:free", `12345市民热线和12315消费者投诉热线有什么区别?快递丢件应该打哪个?`],
  ["zh", "neg-date:product:free", `华为Mate 60是2023年8月29日开售的吧?现在还值得买吗?`],
  ["zh", "neg-financial:fees:free", `支付宝提现手续费是0.1%,最低0.1元。我要提现5000元,手续费是多少?`],
  ["zh", "phone:named-contact:free", `帮我给王建国发个短信,他的手机是⟦phone|138 1762 4409⟧,告诉他周六的聚会改到中午。`],
  ["zh", "password:named-in-use:free", `我爸的微信支付密码是⟦password|583920⟧,他忘了,我能帮他在我的手机上改吗?`],
  // --- Korean ---------------------------------------------------------------------------------------------------------
  ["ko", "neg-address:venue:free", `롯데월드타워 주소가 서울 송파구 올림픽로 300 맞죠? 잠실역에서 몇 번 출구로 나가야 하나요?`],
  ["ko", "neg-date:historical:free", `한글은 1446년 음력 9월에 반포되었다고 하는데, 한글날이 10월 9일인 이유를 설명해 주세요.`],
  [
    "ko",
    "neg-password:placeholder:code",
    `튜토리얼의 application.yml에 spring.datasource.password: your_password_here 라고 되어 있는데, 여기에 실제 비밀번호를 넣으면 되나요?`,
  ],
  ["ko", "neg-phone:business:doc", `블로그용 소개글을 써 주세요: 한옥카페 소담, 전주시 완산구 은행로 41, 예약 문의 063-284-7715, 월요일 휴무.`],
  ["ko", "neg-financial:prices:free", `넷플릭스 스탠다드가 월 13,500원이고 유튜브 프리미엄이 14,900원인데, 1년이면 얼마 차이예요?`],
  ["ko", "neg-date:ages-general:free", `2006년생은 올해 만 나이로 몇 살이고, 선거권이 있나요?`],
  ["ko", "neg-address:review:doc", `리뷰를 써 주세요: 부산 해운대구 구남로 24 '바다국밥', 국물 진하고 웨이팅 30분.`],
  [
    "ko",
    "address:named-home:free",
    `이사 간 친구 김민준의 새 주소가 ⟦street_address|경기도 성남시 분당구 수내로46번길 12, 302동 1104호⟧예요. 집들이 선물 보내는 메시지를 써 주세요.`,
  ],
  ["ko", "financial:named-salary:free", `제 동생 박서연 연봉이 ⟦financial|4,800만 원⟧인데 전세대출 한도가 얼마나 나올까요?`],
  // --- Hindi ----------------------------------------------------------------------------------------------------------
  ["hi", "neg-address:gov-office:free", `पासपोर्ट सेवा केंद्र, हेरिटेज बिल्डिंग, 5 सर्वोदय एन्क्लेव, नई दिल्ली — क्या वहाँ बिना अपॉइंटमेंट जा सकते हैं?`],
  ["hi", "neg-date:public-figure:free", `महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था। बच्चों के लिए एक छोटा निबंध लिखो।`],
  ["hi", "neg-password:policy-text:doc", `हमारी कंपनी की पासवर्ड नीति: "पासवर्ड कम से कम 10 अक्षर का हो, उसमें एक अंक और एक विशेष चिह्न हो।" इसे अंग्रेज़ी में अनुवाद करो।`],
  ["hi", "neg-phone:hotline:free", `क्या 1930 साइबर क्राइम हेल्पलाइन पर UPI धोखाधड़ी की शिकायत की जा सकती है, और कितने दिन में पैसे वापस आते हैं?`],
  ["hi", "neg-financial:fees:free", `SBI ATM से महीने में पाँच से ज़्यादा बार पैसे निकालने पर ₹21 + GST लगता है क्या? 8 बार निकालूँ तो कितना लगेगा?`],
  ["hi", "neg-date:product:free", `Jio का 4G लॉन्च 5 सितंबर 2016 को हुआ था ना? उसके बाद डेटा के दाम कितने गिरे?`],
  ["hi", "neg-address:shop:doc", `दुकान का विज्ञापन लिखो: शर्मा स्वीट्स, 112 चांदनी चौक, दिल्ली 110006, सुबह 8 से रात 10 बजे तक।`],
  ["hi", "phone:named-mobile:free", `मेरे ड्राइवर रमेश यादव का नंबर ⟦phone|98765 21403⟧ है, उसे कल सुबह 7 बजे आने का मैसेज लिख दो।`],
  ["hi", "date:named-birth:doc", `फॉर्म चेक करो: नाम: सुनीता अग्रवाल, जन्म तिथि: ⟦date_of_birth|14/09/1972⟧, पता: (खाली)।`],
  // --- Turkish --------------------------------------------------------------------------------------------------------
  ["tr", "neg-address:venue:free", `Zorlu PSM'nin adresi Levazım Mahallesi, Koru Sokağı No:2, Beşiktaş mı? Metroyla nasıl giderim?`],
  ["tr", "neg-date:historical:free", `Türkiye Cumhuriyeti 29 Ekim 1923'te ilan edildi. Beşinci sınıf için kısa bir metin yazar mısın?`],
  ["tr", "neg-password:cli-help:code", `"sudo: a password is required" hatası alıyorum, sudoers dosyasında NOPASSWD ne işe yarıyor?`],
  ["tr", "neg-phone:business:doc", `Dükkan tabelası için yazı: Karadeniz Pide Salonu, paket servis 0212 523 48 90, her gün 11:00–23:00.`],
  ["tr", "neg-financial:salary-general:free", `Asgari ücret 2025'te net 22.104 TL oldu. İstanbul'da tek başına yaşamak için yeter mi?`],
  ["tr", "neg-date:format-code:code", `C#'ta DateTime.ParseExact("05.03.1990", "dd.MM.yyyy", null) neden FormatException veriyor, kültür ayarı mı?`],
  ["tr", "neg-address:fiction:free", `Romanımda dedektif Cihangir'de, Susam Sokak No:14'te oturuyor. Oradan Boğaz görünür mü, gerçekçi olsun.`],
  ["tr", "password:wifi-in-use:free", `Misafirler için yazı hazırla: Wi-Fi adı KaraEv_5G, şifre ⟦password|limon-Cay_2024⟧.`],
  ["tr", "financial:named-debt:free", `Eniştem Murat Aksoy'un kredi kartı borcu ⟦financial|87.500 TL⟧. Yapılandırma mı yapsın, ihtiyaç kredisi mi çeksin?`],
  // --- Russian --------------------------------------------------------------------------------------------------------
  ["ru", "neg-address:gov-office:free", `МФЦ на Новом Арбате, 2 работает в воскресенье? Хочу подать документы на загранпаспорт.`],
  ["ru", "neg-date:public-figure:free", `Юрий Гагарин родился 9 марта 1934 года. Сколько ему было лет во время полёта 12 апреля 1961 года?`],
  ["ru", "neg-password:hash-tutorial:code", `В уроке по PostgreSQL пароль хранится как md5 хеш 5f4dcc3b5aa765d61d8327deb882cf99. Почему так делать плохо?`],
  ["ru", "neg-phone:format-code:code", `Как в Python привести номера вида 8 (912) 345-67-89 к формату +79123456789? Нужна регулярка.`],
  [
    "ru",
    "neg-financial:statement-placeholder:doc",
    `Оформи шаблон выписки: Владелец счёта: ФИО / Номер счёта: 40817 810 X XXXX XXXX XXXX / Остаток на начало: 0,00 ₽.`,
  ],
  ["ru", "neg-date:contract:doc", `Договор поставки между ООО «Северлес» и АО «Балтстрой» действует с 01.04.2025 по 31.03.2026. Составь пункт о пролонгации.`],
  [
    "ru",
    "neg-address:returns-policy:doc",
    `Сделай текст о возврате вежливее: «Возврат товара: г. Казань, ул. Техническая, д. 10, склад ООО „Волга-Маркет“, в течение 14 дней».`,
  ],
  [
    "ru",
    "address:named-home:free",
    `Напиши поздравление для бабушки, Валентины Петровны Орловой, отправлю на ⟦street_address|ул. Садовая, д. 17, кв. 42, Тверь⟧.`,
  ],
  ["ru", "phone:named-mobile:free", `Сохрани номер репетитора Алексея Громова: ⟦phone|+7 916 482-37-51⟧, занятия по вторникам.`],
];
