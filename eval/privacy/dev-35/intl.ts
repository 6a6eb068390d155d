/**
 * Development set 35, entries in other languages: the same kinds of password and credential negatives (policies,
 * reset notices, templates with placeholders, code, vendor defaults, masked keys, Wi-Fi names, 2FA help) beside
 * positives of the same shapes. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const INTL: MarkedEntry[] = [
  // --- German ----------------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-password:policy:free",
    `Unsere Passwortrichtlinie verlangt 12 Zeichen, Groß- und Kleinbuchstaben und ein Sonderzeichen. Ist das nach BSI-Empfehlung noch zeitgemäß?`,
  ],
  [
    "de",
    "neg-password:reset-email:doc",
    `Betreff: Passwort zurücksetzen\nHallo {{vorname}},\nüber den folgenden Link kannst du ein neues Passwort festlegen: {{link}}\nDer Link ist 30 Minuten gültig.\nBitte formuliere das etwas freundlicher.`,
  ],
  [
    "de",
    "neg-password:env-template:code",
    `# .env.beispiel\nDB_BENUTZER=app\nDB_PASSWORT=<dein-passwort>\nSMTP_PASSWORT=\${SMTP_PASSWORD}\nMuss ich die .env.beispiel ins Repository einchecken?`,
  ],
  [
    "de",
    "neg-password:vendor-default:free",
    `Laut Handbuch ist das Standard-Kennwort der FritzBox auf der Unterseite aufgedruckt. Wo finde ich es bei der 7590, wenn der Aufkleber fehlt?`,
  ],
  [
    "de",
    "neg-password:masked:doc",
    `Benutzer: m.weber\nPasswort: ••••••••\nStatus: gesperrt nach 5 Fehlversuchen\nWie entsperre ich das Konto im Active Directory?`,
  ],
  ["de", "neg-password:wifi-name:free", `Im Zug gibt es „WIFIonICE“ ohne Passwort. Ist das für Online-Banking sicher genug, wenn ich ein VPN nutze?`],
  ["de", "password:own:free", `Mein Passwort für das Firmen-VPN ist ⟦password|Kastanie!Herbst27⟧ – ist das stark genug oder soll ich es ändern?`],
  [
    "de",
    "password:colleague:free",
    `Kannst du mir helfen? Mein Kollege hat mir sein Kennwort ⟦password|Blumenwiese#4411⟧ für das SAP-Konto gegeben, damit ich während seines Urlaubs Bestellungen freigebe. Ist das erlaubt?`,
  ],
  // --- French ----------------------------------------------------------------------------------------------------------
  ["fr", "neg-password:policy:free", `La CNIL recommande quelle longueur minimale pour un mot de passe si on n'a pas de double authentification ?`],
  [
    "fr",
    "neg-password:phishing-awareness:doc",
    `Exemple de courriel frauduleux : « Votre mot de passe expire aujourd'hui, cliquez ici pour le conserver. » Rédige trois conseils pour reconnaître ce type d'hameçonnage.`,
  ],
  [
    "fr",
    "neg-password:config-placeholder:code",
    `DATABASES = {"default": {"USER": "django", "PASSWORD": os.environ["DB_PASSWORD"], "HOST": "db"}}\nPourquoi j'ai KeyError: 'DB_PASSWORD' au démarrage du conteneur ?`,
  ],
  [
    "fr",
    "neg-password:vendor-default:free",
    `Le manuel de la Livebox indique que le mot de passe d'administration par défaut correspond aux 8 premiers caractères de la clé Wi-Fi. C'est toujours vrai pour la Livebox 6 ?`,
  ],
  [
    "fr",
    "neg-password:2fa-backup:doc",
    `Conservez vos codes de secours dans un endroit sûr. Chaque code ne peut être utilisé qu'une seule fois. — Peux-tu simplifier ce texte d'aide ?`,
  ],
  ["fr", "password:own:free", `Mon mot de passe Gmail est ⟦password|Coquelicot_88!vert⟧, je peux le garder ou il faut en changer après la fuite de données ?`],
  [
    "fr",
    "password:compose-live:code",
    `environment:\n  MYSQL_ROOT_PASSWORD: ⟦password|R7q!xLm2Pz9w⟧\n  MYSQL_DATABASE: boutique\nLe conteneur redémarre en boucle, pourquoi ?`,
  ],
  // --- Spanish ---------------------------------------------------------------------------------------------------------
  ["es", "neg-password:policy:free", `¿Es mejor una contraseña larga de cuatro palabras o una corta con símbolos? Mi banco exige 8 caracteres como mínimo.`],
  [
    "es",
    "neg-password:reset-email:doc",
    `Hola {{nombre}}:\nHemos recibido una solicitud para restablecer tu contraseña. Si no fuiste tú, ignora este mensaje.\nNunca te pediremos tu contraseña por correo.\n¿Puedes hacerlo más corto?`,
  ],
  [
    "es",
    "neg-password:blocklist:code",
    `CONTRASENAS_COMUNES = ["123456", "contraseña", "qwerty", "111111"]\nif clave in CONTRASENAS_COMUNES:\n    raise ValueError("contraseña demasiado común")\n¿Cómo lo hago sin distinguir mayúsculas?`,
  ],
  [
    "es",
    "neg-password:vendor-default:free",
    `En el manual del router de Movistar pone usuario 1234 y contraseña 1234 para entrar a la configuración. ¿Sigue funcionando o lo cambiaron?`,
  ],
  ["es", "neg-password:masked:free", `Me llegó un SMS: "Su clave ****91 ha sido bloqueada". ¿Es una estafa? No he dado ningún dato.`],
  ["es", "password:own:free", `Mi contraseña del correo del trabajo es ⟦password|Girasol.2025!mx⟧. ¿La puedo usar también para la app del banco?`],
  [
    "es",
    "password:brother:free",
    `Mi hermano me pasó su contraseña de Steam, ⟦password|LobO_gris_7731⟧, para que le compre un juego. ¿Me pueden banear la cuenta por entrar desde otro país?`,
  ],
  // --- Italian ---------------------------------------------------------------------------------------------------------
  ["it", "neg-password:policy:free", `Quanto spesso bisogna cambiare la password della PEC secondo le linee guida AgID?`],
  ["it", "neg-password:env-template:code", `DB_UTENTE=admin\nDB_PASSWORD=cambiami\nPerché il container di MariaDB ignora la variabile DB_PASSWORD?`],
  [
    "it",
    "neg-password:spid-help:doc",
    `Se hai dimenticato la password SPID, puoi recuperarla dal sito del tuo gestore di identità. Non comunicare mai la password a nessuno. — Rendi questo testo più chiaro per gli anziani.`,
  ],
  ["it", "neg-password:wifi-name:free", `Al bar la rete si chiama "Bar_Sport_Free" e chiede di accettare le condizioni. È normale che non ci sia password?`],
  ["it", "password:own:free", `La mia password di Fineco è ⟦password|Tramonto#Roma19⟧, va bene o è troppo prevedibile?`],
  ["it", "password:env-live:code", `DB_UTENTE=gestionale\nDB_PASSWORD=⟦password|Vq8!nPz3Lr6x⟧\nMariaDB dice access denied, ma l'utente esiste.`],
  // --- Portuguese ------------------------------------------------------------------------------------------------------
  ["pt", "neg-password:policy:free", `Qual é o tamanho mínimo de senha recomendado hoje? O sistema da empresa aceita só 6 dígitos numéricos.`],
  ["pt", "neg-password:phishing-awareness:free", `Recebi um e-mail do "Banco" pedindo para confirmar minha senha por um link. Como denuncio isso sem clicar?`],
  ["pt", "neg-password:config-placeholder:code", `spring.datasource.password=\${SENHA_BANCO}\nComo passo a SENHA_BANCO no Docker sem deixar no Dockerfile?`],
  ["pt", "neg-password:2fa-backup:free", `Ativei a verificação em duas etapas no Gov.br. Onde ficam os códigos de backup e preciso imprimir?`],
  ["pt", "password:own:free", `Minha senha do Nubank é ⟦password|Caju#2026verde⟧. Posso usar a mesma no e-mail?`],
  ["pt", "password:wifi-shared:free", `A senha do Wi-Fi aqui de casa é ⟦password|sabia_laranja_551⟧. Faz um cartãozinho para deixar no quarto de hóspedes?`],
  // --- Dutch -----------------------------------------------------------------------------------------------------------
  ["nl", "neg-password:policy:free", `Is een wachtwoordzin van vier woorden veiliger dan een wachtwoord van 10 tekens met cijfers en tekens?`],
  [
    "nl",
    "neg-password:reset-email:doc",
    `Beste {{naam}},\nJe hebt gevraagd om je wachtwoord opnieuw in te stellen. Klik op de link hieronder. Heb je dit niet aangevraagd? Negeer dan deze e-mail.\nKun je dit korter maken?`,
  ],
  [
    "nl",
    "neg-password:vendor-default:free",
    `Volgens de handleiding van de Ziggo-modem is het standaard wachtwoord te vinden op de sticker. Is het veilig om die te laten staan?`,
  ],
  ["nl", "password:own:free", `Mijn DigiD-wachtwoord is ⟦password|Tulp!Amstel2291⟧, is dat sterk genoeg?`],
  ["nl", "password:colleague:free", `Mijn collega Joris heeft zijn wachtwoord ⟦password|Fietsbel#883x⟧ in de teamchat gezet. Moet ik dat melden bij IT?`],
  // --- Polish ----------------------------------------------------------------------------------------------------------
  ["pl", "neg-password:policy:free", `Czy hasło z trzech losowych słów jest bezpieczniejsze niż krótkie hasło ze znakami specjalnymi?`],
  ["pl", "neg-password:env-template:code", `POSTGRES_USER=app\nPOSTGRES_PASSWORD=twoje_haslo_tutaj\nDlaczego kontener nie startuje, gdy zmienna jest pusta?`],
  [
    "pl",
    "neg-password:phishing-awareness:free",
    `Dostałem SMS: „Twoje hasło do banku wygasło, zaloguj się tutaj”. To na pewno oszustwo, prawda? Nic nie kliknąłem.`,
  ],
  ["pl", "password:own:free", `Moje hasło do poczty to ⟦password|Wisla!Krakow2026⟧. Czy mogę użyć go też do ePUAP?`],
  [
    "pl",
    "password:env-live:code",
    `POSTGRES_USER=faktury\nPOSTGRES_PASSWORD=⟦password|Jq4#tXm9Wp2z⟧\nDlaczego aplikacja dostaje "password authentication failed"?`,
  ],
  // --- Russian ---------------------------------------------------------------------------------------------------------
  ["ru", "neg-password:policy:free", `Какой минимальной длины должен быть пароль по рекомендациям ФСТЭК, если нет двухфакторной аутентификации?`],
  [
    "ru",
    "neg-password:config-placeholder:code",
    `DATABASE_URL=postgres://user:\${DB_PASSWORD}@db:5432/app\nПочему переменная DB_PASSWORD не подставляется в docker-compose?`,
  ],
  [
    "ru",
    "neg-password:vendor-default:free",
    `В инструкции к роутеру Keenetic написано, что пароль по умолчанию указан на наклейке. Где эта наклейка у модели Giga?`,
  ],
  ["ru", "password:own:free", `Мой пароль от Госуслуг ⟦password|Berezka_1987!msk⟧ — его можно оставить или он слабый?`],
  ["ru", "password:colleague:free", `Коллега Дмитрий оставил пароль от 1С на стикере: ⟦password|Zima#2026dv⟧. Стоит ли сообщить об этом безопасникам?`],
  // --- Turkish ---------------------------------------------------------------------------------------------------------
  ["tr", "neg-password:policy:free", `e-Devlet şifresi en az kaç karakter olmalı ve ne sıklıkla değiştirilmeli?`],
  [
    "tr",
    "neg-password:reset-email:doc",
    `Merhaba {{ad}},\nŞifrenizi sıfırlamak için aşağıdaki bağlantıya tıklayın. Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın.\nBunu daha kısa yazar mısın?`,
  ],
  ["tr", "neg-password:wifi-name:free", `Havalimanında "IGA-Free-WiFi" ağına bağlanınca SMS ile kod geliyor. Bu ağda banka uygulaması kullanmak güvenli mi?`],
  ["tr", "password:own:free", `Instagram şifrem ⟦password|Papatya_4455!ist⟧, hesabım çalınmış olabilir mi, nasıl kontrol ederim?`],
  // --- Japanese --------------------------------------------------------------------------------------------------------
  ["ja", "neg-password:policy:free", `社内のパスワードポリシーで「90日ごとに変更」となっていますが、今でも定期変更は推奨されていますか？`],
  [
    "ja",
    "neg-password:reset-email:doc",
    `件名：パスワード再設定のご案内\n{{氏名}} 様\n以下のリンクから新しいパスワードを設定してください。有効期限は30分です。\nこのメールをもっと丁寧な表現にしてください。`,
  ],
  ["ja", "neg-password:config-placeholder:code", `DB_PASSWORD=<パスワードを入力>\nDB_USER=app\nこの .env.sample をそのまま Git に入れても大丈夫ですか？`],
  ["ja", "neg-password:wifi-name:free", `カフェのWi-Fi「Cafe_Free_5G」はパスワードなしで繋がります。仕事のメールを見ても大丈夫でしょうか？`],
  ["ja", "password:own:free", `楽天のパスワードを ⟦password|Sakura!2026tk⟧ にしましたが、これは安全ですか？`],
  [
    "ja",
    "password:colleague:free",
    `同僚の佐藤さんから共有フォルダのパスワード「⟦password|Kx7#mPq2Lw⟧」を教えてもらいました。チャットに貼っても問題ないですか？`,
  ],
  // --- Chinese ---------------------------------------------------------------------------------------------------------
  ["zh", "neg-password:policy:free", `公司要求密码至少12位，包含大小写字母、数字和特殊字符。这样的密码策略还合理吗？`],
  ["zh", "neg-password:phishing-awareness:doc", `示例诈骗短信：“您的银行卡密码即将过期，请点击链接重新验证。”请写三条识别这类钓鱼短信的提示。`],
  [
    "zh",
    "neg-password:config-placeholder:code",
    `spring.datasource.password=\${MYSQL_PASSWORD}\n启动时报错 Could not resolve placeholder 'MYSQL_PASSWORD'，怎么解决？`,
  ],
  ["zh", "neg-password:vendor-default:free", `小米路由器说明书上写的默认管理密码在哪里？我恢复出厂设置后进不去后台了。`],
  ["zh", "password:own:free", `我的微信支付密码是⟦password|582917⟧，刚才好像被人看到了，要怎么改？`],
  ["zh", "password:env-live:code", `MYSQL_ROOT_PASSWORD=⟦password|Hq9!zLw4Tn7p⟧\nMYSQL_DATABASE=shop\n为什么容器一直重启？`],
  // --- Korean ----------------------------------------------------------------------------------------------------------
  ["ko", "neg-password:policy:free", `비밀번호를 3개월마다 바꾸라는 회사 정책이 아직도 권장되는 방식인가요?`],
  [
    "ko",
    "neg-password:2fa-backup:doc",
    `휴대폰을 분실한 경우 2단계 인증 설정 시 저장한 백업 코드로 로그인할 수 있습니다. 각 코드는 한 번만 사용할 수 있습니다. — 이 안내문을 더 쉽게 바꿔 주세요.`,
  ],
  ["ko", "neg-password:vendor-default:free", `ipTIME 공유기 설명서에는 초기 관리자 계정이 admin/admin이라고 되어 있는데, 최신 펌웨어에서도 그런가요?`],
  ["ko", "password:own:free", `제 네이버 비밀번호가 ⟦password|Hangang!7788kr⟧ 인데 해외 로그인 알림이 왔어요. 어떻게 해야 하나요?`],
  // --- Hindi and Hinglish ----------------------------------------------------------------------------------------------
  ["hi", "neg-password:policy:free", `बैंक कहता है कि पासवर्ड में कम से कम 8 अक्षर, एक अंक और एक विशेष चिह्न होना चाहिए। क्या यह पर्याप्त है?`],
  [
    "hi",
    "neg-password:phishing-awareness:free",
    `Mujhe SMS aaya "aapka net banking password expire ho gaya, is link pe update karo". Ye fraud hai na? Maine kuch click nahi kiya.`,
  ],
  ["hi", "neg-password:env-template:code", `DB_PASSWORD=apna_password_yahan_daalo\nYe .env.example file GitHub pe daal sakte hain kya?`],
  ["hi", "password:own:free", `Mera Paytm ka password ⟦password|Chai@Masala2026⟧ hai, kya ye strong hai ya change karun?`],
  ["hi", "password:brother:free", `भाई ने अपना नेटफ्लिक्स पासवर्ड ⟦password|Mumbai#Rains77⟧ भेजा है, क्या इसे दूसरे फ़ोन पर इस्तेमाल करने से अकाउंट बंद हो सकता है?`],
  // --- Arabic ----------------------------------------------------------------------------------------------------------
  ["ar", "neg-password:policy:free", `ما هو الطول الموصى به لكلمة المرور اليوم؟ وهل يجب تغييرها كل ثلاثة أشهر؟`],
  [
    "ar",
    "neg-password:reset-email:doc",
    `مرحباً {{الاسم}}،\nتلقينا طلباً لإعادة تعيين كلمة المرور الخاصة بك. إذا لم تطلب ذلك فتجاهل هذه الرسالة.\nاجعل هذه الرسالة أقصر من فضلك.`,
  ],
  ["ar", "password:own:free", `كلمة المرور لحسابي في البنك هي ⟦password|Nakhla#2026dxb⟧، هل هي قوية بما يكفي؟`],
];
