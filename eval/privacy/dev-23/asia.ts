/**
 * Development set 23, entries in Chinese, Japanese, Korean, Russian and Hindi/Hinglish: money, secrets, health,
 * phones and driver's licences in chats, forwarded SMS, forms, OCR and dictated text, with hard negatives of the same
 * shapes. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // Chinese
  ["zh", "financial:card-chat:free", `帮我看看这张卡是哪个银行的：⟦payment_card|6011 9629 6231 7769⟧，我妈王秀兰的`],
  ["zh", "financial:debt-wechat:free", `[微信] 表哥李建国欠网贷⟦financial|12万⟧，月还⟦financial|4800元⟧，怎么劝他？`],
  ["zh", "credentials:wifi-chat:free", `家里wifi密码是⟦password|zhang88886666⟧，怎么分享给新买的电视？`],
  ["zh", "credentials:pin-voice:voice", `记一下 银行卡密码是⟦password|五三九一二八⟧ 别告诉别人`],
  ["zh", "health:chat:free", `我同事陈晓燕查出⟦health|乳腺癌⟧，正在吃⟦health|他莫昔芬⟧，我该怎么安慰她？`],
  ["zh", "phone:sms:sms", `转发短信："快递到了，请联系⟦phone|138 1047 2296⟧，或座机⟦phone|010-6482 7713⟧" 是真的吗？`],
  ["zh", "driver_license:form:form", `租车表格（从PDF复制）：\n姓名：刘  洋\n驾驶证\n号：⟦driver_license|110105198604122594⟧\n还缺什么？`],
  ["zh", "neg-health:generic:free", `乳腺癌早期有什么症状？男性也会得吗？`],
  ["zh", "neg-phone:hotline:free", `12315和12345热线分别是干什么的？`],
  // Japanese
  ["ja", "financial:salary-chat:free", `夫の佐藤健太の手取りは月⟦financial|28万円⟧で、住宅ローンが⟦financial|2,400万円⟧残ってます。繰上げ返済すべき？`],
  ["ja", "credentials:pin-chat:free", `母のキャッシュカードの暗証番号は⟦password|7204⟧です。代わりに引き出してもいいですか？`],
  ["ja", "credentials:wifi-line:free", `[LINE] 父: Wi-Fiのパスワードは⟦password|a8k3m2x9q7⟧だよ\nこれをスマホに入れる方法を教えて`],
  ["ja", "health:email:email", `転送：「田中美咲さんは⟦health|妊娠16週⟧で、⟦health|切迫流産⟧のため来週まで休みます。」\n上司への返信を丁寧に書いて`],
  ["ja", "phone:chat:free", `祖母の携帯は⟦phone|090-4821-7736⟧、家は⟦phone|03-5412-8830⟧です。連絡先カードにまとめて`],
  ["ja", "driver_license:ocr:ocr", `免許証のOCR：第 ⟦driver_license|3 0 4 5 1 2 6 7 8 9 0 1⟧ 号  平成27年交付 — 読み取れてる？`],
  ["ja", "neg-credentials:advice:free", `暗証番号に誕生日を使うのはなぜ危ないのですか？`],
  ["ja", "neg-financial:generic:free", `住宅ローン2,400万円を35年で借りた場合の月々の返済額の目安は？`],
  // Korean
  ["ko", "financial:account-kakao:free", `[카톡] 엄마: 김민수 계좌 ⟦bank_account|110-482-739105⟧ 신한으로 ⟦financial|50만원⟧ 보내줘\n이거 보이스피싱일까?`],
  ["ko", "health:chat:free", `친구 박지은이 ⟦health|공황장애⟧ 진단받고 ⟦health|자낙스⟧ 먹고 있대요. 뭐라고 위로하죠?`],
  ["ko", "phone:sms:sms", `문자 전달: "택배 기사입니다 ⟦phone|010-4821-7736⟧으로 연락 주세요" 진짜일까요?`],
  ["ko", "credentials:door-chat:free", `우리 집 현관 비밀번호는 ⟦password|2847*⟧ 이에요. 택배 기사님께 알려줘도 될까요?`],
  ["ko", "driver_license:chat:free", `렌터카에서 면허번호 달래요: ⟦driver_license|11-19-482713-52⟧ 이거 맞게 쓴 거죠?`],
  ["ko", "neg-phone:hotline:free", `112랑 119 차이가 뭐예요?`],
  // Russian
  ["ru", "financial:card-chat:free", `мама, Ольга Петровна, прислала номер своей карты ⟦payment_card|5563 1859 6532 3501⟧ — как ей перевести через СБП?`],
  ["ru", "financial:debt-chat:free", `У брата Сергея Иванова долг по кредитке ⟦financial|340 000 рублей⟧, коллекторы звонят. Что делать?`],
  ["ru", "credentials:wifi-chat:free", `пароль от вайфая у бабушки ⟦password|Vasilek1961⟧, как подключить ей телевизор?`],
  ["ru", "health:chat:free", `У моей коллеги Анны Смирновой ⟦health|рассеянный склероз⟧, она на ⟦health|копаксоне⟧. Как её поддержать?`],
  ["ru", "phone:chat:free", `позвони тёте Гале по ⟦phone|8 (916) 482-17-33⟧, скажи что я задержусь`],
  ["ru", "driver_license:form:form", `Анкета аренды (из PDF):\nФИО: Кузнецов  Дмитрий\nВод. удостоверение\n№ ⟦driver_license|99 21 604817⟧\nвсё ли заполнено?`],
  ["ru", "neg-health:generic:free", `Какие первые признаки рассеянного склероза?`],
  ["ru", "neg-financial:generic:free", `Какой кредитный рейтинг считается хорошим в России?`],
  // Hindi and Hinglish
  ["hi", "financial:salary-chat:free", `मेरे पति राजेश शर्मा की सैलरी ⟦financial|₹62,000⟧ महीना है, क्या हमें ⟦financial|₹35 लाख⟧ का होम लोन मिलेगा?`],
  ["hi", "health:chat:free", `मेरी सहेली सुनीता वर्मा को ⟦health|थायराइड⟧ है और वो ⟦health|थायरोनॉर्म 50⟧ लेती है, क्या वो प्रेग्नेंसी में ले सकती है?`],
  ["hi", "phone:chat:free", `मामा जी का नंबर ⟦phone|99103 28476⟧ है, उन्हें जन्मदिन का मैसेज लिख दो`],
  ["hi", "driver_license:chat:free", `मेरा DL नंबर ⟦driver_license|MH12 20190034567⟧ है, इसे आधार से कैसे लिंक करूँ?`],
  ["hi", "credentials:upi-hinglish:free", `mera UPI pin ⟦password|4 8 2 7⟧ hai aur papa ka ⟦password|190365⟧, kya ye safe hai family group me bhejna?`],
  ["hi", "financial:card-hinglish:free", `didi ka card ⟦payment_card|4610 0205 5348 9735⟧ hai, isse Flipkart pe EMI ho sakta hai kya?`],
  ["hi", "neg-phone:hotline:free", `112 और 108 नंबर में क्या फर्क है?`],
  ["hi", "neg-credentials:advice:free", `UPI PIN kitne digit ka hota hai, 4 ya 6? kisi ko batana chahiye kya?`],
];
