/**
 * Development set 45, speech-to-text: phone numbers dictated in words ("oh seven seven, double three …") in several
 * languages, credentials read aloud or photographed (Wi-Fi cards, router stickers, PINs, door codes, bank logins),
 * and the IP address of a named person's home line. Hard negatives read aloud the same way: order and flight numbers,
 * prices, public hotlines and emergency numbers, product serials, a manual's default router label, public DNS servers,
 * documentation ranges.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const PHONES: MarkedEntry[] = [
  [
    "en",
    "phone:dictation:words",
    'Transcribe my voicemail into a note: "hi it\'s Gemma Ward, can you call me back on ⟦phone|oh seven seven double three, four eight one, nine two six⟧, thanks"',
  ],
  [
    "en",
    "phone:dictation:words",
    "Voice note to text: Derek said his new mobile is ⟦phone|nine one seven, four eight two, six three oh one⟧, put it in the family group chat message",
  ],
  [
    "en",
    "phone:dictation:mixed",
    "From the call transcript: customer Leanne Brooks, best contact ⟦phone|07 nine one two, 3 four 8, 0 five 6⟧, wants a callback after 5",
  ],
  [
    "de",
    "phone:dictation:words",
    'Sprachnachricht abgetippt: "Hallo, hier ist Frau Petersen, meine Handynummer ist ⟦phone|null eins sieben sechs, drei acht, zwei neun, vier eins, fünf null⟧, bitte zurückrufen." Mach daraus eine kurze Notiz.',
  ],
  [
    "fr",
    "phone:dictation:words",
    "Transcription du répondeur : « Bonjour c'est Hélène Roussel, rappelez-moi au ⟦phone|zéro six, douze, quarante-huit, trente-sept, quatre-vingt-onze⟧ » — fais-moi un résumé",
  ],
  [
    "es",
    "phone:dictation:words",
    "Dictado del móvil: el teléfono de mi tía Rosario es ⟦phone|seis uno dos, treinta y ocho, cuarenta y uno, noventa⟧, añádelo al contacto",
  ],
  [
    "it",
    "phone:dictation:words",
    "Dalla trascrizione della chiamata: 'sono Alessandro Greco, il mio cellulare è ⟦phone|tre quattro sette, uno otto due, cinque nove zero sei⟧' — scrivi il promemoria",
  ],
  [
    "nl",
    "phone:dictation:words",
    "Spraakbericht uitgeschreven: Mijn buurman Kees zegt dat zijn nummer ⟦phone|nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig⟧ is, zet het in mijn contacten",
  ],
  [
    "pl",
    "phone:dictation:words",
    "Z nagrania: 'Tu Agnieszka Mazur, proszę oddzwonić pod ⟦phone|sześćset dwa, trzysta czterdzieści jeden, osiemset dziewięć⟧'. Zapisz to jako notatkę.",
  ],
  [
    "pt",
    "phone:dictation:words",
    "Transcrição do áudio do WhatsApp: 'o telefone do seu Joaquim é ⟦phone|nove um dois, três quatro cinco, seis sete oito⟧', salva no contato dele",
  ],
  [
    "ja",
    "phone:dictation:words",
    "音声入力で書き起こしました：「鈴木さんの携帯は⟦phone|ゼロキューゼロ、サンイチヨンハチ、ナナニーロクゴー⟧です」これを連絡先メモにして",
  ],
  ["ko", "phone:dictation:words", '통화 녹음을 받아 적었어요: "박서연 씨 번호는 ⟦phone|공일공 칠삼팔이 사구오일⟧이에요" 연락처로 정리해 줘'],
  [
    "ru",
    "phone:dictation:words",
    "Расшифровка голосового: «Это Ирина Соколова, мой номер ⟦phone|восемь девятьсот шестнадцать, триста сорок два, семнадцать, восемьдесят пять⟧, перезвоните». Сделай заметку.",
  ],
  ["en", "neg-phone:dictation:words", 'Transcribe the support call: "your order number is seven four one, double eight, three nine two oh, it ships Tuesday"'],
  ["en", "neg-phone:dictation:words", "Voice memo: flight BA two eight six, departs nine fifteen, gate forty one, seat twelve C — make a travel checklist"],
  [
    "en",
    "neg-phone:dictation:words",
    'From the radio ad transcript: "call Carpet World free on oh eight hundred, four oh four, one two three four" — is that a real toll-free format?',
  ],
  [
    "de",
    "neg-phone:dictation:words",
    "Diktat: Die Bestellung kostet neunundvierzig neunundneunzig, die Auftragsnummer ist vier acht sieben eins, null drei neun zwei. Schreib eine Bestätigung.",
  ],
  [
    "fr",
    "neg-phone:dictation:words",
    "Transcription : « en cas d'urgence composez le quinze ou le cent douze, le centre antipoison c'est le zéro un, quarante, cinq, quarante-huit, quarante-huit » — c'est juste ?",
  ],
  [
    "es",
    "neg-phone:dictation:words",
    "Dictado: el número de serie de la lavadora es seis uno dos tres cuatro ocho nueve uno, modelo WM ochenta. ¿Dónde lo pongo en la garantía?",
  ],
  [
    "it",
    "neg-phone:dictation:words",
    "Trascrizione: 'il volo AZ seicentodieci parte alle sette e quaranta, il prezzo è trecentoquarantanove euro' — fammi un riepilogo",
  ],
  [
    "ja",
    "neg-phone:dictation:words",
    "音声入力：「注文番号はゼロキューゼロのサンイチヨンハチです、お届けは金曜日」って書き起こしたけど、注文番号の書き方これで合ってる？",
  ],
  ["ko", "neg-phone:dictation:words", '라디오 광고 받아쓰기: "고객센터 일오팔팔에 삼삼삼삼으로 전화 주세요" 이게 대표번호 형식인가요?'],
  [
    "ru",
    "neg-phone:dictation:words",
    "Расшифровка: «номер заказа девятьсот шестнадцать триста сорок два, сумма семнадцать тысяч восемьсот пятьдесят рублей». Составь письмо клиенту.",
  ],
  [
    "pl",
    "neg-phone:dictation:words",
    "Z nagrania infolinii: 'numer alarmowy sto dwanaście, pogotowie dziewięćset dziewięćdziesiąt dziewięć'. Czy to działa z komórki?",
  ],
];

export const CREDENTIALS: MarkedEntry[] = [
  [
    "en",
    "credentials:dictation:words",
    "Dictated note for the babysitter, clean it up: the Wi-Fi is Hollis-Home and the password is ⟦credentials|capital T, tiger, seven seven, exclamation mark, blue⟧, the alarm PIN is ⟦credentials|four four seven one⟧",
  ],
  [
    "en",
    "credentials:dictation:words",
    'Call transcript, agent: "can you confirm your telephone banking passcode?" Mr Osei: "yes it\'s ⟦credentials|two nine oh four eight one⟧" — summarise the call',
  ],
  [
    "en",
    "credentials:photo:sticker",
    "Photo of the sticker under our router (so my mum can connect), text reader says:\nSSID: VM7731842\nNetwork key: ⟦credentials|kq6Xwdr8Lmht⟧\nWrite her simple instructions.",
  ],
  [
    "de",
    "credentials:photo:card",
    "Foto von der WLAN-Karte meiner Schwester Lena, Texterkennung:\nNetzwerkname (SSID): FRITZ!Box 7590 LK\nWLAN-Netzwerkschlüssel: ⟦credentials|8341 7726 0915 4482 3307⟧\nKannst du daraus einen QR-Code-Text machen?",
  ],
  [
    "de",
    "credentials:dictation:words",
    'Diktiert: "Der Code für die Haustür bei Oma Ilse ist ⟦credentials|sieben drei neun fünf⟧, der Schlüsselkasten hat ⟦credentials|zwei null eins acht⟧" — schreib das als Nachricht an den Pflegedienst.',
  ],
  [
    "fr",
    "credentials:dictation:words",
    "Transcription de mon message vocal à Chloé : « le code de ma carte bleue c'est ⟦credentials|huit deux six trois⟧, tu retires 60 euros » — reformule poliment",
  ],
  [
    "fr",
    "credentials:photo:card",
    "Photo de la carte Wi-Fi de la Livebox de mes parents, OCR :\nNom du réseau : Livebox-4A2C\nClé de sécurité : ⟦credentials|qR7mZ3xPvL9eT2kW5y⟧\nExplique à mon père comment se connecter.",
  ],
  [
    "es",
    "credentials:dictation:words",
    'Nota de voz transcrita: "la contraseña de la banca online de mi padre, Ramón, es ⟦credentials|ramon, guion bajo, uno nueve cinco dos⟧" — ¿me ayudas a escribirle que la cambie?',
  ],
  [
    "it",
    "credentials:dictation:words",
    "Dalla registrazione: 'il PIN del bancomat di nonna Teresa è ⟦credentials|cinque uno nove otto⟧' — scrivi un messaggio per mio fratello",
  ],
  [
    "nl",
    "credentials:photo:sticker",
    "Foto van de sticker op de modem van Joost, tekst:\nWiFi-naam Ziggo8214063\nWachtwoord ⟦credentials|hd4Kpx9tRmqw⟧\nZet het in een berichtje voor zijn huisgenoot.",
  ],
  [
    "ja",
    "credentials:dictation:words",
    "音声入力：「父の暗証番号は⟦credentials|イチキューゴーナナ⟧だから、ATMで三万円おろしてきて」これを丁寧なメッセージにして",
  ],
  ["zh", "credentials:dictation:words", "语音转文字：“李阿姨家的门禁密码是⟦credentials|六八二九⟧，Wi-Fi密码是⟦credentials|li 88 jia ai⟧”帮我整理成便条"],
  [
    "ko",
    "credentials:photo:sticker",
    "공유기 밑에 붙은 스티커를 찍었어요. 최지우 씨 집 거예요.\nSSID: iptime_CJW\n비밀번호: ⟦credentials|cjw7749!home⟧\n어떻게 연결하는지 알려줘",
  ],
  [
    "pt",
    "credentials:dictation:words",
    "Transcrição do áudio: 'a senha do cartão da minha avó Dona Lurdes é ⟦credentials|três sete um nove⟧, passa na farmácia' — reescreva como lista",
  ],
  [
    "en",
    "neg-credentials:manual:sticker",
    'From the router\'s quick start PDF: "Default login: http://192.168.0.1, username admin, password admin. Change it on first login." Is that still the default after a reset?',
  ],
  [
    "en",
    "neg-credentials:dictation:words",
    'Support call transcript: "your PIN should be four to six digits and must not be one two three four or your birth year" — turn it into a FAQ entry',
  ],
  [
    "de",
    "neg-credentials:manual:card",
    "Aus der Bedienungsanleitung der FRITZ!Box: 'Den WLAN-Netzwerkschlüssel finden Sie auf dem Typenschild, z. B. 1234 5678 9012 3456 7890.' Wo ist das Typenschild?",
  ],
  [
    "fr",
    "neg-credentials:manual:card",
    "Dans le manuel de la Livebox : « Clé de sécurité : voir l'étiquette au dos (exemple : XXXXXXXXXXXXXXXXXXXX) ». Elle fait combien de caractères ?",
  ],
  [
    "es",
    "neg-credentials:dictation:words",
    "Transcripción: 'para activar la tarjeta marque el PIN provisional que viene en la carta y luego cámbielo' — ¿qué significa PIN provisional?",
  ],
  [
    "it",
    "neg-credentials:photo:card",
    "Foto del cartello al bar: 'Wi-Fi ospiti: BarCentrale_Free – password: caffe2026'. Posso usarla per lavorare tutto il giorno?",
  ],
  [
    "ja",
    "neg-credentials:manual:sticker",
    "ルーターの取扱説明書に「初期パスワードは本体側面のラベル（例：abcd1234efgh）に記載」とあります。ラベルが剥がれた場合は？",
  ],
  ["zh", "neg-credentials:manual:card", "路由器说明书写着：默认管理地址 192.168.1.1，默认密码 admin。恢复出厂设置后还是这个吗？"],
  ["ko", "neg-credentials:dictation:words", '은행 안내 음성 받아쓰기: "비밀번호는 네 자리 숫자로 설정하시고 연속된 숫자는 사용하지 마세요" 이걸 요약해 줘'],
  ["pt", "neg-credentials:manual:sticker", "No manual do modem: 'Usuário: admin / Senha: (impressa na etiqueta, ex.: A1B2C3D4)'. É seguro deixar assim?"],
];

export const IPS: MarkedEntry[] = [
  [
    "en",
    "ip_address:dictation:words",
    "Transcribe this voice memo: my brother Callum's home IP is ⟦ip_address|eight six dot one four seven dot twenty two dot ninety one⟧, he wants me to whitelist it on the game server",
  ],
  [
    "en",
    "ip_address:photo:status",
    "Screenshot OCR of my aunt Dolores's router status page:\nInternet\nWAN IP ⟦ip_address|81.2O4.17.163⟧\nDNS 1.1.1.1\nHer bank blocked her, can I give them this?",
  ],
  [
    "de",
    "ip_address:photo:status",
    "Texterkennung vom Foto der FRITZ!Box-Übersicht bei Herrn Schubert:\nInternet verbunden seit 03.12., IPv4-Adresse: ⟦ip_address|91.64.183.27⟧\nWarum wechselt die jede Nacht?",
  ],
  [
    "fr",
    "ip_address:dictation:words",
    "Transcription : « l'adresse IP de la box de Mathilde c'est ⟦ip_address|quatre-vingt-dix. cent quatre-vingt-un. douze. deux cent six⟧ » — rédige le mail au support du site qui l'a bannie",
  ],
  [
    "es",
    "ip_address:pdf:letter",
    "Copiado de la carta (PDF) que recibió mi vecino Andrés Molina:\nDirección IP asignada a su línea de fibra: ⟦ip_address|83.45.2l1.9⟧\nNúmero de cliente 4471-2093\n¿Qué le están reclamando?",
  ],
  [
    "nl",
    "ip_address:dictation:words",
    "Ingesproken: het thuis-IP van opa Henk is ⟦ip_address|vierentachtig punt tweehonderdvijf punt negentien punt honderdtwaalf⟧, zet dat in de mail aan de camera-installateur",
  ],
  [
    "en",
    "neg-ip_address:dictation:words",
    "Voice note: set the DNS to eight dot eight dot eight dot eight and one dot one dot one dot one, then reboot — write it as steps",
  ],
  [
    "en",
    "neg-ip_address:manual:status",
    'From the router manual PDF: "Open a browser and go to 192.168.1.1. The WAN IP shown in the example screen is 203.0.113.45." Where is my real one?',
  ],
  [
    "de",
    "neg-ip_address:dictation:words",
    "Diktat aus der Schulung: 'Das Dokumentationsnetz ist einhundertachtundneunzig Punkt einundfünfzig Punkt einhundert Punkt null' — was heißt Dokumentationsnetz?",
  ],
  [
    "fr",
    "neg-ip_address:photo:status",
    "OCR de l'écran de la Livebox : « Adresse IP locale 192.168.1.10, passerelle 192.168.1.1 ». Pourquoi mon PC a cette adresse ?",
  ],
  [
    "es",
    "neg-ip_address:manual:status",
    "En el manual del router viene: 'IP de gestión por defecto 192.168.0.1, ejemplo de IP pública 198.51.100.23'. ¿Cómo veo la mía?",
  ],
  [
    "nl",
    "neg-ip_address:dictation:words",
    "Ingesproken: versie vier punt twee punt nul punt elf van de firmware staat klaar, en de prijs is negenennegentig punt vijfennegentig — maak een changelog-regel",
  ],
];
