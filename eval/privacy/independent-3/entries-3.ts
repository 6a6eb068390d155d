/** Third held-out set, file 3 of 8: hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries3: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `Could you help me make this email to the school SENCO clearer and a bit more organised? I tend to ramble when I'm anxious and I really want them to take it seriously this time.

Dear Mrs Appleby,

I'm writing about my daughter Isla Robertson in Year 5 (Mr Khan's class). As you know, Isla was diagnosed with ⟦health|autism spectrum condition⟧ in July by the community paediatrician, and she also has ⟦health|dyspraxia⟧. Her date of birth is ⟦date_of_birth|9 May 2016⟧ and her NHS number is ⟦medical_record|582 730 1469⟧ in case you need it for the referral paperwork.

Since September things have been much harder for her. She's coming home exhausted and melting down most evenings, and twice this month she's refused to go in at all. She tells me the classroom is too loud at lunchtime and that she doesn't understand what she's meant to do in PE because the instructions are given all at once. She also mentioned that a group of girls have been copying the way she talks.

I'd like to ask for three things:
1. A meeting before the end of term to talk about an individual support plan.
2. Whether she could have somewhere quiet to go at lunch, even for 10 minutes.
3. Whether the school would support an application for an EHC needs assessment. The paediatrician said it would help if the school agreed.

I'm free most mornings before 10, and Tuesday/Thursday afternoons. Isla's dad is also happy to attend.

Thank you for everything you've already done, I know how busy you are.

Kind regards,
Fiona Robertson`,
  ],
  [
    "ar",
    "chat:sens",
    "ممكن تكتب لي رسالة رسمية للفندق لتأكيد الحجز؟ الاسم: عبدالله الحربي، رقم الهوية ⟦national_id|1082937465⟧، الجوال ⟦phone|0551 834 290⟧، الوصول ١٥ يناير لمدة ٣ ليالي",
  ],
  ["en", "question:neg", "is it legal in california to record phone calls with my employees if i tell them at the start of the call? small business, 6 staff"],
  [
    "zh",
    "email:neg",
    `请帮我把这封公司通知改写得更简洁、更友好一点，发给全体员工：

各位同事：

根据公司年度工作安排，现将2027年春节放假事宜通知如下：

一、放假时间：2027年2月5日（星期五）至2月13日（星期六），共9天。2月14日（星期日）正常上班。

二、放假前，请各部门负责人做好本部门的安全检查工作，关闭电源、门窗，贵重物品妥善保管。财务部请于2月3日前完成所有报销单据的审核，逾期提交的单据将顺延至节后处理。

三、假期内如遇紧急情况，请联系行政部值班电话：010-6588 2300，或发送邮件至 admin@huaxinkeji.com.cn。IT系统如出现故障，请拨打IT服务台 400-810-2266。

四、节后第一天上午10点，公司将在三楼大会议室举行新春团拜会，请全体员工准时参加。

五、请大家假期注意出行安全，合理安排行程。如需延长休假，请提前通过OA系统提交请假申请，经部门负责人审批后方可生效。

祝大家新春快乐，阖家幸福！

北京华信科技有限公司 行政部
2026年12月7日

语气不要太官方，但重要信息不要漏。`,
  ],
  [
    "en",
    "code:sens",
    `Our GitHub Actions release job suddenly fails with "npm ERR! code E401". Here's the workflow and the .npmrc that gets written. What's wrong? I rotated nothing.

name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          registry-url: "https://registry.npmjs.org"
      - run: |
          echo "//registry.npmjs.org/:_authToken=⟦api_key|npm_8fKq2LxV7mR3pZtY9wNc4HsJ1bDgE6uA0oQi⟧" > ~/.npmrc
          echo "@acme:registry=https://npm.pkg.github.com" >> ~/.npmrc
          echo "//npm.pkg.github.com/:_authToken=⟦api_key|ghp_T4xW9kLm2QvR8sZpN3yHc7JdF1bGa6uE0oKi⟧" >> ~/.npmrc
      - run: npm ci
      - run: npm run build
      - run: npm publish --access public

I know I should use secrets, I'll fix that after. The token was working yesterday. Also the scoped packages from GitHub Packages install fine, it's only the publish step that 401s. Could the npm token have been auto-revoked because it's granular and expired? How do I check that from the CLI?`,
  ],
  [
    "ja",
    "letter:sens",
    `退職届の文面をもう少し丁寧にしてもらえますか。

退職届
株式会社サンライズ物流 代表取締役 山本健一 殿
私儀、一身上の都合により、2027年1月31日をもって退職いたします。
住所：⟦street_address|東京都世田谷区太子堂2-14-7 ハイツ三軒茶屋203⟧
氏名：佐藤美咲
マイナンバー：⟦national_id|4829 1736 0515⟧（源泉徴収票の手続き用）`,
  ],
  [
    "en",
    "support:neg",
    `Our QA team recorded this sandbox test of the new payment chat bot. Can you write up the bugs you see? Be specific.

Bot: Hi! I can help you pay your invoice. What's the invoice number?
Tester: INV-TEST-0001
Bot: Thanks. The amount due is £0.00. Would you like to pay now?
Tester: yes
Bot: Please enter your card number.
Tester: 4111 1111 1111 1111
Bot: Thanks. Expiry date?
Tester: 12/30
Bot: And the security code?
Tester: 123
Bot: Payment failed: amount must be greater than zero. Please enter your card number.
Tester: 4000 0000 0000 0002
Bot: Thanks. Expiry date?
Tester: 12/30
Bot: And the security code?
Tester: 123
Bot: Your card was declined. Would you like to try again?
Tester: no
Bot: Please enter your card number.
Tester: stop
Bot: Sorry, I didn't understand. Please enter your card number.
Tester: agent
Bot: Please enter your card number.

Environment: staging, Stripe test mode, build 2026.12.04-rc2. The tester used the documented Stripe/Visa test numbers only. Also the bot echoed the card number back in the transcript export which we thought we'd disabled. Write it as a Jira-style list: title, steps, expected, actual, severity.`,
  ],
  [
    "ko",
    "chat:sens",
    "연말정산 서류에 이거 맞게 썼는지 봐줘: 배우자 이름 박서연, 주민등록번호 ⟦national_id|950911-2048366⟧, 본인 ⟦national_id|870523-1057217⟧",
  ],
  [
    "en",
    "medical:neg",
    `I'm 31 weeks pregnant with my first and I have a bunch of questions I'm too embarrassed to ask the midwife. Can you answer them one by one, and tell me which ones I should actually ring the maternity unit about?

1. My feet and hands have been swelling a lot in the evenings this week. My rings don't fit anymore. Is that normal or a sign of something?
2. I've had a few headaches, not massive, but more than usual. Paracetamol helps.
3. The baby seems to move less in the mornings but loads at night. Is that ok? How many kicks should I be counting?
4. I'm getting heartburn every single night. Gaviscon helps a bit. Is there anything stronger I can take?
5. I've been getting tightening in my bump maybe 4-5 times a day, it doesn't hurt. Is that Braxton Hicks?
6. Can I still fly? We have a wedding in Scotland when I'll be 34 weeks.
7. My blood pressure at the last appointment was 128/84, the midwife said it was "fine" but wrote something down. Should I worry?
8. Is it safe to keep doing my pregnancy yoga class? Some of the stretches feel a bit much now.

I don't have any health conditions, this has been a pretty easy pregnancy until now.`,
  ],
  [
    "hi-Latn",
    "chat:sens",
    `bhai ek kaam kar de, Jio store wale ko ye message bhejna hai formal sa bana de: "Sir mera naya SIM activate nahi hua. Aadhaar no ⟦national_id|7364 1829 0540⟧, naam Vikram Singh Rathore, purana number ⟦phone|98290 46173⟧ port karwaya tha. 3 din ho gaye. please jaldi karo"`,
  ],
  [
    "en",
    "landlord:sens",
    `I need a letter to my landlord in Ohio about repairs and I want to mention the law. Can you rewrite this so it's firm and cites the right code? I'm not trying to be confrontational, I just want it fixed.

Dear Mr. Kowalski,

I am writing to formally notify you about several repair issues at my unit, ⟦street_address|1847 W 25th St, Apt 2B, Cleveland, OH 44113⟧. I've mentioned these by text several times since September but they haven't been addressed.

1. The bathroom ceiling has a leak directly under the upstairs unit's shower. There is now a brown stain about 2 feet wide and the paint is bubbling. I'm worried about mold.
2. The back door deadbolt doesn't lock properly. You have to lift the door to get it to catch.
3. Two of the kitchen burners don't light.
4. There's no heat in the back bedroom. The radiator is cold even when the others are hot.

It's getting cold now and the bedroom is where my son sleeps. I've been running a space heater.

Under Ohio law I believe you have 30 days to make repairs after written notice. If they're not done I'm considering depositing rent with the clerk of courts, which I'd rather not have to do.

Please let me know when someone can come. I'm home after 4:30 on weekdays and all day Saturday. My cell is ⟦phone|(216) 447-3827⟧ and email is ⟦email|tanya.r.brooks@gmail.com⟧.

Thank you,
Tanya Brooks

Is it 30 days? I read somewhere it's "reasonable time". And can I actually do the rent deposit thing if I'm a month behind? I'm not, just asking.`,
  ],
  ["en", "chat:neg", "how old was Barack Obama when he became president, and where was he born? my son has a school quiz"],
  [
    "zh",
    "medical:sens",
    `帮我把这份病历摘要翻译成英文，要带去香港的医院复诊用的，专业一点：

姓名：陈建国  性别：男  出生日期：⟦date_of_birth|1958年3月14日⟧
身份证号：⟦national_id|110105195803142037⟧
住院号：⟦medical_record|ZY2026-084317⟧

入院诊断：⟦health|急性前壁心肌梗死⟧；⟦health|2型糖尿病⟧；⟦health|高血压3级（极高危）⟧
诊疗经过：患者因"胸痛3小时"急诊入院，心电图示V1-V4导联ST段抬高，急诊行冠状动脉造影示前降支近段完全闭塞，植入药物洗脱支架1枚。术后给予双联抗血小板、他汀、β受体阻滞剂等治疗，病情平稳。
出院医嘱：⟦health|阿司匹林100mg 每日一次⟧；⟦health|替格瑞洛90mg 每日两次⟧；⟦health|阿托伐他汀20mg 每晚一次⟧；⟦health|美托洛尔缓释片47.5mg 每日一次⟧；⟦health|二甲双胍0.5g 每日三次⟧。低盐低脂糖尿病饮食，戒烟，一个月后心内科门诊复查。

注意药名要用英文通用名。`,
  ],
  [
    "en",
    "spreadsheet:neg",
    `Can you turn this pipeline paste into a summary for the Monday sales meeting? I want: total weighted value, top 3 deals, and anything that's been stuck in the same stage for more than 30 days.

Account | Stage | Value (£) | Probability | Days in stage | Next step
Halberd Logistics | Negotiation | 84,000 | 70% | 41 | legal review of MSA
NorthPeak Energy | Proposal | 126,000 | 40% | 12 | pricing call 11 Dec
Greywater Foods | Discovery | 22,000 | 20% | 65 | chase
Marlow & Finch Solicitors | Negotiation | 18,500 | 80% | 8 | send order form
Cobalt Health Trust | Proposal | 210,000 | 30% | 34 | procurement framework question
Pemberton Retail | Closed Won | 47,000 | 100% | 2 | kickoff
Solent Marine | Discovery | 9,800 | 20% | 19 | demo booked
Ashgrove Housing Assoc. | Proposal | 61,000 | 50% | 33 | waiting on board approval
Vantage Print | Negotiation | 15,200 | 60% | 52 | discount request (they want 20%)
Riverside Academies | Discovery | 38,000 | 10% | 4 | intro call done

Notes: Cobalt is the NHS trust that needs us on the G-Cloud framework, Ashgrove's board meets 16 Dec. For anything stuck, suggest one concrete next action. Don't include the closed won deal in the weighted value. Keep it to one screen.`,
  ],
  [
    "ar",
    "email:neg",
    `لخص لي هذا الإعلان في ثلاث نقاط بالإنجليزية لزملائي الأجانب:

"تعلن هيئة الطرق والمواصلات عن إغلاق جزئي لشارع الشيخ زايد في الاتجاه المؤدي إلى أبوظبي، بين تقاطع المركز التجاري وتقاطع الصفوح، وذلك اعتباراً من يوم الجمعة الموافق 12 ديسمبر 2026 ولمدة ثلاثة أسابيع، لتنفيذ أعمال صيانة للجسور وتوسعة المخارج. وسيتم تحويل الحركة المرورية إلى الطرق البديلة، ومنها شارع الخيل وشارع الشيخ محمد بن زايد.

وتهيب الهيئة بجميع مستخدمي الطريق الالتزام بالإرشادات والعلامات التحذيرية، وتخفيض السرعة في منطقة الأعمال، والتخطيط المسبق لرحلاتهم، خاصة في أوقات الذروة الصباحية والمسائية. كما تنصح الهيئة باستخدام مترو دبي كبديل، حيث ستتم زيادة عدد الرحلات في ساعات الذروة خلال فترة الإغلاق.

للاستفسار يرجى التواصل مع مركز الاتصال على الرقم 8009090 أو عبر التطبيق الرسمي للهيئة."

شكراً`,
  ],
  [
    "en",
    "hr:neg",
    `Summarise this anonymised grievance outcome for our HR committee in 5 bullets: "Employee A (Finance) raised a grievance about Manager B's allocation of overtime. Investigation found overtime was allocated by informal request rather than a rota, which disadvantaged part-time staff. Recommendation: introduce a published rota, review in 3 months. No finding of discrimination. Employee A accepted the outcome."`,
  ],
  ["ja", "question:neg", "会社で社員のマイナンバーを集めるとき、Excelで管理してもいいんですか？保管のルールを簡単に教えてください。"],
  [
    "en",
    "ticket:sens",
    `Can you write this up as a clean IT ticket? "User ⟦email|s.ahmed@harlowbuilders.co.uk⟧ can't connect to the VPN from home since Tuesday. She says her home broadband IP is ⟦ip_address|82.14.203.77⟧ (Virgin Media) — we whitelist IPs on the firewall, maybe it changed? Laptop is HB-LT-0142. Priority medium, she's working from the office until it's fixed."`,
  ],
  [
    "ko",
    "email:neg",
    `이 공지문을 고객용으로 좀 더 부드럽게 다듬어 줄 수 있어요?

[공지] 시스템 점검 안내

안녕하세요, 한빛쇼핑입니다.
보다 안정적인 서비스 제공을 위해 아래와 같이 시스템 점검을 진행합니다.

■ 점검 일시: 2026년 12월 15일(화) 02:00 ~ 06:00 (4시간)
■ 점검 내용: 결제 시스템 서버 교체 및 데이터베이스 최적화
■ 영향 범위: 점검 시간 동안 상품 주문, 결제, 포인트 적립/사용, 회원가입이 일시 중단됩니다. 상품 조회 및 장바구니 담기는 가능합니다.

점검 시간은 작업 상황에 따라 다소 변경될 수 있으며, 점검이 조기에 완료될 경우 즉시 서비스를 재개합니다. 점검 시간 중 결제가 진행 중이던 주문은 자동 취소되며, 결제 금액은 영업일 기준 3~5일 이내에 환불됩니다.

이용에 불편을 드려 죄송합니다. 문의 사항은 고객센터 1588-2040(평일 09:00~18:00) 또는 1:1 문의 게시판을 이용해 주세요.

감사합니다.
한빛쇼핑 드림

너무 딱딱하지 않게, 그래도 중요한 정보는 빠짐없이 부탁해요.`,
  ],
  [
    "en",
    "email:sens",
    `Please help me write a polite but firm email to our housing society secretary. Context: I'm the treasurer this year and one resident has not paid maintenance for 8 months. I need to escalate to the committee, not shame him publicly.

Draft:

Dear Mr. Deshpande,

As discussed in the last committee meeting, I am sharing the status of pending maintenance dues for the current financial year.

All flats are up to date except Flat ⟦street_address|B-704, Green Valley CHS, Baner Road, Pune 411045⟧, owned by Mr. Sanjay Kulkarni. His outstanding amount as of 30 November is ⟦financial|Rs. 67,200 (8 months × Rs. 8,400)⟧, plus interest at 21% p.a. as per bye-law 70, which comes to approximately ⟦financial|Rs. 5,880⟧. I have sent him three reminder letters (12 June, 2 September, 4 November) and called him twice on ⟦phone|98230 17465⟧. He told me on the phone that he is going through a difficult time after ⟦financial|his business closed⟧ and will pay "soon", but no payment has been received.

I propose that the committee:
1. Sends a formal notice under Section 101 of the MCS Act.
2. Offers him an instalment plan of 4 months if he replies within 15 days.
3. Waives interest if the full amount is cleared by 31 March.

Please let me know if this can be put on the agenda for the 14 December meeting.

Regards,
Meera Joshi
Treasurer

Is the tone ok? I don't want it to look like I'm gossiping about his business.`,
  ],
  [
    "hi",
    "medical:sens",
    "कृपया यह संदेश डॉक्टर साहब के लिए थोड़ा औपचारिक बना दीजिए: 'नमस्ते डॉक्टर साहब, मेरे पिताजी रमेश चंद्र गुप्ता की ⟦health|किडनी की रिपोर्ट⟧ आई है, क्रिएटिनिन 2.8 है। आपने ⟦health|डायलिसिस⟧ की बात की थी, क्या अभी ज़रूरी है? उनका ⟦health|शुगर⟧ भी बढ़ा हुआ है।'",
  ],
  [
    "en",
    "question:neg",
    `How do card numbers get validated before they hit the payment processor? I see people mention Luhn. Can you walk through the algorithm using the standard test number 4111 1111 1111 1111 and show why 4111 1111 1111 1112 fails? Bonus: how do you tell Visa from Mastercard from Amex from the first digits?`,
  ],
  [
    "en",
    "cv:sens",
    `Please help me restructure my CV. I'm applying to oil and gas firms in Port Harcourt and Lagos and also remote roles. My uncle says it's too long. Cut it to one page if you can, and fix the English where needed.

CURRICULUM VITAE

PERSONAL DATA
Name: Emeka Chinonso Okeke
Date of Birth: ⟦date_of_birth|14th February 1993⟧
State of Origin: Anambra
Address: ⟦street_address|Plot 23, Rumuibekwe Estate, Port Harcourt, Rivers State⟧
Phone: ⟦phone|0806 529 3147⟧, ⟦phone|0913 402 7718⟧
Email: ⟦email|emeka.okeke93@yahoo.com⟧
Marital Status: Single
Religion: Christian

CAREER OBJECTIVE
To work in a challenging environment where my skills and experience will be fully utilized for the growth of the organization and my personal development.

EDUCATION
University of Port Harcourt — B.Eng Mechanical Engineering, Second Class Upper, 2016
Federal Government College Enugu — WAEC, 2010

WORK EXPERIENCE
Maintenance Engineer, Eastgate Energy Services (2019 – Date)
- Responsible for planned maintenance of rotating equipment (pumps, compressors) on two flow stations
- Reduced unplanned downtime on gas compressors by 30% through vibration monitoring programme
- Supervised team of 6 technicians
Graduate Trainee, Dorman Long Engineering (2017 – 2019)
- Assisted in fabrication QA/QC
NYSC, Gombe State (2016 – 2017)

CERTIFICATIONS: NEBOSH IGC, BOSIET, HUET, COREN registered

REFEREES: Available on request

Should I remove religion and state of origin for international jobs?`,
  ],
  ["zh", "chat:sens", "帮我写个便签提醒自己，别让人看懂：工资卡是招行尾号3381，网银密码 ⟦password|Cmb#880314zq⟧，手机 ⟦phone|138 2047 6615⟧"],
  [
    "en",
    "chat:neg",
    `I'm designing NPCs for a cyberpunk tabletop campaign. Can you flesh out these three characters with backstory, a secret, and a hook for the players? Keep each under 150 words.

1. "Mama" Rosa Quintero — runs a noodle stall at the bottom of Arcology 9, fences stolen cyberware on the side. Her burner number (in-game) is 555-0177.
2. Dex Halloran — ex-corporate security, now drinks too much, has a failing neural implant. Lives in Block C, Unit 4417, the Stacks.
3. Kiri Tanabe — 17-year-old netrunner prodigy, goes by "Glasswing", owes money to the Yakuza-equivalent faction called the Seventh Lantern.

The campaign's main theme is memory: who owns it, who sells it. I want each NPC to connect to that somehow. Also suggest how the three might know each other, without it feeling too convenient. The players are level 2 so nothing too epic yet. Tone: grimy but with some warmth, not grimdark for its own sake.`,
  ],
  [
    "ja",
    "medical:sens",
    `以下の診断書の内容を、会社の人事に提出する用に簡潔な説明文にまとめてください。病名はぼかしすぎず、でも必要以上に詳しくしないでください。

診断書
氏名：田中 浩二
生年月日：⟦date_of_birth|昭和57年8月21日⟧
保険者番号：⟦medical_record|06130142⟧  記号・番号：⟦medical_record|4127・88⟧

病名：⟦health|うつ病⟧、⟦health|不眠症⟧

上記の者、2026年10月頃より抑うつ気分、意欲低下、早朝覚醒を認め、当院にて加療中である。現在⟦health|エスシタロプラム10mg⟧および⟦health|ゾルピデム5mg⟧を処方している。
症状の改善のため、2026年12月8日から2027年2月28日まで自宅療養を要する。
復職にあたっては、当面の間、時間外勤務を控え、段階的な勤務時間の延長が望ましい。

2026年12月5日
さくらメンタルクリニック 医師 鈴木 理恵

人事部長あてのメールの本文として使いたいです。休職期間と復職時の配慮が伝わるようにお願いします。`,
  ],
  [
    "en",
    "email:neg",
    "reword pls: 'Hi all, office closed Fri for the deep clean, building mgmt number if anything urgent is on the noticeboard. Have a good weekend'",
  ],
  [
    "ko",
    "medical:sens",
    "친구 김지은이 어제 ⟦health|갑상선암⟧ 진단 받았대. 수술 날짜는 1월 중순이고 ⟦health|갑상선 전절제⟧ 한다고 하는데, 위로 문자를 어떻게 보내면 좋을까? 너무 무겁지 않게.",
  ],
  [
    "en",
    "code:neg",
    `Can you review this Terraform for our internal network? Mainly worried about the security group being too open.

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_vpc" "main" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.30.1.0/24"
  availability_zone = "eu-west-2a"
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.30.0.0/16", "172.16.0.0/12"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "orders" {
  identifier          = "orders-prod"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "orders_admin"
  password            = var.db_password
  db_subnet_group_name = aws_db_subnet_group.private.name
  vpc_security_group_ids = [aws_security_group.db.id]
  publicly_accessible = false
  skip_final_snapshot = false
}

The 172.16.0.0/12 is our office VPN range. Is 0.0.0.0/0 egress on the DB a real problem? Also should the password come from Secrets Manager instead of a tfvars file?`,
  ],
  [
    "ar",
    "medical:sens",
    `ساعدني أكتب ملخص بسيط لهذا التقرير الطبي عشان أرسله لأخوي اللي في كندا، هو مو طبيب:

مستشفى الملك فهد التخصصي — قسم الأعصاب
اسم المريض: سعاد محمد القحطاني
تاريخ الميلاد: ⟦date_of_birth|١٩٦٢/٠٤/١٧⟧
رقم الملف الطبي: ⟦medical_record|MRN-4471928⟧

التشخيص: ⟦health|جلطة دماغية إقفارية في الشريان الدماغي الأوسط الأيسر⟧، مع ⟦health|ضعف في الجانب الأيمن⟧ و⟦health|صعوبة في النطق⟧.
التاريخ المرضي: ⟦health|ارتفاع ضغط الدم⟧ منذ ١٠ سنوات، ⟦health|رجفان أذيني⟧ تم تشخيصه أثناء التنويم.
العلاج: تم إعطاء المريضة علاج مذيب للجلطة خلال الساعات الأولى، مع تحسن جزئي. بدأت على ⟦health|أبيكسابان ٥ ملغ مرتين يومياً⟧ و⟦health|أتورفاستاتين ٤٠ ملغ⟧.
الخطة: علاج طبيعي وعلاج نطق لمدة ثلاثة أشهر، مراجعة في عيادة الأعصاب بعد أسبوعين، ومتابعة ضغط الدم في البيت.

أبي الملخص يكون باللهجة البسيطة مو رسمي مرة، وفيه وش المتوقع في الشهور الجاية.`,
  ],
  ["hi-Latn", "chat:neg", "yaar meri salary 14 LPA hai aur new offer 18 ka aaya hai, counter karu ya accept kar lu? 3 saal exp hai product analyst"],
  [
    "en",
    "bank:sens",
    `Draft a dispute letter to Chase: I'm disputing a $1,249.00 charge from "TRVL*GLOBALFARES" on my card ⟦payment_card|4012 8821 9374 6509⟧ dated 11/22. I never received the tickets and the merchant won't answer. My checking account ⟦bank_account|000483920157⟧ was also hit with a $35 overdraft fee because of it. I want both reversed. Keep it short and factual.`,
  ],
  [
    "en",
    "notes:neg",
    `Write up the minutes from these notes of our charity's board meeting (public minutes, they go on our website).

Trustees present: Chair, Treasurer, 4 trustees. CEO and Head of Fundraising in attendance. Apologies from 1 trustee.

1. Minutes of last meeting approved.
2. Finance: income for the 8 months to Nov is £1.42m vs budget £1.38m. Legacy income higher than expected (£210k vs £120k). Restricted grant from the Lottery Community Fund (£95k over 2 years) confirmed for the youth mentoring project. Reserves at 5.5 months of running costs, within policy (4-6). Treasurer recommends no change to reserves policy.
3. Fundraising: Christmas appeal launched 1 Dec, target £80k, £23k raised so far. Corporate partnership with a regional building society agreed in principle, announcement in January.
4. Services: waiting list for the counselling service has grown from 6 to 9 weeks. CEO proposes a pilot of group sessions to reduce waits. Board approved pilot for 6 months, budget £18k from unrestricted funds.
5. Governance: two trustees reach end of second term in March. Recruitment pack to go out in January. Board agreed to prioritise lived experience and finance skills.
6. Risk register reviewed. Cyber risk raised from medium to high after a phishing attempt on staff email in October (no data lost). Staff training booked for January.
7. AOB: Next meeting 12 March.

Formal tone, third person, numbered as above.`,
  ],
  ["zh", "question:neg", "Java里怎么对手机号脱敏？比如把13812345678显示成138****5678，用正则还是substring比较好？"],
  [
    "en",
    "email:sens",
    "forward to IT pls, make it sound less panicky: 'my laptop login stopped working after the update, username jpetrov, password was ⟦password|Greenfinch!2026⟧ and now it says expired. I have a client call at 10'",
  ],
  [
    "en",
    "travel:sens",
    `I'm filling in the DS-160 for my US visit visa and I've drafted my answers in a doc first. Can you check them for consistency, spelling, and anything that might look suspicious to the consular officer? Don't change facts.

Surname: ADEYEMI
Given names: FOLASADE MORENIKE
Date of birth: ⟦date_of_birth|27 NOV 1990⟧
Place of birth: IBADAN, OYO, NIGERIA
Passport number: ⟦passport|A11928374⟧
Passport issued: 03 MAR 2023, LAGOS; expires 02 MAR 2033
National identification number: ⟦national_id|73019482615⟧
Home address: ⟦street_address|14 Fola Osibo Road, Lekki Phase 1, Lagos⟧
Primary phone: ⟦phone|+234 803 552 9017⟧
Email: ⟦email|folasade.adeyemi@gmail.com⟧
Purpose of trip: Tourism and attending a friend's wedding
Intended arrival: 10 APR 2027, length of stay 16 days
Address in US: Hilton Garden Inn, 1100 Texas Ave, Houston TX 77002
Who is paying: Self
Present employer: Sterling Bank Plc, 20 Marina Road, Lagos
Monthly income: ⟦financial|NGN 1,150,000⟧
Previous US travel: None
Previous visa refusal: Yes, 2019 (B1/B2)

Should I explain the 2019 refusal anywhere or just answer the questions? And is 16 days too long for a wedding trip?`,
  ],
  [
    "ja",
    "email:neg",
    "このホテルからのメールを英語に訳してください：「チェックインは15時から、チェックアウトは11時です。駐車場は1泊1,500円、フロント（075-211-4420）までお問い合わせください。」",
  ],
  [
    "ko",
    "chat:neg",
    `연말정산 처음 해보는데 뭐부터 해야 할지 모르겠어요. 작년 7월에 입사했고 연봉은 4,200만원 정도예요. 월세 살고 있고(월 60만원), 부모님은 시골에 계시는데 제가 용돈을 좀 드려요. 신용카드는 한 장, 체크카드는 두 장 쓰고 있고, 작년에 안경이랑 치과 치료비가 좀 나왔어요. 청약통장도 있어요.

궁금한 거:
1. 월세 세액공제 받으려면 뭘 준비해야 하나요? 집주인 동의가 필요한가요?
2. 부모님을 부양가족으로 올릴 수 있나요? 같이 안 살아도 되나요? 부모님 두 분 다 60세 넘으셨고 아버지는 농사 소득이 조금 있어요.
3. 신용카드랑 체크카드 중에 뭘 더 쓰는 게 유리했던 거예요? 올해라도 바꾸게요.
4. 안경 구입비도 의료비 공제 되나요?
5. 중도 입사라서 전 직장 원천징수영수증도 내야 하나요? 전 직장은 없었고 학생이었어요.

회사 인사팀에 물어보기 전에 대충 알고 가고 싶어서요. 간단하게 정리해 주시면 감사하겠습니다.`,
  ],
  [
    "en",
    "chat:sens",
    `Reply to my tenant for me, polite: "Hi Mr Patel, rent for Dec received thanks. For the deposit return when you move out I'll need your new bank details — you sent ⟦bank_account|40-47-84⟧ / ⟦bank_account|92018374⟧ last time, is that still right? And your forwarding address, is it still ⟦street_address|12 Holly Close, Wembley HA9 8RT⟧?"`,
  ],
  ["hi", "question:neg", "आयकर रिटर्न भरते समय पैन और आधार लिंक न हो तो क्या होता है? कोई जुर्माना लगता है क्या?"],
  [
    "en",
    "letter:neg",
    `Can you make this employer reference template more professional? We'll fill in the brackets ourselves.

To whom it may concern,

Re: [Employee name]

I confirm that [Employee name] was employed by [Company] as [Job title] from [start date] to [end date]. During this time [he/she/they] reported to [Manager name].

[Employee name]'s main responsibilities included [duties]. [He/She/They] consistently [strengths].

Our company policy is to provide factual references only. We do not comment on [salary], [reasons for leaving] or [sickness absence].

Please contact [HR email] or [HR phone] if you need to verify these details.

Yours faithfully,
[Name]
[Title]

Specifically I want:
- a version that's strictly factual (dates and job title only) for when we don't want to say more
- a version with a short positive paragraph for good leavers
- a one-line note to the employee explaining which one they got and why, without sounding defensive

Also is it legally risky to give a bad reference in the UK, or is it safer to just give the factual one? We're a 60-person company, no in-house lawyer.`,
  ],
  [
    "en",
    "medical:sens",
    "what's the typical prognosis for stage 3 melanoma? my friend Dan Whitlock just found out he has ⟦health|stage 3 melanoma⟧ and starts ⟦health|immunotherapy⟧ next week",
  ],
  ["ar", "question:neg", "كيف أجدد الهوية الإماراتية أونلاين؟ وهل لازم أروح مركز الطباعة للبصمة ولا يكفي التطبيق؟ وكم الرسوم تقريباً؟"],
  [
    "en",
    "ocr:neg",
    `I took a photo of the warranty card and the text came out like this. Can you clean it up and tell me if I'm still covered (bought Feb 2025)?

WARRANTY  CERTIFICATE
Product :  AquaPure  Countertop  Water  Filter  Model  AP-300
Serial  No :  AP3-25-0047719
Date  of  Purchase :  __ / __ / ____   (keep  your  receipt)

AquaPure  Ltd  warrants  this  product  against  defects  in  materials  and  workmanship  for  a  period  of  24  months  from  the  date  of  purchase.  Filter  cartridges  are  consumables  and  are  not  covered.

This  warranty  does  not  cover :  damage  caused  by  misuse,  connection  to  hot  water  supply  (above  40°C),  limescale  build-up,  or  repairs  by  persons  not  authorised  by  AquaPure.

To  make  a  claim,  contact  our  customer  care  team  with  your  serial  number  and  proof  of  purchase :
Tel :  0330  123  9876  (Mon-Fri  9am-5pm)
Email :  care@aquapure.co.uk
AquaPure  Ltd,  Unit  4,  Riverside  Business  Park,  Leeds  LS10  1RH

Your  statutory  rights  are  not  affected.

It started leaking from the base last week. I only ever used it on the cold tap. Will they want the receipt? I bought it on Amazon so I have the order email.`,
  ],
  [
    "hi-Latn",
    "email:sens",
    `HR ko ye email bhejna hai, thoda professional bana do please, Hinglish hata ke proper English mein:

"Hi Neha ma'am, mera salary account change karna hai kyunki purana wala bank ne freeze kar diya KYC ke chakkar mein. New details:
Account holder: Aditya Prakash Mishra
Bank: HDFC Bank, Koramangala branch
Account no: ⟦bank_account|50100482917365⟧
IFSC: HDFC0001234
PAN: ⟦national_id|CJRPM7281K⟧

Is month ki salary isi mein chahiye, 28 tareekh se pehle update ho jayega na? Cancelled cheque ki photo bhi attach kar raha hu. Aur ek baat, mera naya address bhi update kar dena HRMS mein: ⟦street_address|Flat 302, Sai Residency, 5th Main, Koramangala 4th Block, Bengaluru 560034⟧. Purana wala Indiranagar ka tha.

Thanks,
Aditya"

Tone polite rakhna, urgent bhi lagna chahiye but rude nahi.`,
  ],
  ["en", "question:neg", "what info does a UK employer legally need from a new starter? P45, NI number, bank details... anything else?"],
  [
    "zh",
    "email:sens",
    "帮我把这段话改得客气点发给房东：王先生您好，合同上需要的信息：身份证号 ⟦national_id|440306199207215816⟧，手机 ⟦phone|139 2718 4053⟧，押金请退到我的招商银行卡。谢谢！——林晓",
  ],
  [
    "en",
    "school:sens",
    `I'm a teaching assistant and need to write up an incident report for today. Can you make it factual and properly structured (time, what happened, actions, follow-up)? Here's what I scribbled:

around 11:15 at morning break Noah Fitzgerald (Yr 4, 4C) had an ⟦health|asthma attack⟧ on the field after running. wheezing, couldn't talk in full sentences. I got his ⟦health|blue Ventolin inhaler⟧ from the medical box in class (his care plan says 2 puffs, repeat after 2 mins if no better, up to 10). Gave 2 puffs with spacer 11:18, then 2 more at 11:20, then 4 more by 11:25. he improved by 11:30, breathing normal, colour back. First aider (Mrs Okafor) came at 11:22. Called mum at 11:26 on ⟦phone|07912 364 018⟧, she came at 11:50 and took him home. She said he's had a cold since the weekend. Noah was upset but ok. Other kids were moved away by Mr Hall.

Also his care plan says he's on ⟦health|Clenil⟧ at home as the preventer, mum says he's been missing doses. The inhaler in class expires in January, need to tell office. Office needs this for the file and to update the care plan.`,
  ],
  ["en", "chat:neg", "my husband has sleep apnea and snores like a chainsaw even with the CPAP mask. any tips? he's 52 and a bit overweight"],
  [
    "ja",
    "chat:sens",
    "この文章を丁寧語にしてください：「荷物届いてなかったんで再配達お願いします。電話は⟦phone|090-4821-7735⟧、住所は⟦street_address|大阪市北区中崎西3-2-18-502⟧です」",
  ],
  [
    "en",
    "email:neg",
    `Can you cut this charity newsletter intro down to 120 words for our Instagram caption?

"What a year it's been. When our founder, the broadcaster and former Olympic rower Dame Helen Carrow, started Open Water Trust from her kitchen table in 2011, she had one goal: that every child in Cornwall would learn to swim safely in open water before leaving primary school. This year, thanks to you, we taught 4,812 children across 96 schools, trained 140 volunteer coaches, and opened our second lakeside centre at Stithians.

It hasn't all been smooth sailing. Rising fuel costs hit our minibus budget hard, and the wettest summer on record meant we cancelled 31 sessions. But our community showed up again and again: our Christmas Dip in Falmouth raised £38,000, and local businesses donated everything from wetsuits to cake.

Helen, who stepped down as chair in September after 13 years, said at her farewell: 'Watching a nervous eight-year-old swim her first length in a lake is still the best thing I know.'

In 2027 we want to reach 6,000 children. We'll need more volunteers, more wetsuits in small sizes, and, as ever, your support.

Thank you for being part of our story.

The Open Water Trust team
Registered charity no. 1143210 | hello@openwatertrust.org.uk | Unit 7, Ponsharden, Falmouth TR11 2SE"

Keep the stats and Helen's quote.`,
  ],
  [
    "ko",
    "form:sens",
    `입사지원서 맞춤법이랑 어색한 표현 좀 고쳐 주세요. 개인정보 칸도 형식 맞는지 봐 주세요.

[인적사항]
성명: 이준호
생년월일: ⟦date_of_birth|1994년 3월 8일⟧
주민등록번호: ⟦national_id|940308-1482911⟧
주소: ⟦street_address|서울특별시 마포구 월드컵북로 12길 34, 301호⟧
휴대전화: ⟦phone|010-4827-3916⟧
이메일: ⟦email|junho.lee94@naver.com⟧

[학력]
2013.03 ~ 2019.02 한양대학교 산업공학과 졸업 (학점 3.8/4.5)

[경력]
2019.03 ~ 현재 (주)대성물류 SCM팀 대리
- 물류센터 재고 관리 시스템 개선 프로젝트 참여, 재고 정확도 92% → 98.5% 향상
- 수요 예측 모델(Python) 개발로 결품률 15% 감소
- 협력사 30곳 대상 납기 관리 및 정기 미팅 주관

[자격증]
물류관리사(2018), SQLD(2021), TOEIC 910(2024)

[자기소개]
저는 데이터를 기반으로 물류 현장의 문제를 해결하는 것을 좋아합니다. 현장에서 직접 일하며 얻은 경험과 분석 능력을 바탕으로 귀사의 공급망 효율화에 기여하고 싶습니다.

자기소개 부분은 좀 더 구체적으로, 지원하는 회사가 이커머스 회사라는 점을 살려서 고쳐 주세요.`,
  ],
  [
    "en",
    "log:sens",
    `Can you tell me if this looks like credential stuffing? auth.log excerpt:

Dec 06 02:11:41 login failed user=⟦email|m.kaplan@gmail.com⟧ src=⟦ip_address|73.162.48.211⟧
Dec 06 02:11:42 login failed user=⟦email|jen.oduya@hotmail.com⟧ src=⟦ip_address|73.162.48.211⟧
Dec 06 02:11:42 login failed user=⟦email|r.castellanos@yahoo.com⟧ src=⟦ip_address|73.162.48.211⟧
Dec 06 02:11:43 login ok user=⟦email|bwright1978@aol.com⟧ src=⟦ip_address|73.162.48.211⟧`,
  ],
  ["hi-Latn", "chat:neg", "Shah Rukh Khan ki net worth kitni hai actually? aur unka Mannat bungalow kitne ka hai, Forbes mein kya likha hai?"],
  [
    "en",
    "email:sens",
    `I need to send this to my divorce solicitor and I'm too emotional to write it well. Please make it clear, calm and organised under headings. Don't add anything.

Hi Ms Carter,

Following our call, here's what you asked for about the finances.

My husband Gareth Pryce earns ⟦financial|around £94,000 a year plus a bonus of about £15-20k⟧ as a regional sales director. He also has a ⟦financial|company pension worth roughly £210,000⟧ according to the last statement I saw in 2024. I earn £31,000 part-time as a physio and my pension is about £48,000.

The house is in joint names, valued about £520,000 with £190,000 left on the mortgage. He has been paying the mortgage since he moved out in August, but he told me last week he'll stop in January unless I agree to sell.

He also has ⟦financial|about £35,000 of credit card debt⟧ that I only found out about in October. I don't know what it was for. I think some of it was spent on the woman he's now living with at ⟦street_address|Flat 6, 88 Clifton Road, Bristol BS8 1AA⟧, which is where any letters should go to him.

The children (12 and 9) live with me and see him every other weekend. He pays £600 a month for them, which he decided himself.

I want to stay in the house until at least the youngest finishes primary school. Is that realistic?

My mobile is ⟦phone|07843 221 569⟧ if you need anything urgently.

Thanks,
Rhian`,
  ],
  [
    "ar",
    "email:sens",
    "ممكن تصيغ لي هذا الإيميل لقسم الرواتب بشكل رسمي؟ 'أرجو تحويل راتبي على الحساب الجديد: الآيبان ⟦iban|SA72 1000 0001 9827 3465 1092⟧ باسم نورة عبدالرحمن السبيعي. للتواصل ⟦phone|+966 50 417 2839⟧. شكراً'",
  ],
  ["en", "question:neg", "what's the difference between anonymised and pseudonymised data under GDPR, with an example from a hospital dataset?"],
  [
    "en",
    "contract:neg",
    `Plain-English version of this NDA clause please: "Confidential Information shall not include information which (a) is or becomes publicly available other than through breach of this Agreement; (b) was lawfully in the possession of the Receiving Party before disclosure; (c) is independently developed by the Receiving Party; or (d) is required to be disclosed by law, provided that the Receiving Party gives the Disclosing Party prompt written notice." Parties: Kestrel Robotics Ltd and Amberline Manufacturing GmbH.`,
  ],
  [
    "en",
    "support:sens",
    "Uber Eats support keeps asking me to confirm my account before refunding. Write a short message with my details: email ⟦email|lukas.brandt.91@gmx.net⟧, phone ⟦phone|+44 7458 219 063⟧, order from last night at 21:40, missing two items",
  ],
  ["en", "code:neg", "why does this regex match 'test@localhost' but not 'first.last@example.co.uk'? /^[\\w]+@[\\w]+(\\.[\\w]+)?$/"],
];
