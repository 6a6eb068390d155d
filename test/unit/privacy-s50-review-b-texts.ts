/**
 * Session 50 review-b texts (issue #15): hard negatives and positives for the session's backup-code lists, labelled
 * security answers, digit-only Wi-Fi keys, secrets in prose and assignments, OTPs and PINs told in India's scripts and
 * UPI ids. Written for this project by the session-50 review-b helper without reading any dev set; every person and
 * every value is invented.
 */

/** Backup and recovery codes: documentation, formats, other lists under a similar label (no finding). */
export const backupCodeNegatives: string[] = [
  "How do I generate new backup codes for my GitHub account? The old ones are lost.",
  "Backup codes are 8-digit numbers; each one works once. Store them somewhere safe.",
  "Recovery codes look like xxxx-xxxx, and GitHub gives you sixteen of them.",
  "Backup codes:\nxxxx-xxxx\nxxxx-xxxx\nxxxx-xxxx\nxxxx-xxxx",
  "Recovery codes:\n****-****\n****-****\n****-****\n****-****",
  "Backup codes:\n- print them\n- store them offline\n- never share them\n- regenerate after use",
  "Backup codes (template for our docs):\n<code-1>\n<code-2>\n<code-3>\n<code-4>",
  "Recovery codes in our test fixture:\n1111-1111\n2222-2222\n3333-3333\n4444-4444",
  "Error codes for the backup job:\nE1001 disk full\nE1002 timeout\nE1003 auth failed\nE1004 quota",
  "Backup schedule for the office NAS:\n02:00 daily\n03:00 weekly\n04:00 monthly\n05:00 yearly",
  "Códigos de respaldo: ¿cómo los genero en Google? Solo veo la opción de verificación en dos pasos.",
  "Kody zapasowe są jednorazowe; ile ich dostaję po włączeniu weryfikacji dwuetapowej?",
  "Yedek kodlar nasıl oluşturulur? Ayarlar > Güvenlik > İki adımlı doğrulama.",
  "Recovery codes — chapter 4 of the novel: Mara found the list, but every code had been crossed out.",
  "Backup codes for the postal regions:\n10115 Berlin\n20095 Hamburg\n80331 München\n50667 Köln",
  "Mã dự phòng là gì? Tôi cần hướng dẫn bật xác minh hai bước.",
];

/** A private person's backup codes (a finding). */
export const backupCodePositives: string[] = [
  "My GitHub recovery codes:\n7f3k2-9qpzm\nb8x4n-2wle7\nm3c9v-kq5r2\nz6t1y-8hj4d",
  "Here are my backup codes, keep them for me:\n4829 1735\n9031 6624\n5517 0482\n7740 2913",
  "Kody zapasowe do mojego konta:\n38271946\n90517283\n64829105\n17392048",
  "Códigos de respaldo de mi cuenta:\nk2m9-x7q4\np8v3-n1z6\nr5t2-w9c8\nh4j7-b3d1",
  "2FA codes for my Proton account: 61837-20493 / 95027-18364 / 40281-73956 / 82619-05473",
  "recovery codes\nqz7k4mtp2x\nn8w3rj6vya\nh2c9fb5dle\nt6x1pg8skm",
];

/** Security questions and answers: quizzes, FAQs, advice, fiction, public figures (no finding). */
export const securityAnswerNegatives: string[] = [
  "Question: What is the capital of Australia? Answer: Canberra.",
  "Quiz question: Who painted the Mona Lisa? Answer: Leonardo da Vinci.",
  "Security question: What was the name of your first pet? Is that a good question to use for a bank?",
  "Why are security questions like mother's maiden name considered weak? Answer in two paragraphs.",
  "Security answer: should be something you can remember but others cannot guess; pick a fake answer.",
  "FAQ — Question: How do I reset my security question? Answer: Go to Settings > Account > Security.",
  "Mother's maiden name: [enter here]\nFirst school: [enter here]",
  "Security question: What city were you born in?\nAnswer: ________",
  "In the novel, the detective asks: What was your first car? The suspect answers: a red Fiat.",
  "Barack Obama's mother's maiden name was Dunham, per his memoir.",
  "Pregunta: ¿Cuál es la capital de Perú? Respuesta: Lima.",
  "Soru: Türkiye'nin başkenti neresidir? Cevap: Ankara.",
  "Pytanie: Ile nóg ma pająk? Odpowiedź: osiem.",
  "Pertanyaan: Apa ibu kota Indonesia? Jawaban: Jakarta.",
  "Câu hỏi: Thủ đô của Việt Nam là gì? Trả lời: Hà Nội.",
  "Interview question: What is your greatest weakness? Answer: I take on too much.",
  // The session's labelled answers (a question's label, a colon and capitalised words) where nothing is anyone's secret.
  "Security question examples in the NIST guide: mother's maiden name: Smith, first pet: Fluffy.",
  "In the novel, his security question was first pet: Rex, and the hacker guessed it.",
  "Security questions are weak. Marie Curie's city of birth: Warsaw is public.",
  "Security question ideas for our app: favourite book: Dune, favourite film: Alien.",
  "Book club poll — favourite book: Middlemarch, favourite film: Casablanca.",
  "Form fields: Mother's maiden name: Required",
  "Security question: favourite film? The Matrix is what most users pick, says the survey.",
];

/** A private person's security answer (a finding). */
export const securityAnswerPositives: string[] = [
  "My security question is 'name of your first pet' and the answer is Biscuit42, can you store it?",
  "Security question: mother's maiden name. Answer: Kowalczyk. Please keep this for my bank login.",
  "For my Chase account the security answer is Glenwood Elementary.",
  "Pregunta de seguridad de mi cuenta: nombre de mi primera mascota. Respuesta: Canelita2009.",
  "Sicherheitsfrage meines Kontos: Geburtsort der Mutter — Antwort: Tschirnau.",
  "Update my notes: security answer for the Vodafone account is 'Pinkerton-1987'.",
  "Security questions on my bank account: mother's maiden name: Lindqvist, first pet: Tundra.",
  "My security question: city of birth: San Sebastián de los Reyes",
];

/** Wi-Fi keys: speeds, channels, standards, public venues, docs and defaults (no finding). */
export const wifiNegatives: string[] = [
  "The Wi-Fi speed is 300 Mbps on the 5 GHz band.",
  "Our Wi-Fi channel is 11, should I move it to 6?",
  "Wi-Fi 6 is 802.11ax and Wi-Fi 7 is 802.11be.",
  "A WPA2 Wi-Fi password must be 8 to 63 characters long.",
  "The default Wi-Fi password 12345678 in the router manual should be changed.",
  "The Wi-Fi password is printed on the sticker under the router.",
  "How do I find the Wi-Fi password on Windows 11? netsh wlan show profile name=Home key=clear",
  "The Wi-Fi router model 4040 has 4 antennas and costs 129 euros.",
  "Wi-Fi password: <your-password>",
  "Free Wi-Fi at Heathrow Terminal 5 lasts 4 hours; no password needed.",
  "The Wi-Fi password for the conference is on page 2 of the programme.",
  "La contraseña del Wi-Fi debe tener al menos 8 caracteres.",
  "Hasło do Wi-Fi powinno mieć co najmniej 12 znaków.",
  "Wi-Fi şifresi en az 8 karakter olmalı; 2024 modelinde varsayılan şifre etikette yazıyor.",
  "Kata sandi Wi-Fi minimal 8 karakter; kecepatan 100 Mbps.",
  "Mật khẩu Wi-Fi nên dài ít nhất 8 ký tự; tốc độ 150 Mbps.",
  "How do I find the Wi-Fi password on Windows 11? netsh wlan show profile name=Home key=clear",
  "The Wi-Fi password field accepts up to 63 characters; order no. 2024120700001234",
];

/** A private home's Wi-Fi key (a finding). */
export const wifiPositives: string[] = [
  "Our home Wi-Fi password is 84920175, tell the babysitter.",
  "wifi: Kowalski_Home / pass 30571948",
  "La contraseña de mi wifi es 57203918.",
  "Hasło do mojego Wi-Fi to 61938274.",
  "Wi-Fi şifrem 73920184, misafirler için.",
  "The password to my flat's wifi is 29384710 if you come by.",
  "WLAN-Schlüssel unserer FRITZ!Box: 44718203947561029384",
];

/** API keys and secrets in prose and code: placeholders, env lookups, settings, docs (no finding). */
export const secretNegatives: string[] = [
  "const apiKey = process.env.OPENAI_API_KEY;",
  'apiKey: "<your-api-key>",',
  "clientSecret = os.environ['CLIENT_SECRET']",
  '"password": "${DB_PASSWORD}"',
  "passwordMinLength = 12",
  '"passwordHint": "Use at least eight characters"',
  'secretName = "prod-db-credentials"',
  "Where do I find my API key in the OpenAI dashboard?",
  "The API key should be sent in the Authorization header as a bearer token.",
  "apiKeyHeader = 'X-Api-Key'",
  "Set-Cookie: theme=dark%20mode; Path=/",
  "In the Stripe docs the test key is sk_test_XXXXXXXXXXXXXXXXXXXXXXXX.",
  '"clientSecret": "REPLACE_ME"',
  "La clave de API se genera en el panel de control.",
  "Klucz API należy przechowywać w zmiennej środowiskowej.",
  "API anahtarı nerede bulunur? Ayarlar sayfasında.",
];

/** A private person's key or secret (a finding). */
export const secretPositives: string[] = [
  'const stripeSecretKey = "rk_live_51Hq8vK2eZvKYlo2Cq9XwTtP3";',
  '"clientSecret": "9fK2mQx7Lp4vR8tZ3wN6yB1c"',
  'dbPassword = "Tr0mb0ne!Hill"',
  "my api key is k7Jq2Xv9Lm4Rt8Wp3Zs6Nb1Cf5Hd0Gy, why does it return 401?",
  "Cookie: session_id=a8F3kL9xQ2%2Bz7Vn4Rt6Wm1Yp",
  "mi clave de API es 3Fq9Zk2Lm8Xv4Rt7Wp1Nb6Cj, ¿por qué falla?",
];

/** OTPs and PINs in India's scripts: advice, formats, postal PIN codes, helplines (no finding). */
export const indicNegatives: string[] = [
  "ओटीपी 6 अंकों का होता है और 10 मिनट में समाप्त हो जाता है।",
  "बैंक कभी भी फ़ोन पर ओटीपी नहीं मांगता; साइबर हेल्पलाइन 1930 पर कॉल करें।",
  "दिल्ली का पिन कोड 110001 है।",
  "मुंबई पिन कोड 400001, चेन्नई 600001।",
  "एटीएम पिन 4 अंकों का होता है; इसे हर 90 दिन में बदलें।",
  "ओटीपी नियम 2024 से लागू हैं।",
  "ওটিপি ৬ সংখ্যার হয় এবং ৫ মিনিটে মেয়াদ শেষ হয়।",
  "কলকাতার পিন কোড ৭০০০০১।",
  "ஓடிபி 6 இலக்கங்கள் கொண்டது; வங்கி ஒருபோதும் கேட்காது.",
  "சென்னை பின் கோடு 600001.",
  "ఓటీపీ 6 అంకెలు ఉంటుంది; 10 నిమిషాల్లో ముగుస్తుంది.",
  "ઓટીપી 6 અંકનો હોય છે; અમદાવાદનો પિન કોડ 380001 છે.",
  "ಒಟಿಪಿ 6 ಅಂಕಿಗಳದ್ದು; ಬೆಂಗಳೂರು ಪಿನ್ ಕೋಡ್ 560001.",
  "कहानी में ठग ने कहा: ओटीपी बताइए। रमेश ने फ़ोन काट दिया।",
  "OTP ke liye 2 minute rukiye; PIN code 110001 Delhi ka hai.",
  "डेमो के लिए टेस्ट ओटीपी 123456 है (सैंडबॉक्स)।",
  "RBI OTP 2024 guidelines apply to all banks.",
  "OTP 1930 is the cyber helpline number on the poster.",
  "OTP की वैधता 2025 तक बढ़ाई गई।",
];

/** A private person's OTP or PIN told in an Indian script (a finding). */
export const indicPositives: string[] = [
  "मेरा ओटीपी 482913 है, जल्दी लॉगिन करो।",
  "मेरा एटीएम पिन 7391 है, पापा को बता देना।",
  "আমার ওটিপি ৫৮২৯১৪, তাড়াতাড়ি দিন।",
  "என் ஓடிபி 730194, உடனே சொல்லுங்கள்.",
  "నా ఓటీపీ 618204, త్వరగా చెప్పు.",
  "મારો ઓટીપી 903714 છે.",
];

/** UPI ids: formats, merchants, public funds, emails, handles (no finding). */
export const upiNegatives: string[] = [
  "A UPI ID looks like yourname@okaxis or mobile@ybl.",
  "What is the difference between @ybl and @ibl handles in PhonePe?",
  "Donate to the PM CARES fund: pmcares@sbi (official).",
  "Pay the canteen at merchant UPI canteen.iitb@icici for lunch.",
  "Write to support@phonepe.com for refunds.",
  "Follow @paytm on X for offers.",
  "Template: UPI ID: <name>@okhdfcbank",
  "example@okicici is the sample UPI address in the NPCI guide.",
  "The UPI handle @axl belongs to Axis Bank via PhonePe.",
  "यूपीआई आईडी का प्रारूप नाम@बैंक होता है।",
  "UPI ID for the temple donations: shrisaibaba.trust@sbi",
  "Swiggy's refunds go to swiggy@icici, not to you.",
  "Email john.doe@ybl.example.com bounced.",
  "UPI transaction limit is 1 lakh per day.",
  "Dans le roman, Raj tape test@ybl et rien ne se passe.",
  "username@upi is a placeholder in the tutorial.",
  "My UPI for the demo is test@ybl, it never receives money.",
];

/** A private person's UPI id (a finding). */
export const upiPositives: string[] = [
  "My UPI is ravi.kumar92@okaxis, send the rent there.",
  "Send 500 to priya.sharma@ybl please.",
  "मेरी यूपीआई आईडी anita.verma@oksbi है।",
  "আমার ইউপিআই sourav.das88@paytm",
  "Paid to meena.iyer@okhdfcbank via UPI, ₹1,200.",
  "GPay me on 9876543210@okicici",
];

/** Keys told in prose (prose-api-keys.ts): questions, docs, public and revoked sample keys, other languages (no finding). */
export const proseKeyNegatives: string[] = [
  "How long is an OpenAI API key, and does it always start with sk-?",
  "My API key stopped working after I rotated it; do I need to update the SDK?",
  "The api key in the README is sk-proj-XXXXXXXXXXXXXXXX, replace it with yours.",
  "Is it safe to put my API key in a React app's environment variables?",
  "Our company API key policy: keys expire every 90 days and live in Vault.",
  "The secret key of the villain's vault in the story was never revealed.",
  "The access key in the AWS docs is AKIAIOSFODNN7EXAMPLE.",
  "What does 'invalid api key' mean when the key is correct?",
  "In the tutorial the token is abc123 just to show the header format.",
  "Please generate a new API key for the staging project and send it through 1Password.",
  "Mi clave de API caducó ayer; ¿cómo la renuevo?",
  "Mój klucz API przestał działać po zmianie planu.",
  "API anahtarım çalışmıyor, yeni bir tane nasıl oluştururum?",
  "Kunci API saya tidak berfungsi setelah diperbarui.",
  "Khóa API của tôi hết hạn, làm sao tạo khóa mới?",
  "The Slack bot token starts with xoxb- followed by digits and letters.",
];

/** A private person's key told in prose (a finding). */
export const proseKeyPositives: string[] = [
  "here is my openai key sk-proj-8fKq2Lm9Xv4Rt7Wp1Nb6Cj3Hd5Gy0Zs, debug this for me",
  "my api key is k7Jq2Xv9Lm4Rt8Wp3Zs6Nb1Cf5Hd0Gy, why does it return 401?",
  "Use my token ghp_7fK2mQx9Lp4vR8tZ3wN6yB1cD5hJ0gS2kXe4 for the push.",
  "mi clave de API es 3Fq9Zk2Lm8Xv4Rt7Wp1Nb6Cj, ¿por qué falla?",
  "Mój klucz API to 9Xk2Lm7Qv4Rt8Wp3Zs6Nb1Cf, sprawdź proszę.",
  "API anahtarım 4Tz8Kq2Lm9Xv7Rw3Np6Bc1Dh, neden hata veriyor?",
];
