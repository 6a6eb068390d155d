/**
 * dev-49 sensitive entries: secrets told in conversation, not pasted — door, gate, alarm and safe codes, phone, card
 * and voicemail PINs, security answers, forwarded one-time codes, recovery codes, 2FA seeds, Wi-Fi keys said in prose,
 * app-specific passwords, shared-account logins, passwords described by their owner, spelled out or split over lines
 * (see README.md). `kind` is `<medium>:<what>`; every secret is labelled `password`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const CODES: MarkedEntry[] = [
  [
    "en",
    "code:door",
    `Hi Sam, we'll be out when you arrive. The code for the side door is ⟦password|4821⟧#, and the spare key to the flat is in the blue pot by the bins. Mia`,
  ],
  [
    "de",
    "code:safe",
    `Falls mir was passiert: der Tresor hinter dem Bild im Arbeitszimmer geht mit ⟦password|17-34-09⟧ auf, erst nach rechts drehen. Darin liegen die Policen und Omas Schmuck. – Papa`,
  ],
  ["fr", "code:door", `Pour la livraison de jeudi : le digicode de l'immeuble c'est ⟦password|B4172⟧, puis interphone « Lefèvre », 3e étage gauche.`],
  [
    "es",
    "code:alarm",
    `Mañana viene la señora Pilar a regar las plantas; la alarma se desactiva con ⟦password|2609⟧ en los 30 segundos después de abrir. No se lo digas a nadie más.`,
  ],
  ["it", "code:phone", `Se il telefono del nonno si blocca, lo sblocchi con ⟦password|130547⟧, è la data del suo matrimonio.`],
  ["pt", "code:card", `Filho, o PIN do meu cartão do Millennium é ⟦password|7390⟧, levanta 200 euros para a renda e depois apaga esta mensagem.`],
  ["nl", "code:voicemail", `Voicemail afluisteren: bel 1233, dan mijn pincode ⟦password|5518⟧. Kun jij even horen of de garage heeft teruggebeld? Groet, Henk`],
  ["pl", "code:door", `Kod do furtki to ⟦password|0917⟧, a do klatki ⟦password|2208⟧ i klucz. Paczkę zostaw pod drzwiami, mieszkanie 14. — Ola`],
  ["ru", "code:safe", `Сейф в шкафу в спальне, комбинация ⟦password|28-11-63⟧. Там документы на квартиру. Никому не говори, Лена.`],
  ["tr", "code:card", `Anne, kartının şifresi ⟦password|4406⟧ değil mi? Bankamatik kabul etmedi, üç kez yanlış girersem bloke olur.`],
  [
    "ja",
    "code:door",
    `明日の内見ですが、オートロックの暗証番号は⟦password|3871⟧です。部屋は402号室、鍵はポストの中（ダイヤル⟦password|0520⟧）に入れてあります。`,
  ],
  ["ko", "code:door", `우리 집 현관 비번 ⟦password|71439⟧ 누르고 별표야. 택배 오면 안에 좀 넣어줘.`],
  ["zh", "code:phone", `我手机锁屏是⟦password|621904⟧，你帮我看一下银行刚发来的短信。`],
  ["sv", "code:door", `Portkoden är ⟦password|6142⟧ och tvättstugan öppnas med brickan i hallen. Välkommen till lägenheten, Ingrid!`],
  [
    "en",
    "code:alarm",
    `Mum's alarm: you punch in ⟦password|0912⟧ then OFF, the panel is behind the coat rack. She's away until Friday, could you look in on the house?`,
  ],
  [
    "en",
    "code:voicemail",
    `Can you check my voicemail while I'm in Lisbon? Dial my own number, press star, the PIN is ⟦password|90417⟧. I'm waiting for the landlord to call back.`,
  ],
  ["de", "code:card", `Schatz, die Geheimzahl der Sparkassenkarte ist ⟦password|3194⟧, heb bitte 300 € ab, ich komme hier nicht weg.`],
  ["fr", "code:phone", `Le code de mon iPad c'est ⟦password|250711⟧ (la date de naissance de Léo), tu peux récupérer les photos du mariage ?`],
  ["es", "code:safe", `La caja fuerte del hotel la programé con ⟦password|8062⟧ antes de irnos a la playa, por si vuelves tú primero.`],
  ["ar", "code:door", `رمز باب العمارة ⟦password|5930⟧ والشقة في الطابق الثالث، والمفتاح تحت السجادة.`],
  ["cs", "code:door", `Kód od brány je ⟦password|4471⟧, garáž otevřeš ovladačem v šuplíku. Díky, že pohlídáš kočku!`],
  [
    "en",
    "code:safe",
    `Grandpa's gun safe in the basement opens with ⟦password|36-12-58⟧, left twice, then right. Uncle Rob wants the deeds out of it before the sale.`,
  ],
];

const QUESTIONS: MarkedEntry[] = [
  [
    "en",
    "question:answer",
    `Dad, I'm on the phone with the bank for you. They want your mother's maiden name — the answer you set up is ⟦password|Kowalczyk⟧, right? And the memorable word is ⟦password|marmalade⟧.`,
  ],
  [
    "de",
    "question:answer",
    `Sicherheitsfrage beim Online-Banking: „Name Ihres ersten Haustiers“ — ich hab damals ⟦password|Flocke2004⟧ eingetragen, falls du für mich anrufen musst.`,
  ],
  [
    "fr",
    "question:answer",
    `Pour le compte Ameli de maman, la question secrète c'est la ville de naissance de son père, et elle a mis ⟦password|Pontivy⟧ comme réponse.`,
  ],
  ["es", "question:answer", `La pregunta de seguridad de mi cuenta de Movistar es el nombre de mi primer colegio: puse ⟦password|SanAgustin77⟧.`],
  ["pl", "question:answer", `Bank pyta przez telefon o słowo-klucz. Moje to ⟦password|jarzębina⟧, możesz zadzwonić w moim imieniu i zablokować kartę.`],
  ["ja", "question:answer", `秘密の質問「初めて飼ったペットの名前」の答えは⟦password|もちまる⟧にしてあるから、ログインできなかったらそれで再設定して。`],
  ["it", "question:answer", `Domanda di sicurezza di PosteID: "nome della tua prima maestra", la risposta che ho messo è ⟦password|Carmela Rizzo⟧.`],
  [
    "nl",
    "question:answer",
    `Bij de app van de bank vroegen ze een geheime vraag; voor oma heb ik "favoriete bloem" gekozen, antwoord ⟦password|klaproos1951⟧.`,
  ],
  [
    "en",
    "question:passcode",
    `Barclays phone banking for Gran: her passcode is ⟦password|261048⟧ and the memorable answer is ⟦password|Tenby⟧. She's asked me to sort out her standing orders.`,
  ],
  ["ko", "question:answer", `엄마 카카오 계정 질문 답이 '⟦password|해바라기반⟧'이야. 비밀번호를 잊어버렸대.`],
  ["ru", "question:answer", `Кодовое слово в Сбере у отца — ⟦password|Барсик⟧, позвони в поддержку и назови его, если спросят.`],
  ["pt", "question:answer", `Pergunta de segurança do Nubank da minha mãe: nome do primeiro cachorro — ⟦password|Pipoca⟧.`],
  ["tr", "question:answer", `Bankanın güvenlik sorusu "ilk öğretmeninizin adı", ben cevap olarak ⟦password|Nermin Hoca⟧ yazdım, telefonda sorarlarsa söyle.`],
];

const ONE_TIME: MarkedEntry[] = [
  ["en", "otp:forwarded", `the code they texted is ⟦password|448 201⟧, quick, type it in before it expires — I'm logged in on your laptop`],
  ["de", "otp:forwarded", `Der Bestätigungscode von der Bank ist gerade gekommen: ⟦password|739104⟧. Gib ihn bitte ein, ich stehe am Schalter.`],
  ["fr", "otp:forwarded", `Voilà le code reçu par SMS pour valider le virement de Mamie : ⟦password|52 18 93⟧. Il expire dans 5 minutes.`],
  ["pl", "otp:forwarded", `Kod z SMS-a do logowania do banku taty: ⟦password|61 74 08⟧, wpisz szybko.`],
  ["tr", "otp:forwarded", `e-Devlet'ten gelen doğrulama kodu ⟦password|905 318⟧, annemin hesabına giriş yapacağım.`],
  ["zh", "otp:forwarded", `刚收到的验证码是⟦password|386027⟧，你帮我在12306上填一下，我在开车。`],
  ["ko", "otp:forwarded", `인증번호 ⟦password|572904⟧ 라고 문자 왔어. 엄마 대신 입력해줘.`],
  ["it", "otp:forwarded", `Mi è arrivato il codice OTP della banca per la carta di papà: ⟦password|21 47 65⟧, mettilo tu sul sito che io sono in macchina.`],
  [
    "es",
    "otp:recovery",
    `Guárdame estos códigos de respaldo de mi cuenta de Google por si pierdo el móvil: ⟦password|8413 2290⟧, ⟦password|5067 1184⟧, ⟦password|9920 3371⟧.`,
  ],
  ["en", "otp:recovery", `My GitHub recovery codes, put them in our shared notes please: ⟦password|a3f9e-1c7b2⟧ ⟦password|77d0a-e4b19⟧ ⟦password|c2b81-0f6ad⟧`],
  ["ja", "otp:recovery", `Apple IDの復旧キー、メモしておいて：⟦password|7QKD-X2MN-4RPF-9HJW-C6TB-LZ3E-8VAS⟧`],
  ["sv", "otp:recovery", `Reservkoderna till mitt Microsoft-konto, spara dem åt mig: ⟦password|R4TM9KQX2WPL⟧ och ⟦password|H7CN3ZVD6YEJ⟧.`],
  [
    "en",
    "otp:seed",
    `Here's the authenticator secret for the shop's admin account so you can add it to your phone too: ⟦password|KQ7M ZP3X H2LV R6TN W4DY B5SF⟧`,
  ],
  ["de", "otp:seed", `Der Einrichtungsschlüssel für die Authenticator-App (falls du das Handy neu aufsetzt): ⟦password|MZXW 6YTB OI4D SNLE⟧ – Konto von Jörg.`],
  ["en", "otp:apppw", `Thunderbird keeps asking for it — here's the app password Google gave me: ⟦password|qvxm tlrb hzwc kpad⟧`],
  [
    "de",
    "otp:apppw",
    `Für den Kalender-Sync auf Papas Mac: app-spezifisches Kennwort von Apple ⟦password|wkrz-hmqe-tnvo-jlbd⟧, Apple-ID ⟦email|dieter.kramm@icloud.com⟧.`,
  ],
  ["fr", "otp:apppw", `Le mot de passe d'application pour Outlook sur le PC de la boutique : ⟦password|fhqn-ptzw-ruyk-mseb⟧.`],
];

const WIFI: MarkedEntry[] = [
  ["en", "wifi:key", `Welcome to the cottage! The Wi-Fi is BT-Hub-7F2A and the key is on the router, but it's ⟦password|gQ7mXe4RtbLk⟧ if you can't find it.`],
  ["de", "wifi:key", `Das WLAN heißt FRITZ!Box 7590 KM, Schlüssel ⟦password|49218834017655230981⟧ — steht auch unten auf der Box, falls du dich vertippst.`],
  ["fr", "wifi:key", `Pour le wifi de la maison, le réseau c'est Livebox-8C3E et la clé ⟦password|tournesol-du-jardin-42⟧, tout attaché.`],
  ["es", "wifi:key", `La clave del wifi del piso de Valencia es ⟦password|PaellaDomingo2019⟧, la red se llama MOVISTAR_4A1F.`],
  ["it", "wifi:key", `La chiave del wifi di casa è ⟦password|gattonero_via_roma⟧, la rete è quella che finisce con 5G.`],
  ["nl", "wifi:key", `Wifi voor de oppas: netwerk Ziggo-56213, code ⟦password|Zomer#Texel88⟧.`],
  ["pt", "wifi:key", `Senha do wifi da casa de praia: ⟦password|marezia2020⟧ (tudo minúsculo).`],
  ["ru", "wifi:key", `Пароль от вайфая на даче: ⟦password|podsolnuh1977⟧, сеть Keenetic-3391.`],
  ["ja", "wifi:key", `実家のWi-Fiのパスワードは⟦password|kanazawa0317⟧、ネットワーク名はaterm-5f21a7-gだよ。`],
  ["tr", "wifi:key", `Misafir ağı değil, ana ağın şifresi ⟦password|Kadıköy2018!⟧, kimseye verme.`],
  ["ko", "wifi:key", `와이파이 비밀번호 ⟦password|gangnam0811⟧ 이에요. 이름은 iptime5G.`],
  ["pl", "wifi:key", `Wi-Fi u nas: sieć UPC4471902, klucz ⟦password|Mazury_Lato_2016⟧ — wielkie litery jak w nazwie.`],
];

const LOGINS: MarkedEntry[] = [
  [
    "en",
    "login:shared",
    `Netflix: ⟦email|anna.kowal88@gmail.com⟧ / ⟦password|Sunflower88⟧ — use the "Guest" profile please, don't mess up my recommendations 😄`,
  ],
  ["de", "login:shared", `Unser Disney+-Zugang für die Kinder: ⟦email|familie.brandt@gmx.de⟧, Kennwort ⟦password|Mausi2011!⟧.`],
  [
    "fr",
    "login:shared",
    `Les identifiants Canal+ de Théo : ⟦email|theo.garnier@orange.fr⟧ et mot de passe ⟦password|Biarritz64⟧. Il est d'accord pour qu'on l'utilise ce week-end.`,
  ],
  ["es", "login:shared", `Cuenta de Spotify familiar: usuario ⟦email|jorge.paredes.lm@hotmail.com⟧, contraseña ⟦password|Caracol_2015⟧.`],
  ["pl", "login:shared", `Do Allegro taty: login ⟦email|k.nowicki1958@wp.pl⟧, hasło ⟦password|Zosia1982⟧ — zamów mu tę kosiarkę, o której mówił.`],
  ["pt", "login:shared", `O login da Globoplay da tia Rosa é ⟦email|rosa.mendes@uol.com.br⟧ e a senha ⟦password|novela123rosa⟧.`],
  ["zh", "login:shared", `爱奇艺会员账号：⟦phone|13816720945⟧，密码⟦password|qiyi@2022wang⟧，周末可以用。`],
  ["ko", "login:shared", `넷플릭스 계정 ⟦email|jiwoo.han92@naver.com⟧ / 비밀번호 ⟦password|hangang!1004⟧, 프로필은 '손님' 써.`],
  ["it", "login:shared", `Le credenziali di DAZN di Luca: ⟦email|luca.ferri.87@libero.it⟧, pw ⟦password|Juve1897forever⟧ — se cambia qualcosa dimmelo.`],
  ["ar", "login:shared", `حساب شاهد: ⟦email|omar.haddad91@gmail.com⟧ وكلمة السر ⟦password|Yasmin2010⟧`],
  [
    "en",
    "login:shared",
    `The Wi-Fi printer portal at the club is under Coach Dave's account — user ⟦email|dave.mcintyre@btinternet.com⟧, and he uses ⟦password|Tigers4eva!⟧ for everything.`,
  ],
  ["ru", "login:shared", `Госуслуги мамы: логин ⟦phone|+7 916 482-31-07⟧, пароль ⟦password|Lilia_1958⟧. Запиши её к врачу на вторник.`],
];

const DESCRIBED: MarkedEntry[] = [
  ["en", "described:password", `If I'm ever not around, my laptop password is my dog's name plus the year we got married — ⟦password|Bruno1987⟧, capital B.`],
  ["de", "described:password", `Das Kennwort für Omas Laptop ist der Name ihrer Katze mit ihrem Geburtsjahr, also ⟦password|Minka1941⟧.`],
  ["fr", "described:password", `Le mot de passe de l'ordi de Papa, c'est le nom du bateau et notre numéro de rue : ⟦password|Korrigan17⟧.`],
  ["es", "described:password", `Mi contraseña del correo es el nombre de mi pueblo al revés más mi número de la suerte: ⟦password|soleroM13⟧.`],
  ["nl", "described:password", `Het wachtwoord van de gedeelde iCloud is de naam van onze eerste auto met een uitroepteken: ⟦password|Kever1973!⟧.`],
  ["ru", "described:password", `Пароль от ноутбука — кличка собаки латиницей и год рождения Маши: ⟦password|Tuzik2009⟧.`],
  ["tr", "described:password", `Bilgisayarın şifresi kızımın adı ve doğum yılı: ⟦password|Elif2012⟧.`],
  ["zh", "described:password", `我的电脑开机密码是我女儿小名加生日：⟦password|tangtang0615⟧。`],
  ["ja", "described:password", `パソコンのパスワードは犬の名前と結婚記念日だよ、⟦password|kotaro1108⟧。`],
  ["pl", "described:password", `Hasło do wspólnego konta to imię babci i numer domu: ⟦password|Halina23⟧.`],
  ["ko", "described:password", `내 노트북 비밀번호는 우리 강아지 이름에 생일 붙인 거야: ⟦password|choco0312⟧.`],
  [
    "en",
    "described:password",
    `Tell Priya the router admin login is the same as the old one but with the new house number on the end: ⟦password|Bluebell!42⟧.`,
  ],
  ["it", "described:password", `La parola d'ordine del computer dello studio è il cognome della nonna e l'anno della laurea: ⟦password|Esposito1994⟧.`],
  ["sv", "described:password", `Lösenordet till Pappas dator är hundens namn och hans födelseår: ⟦password|Sixten1956⟧.`],
  ["cs", "described:password", `Heslo k maminčinu notebooku je jméno naší chalupy a rok: ⟦password|Podlesi2003⟧.`],
];

const SPELLED: MarkedEntry[] = [
  [
    "en",
    "spelled:password",
    `I'll spell it because autocorrect keeps changing it: ⟦password|T-r-zero-m-b-o-n-e-5-5⟧, capital T — that's the Zoom host login for the choir.`,
  ],
  [
    "en",
    "spelled:split",
    `sending it in bits so it's not in one message\nfirst half: ⟦password|Qw7#Lp⟧\nsecond half: ⟦password|2vRk!9⟧\nit's the admin login for Mum's router`,
  ],
  ["de", "spelled:password", `Kennwort für den Router, buchstabiert: ⟦password|K-a-t-z-e-n-k-l-o-7-7⟧, alles klein außer dem K.`],
  [
    "fr",
    "spelled:code",
    `Le code de la porte de chez Mamie, je te l'écris en lettres pour pas que tu l'oublies : ⟦password|quatre-sept-deux-neuf⟧, puis la touche clé.`,
  ],
  ["es", "spelled:split", `La clave del router de la oficina, en dos partes para que no se vea entera:\n⟦password|Ofi-84⟧\n⟦password|Madrid-Q⟧`],
  ["en", "spelled:split", `voicemail pin is the last four of my old number, one per line so you can read it out\n⟦password|6\n2\n0\n4⟧`],
  ["it", "spelled:code", `Il PIN del bancomat della mamma, te lo scrivo in lettere: ⟦password|cinque otto zero tre⟧.`],
  [
    "ru",
    "spelled:password",
    `Пароль от маминой почты продиктую по частям: ⟦password|Marina⟧, потом подчёркивание, потом ⟦password|1962⟧ — всё вместе, без пробелов.`,
  ],
  ["nl", "spelled:password", `Het wachtwoord van de praktijkcomputer, letter voor letter: ⟦password|H-o-n-d-j-e-3-1-!⟧ — hoofdletter H.`],
  ["pt", "spelled:code", `O código do portão é ⟦password|dois, nove, um, um⟧ e depois a tecla verde.`],
];

export const TOLD: MarkedEntry[] = [...CODES, ...QUESTIONS, ...ONE_TIME, ...WIFI, ...LOGINS, ...DESCRIBED, ...SPELLED];
