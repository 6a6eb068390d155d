/**
 * dev-80 entries: credentials as they arrive in messages the user received and pastes or forwards — welcome e-mails
 * with a temporary password, IT onboarding notes, school and university portal logins, hotel and café Wi-Fi vouchers,
 * router stickers, a bank's PIN letter, door, gate, locker and alarm codes from a landlord or host, 2FA backup codes,
 * recovery keys (BitLocker, Apple, Microsoft), wallet seed phrases and private keys, API keys in a vendor's onboarding
 * e-mail, one-time codes — in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Japanese, Chinese,
 * Korean and Arabic, as e-mail, SMS, chat and PDF text. Marks: `password` (a password or Wi-Fi key), `credentials`
 * (codes, PINs, one-time codes, seed phrases, private keys, backup codes, recovery keys), `api_key`. Hard negatives: the
 * same messages as templates with placeholders, password-policy and how-to texts, documentation example keys, expired
 * or revoked notices without a value, public Wi-Fi names without a key, product codes and booking references. `kind`
 * is `<topic>:<category>` or `neg-<topic>:<what>`. Our own invented text; every person, code and key is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English
  [
    "en",
    "welcome:password",
    `Forwarding the welcome e-mail from HR, can you summarise it? "Welcome aboard, Daniel! Your username is d.okafor and your temporary password is ⟦password|Kx7#pL2m!qR⟧ — you will be asked to change it at first login."`,
  ],
  [
    "en",
    "onboarding:credentials",
    `IT onboarding note I got on day one:\nVPN user: mreyes\nInitial password: ⟦password|Spring-Owl-4821⟧\nLaptop BitLocker recovery key: ⟦credentials|206712-294987-401654-658779-521488-633050-702042-314347⟧\nPlease turn this into a checklist.`,
  ],
  [
    "en",
    "wifi-voucher:credentials",
    `The hotel gave me a Wi-Fi card: "Network: Harbourview_Guest · Room 412 · Access code: ⟦credentials|gx72-hk4p⟧ · valid 3 days". My Kindle won't connect, what should I try?`,
  ],
  ["en", "router:password", `The sticker under my router says SSID: VM8841227 and WPA2 key: ⟦password|Tmdp4xkqHz7w⟧ — how do I type that on the TV?`],
  [
    "en",
    "pin-letter:credentials",
    `Letter from the bank: "Your new card PIN is ⟦credentials|4719⟧. Please memorise it and destroy this letter." Is it OK to keep a photo of it?`,
  ],
  [
    "en",
    "host:credentials",
    `Airbnb host message: "Hi Sam! Check-in from 3pm. The key box code is ⟦credentials|2958⟧ and the building door code is ⟦credentials|7163#⟧. Wi-Fi: Casa_Lumi / ⟦password|lumi2024beach⟧." Can you make this a note for my friends?`,
  ],
  [
    "en",
    "backup-codes:credentials",
    `Pasted from the recovery codes file GitHub made me download:\n⟦credentials|3f9a2-b71c4⟧\n⟦credentials|8d0e6-c2a57⟧\n⟦credentials|51b7f-9e03d⟧\nDo they have to be typed with the dash?`,
  ],
  [
    "en",
    "recovery-key:credentials",
    `Apple showed me this recovery key when I turned on Advanced Data Protection: ⟦credentials|RK7F-Q2ZD-M9XH-4LWB-T8CN-P3VJ-6YGA⟧ — where should I keep it?`,
  ],
  [
    "en",
    "seed:credentials",
    `My brother forwarded his Trust Wallet phrase so I can help him restore it: ⟦credentials|orbit velvet cable tunnel hazard fiction ramp shield exotic coral minute garden⟧ — what are the steps?`,
  ],
  [
    "en",
    "private-key:credentials",
    `The exchange's support chat sent my exported key for the old wallet: ⟦credentials|9f1c7e2a4b83d6055ce1a7f03b92d48e61c5a0f7d3e8b2964a17c05e3fd9b186⟧ — how do I import it into MetaMask?`,
  ],
  [
    "en",
    "vendor-key:api_key",
    `Onboarding e-mail from our SMS vendor: "Welcome to Textora! Your live API key is ⟦api_key|tx_live_7Hq2Zx9Lm4Rv8Tn3Wp6Yc1Bd⟧. Keep it secret." How do I put this in a .env file?`,
  ],
  [
    "en",
    "otp:credentials",
    `Got this SMS: "Your Revolut verification code is ⟦credentials|482 913⟧. Never share it." and now a man on the phone asks me to read it out — is that a scam?`,
  ],
  [
    "en",
    "landlord:credentials",
    `Landlord's text: "Alarm panel code is ⟦credentials|0847⟧, you have 30 seconds to disarm. Side gate code ⟦credentials|1379⟧." Turn this into a note for my partner.`,
  ],
  [
    "en",
    "school:password",
    `Letter from my son's school (PDF text):\nPowerSchool Parent Portal\nAccess ID: ⟦credentials|KJ8W4PZQ⟧\nAccess Password: ⟦password|t4vm9xq2⟧\nPage 1 of 1\nHow do I link both kids to one account?`,
  ],
  ["en", "locker:credentials", `The gym e-mailed my locker: "Locker 112, combination ⟦credentials|24-08-31⟧". What's the trick to open these dial locks?`],
  [
    "en",
    "recovery-key:credentials",
    `Microsoft sent me to this page and it showed a recovery code: ⟦credentials|7QHXM-2KDPW-9TRVB-4LZNC-8FJGY⟧ — do I need it if I still know my password?`,
  ],

  // German
  [
    "de",
    "welcome:password",
    `Weitergeleitete Willkommensmail: "Hallo Frau Brandt, Ihr Benutzername lautet jbrandt, Ihr Initialpasswort: ⟦password|Wx4!kT9pQm⟧. Bitte ändern Sie es beim ersten Login." Fass das kurz zusammen.`,
  ],
  ["de", "pin-letter:credentials", `PIN-Brief der Sparkasse: "Ihre persönliche Geheimzahl lautet ⟦credentials|8350⟧." Darf ich den Brief abfotografieren?`],
  [
    "de",
    "landlord:credentials",
    `Vermieter per WhatsApp: "Der Schlüsseltresor hat den Code ⟦credentials|4172⟧, die Haustür ⟦credentials|0925⟧. WLAN: Wohnung3_OG, Passwort ⟦password|Sonnenblume2023⟧" — schreib das ordentlich auf.`,
  ],
  [
    "de",
    "router:password",
    `Auf dem Aufkleber der Fritzbox steht WLAN-Netzwerkschlüssel: ⟦password|5527 1183 9046 2271 3398⟧ — wie gebe ich den am Drucker ein?`,
  ],
  [
    "de",
    "university:credentials",
    `Die Uni hat mir geschrieben: "Ihre Zugangsdaten für das Campusportal: Kennung ab12cde, Start-PIN ⟦credentials|739204⟧". Wo melde ich mich an?`,
  ],
  [
    "de",
    "seed:credentials",
    `Mein Vater hat mir seine Wiederherstellungsphrase geschickt: ⟦credentials|harbor vivid puzzle engine salad crater noble ticket brave ocean glimpse kettle⟧ — wie stelle ich die Wallet auf seinem neuen Handy wieder her?`,
  ],
  ["de", "otp:credentials", `SMS bekommen: "Ihr Bestätigungscode lautet ⟦credentials|617 284⟧. Geben Sie ihn niemals weiter." Ist die Nachricht echt?`],
  [
    "de",
    "onboarding:credentials",
    `Aus der IT-Mail zum neuen Laptop: BitLocker-Wiederherstellungsschlüssel ⟦credentials|277057-274219-395087-300278-281127-028919-407550-560076⟧ — muss ich den ausdrucken?`,
  ],

  // French
  [
    "fr",
    "welcome:password",
    `Mail de bienvenue reçu : « Bonjour Camille, votre identifiant : c.morel, mot de passe provisoire : ⟦password|Lp8#vR2xNq⟧ ». Tu peux le résumer ?`,
  ],
  ["fr", "pin-letter:credentials", `Courrier de ma banque : « Votre code confidentiel est ⟦credentials|2704⟧. » Je peux le garder dans mes notes ?`],
  [
    "fr",
    "host:credentials",
    `Message de l'hôte Airbnb : « Le code de la boîte à clés est ⟦credentials|5813⟧, le digicode de l'immeuble ⟦credentials|B2741⟧ » — traduis-le en anglais pour mon ami.`,
  ],
  [
    "fr",
    "wifi-voucher:credentials",
    `Ticket Wi-Fi de l'hôtel : chambre 208, code d'accès ⟦credentials|mq7z-4tkw⟧, valable 48 h — ça ne marche pas sur mon iPad.`,
  ],
  ["fr", "router:password", `Sur l'étiquette de la Livebox : clé de sécurité Wi-Fi ⟦password|Xk9fT2mQ7vLp3RzW⟧. Comment la changer ?`],
  [
    "fr",
    "school:password",
    `L'ENT du lycée a envoyé à ma fille : identifiant lea.girard7, mot de passe provisoire ⟦password|vF3kq9Ld⟧. Comment elle se connecte ?`,
  ],
  ["fr", "otp:credentials", `SMS reçu : « Votre code de vérification : ⟦credentials|903 517⟧ ». Un livreur me le demande au téléphone, je le donne ?`],
  [
    "fr",
    "seed:credentials",
    `Ma sœur m'a envoyé sa phrase de récupération Ledger pour que je la garde : ⟦credentials|lemon dawn permit silver anchor jungle wisdom estate fossil pepper rhythm gallery⟧. C'est une bonne idée ?`,
  ],

  // Spanish
  ["es", "welcome:password", `Me reenviaron el correo de bienvenida: "Usuario: lgarcia · Contraseña temporal: ⟦password|Qe5!nV8wzT⟧". ¿Lo puedes resumir?`],
  ["es", "pin-letter:credentials", `Carta del banco: "Su número PIN es ⟦credentials|6192⟧. Destruya esta carta." ¿Es seguro guardarlo en el móvil?`],
  [
    "es",
    "landlord:credentials",
    `El casero me escribió: "El código del portal es ⟦credentials|3846⟧ y la alarma se desactiva con ⟦credentials|1290⟧". Pásalo a una nota para mi compañera.`,
  ],
  ["es", "router:password", `Pegatina del router de Movistar: Red WLAN_7F3A, Clave ⟦password|8Vq2LxK4mT9zRp6N⟧. ¿Cómo la cambio?`],
  ["es", "otp:credentials", `SMS de mi banco: "Código de verificación: ⟦credentials|284 610⟧. No lo compartas con nadie." ¿Qué hago si ya se lo di a alguien?`],
  [
    "es",
    "seed:credentials",
    `Mi tío me mandó sus 12 palabras de MetaMask para que le ayude: ⟦credentials|canyon frost pilot wagon basket oyster vendor raccoon spell timber nominee lyrics⟧. ¿Cómo recupero su cartera?`,
  ],
  [
    "es",
    "vendor-key:api_key",
    `Correo del proveedor: "Bienvenido a Pagora. Tu clave API de producción: ⟦api_key|pg_prod_9Kd3mQx7Lr2Vz8Nw5Tb4⟧". ¿Dónde la pongo en el .env?`,
  ],
  ["es", "university:credentials", `Campus virtual de la universidad: "Usuario: mfernandez24, PIN inicial: ⟦credentials|205817⟧". ¿Lo tengo que cambiar?`],

  // Italian
  ["it", "welcome:password", `Mail di benvenuto inoltrata: "Nome utente: g.ricci, password temporanea: ⟦password|Tz6#mW3kRq⟧". Riassumila in due righe.`],
  ["it", "pin-letter:credentials", `Lettera della banca: "Il PIN della sua carta è ⟦credentials|8406⟧." Posso tenerlo nelle note del telefono?`],
  [
    "it",
    "host:credentials",
    `L'host di Airbnb scrive: "Il codice del portone è ⟦credentials|2715⟧, quello della cassetta delle chiavi ⟦credentials|9034⟧." Traducilo in inglese.`,
  ],
  ["it", "router:password", `Etichetta del modem TIM: chiave WPA ⟦password|Rk4mZ9tQ2xWv7Lp8⟧. Come la inserisco sulla smart TV?`],
  ["it", "otp:credentials", `SMS: "Il tuo codice di verifica è ⟦credentials|731 095⟧. Non condividerlo." Un tizio al telefono me lo chiede, è una truffa?`],
  [
    "it",
    "backup-codes:credentials",
    `Mia madre mi ha girato i codici di backup di Google:\n⟦credentials|6203 8817⟧\n⟦credentials|4491 0562⟧\n⟦credentials|7735 2908⟧\nDove li salvo?`,
  ],
  ["it", "university:credentials", `Il portale dell'università mi ha scritto: "PIN di primo accesso: ⟦credentials|93617204⟧". Serve anche lo SPID?`],

  // Portuguese
  ["pt", "welcome:password", `E-mail de boas-vindas: "Seu login: rafael.souza, senha provisória: ⟦password|Hm2$qX7vLt⟧". Resume para mim?`],
  ["pt", "pin-letter:credentials", `Carta do banco: "A senha do seu cartão é ⟦credentials|5371⟧." Posso guardar no celular?`],
  [
    "pt",
    "host:credentials",
    `O anfitrião do Airbnb mandou: "A senha da fechadura eletrônica é ⟦credentials|482916⟧ e o Wi-Fi é Casa_Praia / ⟦password|praia2024casa⟧". Faz uma nota para o grupo.`,
  ],
  ["pt", "router:password", `Etiqueta do roteador da Vivo: senha do Wi-Fi ⟦password|Fq7kN3xZ9mTw⟧. Como troco?`],
  ["pt", "otp:credentials", `SMS: "Seu código de verificação é ⟦credentials|815 204⟧. Não compartilhe." Alguém no WhatsApp está pedindo, o que faço?`],
  [
    "pt",
    "seed:credentials",
    `Minha mãe me mandou a frase de recuperação da carteira: ⟦credentials|eagle ribbon castle monitor fabric unveil ginger lunar sketch olive trophy wander⟧. Como restauro no celular novo dela?`,
  ],
  ["pt", "university:credentials", `Portal do aluno: "Matrícula confirmada. Senha inicial de acesso: ⟦credentials|340918⟧". Onde altero?`],

  // Dutch
  ["nl", "welcome:password", `Doorgestuurde welkomstmail: "Gebruikersnaam: s.devries, tijdelijk wachtwoord: ⟦password|Nk5!wP8rTz⟧". Vat samen aub.`],
  ["nl", "pin-letter:credentials", `Pincodebrief van de bank: "Uw pincode is ⟦credentials|0693⟧." Mag ik een foto van die brief bewaren?`],
  [
    "nl",
    "landlord:credentials",
    `Verhuurder appt: "De code van het sleutelkastje is ⟦credentials|7281⟧, de alarmcode ⟦credentials|4406⟧." Maak er een briefje van voor mijn huisgenoot.`,
  ],
  ["nl", "router:password", `Sticker op het Ziggo-modem: wifi-wachtwoord ⟦password|Zm8qT4vKx2Lr⟧. Hoe verander ik dat?`],
  ["nl", "otp:credentials", `SMS: "Je verificatiecode is ⟦credentials|192 847⟧. Deel deze code met niemand." Iemand van "de bank" belt erover, klopt dat?`],
  [
    "nl",
    "onboarding:credentials",
    `Uit de IT-mail over mijn nieuwe laptop: BitLocker-herstelsleutel ⟦credentials|617639-697037-287331-680372-169609-687412-456522-050204⟧ — moet ik die bewaren?`,
  ],
  [
    "nl",
    "seed:credentials",
    `Mijn broer stuurde zijn seedphrase: ⟦credentials|blanket zebra harvest sudden motor pigeon velvet crater dignity unfold absorb canal⟧. Hoe zet ik die in een nieuwe wallet?`,
  ],

  // Polish
  ["pl", "welcome:password", `Mail powitalny z pracy: "Login: k.nowak, hasło tymczasowe: ⟦password|Rv7#tM2qXw⟧". Streść to.`],
  ["pl", "pin-letter:credentials", `List z banku: "Twój PIN do karty: ⟦credentials|3158⟧." Czy mogę go zapisać w telefonie?`],
  [
    "pl",
    "landlord:credentials",
    `Właściciel mieszkania napisał: "Kod do domofonu ⟦credentials|4729⟧, kod do skrytki na klucze ⟦credentials|8013⟧". Zrób z tego notatkę dla współlokatora.`,
  ],
  ["pl", "router:password", `Naklejka na routerze: hasło do Wi-Fi ⟦password|Kp3vX9qT7mZw⟧. Jak je zmienić?`],
  ["pl", "otp:credentials", `SMS: "Kod weryfikacyjny: ⟦credentials|650 382⟧. Nie udostępniaj go nikomu." Kurier dzwoni i o niego prosi, co robić?`],
  ["pl", "university:password", `Dziekanat przysłał: "Login do USOS: jkowal, hasło startowe ⟦password|uS7kq2Vm⟧". Gdzie się logować?`],
  [
    "pl",
    "seed:credentials",
    `Kolega przysłał swoją frazę odzyskiwania: ⟦credentials|anchor pencil velvet broccoli glide hunt mammal tissue orient empty vacuum radar⟧. Jak odtworzyć portfel?`,
  ],

  // Japanese
  ["ja", "welcome:password", `転送された入社案内メール：「ユーザーID：tanaka.k　初期パスワード：⟦password|Yq7#mK2xTp⟧」を要約して`],
  ["ja", "pin-letter:credentials", `銀行から届いた通知：「暗証番号：⟦credentials|8264⟧」これ写真に撮っておいても大丈夫？`],
  ["ja", "host:credentials", `Airbnbのホストから：「キーボックスの番号は⟦credentials|3917⟧、オートロックは⟦credentials|0582⟧です」英語に訳して`],
  ["ja", "router:password", `ルーターのシールに「暗号化キー：⟦password|7f3k9q2mxt4vz⟧」と書いてある。スマホをつなぐ方法は？`],
  ["ja", "otp:credentials", `SMS：「認証コード：⟦credentials|483920⟧ このコードを他人に教えないでください」これは本物？`],
  ["ja", "university:password", `大学のポータルの案内：「学籍番号でログインしてください。初期パスワード：⟦password|Ab3kQ9zw⟧」変更方法を教えて`],
  [
    "ja",
    "seed:credentials",
    `父から送られてきたウォレットの復元フレーズ：⟦credentials|slogan meadow tiger oxygen ladder pulse jewel cruise nation fabric wheat album⟧　新しいスマホで復元する手順は？`,
  ],

  // Chinese
  ["zh", "welcome:password", `转发的入职邮件："您的账号：wang.lei，初始密码：⟦password|Hx6#pT9kWm⟧"，帮我总结一下`],
  ["zh", "pin-letter:credentials", `银行寄来的密码函："您的银行卡初始密码为⟦credentials|593018⟧"，拍照存手机里安全吗？`],
  ["zh", "landlord:credentials", `房东微信说："门锁密码⟦credentials|284619⟧，WiFi：Home_5G 密码⟦password|zhang88home2023⟧"，帮我整理成便条`],
  ["zh", "router:password", `路由器背面的贴纸：无线密码 ⟦password|K7mQx3vT9pLw⟧，电视怎么连？`],
  ["zh", "otp:credentials", `短信："您的验证码为⟦credentials|720495⟧，5分钟内有效，请勿泄露。" 快递员打电话要，我给吗？`],
  [
    "zh",
    "seed:credentials",
    `我哥发来的助记词：⟦credentials|trumpet violin cargo helmet lottery quantum sausage beyond random nephew glory pistol⟧ 怎么导入钱包？`,
  ],
  ["zh", "school:password", `学校教务系统通知：用学号登录，初始密码⟦password|Jw2024#xq⟧，登录后怎么改？`],

  // Korean
  ["ko", "welcome:password", `전달받은 입사 안내 메일: "아이디: kim.sy, 임시 비밀번호: ⟦password|Qw8!zR3mTk⟧" 요약해줘`],
  ["ko", "pin-letter:credentials", `은행에서 온 안내문: "카드 비밀번호는 ⟦credentials|4027⟧입니다" 이거 사진으로 보관해도 돼?`],
  [
    "ko",
    "host:credentials",
    `에어비앤비 호스트: "현관 비밀번호는 ⟦credentials|7392*⟧, 와이파이 비번은 ⟦password|seoulstay2024⟧이에요" 친구들한테 보낼 메모로 정리해줘`,
  ],
  ["ko", "router:password", `공유기 스티커: 무선 비밀번호 ⟦password|Tk4vX8mQ2zWp⟧ 스마트TV에 어떻게 입력해?`],
  [
    "ko",
    "otp:credentials",
    `문자: "[Web발신] 인증번호 [⟦credentials|385921⟧]를 입력해주세요. 타인에게 절대 알려주지 마세요." 택배기사가 물어보는데 알려줘도 돼?`,
  ],
  [
    "ko",
    "seed:credentials",
    `아빠가 보낸 지갑 복구 문구: ⟦credentials|mango forest switch bridge kidney oval fluid rocket siren custom mandate patrol⟧ 새 폰에서 복구하는 방법 알려줘`,
  ],
  ["ko", "school:password", `학교 포털 안내문: "학번으로 로그인, 초기 비밀번호 ⟦password|Hs2024!kq⟧" 비밀번호 변경은 어디서 해?`],

  // Arabic
  ["ar", "welcome:password", `رسالة ترحيب من العمل: "اسم المستخدم: a.hassan، كلمة المرور المؤقتة: ⟦password|Pk3#wZ8mQx⟧" لخّصها لي`],
  ["ar", "pin-letter:credentials", `رسالة من البنك: "الرقم السري لبطاقتك هو ⟦credentials|7158⟧" هل أحتفظ بها في هاتفي؟`],
  ["ar", "landlord:credentials", `صاحب الشقة أرسل: "رمز الباب ⟦credentials|3604⟧ وكلمة سر الواي فاي ⟦password|Nour2024home⟧" اكتبها كملاحظة لأخي`],
  ["ar", "otp:credentials", `رسالة نصية: "رمز التحقق الخاص بك هو ⟦credentials|519 403⟧. لا تشاركه مع أحد." شخص يتصل ويطلبه، ماذا أفعل؟`],
  ["ar", "router:password", `الملصق على الراوتر: كلمة مرور الشبكة ⟦password|Xm7qK2vT9zLw⟧ كيف أغيرها؟`],
  [
    "ar",
    "seed:credentials",
    `أخي أرسل لي عبارة الاسترداد لمحفظته: ⟦credentials|copper island frame rebel giggle average thunder scout elder mimic powder sample⟧ كيف أستعيد المحفظة؟`,
  ],
  ["ar", "wifi-voucher:credentials", `بطاقة الإنترنت من الفندق: الغرفة 305، رمز الدخول ⟦credentials|hq4t-8mzk⟧ لا يعمل على حاسوبي`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English
  [
    "en",
    "neg-template:placeholder",
    `Draft a friendlier version of our welcome e-mail: "Hi {{first_name}}, your username is {{username}} and your temporary password is {{password}}. Please change it at first login."`,
  ],
  [
    "en",
    "neg-policy:rules",
    `Our password policy: at least 12 characters, one digit, one symbol; temporary passwords expire after 72 hours. Rewrite it for the staff handbook.`,
  ],
  ["en", "neg-docs:example-key", `The AWS docs use AKIAIOSFODNN7EXAMPLE as the access key in every example — is that a real key format?`],
  ["en", "neg-wifi:open", `Wi-Fi at the coffee shop is "Beanery_Guest", no password needed — is it safe to let my laptop auto-join open networks?`],
  ["en", "neg-booking:reference", `Booking reference ABX72K for my flight to Lisbon — can I change the seat online or do I have to call?`],
  ["en", "neg-expired:notice", `SMS: "Your verification code has expired. Request a new one in the app." Why do these codes only last 10 minutes?`],
  ["en", "neg-howto:recovery", `BitLocker is asking for a 48-digit recovery key at boot — where do I find it in my Microsoft account?`],
  [
    "en",
    "neg-template:placeholder",
    `Airbnb listing template: "Self check-in with a lockbox. The code is XXXX and will be sent 24 hours before arrival." Make it sound warmer.`,
  ],
  [
    "en",
    "neg-revoked:notice",
    `Notice from IT: "The temporary password sent on Monday has been revoked. Your manager will issue a new one." Translate it into Spanish.`,
  ],
  ["en", "neg-product:code", `Promo code SUMMER25 gives 25% off all orders this week — write a short banner for the shop.`],
  ["en", "neg-howto:seed", `Explain what a BIP-39 seed phrase is and why 24 words are safer than 12.`],
  ["en", "neg-howto:router", `The router sticker shows the SSID and a "WPA key" — how do I change that key from the admin page at 192.168.1.1?`],
  [
    "en",
    "neg-template:placeholder",
    `PDF text from the school:\nParent Portal\nAccess ID: <ACCESS ID>\nAccess Password: <PASSWORD>\nPage 1 of 1\nWhat do these fields mean?`,
  ],
  ["en", "neg-product:code", `Order #W4821937 contains SKU HX-4410-BLK, tracking 1Z999AA10123456784 — write a delivery update e-mail.`],

  // German
  [
    "de",
    "neg-template:placeholder",
    `Vorlage für eine Willkommensmail: "Ihr Benutzername: <Benutzername>, Ihr Initialpasswort: <Passwort>" — bitte freundlicher formulieren.`,
  ],
  [
    "de",
    "neg-policy:rules",
    `Passwortrichtlinie: mindestens 12 Zeichen, Groß- und Kleinbuchstaben, eine Ziffer, alle 90 Tage ändern. Mach daraus eine Checkliste.`,
  ],
  ["de", "neg-wifi:open", `Im Café heißt das WLAN "Telekom_FON", ein Passwort braucht man nicht. Ist das sicher?`],
  ["de", "neg-booking:reference", `Die Bahn hat mir die Auftragsnummer 7Q4K2M geschickt, wo gebe ich die für die Sitzplatzreservierung ein?`],
  ["de", "neg-revoked:notice", `Der PIN-Brief kam nie an, und die Sparkasse sagt, die alte PIN ist jetzt gesperrt. Was soll ich tun?`],
  ["de", "neg-howto:recovery", `Wie finde ich meinen BitLocker-Wiederherstellungsschlüssel im Microsoft-Konto?`],

  // French
  ["fr", "neg-template:placeholder", `Modèle de mail : « Votre mot de passe provisoire est {{password}}, il expire dans 24 h. » Corrige le ton.`],
  ["fr", "neg-expired:notice", `Le code de vérification reçu hier a expiré, comment en demander un nouveau sur Ameli ?`],
  ["fr", "neg-policy:rules", `Quelle longueur minimale la CNIL recommande-t-elle pour un mot de passe ?`],
  ["fr", "neg-booking:reference", `Référence de réservation SNCF : QZLTRF — comment échanger mon billet ?`],
  ["fr", "neg-wifi:open", `Le Wi-Fi de la médiathèque s'appelle « Mediatheque-Public » et n'a pas de mot de passe. Je peux faire mes comptes dessus ?`],
  ["fr", "neg-docs:example-key", `La doc de l'API met partout "YOUR_API_KEY" dans les exemples curl — où dois-je mettre ma vraie clé ?`],

  // Spanish
  ["es", "neg-template:placeholder", `Plantilla de correo: "Tu contraseña temporal es <contraseña>; cámbiala la primera vez que entres." ¿Suena bien?`],
  ["es", "neg-policy:rules", `¿Cuántos caracteres debe tener una contraseña segura según el INCIBE?`],
  ["es", "neg-wifi:open", `El wifi del bar se llama "Bar_Manolo_Free" y no tiene contraseña, ¿puedo usar el banco desde ahí?`],
  ["es", "neg-booking:reference", `Localizador de la reserva de Iberia: K7PZ2Q — ¿cómo elijo asiento?`],
  ["es", "neg-expired:notice", `El código que me mandaron ya caducó, ¿cómo pido otro en la app de la Agencia Tributaria?`],
  ["es", "neg-product:code", `Código promocional VERANO20 para la tienda online — redacta un tuit.`],

  // Italian
  ["it", "neg-template:placeholder", `Modello di mail: "La tua password temporanea è XXXX e scade tra 24 ore." Rendilo più cordiale.`],
  ["it", "neg-policy:rules", `Requisiti della password del portale: almeno 8 caratteri, una maiuscola e un numero. Riscrivili in modo chiaro.`],
  ["it", "neg-wifi:open", `Il Wi-Fi della stazione si chiama "FS_WiFi" e non ha password: è sicuro?`],
  ["it", "neg-booking:reference", `Codice prenotazione Trenitalia PNR XY7K3L — posso cambiare orario?`],
  ["it", "neg-revoked:notice", `Il PIN che avevo ricevuto è stato bloccato dalla banca dopo tre tentativi, come ne chiedo uno nuovo?`],
  ["it", "neg-product:code", `Codice sconto BENVENUTO10 per i nuovi clienti — scrivi una newsletter.`],

  // Portuguese
  ["pt", "neg-template:placeholder", `Modelo de e-mail: "Sua senha provisória é {{senha}}. Altere no primeiro acesso." Deixa mais simpático.`],
  ["pt", "neg-policy:rules", `A senha deve ter no mínimo 8 caracteres, com letras e números — reescreva essa regra para o site.`],
  ["pt", "neg-wifi:open", `O Wi-Fi do shopping se chama "Shopping_Livre" e não tem senha. É seguro?`],
  ["pt", "neg-booking:reference", `Código de reserva da LATAM: QWTR7K — como faço o check-in?`],
  ["pt", "neg-expired:notice", `O código de verificação expirou, como peço outro no app do banco?`],
  ["pt", "neg-docs:example-key", `A documentação mostra a chave de exemplo "sua-chave-aqui" no cabeçalho Authorization. O que devo colocar?`],

  // Dutch
  ["nl", "neg-template:placeholder", `Sjabloon voor de welkomstmail: "Je tijdelijke wachtwoord is <wachtwoord>." Kan dit vriendelijker?`],
  ["nl", "neg-policy:rules", `Wachtwoordbeleid: minimaal 10 tekens, geen namen, elk jaar wijzigen. Herschrijf dit voor het intranet.`],
  ["nl", "neg-wifi:open", `Het wifi-netwerk van de bibliotheek heet "OBA-gast" en heeft geen wachtwoord.`],
  ["nl", "neg-booking:reference", `Boekingscode KLM: 8KZT4P — hoe voeg ik bagage toe?`],
  ["nl", "neg-expired:notice", `De sms-code van gisteren is verlopen, hoe vraag ik een nieuwe aan bij DigiD?`],
  ["nl", "neg-howto:recovery", `Hoe werkt een herstelsleutel bij BitLocker en waar staat die?`],

  // Polish
  ["pl", "neg-template:placeholder", `Szablon maila: "Twoje hasło tymczasowe to {{haslo}}." Popraw styl.`],
  ["pl", "neg-policy:rules", `Hasło musi mieć co najmniej 12 znaków i cyfrę — przepisz regulamin prościej.`],
  ["pl", "neg-wifi:open", `Sieć "Kawiarnia_Free" w kawiarni nie ma hasła. Czy mogę tam logować się do banku?`],
  ["pl", "neg-booking:reference", `Numer rezerwacji LOT: K3Z7QW — jak wybrać miejsce?`],
  ["pl", "neg-expired:notice", `Kod z SMS-a wygasł, jak wygenerować nowy w aplikacji mObywatel?`],
  ["pl", "neg-product:code", `Kod rabatowy WIOSNA15 — napisz krótki post na Facebooka.`],

  // Japanese
  ["ja", "neg-template:placeholder", `メールのテンプレート：「初期パスワード：＜パスワード＞」をもっと丁寧な文面にして`],
  ["ja", "neg-policy:rules", `パスワードは8文字以上で英字と数字を含めること、という社内規程を書き直して`],
  ["ja", "neg-wifi:open", `カフェのWi-Fi「Cafe_Free_WiFi」はパスワードなしです。ネットバンキングに使っても安全？`],
  ["ja", "neg-booking:reference", `予約番号 ABC123 のホテルをキャンセルしたいのですが、手数料はかかりますか？`],
  ["ja", "neg-expired:notice", `認証コードの有効期限が切れました。再送信するにはどうすればいい？`],
  ["ja", "neg-howto:recovery", `BitLockerの回復キーはどこで確認できますか？`],

  // Chinese
  ["zh", "neg-template:placeholder", `邮件模板："您的初始密码为{{password}}，请首次登录后修改"，帮我润色`],
  ["zh", "neg-policy:rules", `密码规则：至少8位，包含字母和数字，帮我改写得更清楚`],
  ["zh", "neg-wifi:open", `星巴克的WiFi叫"Starbucks"，不需要密码，用它登录网银安全吗？`],
  ["zh", "neg-booking:reference", `订单号 E2024112345 的机票怎么改签？`],
  ["zh", "neg-expired:notice", `验证码已过期，怎么重新获取？`],
  ["zh", "neg-howto:seed", `什么是助记词？为什么是12个单词？`],

  // Korean
  ["ko", "neg-template:placeholder", `메일 템플릿: "임시 비밀번호: {{비밀번호}}" 좀 더 정중하게 바꿔줘`],
  ["ko", "neg-policy:rules", `비밀번호는 8자 이상, 특수문자 포함이라는 규정을 정리해줘`],
  ["ko", "neg-wifi:open", `카페 와이파이 "Starbucks_WiFi"는 비밀번호가 없어. 인터넷뱅킹 해도 돼?`],
  ["ko", "neg-booking:reference", `예약번호 KX7Z2Q 항공권 날짜 변경하는 방법 알려줘`],
  ["ko", "neg-expired:notice", `인증번호 유효시간이 지났어요. 다시 받으려면 어떻게 해요?`],
  ["ko", "neg-howto:seed", `복구 문구가 뭐고 왜 12단어야?`],

  // Arabic
  ["ar", "neg-template:placeholder", `قالب رسالة ترحيب: "كلمة المرور المؤقتة: <كلمة المرور>" اجعلها أكثر لطفاً`],
  ["ar", "neg-policy:rules", `سياسة كلمات المرور: 8 أحرف على الأقل مع رقم ورمز. أعد صياغتها`],
  ["ar", "neg-wifi:open", `شبكة المقهى "Cafe_Free" بدون كلمة مرور، هل هي آمنة؟`],
  ["ar", "neg-booking:reference", `رقم الحجز KZ7Q2M لرحلة طيران الإمارات، كيف أختار المقعد؟`],
  ["ar", "neg-expired:notice", `انتهت صلاحية رمز التحقق، كيف أطلب رمزاً جديداً؟`],
  ["ar", "neg-howto:seed", `ما هي عبارة الاسترداد في المحافظ الرقمية؟ ولماذا 12 كلمة؟`],
];
