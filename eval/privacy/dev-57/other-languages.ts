/**
 * dev-57 entries in German, French, Spanish, Korean and Japanese: the same minimal twins as `english.ts` (a private
 * person's password, mailbox, diagnosis or bank account against a policy, a role address, a disease explained, a bank's
 * own code). `kind` is `<finding>:<who>` or `neg-<finding>:<what>`. Our own invented text.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const OTHER_SENSITIVE: MarkedEntry[] = [
  ["de", "password:own", `Mein Passwort fürs Online-Banking ist ⟦password|Linde#Bach-447⟧ — ist das sicher genug?`],
  ["de", "password:wifi", `Schreib meiner Mutter einen Zettel: das WLAN-Passwort ist ⟦password|Kuckuck-Garten-19⟧.`],
  ["de", "email:own", `Meine private Adresse ist ⟦email|jonas.wegener84@web.de⟧, trag sie bitte ins Formular ein.`],
  ["de", "email:neighbour", `Schreib eine Einladung zum Grillen an meine Nachbarin ⟦email|heike.brandt@gmx.de⟧.`],
  ["de", "health:parent", `Mein Vater hat seit gestern die Diagnose ⟦health|Prostatakrebs⟧ — wie sage ich es meinen Kindern?`],
  ["de", "health:own", `Ich nehme ⟦health|Ramipril 5 mg⟧ gegen meinen ⟦health|Bluthochdruck⟧ — darf ich Ibuprofen nehmen?`],
  ["de", "bank_account:own", `Meine Kontonummer bei der Sparkasse ist ⟦bank_account|1048372915⟧, schreib den Dauerauftrag für die Miete.`],
  ["de", "bank_account:client", `Frau Keller hat mir ihre Kontonummer ⟦bank_account|2093817465⟧ gegeben, formuliere die Überweisungsnotiz.`],

  ["fr", "password:own", `Mon mot de passe Free est ⟦password|Cerisier!Loup-62⟧, comment le changer ?`],
  ["fr", "password:wifi", `Note pour ma fille : le mot de passe Wi-Fi de la maison est ⟦password|papillon-vert-2207⟧.`],
  ["fr", "email:own", `Mon adresse perso : ⟦email|claire.dubois77@orange.fr⟧ — ajoute-la à mon CV.`],
  ["fr", "email:neighbour", `Réponds à mon voisin ⟦email|p.lemaire.famille@free.fr⟧ pour la fête des voisins.`],
  ["fr", "health:spouse", `Mon mari vient d'apprendre qu'il a ⟦health|une sclérose en plaques⟧, comment en parler à son employeur ?`],
  ["fr", "health:own", `Je prends du ⟦health|Levothyrox 75 µg⟧ depuis mon opération, puis-je boire du café le matin ?`],
  ["fr", "bank_account:sister", `Voici le numéro de compte de ma sœur, ⟦bank_account|04519283710⟧, pour le virement du loyer.`],
  ["fr", "bank_account:own", `Mon numéro de compte à la Banque Postale est ⟦bank_account|73829104561⟧, rédige la lettre pour la CAF.`],

  ["es", "password:own", `Mi contraseña del correo es ⟦password|Girasol#Brisa-83⟧, ¿es segura?`],
  ["es", "password:wifi", `Apunta para mi abuela: la contraseña del wifi es ⟦password|naranjo-azul-4410⟧.`],
  ["es", "email:own", `Mi correo personal es ⟦email|lucia.herrera.m@hotmail.es⟧, ponlo en la solicitud de alquiler.`],
  ["es", "email:landlord", `Escríbele a mi casero ⟦email|andres.pineda1968@gmail.com⟧ que la caldera no funciona.`],
  ["es", "health:child", `A mi hija le diagnosticaron ⟦health|celiaquía⟧ ayer, ¿qué le preparo para el colegio?`],
  ["es", "health:own", `Tengo ⟦health|ansiedad generalizada⟧ y tomo ⟦health|escitalopram 10 mg⟧, ¿puedo beber alcohol?`],
  ["es", "bank_account:parent", `Transfiere a la cuenta de mi padre, número ⟦bank_account|0182 5322 71 0201503827⟧, y redacta el concepto.`],
  ["es", "bank_account:own", `Mi número de cuenta para la nómina es ⟦bank_account|2038 4417 62 6000318274⟧, redacta el correo a RR. HH.`],

  ["ko", "password:own", `내 네이버 비밀번호는 ⟦password|haneul!Sori-58⟧인데 안전한가요?`],
  ["ko", "password:wifi", `부모님께 보낼 메모: 집 와이파이 비밀번호는 ⟦password|gaeul-bam-7731⟧이에요.`],
  ["ko", "email:own", `제 개인 이메일 ⟦email|minji.park0921@naver.com⟧ 로 이력서 양식을 채워 주세요.`],
  ["ko", "email:neighbour", `옆집 아저씨 이메일이 ⟦email|jhkim1962@daum.net⟧ 인데, 주차 문제로 정중한 메일을 써 주세요.`],
  ["ko", "health:spouse", `남편이 ⟦health|당뇨병⟧ 진단을 받았어요. 식단을 어떻게 바꿔야 하나요?`],
  ["ko", "health:own", `저는 ⟦health|공황장애⟧로 약을 먹고 있는데 회사에 말해야 할까요?`],
  ["ko", "bank_account:own", `제 계좌번호 ⟦bank_account|110-384-729104⟧ (신한은행)로 입금해 달라고 문자를 써 주세요.`],
  ["ko", "bank_account:friend", `친구 계좌 ⟦bank_account|352-0918-4471-53⟧ 로 회비 보내라고 공지 써 줘.`],

  ["ja", "password:own", `私のAmazonのパスワードは ⟦password|sakura!Kawa-3309⟧ です。強いですか？`],
  ["ja", "password:wifi", `母へのメモ：家のWi-Fiのパスワードは ⟦password|tsubame-natsu-815⟧ です。`],
  ["ja", "email:own", `私の個人メール ⟦email|haruka.sato.0412@gmail.com⟧ を履歴書に入れてください。`],
  ["ja", "email:landlord", `大家さんのメール ⟦email|t.yamamoto1958@nifty.com⟧ に、エアコン故障の連絡を書いて。`],
  ["ja", "health:parent", `父が ⟦health|肺がん⟧ と診断されました。職場にどう伝えればいいですか？`],
  ["ja", "health:own", `私は ⟦health|うつ病⟧ で休職中です。復職の面談で何を話せばいいですか？`],
  ["ja", "bank_account:own", `私の口座番号は三菱UFJ 普通 ⟦bank_account|4827193⟧ です。振込先として請求書に書いて。`],
  ["ja", "bank_account:brother", `兄の口座 ゆうちょ ⟦bank_account|10390-48271931⟧ に送金してと伝えるメッセージを書いて。`],
];

export const OTHER_NEGATIVES: MarkedEntry[] = [
  ["de", "neg-password:policy", `Was sollte in unserer Passwortrichtlinie stehen — mindestens 12 Zeichen und Sonderzeichen?`],
  ["de", "neg-password:example", `Ist 'Passwort123' als Beispiel für ein schwaches Passwort in unserer Schulung gut gewählt?`],
  ["de", "neg-email:support", `Wie schreibe ich an kundenservice@telekom.de wegen meiner doppelten Rechnung?`],
  ["de", "neg-email:code", `Im Codebeispiel steht max.mustermann@example.com — ist das eine echte Adresse?`],
  ["de", "neg-health:explained", `Erklär mir, was Prostatakrebs ist und wie die Früherkennung funktioniert.`],
  ["de", "neg-health:label", `Was steht im Beipackzettel von Ramipril zu Nebenwirkungen?`],
  ["de", "neg-bank_account:swift", `Ist COBADEFFXXX der richtige BIC der Commerzbank für Auslandsüberweisungen?`],
  ["de", "neg-bank_account:explained", `Wie viele Stellen hat eine deutsche Kontonummer, und wie steckt sie in der IBAN?`],

  ["fr", "neg-password:policy", `Quelle longueur minimale l'ANSSI recommande-t-elle pour un mot de passe ?`],
  ["fr", "neg-password:field-name", `Le champ « mot de passe » de mon formulaire n'affiche pas les points, pourquoi ?`],
  ["fr", "neg-email:support", `Comment écrire au service client contact@sncf.fr pour un remboursement ?`],
  ["fr", "neg-email:rfc", `Dans la doc, prenom.nom@example.fr sert d'exemple — ce domaine est-il réservé ?`],
  ["fr", "neg-health:explained", `Explique la sclérose en plaques simplement, pour un exposé de SVT.`],
  ["fr", "neg-health:label", `Que dit la notice du Doliprane sur la dose maximale par jour ?`],
  ["fr", "neg-bank_account:swift", `Le code BIC de BNP Paribas est-il bien BNPAFRPP ?`],
  ["fr", "neg-bank_account:sample-cheque", `Sur un exemple de RIB du manuel, le code banque 30004 correspond à quelle banque ?`],

  ["es", "neg-password:policy", `¿Cuántos caracteres debe exigir la política de contraseñas de la empresa? Pensamos en 14.`],
  ["es", "neg-password:hash", `¿Qué es mejor para guardar contraseñas, bcrypt o Argon2?`],
  ["es", "neg-email:support", `¿Cómo contacto con atencion.cliente@iberia.com por una maleta perdida?`],
  ["es", "neg-email:code", `En el ejemplo de código aparece usuario@ejemplo.com — ¿por qué falla la validación?`],
  ["es", "neg-health:explained", `¿Qué es la celiaquía y cómo se diagnostica?`],
  ["es", "neg-health:label", `¿Qué dice el prospecto del escitalopram sobre el alcohol?`],
  ["es", "neg-bank_account:swift", `¿El código SWIFT del Banco Santander es BSCHESMM?`],
  ["es", "neg-bank_account:sample-cheque", `En el cheque de ejemplo del libro de texto, ¿qué significa cada número de abajo?`],

  ["ko", "neg-password:policy", `회사 비밀번호 정책은 몇 자 이상이 좋을까요? 12자로 하려고요.`],
  ["ko", "neg-password:field-name", `로그인 화면의 '비밀번호' 입력창에 값이 안 들어가요, HTML 문제인가요?`],
  ["ko", "neg-email:support", `고객센터 help@coupang.com 으로 환불 문의 메일을 써 주세요.`],
  ["ko", "neg-email:code", `예제 코드의 test@example.com 은 실제 주소인가요?`],
  ["ko", "neg-health:explained", `당뇨병이 뭔지 쉽게 설명해 주세요.`],
  ["ko", "neg-health:explained", `공황장애의 일반적인 증상은 무엇인가요? 보건 수업 자료예요.`],
  ["ko", "neg-bank_account:swift", `신한은행 SWIFT 코드가 SHBKKRSE 맞나요?`],
  ["ko", "neg-bank_account:explained", `계좌번호는 보통 몇 자리인가요? 은행마다 다른가요?`],

  ["ja", "neg-password:policy", `社内のパスワードポリシーで、定期変更は今でも必要ですか？`],
  ["ja", "neg-password:prompt-text", `「パスワードを入力してください」と表示されるだけで入力できません、なぜ？`],
  ["ja", "neg-email:support", `support@rakuten.co.jp に返品の問い合わせメールを書いてください。`],
  ["ja", "neg-email:code", `サンプルコードの taro@example.jp は実在しますか？`],
  ["ja", "neg-health:explained", `肺がんの主な症状と検査方法を説明してください。`],
  ["ja", "neg-health:explained", `うつ病の治療法について、一般向けにわかりやすく説明して。`],
  ["ja", "neg-bank_account:swift", `三菱UFJ銀行のSWIFTコードは BOTKJPJT で合っていますか？`],
  ["ja", "neg-bank_account:explained", `日本の銀行口座番号は普通何桁ですか？`],
];
