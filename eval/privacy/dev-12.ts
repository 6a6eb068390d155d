/**
 * Development set 12 (`dev-12/a.jsonl`, `dev-12/b.jsonl`): non-Latin scripts and Hinglish from a new author —
 * Simplified and Traditional Chinese, Japanese, Korean, Hindi (Devanagari), Hinglish, Bengali, Tamil, Urdu,
 * Arabic, Persian, Thai, Vietnamese, Russian and Ukrainian — as users paste them: WeChat/LINE/KakaoTalk/WhatsApp
 * exports, HR and clinic messages, forms, CSV with local-language headers, JSON/YAML, delivery addresses, bank
 * transfer messages, passwords after local cues, named people's health and money; with hard negatives of the same
 * shapes (company addresses and hotlines, public figures, drama, documented example IDs, order and tracking
 * numbers, general health questions, aggregates). Written by the session-30 scripts helper on 2026-12-04 BEFORE
 * opening anything under src/privacy or running the guard (see dev-12/README.md). People and numbers are invented;
 * identifiers carry their real check digits (../dev-10/values.ts, dev-12/values.ts).
 * `kind` is `<topic>:<document>:<form>`; topic is health, financial, identity, contact, credentials or neg-<topic>.
 * Halves: within each language, positives and negatives alternate separately between A (tuned on) and B (report only).
 * Rebuild: npx tsx eval/privacy/dev-12.ts ; check: npx tsx eval/privacy/dev-12/check.ts
 * Score: npm run eval:privacy -- --set dev-12 --no-baselines
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { aadhaar, chineseId, iban, innPerson, luhn, myNumber, rrn, snils } from "./dev-10/values.js";
import { hkid, iranCode, rnokpp, taiwanId, thaiId } from "./dev-12/values.js";

const ENTRIES: MarkedEntry[] = [
  // --- Simplified Chinese -----------------------------------------------------------------------------------
  [
    "zh",
    "identity:hr-form:structured",
    `帮我把下面的入职信息整理成表格，按字段对齐：
姓名：郑晓雯
性别：女
身份证号：⟦national_id|${chineseId("44010619880917264")}⟧
出生日期：⟦date_of_birth|1988年9月17日⟧
手机：⟦phone|139 2651 8804⟧
现住址：⟦street_address|广东省广州市天河区天河北路233号中信广场旁龙苑小区5栋1102室⟧
紧急联系人：郑国强（父）`,
  ],
  [
    "zh",
    "neg-identity:standard-example:free",
    `GB 11643-1999 里给的示例号码是 11010519491231002X，请用这个例子解释一下18位身份证号每一段的含义，尤其是最后一位校验码 X 是怎么算出来的。`,
  ],
  [
    "zh",
    "health:wechat-chat:free",
    `帮我润色一下这段要发到部门群里的话，语气委婉一点：
"各位，跟大家说一下，王志刚最近确诊了⟦health|胰腺癌⟧，下周开始在肿瘤医院做⟦health|化疗⟧，这段时间他的工作先由小李接手。大家先别去问他细节。"`,
  ],
  ["zh", "neg-health:question:free", `胰腺癌早期一般有哪些症状？听说化疗的副作用很大，现在有没有副作用小一点的治疗方案？`],
  [
    "zh",
    "contact:delivery:free",
    `帮我把这个收货信息改成快递单的格式：收件人 刘佳怡，电话 ⟦phone|186-0217-3349⟧，地址 ⟦street_address|上海市浦东新区张杨路1588弄12号602室⟧，周末送货。`,
  ],
  [
    "zh",
    "neg-contact:company-address:free",
    `请把我们公司的联系方式翻译成英文放在官网页脚：深圳市南山区科技园科苑路15号科兴科学园B栋 华睿科技有限公司总部，客服热线 400-820-6688，工作日 9:00-18:00。`,
  ],
  [
    "zh",
    "credentials:chat:free",
    `帮我看看这条消息有没有错别字，我要发给我老公：
"家里路由器改了，WiFi 名字还是 ChenHome，密码是 ⟦password|Chen@2019home⟧，网银的登录密码我也改成了 ⟦password|zy8812!Qw⟧，别告诉别人。"`,
  ],
  ["zh", "neg-credentials:policy:free", `我们系统的密码规则是：密码长度至少8位，必须包含大小写字母和数字，90天强制修改一次。帮我把这段写成用户提示文案。`],
  [
    "zh",
    "financial:bank-transfer:free",
    `帮我写一条转账附言的说明：给张建华转工资，收款账号 ⟦bank_account|6222 0212 0300 4471 552⟧，工商银行北京朝阳支行，金额 ⟦financial|18,500元⟧，备注"11月工资"。`,
  ],
  ["zh", "neg-financial:statistics:free", `根据国家统计局数据，2023年城镇非私营单位就业人员年平均工资为120698元，请帮我写一段话分析一下各行业之间的差距。`],
  [
    "zh",
    "identity:passport-form:structured",
    `帮我把签证申请表里的信息翻译成英文：
申请人：孙浩然
护照号码：⟦passport|E83920471⟧
出生日期：⟦date_of_birth|1993年3月5日⟧
身份证号：⟦national_id|${chineseId("31011519920305381")}⟧`,
  ],
  ["zh", "neg-identity:tracking:free", `我的快递单号是 SF1402837719263，顺丰显示已经到了转运中心三天了都没动，帮我写一段投诉给客服的话。`],
  [
    "zh",
    "health:csv:structured",
    `下面是体检异常的员工名单，帮我按科室排序：
姓名,科室,异常项目
黄文博,财务部,⟦health|高血压⟧
林晓燕,市场部,⟦health|甲状腺结节⟧
马俊,技术部,⟦health|脂肪肝⟧`,
  ],
  [
    "zh",
    "neg-health:csv:structured",
    `下面是体检异常项目的统计，帮我做成饼图：
异常项目,人数,占比
高血压,37,12.3%
甲状腺结节,52,17.3%
脂肪肝,68,22.6%`,
  ],
  [
    "zh",
    "financial:chat:free",
    `帮我把这段话改得客气一点发给我表哥：
"建军，你去年3月借我的⟦financial|5万块钱⟧到现在还没还，你说过年前还的。我这边房贷每个月要还⟦financial|6800元⟧，真的有点紧张。"`,
  ],
  ["zh", "neg-financial:fiction:free", `我在写一部小说，主角李逍遥欠了赌场五万两银子，被追债到了余杭镇。帮我续写这一段，要有点幽默感。`],
  [
    "zh",
    "identity:json:structured",
    `这个接口返回的 JSON 解析报错，帮我看看哪里格式不对：
{"name": "杨思远", "id_card": "⟦national_id|${chineseId("51010719750611423")}⟧", "mobile": "⟦phone|13708162259⟧", "birthday": "⟦date_of_birth|1975-06-11⟧", "address": "⟦street_address|四川省成都市武侯区人民南路四段27号3单元401⟧"}`,
  ],
  [
    "zh",
    "neg-identity:json:structured",
    `这个接口返回的 JSON 解析报错，帮我看看哪里格式不对：
{"name": "张三", "id_card": "110101199003070000", "mobile": "13800000000", "address": "示例地址，仅供测试"}`,
  ],
  // --- Traditional Chinese (Taiwan, Hong Kong) -----------------------------------------------------------------
  [
    "zh-Hant",
    "identity:line-chat:free",
    `幫我把這段 LINE 對話整理成請假單：
[14:02] 陳怡君：主任，我明天要帶我媽去榮總回診
[14:03] 陳怡君：我的身分證字號是 ⟦national_id|${taiwanId("F", "22841937")}⟧，手機 ⟦phone|0912-345-678⟧，麻煩幫我填代理人表`,
  ],
  ["zh-Hant", "neg-identity:example:free", `內政部的說明文件常用 A123456789 當身分證字號的範例，請解釋第一個英文字母代表什麼縣市，以及檢查碼怎麼算。`],
  [
    "zh-Hant",
    "health:clinic-message:free",
    `請幫我把這則訊息翻成英文給外籍看護：
「林美惠女士這週起改吃 ⟦health|Metformin 500mg 一天兩次⟧，她有 ⟦health|第二型糖尿病⟧ 和 ⟦health|輕度失智⟧，晚上如果血糖低於70要給她喝果汁。」`,
  ],
  ["zh-Hant", "neg-health:drama:free", `《我們與惡的距離》裡應思悅的弟弟應思聰有思覺失調症，請幫我寫一段劇評，討論這部劇怎麼呈現精神疾病。`],
  [
    "zh-Hant",
    "contact:delivery:free",
    `蝦皮訂單收件資訊，請幫我確認格式：
收件人：張家豪
電話：⟦phone|0933-218-406⟧
地址：⟦street_address|台北市大安區復興南路一段390號7樓之2⟧`,
  ],
  [
    "zh-Hant",
    "neg-contact:store:free",
    `幫我寫一則粉專貼文：我們的新門市開幕囉！地址：台北市信義區松高路11號 誠品信義店2樓，營業時間 11:00-22:00，客服專線 0800-088-888。`,
  ],
  [
    "zh-Hant",
    "identity:hk-form:structured",
    `請幫我把這張香港租約表格的資料轉成英文：
租客姓名：何嘉欣
香港身份證號碼：⟦national_id|${hkid("K", "472913")}⟧
聯絡電話：⟦phone|9461 2873⟧
出生日期：⟦date_of_birth|1990年11月2日⟧`,
  ],
  ["zh-Hant", "neg-identity:hk-example:free", `香港身份證號碼的格式像 A123456(3) 這樣，括號裡是校驗碼。請寫一個 Python 函數驗證這個格式，不用真的號碼。`],
  [
    "zh-Hant",
    "financial:transfer:free",
    `幫我寫一封 email 給會計：請於本月25日前將 ⟦financial|新台幣 86,000 元⟧ 的退款匯到吳承恩先生的帳戶，中國信託 822，帳號 ⟦bank_account|5403 1028 7761⟧。`,
  ],
  ["zh-Hant", "neg-financial:aggregate:free", `主計總處公布 2023 年全體受僱員工平均年薪為 67.5 萬元，中位數約 51.6 萬元，請幫我做一段簡報旁白。`],
  [
    "zh-Hant",
    "credentials:line-chat:free",
    `這段對話幫我翻譯成英文：
[21:40] 黃柏翰：爸，Netflix 的密碼是 ⟦password|Huang0517!tw⟧，帳號用我的 email
[21:41] 黃柏翰：不要再改了喔`,
  ],
  [
    "zh-Hant",
    "neg-credentials:support:free",
    `請幫我寫客服回覆：「若忘記密碼，請點選登入頁面的『忘記密碼』，系統會寄送重設連結到您的註冊信箱。」語氣親切一點。`,
  ],
  // --- Japanese ---------------------------------------------------------------------------------------------
  [
    "ja",
    "health:hr-message:free",
    `この文章を丁寧な社内メールに直してください：
「営業二課の森田浩二さんですが、⟦health|適応障害⟧の診断で来月末まで休職します。主治医から⟦health|抗うつ薬⟧を処方されているそうです。本人の希望で、チームには体調不良とだけ伝えてください。」`,
  ],
  [
    "ja",
    "neg-health:question:free",
    `適応障害と診断された場合、休職期間はどれくらいが一般的ですか？会社に伝えるべきことと伝えなくていいことを教えてください。`,
  ],
  [
    "ja",
    "identity:form:structured",
    `以下の申込書の内容をCSVにしてください。
氏名：石川 美咲（イシカワ ミサキ）
生年月日：⟦date_of_birth|平成2年7月14日⟧
個人番号：⟦national_id|${myNumber("38290147561")}⟧
電話番号：⟦phone|090-4417-2386⟧
住所：⟦street_address|〒154-0023 東京都世田谷区若林3丁目12番5号 メゾン若林203⟧`,
  ],
  [
    "ja",
    "neg-identity:form:structured",
    `以下の申込書の記入例をCSVにしてください。
氏名：山田 太郎（ヤマダ タロウ）
生年月日：昭和60年1月1日
電話番号：03-1234-5678
住所：〒100-0001 東京都千代田区千代田1番1号（記入例）`,
  ],
  [
    "ja",
    "contact:line-chat:free",
    `LINEのトークを要約して：
[10:12] 佐々木 優：引っ越しました！新住所は ⟦street_address|大阪府大阪市北区天神橋5丁目8-14 グランコート天神橋902号⟧ です
[10:13] 佐々木 優：携帯も変わって ⟦phone|080-6621-9043⟧ になりました`,
  ],
  [
    "ja",
    "neg-contact:shop:free",
    `お店の紹介文を英語にしてください：「当店は大阪府大阪市北区梅田1丁目3番1号 大阪駅前第1ビル1階にございます。営業時間は11時〜21時、お問い合わせは 0120-123-456 まで。」`,
  ],
  [
    "ja",
    "credentials:memo:free",
    `このメモを整理して表にしてください：
楽天銀行 ログインID：kenta_h88 パスワード：⟦password|Kh19880324#⟧
暗証番号：⟦password|7731⟧
Amazon パスワード ⟦password|haruka-Love2020⟧`,
  ],
  [
    "ja",
    "neg-credentials:manual:free",
    `このマニュアルの一文を自然な英語に：「初期パスワードは管理者から通知されます。初回ログイン時に必ず変更してください。パスワードは8文字以上で、英大文字・小文字・数字を含めてください。」`,
  ],
  [
    "ja",
    "financial:transfer:free",
    `振込依頼のメールを書いてください。振込先：みずほ銀行 渋谷支店 普通 口座番号 ⟦bank_account|3817264⟧ 口座名義 タナカ ヒロシ、金額 ⟦financial|248,000円⟧、田中博さんへの11月分の報酬です。`,
  ],
  ["ja", "neg-financial:company:free", `トヨタ自動車の2024年3月期の営業利益は5兆3529億円でした。この数字を使って、決算の要点を3行でまとめてください。`],
  [
    "ja",
    "health:clinic-note:structured",
    `この診療メモを英訳してください。
患者：小林 正樹 様（68歳）
診断：⟦health|心房細動⟧、⟦health|慢性腎臓病ステージ3⟧
処方：⟦health|エリキュース 2.5mg 1日2回⟧
次回：12月18日`,
  ],
  [
    "ja",
    "neg-health:drama:free",
    `ドラマ『コウノドリ』で、妊婦が切迫早産で入院するエピソードがありました。切迫早産とはどういう状態か、ドラマのあらすじと合わせて説明してください。`,
  ],
  [
    "ja",
    "identity:passport:free",
    `ビザ申請書の英語欄を埋めるのを手伝ってください。旅券番号 ⟦passport|TK4829173⟧、氏名 WATANABE YUI、生年月日 ⟦date_of_birth|1996年2月29日⟧、本籍 北海道。`,
  ],
  ["ja", "neg-identity:tracking:free", `ヤマト運輸の伝票番号 4829-1736-5520 の荷物が三日間「作業店通過」のままです。問い合わせの文面を作ってください。`],
  [
    "ja",
    "financial:chat:free",
    `この相談を丁寧な文章に：「同僚の中村翔太さんが消費者金融から⟦financial|320万円⟧借りていて、毎月の返済が⟦financial|9万円⟧あるそうです。どう声をかければいいでしょうか。」`,
  ],
  [
    "ja",
    "neg-financial:question:free",
    `消費者金融の金利の上限は年20%と聞きました。100万円を借りた場合、3年で返すと総額いくらになりますか？計算式も教えてください。`,
  ],
  // --- Korean ------------------------------------------------------------------------------------------------
  [
    "ko",
    "identity:kakao-chat:free",
    `카카오톡 대화 정리해줘:
[오후 3:14] 박지훈: 팀장님 보험 서류에 필요하다고 해서 보내요
[오후 3:14] 박지훈: 주민등록번호 ⟦national_id|${rrn("850412123451")}⟧
[오후 3:15] 박지훈: 주소는 ⟦street_address|서울특별시 마포구 월드컵북로 396, 102동 1504호⟧ 입니다`,
  ],
  [
    "ko",
    "neg-identity:template:free",
    `회원가입 양식의 안내 문구를 다듬어줘: "주민등록번호 예시: 900101-1234567 (홍길동). 실제 번호는 입력하지 마시고 생년월일만 입력하세요."`,
  ],
  [
    "ko",
    "health:team-message:free",
    `이 메시지를 좀 더 부드럽게 고쳐줘: "다들 알고 계시겠지만 개발팀 최수민 님이 ⟦health|갑상선암⟧ 수술을 받으셔서 2주간 병가입니다. 수술 후 ⟦health|방사성 요오드 치료⟧도 예정되어 있다고 합니다."`,
  ],
  ["ko", "neg-health:question:free", `갑상선암은 예후가 좋은 암이라고 들었는데, 수술 후 방사성 요오드 치료는 보통 언제 하나요? 일반적인 경과를 알려줘.`],
  [
    "ko",
    "contact:csv:structured",
    `이 배송 명단을 택배사 양식으로 바꿔줘:
이름,연락처,주소
김하늘,⟦phone|010-3847-2915⟧,⟦street_address|경기도 성남시 분당구 판교역로 166, 305동 901호⟧
이준서,⟦phone|010-7712-0486⟧,⟦street_address|부산광역시 해운대구 센텀중앙로 79, 2203호⟧`,
  ],
  [
    "ko",
    "neg-contact:company:free",
    `회사 소개 페이지 문구를 영어로 번역해줘: "본사: 서울특별시 강남구 테헤란로 152 강남파이낸스센터 20층, 고객센터 1588-3820 (평일 09:00~18:00)."`,
  ],
  [
    "ko",
    "credentials:memo:free",
    `메모장에 적어둔 거 정리해줘:
- 공인인증서 비밀번호: ⟦password|hj0914!@kb⟧
- 회사 VPN 암호 ⟦password|Winter2024$dev⟧
- 도어락 1357`,
  ],
  ["ko", "neg-credentials:rule:free", `비밀번호는 8자 이상, 영문·숫자·특수문자 조합이어야 한다는 안내문을 세 가지 버전으로 써줘.`],
  [
    "ko",
    "financial:transfer:free",
    `송금 확인 문자 다듬어줘: "정은지 님, 11월 급여 ⟦financial|3,420,000원⟧ 국민은행 ⟦bank_account|412302-01-558190⟧ 계좌로 입금 완료했습니다."`,
  ],
  ["ko", "neg-financial:aggregate:free", `통계청에 따르면 2023년 임금근로자 월평균 소득은 353만원이라고 해. 이걸 바탕으로 사회초년생 재테크 글 도입부를 써줘.`],
  [
    "ko",
    "health:clinic-record:structured",
    `진료 기록 영어로 번역해줘.
환자명: 윤서연 (여, 34세)
생년월일: ⟦date_of_birth|1990년 5월 8일⟧
진단명: ⟦health|공황장애⟧, ⟦health|불면증⟧
처방: ⟦health|에스시탈로프람 10mg⟧`,
  ],
  ["ko", "neg-health:drama:free", `드라마 '슬기로운 의사생활'에서 익준이 간이식 수술을 하는 에피소드 줄거리를 요약해줘.`],
  [
    "ko",
    "identity:passport:structured",
    `여권 정보를 영문 양식에 맞게 정리해줘.
성명: 강민호
여권번호: ⟦passport|M48201937⟧
생년월일: ⟦date_of_birth|1987.10.23⟧
휴대폰: ⟦phone|010-5529-8814⟧`,
  ],
  ["ko", "neg-identity:order:free", `쿠팡 주문번호 2000128473921847 로 주문한 상품이 아직 배송 준비중이야. 판매자에게 보낼 문의 글 써줘.`],
  // --- Hindi (Devanagari) --------------------------------------------------------------------------------------
  [
    "hi",
    "identity:form:structured",
    `इस फॉर्म की जानकारी अंग्रेज़ी में लिख दो:
नाम: सुनीता देवी
आधार संख्या: ⟦national_id|${aadhaar("52718364091")}⟧
पैन: ⟦national_id|BQLPD4821K⟧
मोबाइल: ⟦phone|79432-32102⟧
जन्म तिथि: ⟦date_of_birth|14/08/1979⟧`,
  ],
  [
    "hi",
    "neg-identity:uidai-example:free",
    `UIDAI की वेबसाइट पर आधार का नमूना कार्ड दिखाया जाता है जिसमें "1234 5678 9012" लिखा होता है। समझाओ कि असली आधार नंबर में Verhoeff चेक डिजिट क्यों होता है।`,
  ],
  [
    "hi",
    "health:whatsapp:free",
    `इस मैसेज को थोड़ा सही कर दो, भाई को भेजना है:
"राजेश, मम्मी (कमला शर्मा) की रिपोर्ट आ गई है। डॉक्टर ने बताया कि उन्हें ⟦health|स्तन कैंसर⟧ है, दूसरी स्टेज। अगले हफ्ते से ⟦health|कीमोथेरेपी⟧ शुरू होगी।"`,
  ],
  ["hi", "neg-health:question:free", `स्तन कैंसर के शुरुआती लक्षण क्या होते हैं और कीमोथेरेपी के बाद खान-पान में क्या ध्यान रखना चाहिए? आसान हिंदी में बताओ।`],
  [
    "hi",
    "contact:delivery:free",
    `डिलीवरी पता अंग्रेज़ी में बदल दो: ⟦street_address|फ्लैट नं. 304, साईं कृपा अपार्टमेंट, एम.जी. रोड, गांधी नगर, भोपाल - 462036⟧, प्राप्तकर्ता: अमित वर्मा, फ़ोन ⟦phone|98260 41173⟧`,
  ],
  [
    "hi",
    "neg-contact:office:free",
    `हमारे ऑफिस का पता वेबसाइट के लिए अंग्रेज़ी में लिख दो: कार्यालय – भारतीय रेल यात्री सेवा केंद्र, रेल भवन, रायसीना रोड, नई दिल्ली - 110001, हेल्पलाइन 139।`,
  ],
  [
    "hi",
    "credentials:chat:free",
    `इस मैसेज की भाषा ठीक कर दो: "छोटू, नेटबैंकिंग का पासवर्ड ⟦password|Priya@1986#sbi⟧ है और यूज़र आईडी priyaverma86 है। किसी को मत बताना।"`,
  ],
  ["hi", "neg-credentials:rule:free", `बैंक के ग्राहकों के लिए नोटिस लिखो: "अपना पासवर्ड किसी से साझा न करें। बैंक कभी भी फोन पर आपका पासवर्ड या OTP नहीं मांगता।"`],
  [
    "hi",
    "financial:salary:free",
    `यह ईमेल सुधार दो: "श्री दिनेश यादव का अक्टूबर का वेतन ⟦financial|₹62,400⟧ उनके खाता संख्या ⟦bank_account|30418827561⟧ (SBI, IFSC SBIN0004321) में भेज दिया गया है।"`,
  ],
  ["hi", "neg-financial:aggregate:free", `भारत में 2023 में औसत मासिक वेतन लगभग ₹20,000 था। इस आँकड़े पर एक छोटा निबंध लिखो।`],
  [
    "hi",
    "health:csv:structured",
    `इस मरीज़ सूची को वार्ड के हिसाब से छाँट दो:
नाम,वार्ड,बीमारी
रमेश गुप्ता,3,⟦health|टाइफाइड⟧
सीमा चौहान,5,⟦health|डेंगू⟧
मोहन लाल,3,⟦health|तपेदिक⟧`,
  ],
  [
    "hi",
    "neg-health:aggregate:structured",
    `इस तालिका से ग्राफ बनाओ:
बीमारी,मरीज़ों की संख्या
टाइफाइड,124
डेंगू,389
तपेदिक,57`,
  ],
  // --- Hinglish (Latin script) ---------------------------------------------------------------------------------
  [
    "hi-Latn",
    "health:whatsapp:free",
    `Is message ko English mein translate kar do:
"Bhaiya, Sunita aunty ki report aayi hai, unko ⟦health|thyroid cancer⟧ detect hua hai. Dr. Mehra bol rahe the ki surgery jaldi karni padegi. Abhi kisi ko mat batana."`,
  ],
  [
    "hi-Latn",
    "neg-health:question:free",
    `Thyroid cancer ke symptoms kya hote hain? Aur surgery ke baad recovery mein kitna time lagta hai, thoda simple mein samjhao.`,
  ],
  [
    "hi-Latn",
    "identity:chat:free",
    `Yeh details form mein bharni hai, English format mein likh do: naam Rohit Kumar Singh, aadhaar ⟦national_id|${aadhaar("86402719538", "-")}⟧, PAN ⟦national_id|DXKPS7719M⟧, mobile ⟦phone|98100-47325⟧.`,
  ],
  [
    "hi-Latn",
    "neg-identity:example:free",
    `PAN card ka format samjhao, jaise ABCDE1234F. Chautha letter P ka matlab kya hota hai aur last letter kaise decide hota hai?`,
  ],
  [
    "hi-Latn",
    "credentials:chat:free",
    `Grammar theek kar do: "Bhai, Hotstar ka password ⟦password|Ankit@9911⟧ hai, aur gmail wala ⟦password|ankit.sharma#2k24⟧ hai. Kal change kar dunga."`,
  ],
  ["hi-Latn", "neg-credentials:question:free", `Strong password kaise banaye? Kya mere naam aur birth year wala password safe hai ya nahi? Kuch tips do.`],
  [
    "hi-Latn",
    "contact:delivery:free",
    `Swiggy pe address update karna hai, isko proper format mein likh do: ⟦street_address|Flat 12B, Shanti Niketan Building, Linking Road, Bandra West, Mumbai 400050⟧, naam Neha Kapoor, phone ⟦phone|98201 33476⟧`,
  ],
  [
    "hi-Latn",
    "neg-contact:restaurant:free",
    `Restaurant ka Instagram caption likho: "Visit us at Shop No. 4, Linking Road, Bandra West, Mumbai 400050 — open 12 se 11 baje tak, reservations ke liye 1800-266-1234 pe call karo!"`,
  ],
  [
    "hi-Latn",
    "financial:chat:free",
    `Yeh message polite bana do: "Vikas, tumne March mein jo ⟦financial|₹1.5 lakh⟧ udhaar liye the woh abhi tak wapas nahi kiye. Meri EMI ⟦financial|₹18,000⟧ har mahine jaati hai, please is mahine tak de do."`,
  ],
  [
    "hi-Latn",
    "neg-financial:question:free",
    `Agar main ₹1.5 lakh ka personal loan 12% interest pe 2 saal ke liye loon toh EMI kitni banegi? Formula bhi batao.`,
  ],
  [
    "hi-Latn",
    "health:hr-message:free",
    `Isko formal email bana do HR ke liye: "Sir, Pooja Iyer next week se leave pe rahegi, usko ⟦health|typhoid⟧ hua hai aur doctor ne 10 din ⟦health|bed rest⟧ bola hai. Medical certificate kal bhejegi."`,
  ],
  [
    "hi-Latn",
    "neg-health:celebrity:free",
    `Amitabh Bachchan ko 2020 mein COVID hua tha aur woh Nanavati hospital mein admit the. Is news pe ek short blog intro likho.`,
  ],
  [
    "hi-Latn",
    "identity:csv:structured",
    `Is sheet ko JSON mein convert karo:
naam,aadhaar,mobile,janm tithi
Kavita Joshi,⟦national_id|${aadhaar("37195028461")}⟧,⟦phone|9876043215⟧,⟦date_of_birth|02-11-1984⟧
Arjun Nair,⟦national_id|${aadhaar("64820391756")}⟧,⟦phone|8800412376⟧,⟦date_of_birth|19-07-1991⟧`,
  ],
  [
    "hi-Latn",
    "neg-identity:csv:structured",
    `Is sheet ko JSON mein convert karo:
order_id,product,qty,pincode
OD4471829305,Redmi Note 13,1,400050
OD4471829306,boAt Airdopes,2,110001`,
  ],
  // --- Bengali -------------------------------------------------------------------------------------------------
  [
    "bn",
    "health:whatsapp:free",
    `এই মেসেজটা ইংরেজিতে অনুবাদ করে দাও:
"দিদি, রহিম চাচার রিপোর্ট এসেছে। ডাক্তার বলেছেন ওনার ⟦health|কিডনি ফেইলিওর⟧ হয়েছে, সপ্তাহে তিনবার ⟦health|ডায়ালাইসিস⟧ করতে হবে।"`,
  ],
  ["bn", "neg-health:question:free", `কিডনি ফেইলিওরের প্রাথমিক লক্ষণগুলো কী কী? ডায়ালাইসিস কখন দরকার হয়, সহজ ভাষায় বুঝিয়ে বলো।`],
  [
    "bn",
    "identity:form:structured",
    `এই ফর্মের তথ্যগুলো ইংরেজিতে লিখে দাও:
নাম: মোছাম্মৎ নাসরিন আক্তার
জাতীয় পরিচয়পত্র নম্বর: ⟦national_id|4619027583⟧
জন্ম তারিখ: ⟦date_of_birth|১২/০৩/১৯৮৮⟧
মোবাইল: ⟦phone|০১৭১১-৫৮২৩৪৬⟧`,
  ],
  [
    "bn",
    "neg-identity:form:structured",
    `এই খালি ফর্মটার লেবেলগুলো ইংরেজিতে লিখে দাও:
নাম: ____________
জাতীয় পরিচয়পত্র নম্বর: ____________
জন্ম তারিখ: দিন/মাস/বছর
মোবাইল: ০১XXX-XXXXXX`,
  ],
  [
    "bn",
    "contact:delivery:free",
    `ডেলিভারির ঠিকানাটা ঠিক করে দাও: প্রাপক তানভীর হাসান, ⟦street_address|বাড়ি ২৭, রোড ১১, ব্লক সি, বনানী, ঢাকা ১২১৩⟧, ফোন ⟦phone|01819-347261⟧`,
  ],
  ["bn", "neg-contact:company:free", `আমাদের কোম্পানির ঠিকানাটা ইংরেজিতে লিখে দাও: প্রধান কার্যালয়, গ্রামীণফোন লিমিটেড, জিপি হাউস, বসুন্ধরা, ঢাকা ১২২৯; হটলাইন ১২১।`],
  [
    "bn",
    "credentials:chat:free",
    `এই মেসেজটার বানান ঠিক করে দাও: "আপু, বিকাশের পিন ⟦password|৪৭১৯২⟧ আর ফেসবুকের পাসওয়ার্ড ⟦password|Sumi@Dhaka22⟧, কাউকে বলবে না।"`,
  ],
  ["bn", "neg-credentials:notice:free", `গ্রাহকদের জন্য একটা সতর্কবার্তা লিখে দাও: বিকাশ কখনো আপনার পিন বা পাসওয়ার্ড জানতে চায় না, কাউকে ওটিপি দেবেন না।`],
  [
    "bn",
    "financial:salary:free",
    `এই ইমেইলটা গুছিয়ে দাও: "জনাব শফিকুল ইসলামের নভেম্বর মাসের বেতন ⟦financial|৫৮,০০০ টাকা⟧ ডাচ-বাংলা ব্যাংকের অ্যাকাউন্ট নম্বর ⟦bank_account|1261510047823⟧-এ পাঠানো হয়েছে।"`,
  ],
  ["bn", "neg-financial:aggregate:free", `বাংলাদেশের মাথাপিছু আয় ২০২৩ সালে ২,৭৬৫ ডলার ছিল। এই তথ্য দিয়ে একটা ছোট অনুচ্ছেদ লেখো।`],
  // --- Tamil ---------------------------------------------------------------------------------------------------
  [
    "ta",
    "health:family-chat:free",
    `இந்த செய்தியை ஆங்கிலத்தில் மொழிபெயர்த்து தாருங்கள்:
"அண்ணா, செல்வி அக்காவுக்கு ⟦health|கருப்பை புற்றுநோய்⟧ என்று டாக்டர் சொன்னார். அடுத்த வாரம் ⟦health|அறுவை சிகிச்சை⟧ நடக்கும்."`,
  ],
  ["ta", "neg-health:question:free", `கருப்பை புற்றுநோயின் ஆரம்ப அறிகுறிகள் என்ன? எளிய தமிழில் விளக்குங்கள்.`],
  [
    "ta",
    "identity:form:structured",
    `இந்த விண்ணப்பத்தை ஆங்கிலத்தில் மாற்றுங்கள்:
பெயர்: கார்த்திகேயன் முருகன்
ஆதார் எண்: ⟦national_id|${aadhaar("73904528166")}⟧
பிறந்த தேதி: ⟦date_of_birth|21-04-1992⟧
கைபேசி: ⟦phone|94443 18207⟧`,
  ],
  [
    "ta",
    "neg-identity:form:structured",
    `இந்த விண்ணப்ப மாதிரியை ஆங்கிலத்தில் மாற்றுங்கள்:
பெயர்: (உங்கள் பெயர்)
ஆதார் எண்: XXXX XXXX XXXX
பிறந்த தேதி: DD-MM-YYYY`,
  ],
  [
    "ta",
    "contact:delivery:free",
    `இந்த முகவரியை கூரியர் படிவத்திற்கு ஏற்ப எழுதுங்கள்: பெறுநர் பிரியா ராஜன், ⟦street_address|கதவு எண் 14, 2வது குறுக்குத் தெரு, அண்ணா நகர், சென்னை 600040⟧, தொலைபேசி ⟦phone|98401 27735⟧`,
  ],
  [
    "ta",
    "neg-contact:temple:free",
    `மீனாட்சி அம்மன் கோவில், மதுரை 625001 — திறக்கும் நேரம் காலை 5 மணி முதல் இரவு 10 மணி வரை. இதை சுற்றுலா கையேட்டிற்காக ஆங்கிலத்தில் எழுதுங்கள்.`,
  ],
  [
    "ta",
    "financial:chat:free",
    `இந்த செய்தியை மரியாதையாக மாற்றுங்கள்: "சுரேஷ், நீங்க வாங்கின ⟦financial|₹75,000⟧ கடனை இந்த மாதம் திருப்பித் தர வேண்டும். என் கணக்கு எண் ⟦bank_account|6104 2210 0038 5571⟧ (இந்தியன் வங்கி)."`,
  ],
  ["ta", "neg-financial:question:free", `₹75,000 கடனுக்கு 10% வட்டியில் ஒரு வருடத்திற்கு எவ்வளவு வட்டி வரும்? கணக்கிட்டு காட்டுங்கள்.`],
  // --- Urdu ----------------------------------------------------------------------------------------------------
  [
    "ur",
    "identity:form:structured",
    `اس فارم کی معلومات انگریزی میں لکھ دیں:
نام: محمد عمران خان
شناختی کارڈ نمبر: ⟦national_id|35202-4718293-5⟧
تاریخ پیدائش: ⟦date_of_birth|۱۵-۰۶-۱۹۸۶⟧
موبائل: ⟦phone|0321-4478193⟧`,
  ],
  [
    "ur",
    "neg-identity:example:free",
    `نادرا کی ویب سائٹ پر شناختی کارڈ نمبر کی مثال 12345-1234567-1 دی گئی ہے۔ بتائیں کہ پہلے پانچ ہندسے کس چیز کو ظاہر کرتے ہیں؟`,
  ],
  [
    "ur",
    "health:whatsapp:free",
    `یہ پیغام انگریزی میں ترجمہ کر دیں:
"بھائی جان، فاطمہ باجی کو ⟦health|ہیپاٹائٹس سی⟧ کی تشخیص ہوئی ہے۔ ڈاکٹر صاحب نے تین مہینے کی دوائی شروع کروائی ہے۔"`,
  ],
  ["ur", "neg-health:question:free", `ہیپاٹائٹس سی کیسے پھیلتا ہے اور اس کا علاج کتنے عرصے کا ہوتا ہے؟ آسان اردو میں بتائیں۔`],
  [
    "ur",
    "contact:delivery:free",
    `یہ پتہ کوریئر کے لیے انگریزی میں لکھ دیں: وصول کنندہ عائشہ بی بی، ⟦street_address|مکان نمبر 45، گلی نمبر 7، بلاک ڈی، گلبرگ 3، لاہور 54660⟧، فون ⟦phone|0300-8412736⟧`,
  ],
  [
    "ur",
    "neg-contact:office:free",
    `ہمارے دفتر کا پتہ ویب سائٹ کے لیے انگریزی میں لکھیں: مرکزی دفتر، حبیب بینک پلازہ، آئی آئی چندریگر روڈ، کراچی؛ ہیلپ لائن 111-111-425۔`,
  ],
  [
    "ur",
    "credentials:chat:free",
    `اس پیغام کی اصلاح کر دیں: "ابو، ایزی پیسہ کا پن ⟦password|8426⟧ ہے اور ای میل کا پاس ورڈ ⟦password|Imran@Lhr1986⟧ ہے، کسی کو مت بتائیے گا۔"`,
  ],
  ["ur", "neg-credentials:notice:free", `صارفین کے لیے اطلاع لکھیں: "بینک کبھی بھی فون یا ایس ایم ایس پر آپ کا پاس ورڈ یا پن نہیں مانگتا۔"`],
  // --- Arabic (Gulf, Egypt, Saudi) -------------------------------------------------------------------------------
  [
    "ar",
    "identity:form:structured",
    `ترجم بيانات هذا النموذج إلى الإنجليزية:
الاسم: خالد عبدالله المنصوري
رقم الهوية الإماراتية: ⟦national_id|${luhn("784-1988-0482913-").replace(/-(\d)$/, "-$1")}⟧
تاريخ الميلاد: ⟦date_of_birth|12/04/1988⟧
الهاتف المتحرك: ⟦phone|050 382 7164⟧`,
  ],
  ["ar", "neg-identity:example:free", `في دليل الهوية الإماراتية يظهر الرقم 784-1234-1234567-1 كمثال فقط. اشرح لي ماذا تعني المقاطع الأربعة في رقم الهوية.`],
  [
    "ar",
    "identity:saudi-hr:structured",
    `رتب بيانات الموظف الجديد في جدول:
الاسم: نورة سعد القحطاني
رقم الهوية الوطنية: ⟦national_id|${luhn("108734562")}⟧
الجوال: ⟦phone|0551 274 903⟧
العنوان: ⟦street_address|حي الملقا، شارع أنس بن مالك، مبنى 4127، الرياض 13521⟧`,
  ],
  [
    "ar",
    "neg-identity:company:free",
    `اكتب فقرة تعريفية عن شركتنا: المقر الرئيسي في برج المملكة، طريق الملك فهد، الرياض 12214، ورقم خدمة العملاء الموحد 920000000، والسجل التجاري 1010123456.`,
  ],
  [
    "ar",
    "identity:egypt-form:structured",
    `حوّل هذه البيانات إلى JSON:
الاسم: أحمد محمود عبد الرحمن
الرقم القومي: ⟦national_id|28703150101837⟧
المحافظة: القاهرة
رقم الموبايل: ⟦phone|01012 847 396⟧`,
  ],
  ["ar", "neg-identity:egypt-tracking:free", `رقم الشحنة الخاصة بي من أرامكس هو 34871920563، وهي متأخرة منذ أسبوع. اكتب لي رسالة شكوى مهذبة لخدمة العملاء.`],
  [
    "ar",
    "health:whatsapp:free",
    `ترجم هذه الرسالة إلى الإنجليزية:
"يا جماعة، الأستاذة سلمى الحربي دخلت المستشفى أمس، شخّصوها بـ⟦health|جلطة دماغية⟧، وبدأوا معها ⟦health|العلاج الطبيعي⟧. ادعوا لها."`,
  ],
  ["ar", "neg-health:question:free", `ما هي أعراض الجلطة الدماغية؟ وكم يستغرق العلاج الطبيعي عادة بعد الجلطة؟`],
  [
    "ar",
    "health:clinic-record:structured",
    `ترجم هذا الملخص الطبي:
المريض: يوسف إبراهيم الشمري، 52 سنة
رقم الملف الطبي: ⟦medical_record|MRN-4471902⟧
التشخيص: ⟦health|فشل القلب الاحتقاني⟧ و⟦health|داء السكري من النوع الثاني⟧
العلاج: ⟦health|فوروسيميد 40 ملغ يومياً⟧`,
  ],
  ["ar", "neg-health:drama:free", `في مسلسل "الاختيار" يصاب أحد الأبطال بإصابة في العمود الفقري. لخّص لي أحداث الحلقة التي تدور حول ذلك.`],
  [
    "ar",
    "financial:transfer:free",
    `صغ لي رسالة تأكيد تحويل: تم تحويل مبلغ ⟦financial|٤٥٬٠٠٠ ريال⟧ إلى حساب السيد فهد العتيبي، الآيبان ⟦iban|${iban("SA", "45000000010987654321")}⟧، قيمة الدفعة الأولى من إيجار الفيلا.`,
  ],
  ["ar", "neg-financial:example-iban:free", `في وثائق البنك يظهر الآيبان SA03 8000 0000 6080 1016 7519 كمثال. كيف أتحقق من صحة الآيبان السعودي برمجياً؟`],
  [
    "ar",
    "credentials:chat:free",
    `صحح الأخطاء في هذه الرسالة: "يا أخي، كلمة المرور للواي فاي ⟦password|Riyadh#2023net⟧ وكلمة سر حساب البنك ⟦password|Fahad@7788⟧، لا تعطها لأحد."`,
  ],
  ["ar", "neg-credentials:rule:free", `اكتب إشعاراً للموظفين: يجب أن تتكون كلمة المرور من 12 حرفاً على الأقل وتحتوي على أرقام ورموز، ويجب تغييرها كل 90 يوماً.`],
  [
    "ar",
    "contact:delivery:free",
    `اكتب عنوان التوصيل بالإنجليزية: المستلمة مريم حسن، ⟦street_address|شقة 12، الطابق 3، عمارة 18، شارع مصطفى النحاس، مدينة نصر، القاهرة⟧، موبايل ⟦phone|01123 458 902⟧`,
  ],
  ["ar", "neg-contact:public-figure:free", `ولد نجيب محفوظ في 11 ديسمبر 1911 في حي الجمالية بالقاهرة. اكتب لي فقرة قصيرة عن طفولته وأثرها في رواياته.`],
  // --- Persian -------------------------------------------------------------------------------------------------
  [
    "fa",
    "identity:form:structured",
    `این فرم را به انگلیسی ترجمه کن:
نام: مریم احمدی
کد ملی: ⟦national_id|${iranCode("007348261")}⟧
تاریخ تولد: ⟦date_of_birth|۱۳۶۸/۰۴/۲۲⟧
تلفن همراه: ⟦phone|0912 418 3362⟧`,
  ],
  [
    "fa",
    "neg-identity:example:free",
    `کد ملی ۱۰ رقمی است و رقم آخر آن رقم کنترل است. یک تابع جاوااسکریپت برای اعتبارسنجی کد ملی بنویس و با ورودی نمونه 1234567890 تست کن.`,
  ],
  [
    "fa",
    "health:telegram:free",
    `این پیام را به انگلیسی ترجمه کن:
«سلام، خواستم بگم آقای رضا کریمی همکارمون ⟦health|ام‌اس⟧ داره و این ماه ⟦health|آمپول اینترفرون⟧ رو شروع کرده، برای همین چند روز سر کار نمیاد.»`,
  ],
  ["fa", "neg-health:question:free", `بیماری ام‌اس چه علائمی دارد و آیا درمان قطعی دارد؟ به زبان ساده توضیح بده.`],
  [
    "fa",
    "contact:delivery:free",
    `این آدرس را برای پیک مرتب کن: گیرنده: علی رضایی، ⟦street_address|تهران، خیابان ولیعصر، کوچه نادری، پلاک ۱۸، واحد ۶⟧، کد پستی ⟦street_address|1966734511⟧، تلفن ⟦phone|0935 227 1840⟧`,
  ],
  ["fa", "neg-contact:landmark:free", `برج میلاد در تهران، بزرگراه شهید همت، ساعت بازدید ۹ صبح تا ۱۰ شب. یک متن کوتاه برای راهنمای گردشگری بنویس.`],
  [
    "fa",
    "financial:transfer:free",
    `این پیام واریز را مرتب کن: «مبلغ ⟦financial|۱۲۰ میلیون تومان⟧ به حساب آقای محسن نوری به شماره شبا ⟦iban|${iban("IR", "0170000000110234567001")}⟧ برای پیش‌پرداخت خانه واریز شد.»`,
  ],
  [
    "fa",
    "neg-financial:aggregate:free",
    `میانگین حقوق کارمندان در ایران طبق گزارش مرکز آمار حدود ۱۵ میلیون تومان است. یک پاراگراف تحلیلی درباره تورم و حقوق بنویس.`,
  ],
  ["fa", "credentials:chat:free", `غلط‌های این پیام را بگیر: «داداش رمز اینترنت بانک ⟦password|Sara@1370tehran⟧ هست، رمز دوم رو هم پیامک کردم، به کسی نگو.»`],
  ["fa", "neg-credentials:rule:free", `یک اطلاعیه بنویس: رمز عبور باید حداقل ۸ کاراکتر و شامل حروف بزرگ، کوچک و عدد باشد.`],
  // --- Thai ----------------------------------------------------------------------------------------------------
  [
    "th",
    "identity:form:structured",
    `ช่วยแปลข้อมูลในแบบฟอร์มนี้เป็นภาษาอังกฤษ:
ชื่อ-นามสกุล: นางสาวพรทิพย์ ศรีสุข
เลขประจำตัวประชาชน: ⟦national_id|${thaiId("110370045218")}⟧
วันเกิด: ⟦date_of_birth|3 มีนาคม 2535⟧
เบอร์โทร: ⟦phone|081-734-2269⟧`,
  ],
  ["th", "neg-identity:example:free", `ในคู่มือกรมการปกครองใช้เลข 1-2345-67890-12-1 เป็นตัวอย่างเลขบัตรประชาชน ช่วยอธิบายว่าหลักแรกหมายถึงอะไร และหลักสุดท้ายคำนวณอย่างไร`],
  [
    "th",
    "health:line-chat:free",
    `สรุปแชท LINE นี้ให้หน่อย:
[09:15] พี่เอก: คุณสมชาย วงศ์ใหญ่ ฝ่ายบัญชี เข้าโรงพยาบาลเมื่อวาน หมอบอกว่าเป็น⟦health|ไข้เลือดออก⟧
[09:16] พี่เอก: เกล็ดเลือดต่ำมาก ต้อง⟦health|ให้น้ำเกลือ⟧อยู่`,
  ],
  ["th", "neg-health:question:free", `ไข้เลือดออกมีอาการอย่างไร และควรไปหาหมอเมื่อไหร่? อธิบายแบบเข้าใจง่าย`],
  [
    "th",
    "contact:delivery:free",
    `ช่วยจัดที่อยู่นี้ให้เป็นรูปแบบฉลากพัสดุ: คุณวิไลวรรณ แก้วมณี ⟦street_address|99/45 หมู่บ้านพฤกษา ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ 10230⟧ โทร ⟦phone|089-512-4478⟧`,
  ],
  [
    "th",
    "neg-contact:company:free",
    `ช่วยแปลที่อยู่บริษัทเป็นภาษาอังกฤษ: สำนักงานใหญ่ ธนาคารกสิกรไทย 400/22 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400 คอลเซ็นเตอร์ 02-888-8888`,
  ],
  [
    "th",
    "financial:transfer:free",
    `ช่วยเขียนข้อความยืนยันการโอนเงิน: โอนเงินเดือนเดือนพฤศจิกายนให้คุณณัฐวุฒิ ทองดี จำนวน ⟦financial|42,500 บาท⟧ เข้าบัญชีกสิกรไทย เลขที่ ⟦bank_account|058-2-91734-6⟧ เรียบร้อยแล้ว`,
  ],
  ["th", "neg-financial:aggregate:free", `ค่าแรงขั้นต่ำในกรุงเทพฯ ปี 2567 อยู่ที่ 363 บาทต่อวัน ช่วยเขียนบทความสั้นเรื่องค่าครองชีพ`],
  ["th", "credentials:chat:free", `แก้คำผิดในข้อความนี้ให้หน่อย: "แม่คะ รหัสผ่าน Shopee คือ ⟦password|Ploy@2541bkk⟧ ส่วนรหัส ATM ⟦password|2541⟧ อย่าบอกใครนะคะ"`],
  ["th", "neg-credentials:rule:free", `เขียนประกาศให้พนักงาน: รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร ประกอบด้วยตัวพิมพ์ใหญ่ ตัวพิมพ์เล็ก และตัวเลข`],
  // --- Vietnamese ----------------------------------------------------------------------------------------------
  [
    "vi",
    "identity:zalo-chat:free",
    `Tóm tắt đoạn chat Zalo này giúp mình:
[08:30] Trần Thị Hồng: Em gửi chị thông tin làm hợp đồng nhé
[08:31] Trần Thị Hồng: CCCD ⟦national_id|001192034871⟧, ngày sinh ⟦date_of_birth|14/02/1992⟧, SĐT ⟦phone|0912 473 086⟧`,
  ],
  ["vi", "neg-identity:order:free", `Mã vận đơn Giao Hàng Nhanh của mình là GHN82736451VN, đơn hàng đã 5 ngày chưa giao. Viết giúp mình tin nhắn khiếu nại.`],
  [
    "vi",
    "health:message:free",
    `Sửa lại tin nhắn này cho lịch sự hơn: "Anh Lê Văn Phúc phòng kế toán bị ⟦health|ung thư gan⟧ giai đoạn 2, đang ⟦health|điều trị hóa chất⟧ ở Bạch Mai nên nghỉ hết tháng này."`,
  ],
  ["vi", "neg-health:question:free", `Ung thư gan giai đoạn 2 có chữa được không? Điều trị hóa chất thường kéo dài bao lâu?`],
  [
    "vi",
    "contact:delivery:free",
    `Chuyển địa chỉ giao hàng này sang tiếng Anh: người nhận Nguyễn Minh Tuấn, ⟦street_address|số 18 ngõ 52 phố Tô Vĩnh Diện, phường Khương Trung, quận Thanh Xuân, Hà Nội⟧, điện thoại ⟦phone|0983 215 774⟧`,
  ],
  [
    "vi",
    "neg-contact:company:free",
    `Dịch sang tiếng Anh: Trụ sở chính Công ty Cổ phần Sữa Việt Nam (Vinamilk), số 10 Tân Trào, phường Tân Phú, quận 7, TP. Hồ Chí Minh. Tổng đài 1900 636 979.`,
  ],
  ["vi", "credentials:chat:free", `Sửa lỗi chính tả: "Mẹ ơi, mật khẩu Internet Banking của mẹ là ⟦password|Lan@1965vcb⟧, con đổi rồi, mẹ đừng đưa ai nhé."`],
  [
    "vi",
    "neg-credentials:rule:free",
    `Viết thông báo: Mật khẩu phải có ít nhất 8 ký tự, bao gồm chữ hoa, chữ thường và số; không chia sẻ mật khẩu cho bất kỳ ai.`,
  ],
  // --- Russian -------------------------------------------------------------------------------------------------
  [
    "ru",
    "health:telegram:free",
    `Перепиши сообщение мягче: «Коллеги, у Ирины Сергеевны Волковой обнаружили ⟦health|рак молочной железы⟧, с понедельника она начинает ⟦health|химиотерапию⟧. Пожалуйста, не задавайте ей вопросов.»`,
  ],
  ["ru", "neg-health:question:free", `Какие первые признаки рака молочной железы и как часто женщинам после 40 нужно делать маммографию?`],
  [
    "ru",
    "identity:hr-form:structured",
    `Оформи анкету сотрудника в таблицу:
ФИО: Кузнецов Дмитрий Андреевич
ИНН: ⟦national_id|${innPerson("7707083893")}⟧
СНИЛС: ⟦national_id|${snils("112233445")}⟧
Паспорт: ⟦passport|45 17 638294⟧
Дата рождения: ⟦date_of_birth|22.09.1985⟧`,
  ],
  [
    "ru",
    "neg-identity:company:free",
    `Переведи реквизиты компании на английский: ООО «Северный ветер», ИНН 7707083893, КПП 770701001, юридический адрес: г. Москва, ул. Тверская, д. 7, офис 12. Горячая линия 8-800-555-35-35.`,
  ],
  [
    "ru",
    "contact:delivery:free",
    `Оформи адрес для СДЭК: получатель Смирнова Анна, ⟦street_address|г. Казань, ул. Баумана, д. 44, кв. 17⟧, тел. ⟦phone|+7 917 284-51-36⟧`,
  ],
  [
    "ru",
    "neg-contact:landmark:free",
    `Государственный Эрмитаж, Дворцовая площадь, д. 2, Санкт-Петербург. Часы работы: 11:00–18:00, понедельник выходной. Напиши короткий текст для путеводителя.`,
  ],
  [
    "ru",
    "financial:chat:free",
    `Сделай сообщение вежливее: «Серёжа, ты мне должен ⟦financial|85 000 рублей⟧ ещё с весны. Переведи, пожалуйста, на карту ⟦payment_card|${luhn("2202 2036 4187 552")}⟧ до конца месяца.»`,
  ],
  [
    "ru",
    "neg-financial:aggregate:free",
    `По данным Росстата, средняя начисленная зарплата в России в 2023 году составила 73 709 рублей. Напиши абзац для презентации.`,
  ],
  // --- Ukrainian -----------------------------------------------------------------------------------------------
  [
    "uk",
    "identity:form:structured",
    `Переклади анкету англійською:
ПІБ: Мельник Оксана Петрівна
РНОКПП: ⟦national_id|${rnokpp("321456789")}⟧
Дата народження: ⟦date_of_birth|05.11.1987⟧
Телефон: ⟦phone|067 413 2958⟧`,
  ],
  [
    "uk",
    "neg-identity:company:free",
    `Переклади реквізити: ТОВ «Зелена долина», код ЄДРПОУ 32855961, м. Львів, вул. Городоцька, 174, офіс 3. Гаряча лінія 0 800 300 545.`,
  ],
  [
    "uk",
    "health:viber-chat:free",
    `Перепиши повідомлення офіційніше: «Наша бухгалтерка Галина Бондар на лікарняному, в неї ⟦health|пневмонія⟧, лежить у лікарні під ⟦health|крапельницями⟧.»`,
  ],
  ["uk", "neg-health:question:free", `Як відрізнити пневмонію від звичайної застуди? Коли треба робити рентген легень?`],
  [
    "uk",
    "credentials:chat:free",
    `Виправ помилки: «Мам, пароль від Приват24 ⟦password|Oksana_1987kyiv⟧, а пароль від пошти ⟦password|Zelena#Dolyna5⟧, нікому не кажи.»`,
  ],
  [
    "uk",
    "neg-credentials:rule:free",
    `Напиши пам'ятку для співробітників: пароль має містити щонайменше 10 символів, великі й малі літери та цифри; не записуйте паролі на папері.`,
  ],
  // --- Mixed scripts: English request + local record; more structured pastes -----------------------------------------
  [
    "zh",
    "identity:excel:structured",
    `Can you dedupe this Excel export and flag rows with missing phone numbers?
姓名	身份证号	联系电话	住址
周婷	⟦national_id|${chineseId("32010219910723402")}⟧	⟦phone|15951873320⟧	⟦street_address|江苏省南京市玄武区中山路18号德基广场公寓2座1703室⟧
吴磊	⟦national_id|${chineseId("33010619860214151")}⟧		⟦street_address|浙江省杭州市西湖区文三路90号东部软件园8幢302⟧`,
  ],
  [
    "zh",
    "health:wechat-export:free",
    `Translate this WeChat group export into English for our Singapore office:
2024-11-18 09:02 刘主管：通知一下，赵雪梅因为⟦health|乳腺癌⟧手术请假一个月
2024-11-18 09:05 刘主管：她术后还要做⟦health|放疗⟧，大家排班的时候注意一下`,
  ],
  [
    "zh",
    "health:colleague:free",
    `帮我写一封慰问邮件。我同事何志明的爱人上周被诊断出⟦health|渐冻症⟧，何志明本人最近也因为⟦health|焦虑症⟧在吃药。邮件不要提病名，只表达关心。`,
  ],
  [
    "zh",
    "identity:birth-date:free",
    `请帮我算一下星座：我女儿叫林可欣，出生于⟦date_of_birth|2016年8月23日⟧，身份证号 ⟦national_id|${chineseId("35020320160823604")}⟧，明天要报名学校。`,
  ],
  [
    "zh",
    "credentials:yaml:structured",
    `这个 YAML 配置部署时报错，帮我检查一下缩进：
database:
  host: 10.8.0.12
  user: finance_app
  密码: ⟦password|Fz#88kLq2@db⟧
smtp:
  account: zhanglei@huarui-tech.cn
  口令: ⟦password|Mail!2024zl⟧`,
  ],
  [
    "zh-Hant",
    "health:clinic-record:structured",
    `Please translate this Hong Kong clinic note into English:
病人：梁志偉（男，45歲）
香港身份證：⟦national_id|${hkid("Y", "638201")}⟧
診斷：⟦health|痛風⟧、⟦health|高尿酸血症⟧
處方：⟦health|別嘌醇 100mg 每日一次⟧`,
  ],
  [
    "zh-Hant",
    "identity:csv:structured",
    `Can you convert this to JSON?
姓名,身分證字號,出生日期,地址
蔡宗翰,⟦national_id|${taiwanId("H", "12458307")}⟧,⟦date_of_birth|民國79年3月12日⟧,⟦street_address|桃園市中壢區中大路300號5樓⟧`,
  ],
  [
    "ja",
    "health:excel:structured",
    `Please sort this staff health-check sheet by department:
氏名	部署	所見
高橋 由美	総務部	⟦health|乳がん疑い（要精密検査）⟧
伊藤 大輔	開発部	⟦health|糖尿病（HbA1c 8.2%）⟧
渡辺 聡	営業部	⟦health|高血圧⟧`,
  ],
  [
    "ja",
    "contact:json:structured",
    `This JSON fails validation, what's wrong?
{"氏名": "松本 彩", "電話番号": "⟦phone|070-3318-6642⟧", "住所": "⟦street_address|福岡県福岡市中央区天神2丁目5-28 天神ハイツ1108⟧", "生年月日": "⟦date_of_birth|1994-12-03⟧"}`,
  ],
  [
    "ja",
    "health:family-chat:free",
    `LINEのメッセージを英語に訳して：「母の佐藤和子ですが、先週⟦health|脳梗塞⟧で倒れて、今は⟦health|右半身麻痺⟧でリハビリ中です。」`,
  ],
  [
    "ko",
    "identity:excel:structured",
    `Please clean up this HR sheet and convert dates to ISO:
이름	주민등록번호	연락처
오세진	⟦national_id|${rrn("920318234517")}⟧	⟦phone|010-2284-9371⟧
한예린	⟦national_id|${rrn("010725412368")}⟧	⟦phone|010-6613-0528⟧`,
  ],
  [
    "ko",
    "health:kakao-chat:free",
    `카톡 대화를 영어로 번역해줘:
[오전 11:02] 엄마: 너희 이모 정미경이 ⟦health|유방암⟧ 2기래
[오전 11:03] 엄마: 다음 주부터 ⟦health|항암치료⟧ 시작한대, 외할머니한테는 아직 비밀이야`,
  ],
  [
    "ko",
    "financial:message:free",
    `이 문자 좀 정중하게 바꿔줘: "민재야, 작년에 빌려준 ⟦financial|500만원⟧ 이번 달 말까지 카카오뱅크 ⟦bank_account|3333-08-4172956⟧ 로 보내줘."`,
  ],
  [
    "hi",
    "health:clinic-note:structured",
    `Translate this OPD slip to English:
मरीज़ का नाम: श्रीमती गीता मिश्रा, उम्र 58
निदान: ⟦health|मधुमेह टाइप 2⟧, ⟦health|उच्च रक्तचाप⟧
दवा: ⟦health|मेटफॉर्मिन 500 mg दिन में दो बार⟧
मोबाइल: ⟦phone|94150 62873⟧`,
  ],
  [
    "hi",
    "identity:json:structured",
    `Fix this JSON, it has a trailing comma:
{"नाम": "विकास त्रिपाठी", "आधार": "⟦national_id|${aadhaar("45810293675")}⟧", "पता": "⟦street_address|मकान नं. 112, सेक्टर 15, इंदिरा नगर, लखनऊ 226016⟧", "जन्म_तिथि": "⟦date_of_birth|1983-01-26⟧",}`,
  ],
  [
    "hi",
    "health:family-chat:free",
    `इस मैसेज का अंग्रेज़ी अनुवाद करो: "भैया, पापा (सुरेश प्रसाद) को ⟦health|हार्ट अटैक⟧ आया था, एम्स में ⟦health|एंजियोप्लास्टी⟧ हुई है। अभी ICU में हैं।"`,
  ],
  [
    "hi-Latn",
    "health:mother:free",
    `Please translate to English for my cousin in Canada: "Meri mummy Saroj Malhotra ko ⟦health|kidney stones⟧ ke saath ⟦health|diabetes⟧ bhi diagnose hua hai, doctor ne ⟦health|insulin⟧ start kar diya."`,
  ],
  [
    "hi-Latn",
    "credentials:brother:free",
    `Yeh message Hindi se English mein kar do: "Rahul bhai, Netflix ka login meri email se hai aur password ⟦password|Rahul#Delhi92⟧ hai, tum use kar lo par password mat badalna."`,
  ],
  [
    "hi-Latn",
    "financial:upi:free",
    `Is UPI dispute ka complaint likh do: maine Deepak Chauhan ko galti se ⟦financial|₹24,999⟧ bhej diye, mera account no. ⟦bank_account|50100348726154⟧ (HDFC) hai aur UPI ref 431827659012 hai.`,
  ],
  [
    "hi-Latn",
    "identity:address:free",
    `Courier ke liye address likh do: ⟦street_address|House No. 221, Gali No. 4, Laxmi Nagar, Delhi 110092⟧, receiver Manish Gupta, mob ⟦phone|99115 24780⟧, aadhaar ⟦national_id|${aadhaar("29384710562")}⟧`,
  ],
  [
    "bn",
    "identity:excel:structured",
    `Please convert this Bengali sheet to English headers:
নাম	এনআইডি	মোবাইল	ঠিকানা
রফিকুল ইসলাম	⟦national_id|1992261480375⟧	⟦phone|01712-448390⟧	⟦street_address|বাসা ৫, রোড ৩, ধানমন্ডি, ঢাকা ১২০৫⟧`,
  ],
  ["bn", "health:hr:free", `এই ইমেইলটা ইংরেজিতে লিখে দাও: "স্যার, আমাদের সহকর্মী সুমাইয়া রহমানের ⟦health|টাইফয়েড⟧ হয়েছে, ডাক্তার দুই সপ্তাহ বিশ্রাম নিতে বলেছেন।"`],
  [
    "ta",
    "identity:csv:structured",
    `Convert this to JSON:
பெயர்,ஆதார்,கைபேசி
லக்ஷ்மி நாராயணன்,⟦national_id|${aadhaar("81736402955")}⟧,⟦phone|90031 46628⟧
விஜய் சேகர்,⟦national_id|${aadhaar("56290417384")}⟧,⟦phone|78248 39105⟧`,
  ],
  ["ta", "health:hr:free", `Translate to English: "மேனேஜர் சார், நம்ம டீம்ல ரமேஷ் குமாருக்கு ⟦health|டெங்கு காய்ச்சல்⟧, ஒரு வாரம் லீவு வேணும்னு சொன்னார்."`],
  [
    "ur",
    "financial:transfer:free",
    `Translate this bank message: "محترم جناب طارق محمود، آپ کے اکاؤنٹ میں ⟦financial|ایک لاکھ پچیس ہزار روپے⟧ تنخواہ جمع کر دی گئی ہے۔ آئی بان ⟦iban|${iban("PK", "MEZN0002480104718293")}⟧"`,
  ],
  [
    "ur",
    "health:clinic:free",
    `اس نسخے کا انگریزی ترجمہ کر دیں: مریضہ: زینب علی، عمر ۳۴ سال۔ تشخیص: ⟦health|ذیابیطس حمل⟧۔ دوا: ⟦health|انسولین ۱۰ یونٹ رات کو⟧۔`,
  ],
  [
    "ar",
    "identity:excel:structured",
    `Please translate these column headers and keep the data:
الاسم	الرقم القومي	رقم الهاتف	العنوان
منى عادل فرج	⟦national_id|29411280201456⟧	⟦phone|01098 321 774⟧	⟦street_address|١٤ شارع الجمهورية، المنصورة، الدقهلية⟧
كريم سامي حسن	⟦national_id|30105140102213⟧	⟦phone|01224 906 318⟧	⟦street_address|٧ شارع النصر، المعادي، القاهرة⟧`,
  ],
  [
    "ar",
    "health:hr-email:free",
    `Translate this HR email to English: "نود إبلاغكم بأن الزميل عمر الدوسري في إجازة مرضية لمدة شهر بسبب ⟦health|انزلاق غضروفي⟧ وسيخضع لـ⟦health|عملية جراحية في الظهر⟧."`,
  ],
  [
    "ar",
    "financial:salary:free",
    `صحح صياغة هذا الخطاب: "نفيدكم بأن راتب الموظفة ليلى القاسمي الشهري ⟦financial|18,500 درهم⟧ ويتم تحويله إلى حسابها ⟦iban|${iban("AE", "0260001015829471301")}⟧ لدى بنك الإمارات دبي الوطني."`,
  ],
  [
    "ar",
    "identity:passport:structured",
    `Translate this visa form:
الاسم الكامل: سامي جورج حداد
رقم جواز السفر: ⟦passport|N02847193⟧
تاريخ الميلاد: ⟦date_of_birth|1979/07/30⟧
البريد الإلكتروني: ⟦email|sami.haddad79@gmail.com⟧`,
  ],
  [
    "fa",
    "health:clinic:structured",
    `Translate this clinic summary:
بیمار: خانم فاطمه موسوی، ۶۱ ساله
تشخیص: ⟦health|آلزایمر خفیف⟧، ⟦health|پوکی استخوان⟧
داروها: ⟦health|دونپزیل ۵ میلی‌گرم⟧`,
  ],
  [
    "fa",
    "identity:json:structured",
    `این JSON را به CSV تبدیل کن:
{"نام": "حسین جعفری", "کد_ملی": "⟦national_id|${iranCode("048231750")}⟧", "موبایل": "⟦phone|09121847362⟧", "تاریخ_تولد": "⟦date_of_birth|1365/11/08⟧"}`,
  ],
  ["th", "health:hr:free", `Translate to English: "เรียนหัวหน้า คุณสุดารัตน์ บุญมา ป่วยเป็น⟦health|วัณโรค⟧ หมอให้หยุดงาน 2 สัปดาห์และต้อง⟦health|กินยาต่อเนื่อง 6 เดือน⟧ค่ะ"`],
  [
    "th",
    "identity:csv:structured",
    `Please convert this to JSON:
ชื่อ,เลขบัตรประชาชน,เบอร์โทร
ธนพล ใจดี,⟦national_id|${thaiId("310050021847")}⟧,⟦phone|086-229-4417⟧
กมลชนก รักไทย,⟦national_id|${thaiId("150990038126")}⟧,⟦phone|092-718-3306⟧`,
  ],
  [
    "vi",
    "identity:excel:structured",
    `Convert this sheet to JSON please:
Họ tên	Số CCCD	Ngày sinh	Địa chỉ
Phạm Quốc Bảo	⟦national_id|079089012784⟧	⟦date_of_birth|23/06/1989⟧	⟦street_address|123 Nguyễn Thị Minh Khai, phường Bến Thành, quận 1, TP.HCM⟧`,
  ],
  [
    "vi",
    "financial:transfer:free",
    `Viết lại tin nhắn: "Chị Hoa ơi, em đã chuyển ⟦financial|15 triệu đồng⟧ tiền lương tháng 11 cho chị Đỗ Thị Hoa vào tài khoản Vietcombank ⟦bank_account|0071000847261⟧ rồi nhé."`,
  ],
  [
    "ru",
    "health:clinic:structured",
    `Translate this discharge summary to English:
Пациент: Соколов Алексей Викторович, 1961 г.р.
Диагноз: ⟦health|ишемическая болезнь сердца⟧, ⟦health|стенокардия напряжения⟧
Рекомендовано: ⟦health|аторвастатин 20 мг⟧ на ночь
Полис ОМС: ⟦medical_record|7751 2340 8861 0025⟧`,
  ],
  [
    "ru",
    "credentials:chat:free",
    `Исправь ошибки: «Мама, пароль от Госуслуг ⟦password|Sokolova1962!⟧, а от Сбербанк Онлайн ⟦password|Tanya_sber88⟧, никому не говори.»`,
  ],
  [
    "ru",
    "identity:passport:free",
    `Помоги заполнить визовую анкету на английском: Петрова Мария Игоревна, загранпаспорт ⟦passport|75 4829163⟧, дата рождения ⟦date_of_birth|3 апреля 1990 года⟧, телефон ⟦phone|8 (926) 418-37-52⟧.`,
  ],
  [
    "uk",
    "contact:delivery:free",
    `Оформи адресу для Нової пошти: отримувач Шевченко Андрій, ⟦street_address|м. Київ, вул. Хрещатик, буд. 25, кв. 48⟧, тел. ⟦phone|+380 93 517 2846⟧`,
  ],
  [
    "uk",
    "financial:message:free",
    `Перепиши ввічливо: «Тарасе, поверни, будь ласка, ⟦financial|12 000 гривень⟧, які позичав у вересні, на картку ⟦payment_card|${luhn("5375 4141 2837 661")}⟧.»`,
  ],
  [
    "uk",
    "health:clinic:structured",
    `Translate to English:
Пацієнтка: Коваленко Наталія Іванівна, 72 роки
Діагноз: ⟦health|хронічна серцева недостатність⟧, ⟦health|цукровий діабет 2 типу⟧
Призначення: ⟦health|бісопролол 2,5 мг⟧`,
  ],
  [
    "ko",
    "neg-identity:example:free",
    `Write a regex for Korean resident registration numbers like 000000-0000000 and test it on the string "예시: 123456-1234567". No real numbers please.`,
  ],
  [
    "ja",
    "neg-health:celebrity:free",
    `Summarise in English: 元横綱の白鵬は現役時代に右膝の怪我に苦しみ、2021年に手術を受けたと報じられた。この報道の要点を3つにまとめてください。`,
  ],
  [
    "ar",
    "neg-health:aggregate:free",
    `Write a short English paragraph from this: تشير إحصاءات وزارة الصحة السعودية إلى أن نسبة الإصابة بداء السكري بين البالغين تبلغ نحو 18%.`,
  ],
  [
    "hi-Latn",
    "neg-contact:hotline:free",
    `Is customer care message ko English mein likho: "Agar aapka order late hai to hamare toll free number 1800-208-9898 pe call karein ya help@shopkart.in pe mail karein. Order ID: OD4471829305."`,
  ],
];

const halves: { a: Array<readonly [MarkedEntry, string]>; b: Array<readonly [MarkedEntry, string]> } = { a: [], b: [] };
const seen = new Map<string, number>();
for (const entry of ENTRIES) {
  const [lang, kind] = entry;
  const group = `${lang}|${kind.startsWith("neg-") ? "neg" : "pos"}`;
  const index = seen.get(group) ?? 0;
  seen.set(group, index + 1);
  const half = index % 2 === 0 ? halves.a : halves.b;
  half.push([entry, `dev12${index % 2 === 0 ? "a" : "b"}-${String(half.length + 1).padStart(3, "0")}`]);
}
writeMarkedSet("dev-12/a.jsonl", halves.a);
writeMarkedSet("dev-12/b.jsonl", halves.b);
