/**
 * Development set 15, Japanese, Chinese, Hindi and Hinglish entries. Marks: ⟦category|value⟧ (see
 * ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // --- Japanese ------------------------------------------------------------------------------------------------
  [
    "ja",
    "neg-password:env-dev:code",
    `この .env.sample をレビューしてください。\nDB_USER=app\nDB_PASSWORD=<パスワードを設定>\nMAIL_PASSWORD=\${MAIL_PASSWORD}`,
  ],
  [
    "ja",
    "neg-password:policy-formal:free",
    `社内向けに書き直してください：「パスワードは12文字以上とし、他のサービスと使い回さないこと。電話やメールでパスワードを聞かれても絶対に答えないでください。」`,
  ],
  ["ja", "neg-date_of_birth:fiction-casual:free", `ドラえもんの誕生日は2112年9月3日だよね？子ども向けのクイズを3問作って`],
  ["ja", "neg-date_of_birth:public-figure-formal:free", `夏目漱石は1867年2月9日生まれです。中学生向けに短い紹介文を書いてください。`],
  ["ja", "neg-phone:hotline-formal:free", `この案内文を丁寧にしてください：「お問い合わせはカスタマーセンター 0120-123-456（平日9時〜18時）まで」`],
  ["ja", "neg-health:question-formal:free", `ロキソプロフェンとアセトアミノフェンの違いを一般向けに説明してください。`],
  [
    "ja",
    "neg-ip_address:log-dev:structured",
    `このログの意味は？\n[2026-11-30 10:02:11] WARN upstream timed out (110) while connecting to upstream, client: 10.1.20.5, upstream: "http://172.17.0.1:3000/"`,
  ],
  ["ja", "password:chat-casual:free", `ネットバンキングのパスワード ⟦password|sakura_Neko0412⟧ なんだけど、もっと強くするにはどう変えればいい？`],
  [
    "ja",
    "date_of_birth:form-formal:structured",
    `この申込書の誤字を確認してください。\n氏名：高橋 美咲\n生年月日：⟦date_of_birth|1986年4月12日⟧\n会員種別：一般`,
  ],
  ["ja", "health:email-formal:free", `上司へのメールを整えてください：「部下の佐々木健太さんが⟦health|うつ病⟧と診断され、来月から休職します。」`],
  // --- Chinese -------------------------------------------------------------------------------------------------
  ["zh", "neg-password:k8s-dev:code", `这个 Helm values 写法对吗？\ndatabase:\n  existingSecret: mysql-credentials\n  passwordKey: mysql-root-password`],
  ["zh", "neg-password:strength-casual:free", `为什么“123456”和“qwerty”总是排在最常见密码榜首？帮我写一段科普。`],
  ["zh", "neg-date_of_birth:public-figure-formal:free", `鲁迅生于1881年9月25日，浙江绍兴人。请写一段简短的课堂介绍。`],
  ["zh", "neg-health:fiction-formal:free", `《红楼梦》里林黛玉得的是什么病？有人说是肺结核，请分析一下。`],
  ["zh", "neg-ip_address:router-casual:free", `路由器后台地址 192.168.1.1 打不开，怎么办？`],
  [
    "zh",
    "neg-meta:schema-dev:code",
    `用户表要不要把手机号和身份证号分开加密？\nCREATE TABLE users (id BIGINT, name VARCHAR(64), phone VARCHAR(20), id_card CHAR(18), birthday DATE);`,
  ],
  ["zh", "neg-email:role-formal:free", `帮我写一封邮件给 service@shop.example，询问发票开具进度。`],
  ["zh", "password:chat-casual:free", `我的邮箱密码是 ⟦password|Xiaomao#2020ok⟧，帮我想个好记又更安全的新密码`],
  ["zh", "date_of_birth:json-dev:structured", `这段 JSON 为什么解析失败？{"姓名": "王立军", "出生日期": "⟦date_of_birth|1979-06-18⟧", "会员": true,}`],
  ["zh", "health:chat-casual:free", `帮我给同事写个请假说明：我们组的陈晓燕确诊了⟦health|乳腺癌⟧，下周开始⟦health|化疗⟧。`],
  // --- Hindi ---------------------------------------------------------------------------------------------------
  ["hi", "neg-password:advice-formal:free", `इस संदेश को सरल बनाइए: "बैंक कभी भी फ़ोन या SMS पर आपका पासवर्ड या OTP नहीं माँगता। अपना पासवर्ड किसी से साझा न करें।"`],
  ["hi", "neg-date_of_birth:public-figure-formal:free", `महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था। बच्चों के लिए पाँच पंक्तियाँ लिखिए।`],
  ["hi", "neg-health:question-formal:free", `डेंगू के लक्षण क्या होते हैं और प्लेटलेट्स कब खतरनाक रूप से कम माने जाते हैं? सामान्य जानकारी दीजिए।`],
  ["hi", "neg-phone:hotline-formal:free", `इस सूचना को ठीक कीजिए: "किसी भी शिकायत के लिए हमारे टोल-फ्री नंबर 1800-180-1234 पर कॉल करें।"`],
  ["hi", "date_of_birth:form-formal:structured", `इस फ़ॉर्म की गलतियाँ बताइए:\nनाम: सुनीता वर्मा\nजन्म तिथि: ⟦date_of_birth|14/08/1983⟧`],
  ["hi", "health:message-formal:free", `इस संदेश को औपचारिक बनाइए: "रमेश यादव जी को ⟦health|टीबी⟧ हुई है, वे दो महीने छुट्टी पर रहेंगे।"`],
  // --- Hinglish ------------------------------------------------------------------------------------------------
  [
    "hi-Latn",
    "neg-password:env-dev:code",
    `bhai ye config sahi hai kya? password hardcode nahi kiya:\nconst db = mysql.createConnection({ user: "app", password: process.env.MYSQL_PASSWORD });`,
  ],
  ["hi-Latn", "neg-password:strength-casual:free", `"India@123" type passwords itne common kyu hai? security training ke liye 3 points likh do`],
  ["hi-Latn", "neg-date_of_birth:public-figure-casual:free", `Sachin Tendulkar ka birthday 24 April 1973 hai na? unke liye ek chhota sa tribute post likh do`],
  [
    "hi-Latn",
    "neg-ip_address:docker-log-dev:structured",
    `ye error kyu aa raha hai?\nredis.exceptions.ConnectionError: Error 111 connecting to 172.17.0.1:6379. Connection refused.`,
  ],
  [
    "hi-Latn",
    "neg-health:public-figure-casual:free",
    `Amitabh Bachchan ne interview me bataya tha unka 75% liver kharab hai hepatitis B ki wajah se — iske baare me simple me samjhao`,
  ],
  ["hi-Latn", "neg-meta:dpdp-casual:free", `DPDP Act ke hisaab se customer ka Aadhaar number aur DOB store karna allowed hai kya? consent kaise lena chahiye?`],
  ["hi-Latn", "password:chat-casual:free", `mera netflix ka password ⟦password|Pinky@Goa2018⟧ hai, mummy ko bhejne ke liye ek message bana do`],
  [
    "hi-Latn",
    "date_of_birth:chat-casual:free",
    `meri colleague Ananya Kulkarni ka birthday ⟦date_of_birth|5 June 1994⟧ ko hai, team ke liye ek surprise plan bana do`,
  ],
  ["hi-Latn", "health:chat-casual:free", `boss ko message likhna hai: Vikram Saxena ko ⟦health|typhoid⟧ hua hai, doctor ne 10 din rest bola hai`],
];
