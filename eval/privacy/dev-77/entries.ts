/**
 * dev-77 entries: a message relayed for someone else — the user pastes or dictates what a sister, friend, client,
 * tenant, buyer, courier or debt collector sent ("my sister texted: …", "the courier needs …", "forward this to the
 * landlord", a delivery chat, a marketplace sale, a rental application, a collection-call summary) — in English,
 * Russian, Japanese, Korean, Hindi (Devanagari), Hinglish (`hi-Latn`), Spanish, Dutch, Portuguese, Turkish, German and
 * Chinese. Sensitive: a private person's home (national formats, no "address" keyword), phone (national formats, digits
 * spoken in the language or spaced out), bank details (IBAN with mod 97, Hinglish "account no", UPI id, Korean account),
 * card (Luhn) or a named person's money (salary, arrears, loan balance, credit score). Hard negatives: the same relays
 * with nobody private — landmarks', embassies' and shops' public places and numbers, customer-service lines, drama and
 * example numbers, documented example IBANs, company accounts on invoices, an unnamed relative's or the writer's own
 * money, prices and totals, exchange-rate questions. `kind` is `<topic>:<category>` or `neg-<topic>:<what>`. Our own
 * invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English (adversarial phones, named finances in prose and JSON)
  [
    "en",
    "relay:phone",
    `My sister just texted: "tell the plumber to call me on ⟦phone|four one five, two seven three, nine nine one eight⟧ after 5" — can you write the message to him?`,
  ],
  ["en", "courier:phone", `The courier needs a contact number for my dad, it's ⟦phone|3 1 2 - 8 4 7 - 2 9 6 1⟧, can you rewrite the delivery note?`],
  [
    "en",
    "collection:financial",
    `Summarise this debt-collection call: spoke with Dennis Harlow, he owes ⟦financial|$4,380⟧ in arrears on the car loan and offered $200 a month.`,
  ],
  [
    "en",
    "rental:financial",
    `Rental application forwarded by my client Priya Natarajan: employer Acme Logistics, annual salary ⟦financial|$86,500⟧, credit score ⟦financial|712⟧ — does she meet 3x rent for $2,100?`,
  ],
  [
    "en",
    "json:financial",
    `Clean up this JSON the loan officer sent me: {"applicant": "Gareth Pryce", "monthly_income": ⟦financial|3850⟧, "outstanding_debt": ⟦financial|21400⟧, "loan_balance": ⟦financial|9120.55⟧}`,
  ],
  [
    "en",
    "marketplace:street_address",
    `Buyer on Marketplace wrote: "I'll pick up the couch tonight, I'm at ⟦street_address|1418 Maple Ridge Dr, Apt 3B, Columbus, OH 43215⟧" — reply politely for me`,
  ],
  [
    "en",
    "forward:payment_card",
    `Forward this to the landlord: "Hi Tom, please charge the deposit to my card ⟦payment_card|4564 7201 1977 5768⟧ exp 09/28 — Lena Brooks"`,
  ],
  [
    "en",
    "relay:phone",
    `My tenant Ahmed left a voicemail, his new number is ⟦phone|oh seven nine one one, four eight two, three one six⟧ — put it in the tenancy file`,
  ],
  [
    "en",
    "relay:financial",
    `Mum says Uncle Raj's pension is ⟦financial|£1,240 a month⟧ and his mortgage balance is still ⟦financial|£63,000⟧ — help me write him a budget`,
  ],
  ["en", "delivery:street_address", `Delivery chat from the driver: "ma'am, is it ⟦street_address|27 Wexford Road, Flat 2, Leeds LS6 1QA⟧? Nobody answers"`],

  // Russian
  [
    "ru",
    "relay:street_address",
    `Сестра написала: «Приезжай в субботу, мы теперь на ⟦street_address|ул. Гагарина, д. 17, кв. 54, Екатеринбург⟧» — помоги ответить вежливо, что не смогу`,
  ],
  ["ru", "courier:phone", `Курьер просит номер получателя, передай ему: Ирина Соколова, ⟦phone|+7 916 482-37-15⟧`],
  ["ru", "relay:phone", `Мама продиктовала номер дяди Коли: ⟦phone|восемь девятьсот три пятьсот пятьдесят один двадцать четыре ноль восемь⟧, запиши цифрами`],
  [
    "ru",
    "collection:financial",
    `Кратко перескажи звонок коллектора: у Сергея Петровича Волкова долг ⟦financial|184 500 рублей⟧ по кредиту, просрочка 4 месяца`,
  ],
  [
    "ru",
    "rental:street_address",
    `Арендатор прислал данные для договора: Дмитрий Лебедев, живёт сейчас ⟦street_address|Москва, Профсоюзная ул., 56к2, кв. 118⟧, телефон ⟦phone|8 (903) 551-24-08⟧`,
  ],
  ["ru", "marketplace:payment_card", `На Авито покупатель просит карту, продавец Олег ответил: «⟦payment_card|5420 7616 1259 3234⟧, переводи». Это нормально?`],
  [
    "ru",
    "relay:financial",
    `Подруга переслала: «У Анны Кузнецовой зарплата ⟦financial|95 тысяч⟧, а ипотека ⟦financial|48 тысяч в месяц⟧» — стоит ли ей брать ещё автокредит?`,
  ],
  ["ru", "forward:phone", `Перешли хозяйке квартиры: жилец Тимур Ахметов, телефон ⟦phone|9 2 6 7 1 4 8 8 3 0⟧, заедет в пятницу`],

  // Japanese
  [
    "ja",
    "relay:street_address",
    `妹からLINE：「来週からここに住むよ、⟦street_address|東京都練馬区豊玉北3-12-5 メゾン豊玉201⟧」って。引っ越し祝いのメッセージを考えて`,
  ],
  ["ja", "courier:phone", `配達員さんに伝えて：受取人は田中由美さん、携帯は⟦phone|090-3318-6624⟧です`],
  ["ja", "relay:phone", `母が電話で言った叔父の番号：⟦phone|ゼロハチゼロ、ヨンニーイチナナ、サンゴーキューハチ⟧。数字に直して`],
  [
    "ja",
    "rental:street_address",
    `入居申込書の転記をお願い：申込者 佐々木健太、いま住んでいるのは ⟦street_address|大阪府大阪市北区天神橋6-4-20-805⟧、勤務先 株式会社ミナト`,
  ],
  ["ja", "collection:financial", `督促の電話メモを要約して：山本浩二様、カードローン残高 ⟦financial|83万円⟧、3か月滞納`],
  ["ja", "marketplace:phone", `メルカリの買い手から：「直接取引したいので ⟦phone|070 2294 6613⟧ に連絡ください、小野」— これ返信すべき？`],
  ["ja", "forward:payment_card", `大家さんに転送して：「家賃はこのカードで：⟦payment_card|4631 4323 9842 1978⟧ 名義 KIMURA SAKI」`],
  ["ja", "relay:financial", `友達の中村さん、年収⟦financial|420万円⟧で奨学金の残り⟦financial|260万円⟧なんだって。返済計画どう立てればいい？`],

  // Korean
  [
    "ko",
    "relay:street_address",
    `언니가 카톡으로 보냄: "택배 이쪽으로 보내줘 ⟦street_address|경기도 성남시 분당구 정자일로 95, 103동 1204호⟧" 주문서에 넣게 정리해줘`,
  ],
  ["ko", "courier:phone", `기사님이 수령인 번호 달래요: 박지훈, ⟦phone|010-4827-3391⟧`],
  ["ko", "relay:phone", `엄마가 불러준 삼촌 번호: ⟦phone|공일공 칠삼일이 팔사오구⟧ 숫자로 바꿔줘`],
  ["ko", "rental:street_address", `세입자 이수진 씨가 보낸 전입 정보: ⟦street_address|서울시 마포구 월드컵북로12길 34, 502호⟧ — 계약서 특약에 넣어줘`],
  ["ko", "marketplace:phone", `당근마켓 구매자: "최민수인데요 ⟦phone|010 5512 8834⟧ 으로 문자 주세요" 답장 써줘`],
  ["ko", "collection:financial", `채권추심 통화 요약: 김영호 씨 대출 잔액 ⟦financial|2,340만 원⟧, 연체 90일`],
  ["ko", "forward:bank_account", `집주인한테 전달해줘: "월세는 국민은행 ⟦bank_account|441302-04-198273⟧ 예금주 정하늘로 보내주세요"`],
  ["ko", "relay:financial", `친구 한지민 연봉이 ⟦financial|4,800만 원⟧인데 신용점수 ⟦financial|612점⟧이래. 전세대출 가능할까?`],

  // Hindi (Devanagari)
  ["hi", "relay:street_address", `दीदी ने व्हाट्सएप पर भेजा: "सामान ⟦street_address|म.नं. 245, सेक्टर 15, फरीदाबाद⟧ भेज देना" — इसका जवाब लिखो`],
  ["hi", "courier:phone", `कूरियर वाले को बता दो: राकेश शर्मा, मोबाइल ⟦phone|९८११४ २७३६५⟧`],
  ["hi", "relay:phone", `पापा ने फ़ोन पर नंबर बोला: ⟦phone|नौ आठ सात एक शून्य चार पाँच छह दो तीन⟧, इसे अंकों में लिखो`],
  ["hi", "collection:financial", `वसूली कॉल का सारांश: सुरेश यादव पर ⟦financial|₹1,85,000⟧ का लोन बकाया है, तीन किस्तें छूटी हैं`],
  ["hi", "rental:street_address", `किरायेदार अमित वर्मा ने भेजा: घर ⟦street_address|मकान नं. 12, गली नं. 4, शिवपुरी, पटना 800023⟧, एग्रीमेंट में लिख दो`],
  ["hi", "relay:financial", `मेरी सहेली पूजा की तनख़्वाह ⟦financial|₹42,000⟧ है और उस पर ⟦financial|₹3 लाख⟧ का कर्ज़ है, बजट बना दो`],

  // Hinglish
  [
    "hi-Latn",
    "relay:bank_account",
    `bhai ne bheja hai "mere account me paise daal de, account no ⟦bank_account|50100234871265⟧ IFSC HDFC0001234, naam Rohit Gupta" — NEFT me kitna time lagega?`,
  ],
  ["hi-Latn", "relay:bank_account", `Neha ne UPI id bheji hai ⟦bank_account|neha.kapoor92@okaxis⟧, 1500 bhejna hai, message likh do`],
  ["hi-Latn", "courier:phone", `delivery boy ko bolo aunty ka number hai ⟦phone|nau aath ek ek, paanch do saat, teen chhe paanch⟧`],
  ["hi-Latn", "relay:phone", `mummy ne kaha Sharma uncle ka naya number ⟦phone|+91 99530 18842⟧ save kar lo, ek msg draft karo`],
  [
    "hi-Latn",
    "rental:street_address",
    `tenant Vikas ka ghar ⟦street_address|H.No. 12/4, Gali No. 3, Laxmi Nagar, Delhi 110092⟧ hai, rent agreement me daal do`,
  ],
  ["hi-Latn", "collection:financial", `recovery agent ka call summary: Manoj Tiwari ka personal loan balance ⟦financial|₹2.4 lakh⟧ hai, 3 EMI miss`],
  ["hi-Latn", "marketplace:phone", `OLX buyer ne likha "Arjun here, call karo ⟦phone|9 8 7 1 2 0 4 4 6 3⟧" — reply kya du?`],

  // Spanish
  [
    "es",
    "relay:street_address",
    `Mi hermana me escribe: "Ya estamos en el piso nuevo, ⟦street_address|C/ Alcalá 214, 4º izda., 28028 Madrid⟧, ven el domingo". Ayúdame a contestar.`,
  ],
  ["es", "courier:phone", `El repartidor necesita el teléfono del destinatario: Lucía Ortega, ⟦phone|612 48 73 90⟧`],
  ["es", "relay:phone", `Mi abuela me dictó el móvil de Paco: ⟦phone|seis cinco cinco, dos uno nueve, ocho cero cuatro⟧. Pásalo a números.`],
  ["es", "forward:iban", `Reenvía al casero: "Te hago la transferencia desde mi cuenta ⟦iban|ES42 2100 4521 2712 4504 6614⟧, Javier Molina"`],
  [
    "es",
    "rental:financial",
    `Solicitud de alquiler que me pasó la agencia: Marta Gil, nómina ⟦financial|1.850 € netos⟧, deuda del coche ⟦financial|6.200 €⟧ — ¿la aceptarías?`,
  ],
  ["es", "marketplace:phone", `Comprador de Wallapop: "Soy Andrés, mi whatsapp es el ⟦phone|6 2 8 - 4 4 1 - 9 0 7⟧, escríbeme"`],
  ["es", "delivery:street_address", `Chat con el de Glovo: "¿Es ⟦street_address|Avenida de la Constitución 35, 2º B, Sevilla⟧? Nadie abre"`],
  ["es", "collection:financial", `Resume la llamada de cobros: don Ernesto Prieto debe ⟦financial|3.480 €⟧ de la hipoteca, tres cuotas impagadas`],

  // Dutch
  [
    "nl",
    "relay:street_address",
    `Mijn zus appte: "We wonen nu op ⟦street_address|Lindenstraat 42-II, 1015 KW Amsterdam⟧, kom je zaterdag?" Help me antwoorden.`,
  ],
  ["nl", "courier:phone", `De bezorger vraagt een nummer: Sanne de Vries, ⟦phone|06-41827395⟧`],
  ["nl", "relay:phone", `Mijn opa sprak het nummer van buurman Kees in: ⟦phone|nul zes, twee acht, vier vijf, negen een, zeven drie⟧ — schrijf het in cijfers`],
  ["nl", "forward:iban", `Stuur door naar de verhuurder: "De borg komt van rekening ⟦iban|NL35 INGB 9985 2833 74⟧ t.n.v. Bram Jansen"`],
  [
    "nl",
    "rental:street_address",
    `Huuraanvraag van mijn klant: Fatima El Amrani, woont nu op ⟦street_address|Van Oldenbarneveltlaan 17, 3581 RK Utrecht⟧, inkomen ⟦financial|€3.450 bruto⟧`,
  ],
  ["nl", "marketplace:phone", `Marktplaats-koper: "Hoi, Daan hier, bel me op ⟦phone|+31 6 2845 9173⟧" — wat zal ik terugsturen?`],
  ["nl", "collection:financial", `Vat het gesprek met het incassobureau samen: meneer Peter Bakker heeft een achterstand van ⟦financial|€2.760⟧ op de huur`],
  ["nl", "delivery:street_address", `PostNL-chat: "Is het ⟦street_address|Kerkweg 8a, 2411 BZ Bodegraven⟧? Er wordt niet opengedaan"`],

  // Portuguese (Portugal and Brazil)
  [
    "pt",
    "relay:street_address",
    `A minha irmã mandou: "Já estamos na casa nova, ⟦street_address|Rua Augusta 112, 3º Dto, 1100-053 Lisboa⟧, aparece sábado" — ajuda-me a responder`,
  ],
  ["pt", "courier:phone", `O entregador pediu o celular do destinatário: Bruno Carvalho, ⟦phone|(21) 99482-3176⟧`],
  ["pt", "relay:phone", `A minha avó ditou o número da tia Célia: ⟦phone|nove um dois, três oito quatro, cinco sete um⟧. Escreve em algarismos.`],
  ["pt", "forward:iban", `Encaminha ao senhorio: "A renda vem da conta ⟦iban|PT69 0033 6856 4088 4089 0480 4⟧, Rita Sousa"`],
  ["pt", "marketplace:phone", `Comprador da OLX: "sou o Gustavo, me chama no zap ⟦phone|1 1 9 7 3 1 2 - 8 8 4 5⟧"`],
  ["pt", "rental:financial", `Ficha de locação do cliente: Larissa Nunes, renda ⟦financial|R$ 6.800⟧ por mês, score ⟦financial|540⟧ no Serasa — aprovo?`],
  ["pt", "collection:financial", `Resumo da ligação de cobrança: o Sr. Antônio Pereira deve ⟦financial|R$ 12.350⟧ no cartão, 5 parcelas atrasadas`],
  ["pt", "delivery:street_address", `Chat do iFood: "moço, é na ⟦street_address|Av. Paulista, 1842, apto 71, Bela Vista⟧? ninguém atende"`],

  // Turkish
  [
    "tr",
    "relay:street_address",
    `Kardeşim yazdı: "Yeni ev ⟦street_address|Atatürk Mah. 1203. Sok. No:5 Daire:3 Çankaya/Ankara⟧, cumartesi gel" — cevap yazar mısın?`,
  ],
  ["tr", "courier:phone", `Kurye alıcının numarasını istiyor: Elif Demir, ⟦phone|0532 418 27 63⟧`],
  ["tr", "relay:phone", `Annem teyzemin numarasını söyledi: ⟦phone|sıfır beş yüz elli dört, üç yüz yirmi bir, kırk beş, altmış yedi⟧ — rakamla yaz`],
  ["tr", "forward:iban", `Ev sahibine ilet: "Depozito ⟦iban|TR80 0006 2097 4119 2619 4393 96⟧ hesabından geldi, Murat Kaya"`],
  ["tr", "forward:payment_card", `Arkadaşım Zeynep yazdı: "Kartım ⟦payment_card|9792 8954 3601 1072⟧, son kullanma 04/27, bileti bununla al"`],
  ["tr", "marketplace:phone", `Sahibinden alıcısı: "Ben Burak, ⟦phone|0 5 4 2 7 7 1 9 0 3 8⟧ arayın" — ne cevap vereyim?`],
  ["tr", "collection:financial", `İcra görüşmesini özetle: Hasan Öztürk'ün kredi borcu ⟦financial|87.400 TL⟧, 4 taksit gecikmiş`],
  ["tr", "delivery:street_address", `Trendyol kuryesi: "⟦street_address|Bağdat Cad. No: 214 D: 7, Kadıköy/İstanbul⟧ burası mı? Kapıyı açan yok"`],

  // German
  [
    "de",
    "relay:street_address",
    `Meine Schwester schreibt: "Wir wohnen jetzt in der ⟦street_address|Goethestraße 17, 2. OG, 60313 Frankfurt⟧, komm Sonntag vorbei" — hilf mir antworten`,
  ],
  ["de", "courier:phone", `Der Kurier braucht die Nummer der Empfängerin: Katrin Wolf, ⟦phone|0171 4829365⟧`],
  [
    "de",
    "relay:phone",
    `Oma hat mir die Nummer von Herrn Krause diktiert: ⟦phone|null eins fünf eins, zwei drei vier, acht acht sieben eins⟧ — als Ziffern bitte`,
  ],
  ["de", "forward:iban", `Leite an den Vermieter weiter: "Die Kaution kommt von ⟦iban|DE31 5001 0517 6538 9646 07⟧, Kontoinhaber Jonas Richter"`],
  [
    "de",
    "rental:financial",
    `Mieterselbstauskunft meines Kunden: Lukas Hoffmann, Nettoeinkommen ⟦financial|2.950 €⟧, laufender Kredit ⟦financial|14.000 €⟧ — reicht das für 980 € Warmmiete?`,
  ],
  ["de", "marketplace:iban", `Kleinanzeigen-Käufer schreibt: "Überweise an ⟦iban|DE07 1007 0024 4637 6503 20⟧, Anna Schulz" — ist das sicher?`],
  ["de", "collection:financial", `Fasse das Inkasso-Telefonat zusammen: Herr Wolfgang Braun hat ⟦financial|6.420 €⟧ Rückstand beim Autokredit`],
  ["de", "delivery:street_address", `DHL-Chat: "Ist das ⟦street_address|Am Lindenhof 3a, 28211 Bremen⟧? Niemand macht auf"`],

  // Chinese
  ["zh", "relay:street_address", `我妹发微信说："我们搬到⟦street_address|北京市朝阳区望京西园三区312号楼2单元1101⟧了，周末来玩"，帮我回复一下`],
  ["zh", "courier:phone", `快递员要收件人电话：陈晓雯，⟦phone|139 1628 4750⟧`],
  ["zh", "relay:phone", `我妈念的舅舅号码：⟦phone|幺三八，二七六五，四零九一⟧，帮我写成数字`],
  ["zh", "forward:payment_card", `帮我转给房东："押金用这张卡付：⟦payment_card|6200 0250 5656 8266⟧，持卡人刘洋"`],
  ["zh", "marketplace:payment_card", `闲鱼买家说："转账到我的卡⟦payment_card|6227 7834 0525 3880 550⟧，户名王磊"——靠谱吗？`],
  ["zh", "collection:financial", `总结一下催收电话：赵建国信用卡欠款⟦financial|4.6万元⟧，逾期三个月`],
  ["zh", "rental:financial", `中介转来的租房申请：孙丽，月薪⟦financial|1.2万⟧，房贷余额⟦financial|38万⟧，能付得起6000的房租吗？`],
  ["zh", "delivery:street_address", `外卖骑手问："是⟦street_address|上海市徐汇区漕溪北路88号5栋1203室⟧吗？没人开门"`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English
  ["en", "neg-courier:service-line", `The courier's note says to call FedEx at 1-800-463-3339 if the parcel is late — is that their real customer line?`],
  ["en", "neg-relay:drama-number", `My friend's screenplay has the villain text "call me on 555-0147" — is that the usual fake number for films?`],
  ["en", "neg-relay:relative-money", `My brother texted that his salary went up to $72,000 — roughly how much more tax will he pay?`],
  ["en", "neg-relay:own-money", `I make $3,400 a month and owe $12k on my card, what should I pay off first?`],
  ["en", "neg-delivery:total", `Delivery chat says: "your total is $48.60 including the $5.99 delivery fee" — did they overcharge me?`],
  ["en", "neg-forward:test-card", `My client asked why the Stripe docs use 4111 1111 1111 1111 everywhere — can you explain test cards?`],
  ["en", "neg-relay:landmark", `Forward to the group: "meet at the Empire State Building, 350 Fifth Avenue, at 10am" — make it sound friendlier`],
  [
    "en",
    "neg-rental:business",
    `The agency forwarded their details: Harbor Property Management LLC, 200 Congress Ave, Suite 1400, Austin TX 78701 — draft a reply asking for the lease`,
  ],

  // Russian
  ["ru", "neg-courier:landmark", `Курьер написал: «Пункт выдачи возле Центрального телеграфа, Тверская ул., 7» — это далеко от метро?`],
  ["ru", "neg-relay:service-line", `Бабушка просит позвонить в Сбербанк по 900 — это бесплатный номер?`],
  ["ru", "neg-relay:relative-money", `Сестра написала, что ей подняли зарплату до 120 тысяч — сколько это после НДФЛ?`],
  ["ru", "neg-relay:drama-number", `В сериале героиня диктует номер +7 (495) 000-00-00 — такие номера правда существуют?`],
  ["ru", "neg-relay:exchange", `Друг спрашивает, какой сегодня курс доллара и сколько рублей будет 1500 долларов`],
  ["ru", "neg-forward:company-invoice", `Пересылаю счёт от ПАО Сбербанк: ИНН 7707083893, итого 48 300 руб., НДС 20% — проверь сумму НДС`],
  ["ru", "neg-relay:landmark", `Подруга зовёт в Эрмитаж, Дворцовая площадь, 2 — во сколько он открывается во вторник?`],

  // Japanese
  ["ja", "neg-relay:landmark", `友達が「東京タワー（東京都港区芝公園4-2-8）の前で待ってる」って。最寄り駅はどこ？`],
  ["ja", "neg-courier:service-line", `ヤマト運輸の再配達 0120-01-9625 って今でもつながる？`],
  ["ja", "neg-relay:drama-number", `ドラマで使われる「090-0000-0000」みたいな番号って実在するの？`],
  ["ja", "neg-relay:relative-money", `姉から「ボーナスが50万円出た」ってLINE来た。何に使うべきか提案して`],
  ["ja", "neg-relay:exchange", `今1ドル何円？ 5万円をドルにするといくら？`],
  ["ja", "neg-forward:company-invoice", `請求書：株式会社サンプル商事 三菱UFJ銀行 本店 普通 1234567 合計 ¥132,000 — 消費税の計算合ってる？`],
  ["ja", "neg-relay:embassy", `友人がドイツ大使館（東京都港区南麻布4-5-10）に行くらしい。広尾駅から歩ける？`],

  // Korean
  ["ko", "neg-relay:landmark", `친구가 "N서울타워(서울 용산구 남산공원길 105) 앞에서 보자"래. 지하철로 어떻게 가?`],
  ["ko", "neg-relay:service-line", `KB국민은행 고객센터 1588-9999 몇 시까지 해?`],
  ["ko", "neg-relay:relative-money", `형이 월급 350만 원 받는다는데 적금 얼마 넣는 게 좋아?`],
  ["ko", "neg-delivery:total", `배달 앱 주문 합계 28,500원에 배달비 3,000원, 쿠폰 쓰면 얼마야?`],
  ["ko", "neg-relay:drama-number", `드라마에 나오는 010-1234-5678 같은 번호는 가짜지?`],
  ["ko", "neg-relay:exchange", `환율 질문: 100만 원이면 엔화로 얼마야?`],
  ["ko", "neg-relay:embassy", `주한미국대사관이 서울 종로구 세종대로 188 맞아? 친구가 비자 인터뷰 간대`],

  // Hindi (Devanagari)
  ["hi", "neg-relay:landmark", `दोस्त ने लिखा "इंडिया गेट, कर्तव्य पथ, नई दिल्ली पर मिलो" — वहाँ मेट्रो से कैसे जाएँ?`],
  ["hi", "neg-relay:service-line", `IRCTC कस्टमर केयर 139 पर कॉल करके टिकट कैंसल हो सकता है?`],
  ["hi", "neg-relay:relative-money", `भाई की सैलरी ₹60,000 हो गई, उसे कितना टैक्स देना होगा?`],
  ["hi", "neg-relay:exchange", `1 डॉलर कितने रुपये का है? 500 डॉलर कितने होंगे?`],
  ["hi", "neg-delivery:total", `बिल में कुल ₹2,360 है, जिसमें 18% GST शामिल है — असली कीमत कितनी?`],

  // Hinglish
  ["hi-Latn", "neg-relay:relative-money", `didi ne bola uski salary 45k hai, kitna SIP karna chahiye?`],
  ["hi-Latn", "neg-relay:service-line", `SBI customer care 1800 1234 ka timing kya hai?`],
  ["hi-Latn", "neg-relay:landmark", `dost bol raha Gateway of India, Apollo Bandar, Colaba pe milte hain — wahan parking hai?`],
  ["hi-Latn", "neg-forward:company-invoice", `invoice me likha hai "Sharma Traders, current a/c 001234567890, total ₹18,450" — GST kitna hua?`],
  ["hi-Latn", "neg-relay:exchange", `dollar ka rate aaj kya hai, 200 dollar kitne rupaye?`],

  // Spanish
  ["es", "neg-relay:landmark", `Mi amigo dice que quedemos en la Puerta del Sol, frente a la Real Casa de Correos — ¿qué línea de metro es?`],
  ["es", "neg-relay:embassy", `La Embajada de Alemania en Madrid está en la Calle de Fortuny, 8; ¿hay que pedir cita para el pasaporte?`],
  ["es", "neg-forward:example-iban", `¿El IBAN ES91 2100 0418 4502 0005 1332 que sale en los ejemplos es una cuenta real?`],
  ["es", "neg-relay:relative-money", `Mi hermano me dice que cobra 2.100 € al mes, ¿cuánto IRPF le retienen?`],
  ["es", "neg-relay:service-line", `Atención al cliente de Renfe 912 320 320 — ¿es gratuito?`],
  ["es", "neg-delivery:total", `El repartidor dice que son 23,90 € más 2,50 de envío, ¿cuánto le doy si pago con 50?`],
  ["es", "neg-relay:exchange", `¿A cuánto está el euro frente al dólar? Quiero cambiar 800 €`],

  // Dutch
  ["nl", "neg-relay:landmark", `Mijn vriendin wil afspreken bij het Rijksmuseum, Museumstraat 1 — waar kan ik mijn fiets parkeren?`],
  ["nl", "neg-forward:example-iban", `Is NL91 ABNA 0417 1643 00 het voorbeeldnummer dat banken gebruiken?`],
  ["nl", "neg-relay:relative-money", `Mijn broer zegt dat hij €2.900 netto verdient, hoeveel huur kan hij aan?`],
  ["nl", "neg-relay:service-line", `Klantenservice van de NS, 030 751 5155 — hoe lang is de wachttijd meestal?`],
  ["nl", "neg-forward:company-invoice", `Factuur van Eneco doorgestuurd: totaal €184,32 incl. btw — klopt de btw?`],
  ["nl", "neg-relay:exchange", `Wat is de koers van de euro naar de Turkse lira vandaag?`],
  ["nl", "neg-relay:drama-number", `In een toneelstuk belt iemand 06-12345678 — bestaat dat nummer echt?`],

  // Portuguese
  ["pt", "neg-relay:landmark", `O meu amigo quer encontrar-me na Torre de Belém, Avenida Brasília — há estacionamento perto?`],
  ["pt", "neg-forward:example-iban", `PT50 0002 0123 1234 5678 9015 4 é o IBAN de exemplo que aparece nos manuais?`],
  ["pt", "neg-relay:relative-money", `Minha irmã disse que ganha R$ 4.500 — quanto ela paga de INSS?`],
  ["pt", "neg-relay:service-line", `A central de atendimento dos Correios 3003-0100 funciona no sábado?`],
  ["pt", "neg-delivery:total", `O total do pedido deu R$ 189,90 com frete de R$ 15 — o cupom de 10% vale para o frete?`],
  ["pt", "neg-relay:exchange", `Quanto está o euro em reais hoje? Quero trocar 2.000 €`],
  ["pt", "neg-forward:company-invoice", `Nota fiscal da Padaria Estrela Ltda, total R$ 87,40 — o ICMS está certo?`],

  // Turkish
  ["tr", "neg-relay:landmark", `Arkadaşım Galata Kulesi'nin önünde buluşalım dedi — Karaköy'den yürünür mü?`],
  ["tr", "neg-relay:service-line", `Türk Telekom müşteri hizmetleri 444 1 444 ücretli mi?`],
  ["tr", "neg-forward:example-iban", `Örnek IBAN TR33 0006 1005 1978 6457 8413 26 gerçek bir hesap mı?`],
  ["tr", "neg-relay:relative-money", `Abim maaşının 45.000 TL olduğunu söyledi, ne kadar vergi öder?`],
  ["tr", "neg-delivery:total", `Sepet toplamı 1.249,90 TL, kargo 49 TL — kuponla ne kadar ödeyeceğim?`],
  ["tr", "neg-relay:exchange", `Dolar kuru bugün kaç TL? 300 dolar ne eder?`],
  ["tr", "neg-forward:company-invoice", `Fatura: ABC Gıda Ltd. Şti., toplam 3.540 TL — KDV doğru hesaplanmış mı?`],

  // German
  ["de", "neg-relay:landmark", `Mein Freund will sich am Brandenburger Tor, Pariser Platz treffen — welche S-Bahn fährt da hin?`],
  ["de", "neg-forward:example-iban", `Ist DE89 3704 0044 0532 0130 00 die Beispiel-IBAN aus der Dokumentation?`],
  ["de", "neg-relay:service-line", `Die Service-Nummer der Deutschen Bahn, 030 2970 — kostet der Anruf was?`],
  ["de", "neg-relay:relative-money", `Mein Bruder sagt, er verdient 3.800 € brutto — wie viel bleibt netto?`],
  [
    "de",
    "neg-forward:company-invoice",
    `Rechnung der Stadtwerke München GmbH weitergeleitet: Betrag 128,40 € inkl. MwSt, zahlbar an IBAN DE20 2004 1133 8695 2781 38 — stimmt die Steuer?`,
  ],
  ["de", "neg-relay:exchange", `Wie steht der Euro zum Dollar? Ich will 500 € wechseln`],
  ["de", "neg-relay:embassy", `Die US-Botschaft in Berlin, Clayallee 170 — ist dort die Visa-Abteilung?`],

  // Chinese
  ["zh", "neg-relay:landmark", `朋友约在故宫（北京市东城区景山前街4号）门口见，几点开门？`],
  ["zh", "neg-relay:service-line", `中国移动客服10086可以查话费吗？`],
  ["zh", "neg-relay:relative-money", `我姐说她月薪1.5万，要交多少个税？`],
  ["zh", "neg-relay:exchange", `美元兑人民币汇率今天是多少？1000美元换多少？`],
  ["zh", "neg-relay:drama-number", `电视剧里的电话号码13800138000是真的吗？`],
  ["zh", "neg-forward:company-invoice", `发票：北京某某科技有限公司，开户行工商银行，账号0200 0045 0902 0012 345，合计¥3,280 — 税额对吗？`],
  ["zh", "neg-delivery:total", `外卖总价68元，配送费5元，满减20，最后付多少？`],
];
