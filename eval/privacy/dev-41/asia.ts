/** Development set 41, Asian languages (ja zh ko vi hi id): public documents as published, with twins. */
import type { Group } from "./group.js";

export const ASIA: Group[] = [
  // Japanese
  [
    [
      "ja",
      "neg-address:imprint:doc",
      `特定商取引法に基づく表記
販売業者：株式会社みどり茶園
運営統括責任者：中村 健一
所在地：〒420-0031 静岡県静岡市葵区呉服町2丁目1-5
電話番号：054-255-1180（受付時間 平日10:00〜17:00）
メールアドレス：shop@midori-chaen.co.jp
販売価格：各商品ページに記載

この表記に不足している項目はありますか？`,
    ],
    [
      "ja",
      "address:letter:doc",
      `お礼状の文面を整えてください。

差出人：山口 美咲
住所：⟦street_address|〒422-8006 静岡県静岡市駿河区曲金5丁目3-12⟧

株式会社みどり茶園 御中
先日は新茶をお送りいただき、ありがとうございました。`,
    ],
  ],
  [
    [
      "ja",
      "neg-date:biography:doc",
      `大谷翔平（おおたに しょうへい、1994年7月5日 - ）は、岩手県奥州市出身のプロ野球選手（投手、指名打者）。MLBのロサンゼルス・ドジャース所属。

子ども向けに3行で紹介文を書いて。`,
    ],
    [
      "ja",
      "date:form:doc",
      `入会申込書の記入内容を確認してください。
氏名：佐々木 陽菜
生年月日：⟦date_of_birth|2012年3月18日⟧
保護者：佐々木 隆
コース：水泳（初級）`,
    ],
  ],
  [
    [
      "ja",
      "neg-financial:annual-report:doc",
      `有価証券報告書より：連結報酬等の総額が1億円以上である者
代表取締役社長 田村 浩一　報酬等の総額 4億2,300万円（基本報酬 1億2,000万円、業績連動報酬 3億300万円）

業績連動の割合を計算して。`,
    ],
    [
      "ja",
      "financial:message:chat",
      `同僚の小林さん（小林 大輔）からLINEで「来月から月給が⟦financial|28万円⟧に下がる、転職すべき？」と来ました。励ましの返事を考えて。`,
    ],
  ],
  [
    [
      "ja",
      "neg-financial:job-ad:doc",
      `求人票　職種：Webエンジニア（正社員）
給与：年収450万円〜650万円（経験・能力を考慮）
勤務地：東京都渋谷区道玄坂1-12-1 渋谷マークシティ
応募先：recruit@example-shibuya.jp

この求人票を英語に翻訳して。`,
    ],
  ],
  [
    [
      "ja",
      "neg-address:museum:doc",
      `ご利用案内
東京国立博物館　〒110-8712 東京都台東区上野公園13-9
開館時間：9:30〜17:00（入館は閉館の30分前まで）
休館日：月曜日

英語の案内文にしてください。`,
    ],
  ],
  // Chinese
  [
    [
      "zh",
      "neg-address:imprint:doc",
      `联系我们
杭州云栖数据科技有限公司
地址：浙江省杭州市西湖区文三路398号东信大厦12楼
统一社会信用代码：91330106MA2B1X7K3Q
客服邮箱：service@yunqidata.cn
客服热线：400-826-5580

帮我把这段翻译成英文放到官网。`,
    ],
    ["zh", "address:letter:chat", `帮我写一封给云栖数据的投诉信，退款请寄到我家：王丽华，⟦street_address|浙江省杭州市拱墅区莫干山路102号3幢502室⟧。`],
  ],
  [
    [
      "zh",
      "neg-date:biography:doc",
      `屠呦呦，1930年12月30日出生于浙江宁波，中国药学家，2015年获得诺贝尔生理学或医学奖。

给小学生写一段两句话的介绍。`,
    ],
    [
      "zh",
      "date:form:doc",
      `帮我检查一下这个报名表：
姓名：陈思远
出生日期：⟦date_of_birth|2014年8月9日⟧
家长：陈建国
项目：围棋兴趣班`,
    ],
  ],
  [
    [
      "zh",
      "neg-financial:job-ad:doc",
      `招聘：数据分析师（上海）
薪资：月薪15K-25K，13薪，五险一金
工作地点：上海市浦东新区世纪大道100号
简历投递：hr@lingxi-tech.com

把招聘启事改写得更吸引人。`,
    ],
    ["zh", "financial:message:chat", `同事刘洋在微信上跟我说："我这个月工资只发了⟦financial|8600元⟧，房贷都不够。"我该怎么安慰他？`],
  ],
  [
    [
      "zh",
      "neg-email:paper:doc",
      `作者：李明¹，张华²
¹ 北京大学信息科学技术学院，北京 100871
² 复旦大学计算机科学技术学院，上海 200433
通讯作者：李明，E-mail: liming@pku.edu.cn

请按期刊要求把作者信息改成英文格式。`,
    ],
  ],
  // Korean
  [
    [
      "ko",
      "neg-address:imprint:doc",
      `상호: (주)한빛커머스 | 대표이사: 정민호
사업자등록번호: 214-87-12345 | 통신판매업신고: 제2021-서울강남-01234호
주소: 서울특별시 강남구 테헤란로 152, 12층
고객센터: 1588-1234 | 이메일: cs@hanbitcommerce.co.kr

쇼핑몰 하단 푸터를 영어로도 만들어줘.`,
    ],
    [
      "ko",
      "address:letter:chat",
      `한빛커머스에 반품 요청 글 써줘. 회수 주소는 우리 집이야: 김지은, ⟦street_address|서울특별시 마포구 월드컵북로 12길 34, 201호⟧.`,
    ],
  ],
  [
    [
      "ko",
      "neg-date:biography:doc",
      `손흥민(孫興慜, 1992년 7월 8일 ~ )은 대한민국의 축구 선수로, 현재 로스앤젤레스 FC 소속 공격수이다.

초등학생용으로 짧게 소개해줘.`,
    ],
  ],
  [
    [
      "ko",
      "neg-financial:press-release:doc",
      `[보도자료] 한빛전자, 3분기 매출 12조 4,500억 원… 전년 대비 8% 증가
한빛전자는 30일 공시를 통해 3분기 영업이익이 1조 2,100억 원이라고 밝혔다. 사업보고서에 따르면 이상훈 대표이사의 연간 보수는 28억 원이었다.

세 줄로 요약해줘.`,
    ],
    [
      "ko",
      "financial:message:chat",
      `팀원 박서준 씨가 메신저로 "저 이번 연봉 협상에서 ⟦financial|4,200만 원⟧ 받았어요, 적은 건가요?"라고 물어봤어. 팀장으로서 답장 써줘.`,
    ],
  ],
  // Vietnamese
  [
    [
      "vi",
      "neg-address:imprint:doc",
      `Thông tin doanh nghiệp
Công ty TNHH Cà Phê Núi Xanh
Địa chỉ: 45 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
Mã số doanh nghiệp: 0312345678 do Sở KH&ĐT TP.HCM cấp
Email: lienhe@nuixanhcoffee.vn

Dịch sang tiếng Anh giúp tôi.`,
    ],
    [
      "vi",
      "address:letter:chat",
      `Viết giúp tôi thư gửi công ty Núi Xanh để đổi hàng, gửi về nhà tôi: Trần Thị Mai, ⟦street_address|số 12 ngõ 45 phố Hào Nam, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội⟧.`,
    ],
  ],
  [
    [
      "vi",
      "neg-date:biography:doc",
      `Trịnh Công Sơn (28 tháng 2 năm 1939 – 1 tháng 4 năm 2001) là một nhạc sĩ người Việt Nam, tác giả của hơn 600 ca khúc.

Tóm tắt trong hai câu.`,
    ],
  ],
  // Hindi
  [
    [
      "hi",
      "neg-date:biography:doc",
      `ए. पी. जे. अब्दुल कलाम (जन्म: 15 अक्टूबर 1931, रामेश्वरम; निधन: 27 जुलाई 2015, शिलांग) भारत के 11वें राष्ट्रपति और प्रसिद्ध वैज्ञानिक थे।

बच्चों के लिए तीन वाक्य में परिचय लिखो।`,
    ],
    [
      "hi",
      "date:form:doc",
      `इस प्रवेश फ़ॉर्म को जाँच दो:
छात्र का नाम: आरव शर्मा
जन्म तिथि: ⟦date_of_birth|12/05/2016⟧
पिता का नाम: राजेश शर्मा`,
    ],
  ],
  [
    [
      "hi",
      "neg-address:imprint:doc",
      `संपर्क करें
सुगंध मसाले प्राइवेट लिमिटेड
पंजीकृत कार्यालय: प्लॉट 27, सेक्टर 18, उद्योग विहार, गुरुग्राम, हरियाणा 122015
CIN: U15400HR2015PTC056789
ईमेल: info@sugandhmasale.in

इसे अंग्रेज़ी में अनुवाद करो।`,
    ],
  ],
  // Indonesian
  [
    [
      "id",
      "neg-financial:job-ad:doc",
      `Lowongan: Staf Administrasi, Jakarta Selatan. Gaji Rp6.000.000 – Rp8.000.000 per bulan, BPJS, THR. Kirim lamaran ke hrd@sinarmaju.co.id paling lambat 20 Desember 2026.

Ringkas lowongan ini.`,
    ],
    [
      "id",
      "financial:message:chat",
      `Teman kantor saya, Dewi Lestari (bukan penyanyi), cerita gajinya cuma ⟦financial|Rp4.800.000⟧ sebulan padahal sudah tiga tahun. Bantu saya balas pesannya dengan sopan.`,
    ],
  ],
];
