/**
 * Development set 19, Japanese, Korean, Chinese, Turkish and Russian entries: credentials, phones and driver's licences
 * in logs, configs, SQL and colleagues' chat, with same-shape hard negatives. Marks: ⟦category|value⟧. Written before
 * anything under src/privacy was opened (README.md). All values invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA_MORE: MarkedEntry[] = [
  // --- Japanese -------------------------------------------------------------------------------------------------
  ["ja", "cred:chat-ja:free", `ステージングDBのパスワードは ⟦password|Sakura#Kumo88⟧ です。ユーザー名は app_rw。作業後に変更してください。`],
  ["ja", "phone:log-ja:structured", `2026-12-04 20:11:45 WARN SMS送信失敗 宛先=⟦phone|+81 90-4718-2395⟧ 理由=キャリア拒否`],
  ["ja", "dl:ticket-ja:free", `問い合わせ #4412: お客様の運転免許証番号 ⟦driver_license|301847259316⟧ がOCRで読み取れないとのこと。返信文を作ってください。`],
  [
    "ja",
    "cred:yaml-ja:structured",
    `このdatabase.ymlで接続できません。\nproduction:\n  username: shop\n  password: ⟦password|Tsuki!Nami-24⟧\n  host: 10.0.5.12`,
  ],
  ["ja", "neg-phone:doc-ja:free", `アプリのヘルプページに警察相談専用電話 #9110 と 110番、119番を載せてください。`],
  ["ja", "neg-cred:doc-ja:free", `.env.example に DB_PASSWORD=<パスワード> と書いています。この書き方で良いですか？`],
  ["ja", "neg-phone:log-ja:structured", `注文番号 2026120400187、請求書 INV-3391、バージョン 5.2.1、ポート 8080 — このログから注文数を集計して。`],
  // --- Korean ---------------------------------------------------------------------------------------------------
  ["ko", "cred:chat-ko:free", `개발 서버 비밀번호는 ⟦password|Hangang!Bridge72⟧ 입니다. 계정은 deploy예요.`],
  ["ko", "phone:log-ko:structured", `[2026-12-04 09:30:12] 알림톡 발송 실패 수신번호=⟦phone|010-4829-1736⟧ 오류코드=3018`],
  ["ko", "dl:json-ko:structured", `{"운전자":"박지훈","면허번호":"⟦driver_license|11-19-482037-61⟧"}\n이 JSON을 파싱하면 왜 오류가 나나요?`],
  ["ko", "neg-phone:doc-ko:free", `고객센터 안내 문구에 정부민원안내콜센터 110과 긴급전화 119를 넣어 주세요.`],
  ["ko", "neg-cred:log-ko:structured", `빌드 번호 #3921, 커밋 5e8d1a2, 버전 2.7.0-beta.3 에서 테스트 14개 실패. 원인 분석해줘.`],
  // --- Chinese --------------------------------------------------------------------------------------------------
  ["zh", "cred:chat-zh:free", `测试环境的数据库密码是 ⟦password|Xiongmao@2026!⟧，用户名 reader，用完记得改。`],
  ["zh", "phone:log-zh:structured", `2026-12-04 16:45:03 ERROR 短信发送失败 手机号=⟦phone|138 2746 5910⟧ 错误码=isv.BUSINESS_LIMIT_CONTROL`],
  ["zh", "dl:sql-zh:structured", `UPDATE drivers SET license_no='⟦driver_license|44030519880714263X⟧' WHERE id=7712;\n-- 驾驶证号更新后报错 Data too long`],
  ["zh", "cred:code-zh:structured", `为什么连不上 Redis？\nr = redis.Redis(host="10.8.0.3", port=6379, password="⟦password|Qingdao#Pi9⟧")`],
  ["zh", "neg-phone:doc-zh:free", `请在帮助页面加入政务服务便民热线 12345 和报警电话 110。`],
  ["zh", "neg-cred:doc-zh:free", `示例配置里写的是 password: "\${DB_PASSWORD}"，这样会不会泄露密码？`],
  ["zh", "neg-phone:log-zh:structured", `订单号 202612040018734，运单号 SF1402938475612，版本 3.4.0，耗时 1532 ms —— 帮我写个统计脚本。`],
  // --- Turkish --------------------------------------------------------------------------------------------------
  ["tr", "cred:chat-tr:free", `Sunucunun root şifresi ⟦password|Bogaz!Kopru-34⟧, acil durum için paylaşıyorum, sonra değiştir.`],
  ["tr", "phone:log-tr:structured", `SMS gönderimi başarısız: alıcı=⟦phone|+90 532 418 27 63⟧ hata=operatör reddetti`],
  ["tr", "dl:form-tr:structured", `Sürücü belgesi doğrulaması hata veriyor:\nad_soyad: Emre Yıldız\nsurucu_belge_tc: ⟦driver_license|38215074684⟧\nsinif: B`],
  ["tr", "neg-phone:doc-tr:free", `Uygulamanın yardım sayfasına acil çağrı 112 ve ALO 153 numaralarını ekle.`],
  ["tr", "neg-cred:doc-tr:free", `Şifre politikası: en az 12 karakter, bir rakam, bir sembol. .env.example içine DB_SIFRE=<sifre> yazdım, doğru mu?`],
  // --- Russian --------------------------------------------------------------------------------------------------
  ["ru", "cred:chat-ru:free", `Пароль от админки стенда: ⟦password|Bereza#Volga58⟧, логин admin. Поменяй после проверки.`],
  ["ru", "phone:log-ru:structured", `2026-12-04 11:20:55 WARN СМС не доставлено на ⟦phone|+7 916 482-73-19⟧, статус UNDELIVERED`],
  ["ru", "dl:ticket-ru:free", `Клиент указал номер водительского удостоверения ⟦driver_license|77 25 481930⟧, но проверка в ГИБДД не проходит. Что ответить?`],
  ["ru", "neg-phone:doc-ru:free", `Добавь на страницу помощи единый номер экстренных служб 112 и справочную Госуслуг 115.`],
  ["ru", "neg-cred:log-ru:structured", `Сборка 1.24.3 упала: хэш коммита 9fceb02d0ae598e95dc970b74767f19372d61af8, таймаут 30000 мс.`],
];
