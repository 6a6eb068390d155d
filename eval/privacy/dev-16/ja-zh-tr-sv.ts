/**
 * Development set 16, Japanese, Chinese, Turkish and Swedish entries. Marks: ⟦category|value⟧.
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { chineseId, myNumber, personnummer, tcKimlik } from "../dev-10/values.js";
import { mrzLine1, mrzLine2 } from "./values.js";

const JP_MRZ = mrzLine2("TR4827165", "JPN", "870923", "F", "300115");
const CN_MRZ = mrzLine2("EJ4718296", "CHN", "910302", "M", "340817");

export const JA_ZH_TR_SV: MarkedEntry[] = [
  // --- Japanese ---------------------------------------------------------------------------------------------------
  [
    "ja",
    "mrn:kanja-ja:free",
    `この申し送りを丁寧に直して：佐々木 美和 様（病歴番号 ⟦medical_record|0471-8293⟧、患者ID ⟦medical_record|P20261847⟧）は明日 5階東病棟へ転棟予定です。`,
  ],
  [
    "ja",
    "mrn:csv-ja:structured",
    `カルテ番号,氏名,診療科
⟦medical_record|00482917⟧,高橋 健一,循環器内科
⟦medical_record|00482930⟧,森田 里美,整形外科
診療科ごとに並べて`,
  ],
  ["ja", "dl:form-ja:structured", `レンタカー申込書の確認：氏名 村上 大輔／運転免許証番号 ⟦driver_license|304718293610⟧／有効期限 令和10年06月14日`],
  [
    "ja",
    "tax:mail-ja:free",
    `敬語に直して：経理の田中さん、年末調整用に私のマイナンバーは ⟦national_id|${myNumber("47182930561")}⟧ です。妻の中村 恵の分は ⟦national_id|${myNumber("28193047615")}⟧ です。`,
  ],
  [
    "ja",
    "passport:mrz-ja:structured",
    `このMRZを読み取って：
${mrzLine1("JPN", "KOBAYASHI", "AYAKA")}
⟦passport|${JP_MRZ}⟧`,
  ],
  [
    "ja",
    "cred:chat-ja:free",
    `母へのメッセージを優しく書き直して：「ネットバンキングのパスワードは ⟦password|sakura2580!yoko⟧、暗証番号は ⟦password|7291⟧ だよ。誰にも教えないでね」`,
  ],
  ["ja", "phone:mail-ja:free", `この文を直して：何かあれば父の山田 正夫の携帯 ⟦phone|090-4718-2936⟧ か、自宅 ⟦phone|03-3947-2810⟧ までご連絡ください。`],
  ["ja", "address:letter-ja:free", `転居届の文面を作って：新住所 ⟦street_address|〒154-0023 東京都世田谷区若林3丁目18-7 コーポ若林202号室⟧、氏名 岡田 智子`],
  ["ja", "neg-tax:doc-ja:free", `マイナンバーのチェックデジットはどう計算しますか？一般的な仕組みを説明してください。`],
  ["ja", "neg-dl:doc-ja:free", `運転免許証番号の12桁はそれぞれ何を意味しますか？最初の2桁は公安委員会のコードですか？`],
  ["ja", "neg-mrn:order-ja:structured", `注文番号 0471-8293、商品コード P20261847（電子カルテ用バーコードリーダー）、数量 2 — 請求書を作成して`],
  ["ja", "neg-phone:doc-ja:free", `ドラマで使える架空の電話番号はありますか？ 090-0000-0000 のような形式で大丈夫ですか？`],
  // --- Chinese ----------------------------------------------------------------------------------------------------
  [
    "zh",
    "mrn:note-zh:free",
    `帮我润色交班记录：12床 患者王秀兰，病历号 ⟦medical_record|0047182⟧，住院号 ⟦medical_record|ZY20264718⟧，术后第一天，生命体征平稳。`,
  ],
  ["zh", "dl:form-zh:structured", `租车登记表：驾驶人 刘建国，驾驶证号 ⟦driver_license|${chineseId("11010519810427183")}⟧，准驾车型 C1，请整理成表格。`],
  ["zh", "tax:mail-zh:free", `改得正式一点：财务你好，我的纳税人识别号是 ⟦national_id|${chineseId("44030419880715264")}⟧，个税汇算请用这个，姓名 陈晓燕。`],
  [
    "zh",
    "passport:mrz-zh:structured",
    `帮我解析护照机读码：
${mrzLine1("CHN", "ZHANG", "WEI")}
⟦passport|${CN_MRZ}⟧`,
  ],
  ["zh", "cred:chat-zh:free", `帮我改写给爸爸的微信：“爸，家里路由器密码是 ⟦password|Huang_1962@home⟧，银行卡密码 ⟦password|385920⟧，别告诉别人”`],
  [
    "zh",
    "bio:json-zh:structured",
    `{"姓名":"赵明","人脸特征":⟦biometric|[0.0213,-0.1142,0.0876,0.1935,-0.0471,0.1208,-0.0655,0.0349]⟧} 为什么比对分数总是很低？`,
  ],
  ["zh", "phone:msg-zh:free", `帮我写得礼貌些：快递到了请打我妈妈李桂芳的电话 ⟦phone|139-2847-1063⟧，或者座机 ⟦phone|021-6482 9375⟧。`],
  [
    "zh",
    "address:form-zh:structured",
    `收件人：孙丽娜
地址：⟦street_address|浙江省杭州市西湖区文三路478号华星小区7幢2单元301室⟧
整理成快递单格式`,
  ],
  ["zh", "neg-tax:doc-zh:free", `统一社会信用代码 91440300MA5DC7XJ3H 这种企业代码是公开的吗？每一位代表什么？`],
  ["zh", "neg-mrn:doc-zh:free", `医院的病历号和住院号有什么区别？一般有几位数？`],
  ["zh", "neg-dl:doc-zh:free", `中国的驾驶证号为什么和身份证号一样？档案编号又是什么？`],
  ["zh", "neg-phone:order-zh:structured", `订单号 1392847106、快递单号 SF1402847193652，请帮我查询物流状态该怎么写邮件`],
  // --- Turkish ----------------------------------------------------------------------------------------------------
  [
    "tr",
    "mrn:not-tr:free",
    `Düzelt: Hasta Ayşe Korkmaz, protokol no ⟦medical_record|2026047182⟧, dosya no ⟦medical_record|HD-004719⟧, yarın servise alınacak.`,
  ],
  [
    "tr",
    "tax:mail-tr:free",
    `Resmileştir: Merhaba, babam Mehmet Aydın'ın T.C. kimlik numarası ⟦national_id|${tcKimlik("471829305")}⟧, vergi dairesi Kadıköy, fatura ona kesilsin.`,
  ],
  ["tr", "dl:form-tr:structured", `Kaza tespit tutanağı, B aracı: sürücü Emre Çelik, ehliyet no ⟦driver_license|TR-047182⟧, sınıf B — olay yerini yaz.`],
  ["tr", "phone:msg-tr:free", `Düzelt: Kargo gelirse annem Fatma Yılmaz'ı ⟦phone|0532 418 27 93⟧ numarasından arayın.`],
  ["tr", "neg-tax:doc-tr:free", `T.C. kimlik numarasının son iki hanesi nasıl hesaplanır? Genel algoritmayı anlat.`],
  ["tr", "neg-mrn:order-tr:structured", `Sipariş no 2026047182, ürün kodu HD-004719 (hasta dosya klasörü), adet 50 — KDV'li toplam nedir?`],
  // --- Swedish ----------------------------------------------------------------------------------------------------
  [
    "sv",
    "mrn:journal-sv:free",
    `Snygga till: Patienten Birgitta Lindgren, personnummer ⟦national_id|${personnummer("520314", "418")}⟧, journalnummer ⟦medical_record|J-2026-04718⟧, skrivs ut idag.`,
  ],
  [
    "sv",
    "dl:mail-sv:free",
    `Gör mer formellt: Hyresgästen Oskar Nyberg visade sitt körkort, nummer ⟦driver_license|47182936⟧, utfärdat av Transportstyrelsen.`,
  ],
  ["sv", "cred:chat-sv:free", `skriv om snällare: "pappa, lösenordet till BankID-appen är ⟦password|Ålandsfärja#1961⟧ och koden till porten ⟦password|2580⟧"`],
  ["sv", "phone:mail-sv:free", `Rätta: Ring min mormor Ingrid Holm på ⟦phone|070-418 27 93⟧ eller hem på ⟦phone|08-642 18 37⟧.`],
  ["sv", "neg-tax:doc-sv:free", `Hur fungerar kontrollsiffran i ett svenskt personnummer? Förklara Luhn-algoritmen generellt.`],
  ["sv", "neg-phone:doc-sv:free", `Finns det telefonnummer som PTS reserverat för fiktion, till exempel 070-1740605? Jag skriver ett manus.`],
];
