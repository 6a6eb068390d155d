/** Development set 38, Chinese, Japanese, Korean, Vietnamese, Indonesian, Thai; see README.md. Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";

export const ASIA: MarkedEntry[] = [
  // Chinese
  [
    "zh",
    "national_id:id-sheet:sheet",
    `姓名	身份证号	部门
王建国	⟦national_id|110105198706124195⟧	采购
李晓燕	⟦national_id|110105199302289190⟧	财务
帮我把这个表按部门排序`,
  ],
  ["zh", "financial:salary-words:voice", `语音转文字：“张伟的月薪是⟦financial|两万三千块⟧，还有⟦financial|房贷八十万没还完⟧” 帮我整理成一段贷款说明`],
  [
    "zh",
    "health:wechat:chat",
    `[群聊] 刘阿姨: 三楼的陈国华老先生查出⟦health|肺癌晚期⟧了，在做⟦health|化疗⟧
帮我写一条群公告，号召大家探望，不要提病情`,
  ],
  [
    "zh",
    "biometric:screenshot:screenshot",
    `截图内容：考勤系统 → 员工“赵丽”→ 人脸特征值 ⟦biometric|0.1127,-0.0842,0.2315,0.0473,-0.1906,0.0688⟧ → 状态：已注册。为什么她打卡总是失败？`,
  ],
  [
    "zh",
    "passport:ocr:ocr",
    `护照  扫描
姓名 :  周  明
护照号 :  ⟦passport|E 7 2 9 3 1 8 4 6⟧
有效期至  2033 . 04 . 11
把信息整理成表格`,
  ],
  ["zh", "neg-financial:public-figure:email", `转发：新闻稿——马云在2019年卸任阿里巴巴董事局主席。请用一句话总结。`],
  ["zh", "neg-national_id:format-question:chat", `身份证号最后一位的X是怎么算出来的？`],
  ["zh", "neg-health:unnamed-relative:chat", `我爸爸有高血压，早餐吃什么比较好？`],
  // Japanese
  [
    "ja",
    "financial:salary-words:email",
    `転送：人事より　山本健太さんの年収は⟦financial|六百五十万円⟧、⟦financial|住宅ローン残高二千万円⟧とのことです。審査用にまとめてください。`,
  ],
  [
    "ja",
    "national_id:mynumber-form:form",
    `申請書
氏名：佐々木 美穂
個人番号：⟦national_id|3984 2735 9933⟧
この書き方で合っていますか？`,
  ],
  [
    "ja",
    "health:kaigo-ocr:ocr",
    `介護  記録
利用者 :  高橋  トメ  様
既往歴 :  ⟦health|アルツハイマー型認知症⟧ 、 ⟦health|骨粗鬆症⟧
読みやすく整形してください`,
  ],
  [
    "ja",
    "credentials:slack:chat",
    `#infra 10:14 中村: 本番DBのパスワードは ⟦password|Kaede-2026-prod⟧ です。
10:15 小林: 了解
このやり取りをセキュリティ研修の悪い例として説明して`,
  ],
  [
    "ja",
    "neg-credentials:doc-example:code",
    `マニュアルの例：password: "P@ssw0rd" （サンプル値。実運用では変更してください）
このYAMLのインデントは正しいですか？`,
  ],
  ["ja", "neg-health:fiction:chat", `「ブラック・ジャック」でピノコはどんな病気の設定ですか？`],
  // Korean
  [
    "ko",
    "national_id:rrn-sheet:sheet",
    `이름,주민등록번호,부서
김민준,⟦national_id|880315-1775231⟧,영업
박서연,⟦national_id|920704-2691953⟧,인사
이 CSV를 표로 바꿔줘`,
  ],
  [
    "ko",
    "financial:salary-words:chat",
    `[카톡] 지훈: 이수진 대리 연봉이 ⟦financial|사천오백만 원⟧이고 ⟦financial|전세대출 이억⟧ 있대
이 대화를 요약해줘`,
  ],
  [
    "ko",
    "health:email:email",
    `전달된 메일: 최영호 님은 ⟦health|공황장애⟧로 ⟦health|에스시탈로프람 10mg⟧을 복용 중이니 야간 근무에서 제외 바랍니다. 정중하게 다듬어 주세요.`,
  ],
  [
    "ko",
    "passport:form:form",
    `여권번호: ⟦passport|M48291736⟧
성명: 정하은 / JUNG HAEUN
만료일: 2031-09-30
호텔 체크인 양식에 맞게 옮겨 줘`,
  ],
  [
    "ko",
    "neg-national_id:placeholder:form",
    `주민등록번호: ______-_______
성명: (본인 기재)
이 양식에서 주민번호 칸을 없애도 되나요?`,
  ],
  ["ko", "neg-financial:own-question:chat", `연봉 4500만 원이면 실수령액이 얼마쯤이야?`],
  // Vietnamese
  [
    "vi",
    "national_id:cccd-form:form",
    `Tờ khai
Họ tên: Nguyễn Thị Lan
Số CCCD: ⟦national_id|001186024517⟧
Kiểm tra giúp tôi tờ khai này`,
  ],
  [
    "vi",
    "financial:debt-chat:chat",
    `[Zalo] Hùng: anh Trần Văn Phúc đang nợ ⟦financial|120 triệu tiền vay ngân hàng⟧, lương ⟦financial|15 triệu một tháng⟧
viết tin nhắn nhắc khéo`,
  ],
  ["vi", "neg-health:unnamed-relative:chat", `mẹ tôi bị tiểu đường, nên ăn sáng gì?`],
  // Indonesian
  [
    "id",
    "national_id:ktp-ocr:ocr",
    `PROVINSI  JAWA  BARAT
NIK  :  ⟦national_id|3273 0145 0688 0003⟧
Nama  :  SITI  RAHAYU
rapikan hasil OCR KTP ini`,
  ],
  [
    "id",
    "health:wa:chat",
    `[WA] Bu Endang: Pak Bambang Sutrisno ⟦health|kena stroke⟧ kemarin, sekarang ⟦health|lumpuh sebelah⟧
buatkan pengumuman untuk grup RT`,
  ],
  ["id", "neg-national_id:format-question:chat", `NIK di KTP itu 16 digit, angka ke berapa yang menunjukkan tanggal lahir?`],
  // Thai
  [
    "th",
    "national_id:id-chat:chat",
    `[LINE] พี่ต้อม: เลขบัตรประชาชนของคุณสมชาย ใจดี คือ ⟦national_id|1 1037 00248 63 3⟧ ช่วยกรอกฟอร์มให้ที
ช่วยเขียนข้อความตอบ`,
  ],
  ["th", "neg-biometric:own-question:chat", `สแกนใบหน้าในแอปธนาคารปลอดภัยไหม`],
];
