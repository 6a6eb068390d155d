// Hard negatives: prompts that look like they carry personal data but do not (labelled sensitive:false).
// Kinds: private/reserved IPs, fiction and public figures, landmarks and companies, drama/documentation
// phone ranges, documented public test values, secret *references* and placeholders, own data with no
// name, and long numbers that are not identifiers (maths, SKUs, ISBNs, UUIDs, hashes, timestamps).

import type { Format } from "./compose.js";
import type { Lang } from "./locales.js";
import type { Values } from "./values.js";

export interface Negative {
  lang: Lang;
  format: Format;
  text: string;
  publicTestValue?: boolean;
  note: string;
}

const N = (lang: Lang, format: Format, note: string, text: string, publicTestValue = false): Negative =>
  publicTestValue ? { lang, format, text, note, publicTestValue } : { lang, format, text, note };

// ------------------------------------------------------------------ hand-written
export const HAND_WRITTEN: Negative[] = [
  // fiction
  N(
    "en",
    "free-text",
    "fiction",
    "Harry Potter's birthday is 31 July 1980 and he grew up at 4 Privet Drive. Write a short fan-fiction scene set on his 11th birthday.",
  ),
  N(
    "en",
    "free-text",
    "fiction",
    "In Breaking Bad, Walter White is diagnosed with stage IIIA lung cancer. How does the diagnosis drive his choices in season one?",
  ),
  N(
    "en",
    "free-text",
    "fiction",
    "Sherlock Holmes lives at 221B Baker Street, London NW1 6XE. Write a limerick about Mrs Hudson complaining about the violin.",
  ),
  N("en", "free-text", "fiction", "Homer Simpson's address is 742 Evergreen Terrace, Springfield. Why did the writers choose that name?"),
  N("en", "free-text", "fiction", "Dr. Gregory House has chronic leg pain and a Vicodin addiction. Is the show's portrayal of opioid dependence realistic?"),
  N("en", "free-text", "fiction", "Tony Stark's arc-reactor keeps shrapnel from reaching his heart – explain the fictional medicine in Iron Man (2008)."),
  N(
    "en",
    "free-text",
    "fiction",
    "Bruce Wayne, born to Thomas and Martha Wayne, lives at Wayne Manor, 1007 Mountain Drive, Gotham. Write a noir opening paragraph.",
  ),
  N("de", "free-text", "fiction", "Pippi Langstrumpf wohnt in der Villa Kunterbunt. Schreib ein Gedicht über ihr Pferd Kleiner Onkel."),
  N("de", "free-text", "fiction", "Im „Zauberberg“ ist Hans Castorp an Tuberkulose erkrankt – fasse die Rolle der Krankheit im Roman zusammen."),
  N("fr", "free-text", "fiction", "Amélie Poulain travaille au Café des 2 Moulins, 15 rue Lepic, Paris. Écris une scène où elle rencontre Nino au Sacré-Cœur."),
  N("fr", "free-text", "fiction", "Dans « La Dame aux camélias », Marguerite Gautier meurt de la tuberculose. Analyse ce thème en trois paragraphes."),
  N(
    "es",
    "free-text",
    "fiction",
    "Don Quijote de la Mancha pierde el juicio por leer libros de caballerías. ¿Qué diagnóstico le darían hoy los psiquiatras? Responde con humor.",
  ),
  N("it", "free-text", "fiction", "Il commissario Montalbano abita a Marinella, in provincia di Vigàta. Scrivi un breve giallo nel suo stile."),
  N("pt", "free-text", "fiction", 'Em "Dom Casmurro", Bentinho desconfia de Capitu. Escreve uma análise curta sobre o ciúme na obra.'),
  N("nl", "free-text", "fiction", "Nijntje is geboren in 1955, bedacht door Dick Bruna. Schrijf een kort verhaaltje voor het slapengaan met Nijntje."),
  N("pl", "free-text", "fiction", "Wiedźmin Geralt z Rivii ma mutacje po próbie traw. Opisz, jak wpływają na jego zdrowie w sadze Sapkowskiego."),
  N("zh", "free-text", "fiction", "《红楼梦》里林黛玉体弱多病，常年咳嗽，后来病逝。请分析她的病对人物性格塑造的作用。"),
  N("zh", "free-text", "fiction", "孙悟空的生日是哪天？有人说是农历七月二十五，请讲讲这个说法的来源。"),
  N("ja", "free-text", "fiction", "ドラえもんの誕生日は2112年9月3日です。ドラえもんの誕生日パーティーの短い物語を書いてください。"),
  N("ja", "free-text", "fiction", "名探偵コナンの江戸川コナンの住所は米花町2丁目21番地（阿笠博士の家の隣）とされています。米花町のモデルはどこですか？"),
  N("ko", "free-text", "fiction", '드라마 "슬기로운 의사생활"에서 환자들이 겪는 희귀병 에피소드 중 가장 인상 깊은 걸 요약해줘.'),
  N("hi", "free-text", "fiction", 'फ़िल्म "तारे ज़मीन पर" में ईशान को डिस्लेक्सिया है। इस फ़िल्म से बच्चों के बारे में क्या सीख मिलती है?'),
  N(
    "hinglish",
    "free-text",
    "fiction",
    "Anand movie me Rajesh Khanna ke character ko lymphosarcoma of the intestine hota hai – uska last scene itna famous kyu hai?",
  ),
  N("ar", "free-text", "fiction", 'في رواية "ثلاثية القاهرة" لنجيب محفوظ، يعيش السيد أحمد عبد الجواد في حي بين القصرين. لخص شخصيته.'),
  N("ru", "free-text", "fiction", "В романе «Мастер и Маргарита» Мастер попадает в клинику Стравинского. Опиши, как Булгаков изображает психиатрию."),
  N(
    "en",
    "json",
    "fiction",
    'Validate this game save file:\n{"character": "Geralt of Rivia", "birth_year": 1165, "hp": 540, "home": "Corvo Bianco, Toussaint", "status": ["poisoned", "bleeding"]}',
  ),
  N(
    "en",
    "csv",
    "fiction",
    "Sort these by birthday:\ncharacter,birthday,house\nHarry Potter,1980-07-31,Gryffindor\nHermione Granger,1979-09-19,Gryffindor\nDraco Malfoy,1980-06-05,Slytherin",
  ),
  N(
    "en",
    "vcard",
    "fiction",
    "Why won't my phone import this?\nBEGIN:VCARD\nVERSION:3.0\nFN:Sherlock Holmes\nADR;TYPE=HOME:;;221B Baker Street;London;;NW1 6XE;UK\nTEL;TYPE=HOME:020 7946 0321\nEND:VCARD",
  ),
  // public figures with published facts
  N("en", "free-text", "public figure", "Albert Einstein was born on 14 March 1879 in Ulm. Write a 200-word biography for a school poster."),
  N("en", "free-text", "public figure", "Stephen Hawking lived with ALS for more than 50 years. How did he communicate in his later years?"),
  N("en", "free-text", "public figure", "Barack Obama was born on August 4, 1961, in Honolulu. Which presidents were born in the same decade?"),
  N("en", "free-text", "public figure", "Michael J. Fox went public with his Parkinson’s diagnosis in 1998. Summarise what his foundation funds."),
  N("de", "free-text", "public figure", "Angela Merkel wurde am 17. Juli 1954 in Hamburg geboren. Erstelle eine Zeitleiste ihrer Kanzlerschaft."),
  N("de", "free-text", "public figure", "Beethoven war gegen Ende seines Lebens fast taub. Wie komponierte er die 9. Sinfonie trotzdem?"),
  N("fr", "free-text", "public figure", "Marie Curie est née le 7 novembre 1867 à Varsovie et morte d’une anémie aplasique. Rédige une courte biographie."),
  N(
    "es",
    "free-text",
    "public figure",
    "Frida Kahlo tuvo poliomielitis de niña y un grave accidente de autobús en 1925. ¿Cómo influyó el dolor en su pintura?",
  ),
  N("it", "free-text", "public figure", "Luciano Pavarotti è nato a Modena il 12 ottobre 1935. Scrivi un breve omaggio per il suo anniversario."),
  N("pt", "free-text", "public figure", "Pelé nasceu em 23 de outubro de 1940 em Três Corações. Quantos gols ele marcou pela seleção?"),
  N("pl", "free-text", "public figure", "Maria Skłodowska-Curie urodziła się 7 listopada 1867 r. w Warszawie. Napisz krótki tekst na akademię szkolną."),
  N(
    "nl",
    "free-text",
    "public figure",
    "Vincent van Gogh werd geboren op 30 maart 1853 in Zundert en leed aan psychische problemen. Hoe zie je dat terug in zijn brieven?",
  ),
  N("zh", "free-text", "public figure", "鲁迅生于1881年9月25日，浙江绍兴人。请写一段介绍他生平的文字。"),
  N("ja", "free-text", "public figure", "野口英世は1876年11月9日生まれで、黄熱病の研究中に亡くなりました。小学生向けに紹介文を書いて。"),
  N("ko", "free-text", "public figure", "세종대왕은 1397년 5월 15일에 태어났고 말년에 당뇨병을 앓았다고 전해져. 한글 창제 과정을 요약해줘."),
  N("hi", "free-text", "public figure", "महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था। उनके बारे में एक छोटा निबंध लिखिए।"),
  N("ar", "free-text", "public figure", "وُلد نجيب محفوظ في 11 ديسمبر 1911 في القاهرة. اكتب فقرة عن حصوله على جائزة نوبل."),
  N("ru", "free-text", "public figure", "Юрий Гагарин родился 9 марта 1934 года. Напиши короткий рассказ о его полёте для детей."),
  N(
    "en",
    "free-text",
    "public figure",
    "Serena Williams wrote publicly about her pulmonary embolism after giving birth in 2017. What did it change in hospital protocols?",
  ),
  N(
    "en",
    "free-text",
    "public figure",
    "Elon Musk said on SNL that he has Asperger’s. Write a neutral one-paragraph summary of that episode for a media-studies class.",
  ),
  // landmarks and companies
  N("en", "free-text", "public address", "How do I get from the airport to the Empire State Building, 20 W 34th St, New York, NY 10001, by public transport?"),
  N("en", "free-text", "public address", "Is 1600 Pennsylvania Avenue NW open for public tours, and how far ahead do I need to book?"),
  N("en", "free-text", "public address", "Write a cover letter to Google, 1600 Amphitheatre Parkway, Mountain View, CA 94043, for a UX internship."),
  N("en", "free-text", "public address", "10 Downing Street, London SW1A 2AA – how old is the building and who lived there first?"),
  N("de", "free-text", "public address", "Wie komme ich vom Hauptbahnhof zum Brandenburger Tor, Pariser Platz, 10117 Berlin?"),
  N(
    "de",
    "free-text",
    "public address",
    "Schreib eine Beschwerde an die Deutsche Bahn AG, Potsdamer Platz 2, 10785 Berlin, wegen einer Zugverspätung von 3 Stunden.",
  ),
  N("fr", "free-text", "public address", "La tour Eiffel est au Champ de Mars, 5 avenue Anatole France, 75007 Paris. Quels sont les horaires en août ?"),
  N(
    "fr",
    "free-text",
    "public address",
    "Rédige une lettre de réclamation à la SNCF Voyageurs, 9 rue Jean-Philippe Rameau, 93200 Saint-Denis, pour un TGV annulé.",
  ),
  N("es", "free-text", "public address", "¿A qué hora abre la Sagrada Família, Carrer de Mallorca 401, 08013 Barcelona, los domingos?"),
  N("it", "free-text", "public address", "Il Colosseo è in Piazza del Colosseo 1, 00184 Roma. Quanto costa il biglietto con l'arena?"),
  N("pt", "free-text", "public address", "Como chego à Torre de Belém, Av. Brasília, 1400-038 Lisboa, a partir do Rossio?"),
  N("nl", "free-text", "public address", "Het Rijksmuseum, Museumstraat 1, 1071 XX Amsterdam: welke zalen moet ik in twee uur zien?"),
  N("pl", "free-text", "public address", "Jak dojść do Zamku Królewskiego na Wawelu, Wawel 5, 31-001 Kraków, z Dworca Głównego?"),
  N("zh", "free-text", "public address", "故宫博物院的地址是北京市东城区景山前街4号，周一开放吗？帮我规划一日游。"),
  N("ja", "free-text", "public address", "東京タワー（東京都港区芝公園4-2-8）の近くでおすすめのランチを教えてください。"),
  N("ko", "free-text", "public address", "경복궁 주소가 서울 종로구 사직로 161 맞지? 한복 입으면 무료 입장이야?"),
  N("hi", "free-text", "public address", "ताजमहल, धर्मापुरी, आगरा, उत्तर प्रदेश 282001 – सूर्योदय के समय जाने का सबसे अच्छा तरीका क्या है?"),
  N("ar", "free-text", "public address", "برج خليفة يقع في 1 شارع الشيخ محمد بن راشد، دبي. كم سعر تذكرة الطابق 148؟"),
  N(
    "en",
    "json",
    "public address",
    'Geocode these stores:\n[{"store": "Apple Fifth Avenue", "address": "767 5th Ave, New York, NY 10153"}, {"store": "Apple Regent Street", "address": "235 Regent St, London W1B 2EL"}]',
  ),
  N("en", "free-text", "company contact", "Write an email to press@openai.com asking whether they offer academic API credits for our university lab."),
  N(
    "en",
    "free-text",
    "public agency number",
    "Is 1-877-382-4357 (1-877-FTC-HELP) the right number to report a phone scam to the FTC, or should I use the website?",
  ),
  // drama / documentation phone ranges
  N(
    "en",
    "free-text",
    "Ofcom drama range",
    "For our radio play script, the kidnapper calls from 07700 900461. Write the scene where the detective traces the call.",
  ),
  N("en", "free-text", "Ofcom drama range", "Use 020 7946 0018 as the fake number on the shop sign in our short film – draft the sign text."),
  N("en", "free-text", "Ofcom drama range", 'In my novel the heroine gets a text from 07700 900872 saying "I know what you did". Continue the chapter.'),
  N("en", "free-text", "US fictional range", "Write a sitcom scene where the characters call a pizza place at 555-0134 and keep getting the wrong order."),
  N("en", "free-text", "US fictional range", "Our app's onboarding demo shows the number (212) 555-0187. Write the tooltip text for the demo screen."),
  N(
    "en",
    "csv",
    "drama range",
    "Format this film-prop contact list as a table:\nname,phone\nDet. Inspector Vale,0113 496 0552\nMrs. Pettigrew,07700 900123\nCab company,020 7946 0999",
  ),
  N(
    "en",
    "vcard",
    "drama range",
    "Is this vCard valid for our theatre props app?\nBEGIN:VCARD\nVERSION:4.0\nFN:Inspector Vale\nTEL;TYPE=cell:+44 7700 900555\nEND:VCARD",
  ),
  N("fr", "free-text", "ARCEP fiction range", "Dans notre série, le suspect appelle le 01 99 00 12 34. Écris le dialogue de l’interrogatoire."),
  N("en", "code", "test fixture phone", "Write a Jest test for formatPhone() using the fictional number '+1-202-555-0143' as input."),
  N(
    "en",
    "json",
    "drama range",
    'Mock data for our storybook component:\n{"name": "Jane Placeholder", "phone": "+44 7700 900077", "email": "jane@example.com"}',
  ),
  // documented public test values
  N("en", "free-text", "Stripe test card", 'Stripe test mode rejects 4242 4242 4242 4242 with "invalid expiry" – what expiry should I use in test mode?', true),
  N(
    "en",
    "code",
    "Stripe test card",
    "cy.get('#card').type('4000056655665556') // Stripe test debit card\nWhy does Cypress type it too fast for the iframe?",
    true,
  ),
  N("en", "free-text", "Braintree/Visa test card", "Which test card should I use in the Braintree sandbox, 4111 1111 1111 1111 or 4005 5192 0000 0004?", true),
  N(
    "en",
    "json",
    "Stripe test card",
    'Our QA fixture:\n{"card_number": "5555555555554444", "exp": "12/34", "cvc": "123", "note": "Stripe Mastercard test card"}\nAdd a Visa and an Amex test card in the same format.',
    true,
  ),
  N("en", "free-text", "Amex test card", "Is 3782 822463 10005 the American Express test number Stripe documents? It fails Luhn in my validator.", true),
  N("en", "free-text", "example IBAN", "Is GB82 WEST 1234 5698 7654 32 the example IBAN from the ECBS spec? My validator says it passes mod 97.", true),
  N(
    "de",
    "free-text",
    "example IBAN",
    "In der Dokumentation steht die Beispiel-IBAN DE89 3704 0044 0532 0130 00. Wie berechne ich damit die Prüfziffer von Hand?",
    true,
  ),
  N("fr", "free-text", "example IBAN", "L'IBAN d'exemple FR14 2004 1010 0505 0001 3M02 606 sert dans la doc SEPA : explique-moi la structure BBAN.", true),
  N("en", "free-text", "placeholder SSN", "Why is 078-05-1120 called the most misused Social Security number in history?", true),
  N(
    "en",
    "sql",
    "placeholder SSN",
    "Our seed script inserts placeholder SSNs:\nINSERT INTO test_people (name, ssn) VALUES ('Test User', '078-05-1120'), ('Sample Person', '219-09-9999');\nShould we switch to 9xx numbers instead?",
    true,
  ),
  N(
    "en",
    "code",
    "AWS docs key",
    "The AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Write a boto3 snippet that reads credentials from the environment instead.",
    true,
  ),
  N(
    "en",
    "free-text",
    "jwt.io example",
    "Decode the jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c and explain each claim.",
    true,
  ),
  N(
    "en",
    "free-text",
    "RFC 2606 example addresses",
    "Should I use user@example.com or test@example.org in API docs? Which domains are reserved for documentation?",
    true,
  ),
  N(
    "en",
    "log",
    "documentation IP ranges",
    'Explain this example from our runbook:\n203.0.113.42 - - [01/Jan/2024:00:00:01 +0000] "GET / HTTP/1.1" 200 612\n198.51.100.7 - - [01/Jan/2024:00:00:02 +0000] "GET /favicon.ico HTTP/1.1" 404 153',
    true,
  ),
  N(
    "de",
    "json",
    "Stripe test IBAN",
    'Testdaten für SEPA-Lastschrift:\n{"iban": "DE89370400440532013000", "name": "Jenny Rosen"}\nIst das die Stripe-Test-IBAN? Welche löst eine Ablehnung aus?',
    true,
  ),
  N(
    "es",
    "free-text",
    "Stripe test card",
    "En el modo de prueba de Stripe uso la tarjeta 4000 0000 0000 9995 para probar fondos insuficientes, ¿es correcta?",
    true,
  ),
  N("ja", "free-text", "Stripe test card", "Stripeのテストカード 4242 4242 4242 4242 で決済したら3Dセキュアが出ません。なぜですか？", true),
  N("zh", "free-text", "Stripe test card", "测试环境里用 4242 4242 4242 4242 这张 Stripe 测试卡付款成功了，但生产环境要注意什么？", true),
  N(
    "en",
    "yaml",
    "Stripe test card",
    'Is this test fixture OK for CI?\ncheckout_fixtures:\n  success_card: "4242424242424242"\n  declined_card: "4000000000000002"\n  cvc: "314"',
    true,
  ),
  N("pt", "free-text", "example CPF", "Na documentação da API aparece o CPF de exemplo 000.000.000-00. Isso passa na validação de dígitos?", true),
  // secret references and placeholders
  N(
    "en",
    "yaml",
    "secret reference",
    "Why does the postgres container ignore my password?\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password",
  ),
  N("en", "code", "placeholder", 'const client = new OpenAI({ apiKey: "YOUR_API_KEY" });\nHow do I load the key from an environment variable instead?'),
  N(
    "en",
    "code",
    "placeholder",
    'curl https://api.example.com/v1/items -H "Authorization: Bearer <YOUR_TOKEN_HERE>"\nTranslate this curl command to Python requests.',
  ),
  N(
    "en",
    "env",
    "placeholder",
    "Explain each line of this .env.example:\nDATABASE_URL=postgres://user:password@localhost:5432/mydb\nOPENAI_API_KEY=sk-...\nSECRET_KEY=changeme",
  ),
  N(
    "en",
    "yaml",
    "secret reference",
    'GitHub Actions step:\n- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\nWhy does it say "need auth"?',
  ),
  N("en", "code", "secret reference", "password = os.environ['DB_PASSWORD']\nIs reading the password this way safe in a Lambda function?"),
  N("de", "free-text", "placeholder", "In der Anleitung steht „Passwort: ********“ – wie setze ich das Standardpasswort meines Routers zurück?"),
  N("en", "free-text", "how-to about passwords", "What makes a password strong? Give me rules and three example patterns (not real passwords)."),
  N("fr", "free-text", "how-to about passwords", "J'ai oublié mon mot de passe Gmail, quelles sont les étapes pour le réinitialiser ?"),
  N("zh", "free-text", "how-to about passwords", "忘记了微信支付密码怎么办？请一步一步告诉我。"),
  N("ko", "free-text", "how-to about passwords", "비밀번호 관리자 앱 추천해줘. 무료인 것 중에서."),
  N("es", "free-text", "how-to about passwords", "¿Cada cuánto tiempo debería cambiar la contraseña del wifi de casa?"),
  N("en", "code", "placeholder", "ssh -i ~/.ssh/id_ed25519 deploy@<server-ip>\nWhat does -i do and where should the key live on Windows?"),
  N(
    "en",
    "http-headers",
    "placeholder",
    "What is wrong with this request?\nGET /v1/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer {{access_token}}\nAccept: application/json",
  ),
  N(
    "en",
    "yaml",
    "secret reference",
    "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      env:\n        - name: API_KEY\n          valueFrom:\n            secretKeyRef: {name: app-secrets, key: api-key}\nWhy is API_KEY empty inside the container?",
  ),
  N("en", "code", "placeholder", 'stripe.api_key = "sk_test_..."  # replace with your key\nWrite the code to create a PaymentIntent for 20 EUR.'),
  N(
    "en",
    "env",
    "secret reference",
    'Vault agent template:\nDB_PASS={{ with secret "database/creds/app" }}{{ .Data.password }}{{ end }}\nHow often is this rendered?',
  ),
  // own data, no name
  N("en", "free-text", "own birth date, no name", "I was born on 12 March 1990. How many days old am I today, roughly?"),
  N("de", "free-text", "own birth date, no name", "Ich bin am 3. August 1985 geboren – welches chinesische Tierkreiszeichen bin ich?"),
  N("fr", "free-text", "own birth date, no name", "Je suis né le 29 février 1996, quand dois-je fêter mon anniversaire les années non bissextiles ?"),
  N("es", "free-text", "own birth date, no name", "Nací el 15 de mayo de 1978. ¿A qué edad puedo jubilarme en España?"),
  N("zh", "free-text", "own birth date, no name", "我是1992年10月8日出生的，今年虚岁多少？"),
  N("ja", "free-text", "own birth date, no name", "私は1988年4月2日生まれです。学年はいつの世代になりますか？"),
  N("hinglish", "free-text", "own birth date, no name", "Meri DOB 14-11-1999 hai, mera zodiac sign kya hoga aur uski qualities kya hain?"),
  N("en", "free-text", "own symptom, anonymous", "I have had a dry cough for three weeks and no fever. When should I see a doctor?"),
  N("de", "free-text", "general medical", "Was sind die typischen Symptome von Diabetes Typ 2 und wie wird er diagnostiziert?"),
  N("fr", "free-text", "general medical", "Quelle est la différence entre un trouble bipolaire de type I et de type II ?"),
  N("es", "free-text", "general medical", "¿Cuánto tiempo tarda en hacer efecto la metformina?"),
  N("it", "free-text", "general medical", "Quali sono i fattori di rischio del tumore al seno e ogni quanto fare la mammografia?"),
  N("zh", "free-text", "general medical", "乙肝病毒携带者可以正常工作和结婚吗？请科普一下。"),
  N("hi", "free-text", "general medical", "टाइप 2 डायबिटीज़ में कौन से फल खाने चाहिए?"),
  N("ar", "free-text", "general medical", "ما هي أعراض نقص فيتامين د وكيف يُعالج؟"),
  N("ko", "free-text", "general medical", "공황장애 증상이랑 심장마비 증상은 어떻게 구별해?"),
  N("en", "free-text", "general financial", "What is a reasonable emergency fund for someone earning $60,000 a year?"),
  N(
    "en",
    "free-text",
    "own finances, anonymous",
    "I have about $4,000 in savings and $1,200 on a credit card at 24% APR. Should I pay it off or keep the cash?",
  ),
  N("pl", "free-text", "general financial", "Jaka jest średnia pensja w Polsce w 2024 roku i jak wygląda podatek przy umowie o pracę?"),
  N("en", "free-text", "statistics about a group", "In 2022, about 11.6% of the US population had diabetes. Turn this into a chart description for a slide."),
  // numbers that are not identifiers
  N("en", "free-text", "maths", "Is 4111111111111111111 prime? If not, find its smallest factor."),
  N("en", "free-text", "maths", "Compute 123456789012 × 987654321098 exactly and show the long multiplication."),
  N("de", "free-text", "maths", "Berechne den größten gemeinsamen Teiler von 7920143521 und 4400221301."),
  N("en", "free-text", "maths", "What is the 50th Fibonacci number? I got 12586269025, is that right?"),
  N("en", "free-text", "maths", "Convert 0x7fffffffffffffff to decimal and explain why it is 9223372036854775807."),
  N("fr", "free-text", "maths", "Vérifie que 2^61 − 1 = 2305843009213693951 est un nombre premier de Mersenne."),
  N("zh", "free-text", "maths", "计算 3141592653589793 除以 2718281828459045 的结果，保留十位小数。"),
  N("ja", "free-text", "maths", "1234567891011121314 を 9 で割った余りを求めてください。"),
  N("en", "free-text", "ISBN", "Is ISBN 978-0-306-40615-7 a valid ISBN-13? Show how the check digit is computed."),
  N("en", "free-text", "product SKU", "Our SKU scheme is like TSHIRT-BLK-XL-2024-0042; suggest a better format for 30,000 products."),
  N(
    "en",
    "csv",
    "order numbers",
    "Which orders shipped late?\norder_id,sku,ordered,shipped\n100482731,SKU-88213-BLU,2024-03-01,2024-03-09\n100482732,SKU-11930-RED,2024-03-01,2024-03-02\n100482733,SKU-55121-GRN,2024-03-02,2024-03-11",
  ),
  N("en", "free-text", "UUID", "Is 550e8400-e29b-41d4-a716-446655440000 a version 4 UUID? How can I tell?"),
  N("en", "free-text", "git hash", "git bisect says 3f9c2b7e1d4a5c6b8e9f0a1b2c3d4e5f60718293 is the first bad commit. How do I see what changed?"),
  N("en", "free-text", "timestamp", "Convert the epoch timestamp 1714732800000 (milliseconds) to an ISO date in UTC and in Tokyo time."),
  N("en", "free-text", "tracking-like number", 'What does the error "EAN 4006381333931 not found" mean in our inventory system?'),
  N("es", "free-text", "order number", "Mi pedido número 402-8837261-5522013 de Amazon no ha llegado, ¿cómo reclamo?"),
  N("it", "free-text", "maths", "Quanti secondi ci sono in 1000000000 di anni? Mostra il calcolo."),
  N("en", "free-text", "version numbers", "We bumped from 10.14.2 to 10.15.0 and the build broke – which semver rule did we break?"),
  N("en", "free-text", "coordinates", "What is at latitude 48.8584, longitude 2.2945?"),
  N("ko", "free-text", "maths", "1부터 1000000까지 정수의 합은 얼마야? 공식도 알려줘."),
  N("ar", "free-text", "maths", "احسب 987654321 × 123456789 وبيّن الخطوات."),
  N("pt", "free-text", "maths", "Qual é o resto da divisão de 98765432109876543210 por 97?"),
  N("nl", "free-text", "product number", "Het artikelnummer 8710103900452 staat op de verpakking – is dat een EAN-13?"),
  N("pl", "free-text", "maths", "Oblicz 2 do potęgi 64 i porównaj z liczbą ziaren ryżu na szachownicy."),
  N("hi", "free-text", "maths", "10 लाख रुपये पर 7.5% वार्षिक ब्याज से 15 साल में कितना चक्रवृद्धि ब्याज बनेगा?"),
  N("ru", "free-text", "maths", "Разложи число 600851475143 на простые множители."),
  // near-misses: personal-data vocabulary without personal data
  N("en", "free-text", "vocabulary only", "What is the difference between an IBAN and a SWIFT/BIC code?"),
  N("en", "free-text", "vocabulary only", "Write a regex that validates UK National Insurance numbers."),
  N(
    "en",
    "code",
    "vocabulary only",
    "def luhn_valid(number: str) -> bool:\n    ...\nComplete this function and add doctests with made-up numbers that you compute yourself.",
  ),
  N("de", "free-text", "vocabulary only", "Wie ist die deutsche Steuer-Identifikationsnummer aufgebaut und wie funktioniert ihre Prüfziffer?"),
  N("zh", "free-text", "vocabulary only", "身份证号码的最后一位校验码是怎么计算的？请解释算法。"),
  N("hinglish", "free-text", "vocabulary only", "Aadhaar number me Verhoeff algorithm kaise kaam karta hai? Simple language me samjhao"),
  N("ko", "free-text", "vocabulary only", "주민등록번호 뒷자리 첫 숫자는 무슨 의미야?"),
  N("ja", "free-text", "vocabulary only", "マイナンバーのチェックデジットの計算方法を教えてください。"),
  N(
    "en",
    "json",
    "schema only",
    "Write a JSON Schema for this form: fields name, email, phone, date_of_birth, passport_no; all strings, email must be a valid address.",
  ),
  N(
    "en",
    "sql",
    "schema only",
    "CREATE TABLE patients (id SERIAL PRIMARY KEY, mrn VARCHAR(12) UNIQUE NOT NULL, dob DATE, diagnosis TEXT);\nAdd an index that speeds up lookups by mrn.",
  ),
  N("en", "hl7", "schema only", "What are the fields of an HL7 v2 PID segment? Explain PID-3, PID-5 and PID-7."),
  N("en", "fhir", "schema only", 'Explain this FHIR example: {"resourceType": "Patient", "id": "example", "active": true} — which fields are required?'),
  N("fr", "free-text", "vocabulary only", "Comment est composé le numéro de sécurité sociale français ? Explique la clé de contrôle."),
  N("es", "free-text", "vocabulary only", "¿Cómo se calcula la letra del DNI?"),
  N(
    "en",
    "free-text",
    "business address",
    "Our office is at 350 Fifth Avenue, Suite 4200 (the Empire State Building). Write the directions paragraph for the careers page.",
  ),
  N(
    "en",
    "email",
    "newsletter, role address",
    "From: newsletter@airline-deals.com\nTo: undisclosed-recipients\nSubject: Spring fares\n\nFares from €29! Book by 31 March.\n---\nIs this a phishing email?",
  ),
  N("en", "free-text", "public figure contact", "How do I write a formal letter to my representative in Congress? Use a placeholder name and address."),
];

// ------------------------------------------------------------------ generated families
type Family = (v: Values) => Negative;

function privateIp(v: Values): string {
  return v.pick([
    () => `192.168.${v.int(0, 10)}.${v.int(1, 254)}`,
    () => `10.${v.int(0, 255)}.${v.int(0, 255)}.${v.int(1, 254)}`,
    () => `172.${v.int(16, 31)}.${v.int(0, 255)}.${v.int(1, 254)}`,
    () => "172.17.0.1",
    () => "127.0.0.1",
    () => `100.${v.int(64, 127)}.${v.int(0, 255)}.${v.int(1, 254)}`,
  ])();
}

const FAMILIES: Family[] = [
  (v) =>
    N(
      "en",
      "log",
      "private IPs in infra log",
      `Why is the health check flapping?\n${v.int(10, 23)}:${v.int(10, 59)}:0${v.int(0, 9)} upstream ${privateIp(v)}:8080 marked down (3 failures)\n${v.int(10, 23)}:${v.int(10, 59)}:1${v.int(0, 9)} upstream ${privateIp(v)}:8080 marked up\n${v.int(10, 23)}:${v.int(10, 59)}:2${v.int(0, 9)} GET /healthz from ${privateIp(v)} 200 2ms`,
    ),
  (v) => N("en", "free-text", "private IP", `My router admin page at 192.168.${v.int(0, 2)}.1 won't load. What should I check?`),
  (v) =>
    N(
      "en",
      "log",
      "docker bridge IP",
      `docker logs api:\nListening on 0.0.0.0:3000\nConnected to redis at 172.17.0.${v.int(2, 9)}:6379\nError: connect ECONNREFUSED 172.17.0.1:5432\nWhy can't the container reach postgres on the host?`,
    ),
  (v) =>
    N(
      "de",
      "log",
      "private IPs",
      `Warum schlägt der Ping fehl?\nPING 10.${v.int(0, 20)}.${v.int(0, 9)}.${v.int(2, 200)} (10.0.4.12): 56 data bytes\nRequest timeout for icmp_seq 0\nRequest timeout for icmp_seq 1`,
    ),
  (v) =>
    N(
      "en",
      "yaml",
      "private IPs in config",
      `Is this netplan config right?\nnetwork:\n  ethernets:\n    eth0:\n      addresses: [192.168.${v.int(1, 50)}.${v.int(2, 250)}/24]\n      gateway4: 192.168.${v.int(1, 50)}.1\n      nameservers: {addresses: [10.0.0.2]}`,
    ),
  (v) =>
    N(
      "en",
      "code",
      "loopback",
      `app.listen(${v.int(3000, 9000)}, '127.0.0.1', () => console.log('ready'))\nWhy can't my phone on the same wifi open the page?`,
    ),
  (v) =>
    N(
      "zh",
      "log",
      "private IPs",
      `帮我看看这个 k8s 报错：\nWarning  FailedCreatePodSandBox  kubelet  failed to set up pod network: IP 10.244.${v.int(0, 9)}.${v.int(2, 250)} already allocated on node 10.0.${v.int(0, 9)}.${v.int(2, 60)}`,
    ),
  (v) =>
    N(
      "en",
      "csv",
      "private IPs inventory",
      `Group these hosts by subnet:\nhost,ip\nweb-1,10.0.1.${v.int(2, 99)}\nweb-2,10.0.1.${v.int(100, 200)}\ndb-1,10.0.2.${v.int(2, 99)}\nnas,192.168.1.${v.int(2, 250)}`,
    ),
  (v) => N("ja", "free-text", "private IP", `自宅サーバー（192.168.${v.int(0, 3)}.${v.int(2, 250)}）に外からSSHしたいです。ポート開放の手順を教えて。`),
  (v) =>
    N(
      "en",
      "http-headers",
      "private IP in forwarding header",
      `Our proxy adds these headers:\nX-Forwarded-For: 10.${v.int(0, 255)}.${v.int(0, 255)}.${v.int(1, 254)}\nX-Real-IP: 10.${v.int(0, 255)}.${v.int(0, 255)}.${v.int(1, 254)}\nX-Request-Id: ${v.alnum(8, "0123456789abcdef")}-${v.alnum(4, "0123456789abcdef")}\nShould the app trust them?`,
    ),
  (v) =>
    N(
      "en",
      "free-text",
      "UUID",
      `Postgres says duplicate key value violates unique constraint for id ${v.alnum(8, "0123456789abcdef")}-${v.alnum(4, "0123456789abcdef")}-4${v.alnum(3, "0123456789abcdef")}-a${v.alnum(3, "0123456789abcdef")}-${v.alnum(12, "0123456789abcdef")}. How can UUIDs collide?`,
    ),
  (v) => N("en", "free-text", "git hash", `How do I cherry-pick ${v.alnum(40, "0123456789abcdef")} onto the release branch without the merge commit?`),
  (v) =>
    N(
      "en",
      "log",
      "timestamps and request ids",
      `Why are these out of order?\n${v.int(1700000000, 1790000000)}${v.digits(3)} req=${v.alnum(16, "0123456789abcdef")} start\n${v.int(1700000000, 1790000000)}${v.digits(3)} req=${v.alnum(16, "0123456789abcdef")} end`,
    ),
  (v) => N("en", "free-text", "maths long numbers", `What is ${v.digits(16, true)} mod ${v.int(7, 97)}? Show the steps.`),
  (v) =>
    N(
      "de",
      "free-text",
      "order number",
      `Meine Bestellung Nr. ${v.digits(10, true)} ist seit zwei Wochen „in Bearbeitung“. Schreib eine freundliche Nachfrage an den Shop.`,
    ),
  (v) =>
    N(
      "en",
      "free-text",
      "SKU",
      `The SKU ${v.letters(3)}-${v.digits(5)}-${v.pick(["S", "M", "L", "XL"])} shows negative stock in our ERP. What are common causes?`,
    ),
  (v) =>
    N(
      "fr",
      "free-text",
      "invoice number",
      `La facture n° FA-${v.int(2019, 2025)}-${v.digits(6)} a été payée deux fois par notre société. Rédige une demande de remboursement au fournisseur.`,
    ),
  (v) => N("en", "free-text", "ISBN", `Find reviews for ISBN ${isbn13(v)} – is it the 2nd or 3rd edition?`),
  (v) => N("es", "free-text", "maths", `Calcula la media de estos números: ${Array.from({ length: 6 }, () => v.digits(v.int(6, 10), true)).join(", ")}.`),
  (v) => N("en", "free-text", "Ofcom drama range", `Write a voicemail script for a thriller; the caller leaves the number 07700 900${v.digits(3)}.`),
  (v) => N("en", "free-text", "US fictional range", `For the TV pilot, the diner's phone number on the menu is 555-01${v.digits(2)}. Write the menu header.`),
  (v) =>
    N(
      "en",
      "free-text",
      "Ofcom drama range",
      `Our audio drama uses the London number 020 7946 0${v.digits(3)} for the detective agency – write its answering-machine message.`,
    ),
  (v) => N("ko", "free-text", "order number", `주문번호 ${v.int(2024, 2025)}${v.digits(10)} 배송 조회가 안 돼. 고객센터에 보낼 문의 글 써줘.`),
  (v) =>
    N(
      "pl",
      "log",
      "build log",
      `Czemu build się wywala?\n[${v.int(10, 23)}:${v.int(10, 59)}:${v.int(10, 59)}] step ${v.int(3, 9)}/12 sha256:${v.alnum(64, "0123456789abcdef")}\nERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1`,
    ),
  (v) =>
    N(
      "it",
      "free-text",
      "tracking number",
      `Il mio pacco con numero di spedizione ${v.letters(2)}${v.digits(9)}IT è fermo a Bologna da 5 giorni, cosa posso fare?`,
    ),
];

export function isbn13(v: Values): string {
  const body = "978" + v.digits(9);
  const sum = [...body].reduce((acc, ch, i) => acc + Number(ch) * (i % 2 === 0 ? 1 : 3), 0);
  return body + String((10 - (sum % 10)) % 10);
}

export function generatedNegatives(v: Values, rounds: number): Negative[] {
  const out: Negative[] = [];
  for (let round = 0; round < rounds; round++) for (const family of FAMILIES) out.push(family(v));
  return out;
}
