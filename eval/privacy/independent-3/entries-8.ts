/** Third held-out set, file 8 of 8 (the rarer categories and their look-alikes): hand-written by the session-55 held-out helper (never used for tuning). */
import type { MarkedEntry } from "../marked-prompts.js";

export const entries8: MarkedEntry[] = [
  [
    "en",
    "email:sens",
    `My mum keeps getting confused by online shopping so she emailed me this to "sort out". Can you write her a gentle reply explaining why she should never email card details, and what to do now (she already sent it to me, and I think also to the "courier" who texted her)?

Her email:
"Hi love, the parcel man says there's a £1.45 redelivery fee and they need my card. It's the Halifax one ⟦payment_card|4929 1837 4650 2131⟧ expires 08/28 and the 3 numbers on the back are 406. Can you pay it for me? The link they sent didn't work on my tablet. Love Mum x"

She's 79. I need the reply to be kind, not make her feel stupid, and tell her step by step: ring Halifax on the number on the back of the card, cancel the card, and never click links in texts. I'll phone her tonight as well.`,
  ],
  ["en", "question:neg", "why do Stripe test cards like 4000 0025 0000 3155 trigger 3D Secure but 4242 4242 4242 4242 doesn't? building a checkout demo"],
  [
    "en",
    "support:sens",
    `Tidy this up into a complaint to the hotel chain. "I stayed at your Birmingham Airport hotel 28–30 Nov. At check-in the receptionist wrote my card number ⟦payment_card|5453 0182 7364 9106⟧ on a sticky note 'for the deposit' and left it on the desk. Two days later there were 3 charges from a gaming website on that card. I want to know what your data protection policy is and I want the charges covered." Formal, firm, under 150 words.`,
  ],
  [
    "de",
    "chat:sens",
    `Kannst du mir helfen, eine Nachricht an meinen Mitbewohner zu schreiben? Er hat mit meiner Kreditkarte bestellt, ohne zu fragen. Ich will sachlich bleiben: "Hey Jonas, auf meiner Abrechnung sind drei Bestellungen bei Zalando, die nicht von mir sind. Die Karte (⟦payment_card|3782 193746 50125⟧) lag im Flur auf der Kommode. Bitte überweis mir die 212 € bis Freitag, sonst muss ich die Karte sperren lassen und das bei der Bank melden."`,
  ],
  [
    "en",
    "code:neg",
    `Can you explain what each part of this JWT is? It's the example from jwt.io, I'm learning how auth works:

eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QMw5ssw

(I trimmed the end of the signature.) Where does "John Doe" come from and why can anyone read it if it's "secure"?`,
  ],
  [
    "en",
    "ticket:sens",
    `Please turn this into a bug report for the mobile team. Support copied it from a customer's screen-share, I think it's a real session.

"Customer Maria Santos says the app logs her out every 5 minutes on Android. In the network tab we saw the access token being refreshed constantly. Token from her session:
⟦jwt|eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImstMjAyNi0xMSJ9.eyJzdWIiOiJ1XzQ4MjEzIiwiZW1haWwiOiJtYXJpYS5zYW50b3MucGhAZ21haWwuY29tIiwibmFtZSI6Ik1hcmlhIFNhbnRvcyIsImlhdCI6MTc2NTA4MDAwMCwiZXhwIjoxNzY1MDgzNjAwfQ.Nq7Lk2xV9pRt4WmZ8yB3cJ1hF6sDgA0uEoKiQwTnXrYb5vCl⟧
exp - iat is only 3600, but the app refreshes at 300s. Android 14, app 6.2.1."

Also: should support be pasting tokens into tickets at all?`,
  ],
  [
    "en",
    "log:sens",
    `Why is the patient portal returning 401 right after login? Debug log from staging, but it was pointed at prod auth by mistake:

[auth] login ok user_id=88412
[auth] issued access_token=⟦jwt|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjo4ODQxMiwicm9sZSI6InBhdGllbnQiLCJtcm4iOiJNUk4tMzM5MDIxOCIsImV4cCI6MTc2NTA5MDAwMH0.c2Vq4Rk8LmT1pXz7WbN3yHd6FgA9uJ0sEoKiQwTnVrM⟧
[api] GET /records -> 401 invalid signature`,
  ],
  [
    "fr",
    "code:sens",
    `Bonjour, mon script de déploiement échoue avec « Load key: invalid format ». J'ai collé la clé directement dans la variable GitLab, voici ce que le job affiche avec set -x (oui je sais, il ne faut pas) :

+ echo '⟦private_key|-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAx9vKp2Lw8mRt4QzN7yHc3JdF1bGa6uE0oKiV5sXnPqYtWmZr
Lk8Bf2Hj4Nq9Sd3Vx7Cm1Gp6Ty0Ae5Rw2Ku8Io4Lz9Mn3Bv7Xc1Qs6Dh2Fj8Kg4
Ht0Yr5Ue9Wi3Op7As1Df6Gh2Jk8Lz4Xc0Vb5Nm9Qw3Er7Ty1Ui5Op2As6Df0Gh4Jk
-----END RSA PRIVATE KEY-----⟧' > ~/.ssh/id_rsa
+ chmod 600 ~/.ssh/id_rsa
+ ssh -o StrictHostKeyChecking=no deploy@prod-web-01 'cd /srv/app && git pull'
Load key "/root/.ssh/id_rsa": invalid format

Est-ce que c'est parce que GitLab remplace les retours à la ligne ? Comment passer une clé multiligne proprement ?`,
  ],
  [
    "en",
    "question:neg",
    `In our docs we show how to configure SSH deploy keys. Is it fine to show a truncated placeholder like this, or will security scanners still flag it?

-----BEGIN OPENSSH PRIVATE KEY-----
<your private key here>
-----END OPENSSH PRIVATE KEY-----`,
  ],
  [
    "en",
    "spreadsheet:sens",
    `We're replacing our old fingerprint time clocks and the vendor wants the enrolled templates exported so staff don't have to re-enrol. Here's the first few rows of the export. Can you tell me if this format (base64 ISO 19794-2) looks complete, and draft a short note to staff explaining what's happening with their fingerprint data? I'm worried about GDPR here.

employee_id,name,finger,template
E1042,Joanne Pryce,R-index,⟦biometric|Rk1SACAyMAAAAAFiAAABQAHgAMUAxQEAAABkQIB1AEV0AEB2AGVhAEBvAIxbAEBnALBWAEBQAMBSAEA⟧
E1043,Tariq Aziz,R-index,⟦biometric|Rk1SACAyMAAAAAFGAAABQAHgAMUAxQEAAABbQIBgAE1wAECIAGRqAECBAI9cAEBzAKlQAEBWAM5JAEA⟧
E1044,Wendy Hall,L-index,⟦biometric|Rk1SACAyMAAAAAE8AAABQAHgAMUAxQEAAABVQIBwAD9xAEB5AGljAEB0AJVYAEBjAKRSAEBKAL9OAEA⟧

About 140 staff in total, two sites.`,
  ],
  [
    "en",
    "code:sens",
    `Our face-login feature stores an embedding per user. Is it OK to log this at DEBUG level like we do now? Example line from prod:

DEBUG face_auth enrolled user=⟦email|daniel.okeke@brightwave.io⟧ name="Daniel Okeke" embedding=⟦biometric|[0.0213, -0.1187, 0.0942, 0.0031, -0.0768, 0.1422, -0.0519, 0.0886, 0.0174, -0.1305, 0.0627, 0.0048]⟧ (truncated, 512 dims)

Also is a face embedding "biometric data" under GDPR if you can't reconstruct the face from it?`,
  ],
  [
    "es",
    "question:neg",
    `Estoy haciendo un TFG sobre reconocimiento facial. ¿Qué conjuntos de datos públicos con consentimiento se pueden usar legalmente en la UE? ¿Y cómo se anonimiza una plantilla biométrica, si es que se puede?`,
  ],
  [
    "en",
    "chat:sens",
    "my tax preparer wants my daughter's SSN for the dependent credit, is it safe to text it? it's ⟦us_ssn|601-28-4417⟧. her name is Ava Martinez, born ⟦date_of_birth|2/14/2019⟧",
  ],
  [
    "en",
    "question:neg",
    `Why do so many people still use 078-05-1120 in demos? I read it was printed on wallet inserts in 1938 and the SSA voided it. Are there official ranges that are safe to use as fake SSNs in test data, like 987-65-4320 to 987-65-4329?`,
  ],
  [
    "en",
    "form:sens",
    `Help me fill out the "prior addresses" part of this background check form correctly, I'm not sure about the format. I've moved a lot.

Full name: Jerome D. Washington
SSN: ⟦us_ssn|219-64-7083⟧
Driver's license: ⟦driver_license|W252-4187-3104-06⟧ (Wisconsin)
Current: ⟦street_address|3380 N Holton St, Milwaukee, WI 53212⟧ (since 2023)
2020–2023: ⟦street_address|1127 E Johnson St #4, Madison, WI 53703⟧
2017–2020: Chicago, somewhere in Logan Square, I don't remember the number

The form wants 7 years of addresses with exact dates. What do I do about the Chicago one?`,
  ],
  [
    "pt-BR",
    "ticket:sens",
    `Abre um chamado pro time de rede, por favor, bem objetivo:

"Cliente Renata Oliveira (plano residencial 500 mega) reclama de lentidão à noite. IP público dela no CPE: ⟦ip_address|177.92.41.208⟧. Já reiniciamos a ONU remotamente. Latência pro gateway ok, perda de pacote de 8% entre 20h e 23h. Endereço da instalação: ⟦street_address|Rua Padre Chagas, 79, apto 301, Moinhos de Vento, Porto Alegre⟧."`,
  ],
  [
    "en",
    "email:sens",
    `I run a small Minecraft server for my nephew and his friends. One of the kids has been harassing the others. Can you help me write a calm email to his parents? Facts: username "xXBlazeXx", he's been spamming slurs in chat, and after I banned him he came back on an alt account from the same home IP ⟦ip_address|81.102.77.154⟧ three times. I know his dad through work (Gary). I don't want to escalate, just want them to know and to talk to him.`,
  ],
  [
    "en",
    "log:neg",
    `Is this nginx config right for rate limiting? Test log from my lab:

192.0.2.10 - - [07/Dec/2026:09:00:01] "GET /api HTTP/1.1" 200
192.0.2.10 - - [07/Dec/2026:09:00:01] "GET /api HTTP/1.1" 503
198.51.100.7 - - [07/Dec/2026:09:00:02] "GET /api HTTP/1.1" 200

limit_req_zone $binary_remote_addr zone=api:10m rate=1r/s;`,
  ],
  [
    "ja",
    "chat:sens",
    `アプリの不具合報告を上司に送る文にまとめてください。「ユーザー様（山口 恵子様）から、ログイン後にカード情報の画面で自分のカード番号 ⟦payment_card|4716 2839 0517 2846⟧ が全桁表示されたと連絡がありました。スクリーンショットももらっています。本来は下4桁のみ表示のはずです。」`,
  ],
  [
    "it",
    "email:neg",
    `Puoi tradurre in inglese questa nota per il fornitore? "Per i test di integrazione usate solo le carte di prova della documentazione (es. 4111 1111 1111 1111, scadenza qualsiasi futura) e l'IBAN di esempio IT60 X054 2811 1010 0000 0123 456. Non inviateci dati reali dei clienti."`,
  ],
  [
    "nl",
    "code:neg",
    `Klopt deze .env.example voor ons project? Ik wil dat nieuwe developers snappen wat ze moeten invullen zonder echte gegevens te zien:

DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379
MOLLIE_API_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
JWT_SECRET=change-me`,
  ],
  [
    "pl",
    "chat:sens",
    `Pomóż mi napisać wiadomość do informatyka w biurze: "Panie Tomku, program księgowy nie łączy się z bazą od rana. W konfiguracji jest wpisane ⟦connection_string|Server=192.168.1.20;Database=Ksiegowosc;User Id=ksiegowa;Password=Wiosna2026!;⟧ — może hasło wygasło? Pilne, jutro JPK."`,
  ],
  [
    "ru",
    "email:sens",
    `Перепиши письмо в службу поддержки банка вежливее: «Здравствуйте. С моей карты ⟦payment_card|3566 0021 4839 2752⟧ вчера списали 18 400 рублей в интернет-магазине, которым я не пользуюсь. Карту я заблокировала. Прошу вернуть деньги и прислать ответ на ⟦email|o.vasilyeva77@mail.ru⟧. Васильева Ольга»`,
  ],
  [
    "ko",
    "question:neg",
    `회사 출입 시스템을 지문 인식에서 얼굴 인식으로 바꾸려고 하는데, 직원들한테 생체정보 수집 동의를 따로 받아야 하나요? 동의 안 하는 직원은 카드 출입으로 해도 되나요? 개인정보보호법 기준으로 알려주세요.`,
  ],
  [
    "zh",
    "chat:neg",
    `我们公司要上人脸识别考勤，HR 让每个人交一张证件照。员工可以拒绝吗？如果拒绝，公司能不能因此扣工资？有没有相关的法律规定，比如《个人信息保护法》里关于敏感个人信息的条款？`,
  ],
];
