/** Third held-out set, file 6 of 8: hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries6: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `My dad is acting as guarantor for my first flat in London and the letting agent wants a "guarantor statement". Can you turn my notes into a formal letter he can sign? He's not great with computers so I'm doing this for him. Keep it one page.

Notes:
- Guarantor: Robert James Ellison, my father
- Lives at ⟦street_address|The Old Forge, Church Lane, Great Shelford, Cambridge CB22 5EL⟧, owns the house outright (no mortgage)
- Employed as a senior quantity surveyor at Hadley & Crouch for 19 years, salary ⟦financial|£87,000 a year⟧
- Also has ⟦financial|about £140,000 in savings and ISAs⟧
- Date of birth: ⟦date_of_birth|11 October 1964⟧
- Contact: ⟦phone|07768 204 915⟧, ⟦email|rob.ellison64@btinternet.com⟧
- The flat: 2nd floor, 46 Ashmore Road, London W9, rent £1,725 pcm, tenancy from 10 January 2027 for 12 months
- Tenant: me, Harriet Ellison, junior solicitor, starting salary £48,000

He's happy to guarantee rent and damages for the whole tenancy but not for any renewal without signing again. Can you make sure that's clear? Also the agent asked for "proof of income": is a P60 enough or do they usually want 3 months of payslips?

Tone should be formal but not stiff. He'll sign it by hand and scan it.`,
  ],
  [
    "tr",
    "chat:sens",
    "Kargo firmasına yazacağım, düzelt: 'Paketim şubede bekliyormuş, teslim almak için TC no ⟦national_id|52187364062⟧, telefon ⟦phone|0542 381 90 67⟧. Adıma başkası alabilir mi?'",
  ],
  [
    "ru",
    "email:sens",
    `Помоги грамотно составить обращение в банк, у меня заблокировали карту и не объясняют почему. Нужно, чтобы звучало официально, со ссылкой на закон, но без угроз.

Вот что у меня есть:

В АО «Т-Банк»
от Морозовой Екатерины Андреевны
паспорт ⟦passport|40 09 718263⟧, выдан ТП УФМС России по Санкт-Петербургу 12.03.2019
СНИЛС ⟦national_id|148-392-017 76⟧
адрес регистрации: ⟦street_address|г. Санкт-Петербург, ул. Марата, д. 47, кв. 18⟧
телефон: ⟦phone|+7 921 408-33-17⟧
e-mail: ⟦email|kate.morozova.spb@yandex.ru⟧

Суть: 2 декабря 2026 года моя дебетовая карта была заблокирована без предупреждения. В чате поддержки сказали, что «операции попали под 115-ФЗ» и попросили объяснить происхождение поступлений. Поступления — это переводы от моих клиентов, я репетитор английского, самозанятая, все чеки пробиваю в «Мой налог». За ноябрь поступило около ⟦financial|146 000 рублей⟧ от 23 разных людей.

Я отправила в чат выписку из «Мой налог» и справку о постановке на учёт как самозанятой, но карта до сих пор заблокирована, а на счёте мои деньги, ⟦financial|около 212 000 рублей⟧.

Хочу потребовать: разблокировать карту, либо дать письменное объяснение причин и перечень документов, которые нужно предоставить, а также указать срок рассмотрения.

Напиши это как официальное заявление.`,
  ],
  ["en", "question:neg", "can a landlord in texas charge a fee for paying rent with a credit card? lease doesn't mention it"],
  ["ar", "chat:neg", "هل يحق للشركة في السعودية خصم من الراتب بسبب التأخير الصباحي؟ وكم الحد الأقصى حسب نظام العمل؟"],
  [
    "zh",
    "chat:sens",
    "帮我回房东微信，语气客气点：'张姐好，合同我看了没问题，身份证号是 ⟦national_id|310104198506124028⟧，现在住 ⟦street_address|上海市徐汇区漕溪北路 88 弄 5 号 1202 室⟧，下周六可以签。'",
  ],
  [
    "en",
    "code:neg",
    `My React list isn't re-rendering when I filter. Data comes from JSONPlaceholder for now. What's wrong?

import { useEffect, useState } from "react";

export default function Users() {
  const [users, setUsers] = useState([]);
  const [query, setQuery] = useState("");

  useEffect(() => {
    fetch("https://jsonplaceholder.typicode.com/users")
      .then((r) => r.json())
      .then(setUsers);
  }, []);

  const filtered = users;
  function onSearch(e) {
    setQuery(e.target.value);
    filtered.filter((u) => u.name.toLowerCase().includes(e.target.value.toLowerCase()));
  }

  return (
    <>
      <input value={query} onChange={onSearch} />
      <ul>
        {filtered.map((u) => (
          <li key={u.id}>
            {u.name} — {u.email} — {u.phone}
          </li>
        ))}
      </ul>
    </>
  );
}

The first record shows "Leanne Graham — Sincere@april.biz — 1-770-736-8031 x56442" which is right, but typing doesn't filter anything. Also should I debounce the input? There'll be about 2,000 users when we switch to the real API, and the real endpoint will need an auth header, which I'll pass from an env variable, not hardcoded.`,
  ],
  [
    "ja",
    "email:sens",
    `賃貸の入居審査で不動産会社に送るメールです。失礼のない文章に直してください。内容は変えないでください。

件名：入居申込書の件（中野区のマンション 302号室）

株式会社みどり不動産
担当 小林様

いつもお世話になっております。先日内見させていただいた、中野区本町のマンション302号室の入居申込について、ご依頼のあった情報をお送りします。

申込者：高橋 翔太
生年月日：⟦date_of_birth|1992年5月19日⟧
現住所：⟦street_address|神奈川県川崎市中原区小杉町3-264-2 コスギハイツ405⟧
携帯電話：⟦phone|080-3172-4459⟧
メール：⟦email|shota.takahashi0519@gmail.com⟧
勤務先：株式会社ネクストウェーブ（システムエンジニア、正社員、勤続6年）
年収：⟦financial|約620万円⟧

連帯保証人：高橋 和夫（父）
住所：⟦street_address|静岡県浜松市中区元城町103-2⟧
電話：⟦phone|053-452-7781⟧
年収：⟦financial|約480万円（年金含む）⟧

保証会社の利用も問題ありません。入居希望日は2027年2月1日です。
源泉徴収票と免許証のコピーは別途郵送いたします。

よろしくお願いいたします。

高橋 翔太`,
  ],
  ["ko", "chat:neg", "회사에서 주민등록번호 뒷자리까지 요구하는 게 합법이에요? 그냥 생년월일만 주면 안 되나요?"],
  [
    "en",
    "medical:sens",
    `I'm a physio and I need to write a discharge letter to a patient's GP. Can you turn my notes into a proper letter? UK English, concise, clinical.

Patient: Mr Gary Whitmore, DOB ⟦date_of_birth|19/07/1971⟧, NHS no. ⟦medical_record|640 283 9175⟧
Referred by GP in August for ⟦health|right rotator cuff tendinopathy⟧ after a fall at work (scaffolder).

Seen 8 times Aug–Nov.
Initial: pain 7/10 at night, painful arc 70–120°, weak external rotation, positive Hawkins-Kennedy and empty can. ⟦health|Ultrasound showed partial thickness supraspinatus tear⟧ (report on system).
Treatment: education, load management, progressive loading programme (isometrics → isotonic → functional overhead), posture, 1 x ⟦health|subacromial steroid injection⟧ by MSK doctor on 12 Sept (good short-term effect).
Now: pain 2/10 with overhead work only, full range, strength 5-/5 ER, functional tests ok. Back at work on modified duties since 1 Nov, full duties planned from 1 Jan.
He has ⟦health|type 2 diabetes⟧ which probably slowed recovery; told him to talk to GP about his HbA1c as he said it was "high last time".
Discharged with home programme. Re-refer if symptoms recur or if not coping with full duties.

Please make it read well and add a line that we're happy to discuss.`,
  ],
  [
    "en",
    "chat:neg",
    `OK I need a reality check on my budget. Single, 41, no kids, living in Manchester.

Take-home: £2,840/month
Rent: £1,050
Council tax: £128
Energy: £110
Broadband + phone: £52
Car finance: £289 (2 years left)
Car insurance + fuel: £160
Food: ~£350
Gym: £45
Subscriptions (Netflix, Spotify, iCloud, Disney): £41
Going out: honestly £300-400
Pension: 5% through work already taken off

Savings: £3,200. Credit card: £1,900 at 22%, I pay £100 a month.

I want to save for a deposit, ideally £25k in 4 years. Is that realistic? Where should I cut? Be blunt, I can take it. Also is it worth moving the savings into a Lifetime ISA even though I'm 41? I thought the cutoff was 40 to open one. And should I clear the credit card first with the savings or keep the buffer? I get paid on the 28th and everything goes out in the first week, so by the 20th I'm usually skint.`,
  ],
  [
    "tr",
    "email:neg",
    `Bu duyuruyu öğrenciler için daha sade bir dille yeniden yazar mısın?

"Sayın Öğrencilerimiz,

2026-2027 Eğitim-Öğretim Yılı Bahar Yarıyılı ders kayıtları 2-6 Şubat 2027 tarihleri arasında Öğrenci Bilgi Sistemi (OBS) üzerinden yapılacaktır. Ders kayıtlarını süresi içinde yapmayan öğrenciler, mazeretlerini belgelemeleri halinde 9-10 Şubat tarihlerinde mazeretli kayıt yaptırabilecektir.

Danışman onayı 11 Şubat 2027 saat 17:00'ye kadar tamamlanmalıdır. Danışman onayı olmayan kayıtlar geçersiz sayılacaktır.

Harç ödemesi gereken öğrencilerimizin ödemelerini kayıt döneminden önce anlaşmalı bankalar aracılığıyla yapmaları gerekmektedir. Ödeme yapılmadan ders kaydı yapılamayacaktır.

Ders ekle-bırak işlemleri 16-20 Şubat 2027 tarihleri arasında yapılacaktır. Bu tarihten sonra herhangi bir değişiklik yapılmayacaktır.

Kayıt süreciyle ilgili sorularınız için Öğrenci İşleri Daire Başkanlığı'na 0312 210 40 00 numaralı telefondan veya ogrenciisleri@ankara-univ.edu.tr adresinden ulaşabilirsiniz. Ayrıca fakültelerin öğrenci işleri bürolarından da bilgi alabilirsiniz.

Tüm öğrencilerimize başarılar dileriz.

Öğrenci İşleri Daire Başkanlığı"

Maddeler halinde, tarihleri öne çıkararak yazarsan çok iyi olur.`,
  ],
  [
    "ru",
    "chat:neg",
    "Напиши короткую биографию Юрия Гагарина для школьного стенда: где родился, когда полетел в космос, сколько длился полёт. Только общеизвестные факты.",
  ],
  [
    "en",
    "support:sens",
    `I manage a mobile network's fraud desk. Summarise this call in our case note format and tell me which verification steps the agent got wrong. Don't remove any details, the case file is internal.

AGENT: Hi, you're through to Velocity Mobile, Jade speaking. Can I take your mobile number?
CALLER: It's ⟦phone|07891 452 630⟧.
AGENT: And your name?
CALLER: Steven Marsh.
AGENT: Can you confirm your date of birth, Steven?
CALLER: ⟦date_of_birth|15th of April 1979⟧.
AGENT: And your account PIN?
CALLER: I can't remember it, I think it's ⟦password|8830⟧? Or 3880.
AGENT: 8830 is right. What can I help with?
CALLER: I've lost my phone and I need a new SIM sent to a different address because I'm staying with my brother.
AGENT: No problem, what's the address?
CALLER: ⟦street_address|Flat 2, 61 Albion Street, Leeds LS1 6AG⟧.
AGENT: And the address on the account is ⟦street_address|9 Rowan Close, Wakefield WF2 7QN⟧, correct?
CALLER: Yes that's my house.
AGENT: OK, I've ordered a replacement SIM to the Leeds address, it'll arrive tomorrow. Your old SIM is now disabled.

[Two days later the real Mr Marsh called to say his phone had stopped working and his bank account had been emptied.]`,
  ],
  [
    "ar",
    "email:sens",
    `أرجو مساعدتي في صياغة هذا البريد لقسم الموارد البشرية بشكل رسمي ومنظم. أنا موظف جديد في الشركة وهذه أول مرة أتعامل مع نظام الرواتب هنا:

السادة / إدارة الموارد البشرية المحترمين،
تحية طيبة وبعد،

بالإشارة إلى طلبكم استكمال بيانات الموظف الجديد، أرفق لكم البيانات التالية:

الاسم: خالد إبراهيم المنصوري
رقم الهوية الإماراتية: ⟦national_id|784-1991-7302846-7⟧
رقم جواز السفر: ⟦passport|P8273649⟧ (جمهورية مصر العربية)
تاريخ الميلاد: ⟦date_of_birth|٢٣/٠٩/١٩٩١⟧
العنوان: ⟦street_address|شقة ٤٠٧، بناية الريم، شارع الاتحاد، القصيص، دبي⟧
رقم الهاتف: ⟦phone|+971 55 382 9147⟧
الحساب البنكي لتحويل الراتب: ⟦iban|AE56 0350 0000 0918 3746 205⟧ — بنك الإمارات دبي الوطني

كما أرجو العلم بأنني أعاني من ⟦health|حساسية شديدة من البنسلين⟧، وأطلب إضافة ذلك إلى ملفي الطبي في التأمين الصحي.

وتفضلوا بقبول فائق الاحترام،
خالد المنصوري
قسم المبيعات

هل من المناسب ذكر الحساسية في نفس البريد أم أرسلها منفصلة؟`,
  ],
  [
    "zh",
    "email:neg",
    `帮我把这段产品售后说明改写成更口语化的版本，放在我们淘宝店的商品详情页里：

"尊敬的顾客：

感谢您购买本公司生产的空气净化器（型号：QJ-580）。本产品自购买之日起享受一年整机免费保修、三年电机保修服务。保修期内，凡因产品质量问题导致的故障，本公司将免费提供维修或更换零部件服务。

以下情况不在免费保修范围内：1. 因使用不当、人为损坏或自行拆修造成的故障；2. 滤网等耗材的正常损耗；3. 因不可抗力（如火灾、水灾、雷击等）造成的损坏；4. 无有效购买凭证或产品序列号被涂改的。

滤网建议每6个月更换一次，可在本店购买原装滤网。如需售后服务，请拨打全国统一客服热线 400-660-8800（周一至周日 9:00-21:00），或发送邮件至 service@qingjingdianqi.com。客服人员会根据您提供的产品序列号及购买凭证为您安排上门检测。

公司地址：浙江省宁波市鄞州区科技园区创新路 168 号 宁波清境电器有限公司"

要亲切一点，让买家觉得售后有保障，可以用一些表情符号。`,
  ],
  [
    "en",
    "log:neg",
    `Our GitHub Actions deploy is flaky. Here's the log from a failed run. Secrets are masked by Actions so I think it's safe to paste. What's the likely cause?

2026-12-06T16:02:11Z Run aws-actions/configure-aws-credentials@v4
2026-12-06T16:02:11Z   with:
2026-12-06T16:02:11Z     aws-access-key-id: ***
2026-12-06T16:02:11Z     aws-secret-access-key: ***
2026-12-06T16:02:11Z     aws-region: eu-west-2
2026-12-06T16:02:12Z Run docker build -t app:\${{ github.sha }} .
2026-12-06T16:05:47Z Successfully built 3f9a1c7d2e8b
2026-12-06T16:05:48Z Run docker push 123456789012.dkr.ecr.eu-west-2.amazonaws.com/app:8c1e2f4
2026-12-06T16:06:19Z denied: Your authorization token has expired. Reauthenticate and try again.
2026-12-06T16:06:19Z Error: Process completed with exit code 1.

The build step takes about 3.5 minutes, and we log in to ECR before the build (amazon-ecr-login runs first). The same workflow passes maybe 70% of the time. Is the ECR token really that short-lived? I thought it was 12 hours. Or is it the role session? We assume a role with a 15-minute max session duration because security asked for it.`,
  ],
  ["ja", "chat:neg", "個人情報保護法で、社員の健康診断の結果を上司が見るのは問題になりますか？人事だけが管理すべきですか？うちは従業員50人くらいの会社です。"],
  [
    "ko",
    "email:sens",
    `전세 계약 관련해서 부동산 중개사무소에 보낼 메일이에요. 정중하게 다듬어 주세요.

안녕하세요, 한강공인중개사 최 실장님.

지난주에 본 마포구 아파트 전세 건으로 연락드립니다. 계약서 작성에 필요하다고 하신 정보 보내드립니다.

임차인: 정민수
주민등록번호: ⟦national_id|820417-2073925⟧
현 주소: ⟦street_address|서울특별시 은평구 통일로 684, 3동 1104호⟧
연락처: ⟦phone|010-7729-3184⟧
이메일: ⟦email|minsu.jung82@daum.net⟧

보증금 4억 2천만 원 중 계약금 10%인 4,200만 원은 계약 당일 아래 계좌에서 이체하겠습니다.
출금 계좌: 국민은행 ⟦bank_account|482901-04-173926⟧ (예금주 정민수)
나머지 잔금은 전세자금대출(주택도시기금 버팀목)로 충당할 예정이고, 대출 승인 금액은 ⟦financial|2억 8천만 원⟧입니다.

그리고 등기부등본상 근저당이 1억 2천만 원 잡혀 있던데, 잔금일에 말소하는 조건으로 특약에 넣어 주실 수 있을까요? 전세보증보험 가입도 가능한지 확인 부탁드립니다.

계약은 다음 주 토요일 오전 11시에 가능합니다.

감사합니다.
정민수 드림`,
  ],
  [
    "en",
    "hr:neg",
    `Can you help me draft a sickness absence policy for our company (45 staff, UK)? I want it short and humane, not a legal wall of text. It should cover:

- How and when to report sickness (by 9:30am, phone your manager, not text unless you can't speak)
- Self-certification for up to 7 days, fit note after that
- Statutory Sick Pay and our enhanced company sick pay (full pay for 4 weeks per rolling 12 months, then SSP)
- Return-to-work conversations: supportive, not interrogations
- Long-term sickness: keeping in touch, occupational health referrals, phased returns
- Mental health: treated the same as physical health
- Confidentiality: medical details only shared with HR and, if needed, the line manager, with consent
- What happens if absence becomes frequent (informal review first)
- Disability and reasonable adjustments under the Equality Act

Please write it in plain English, second person ("you"), with short headings. Keep it under 800 words. Add a short section at the end for managers with do's and don'ts. We want people to feel trusted, but we also had a problem last year with Monday absences in one team, so the frequent absence bit needs to be clear without being threatening.`,
  ],
  [
    "en",
    "chat:sens",
    "can you check if this is the right format for sharing our netflix with my sister? login: ⟦email|dom.reilly84@gmail.com⟧ pw: ⟦password|Reilly_Fam!2020⟧",
  ],
  [
    "tr",
    "medical:sens",
    `Bu epikriz raporunu sade bir dille özetler misin? Annem için, ablam yurt dışında ve ona anlatmam lazım.

T.C. SAĞLIK BAKANLIĞI — İzmir Şehir Hastanesi
EPİKRİZ

Hasta Adı Soyadı: Fatma Demirtaş
T.C. Kimlik No: ⟦national_id|17462938178⟧
Doğum Tarihi: ⟦date_of_birth|03.11.1956⟧
Protokol No: ⟦medical_record|2026-448173⟧

Yatış Tarihi: 26.11.2026   Çıkış Tarihi: 04.12.2026
Tanı: ⟦health|Sol femur boyun kırığı⟧, ⟦health|osteoporoz⟧, ⟦health|hipertansiyon⟧

Öykü: Hasta evde düşme sonrası sol kalçada ağrı ve yürüyememe şikayetiyle acil servise başvurdu. Çekilen grafide sol femur boyun kırığı saptandı.
Yapılan İşlem: 27.11.2026 tarihinde ⟦health|sol parsiyel kalça protezi⟧ uygulandı. Ameliyat sonrası komplikasyon gelişmedi.
Taburcu Önerileri: Walker ile kısmi yük vererek mobilizasyon. ⟦health|Enoksaparin 0,4 ml sc günde 1 kez⟧ 30 gün. ⟦health|Kalsiyum + D vitamini⟧, ⟦health|alendronat 70 mg haftada 1⟧. Mevcut ⟦health|amlodipin 5 mg⟧ tedavisine devam. 2 hafta sonra dikiş alımı ve ortopedi poliklinik kontrolü. Fizik tedavi programı önerildi.

Ablama WhatsApp'tan göndereceğim, çok teknik olmasın ama önemli şeyleri atlama.`,
  ],
  [
    "ru",
    "spreadsheet:neg",
    `Посчитай итог и сделай вывод для отчёта по продажам за ноябрь:

Регион | План, млн ₽ | Факт, млн ₽
Москва | 48,0 | 51,3
Санкт-Петербург | 22,5 | 19,8
Казань | 9,0 | 9,4
Екатеринбург | 11,0 | 8,7
Новосибирск | 7,5 | 7,9

Где отставание больше 10% — выдели.`,
  ],
  [
    "ar",
    "medical:neg",
    "والدي عمره ٧٠ سنة وعنده سكري وضغط، الطبيب قال لازم يمشي يومياً. كم دقيقة مناسب له؟ وهل المشي بعد الأكل أفضل؟ وش العلامات اللي لازم نوقف فيها المشي ونروح للطوارئ؟",
  ],
  [
    "en",
    "email:sens",
    `Make this email to our wedding photographer sound more polished? "Hi Jess, thrilled to confirm you for 14 June! For the £500 deposit please charge my card ⟦payment_card|6011 0091 8273 6459⟧ exp 04/29, name on card A. Kowalski. Our address for the contract is ⟦street_address|72 Lark Rise, Didcot OX11 7FJ⟧. Can't wait! Ania"`,
  ],
  [
    "zh",
    "medical:sens",
    `帮我看看我爸的体检报告，用大白话解释一下哪些要紧，哪些不用太担心，然后帮我列几个去医院复查时要问医生的问题。

XX健康体检中心 体检报告
姓名：刘国强  性别：男  年龄：67岁
身份证号：⟦national_id|510107195909281636⟧
体检编号：⟦medical_record|TJ20261128-0473⟧

主要异常结果：
1. 血压 158/96 mmHg，提示⟦health|高血压⟧（既往已服用⟦health|硝苯地平缓释片⟧）
2. 空腹血糖 7.9 mmol/L，糖化血红蛋白 7.4%，提示⟦health|2型糖尿病⟧（新发现）
3. 低密度脂蛋白胆固醇 4.2 mmol/L，偏高
4. 颈动脉彩超：⟦health|双侧颈动脉斑块形成⟧，最大 2.1×1.3 mm
5. 肺部CT：⟦health|右肺上叶磨玻璃结节⟧，大小约 6 mm，建议6个月后复查
6. 前列腺特异性抗原 PSA 5.8 ng/mL，略高，建议泌尿外科就诊
7. 甲状腺彩超：甲状腺右叶结节，TI-RADS 3类

医生建议：内分泌科、心内科、泌尿外科就诊，低盐低脂糖尿病饮食，戒烟限酒。

我爸抽烟四十多年了，最近半年刚戒。`,
  ],
  [
    "en",
    "question:neg",
    `I run a small physiotherapy clinic (3 physios, 1 receptionist) and we keep patient records in a mix of paper files and a cloud booking system. I want to write a simple data retention policy. Questions:

1. How long do we legally have to keep adult patient records in England? I've seen 8 years quoted, but also "until 25th birthday" for children.
2. What about records of patients who've died?
3. Do we keep appointment booking history (no clinical notes) for the same length of time, or can we delete that sooner?
4. Our booking system keeps card details for no-show fees. Is that a PCI issue for us or for them?
5. How should we destroy old paper records? Is a shredding company with a certificate enough?
6. If a patient asks us to delete their records, do we have to? What if they still owe money?
7. Do we need to register with the ICO and pay the fee? We're tiny.
8. Should the policy be on our website?

Give me a short template policy at the end that I can adapt. Plain English, please.`,
  ],
  [
    "ja",
    "medical:neg",
    `健康診断の結果について相談させてください。私は45歳の会社員（男性）です。

今年の健康診断で、以下の項目に「要経過観察」や「要精密検査」がつきました。

・LDLコレステロール：162 mg/dL（基準値 60〜119）
・中性脂肪：210 mg/dL
・空腹時血糖：112 mg/dL
・HbA1c：6.1%
・γ-GTP：98 U/L
・血圧：138/88 mmHg
・腹囲：91cm
・便潜血：1回目陽性、2回目陰性 → 要精密検査

毎晩ビールを500mlくらい飲んでいて、週末はもう少し多いです。運動はほとんどしていません。仕事はデスクワークで、残業が月40時間くらいあります。

質問：
1. 便潜血が1回だけ陽性でも大腸カメラは受けるべきですか？正直ちょっと怖いです。
2. 血糖値とHbA1cは「糖尿病予備群」ということでしょうか？
3. お酒を減らすとしたら、まずどれくらいを目標にすればいいですか？
4. 薬を飲まずに生活習慣の改善だけでどこまで数値は下がりますか？

病院に行く前にある程度理解しておきたいので、わかりやすく教えてください。`,
  ],
  [
    "ko",
    "medical:sens",
    "팀장님께 보낼 문자 좀 다듬어 줘: '팀장님, 박지훈 대리 오늘 아침에 ⟦health|급성 충수염⟧으로 응급 수술 받았습니다. ⟦health|복강경 수술⟧이라 일주일 정도 입원한다고 합니다. 제가 대신 보고 드립니다.'",
  ],
  [
    "en",
    "ocr:sens",
    `I need to fill in an online form and it keeps rejecting my passport details. I scanned the photo page and this is what the OCR gave me. Can you tell me which bits go into which field (passport number, nationality, DOB, expiry, surname, given names) and whether the OCR got anything wrong?

UNITED  KINGDOM  OF  GREAT  BRITAIN  AND  NORTHERN  IRELAND
PASSPORT   Type/Type  P   Code/Code  GBR   Passport  No./No.  du  passeport  ⟦passport|538174926⟧
Surname/Nom  (1)
OKAFOR-REID
Given  names/Prénoms  (2)
CHIDINMA  GRACE
Nationality/Nationalité  (3)
BRITISH  CITIZEN
Date  of  birth/Date  de  naissance  (4)
⟦date_of_birth|08  NOV  /NOV  89⟧
Sex/Sexe  (5)   Place  of  birth/Lieu  de  naissance  (6)
F               LONDON
Date  of  issue/Date  de  délivrance  (7)
21  MAR  /MARS  22
Date  of  expiry/Date  d'expiration  (9)
21  MAR  /MARS  32

P<GBROKAFOR<REID<<CHIDINMA<GRACE<<<<<<<<<<<<
⟦passport|538174926⟧1GBR⟦date_of_birth|891108⟧4F3203215<<<<<<<<<<<<<<06

The form says "passport number must be 9 digits" and I typed ⟦passport|538174926⟧, which is 9 digits, so I don't get why it fails. Is it the hyphen in my surname?`,
  ],
  ["en", "chat:neg", "write a voicemail greeting for Captain Jack Sparrow's pirate tour company, include a fake number like 555-0142"],
  ["tr", "question:neg", "e-Devlet şifremi unuttum, PTT'ye gitmeden yenileyebilir miyim? mobil imza yok"],
  [
    "ru",
    "medical:sens",
    "Помоги написать письмо классному руководителю: мой сын Артём Волков, 7 «Б», после ⟦health|сотрясения мозга⟧ освобождён от физкультуры на месяц, врач запретил нагрузки и долго сидеть за экраном. Просьба не вызывать его к доске первые две недели.",
  ],
  [
    "en",
    "letter:sens",
    `Can you help me write a supporting letter for my neighbour's Blue Badge application? She's asked me to because her daughter lives abroad. Please make it clear and factual, and suggest anything the council will want that I haven't mentioned.

To: Blue Badge Team, Bristol City Council

Re: Blue Badge application for Mrs Dorothy Ann Pearce, ⟦street_address|31 Nutgrove Avenue, Bristol BS3 4QF⟧, National Insurance number ⟦national_id|YR 71 48 23 B⟧

I have been Mrs Pearce's next-door neighbour for 12 years and I help her with shopping and appointments twice a week.

Mrs Pearce is 84. Over the past two years her mobility has got much worse. She has ⟦health|severe osteoarthritis in both knees⟧ and was diagnosed with ⟦health|heart failure⟧ in March. She uses a walking frame indoors and a rollator outside, and she has to stop and rest after about 20 metres because she becomes breathless. On a bad day she can't make it from my car to the GP surgery door without sitting down on the rollator seat. She takes ⟦health|furosemide⟧, which means she often needs the toilet urgently, and this has made her afraid to go out at all.

Without a Blue Badge I can only drop her outside the surgery on a double yellow line, which isn't always possible, and we've had two parking fines this year.

A Blue Badge would let her get to medical appointments, the pharmacy and church safely.

I'm happy to be contacted on ⟦phone|07725 381 640⟧.

Yours faithfully,
Michael Dunne`,
  ],
  [
    "ar",
    "chat:sens",
    `عايز أكتب رسالة لشركة الشحن عشان الطرد بتاعي اتأخر، اكتبها بشكل محترم: "السلام عليكم، أنا محمود عبدالعزيز، الرقم القومي ⟦national_id|29203150104583⟧، والطرد رقم EG-774102 بقاله أسبوع في المخزن. العنوان: ⟦street_address|١٤ شارع عباس العقاد، مدينة نصر، القاهرة⟧، موبايل ⟦phone|0100 482 7361⟧. لو سمحتوا حد يكلمني."`,
  ],
  [
    "en",
    "notes:neg",
    `Here are my raw notes from our sprint retro. Can you group them into "went well / didn't go well / actions" and remove duplicates? 8 people on the team.

- deploys felt smoother since we moved to trunk-based
- the new feature flag tool is great, no more 2am rollbacks
- QA environment was down for 2 days, nobody knew who owned it
- too many meetings on Wednesdays, hard to get focus time
- pairing on the payments bug was really useful
- story estimates still way off for anything touching the legacy billing service
- design handoff late again for the onboarding screens
- the QA env outage again (3 people mentioned it)
- we actually finished all committed stories for the first time in 4 sprints!!
- PR reviews sitting for 2+ days
- new joiner onboarding doc was helpful, thanks Ola
- on-call was quiet
- would like a tech-debt day each sprint
- Wednesday meetings (2 more people)
- unclear acceptance criteria on 2 tickets

For actions, suggest owners by role (e.g. "tech lead", "PM") not names, and keep it to max 5 actions. We'll vote on them.`,
  ],
  ["zh", "question:neg", "请问公司能不能要求员工提供身份证复印件？复印件上要不要写“仅供XX使用”？"],
  [
    "ja",
    "email:neg",
    "取引先へのお礼メールを作ってください。展示会（東京ビッグサイト）でブースにお越しいただいた件で、会社代表番号03-5210-4400を載せたいです。",
  ],
  [
    "en",
    "cv:sens",
    `G'day, can you help me turn my resume into something that'll get past the recruiters for mining site admin jobs in WA? I've been out of work for a year caring for my mum and want to explain the gap without oversharing.

KYLIE ANNE MARSHALL
⟦street_address|17 Banksia Way, Karratha WA 6714⟧
Mobile: ⟦phone|0438 917 205⟧
Email: ⟦email|kylie.marshall.wa@bigpond.com⟧
DOB: ⟦date_of_birth|2 February 1985⟧

Work history:
Site Administrator — Pilbara Iron Services (2017–2025)
 - Ran the site office for a 300-person FIFO camp
 - Rosters, flights and accommodation bookings for all crews
 - Inductions and training records, kept everyone compliant
 - Timesheets and payroll input (about 300 people fortnightly)
 - Purchase orders and invoices in SAP

Receptionist / Admin — Karratha Medical Centre (2012–2017)
 - Front desk, Medicare billing, appointments

Career break (2025–present): full-time carer for a family member

Skills: SAP, MS Office, Rosterfy, first aid, HR Certificate IV, forklift licence (expired)

Referees available on request.

Also, do I need my DOB and full address on it? A mate said it's not done anymore.`,
  ],
  [
    "ko",
    "chat:neg",
    `다음 달 팀 워크숍 기획을 도와주세요. 인원은 14명이고, 1박 2일로 강원도 쪽을 생각하고 있어요. 예산은 1인당 25만 원 정도입니다.

조건:
- 금요일 오후 출발, 토요일 오후 복귀
- 첫날 저녁에 올해 회고 세션 2시간 (진행자는 팀장님)
- 둘째 날 오전에 내년 목표 설정 워크숍
- 팀원 중 채식하는 사람이 2명, 술 안 마시는 사람이 3명 있어서 저녁 메뉴랑 레크리에이션 고민이에요
- 겨울이라 야외 활동은 가볍게만
- 버스 대절할지 각자 차로 갈지도 고민

추천 장소 2~3곳, 대략적인 일정표, 예산 배분표를 만들어 주세요. 너무 빡빡하지 않고 다들 좀 쉬었다 오는 느낌이었으면 좋겠어요. 작년에는 일정이 너무 많아서 다들 피곤해했거든요.`,
  ],
  [
    "en",
    "email:neg",
    `Summarise this airline email for my elderly parents in 4 simple bullet points:

"Important information about your upcoming journey

Dear Customer,

We are writing to let you know about changes to our baggage policy which will apply to all bookings for travel from 1 February 2027, including existing bookings.

Cabin bags: All fares include one small under-seat bag (max 40 x 30 x 20 cm). A larger cabin bag (max 55 x 40 x 23 cm, up to 10 kg) is included only with Standard Plus and Flex fares. Customers on Basic fares can add a cabin bag for a fee from £12 per flight when booked online in advance. Bags added at the airport will cost £48.

Checked bags: Checked bags remain at 23 kg. Bags weighing between 23 kg and 32 kg will incur an overweight charge of £65 per bag per flight.

Mobility aids and medical equipment: Wheelchairs, mobility scooters and essential medical equipment continue to be carried free of charge and do not count towards your allowance. Please let us know at least 48 hours before you fly via Manage Booking.

Online check-in will now open 30 days before departure for all customers.

If you have any questions, please visit our Help Centre or call us on 0344 800 2855 (calls cost up to 7p per minute plus your phone company's access charge).

We look forward to welcoming you on board.

Customer Services"

They're flying on a Basic fare in March with one suitcase each and my dad uses a walking stick.`,
  ],
  [
    "en",
    "chat:neg",
    "Write a short LinkedIn post celebrating Serena Williams' career for International Women's Day — her 23 Grand Slam singles titles, her comeback after giving birth, and her venture capital firm.",
  ],
  [
    "en",
    "code:sens",
    `This Kubernetes manifest fails to apply with "error validating data: unknown field stringdata". What's the fix? Also is there anything else wrong?

apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
  namespace: prod
type: Opaque
stringdata:
  DB_PASSWORD: "⟦password|hT9#pLq2!vXz8mW⟧"
  SLACK_WEBHOOK: "https://hooks.slack.com/services/⟦api_key|T04ABCD1E/B07XYZ9QR2K/v8Kq2LmN7pRt4WxZ1bYc6HdF⟧"
  SENTRY_DSN: "https://⟦api_key|4f8e2a91c7d34b5e9a0f6c1d2e3b7a84⟧@o1029384.ingest.sentry.io/5512847"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: prod
spec:
  replicas: 3
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: registry.internal.lan/api:2.14.1
          envFrom:
            - secretRef: { name: app-secrets }
          resources:
            limits: { memory: "512Mi", cpu: "500m" }

We apply with kubectl apply -f from a GitLab pipeline. I'll move the secret into sealed-secrets later, right now I just need it working for a demo tomorrow.`,
  ],
  [
    "ru",
    "letter:neg",
    `Составь, пожалуйста, шаблон доверенности на получение посылки на почте, с пустыми полями, которые я потом заполню от руки. Нужно, чтобы её приняли в отделении Почты России без нотариуса.

Примерно так:

ДОВЕРЕННОСТЬ

г. __________                                         «__» ________ 20__ г.

Я, ____________________ (ФИО полностью), паспорт серия ____ № ______, выдан ____________________, дата выдачи __________, зарегистрированный(ая) по адресу: ____________________,

доверяю ____________________ (ФИО), паспорт серия ____ № ______, выдан ____________________,

получать на моё имя почтовые отправления (посылки, бандероли, заказные письма) в отделении почтовой связи № ______.

Доверенность выдана сроком на ______ без права передоверия.

Подпись доверителя __________

Проверь, всё ли там юридически правильно, и добавь, что ещё может потребовать почта (например, нужна ли подпись руководителя организации или достаточно простой письменной формы). И подскажи, сколько максимум можно указывать срок.`,
  ],
  ["en", "medical:neg", "is it ok to take ibuprofen with my blood pressure meds (ramipril)? just for a few days, sprained ankle"],
  [
    "ar",
    "question:neg",
    `أنا موظف في الرياض وأفكر أشتري أول بيت، وأبغى أفهم الفرق بين التمويل العقاري الإسلامي بصيغة المرابحة وصيغة الإجارة المنتهية بالتمليك. الراتب الشهري تقريباً ١٨ ألف ريال، وعندي دفعة أولى حوالي ١٥٠ ألف.

أسئلتي:
١. وش الفرق العملي بين المرابحة والإجارة؟ مين يملك البيت خلال فترة التمويل؟
٢. هل الدعم السكني من برنامج سكني يشمل الصيغتين؟
٣. إذا سددت مبكراً، هل فيه رسوم؟ سمعت إن البنك المركزي حدد سقف لها.
٤. هل الأفضل آخذ مدة ٢٠ سنة ولا ٢٥ سنة؟
٥. وش المصاريف الإضافية اللي ما ينتبه لها الناس عادة (تأمين، تقييم، رسوم إدارية)؟
٦. هل أقدر أدخل راتب زوجتي مع راتبي عشان أرفع مبلغ التمويل؟

أبي شرح بسيط بدون مصطلحات كثيرة، وإذا فيه أمثلة بالأرقام يكون أفضل.`,
  ],
  ["zh", "chat:neg", "今年年终奖发了三个月工资，大概五万，是单独计税划算还是并入综合所得划算？我年薪大概二十万。"],
  [
    "en",
    "travel:sens",
    `Can you check this car rental form before I submit? Second driver is my husband. Main: Laura Bennett, licence ⟦driver_license|BENNE856215LA9XY⟧, DOB ⟦date_of_birth|21/06/1985⟧. Additional: Chris Bennett, licence ⟦driver_license|BENNE802140CJ8QP⟧, DOB ⟦date_of_birth|14/02/1980⟧. Pick-up Faro airport 3 April, drop-off 10 April. Do we need DVLA check codes for Portugal?`,
  ],
  [
    "ja",
    "chat:sens",
    "この振込依頼を丁寧な文にして：「鈴木さん、立替えてもらった旅行代 38,000円を振り込みます。私の口座から送るので、念のため振込元は三井住友銀行 渋谷支店 普通 ⟦bank_account|7418203⟧ です」",
  ],
  [
    "en",
    "school:neg",
    `Please summarise this university admissions page for my son in 5 bullets (he's applying for 2027 entry):

"Computer Science BSc (Hons) — UCAS code G400

Typical offer: A*AA including A* in Mathematics. We also consider applicants with the International Baccalaureate (38 points overall, including 7 in Higher Level Mathematics: Analysis and Approaches) and other equivalent qualifications.

Admissions test: All applicants must sit the Test of Mathematics for University Admission (TMUA). The test takes place in October; you must register by the deadline published by the test provider. Your TMUA score is considered alongside your predicted grades, personal statement and reference.

Contextual admissions: Applicants who meet our contextual criteria may receive an offer up to two grades below the typical offer. You do not need to apply separately; we use information from your UCAS application.

Interviews: We do not interview applicants for this programme.

Deadline: Applications must be submitted through UCAS by 15 October for courses starting the following September.

Fees and funding: For home students, the tuition fee is set by the UK government and is currently £9,535 per year. Scholarships are available for students from households with income below £30,000.

Contact: Undergraduate Admissions Office, cs-admissions@university.example.ac.uk, telephone 0161 306 6000 (Monday to Friday, 9am to 5pm)."

He's predicted A*A*A in Maths, Further Maths and Physics.`,
  ],
  ["ko", "question:neg", "개인정보 유출 사고가 나면 회사는 며칠 안에 신고해야 하나요? 고객 이메일 300건 정도예요."],
  [
    "en",
    "bank:sens",
    `Help me write a short cover note to the bank for my personal loan application, they said my file is incomplete. I want to list what I'm attaching and explain the salary credit issue. Indian English is fine, keep it formal.

Details:
- Applicant: Sneha Raghavan, working at Infosys Chennai since 2019 as Technology Lead
- PAN: ⟦national_id|AKLPR5827Q⟧
- Aadhaar: ⟦national_id|6291 8473 0153⟧
- Salary account: ICICI Bank, account no. ⟦bank_account|602501482913⟧
- Net monthly salary: ⟦financial|Rs. 1,42,600⟧
- Existing EMI: ⟦financial|car loan Rs. 18,450 per month⟧, 14 months remaining
- Loan requested: Rs. 6,00,000 for 36 months, for my sister's wedding
- Address: ⟦street_address|Flat 5C, Ashok Towers, 12 Arcot Road, Vadapalani, Chennai 600026⟧
- Mobile: ⟦phone|+91 94440 27816⟧

The issue: in August my salary was credited 9 days late because of the company's payroll migration, so the bank's system flagged "irregular salary credit". I have the HR letter explaining this.

Attachments: last 6 months payslips, Form 16 for FY 2025-26, last 6 months bank statement, HR letter, PAN and Aadhaar copies, address proof (electricity bill).

Please keep it under 200 words, polite, and ask them to reconsider quickly since the wedding is in February.`,
  ],
  [
    "en",
    "chat:sens",
    "help me write a congrats card for my coworker Nadia: her baby girl Amara was born ⟦date_of_birth|3 December 2026⟧ at 7lb 2oz. want it warm but short, from the whole accounts team",
  ],
  [
    "en",
    "email:neg",
    "Draft a booking email to Professor Brian Cox's agent asking if he'd speak at our science festival in June; fee budget £8k, audience 600. His agent's published contact is on the agency website.",
  ],
  [
    "tr",
    "email:sens",
    "E-ticaret iadesi için maili düzeltir misin: 'Merhaba, sipariş no 8812044. Para iadesini kartıma değil IBAN'ıma yapın: ⟦iban|TR75 0006 4000 0017 3920 4182 65⟧, Zeynep Arslan. Ürünü geri gönderdim. Adres: ⟦street_address|Bağdat Cad. No: 214 D: 9, Kadıköy / İstanbul⟧'",
  ],
  ["en", "landlord:neg", "My landlord wants to raise rent 15% in Ontario, is that allowed for a unit built before 2018? lease renewal is in March"],
  [
    "ru",
    "chat:sens",
    "Напиши коротко в поддержку Госуслуг: не могу подтвердить учётную запись, СНИЛС ⟦national_id|203-918-475 60⟧, телефон ⟦phone|+7 912 604-18-39⟧. Код из СМС не приходит второй день.",
  ],
  ["en", "question:neg", "do I need to redact signatures when sharing scanned contracts with our offshore team? or just the bank details?"],
  [
    "en",
    "ticket:sens",
    `Turn this into an IT security incident ticket (stolen device) with sections: summary, device, user, timeline, actions taken, next steps.

From the service desk chat:
- Employee: Anthony Castellano, Regional Sales Manager
- Reported 07:45 today: work laptop stolen from his car overnight outside his home at ⟦street_address|8 Pinewood Drive, Solihull B91 3TY⟧
- Device: Lenovo ThinkPad T14 Gen 4, asset tag HC-0882, serial PF4K2ZX9, BitLocker enabled (confirmed in Intune), last check-in 22:14 last night
- Also in the bag: his company iPhone (asset HC-M-0331) and a notebook with customer meeting notes (paper)
- He's reported it to West Midlands Police, crime ref 20/1182736/26
- Actions done: Intune remote wipe issued 07:52 for both devices, Azure AD sessions revoked, MFA re-registered, password reset
- He'll be working from the Birmingham office today on a loaner (HC-0910)
- Best contact today: his personal mobile ⟦phone|07402 918 376⟧ since the work phone is gone

Severity: I'd say medium because the laptop is encrypted, but the paper notebook might have customer names and pricing. Should that bump it to high?`,
  ],
  [
    "en",
    "chat:neg",
    `Settle a debate: my friend says Keanu Reeves gave away most of his Matrix earnings to the crew. Is that actually true or an internet myth? What's been reported by reliable sources, and what has he said himself? Also the story about him donating to children's hospitals anonymously, is that confirmed or just a rumour? I want to win this argument but honestly, not with made-up stuff. Give me the reported facts with rough dates if you know them, and tell me clearly which parts are unverified. Keep it to a few paragraphs.`,
  ],
];
