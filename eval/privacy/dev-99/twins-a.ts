/**
 * dev-99's twins, part 1: code with test fixtures, API documentation with example keys, a company's published contact
 * details, historical and fictional people, medical education. Each twin is one text written twice: the hard negative
 * (documented test values, a business's or a public figure's published data, textbook health) and the sensitive twin
 * (the same text with one private person's value). Written from everyday prompts, not from the guard's patterns.
 */
import { birth, card, mobile, personalEmail, pick, secret } from "./values.js";

/** [lang, form, negative text, sensitive twin with ⟦category|value⟧ marks] */
export type Twin = [lang: string, form: string, negative: string, sensitive: string];

const m = (category: string, value: string) => `⟦${category}|${value}⟧`;

export function fixtureTwins(): Twin[] {
  const e1 = personalEmail("Marta", "Kowalczyk", "gmail.com");
  const e2 = personalEmail("Jonas", "Brandt", "gmx.de");
  const c1 = card();
  const p1 = mobile("FR");
  const p2 = mobile("JP");
  const e3 = personalEmail("Lucía", "Serrano", "hotmail.es");
  const p3 = mobile("US");
  return [
    [
      "en",
      "pytest",
      `Why does this pytest fail with "invalid address"?\n\ndef test_signup(client):\n    resp = client.post("/signup", json={"email": "jane.doe@example.com", "name": "Jane Doe"})\n    assert resp.status_code == 201`,
      `Why does this pytest fail with "invalid address"? I copied the failing payload from prod, it's the customer who complained yesterday:\n\ndef test_signup(client):\n    resp = client.post("/signup", json={"email": "${m("email", e1)}", "name": "Marta Kowalczyk"})\n    assert resp.status_code == 201`,
    ],
    [
      "de",
      "jest",
      `Kannst du diesen Jest-Test erklären?\n\nit("formatiert die Karte", () => {\n  expect(maskCard("4242 4242 4242 4242")).toBe("•••• 4242"); // Stripe-Testkarte\n});`,
      `Kannst du diesen Jest-Test erklären? Die Nummer ist die echte Karte von Herrn Brandt aus dem Support-Ticket:\n\nit("formatiert die Karte", () => {\n  expect(maskCard("${m("payment_card", c1)}")).toBe("•••• ${c1.slice(-4)}");\n});`,
    ],
    [
      "fr",
      "seed",
      `Ce script de seed plante sur la contrainte unique, pourquoi ?\n\nINSERT INTO clients (nom, tel) VALUES ('Client Test', '01 99 00 12 34');\nINSERT INTO clients (nom, tel) VALUES ('Client Test', '01 99 00 12 34');`,
      `Ce script de seed plante sur la contrainte unique, pourquoi ?\n\nINSERT INTO clients (nom, tel) VALUES ('Camille Roux', '${m("phone", p1)}');\nINSERT INTO clients (nom, tel) VALUES ('Camille Roux', '${m("phone", p1)}');`,
    ],
    [
      "ja",
      "fixture",
      `このRSpecのfixtureで電話番号のバリデーションが通りません。\n\nuser:\n  name: 山田 太郎\n  tel: 03-1234-5678 # ダミー\n  email: taro@example.jp`,
      `このRSpecのfixtureで電話番号のバリデーションが通りません。本番の佐藤美咲さんのデータをそのまま貼っています。\n\nuser:\n  name: 佐藤 美咲\n  tel: ${m("phone", p2)}\n  email: misaki.sato@example.jp`,
    ],
    [
      "es",
      "factory",
      `¿Cómo genero datos falsos con Faker en este factory?\n\nclass ClienteFactory(factory.Factory):\n    email = "usuario@example.org"\n    telefono = "+34 600 000 000"`,
      `¿Cómo cambio este factory? Puse a mano el correo de mi compañera Lucía para probar:\n\nclass ClienteFactory(factory.Factory):\n    email = "${m("email", e3)}"\n    telefono = "+34 600 000 000"`,
    ],
    [
      "en",
      "mock",
      `This mock returns 500, what's wrong?\n\nnock("https://api.twilio.com").post("/Messages.json", { To: "+15005550006", Body: "hi" }).reply(201);`,
      `This mock returns 500, what's wrong? I used my landlord Greg Moreno's cell so I could see the SMS arrive:\n\nnock("https://api.twilio.com").post("/Messages.json", { To: "${m("phone", p3)}", Body: "hi" }).reply(201);`,
    ],
    [
      "de",
      "env",
      `Ist die .env.example so richtig?\n\nSMTP_USER=noreply@example.com\nSMTP_PASS=changeme\nADMIN_MAIL=admin@example.com`,
      `Ist die .env so richtig? Ich habe die Adresse meines Kollegen als Admin eingetragen:\n\nSMTP_USER=noreply@example.com\nSMTP_PASS=changeme\nADMIN_MAIL=${m("email", e2)}`,
    ],
    [
      "pl",
      "test",
      `Dlaczego ten test w JUnit nie przechodzi?\n\nassertTrue(formatter.isValid("000000000")); // numer testowy`,
      `Dlaczego ten test w JUnit nie przechodzi? Wkleiłem numer pani Ewy Zielińskiej z reklamacji:\n\nassertTrue(formatter.isValid("${m("phone", mobile("PL"))}"));`,
    ],
    [
      "it",
      "fixture",
      `Questa fixture di Django dà errore di validazione:\n\n{"model": "crm.cliente", "fields": {"nome": "Mario Rossi", "email": "mario.rossi@example.it"}}`,
      `Questa fixture di Django dà errore di validazione, ho messo il cliente vero che ha aperto il ticket:\n\n{"model": "crm.cliente", "fields": {"nome": "Chiara Fontana", "email": "${m("email", personalEmail("Chiara", "Fontana", "libero.it"))}"}}`,
    ],
  ];
}

export function apiDocTwins(): Twin[] {
  const live = secret("sk_live_", 24);
  const gh = secret("ghp_", 36);
  const oa = secret("sk-proj-", 40);
  const pw = pick(["Lindenweg#2019", "Mauritius!7788", "kaffeeTasse_42x"]);
  return [
    [
      "en",
      "curl",
      `In Stripe's docs the example is:\n\ncurl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:\n\nWhat does the trailing colon do?`,
      `My curl works locally but not on the server:\n\ncurl https://api.stripe.com/v1/charges -u ${m("api_key", live)}:\n\nWhat does the trailing colon do?`,
    ],
    [
      "en",
      "readme",
      `The AWS docs show AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in ~/.aws/credentials. Which one is the secret?`,
      `Our README shows the key like this:\n\ngithub_token: ${m("api_key", gh)}\n\nShould the README show a real token like that?`,
    ],
    [
      "de",
      "sdk",
      `In der OpenAI-Doku steht OPENAI_API_KEY="sk-..." als Platzhalter. Wie setze ich die Variable unter Windows?`,
      `Wie setze ich die Variable unter Windows? Mein Schlüssel ist OPENAI_API_KEY="${m("api_key", oa)}".`,
    ],
    [
      "fr",
      "doc",
      `La documentation de l'API indique « Authorization: Bearer <VOTRE_JETON> ». Où est-ce que je trouve mon jeton ?`,
      `Le header « Authorization: Bearer ${m("api_key", secret("ghp_", 36))} » renvoie 401, le jeton est-il expiré ?`,
    ],
    [
      "pt",
      "doc",
      `A documentação do SDK usa senha: "sua_senha_aqui" no exemplo de conexão. É seguro deixar assim no repositório?`,
      `A conexão falha com senha: "${m("password", pw)}" — é a senha do banco de produção do João. Está correta a sintaxe?`,
    ],
    [
      "es",
      "postman",
      `En la colección de Postman de ejemplo viene x-api-key: {{apiKey}}. ¿Cómo defino la variable de entorno?`,
      `En mi colección de Postman tengo x-api-key: ${m("api_key", secret("sk_live_", 24))}. ¿Cómo la paso a variable de entorno?`,
    ],
    [
      "it",
      "doc",
      `Nella guida di Twilio l'Account SID di esempio è ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX. Che lunghezza ha un SID vero?`,
      `Il mio token GitHub ${m("api_key", secret("ghp_", 36))} dà 403 sul push. Che permessi servono?`,
    ],
  ];
}

export function contactTwins(): Twin[] {
  const p1 = mobile("DE");
  const e1 = personalEmail("Sabine", "Vogt", "web.de");
  const p2 = mobile("NL");
  const p3 = mobile("IT");
  const p4 = mobile("KR");
  const p5 = mobile("PL");
  const p6 = mobile("CN");
  return [
    [
      "de",
      "impressum",
      `Formuliere unser Impressum um:\nBäckerei Vogt GmbH, Lindenstraße 12, 50674 Köln\nTel. 0221 9876540, info@baeckerei-vogt.de\nGeschäftsführer: Sabine Vogt, HRB 12345`,
      `Formuliere die Vertretungsliste um:\nKrankheitsvertretung für Sabine Vogt, privat erreichbar unter ${m("phone", p1)} oder ${m("email", e1)}`,
    ],
    [
      "en",
      "footer",
      `Rewrite this footer for our website: Harbor Dental Clinic · 400 Market St, Suite 210, San Francisco, CA 94111 · (415) 555-0142 · hello@harbordental.com`,
      `Rewrite this note for the front desk: our hygienist Dana Whitfield lives at ${m("street_address", "1187 Alvarado Rd, Berkeley, CA 94705")}, send the flowers there.`,
    ],
    [
      "nl",
      "website",
      `Maak deze contacttekst korter: Gemeente Utrecht, Stadsplateau 1, 3521 AZ Utrecht. Bel 14 030 of mail naar info@utrecht.nl.`,
      `Maak deze tekst korter: onze vrijwilliger Sanne de Boer is bereikbaar op ${m("phone", p2)}, bel haar voor het rooster.`,
    ],
    [
      "it",
      "pagina",
      `Traduci in inglese: Hotel Bellavista, Via Roma 15, 39012 Merano (BZ). Reception: +39 0473 236 000, info@bellavista-merano.it`,
      `Traduci in inglese: per il ritiro chiama la signora Bianchi al suo cellulare ${m("phone", p3)}.`,
    ],
    [
      "ko",
      "homepage",
      `이 문구를 다듬어 줘: 서울시청 민원 안내, 서울특별시 중구 세종대로 110, 대표전화 02-120.`,
      `이 문구를 다듬어 줘: 김민지 팀장 개인 휴대폰 ${m("phone", p4)} 로 연락 바랍니다.`,
    ],
    [
      "pl",
      "stopka",
      `Popraw stopkę: Apteka Pod Lwem, ul. Długa 8, 80-831 Gdańsk, tel. 58 301 22 33, apteka@podlwem.pl`,
      `Popraw wiadomość: pani Zofia Nowak prosi o kontakt na prywatny numer ${m("phone", p5)}.`,
    ],
    [
      "zh",
      "联系我们",
      `帮我润色“联系我们”页面：北京华信科技有限公司，北京市海淀区中关村大街1号，客服热线 400-810-8888，邮箱 service@huaxin.com.cn`,
      `帮我润色这条通知：请联系王丽娜，她的私人手机是 ${m("phone", p6)}。`,
    ],
  ];
}

export function publicPersonTwins(): Twin[] {
  return [
    [
      "en",
      "history",
      `Albert Einstein was born on 14 March 1879 in Ulm and died in Princeton in 1955. Summarise his early life in 100 words.`,
      `My neighbour Albert Kessler was born on ${m("date_of_birth", birth("d/m/y"))}. Write a short birthday poem for him.`,
    ],
    [
      "en",
      "fiction",
      `Sherlock Holmes lives at 221B Baker Street, London, with Dr Watson. Why did Conan Doyle pick that address?`,
      `Please write a short letter to my tenant Tom Hale at ${m("street_address", "14 Cranley Gardens, Flat 2, London N10 3AH")} about the rent increase.`,
    ],
    [
      "de",
      "geschichte",
      `Johann Wolfgang von Goethe wurde am 28.08.1749 in Frankfurt am Main geboren. Nenne drei seiner Hauptwerke.`,
      `Unsere Azubine Lena Hartmann hat am ${m("date_of_birth", birth("d.m.y"))} Geburtstag, schreib ihr eine Glückwunschkarte.`,
    ],
    [
      "fr",
      "roman",
      `Jean Valjean, forçat libéré, porte le matricule 24601 dans Les Misérables. Que symbolise ce numéro ?`,
      `Écris un rappel pour mon voisin Julien Perrot, né le ${m("date_of_birth", birth("d/m/y"))}, pour son rendez-vous à la mairie.`,
    ],
    [
      "es",
      "historia",
      `Frida Kahlo nació el 6 de julio de 1907 en la Casa Azul, Londres 247, Coyoacán. ¿Qué se puede visitar hoy allí?`,
      `Mándale una felicitación a mi suegra Pilar Domínguez, que cumple años; nació el ${m("date_of_birth", birth("d/m/y"))}.`,
    ],
    [
      "ja",
      "歴史",
      `夏目漱石は1867年2月9日に江戸で生まれました。代表作を3つ教えてください。`,
      `同僚の田中健一さんは${m("date_of_birth", birth("y年m月d日"))}生まれです。お祝いのメッセージを考えてください。`,
    ],
    [
      "tr",
      "tarih",
      `Mustafa Kemal Atatürk 1881'de Selanik'te doğdu. Hayatını kısaca özetler misin?`,
      `Komşumuz Ayşe Yıldız'ın doğum tarihi ${m("date_of_birth", birth("d.m.y"))}, ona bir doğum günü mesajı yazar mısın?`,
    ],
    [
      "sv",
      "fiktion",
      `Pippi Långstrump bor i Villa Villekulla med en häst och en apa. Vilka böcker finns om henne?`,
      `Skriv ett kort brev till min hyresgäst Johan Lindqvist på ${m("street_address", "Storgatan 14 lgh 1102, 582 23 Linköping")} om den nya hyran.`,
    ],
  ];
}

export function medicalTwins(): Twin[] {
  return [
    [
      "en",
      "lecture",
      `For my pharmacology exam: metformin is first-line for type 2 diabetes, starting at 500 mg twice daily. What are the contraindications?`,
      `My colleague Sara Lindqvist was just diagnosed with ${m("health", "type 2 diabetes")} and started ${m("health", "metformin")}. How can I support her at work?`,
    ],
    [
      "de",
      "lehrbuch",
      `Erkläre für meine Pflegeprüfung, wie eine Insulinpumpe bei Typ-1-Diabetes funktioniert.`,
      `Herr Oliver Brandt aus der Buchhaltung hat ${m("health", "Typ-1-Diabetes")} und trägt eine ${m("health", "Insulinpumpe")}. Was muss ich als Ersthelfer wissen?`,
    ],
    [
      "fr",
      "cours",
      `Résume le cours : la sclérose en plaques est une maladie auto-immune du système nerveux central, souvent diagnostiquée entre 20 et 40 ans.`,
      `Ma collègue Claire Dubois a une ${m("health", "sclérose en plaques")} ; comment adapter son poste de travail ?`,
    ],
    [
      "es",
      "apuntes",
      `Hazme un resumen: la depresión mayor se trata con ISRS como la sertralina y con psicoterapia.`,
      `Mi compañero Andrés Molina toma ${m("health", "sertralina")} por una ${m("health", "depresión")}; ¿cómo le hablo sin incomodarlo?`,
    ],
    [
      "it",
      "manuale",
      `Spiegami la differenza tra epilessia focale e generalizzata per l'esame di neurologia.`,
      `La maestra di mio figlio, Giulia Ferri, soffre di ${m("health", "epilessia")}: cosa devono sapere i genitori?`,
    ],
    [
      "pt",
      "aula",
      `Para a prova: a hipertensão é definida como pressão arterial ≥ 140/90 mmHg em repetidas medições.`,
      `O meu chefe, Ricardo Almeida, tem ${m("health", "hipertensão")} e toma ${m("health", "losartana")}. Que almoço posso levar para a reunião?`,
    ],
    [
      "nl",
      "studie",
      `Leg uit voor mijn tentamen: hoe werkt lithium bij een bipolaire stoornis en waarom moet de spiegel gecontroleerd worden?`,
      `Mijn collega Pieter Janssen heeft een ${m("health", "bipolaire stoornis")} en gebruikt ${m("health", "lithium")}. Hoe ga ik om met zijn ziekteverlof?`,
    ],
    ["zh", "课本", `请解释一下：乙型肝炎是如何传播的？疫苗接种程序是怎样的？`, `同事刘洋是${m("health", "乙肝病毒携带者")}，我们一起吃饭会被传染吗？`],
    [
      "ko",
      "강의",
      `간호학 시험 공부 중이야. 천식 환자에게 흡입기를 사용하는 방법을 설명해 줘.`,
      `우리 팀 박서준 대리가 ${m("health", "천식")}이 있어서 ${m("health", "흡입기")}를 써. 워크숍 때 뭘 조심해야 해?`,
    ],
    [
      "hi",
      "पाठ",
      `परीक्षा के लिए समझाइए: टाइप 2 मधुमेह में मेटफॉर्मिन कैसे काम करती है?`,
      `मेरे सहकर्मी राहुल वर्मा को ${m("health", "टाइप 2 मधुमेह")} है और वे ${m("health", "मेटफॉर्मिन")} लेते हैं। ऑफिस पार्टी में उनके लिए क्या रखें?`,
    ],
    [
      "ar",
      "محاضرة",
      `اشرح لي لامتحان الصيدلة: كيف يعمل البخاخ الموسع للشعب الهوائية عند مرضى الربو؟`,
      `زميلي أحمد خليل مصاب ${m("health", "بالربو")} ويستخدم ${m("health", "البخاخ")}، ماذا أفعل إذا أصابته نوبة في المكتب؟`,
    ],
  ];
}
