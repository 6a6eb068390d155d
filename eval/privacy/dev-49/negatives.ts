/**
 * dev-49 hard negatives of the same shapes: password policy texts, "change your password" UI copy, documented or
 * famous example passwords, postal codes and order numbers, verification-code SMS templates, PIN length rules,
 * combination-lock and safe manuals with factory codes, placeholders, questions about security questions, one-time
 * codes, Wi-Fi keys and account sharing without a value, fiction (see README.md). `kind` is `neg-<medium>:<what>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const POLICY_AND_UI: MarkedEntry[] = [
  [
    "en",
    "neg-policy:text",
    `New rule for staff: the side-entrance door code changes every month and must never be written on the whiteboard. Can you draft the notice?`,
  ],
  ["en", "neg-policy:ui", `UI copy review: "Change your password", "Your password was changed on {date}", "Forgot your PIN?" — which sounds friendliest?`],
  ["de", "neg-policy:ui", `Bitte übersetzen: „Kennwort ändern“, „Ihr Kennwort muss mindestens 8 Zeichen lang sein“, „Kennwort vergessen?“`],
  [
    "fr",
    "neg-policy:text",
    `Règle : le mot de passe doit contenir au moins 12 caractères, dont une majuscule, un chiffre et un caractère spécial. C'est conforme aux recommandations de la CNIL ?`,
  ],
  ["es", "neg-policy:ui", `Traduce al inglés para la app: «Introduce la contraseña», «La contraseña no coincide», «Has superado el número de intentos».`],
  ["pl", "neg-policy:ui", `Przetłumacz: „Hasło musi mieć co najmniej 8 znaków”, „Nie pamiętasz hasła?”, „Zmień hasło”.`],
  ["ru", "neg-policy:text", `Требования к паролю в нашей системе: не менее 10 символов, без пробелов, смена каждые 90 дней. Это слишком строго?`],
  ["ja", "neg-policy:ui", `このボタンの文言を考えて：「パスワードを変更」「パスワードをお忘れですか？」「暗証番号は4桁の数字です」`],
  ["ko", "neg-policy:ui", `앱 문구 번역해줘: '비밀번호를 입력하세요', '비밀번호가 일치하지 않습니다', '비밀번호 변경'.`],
  ["zh", "neg-policy:ui", `帮我润色一下提示文案：“密码长度为8-20位，需包含字母和数字”“忘记密码？”`],
  ["tr", "neg-policy:ui", `Uygulama metni: 'Şifreniz en az 8 karakter olmalıdır', 'Şifremi unuttum' — İngilizceye çevir.`],
  ["nl", "neg-policy:ui", `Vertaal naar het Engels: 'Wachtwoord wijzigen', 'Je wachtwoord is verlopen', 'Voer je pincode in'.`],
  ["ar", "neg-policy:ui", `ترجم إلى الإنجليزية: «أدخل كلمة المرور»، «نسيت كلمة السر؟»، «تغيير الرمز السري».`],
  ["cs", "neg-policy:ui", `Přelož: „Zadejte PIN“, „Heslo musí mít alespoň 8 znaků“, „Zapomenuté heslo“.`],
  ["sv", "neg-policy:ui", `Översätt till engelska: ”Ange din pinkod”, ”Fel lösenord, försök igen”, ”Byt lösenord”.`],
  ["it", "neg-policy:text", `Scrivi una circolare: le password del gestionale scadono ogni 60 giorni e non si possono riusare le ultime cinque.`],
];

const EXAMPLES: MarkedEntry[] = [
  ["en", "neg-example:famous", `Why is "hunter2" a meme? Someone in the chat said it's the classic joke about passwords showing up as stars.`],
  ["en", "neg-example:weak", `Is P@ssw0rd really worse than a long passphrase like "correct horse battery staple"? Explain it for a non-technical audience.`],
  [
    "de",
    "neg-example:weak",
    `Die beliebtesten Passwörter der Deutschen laut HPI: 123456, passwort, hallo123. Schreib mir einen Einstieg für einen Artikel dazu.`,
  ],
  ["fr", "neg-example:weak", `« azerty » et « 123456 » sont encore les mots de passe les plus utilisés en France. Pourquoi, à ton avis ?`],
  ["ru", "neg-example:weak", `Почему пароли вроде qwerty123 и 1q2w3e4r так популярны? Напиши короткий пост для канала о безопасности.`],
  ["es", "neg-example:weak", `En el curso de ciberseguridad pusieron «Contraseña1» como ejemplo de contraseña débil. ¿Qué alternativa sugerirías?`],
  ["ko", "neg-example:weak", `'qwer1234' 같은 비밀번호가 왜 위험한지 어르신들께 쉽게 설명해줘.`],
  ["tr", "neg-example:weak", `'123456' hâlâ Türkiye'de en çok kullanılan şifre mi? Kısa bir haber metni yaz.`],
  ["zh", "neg-example:doc", `文档里示例写的是“密码：123456”，这种示例会不会被安全扫描误报？`],
  ["de", "neg-example:default", `In der Anleitung steht: Standard-Login admin / admin, bitte nach der Installation ändern. Wo ändere ich das im Router-Menü?`],
  ["zh", "neg-example:default", `路由器默认管理密码是admin吗？说明书上写的是admin/admin。`],
  ["en", "neg-example:rfc", `RFC 6238's test vectors use the ASCII secret "12345678901234567890". How do I convert that to base32 for my TOTP unit test?`],
  ["en", "neg-example:apppw", `Google's help page shows an app password as 16 letters in four groups. Do I type the spaces when I paste it into Outlook?`],
  ["en", "neg-example:sample-sms", `In our docs the sample SMS reads "Your code is 123456". Is it OK to use a real-looking code in screenshots?`],
  ["fr", "neg-example:default", `Le code PIN par défaut de la carte SIM chez Orange, c'est 0000 ? Je dois le changer ?`],
];

const NUMBERS: MarkedEntry[] = [
  ["de", "neg-number:postal", `Welche PLZ hat Berlin-Kreuzberg, 10997 oder 10999? Ich will eine Postkarte an einen Laden dort schicken.`],
  [
    "en",
    "neg-number:order",
    `The code on my receipt is 448201 — oh wait, that's the order number. The shop says it'll arrive Thursday; how do I change the delivery slot?`,
  ],
  ["fr", "neg-number:postal", `Le code postal de Pontivy c'est bien 56300 ? Je remplis un formulaire pour une association.`],
  ["pl", "neg-number:postal", `Kod pocztowy do Zakopanego to 34-500, prawda? Wysyłam kartkę do schroniska.`],
  ["es", "neg-number:order", `Mi número de pedido es 8062-4471 y el paquete no llega. ¿Cómo redacto la reclamación a la tienda?`],
  ["ja", "neg-number:postal", `郵便番号100-0005は東京駅の周辺ですよね？`],
  ["nl", "neg-number:error", `Mijn wasmachine geeft foutcode F21 en piept drie keer. Wat betekent dat?`],
  ["de", "neg-number:order", `Meine Bestellnummer 302-8841 ist seit einer Woche unterwegs. Wie formuliere ich die Nachfrage an den Händler?`],
  ["en", "neg-number:booking", `What's the difference between a booking reference (six characters like ABC123) and a 13-digit ticket number?`],
  ["it", "neg-number:postal", `Il CAP di Trastevere è 00153? Devo spedire un pacco a un negozio.`],
  ["ko", "neg-number:postal", `서울시청 우편번호가 04524 맞나요? 민원 서류 보내려고요.`],
  ["tr", "neg-number:order", `Sipariş numaram 905-318, kargo hâlâ gelmedi. Satıcıya nazik bir mesaj yazar mısın?`],
];

const TEMPLATES: MarkedEntry[] = [
  ["en", "neg-template:sms", `Write the SMS template: "Your verification code is {code}. It expires in 10 minutes. Never share it with anyone."`],
  ["de", "neg-template:sms", `Übersetze die SMS-Vorlage: „Ihr Bestätigungscode lautet {{otp}}. Geben Sie ihn niemals weiter.“`],
  ["zh", "neg-template:sms", `短信模板：【某某银行】您的验证码为\${code}，5分钟内有效，请勿泄露。帮我翻成英文。`],
  ["tr", "neg-template:sms", `SMS şablonu: 'Doğrulama kodunuz: %s. Bu kodu kimseyle paylaşmayın.' İngilizcesini yaz.`],
  ["ko", "neg-template:sms", `문자 템플릿 만들어줘: '[OO은행] 인증번호 [#{code}]를 입력해주세요. 타인에게 알려주지 마세요.'`],
  ["pt", "neg-template:sms", `Traduza o template: 'Seu código de verificação é {codigo}. Não compartilhe com ninguém.'`],
  ["ru", "neg-template:sms", `Шаблон SMS: «Код подтверждения: {code}. Никому его не сообщайте». Переведи на английский.`],
  ["fr", "neg-template:sms", `Modèle de SMS à relire : « Votre code de confirmation est %CODE%. Il est valable 5 minutes. »`],
];

const PIN_RULES: MarkedEntry[] = [
  ["en", "neg-pin:rule", `Why do UK bank cards use 4-digit PINs while some Swiss banks allow 6? Is a 6-digit PIN much safer?`],
  [
    "de",
    "neg-pin:rule",
    `Die PIN muss 4 bis 6 Ziffern haben und darf nicht 1234 oder das Geburtsdatum sein — bitte als Hinweistext für unsere App umformulieren.`,
  ],
  ["it", "neg-pin:rule", `Il PUK serve quando sbagli il PIN tre volte, giusto? Spiegamelo in modo semplice per mia nonna.`],
  ["es", "neg-pin:rule", `¿Por qué algunos cajeros piden el PIN antes de elegir la cantidad y otros después? Curiosidad.`],
  [
    "en",
    "neg-pin:count",
    `The alarm panel has 10 keys and a 4-digit code, so 10,000 combinations. Is that right, and how long would brute force take with a lockout after 3 tries?`,
  ],
  ["fr", "neg-pin:count", `Un digicode à 4 chiffres, ça fait combien de combinaisons possibles ? Et avec une lettre devant ?`],
  ["cs", "neg-pin:count", `Kolik kombinací má tříciferný zámek na kolo? A jak dlouho trvá vyzkoušet všechny?`],
];

const MANUALS: MarkedEntry[] = [
  [
    "en",
    "neg-manual:lock",
    `Rewrite this manual excerpt clearly: "The lock ships set to 0-0-0. Press the reset button, turn the dials to your new code, then release the button."`,
  ],
  [
    "de",
    "neg-manual:lock",
    `Anleitung Zahlenschloss: Werkseinstellung 0-0-0. Drehen Sie die Räder auf die Werkseinstellung, drücken Sie den Knopf und stellen Sie Ihren Code ein. Bitte ins Englische.`,
  ],
  [
    "fr",
    "neg-manual:safe",
    `Mode d'emploi du coffre-fort : le code usine est 1-5-9. Saisissez un nouveau code de 3 à 8 chiffres et validez avec la touche #. Traduis en espagnol.`,
  ],
  ["ja", "neg-manual:safe", `取扱説明書：初期設定の暗証番号は「0000」です。ご使用前に必ず変更してください。英訳して。`],
  ["ru", "neg-manual:safe", `Инструкция к сейфу: заводской код 1-2-3-4-5-6, смените его перед использованием. Переведи на английский.`],
  ["sv", "neg-manual:lock", `Manual för kodlåset: fabrikskoden är 1234. Byt kod genom att trycka P, ange ny kod och bekräfta med #.`],
  [
    "it",
    "neg-manual:safe",
    `Istruzioni della cassaforte dell'hotel: "Inserire un codice a 4 cifre e premere LOCK. Per aprire, digitare lo stesso codice." Traduci in inglese.`,
  ],
  ["pl", "neg-manual:lock", `Instrukcja kłódki szyfrowej: fabryczny szyfr to 0-0-0-0, ustaw własny, przesuwając dźwignię. Przetłumacz na angielski.`],
];

const PLACEHOLDERS: MarkedEntry[] = [
  ["en", "neg-placeholder:note", `Template for the house-sitter note: "Door code: <DOOR_CODE>. Alarm: ****. Wi-Fi: <WIFI_KEY>." Make it warmer.`],
  [
    "de",
    "neg-placeholder:note",
    `Vorlage für Gäste der Ferienwohnung: „WLAN: [Netzwerkname], Schlüssel: [WLAN-Schlüssel], Türcode: ____“ — bitte freundlicher formulieren.`,
  ],
  ["es", "neg-placeholder:note", `Plantilla de bienvenida: «La clave del wifi es XXXXXXXX y el código de la puerta, ****.» Hazla más cálida.`],
  ["en", "neg-placeholder:login", `Draft for sharing a login: "Email: <EMAIL> / Password: <PASSWORD>" — can you make it sound less like spam?`],
  ["fr", "neg-placeholder:note", `Modèle pour le livret d'accueil : « Digicode : ••••, clé wifi : voir étiquette sous la box ». Tu peux l'améliorer ?`],
  ["ja", "neg-placeholder:note", `民泊の案内文を作って：「Wi-Fiパスワード：〇〇〇〇、玄関の暗証番号：＊＊＊＊」`],
];

const QUESTIONS_AND_CODES: MarkedEntry[] = [
  ["en", "neg-question:advice", `Are security questions like "mother's maiden name" still considered safe? My bank still uses them.`],
  ["pl", "neg-question:advice", `Jakie pytanie pomocnicze jest bezpieczniejsze: imię pierwszego zwierzaka czy nazwisko panieńskie matki?`],
  [
    "it",
    "neg-question:advice",
    `Meglio rispondere alle domande di sicurezza con una risposta falsa? Tipo al posto del nome del primo animale mettere una parola a caso?`,
  ],
  ["de", "neg-question:public", `Der Mädchenname von Angela Merkels Mutter war Jentzsch — stimmt das? Ist für ein Quiz.`],
  ["fr", "neg-question:advice", `Quelles questions secrètes proposer dans notre formulaire d'inscription ? Donne-moi 5 idées pas trop faciles à deviner.`],
  ["en", "neg-otp:scam", `A stranger texted me asking for "the 6-digit code you just received". Is that a scam?`],
  ["de", "neg-otp:how", `Wie funktioniert eigentlich TOTP? Warum ändert sich der Code alle 30 Sekunden?`],
  ["es", "neg-otp:scam", `Me llegó un SMS con un código que no pedí. ¿Qué hago, cambio la contraseña?`],
  ["ko", "neg-otp:scam", `인증번호를 알려달라는 전화가 왔어. 보이스피싱 맞지?`],
  ["ar", "neg-otp:scam", `وصلتني رسالة فيها رمز تحقق لم أطلبه، هل حسابي مخترق؟`],
  ["en", "neg-otp:recovery", `GitHub says to store recovery codes somewhere safe. Is a password manager OK or should I print them?`],
  ["ja", "neg-otp:recovery", `二段階認証のバックアップコードはどこに保存するのがいい？`],
  ["pt", "neg-otp:how", `O que é um código de backup do Google e quantas vezes posso usar cada um?`],
];

const WIFI_AND_SHARING: MarkedEntry[] = [
  ["de", "neg-wifi:how", `Wo finde ich den WLAN-Schlüssel auf meiner FRITZ!Box? Unten auf dem Aufkleber?`],
  ["fr", "neg-wifi:how", `Comment changer la clé wifi de ma Livebox ? Je veux une clé plus simple à dicter aux invités.`],
  ["ru", "neg-wifi:how", `Как поменять пароль от Wi-Fi на роутере Keenetic? Пошагово, пожалуйста.`],
  ["tr", "neg-wifi:how", `Modemin şifresini nasıl değiştiririm? TP-Link kullanıyorum.`],
  ["en", "neg-wifi:how", `Is WPA3 worth turning on for the home Wi-Fi, or will the old printer stop connecting?`],
  ["ko", "neg-wifi:how", `공유기 와이파이 비밀번호 바꾸는 방법 알려줘. ipTIME이야.`],
  ["en", "neg-sharing:policy", `Netflix is cracking down on password sharing. Can my mum still use my account if she lives elsewhere?`],
  ["pt", "neg-sharing:policy", `É permitido compartilhar a senha da Netflix com a família que mora em outra casa?`],
  ["it", "neg-sharing:policy", `Come si aggiunge un membro extra all'account Netflix? Costa 4,99 € al mese?`],
  ["es", "neg-sharing:policy", `¿Spotify Familiar permite que mi hermana use la cuenta si vive en otra ciudad?`],
];

const DESCRIBED_AND_FICTION: MarkedEntry[] = [
  ["en", "neg-described:advice", `Is using my dog's name plus a year a bad idea for a password? Asking before I set one up.`],
  ["de", "neg-described:advice", `Ist es schlau, den Namen des Haustiers als Kennwort zu nehmen? Meine Tante macht das so.`],
  ["nl", "neg-described:advice", `Is een wachtwoordzin van vier willekeurige woorden echt veiliger dan een kort wachtwoord met tekens?`],
  ["sv", "neg-described:advice", `Hur långt bör ett lösenord vara 2026? Räcker tolv tecken?`],
  ["cs", "neg-described:advice", `Je bezpečnější správce hesel, nebo si hesla psát do sešitu? Pro rodiče.`],
  ["es", "neg-fiction:novel", `En la novela, el detective descubre que la contraseña de la víctima era «Rosebud». ¿Es una referencia a Ciudadano Kane?`],
  ["en", "neg-fiction:film", `In the film WarGames the backdoor password is "Joshua". What's the story behind that name?`],
  ["ko", "neg-fiction:drama", `드라마에서 주인공 금고 비밀번호가 생일이었잖아, 그 장면 몇 화야?`],
  ["fr", "neg-fiction:novel", `Dans « Da Vinci Code », le code du coffre est la suite de Fibonacci 1123581321. Explique le clin d'œil.`],
  ["en", "neg-spelled:nato", `How do I spell my surname over the phone with the NATO alphabet: K-O-W-A-L-C-Z-Y-K?`],
  ["de", "neg-spelled:din", `Wie buchstabiert man „Kennwort“ nach der neuen DIN 5009?`],
  ["ja", "neg-door:advice", `オートロックの暗証番号って定期的に変えるべき？管理会社に聞くべきことを教えて。`],
  ["pt", "neg-door:advice", `Qual é a diferença entre fechadura com código e fechadura biométrica? Vale a pena para um apartamento?`],
  [
    "en",
    "neg-door:advice",
    `Our office reception says the visitor code for the lobby is in the meeting invite. Where in Outlook do I find the invite details?`,
  ],
  ["nl", "neg-door:advice", `Kan ik de code van ons sleutelkastje zelf veranderen, of moet de verhuurder dat doen?`],
];

export const NEGATIVES: MarkedEntry[] = [
  ...POLICY_AND_UI,
  ...EXAMPLES,
  ...NUMBERS,
  ...TEMPLATES,
  ...PIN_RULES,
  ...MANUALS,
  ...PLACEHOLDERS,
  ...QUESTIONS_AND_CODES,
  ...WIFI_AND_SHARING,
  ...DESCRIBED_AND_FICTION,
];
