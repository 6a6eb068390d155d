/**
 * Development set 32, credential entries: passwords, API keys, PINs, recovery codes, TOTP seeds and connection strings
 * in config files, chat, shell history and tickets, with cues in many languages and adversarial spacing; then hard
 * negatives (placeholders, references, documented example values, policies, hashes, redacted logs). Keys and
 * passwords are random strings made for this set. Written before src/privacy was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const CREDENTIALS: MarkedEntry[] = [
  // --- positives: free text --------------------------------------------------------------------------------------------
  [
    "en",
    "credentials:chat-wifi:free",
    `can you write a cute sign for the guest room with the wifi details? network is HomeBase_5G and the password is ⟦password|A!vckVsPE*IRMf⟧`,
  ],
  [
    "en",
    "credentials:pin-chat:free",
    `Gran asked me to do her shopping. Her debit card PIN is ⟦credentials|4719⟧ — help me write a list so I don't forget anything at the store.`,
  ],
  [
    "en",
    "credentials:recovery-codes:free",
    `Where should I store these? They're my GitHub recovery codes: ⟦credentials|n2hbf-gvm8y sc9yg-fzgjx 2abrj-bq8ak ua3zp-ttnjm⟧`,
  ],
  [
    "en",
    "credentials:totp-seed:free",
    `My authenticator app died. The setup key I wrote down for my Coinbase account was ⟦credentials|VM2AYTN635YW476CTTO4NMGPGINZ3ROE⟧ — how do I re-add it on a new phone?`,
  ],
  [
    "en",
    "credentials:login-share:free",
    `Login for the school portal so you can check Mia's homework: username mia.kowalczyk, pw ⟦password|fTQbmYnpMe?SKl⟧. Summarise what's due this week.`,
  ],
  [
    "de",
    "credentials:chat:free",
    `Schreib mir eine kurze Nachricht an meinen Sohn: Das neue Kennwort für den Familien-Netflix ist ⟦password|iKjENLiePsYVoC⟧, er soll es nicht weitergeben.`,
  ],
  [
    "fr",
    "credentials:chat:free",
    `Rédige un mail à la nouvelle stagiaire : son identifiant est c.marin et son mot de passe provisoire ⟦password|YCA&2uI0Pe0iep⟧, à changer à la première connexion.`,
  ],
  [
    "es",
    "credentials:chat:free",
    `Pásale a mi padre la contraseña del router para que conecte la tele: ⟦password|2ev#D0diyEIIGS⟧. Escríbelo de forma que lo entienda.`,
  ],
  [
    "it",
    "credentials:pin:free",
    `Il codice del cancello di casa di mia zia Rosanna è ⟦credentials|80317#⟧; scrivi un messaggio per il corriere con le istruzioni.`,
  ],
  ["pt", "credentials:chat:free", `Manda pro técnico: a senha do computador da recepção é ⟦password|RkTBiS5AQWbc2K⟧ e o usuário é recepcao01.`],
  [
    "nl",
    "credentials:chat:free",
    `Zet dit netjes in een bericht voor de oppas: het wachtwoord van de wifi is ⟦password|Tulp!Zolder-2026⟧ en de alarmcode is ⟦credentials|5820⟧.`,
  ],
  ["pl", "credentials:chat:free", `Napisz do brata, że hasło do konta bankowego mamy to ⟦password|Kasztan#1987mb⟧ i żeby je zmienił po zalogowaniu.`],
  ["ru", "credentials:chat:free", `Напиши сообщение коллеге: пароль от общего почтового ящика ⟦password|Zakat_Vesna!42⟧, пусть не меняет без согласования.`],
  ["tr", "credentials:chat:free", `Kardeşime yazacağım mesajı düzelt: e-Devlet şifren ⟦password|Gunes.Kapi%77⟧, kimseyle paylaşma.`],
  ["ja", "credentials:chat:free", `新人向けの案内文を作って。共有PCのログインパスワードは ⟦password|Sakura-Kouen#58⟧ です。`],
  ["zh", "credentials:chat:free", `帮我写个便条给保姆：家里路由器密码是 ⟦password|hePing@lu2025⟧，门锁密码 ⟦credentials|730925⟧。`],
  ["ko", "credentials:chat:free", `동생한테 보낼 메시지 다듬어줘: 넷플릭스 비번은 ⟦password|Bada*Haneul83⟧ 이고 프로필은 네 거 따로 만들어.`],
  ["hi", "credentials:chat:free", `पापा को मैसेज लिखो कि नेट बैंकिंग का पासवर्ड ⟦password|Ganga@Ghat1964⟧ है और OTP किसी को न बताएं।`],
  ["ar", "credentials:chat:free", `اكتب رسالة لزميلي: كلمة المرور الجديدة لحساب البريد المشترك هي ⟦password|Nakhla#Riyadh19⟧ ولا تشاركها.`],
  // --- positives: structured -------------------------------------------------------------------------------------------
  [
    "en",
    "credentials:env:structured",
    `Why does my app crash on boot?\n# .env (production)\nGITHUB_TOKEN=⟦api_key|ghp_thIvex8HL7MeMAC0BLovhaelQ8arnL8SqIEW⟧\nOPENAI_API_KEY=⟦api_key|sk-proj-xrzUQDSf0mH6sDNWdJZr0wH9HsWEkOn5xGQ8DHwQynP1FlC9⟧\nPORT=8080`,
  ],
  [
    "en",
    "credentials:aws-credentials:structured",
    `~/.aws/credentials\n[default]\naws_access_key_id = ⟦api_key|AKIAKWWAQLIEJNR363OF⟧\naws_secret_access_key = ⟦api_key|SDATBemu+KoDcJ8bHu+UPxt51/KCA7fE4o+aB7aI⟧\nregion = eu-west-2\nWhy does boto3 say the signature doesn't match?`,
  ],
  [
    "en",
    "credentials:shell-history:structured",
    `Explain what I did here:\n  501  cd ~/deploy\n  502  export STRIPE_KEY=⟦api_key|sk_live_KeV1cl9LcLJ3ED9XqKupqnlO⟧\n  503  mysql -u admin -p⟦password|Qx7!rLm2vWp9⟧ shop_prod\n  504  ./migrate.sh`,
  ],
  [
    "en",
    "credentials:connection-yaml:structured",
    `spring:\n  datasource:\n    url: ⟦connection_string|jdbc:postgresql://db01.internal:5432/billing?user=billing_app&password=Vr4u!9TqzL⟧\nWhy does Hikari time out on startup?`,
  ],
  [
    "en",
    "credentials:slack-token:structured",
    `const slack = new WebClient("⟦api_key|xoxb-815369546205-7191065784940-5qIhYh2VmbIOr2ANpBIqALrJ⟧");\nWhy do I get not_in_channel when posting?`,
  ],
  [
    "de",
    "credentials:ini:structured",
    `[mail]\nserver = smtp.firma-roth.de\nbenutzer = buchhaltung@firma-roth.de\npasswort = ⟦password|Hecke7!Linde⟧\nWarum kommt beim Versand "535 Authentication failed"?`,
  ],
  [
    "fr",
    "credentials:docker-compose:structured",
    `services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_ROOT_PASSWORD: "⟦password|Cerisier!Brume88⟧"\nPourquoi le conteneur redémarre en boucle ?`,
  ],
  [
    "es",
    "credentials:mongo-uri:structured",
    `MONGO_URL=⟦connection_string|mongodb+srv://ventas:Pl4y4!Sol2026@cluster0.xk2ab.mongodb.net/ventas⟧\n¿Por qué Mongoose no conecta desde Vercel?`,
  ],
  [
    "ja",
    "credentials:config:structured",
    `設定ファイルのエラーを見てください。\n[database]\nhost=10.0.3.21\nユーザー名=app_user\nパスワード=⟦password|Momiji!Tera2026⟧`,
  ],
  // --- positives: adversarial ------------------------------------------------------------------------------------------
  [
    "en",
    "credentials:spaced:adversarial",
    `my bank pw spelled out so autocorrect doesnt mess it up: ⟦password|h u m m i n g b i r d 7 7 !⟧ … can u tell me if it's strong enough`,
  ],
  [
    "en",
    "credentials:sendgrid-linebreak:adversarial",
    `the key got wrapped when I copied it from the console:\n⟦api_key|SG.vbZY5Y3RsK06dNthYiHHKF.o7iypvnOQpB43Dutx
Cv8bvPMTGd23s4eHBEAKjvMiQC⟧\nhow do I join it back in bash?`,
  ],
  [
    "de",
    "credentials:mixed-cue:adversarial",
    `PW fürs WLAN im Ferienhaus (Code steht auf dem Zettel): ⟦password|Moewe_Sand_4711⟧ – mach mir daraus ein Info-Kärtchen für die Gäste.`,
  ],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  [
    "en",
    "neg-credentials:aws-example:structured",
    `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nIs this the right file format for the AWS CLI?`,
  ],
  [
    "en",
    "neg-credentials:env-reference:structured",
    `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\nsecrets:\n  db_password:\n    file: ./db_password.txt\nIs this safer than POSTGRES_PASSWORD?`,
  ],
  [
    "en",
    "neg-credentials:placeholder:structured",
    `DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>\nOPENAI_API_KEY=your-api-key-here\nWrite a README section explaining these variables.`,
  ],
  [
    "en",
    "neg-credentials:policy:free",
    `Write a password policy for a small clinic: minimum 12 characters, no reuse of the last 5, MFA for remote access, lock after 10 failed attempts.`,
  ],
  [
    "en",
    "neg-credentials:hash:structured",
    `Is this bcrypt hash format valid? $2b$12$KIXQj3nq1Qk6Xl7Gm3e0/.1Qv5oH1dUeC2Pj9lWnTqS7e4yZ8aZ6K — what does the 12 mean?`,
  ],
  [
    "en",
    "neg-credentials:redacted-log:structured",
    `2026-11-30 10:02:11 WARN auth: login failed user=ops-bot password=******** ip=10.2.0.14\n2026-11-30 10:02:15 INFO auth: login ok user=ops-bot\nWhy would the first attempt fail?`,
  ],
  [
    "en",
    "neg-credentials:totp-rfc:free",
    `RFC 6238's test vectors use the ASCII seed "12345678901234567890". Walk me through computing the TOTP for T = 59 with SHA-1.`,
  ],
  ["en", "neg-credentials:own-question:free", `I keep forgetting my banking PIN. Is it bad to store it in my phone's notes app if the phone has Face ID?`],
  ["de", "neg-credentials:default:free", `Das Standardpasswort der FRITZ!Box steht auf der Unterseite des Geräts. Wie ändere ich es nach der Einrichtung?`],
  [
    "fr",
    "neg-credentials:rule:free",
    `Le mot de passe doit contenir au moins 12 caractères, une majuscule et un chiffre. Traduis ce message d'erreur en anglais et en espagnol.`,
  ],
  [
    "es",
    "neg-credentials:code:structured",
    `password = os.environ["DB_PASSWORD"]\nconn = psycopg2.connect(host=host, user=user, password=password)\n¿Cómo hago que falle con un mensaje claro si la variable no existe?`,
  ],
  ["ja", "neg-credentials:rule:free", `パスワードは8文字以上で、英大文字・小文字・数字を含めてください。この案内文を丁寧な日本語に直して。`],
  ["zh", "neg-credentials:question:free", `银行卡密码忘了怎么办？需要带什么证件去柜台重置？`],
  ["ru", "neg-credentials:question:free", `Какой длины должен быть пароль, чтобы его нельзя было подобрать перебором за разумное время?`],
  ["ko", "neg-credentials:template:structured", `DB_HOST=localhost\nDB_USER=\nDB_PASSWORD=\n.env.example 파일인데 주석을 한국어로 달아줘.`],
  [
    "en",
    "neg-credentials:stripe-test:structured",
    `stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # from the Stripe docs\nWhy does charges.create return a card_declined for 4000000000000002?`,
  ],
];
