/**
 * Development set 17, Japanese, Korean, Chinese, Turkish and Swedish entries, and mixed-language pastes. Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { chineseId } from "../dev-10/values.js";

export const ASIA_MORE: MarkedEntry[] = [
  // --- Japanese -------------------------------------------------------------------------------------------------
  ["ja", "dl:form-ja:structured", `レンタカーの申込書を整形して：氏名 佐々木 美咲／運転免許証番号 第 ⟦driver_license|3015 8724 9600⟧ 号／有効期限 令和10年5月`],
  ["ja", "cred:chat-ja:free", `実家のWi-Fiのパスワードは ⟦password|sakura-kaze-1208⟧ で、玄関の暗証番号は ⟦password|7391⟧ です。母向けにメモにして`],
  ["ja", "phone:chat-ja:free", `祖母の家の電話は ⟦phone|0263-47-1892⟧、携帯は ⟦phone|090-6218-4475⟧ です。連絡先カードを作って`],
  ["ja", "address:form-ja:structured", `送り先：⟦street_address|〒630-8114 奈良県奈良市芝辻町2丁目11-5 ハイツ芝辻203号⟧ 山本 恵子様 宛名ラベルにして`],
  ["ja", "dob:form-ja:structured", `会員情報：氏名 高橋 健太 生年月日 ⟦date_of_birth|平成4年11月30日⟧ 西暦に直して`],
  ["ja", "neg-dl:doc-ja:free", `運転免許証番号の12桁はどういう意味？最初の2桁は公安委員会のコード、最後の1桁は再交付回数だと聞きました。`],
  ["ja", "neg-phone:doc-ja:free", `案内文に入れて：奈良市役所 代表電話 0742-34-1111（平日8時30分〜17時15分）`],
  // --- Korean ---------------------------------------------------------------------------------------------------
  ["ko", "dl:claim-ko:free", `사고 접수 문장 다듬어줘: 상대 운전자 김도윤, 운전면허번호 ⟦driver_license|11-18-472913-62⟧, 보험사는 현대해상입니다.`],
  ["ko", "cred:chat-ko:free", `엄마 공동현관 비밀번호는 ⟦password|*3917#⟧이고 와이파이 비번은 ⟦password|gureum0415⟧이야, 메모로 정리해줘`],
  ["ko", "phone:chat-ko:free", `이모한테 문자 보내줘, 번호는 ⟦phone|010-4827-1936⟧, 집 전화는 ⟦phone|031) 719-2284⟧`],
  ["ko", "address:form-ko:structured", `배송지: ⟦street_address|경기도 성남시 분당구 정자일로 95, 103동 1502호⟧ 받는 분 이서연 — 영문 주소로 바꿔줘`],
  ["ko", "neg-cred:doc-ko:free", `비밀번호 정책 문구 다듬어줘: 8자 이상, 영문·숫자·특수문자 조합, 생년월일이나 전화번호는 사용 금지.`],
  ["ko", "dob:chat-ko:free", `우리 아들 생일이 ⟦date_of_birth|2016년 4월 9일⟧인데 초등학교 몇 학년이야?`],
  // --- Chinese --------------------------------------------------------------------------------------------------
  ["zh", "dl:form-zh:structured", `帮我整理事故信息：对方司机 刘志强，驾驶证号 ⟦driver_license|${chineseId("32010619880314271")}⟧，准驾车型 C1。`],
  ["zh", "cred:chat-zh:free", `帮我给爸爸写个便条：家里路由器后台账号 admin，密码 ⟦password|Lz2019@home⟧，银行卡取款密码 ⟦password|628405⟧ 别告诉别人`],
  ["zh", "cred:config-zh:structured", `这个配置为什么连不上？\nredis:\n  host: 10.12.3.8\n  port: 6379\n  password: ⟦password|yun#Kai2025⟧`],
  ["zh", "phone:chat-zh:free", `把我姑姑的电话加到通讯录：手机 ⟦phone|138 1724 6093⟧，座机 ⟦phone|(021) 6473 2185 转 806⟧`],
  ["zh", "address:chat-zh:free", `快递寄到 ⟦street_address|浙江省杭州市西湖区文三路 259 号 6 幢 2 单元 501 室⟧，收件人 陈思远，帮我写成英文`],
  ["zh", "neg-address:doc-zh:free", `帮我写宣传语：杭州西湖区文三路的数码市场周末有促销，欢迎光临。`],
  ["zh", "neg-cred:config-zh:structured", `解释一下这个示例配置：\nredis:\n  host: localhost\n  port: 6379\n  password: <your-password>`],
  // --- Turkish --------------------------------------------------------------------------------------------------
  ["tr", "cred:chat-tr:free", `annemin e-devlet şifresi ⟦password|Papatya.1958⟧, bankamatik şifresi de ⟦password|4402⟧ — bunu düzgün bir nota çevir`],
  ["tr", "phone:chat-tr:free", `dayıma mesaj at, cep ⟦phone|0532 418 76 20⟧, ev ⟦phone|0 (216) 347 19 52⟧`],
  ["tr", "address:form-tr:structured", `Teslimat adresi: ⟦street_address|Moda Mah. Şair Nefi Sok. No: 14 D: 5, 34710 Kadıköy/İstanbul⟧ — alıcı Elif Aydın`],
  ["tr", "neg-phone:doc-tr:free", `Afişe ekle: Kadıköy Belediyesi çağrı merkezi 444 55 22, hafta içi 08.30–17.30.`],
  // --- Swedish --------------------------------------------------------------------------------------------------
  ["sv", "cred:chat-sv:free", `lösenordet till föreningens konto är ⟦password|Älgstigen#19⟧ och portkoden ⟦password|2468⟧, skriv en lapp till nya kassören`],
  ["sv", "address:form-sv:structured", `Adress: ⟦street_address|Box 2217, 403 14 Göteborg⟧\nMottagare: Henrik Lund\nGör en adressetikett`],
  ["sv", "neg-cred:doc-sv:free", `Översätt: dela aldrig din BankID-kod eller dina engångskoder med någon som ringer dig.`],
  // --- mixed pastes ---------------------------------------------------------------------------------------------
  [
    "en",
    "dl:json-mixed:structured",
    `Normalise these claim records:\n[{"claimant":"Hugo Lambert","permis":"⟦driver_license|850762100311⟧","pays":"FR"},{"claimant":"Greta Vogel","fuehrerschein":"⟦driver_license|F0J37H29D71⟧","land":"DE"}]`,
  ],
  [
    "en",
    "neg-dl:json-mixed:structured",
    `Normalise these sample records from the API docs:\n[{"claimant":"Jane Doe","permis":"<numéro>","pays":"FR"},{"claimant":"Max Mustermann","fuehrerschein":"XXXXXXXXXXX","land":"DE"}]`,
  ],
  [
    "en",
    "cred:config-mixed:structured",
    `# .env from my side project, why is mongoose timing out?\nMONGO_URI=⟦connection_string|mongodb+srv://lena:Fjord2Fjell!@cluster0.x7kq2.mongodb.net/shop⟧\nPORT=3000`,
  ],
  [
    "en",
    "neg-cred:config-mixed:structured",
    `# .env.example — explain to the new dev\nMONGO_URI=mongodb+srv://<user>:<password>@<cluster>.mongodb.net/<db>\nPORT=3000`,
  ],
  ["en", "phone:chat-mixed:free", `add my telegram to the group doc: @kasia_w / ⟦phone|+48 512 904 336⟧ and whatsapp ⟦phone|wa.me/4915773348291⟧`],
  ["en", "neg-phone:chat-mixed:free", `how do wa.me links work for businesses? e.g. our shop posts wa.me/ followed by the company number on its website`],
  [
    "en",
    "dob:log-mixed:structured",
    `2026-12-04 10:02:11 INFO kyc: applicant=u_44912 name="Nilufar Rahimova" birth_date=⟦date_of_birth|1993/02/17⟧ doc=passport status=pending`,
  ],
  ["en", "neg-dob:log-mixed:structured", `2026-12-04 10:02:11 INFO build: release=2026.02.17 commit=9f3a2c1 started_at=1993/02/17-fixture status=ok`],
  [
    "en",
    "address:chat-mixed:free",
    `guardamos el paquete de Hiroshi en casa, su dirección en Japón es ⟦street_address|東京都世田谷区北沢3丁目21-9⟧, ¿me lo escribes en romaji?`,
  ],
];
