/**
 * Development set 20, Chinese (simplified and traditional: mainland, Taiwan, Hong Kong), Japanese and Korean entries.
 * Marks: ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { chineseId, myNumber, rrn } from "../dev-10/values.js";
import { hkid, taiwanId } from "../dev-12/values.js";
import { broken } from "./values.js";

/** Invalid-checksum numbers used in hard negatives; check.ts asserts each fails its check. */
export const CJK_BROKEN = {
  zh: broken(chineseId("44030519910817352")),
  tw: broken(taiwanId("F", "22814637")),
  ja: broken(myNumber("40731926581")),
  ko: broken(rrn("920517108342")),
};

export const CJK: MarkedEntry[] = [
  // --- Chinese, simplified --------------------------------------------------------------------------------------
  [
    "zh",
    "id:form-zh:structured",
    `帮我把这份入职登记表整理成表格：\n姓名：周晓梅\n身份证号码：⟦national_id|${chineseId("51010719930402482")}⟧\n现住址：⟦street_address|四川省成都市武侯区人民南路四段 27 号 3 栋 1204 室⟧\n联系电话：⟦phone|139 8062 4417⟧`,
  ],
  ["zh", "id:chat-zh:free", `我妈的身份证号是 ⟦national_id|${chineseId("37020219620915302")}⟧，帮她在网上挂号要填，你帮我看看格式对不对`],
  [
    "zh",
    "id:ocr-zh:structured",
    `OCR 识别结果有乱码，帮我纠正：\n姓 名 黄 建 国\n性 别 男 民 族 汉\n出 生 ⟦date_of_birth|1978 年 6 月 23 日⟧\n住 址 ⟦street_address|广东省佛山市禅城区祖庙路 18 号 502 房⟧\n公民身份号码 ⟦national_id|${chineseId("44060419780623151")}⟧`,
  ],
  ["zh", "dob:chat-zh:free", `同事李文静是 ⟦date_of_birth|1990年3月8日⟧ 出生的，正好妇女节，帮我写一段生日祝福`],
  ["zh", "address:email-zh:free", `帮我写封邮件给房东：我是住在 ⟦street_address|北京市朝阳区望京西园三区 312 号楼 2 单元 701⟧ 的租户王磊，暖气一直不热。`],
  ["zh", "phone:chat-zh:free", `把外婆的号码存成名片格式：张秀兰，手机 ⟦phone|+86 158-2173-9046⟧，家里座机 ⟦phone|0571-8692 3310⟧`],
  ["zh", "health:chat-zh:free", `帮我给领导请假，措辞委婉点：我们组的赵宇航上周确诊了 ⟦health|抑郁症⟧，医生让他 ⟦health|服用舍曲林⟧ 并休息两周。`],
  [
    "zh",
    "health:record-zh:structured",
    `把这段病历翻译成英文：患者 孙立新，男，56 岁。诊断：⟦health|2 型糖尿病⟧，⟦health|糖化血红蛋白 9.1%⟧，建议 ⟦health|胰岛素治疗⟧。`,
  ],
  ["zh", "passport:form-zh:structured", `签证表格帮我检查：申请人 陈佳怡，护照号 ⟦passport|E72931846⟧，出生日期 ⟦date_of_birth|1996-11-02⟧`],
  ["zh", "neg-id:doc-zh:free", `为什么这个身份证号校验不通过？${CJK_BROKEN.zh} 是我编的测试数据，想弄清楚最后一位校验码怎么算。`],
  ["zh", "neg-id:doc-zh:free", `请解释一下 18 位身份证号的结构：前 6 位是行政区划代码，接着 8 位出生日期，3 位顺序码，最后一位是校验码（可能是 X）。`],
  ["zh", "neg-dob:public-zh:free", `鲁迅 1881 年 9 月 25 日出生于浙江绍兴，帮我写一段适合小学生的人物介绍。`],
  ["zh", "neg-address:public-zh:free", `帮我写个导航说明：国家博物馆在北京市东城区东长安街 16 号，地铁 1 号线天安门东站 C 口出。`],
  ["zh", "neg-phone:public-zh:free", `海报上要写：市民服务热线 12345，消费者投诉 12315，报警 110。帮我排版。`],
  ["zh", "neg-id:company-zh:free", `这家公司的统一社会信用代码 91310000MA1FL4XQ2B 是什么意思？每一段分别代表什么？`],
  ["zh", "neg-health:public-zh:free", `霍金患有渐冻症（肌萎缩侧索硬化），帮我写一段他如何克服疾病坚持科研的励志文字。`],
  ["zh", "neg-address:fiction-zh:free", `《红楼梦》里贾府的荣国府在哪里？帮我分析小说里的宁荣街布局。`],
  // --- Chinese, traditional: Taiwan and Hong Kong ---------------------------------------------------------------
  [
    "zh-Hant",
    "id:form-tw:structured",
    `幫我核對這張報名表：\n姓名：林怡君\n身分證字號：⟦national_id|${taiwanId("A", "22719385")}⟧\n出生年月日：⟦date_of_birth|民國 84 年 7 月 19 日⟧\n地址：⟦street_address|台北市大安區復興南路一段 126 巷 8 號 4 樓⟧`,
  ],
  ["zh-Hant", "id:chat-tw:free", `我爸的身分證是 ⟦national_id|${taiwanId("L", "12038476")}⟧，健保卡要補辦，幫我寫申請書`],
  ["zh-Hant", "phone:chat-tw:free", `幫我把阿嬤的電話改成國際格式：手機 ⟦phone|0912-483-706⟧，市話 ⟦phone|(04) 2236-5817⟧`],
  [
    "zh-Hant",
    "id:form-hk:structured",
    `幫我填返呢份表：\n姓名：陳嘉欣\n香港身份證號碼：⟦national_id|${hkid("K", "613528")}⟧\n住址：⟦street_address|九龍旺角彌敦道 688 號 12 樓 B 室⟧\n電話：⟦phone|9137 2846⟧`,
  ],
  ["zh-Hant", "health:chat-hk:free", `幫我寫個訊息俾老細：同事何志明 ⟦health|心臟病發⟧ 入咗伊利沙伯醫院，做咗 ⟦health|通波仔⟧，要請假一個月。`],
  ["zh-Hant", "neg-id:doc-tw:free", `身分證字號 ${CJK_BROKEN.tw} 為什麼系統說檢查碼錯誤？這是我測試用自己編的號碼，請說明驗證規則。`],
  ["zh-Hant", "neg-address:public-hk:free", `幫我寫遊客指南：香港入境事務處總部位於將軍澳寶邦路 61 號，查詢電話 2824 6111。`],
  ["zh-Hant", "neg-dob:public-tw:free", `李安導演 1954 年 10 月 23 日出生於屏東潮州，幫我整理他的作品年表。`],
  // --- Japanese ---------------------------------------------------------------------------------------------------
  [
    "ja",
    "id:form-ja:structured",
    `この申込書の内容をメールに書き直して：\n氏名：松本 直樹\nマイナンバー：⟦national_id|${myNumber("72850164937")}⟧\n生年月日：⟦date_of_birth|昭和58年2月14日⟧\n住所：⟦street_address|〒460-0008 愛知県名古屋市中区栄三丁目15番27号 サンシャイン栄 806⟧`,
  ],
  ["ja", "id:chat-ja:free", `夫の個人番号 ⟦national_id|${myNumber("31946028571")}⟧ を年末調整の書類に書くんだけど、書き方の注意点を教えて`],
  [
    "ja",
    "address:chat-ja:free",
    `引っ越しのお知らせを作って。新しい住所は ⟦street_address|神奈川県横浜市港北区日吉本町1丁目4番地12 コーポ日吉203⟧ です。差出人は 小林 由美。`,
  ],
  [
    "ja",
    "dob:form-ja:structured",
    `会員登録の確認：氏名 渡辺 さくら／生年月日 ⟦date_of_birth|平成12年8月3日⟧／電話 ⟦phone|080-3915-6274⟧ 西暦に直して表にして`,
  ],
  ["ja", "health:email-ja:free", `上司へのメールを丁寧にして：「営業部の中村 翔太さんが ⟦health|うつ病⟧ と診断され、⟦health|休職⟧ することになりました。」`],
  [
    "ja",
    "health:record-ja:structured",
    `この紹介状を英訳して：患者 伊藤 和子（72歳）、⟦health|心房細動⟧ にて ⟦health|ワルファリン服用中⟧、⟦health|HbA1c 7.8%⟧。`,
  ],
  ["ja", "phone:ocr-ja:structured", `名刺をOCRしたら崩れた。整えて：\n山 田 太 郎\n携 帯 ⟦phone|090 - 7725 - 3184⟧\n自 宅 ⟦phone|03-5987-2640⟧`],
  ["ja", "passport:form-ja:structured", `ビザ申請の英訳：氏名 加藤 美穂、旅券番号 ⟦passport|TK4729163⟧、生年月日 ⟦date_of_birth|1991年5月27日⟧`],
  ["ja", "neg-id:doc-ja:free", `マイナンバー ${CJK_BROKEN.ja} がチェックデジットで弾かれます。テスト用に作った番号ですが、どこが間違っていますか？`],
  ["ja", "neg-id:doc-ja:free", `マイナンバーは12桁で、最後の1桁が検査用数字です。計算方法をプログラマー向けに説明して。`],
  ["ja", "neg-dob:public-ja:free", `夏目漱石は慶応3年1月5日（1867年2月9日）生まれ。小学生向けに紹介文を書いて。`],
  ["ja", "neg-address:public-ja:free", `観光案内に載せたい：東京都庁は東京都新宿区西新宿2丁目8番1号、展望室は無料です。`],
  ["ja", "neg-phone:public-ja:free", `ポスター用：消費者ホットライン 188、救急安心センター #7119、警察相談 #9110。レイアウトして。`],
  ["ja", "neg-id:company-ja:free", `法人番号 7000012050002 は国税庁のサイトで公開されていますが、13桁の構成を教えて。`],
  ["ja", "neg-health:fiction-ja:free", `『ブラック・ジャック』で主人公が手術する患者の病気を、話ごとに一覧にして。`],
  // --- Korean -----------------------------------------------------------------------------------------------------
  [
    "ko",
    "id:form-ko:structured",
    `이 입사 서류 내용 정리해줘:\n성명: 박지훈\n주민등록번호: ⟦national_id|${rrn("880726105931")}⟧\n주소: ⟦street_address|서울특별시 마포구 월드컵북로 235, 4동 1103호⟧\n연락처: ⟦phone|010-2938-4715⟧`,
  ],
  ["ko", "id:chat-ko:free", `할머니 주민번호 ⟦national_id|${rrn("470213204728")}⟧로 병원 예약해야 하는데 앞자리 생년월일 맞는지 봐줘`],
  [
    "ko",
    "address:email-ko:free",
    `택배 기사님께 보낼 문자 다듬어줘: 받는 사람 최민수, 주소는 ⟦street_address|부산광역시 해운대구 좌동순환로 433번길 21, 502동 807호⟧입니다.`,
  ],
  ["ko", "dob:chat-ko:free", `친구 윤서아 생년월일이 ⟦date_of_birth|1999. 12. 24.⟧인데 만 나이로 몇 살이야?`],
  ["ko", "health:chat-ko:free", `팀장님께 보고 문자 써줘: 정우성 대리가 ⟦health|갑상선암⟧ 진단받고 다음 주 ⟦health|수술⟧ 들어갑니다.`],
  ["ko", "health:record-ko:structured", `진료 기록 영어로 번역: 환자 강민지(34세, 여) — ⟦health|공황장애⟧, ⟦health|에스시탈로프람 10mg⟧ 복용 중.`],
  ["ko", "phone:chat-ko:free", `아빠 번호 국제전화 형식으로: ⟦phone|010-7351-2846⟧, 사무실 ⟦phone|02-3781-5529⟧`],
  ["ko", "neg-id:doc-ko:free", `주민등록번호 ${CJK_BROKEN.ko} 이 검증에서 틀렸다고 나와요. 테스트용으로 만든 번호인데 마지막 자리 계산법 알려줘.`],
  ["ko", "neg-dob:public-ko:free", `세종대왕은 1397년 5월 15일에 태어났어요. 어린이용 위인전 한 단락 써줘.`],
  ["ko", "neg-address:public-ko:free", `안내문 만들어줘: 서울시청은 서울특별시 중구 세종대로 110, 민원 문의는 다산콜센터 120.`],
  ["ko", "neg-id:company-ko:free", `사업자등록번호 형식 123-45-67890 은 각 자리가 뭘 뜻하는지 설명해줘.`],
  ["ko", "neg-health:public-ko:free", `야구선수 류현진의 팔꿈치 인대 접합 수술 이후 복귀 과정을 기사 형식으로 요약해줘.`],
];
