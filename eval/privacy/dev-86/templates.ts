/**
 * dev-86's sentence frames, hand-written per country: `[country, kind, frame]`. A frame holds the gold marks
 * `⟦street_address|…⟧` and slots the generator (`entries.ts`) fills from `countries.ts` with a seeded random source:
 * `{st}` a street of the country with its `{zip}` and `{city}`, `{st2}` another street, `{no}` a house number (1–180),
 * `{big}` a four-digit one (100–9899), `{n}` a flat, door or floor (1–30), `{c}` a chōme or small block (1–5).
 * A kind starting with `lower` is lower-cased whole. Our own invented text; every person is invented.
 */
export type Frame = [country: string, kind: string, frame: string];

export const POSITIVE_FRAMES: Frame[] = [
  // Germany
  [
    "de",
    "prose:home",
    `Wir sind umgezogen, neue Adresse: ⟦street_address|{st} {no}, {zip} {city}⟧ – kannst du mir eine kurze Umzugskarte für die Familie formulieren?`,
  ],
  [
    "de",
    "apartment:home",
    `Schick das Paket bitte an meine Schwester Katrin, ⟦street_address|{st} {no}, Whg. {n}, 3. OG, {zip} {city}⟧, die ist tagsüber zu Hause.`,
  ],
  ["de", "lines:home", `Kannst du die Adresse für den Brief richtig formatieren?\nHerrn Jonas Behrendt\n⟦street_address|{st} {no}\n{zip} {city}⟧`],
  ["de", "abbrev:home", `meine oma wohnt jetzt in der ⟦street_address|{st} {no}, {zip} {city}⟧ – wie komme ich da vom Hbf am besten hin?`],
  // France
  [
    "fr",
    "prose:home",
    `Je loge chez Paul pendant deux semaines, ⟦street_address|{no} {st}, {zip} {city}⟧, tu peux m'aider à écrire le changement d'adresse pour la banque ?`,
  ],
  ["fr", "apartment:home", `Pour la livraison, écris : Mme Claire Roussel, ⟦street_address|{no} {st}, bât. B, app. {n}, {zip} {city}⟧, digicode 4B27.`],
  ["fr", "partial:home", `Ma fille vient d'emménager au ⟦street_address|{no} {st} à {city}⟧, c'est quel arrondissement à ton avis ?`],
  [
    "fr",
    "no-number:home",
    `Mes parents habitent ⟦street_address|Le Clos des Tilleuls, chemin des Vignes, 84220 Gordes⟧ — comment écrire l'adresse sur l'enveloppe du faire-part ?`,
  ],
  // Spain
  [
    "es",
    "apartment:home",
    `Mi dirección es ⟦street_address|{st}, {no}, 3º izq., {zip} {city}⟧; ¿me redactas un correo para que me cambien la dirección de envío?`,
  ],
  ["es", "prose:home", `Mándale el regalo a mi abuela Pilar, vive en la ⟦street_address|{st} {no}, 1º B, {zip} {city}⟧, y que llegue antes del sábado.`],
  [
    "es",
    "json:home",
    `Valida este JSON de mi perfil, el campo dirección da error: {"nombre":"Lucía Ferrer Gil","direccion":"⟦street_address|{st} {no}, 4º 2ª, {zip} {city}⟧"}`,
  ],
  ["es", "lower:home", `vivo en ⟦street_address|{st} {no} 2 dcha {zip} {city}⟧ y el cartero nunca encuentra el buzón, qué pongo en la etiqueta?`],
  // Italy
  ["it", "prose:home", `Ci siamo trasferiti: il nuovo indirizzo è ⟦street_address|{st} {no}, int. {n}, {zip} {city}⟧. Mi scrivi un messaggio per gli amici?`],
  ["it", "lines:home", `Impagina questo indirizzo per la busta:\nSig.ra Giulia Mancini\n⟦street_address|{st}, {no}\nscala B, interno {n}\n{zip} {city}⟧`],
  ["it", "partial:home", `Mio cugino Davide abita in ⟦street_address|{st} {no} a {city}⟧, quanto ci metto in treno da Roma?`],
  [
    "it",
    "form:home",
    `Modulo di iscrizione in palestra — Nome: Sara Colombo; Indirizzo di residenza: ⟦street_address|{st} {no}, {zip} {city}⟧; è giusto mettere la residenza qui?`,
  ],
  // Portugal
  ["pt", "apartment:home", `A minha morada nova é ⟦street_address|{st}, {no}, 2.º Esq., {zip} {city}⟧ — ajuda-me a escrever o email para a seguradora?`],
  ["pt", "prose:home", `Manda o postal para a minha avó Conceição, que mora na ⟦street_address|{st} {no}, r/c, {zip} {city}⟧, por favor.`],
  ["pt", "lines:home", `Formata isto para a etiqueta:\nAna Rita Sequeira\n⟦street_address|{st}, {no} 1.º Dto\n{zip} {city}⟧`],
  // Netherlands
  ["nl", "prose:home", `We zijn verhuisd! Ons nieuwe adres is ⟦street_address|{st} {no}-2, {zip} {city}⟧. Kun je een leuke verhuiskaart schrijven?`],
  ["nl", "apartment:home", `Stuur het pakket naar mijn broer Thijs, ⟦street_address|{st} {no} hs, {zip} {city}⟧, hij werkt thuis.`],
  ["nl", "lower:home", `mijn adres is ⟦street_address|{st} {no}a {zip} {city}⟧ maar postnl zegt dat het niet bestaat, wat nu?`],
  // Poland
  ["pl", "apartment:home", `Mieszkam na ⟦street_address|{st} {no}/{n}, {zip} {city}⟧ — napisz proszę wniosek o zmianę adresu do spółdzielni.`],
  ["pl", "prose:home", `Wyślij paczkę do mojej mamy, ⟦street_address|{st} {no} m. {n}, {zip} {city}⟧, ona odbierze po 16.`],
  ["pl", "partial:home", `Kuzyn Bartek wynajmuje mieszkanie pod adresem ⟦street_address|{st} {no}, {city}⟧, to dobra okolica?`],
  // Sweden
  ["sv", "prose:home", `Jag har flyttat, min nya adress är ⟦street_address|{st} {no}, lgh 1{n}02, {zip} {city}⟧ – hjälp mig skriva till Skatteverket.`],
  ["sv", "lines:home", `Skriv adressen snyggt på kuvertet:\nElin Sjöberg\n⟦street_address|{st} {no} 3 tr\n{zip} {city}⟧`],
  ["sv", "rural:home", `Mormor bor på ⟦street_address|Lillgården, Ringvägen 7, 386 95 Färjestaden⟧ ute på Öland, kan paket dit ta längre tid?`],
  // Czech
  ["cs", "prose:home", `Bydlím na adrese ⟦street_address|{st} {big}/{no}, {zip} {city}⟧, potřebuju napsat žádost o přihlášení k trvalému pobytu.`],
  ["cs", "lines:home", `Naformátuj mi adresu na obálku:\nPetra Nováková\n⟦street_address|{st} {no}\n{zip} {city}⟧`],
  ["cs", "partial:home", `Babička teď bydlí v ulici ⟦street_address|{st} {no}, {city}⟧, jak se tam dostanu tramvají?`],
  // Greece
  ["el", "prose:home", `Η νέα μου διεύθυνση είναι ⟦street_address|{st} {no}, {zip} {city}⟧, γράψε μου ένα μήνυμα για τον ιδιοκτήτη.`],
  ["el", "apartment:home", `Στείλε το δέμα στη μητέρα μου, ⟦street_address|{st} {no}, 3ος όροφος, {zip} {city}⟧, μένει εκεί μόνη της.`],
  ["el", "partial:home", `Ο ξάδερφός μου ο Νίκος μένει ⟦street_address|{st} {no}, {city}⟧, είναι μακριά από το κέντρο;`],
  // Turkey
  ["tr", "apartment:home", `Yeni adresim ⟦street_address|{st} No: {no} Daire: {n}, {zip} {city}⟧, kargo firmasına mesaj yazar mısın?`],
  ["tr", "prose:home", `Annemlere gönder: ⟦street_address|{st} No:{no} D:{n} {city}⟧, akşam evde olurlar.`],
  ["tr", "lower:home", `evim ⟦street_address|{st} no {no} kat {n} {city}⟧ ama navigasyon yanlış gösteriyor, ne yazmam lazım?`],
  // United States
  ["us", "prose:home", `Send it to my mum at ⟦street_address|{big} {st}, {city} {zip}⟧ — she's home all week.`],
  ["us", "apartment:home", `My new address is ⟦street_address|{big} {st}, Apt {n}B, {city} {zip}⟧, can you update the cover letter header?`],
  ["us", "rural:home", `My grandparents live at ⟦street_address|RR 2 Box {big}, Hollister, MO 65672⟧ — will FedEx deliver to a rural route?`],
  ["us", "lines:home", `Format this as a mailing label:\nMarcus Delgado\n⟦street_address|{big} {st}\n{city} {zip}⟧`],
  ["us", "lower:home", `my address is ⟦street_address|{big} {st} {city} {zip}⟧ why does the dmv site say it's invalid`],
  [
    "us",
    "pobox:home",
    `I get my mail at ⟦street_address|PO Box {big}, Wolf Point, MT 59201⟧ since the mailman doesn't come out to our ranch; how do I list that on a job application?`,
  ],
  // Canada
  ["ca", "prose:home", `We just moved into ⟦street_address|{big} {st}, Unit {n}, {city} {zip}⟧ — help me write the change-of-address note to my employer.`],
  [
    "ca",
    "form:home",
    `Fill in the rest of my daughter's camp form: Name: Chloé Tremblay | Home address: ⟦street_address|{big} {st}, {city} {zip}⟧ | Allergies: none`,
  ],
  ["ca", "partial:home", `My buddy Liam rents a basement suite at ⟦street_address|{big} {st}, {city}⟧ — is that near the SkyTrain?`],
  // Mexico
  ["mx", "prose:home", `Mi dirección es ⟦street_address|{st} {no}, int. {n}, {city}, C.P. {zip}⟧, ¿me ayudas con la carta para el SAT?`],
  ["mx", "prose:home", `Mándale las invitaciones a mi tía Lupita, vive en ⟦street_address|{st} #{no}, {city} {zip}⟧.`],
  ["mx", "lower:home", `vivo en ⟦street_address|{st} {no} depto {n} {city}⟧ y amazon no me deja poner el número interior`],
  // Brazil
  ["br", "apartment:home", `Meu endereço novo é ⟦street_address|{st}, {no}, apto {n}02, {city}, {zip}⟧ — escreve a mensagem pro síndico?`],
  ["br", "prose:home", `Manda o presente pra minha mãe, ela mora na ⟦street_address|{st}, {no}, casa 2, {city}⟧.`],
  ["br", "json:home", `Por que esse JSON do cadastro falha? {"nome":"Larissa Tavares","endereco":"⟦street_address|{st}, {no} - apto {n}, {city}, CEP {zip}⟧"}`],
  // Argentina
  ["ar", "apartment:home", `Vivo en ⟦street_address|{st} {big}, piso {c}, depto. B, {city}⟧, ¿cómo completo la dirección en el formulario de la AFIP?`],
  ["ar", "prose:home", `Mandale el paquete a mi vieja: ⟦street_address|{st} {big}, {zip} {city}⟧, ella lo recibe.`],
  // Colombia
  ["co", "prose:home", `Mi casa queda en la ⟦street_address|{st} # {n}-{no}, apto 502, {city}⟧, ¿cómo la escribo para un envío internacional?`],
  ["co", "partial:home", `Mi mamá vive en la ⟦street_address|{st} # {n}-{no}, {city}⟧, ¿es seguro caminar por ahí de noche?`],
  // Chile
  ["cl", "apartment:home", `Mi dirección: ⟦street_address|{st} {big}, depto. {n}0{c}, {city}⟧, escríbeme el correo para la isapre.`],
  ["cl", "lines:home", `Ordena esta dirección para el sobre:\nJaviera Muñoz Soto\n⟦street_address|{st} {big}, dpto. {n}\n{city}⟧`],
  // Japan
  ["jp", "prose:home", `住所は⟦street_address|〒{zip} {city}{st}{c}-{n}-{no}⟧です。引っ越しのお知らせの文面を考えてください。`],
  ["jp", "apartment:home", `母の家に送ってください：⟦street_address|{city}{st}{c}丁目{n}-{c} メゾン桜901号室⟧`],
  ["jp", "lines:home", `この宛名を縦書き用に直して：\n佐々木 美穂 様\n⟦street_address|〒{zip}\n{city}{st}{c}-{n}-{c}-901⟧`],
  // Korea
  ["kr", "prose:home", `거주지: ⟦street_address|{city} {st} {no}, {n}동 {big}호⟧ — 전입신고 서류에 이렇게 쓰면 되나요?`],
  ["kr", "apartment:home", `엄마 집으로 보내 주세요. 주소는 ⟦street_address|({zip}) {city} {st} {no}, 1{n}0{c}호⟧예요.`],
  ["kr", "partial:home", `친구 지훈이가 ⟦street_address|{city} {st} {no}⟧에 사는데 지하철역에서 가까워요?`],
  // China
  ["cn", "prose:home", `我家地址是⟦street_address|{city}{st}{no}弄{n}号{c}0{c}室⟧，帮我写一封给物业的投诉信。`],
  ["cn", "apartment:home", `快递寄到我妈家：⟦street_address|{city}{st}{no}号院{n}号楼{c}单元{c}02⟧，邮编{zip}。`],
  ["cn", "form:home", `帮我检查一下这张表：姓名：刘晓雯；家庭住址：⟦street_address|{city}{st}{no}号{n}栋{c}0{c}⟧；紧急联系人：母亲`],
  // Taiwan
  ["tw", "prose:home", `我的住址是⟦street_address|{zip}{city}{st}{no}巷{n}號{c}樓⟧，請幫我寫一封給房東的信。`],
  ["tw", "partial:home", `我阿嬤住在⟦street_address|{city}{st}{no}號⟧，從高鐵站怎麼去？`],
  // India
  ["in", "prose:home", `Please courier it to my parents at ⟦street_address|Flat {n}0{c}, Sai Residency, {st}, {city} {zip}⟧, they'll be home after 6.`],
  [
    "in",
    "no-number:home",
    `My home address: ⟦street_address|Near Hanuman Mandir, Behind Govt. School, Village Kheri, Tehsil Safidon, Jind, Haryana 126112⟧ — how do I write this for a passport form?`,
  ],
  ["in", "lines:home", `Format this for the wedding card envelope:\nShri Ramesh Iyer\n⟦street_address|No. {n}, {st}\n{city} - {zip}⟧`],
  // Indonesia
  ["id", "prose:home", `Alamat rumah saya ⟦street_address|{st} No. {no}, RT 00{c}/RW 0{c}, {city} {zip}⟧, tolong buatkan surat pindah domisili.`],
  ["id", "lower:home", `kirim ke rumah ibu ya ⟦street_address|{st} gg. mawar no {n} {city}⟧, patokannya warung biru`],
  // Vietnam
  ["vn", "prose:home", `Địa chỉ nhà mình là ⟦street_address|{no}/{n} {st}, {city}⟧, viết giúp mình tin nhắn cho shipper nhé.`],
  ["vn", "apartment:home", `Gửi quà về nhà mẹ mình: ⟦street_address|số {n}, {st}, {city}⟧, mẹ ở nhà cả ngày.`],
  // Thailand
  ["th", "prose:home", `ที่อยู่บ้านฉันคือ ⟦street_address|{no}/{n} {st} {city} {zip}⟧ ช่วยเขียนข้อความบอกเพื่อนว่าย้ายบ้านแล้ว`],
  ["th", "apartment:home", `ส่งของไปที่คอนโดแม่นะ ⟦street_address|{no}/{big} ห้อง {c}0{n} {st} {city} {zip}⟧`],
  // Philippines
  ["ph", "prose:home", `Pa-send sa bahay ng lola ko: ⟦street_address|Blk {n} Lot {c}, {st}, {city} {zip}⟧, salamat!`],
  ["ph", "partial:home", `My tita lives at ⟦street_address|{no} {st}, {city}⟧ — is it flood-prone during typhoon season?`],
  // Australia
  ["au", "prose:home", `Send the hamper to my mum at ⟦street_address|{n}/{no} {st}, {city} {zip}⟧, she's in all weekend.`],
  [
    "au",
    "no-number:home",
    `We've bought a farm! New address: ⟦street_address|"Wattle Park", 1480 Mount Hope Road, Coonabarabran NSW 2357⟧ — draft a short note for friends?`,
  ],
  ["au", "lower:home", `i live at ⟦street_address|{no} {st} {city} {zip}⟧ and aus post keeps leaving cards, what do i write on the redirect form`],
  // New Zealand
  ["nz", "prose:home", `My flatmate and I live at ⟦street_address|{no}B {st}, {city} {zip}⟧ — can you help me write the bond lodgement letter?`],
  ["nz", "rural:home", `Our place is ⟦street_address|RD 2, 418 Kaimai Road, Katikati 3178⟧ — will the courier find a rural delivery address?`],
  // South Africa
  ["za", "prose:home", `Please send the documents to my brother Sipho at ⟦street_address|{no} {st}, {city}, {zip}⟧ — he's expecting them.`],
  ["za", "apartment:home", `My address for the lease: ⟦street_address|Unit {n}, Jacaranda Court, {no} {st}, {city}, {zip}⟧. Draft the cover email?`],
  // Nigeria
  ["ng", "prose:home", `Deliver to my aunty's house: ⟦street_address|No. {n}, {st}, {city}⟧, the gateman knows me.`],
  ["ng", "no-number:home", `Home address for my NYSC form: ⟦street_address|Behind St. Jude's Church, Off {st}, {city}⟧ — is that enough?`],
  // Egypt
  ["eg", "prose:home", `عنواني الجديد: ⟦street_address|{no} {st}، الدور {c}، شقة {n}، {city}⟧، اكتب لي رسالة للبواب.`],
  ["eg", "apartment:home", `ابعت الطرد لبيت أمي: ⟦street_address|{st} عمارة {no}، شقة {n}، {city}⟧`],
  // Saudi Arabia
  ["sa", "prose:home", `عنوان منزلي ⟦street_address|{st}، حي الروضة، فيلا {no}، {city} {zip}⟧، ساعدني أكتب طلب تحديث العنوان الوطني.`],
  ["sa", "lines:home", `رتب العنوان على الظرف:\nالسيدة نورة العتيبي\n⟦street_address|{st}، مبنى {big}\n{city} {zip}⟧`],
  // Britain-style hard shapes written in the other English-speaking countries' frames
  ["nz", "no-number:home", `Mum's new place is ⟦street_address|The Old Rectory, Church Lane, Akaroa 7520⟧ — how do I write that on a card without a number?`],
  ["au", "pobox:home", `Post my sister's birthday present to ⟦street_address|PO Box {no}, Yackandandah VIC 3749⟧, she collects her mail at the post office.`],
  // More hard shapes across the countries
  ["es", "abbrev:home", `Ponme la dirección de mi hermano en el sobre: ⟦street_address|Av. de la Constitución {no}, 5º dcha, 41001 Sevilla⟧`],
  [
    "mx",
    "abbrev:home",
    `Dirección de entrega de mi prima: ⟦street_address|Av. Álvaro Obregón {no}, Depto. {n}, Col. Roma Norte, CDMX, C.P. 06700⟧ — ¿está bien escrita?`,
  ],
  ["us", "abbrev:home", `Ship my brother's gift to ⟦street_address|{big} Hawthorne Rd, Atlanta, GA 30307⟧ please — it's his house, not his work.`],
  [
    "ng",
    "lines:home",
    `Write this on the envelope for my dad:
Chief Emeka Okafor
⟦street_address|No. {n}, {st}
{city}⟧`,
  ],
  ["kr", "json:home", `회원정보 JSON이 저장이 안 돼요: {"name":"박서연","home_address":"⟦street_address|{city} {st} {no}, {n}동 {big}호⟧"}`],
  ["de", "json:home", `Warum validiert das nicht? {"name": "Lena Hoffmann", "wohnadresse": "⟦street_address|{st} {no}, {zip} {city}⟧", "typ": "privat"}`],
  [
    "pl",
    "form:home",
    `Formularz zgłoszenia szkody — Imię i nazwisko: Agnieszka Wrona; Adres zamieszkania: ⟦street_address|{st} {no}/{n}, {zip} {city}⟧; czy dobrze wypełniłam?`,
  ],
  [
    "fr",
    "lines:home",
    `Mets cette adresse au bon format pour La Poste :
M. Karim Benali
⟦street_address|{no} {st}
Esc. 2, 4e étage, porte droite
{zip} {city}⟧`,
  ],
  [
    "ca",
    "pobox:home",
    `My dad's mailing address is ⟦street_address|PO Box {no}, Tofino, BC V0R 2Z0⟧ since there's no door-to-door delivery at his cabin — how do I put that on his passport renewal?`,
  ],
  ["za", "lower:home", `pls deliver to my mom's place ⟦street_address|{no} {st} {city} {zip}⟧ she will sign`],
  ["it", "lower:home", `abito in ⟦street_address|{st} {no} {zip} {city}⟧ ma il corriere dice indirizzo inesistente, cosa scrivo?`],
  ["br", "partial:home", `Minha sogra mora na ⟦street_address|{st}, {no}, {city}⟧ — dá pra ir a pé do metrô?`],
  ["jp", "partial:home", `友達の家は⟦street_address|{city}{st}{c}-{n}-{no}⟧なんだけど、最寄り駅はどこ？`],
  ["cn", "lines:home", `帮我把这个收件地址排成快递面单格式：\n收件人：王建国\n⟦street_address|{city}{st}{no}号\n{n}栋{c}单元{c}01室⟧`],
  [
    "au",
    "rural:home",
    `Mum and Dad are at ⟦street_address|RMB {big}, Gravel Pit Road, Yackandandah VIC 3749⟧ now — will Australia Post deliver a roadside mailbox address?`,
  ],
];

export const NEGATIVE_FRAMES: Frame[] = [
  // Germany
  [
    "de",
    "neg-business:office",
    `Unser Büro ist umgezogen, die neue Firmenadresse lautet Müller & Söhne GmbH, {st} {no}, {zip} {city}. Formuliere bitte eine Mitteilung an die Kunden.`,
  ],
  ["de", "neg-historic:famous", `Stimmt es, dass Goethe am Frauenplan 1 in Weimar gewohnt hat? Ich plane einen Ausflug dorthin.`],
  [
    "de",
    "neg-tutorial:format",
    `Wie schreibt man eine deutsche Anschrift richtig? Beispiel aus dem DIN-5008-Leitfaden: Max Mustermann, Musterstraße 12, 12345 Musterstadt.`,
  ],
  // France
  ["fr", "neg-landmark:museum", `Le musée Rodin se trouve 77 rue de Varenne, 75007 Paris — il est ouvert le lundi ?`],
  ["fr", "neg-street:alone", `J'adore la rue des Lilas au printemps, tu connais des cafés sympas dans le coin ?`],
  [
    "fr",
    "neg-school:school",
    `L'école primaire de mon fils a déménagé : école élémentaire Jules Ferry, {no} {st}, {zip} {city}. Écris un mot pour la maîtresse.`,
  ],
  // Spain
  ["es", "neg-hospital:hospital", `El hospital está en la {st} {no}, {zip} {city}; ¿a qué hora abren las consultas externas?`],
  ["es", "neg-directions:route", `Para llegar, sigue recto por la {st} y gira a la izquierda en la segunda rotonda, luego pregunta por la plaza.`],
  ["es", "neg-postcode:alone", `¿El código postal {zip} corresponde a {city} centro o a las afueras?`],
  // Italy
  [
    "it",
    "neg-business:office",
    `La nostra sede legale è in {st} {no}, {zip} {city} (Rossi Arredamenti S.r.l.): scrivi un'email ai fornitori con il nuovo indirizzo.`,
  ],
  ["it", "neg-venue:event", `Il concerto di sabato si tiene all'Alcatraz, via Valtellina 25, Milano: a che ora aprono i cancelli?`],
  ["it", "neg-historic:famous", `Casa di Giulietta, via Cappello 23 a Verona: vale la pena la coda per il balcone?`],
  // Portugal
  ["pt", "neg-business:office", `A loja fica na {st}, {no}, {zip} {city} — escreve um anúncio para o Instagram com o horário de funcionamento.`],
  ["pt", "neg-street:alone", `A Rua de Santa Catarina no Natal é linda, vale a pena ir ao fim da tarde?`],
  // Netherlands
  ["nl", "neg-landmark:museum", `Het Anne Frank Huis staat aan de Prinsengracht 263-267 in Amsterdam; moet ik tickets vooraf kopen?`],
  [
    "nl",
    "neg-tutorial:format",
    `Hoe noteer je een Nederlands adres? Volgens PostNL: straatnaam en huisnummer, dan postcode (vier cijfers, twee letters) en plaats, bijvoorbeeld Voorbeeldstraat 1, 1234 AB Voorbeeldstad.`,
  ],
  // Poland
  ["pl", "neg-embassy:embassy", `Ambasada Niemiec w Warszawie mieści się przy ul. Jazdów 12; jak się umówić na wizytę w sprawie paszportu?`],
  ["pl", "neg-directions:route", `Z dworca idź prosto {st}, potem skręć w prawo w {st2} i po dwustu metrach zobaczysz rynek.`],
  ["pl", "neg-business:office", `Biuro naszej firmy (Kowalczyk Serwis sp. z o.o.) jest teraz na {st} {no}, {zip} {city}; przygotuj komunikat dla klientów.`],
  // Sweden
  ["sv", "neg-business:office", `Vårt kontor har flyttat till {st} {no}, {zip} {city} (Nordlund Bygg AB). Skriv ett kort mejl till kunderna.`],
  ["sv", "neg-fiction:character", `I böckerna bor Pippi Långstrump i Villa Villekulla; finns det ett riktigt hus som förebild?`],
  // Czech
  ["cs", "neg-hospital:hospital", `Fakultní nemocnice sídlí na adrese {st} {no}, {zip} {city}; kdy má pohotovost ordinační hodiny?`],
  ["cs", "neg-postcode:alone", `PSČ {zip} patří ke které části města {city}?`],
  // Greece
  ["el", "neg-landmark:museum", `Το Μουσείο της Ακρόπολης βρίσκεται στη Διονυσίου Αρεοπαγίτου 15, Αθήνα 117 42 — τι ώρα ανοίγει την Κυριακή;`],
  ["el", "neg-street:alone", `Η Ερμού είναι ο πιο εμπορικός δρόμος της Αθήνας; θέλω να πάω για ψώνια.`],
  // Turkey
  ["tr", "neg-business:office", `Şirketimizin merkezi {st} No: {no}, {zip} {city} adresine taşındı (Yıldız Tekstil A.Ş.); müşterilere duyuru yaz.`],
  ["tr", "neg-landmark:museum", `Topkapı Sarayı Müzesi, Cankurtaran Mahallesi, 34122 Fatih/İstanbul adresinde; salı günü açık mı?`],
  // United States
  ["us", "neg-historic:famous", `Which president first lived at 1600 Pennsylvania Avenue NW, and when was the White House finished?`],
  ["us", "neg-business:office", `Our office moved to {big} {st}, Suite 300, {city} {zip} — draft a note telling clients about the new HQ.`],
  ["us", "neg-directions:route", `Directions for the delivery driver: turn left on Main St, go past the gas station, then right on {st}.`],
  ["us", "neg-fiction:character", `In The Simpsons, the family lives at 742 Evergreen Terrace, Springfield — which episode first shows the address?`],
  ["us", "neg-tutorial:format", `USPS format example for a tutorial: JOHN DOE, 123 MAIN ST APT 4, ANYTOWN, NY 12345 — should the state be abbreviated?`],
  ["us", "neg-street:alone", `I love walking down Elm Street in the fall, the maples are gorgeous.`],
  // Canada
  ["ca", "neg-landmark:museum", `The Royal Ontario Museum is at 100 Queen's Park, Toronto, ON M5S 2C6 — is it free on Tuesdays?`],
  ["ca", "neg-postcode:alone", `Is {zip} in {city} downtown or further out?`],
  [
    "ca",
    "neg-school:school",
    `My kids' school, Palmerston Avenue Junior Public School at 734 Palmerston Avenue, Toronto, is closed Friday — draft the email to the other parents.`,
  ],
  // Mexico
  ["mx", "neg-landmark:museum", `El Museo Frida Kahlo está en Londres 247, Col. del Carmen, Coyoacán, CDMX; ¿se pueden comprar boletos en taquilla?`],
  ["mx", "neg-business:office", `Nuestra tienda está en {st} {no}, {city}, C.P. {zip}; escribe un post para Facebook con el horario.`],
  ["mx", "neg-street:alone", `¿Por qué hay tantas calles Morelos e Hidalgo en México?`],
  // Brazil
  ["br", "neg-business:office", `O escritório da empresa fica na {st}, {no}, conjunto 12, {city}, {zip} — escreve um comunicado aos clientes.`],
  ["br", "neg-venue:event", `O show vai ser no Allianz Parque, Av. Francisco Matarazzo 1705, São Paulo: que horas abrem os portões?`],
  ["br", "neg-postcode:alone", `O CEP {zip} é de qual bairro?`],
  // Argentina
  ["ar", "neg-historic:famous", `La casa de Borges en Maipú 994, Buenos Aires, ¿se puede visitar?`],
  ["ar", "neg-embassy:embassy", `La embajada de España está en Guido 1760, CABA; ¿necesito turno para renovar el pasaporte?`],
  // Colombia
  ["co", "neg-landmark:museum", `El Museo del Oro queda en la Carrera 6 # 15-88, Bogotá; ¿los domingos es gratis?`],
  ["co", "neg-directions:route", `Para llegar al parque: bajas por la {st} hasta la glorieta y giras a la derecha.`],
  // Chile
  ["cl", "neg-hospital:hospital", `La clínica está en {st} {big}, {city}; ¿atienden urgencias pediátricas de noche?`],
  ["cl", "neg-historic:famous", `La Chascona, la casa de Neruda en Fernando Márquez de la Plata 0192, ¿abre los lunes?`],
  // Japan
  ["jp", "neg-business:office", `弊社は{city}{st}{c}-{n}-{no}に移転しました（株式会社サクラ商事 本社）。取引先へのお知らせ文を作ってください。`],
  ["jp", "neg-tutorial:format", `日本の住所の書き方の例：〒100-0001 東京都千代田区千代田1-1。郵便番号の後に都道府県を書くのが正しいですか？`],
  ["jp", "neg-landmark:museum", `東京国立博物館は東京都台東区上野公園13-9にあります。月曜日は休館ですか？`],
  // Korea
  ["kr", "neg-business:office", `저희 회사 본사가 {city} {st} {no}로 이전했습니다. 고객 안내문을 써 주세요.`],
  ["kr", "neg-landmark:museum", `국립중앙박물관은 서울특별시 용산구 서빙고로 137에 있어요. 월요일에도 여나요?`],
  ["kr", "neg-street:alone", `해운대구 좌동순환로 근처 맛집 추천해 주세요.`],
  // China
  ["cn", "neg-landmark:museum", `上海博物馆在上海市黄浦区人民大道201号，周一开馆吗？`],
  ["cn", "neg-business:office", `我们公司搬到了{city}{st}{no}号{n}楼，帮我写一份给客户的搬迁通知。`],
  ["cn", "neg-postcode:alone", `邮编{zip}是{city}哪个区的？`],
  // Taiwan
  ["tw", "neg-landmark:museum", `國立故宮博物院在臺北市士林區至善路二段221號，週一有開嗎？`],
  ["tw", "neg-hospital:hospital", `醫院地址是{zip}{city}{st}{no}號，門診幾點開始掛號？`],
  // India
  ["in", "neg-historic:famous", `Is Mani Bhavan at 19 Laburnum Road, Gamdevi, Mumbai, where Gandhi stayed, open on Mondays?`],
  ["in", "neg-business:office", `Our clinic has moved to Shop No. {n}, {st}, {city} {zip} — write an SMS for patients with the new timings.`],
  [
    "in",
    "neg-tutorial:format",
    `How should an Indian address be written for India Post? Their sample: House No., Street, Locality, City - PIN, e.g. 12, MG Road, Sector 5, Anytown - 123456.`,
  ],
  // Indonesia
  ["id", "neg-business:office", `Kantor kami pindah ke {st} No. {no}, {city} {zip} (PT Maju Bersama). Buatkan pengumuman untuk pelanggan.`],
  ["id", "neg-landmark:museum", `Museum Nasional ada di Jl. Medan Merdeka Barat No. 12, Jakarta Pusat; buka hari Senin?`],
  // Vietnam
  ["vn", "neg-business:office", `Công ty mình chuyển văn phòng về {no} {st}, {city}; viết giúp thông báo gửi khách hàng.`],
  ["vn", "neg-landmark:museum", `Bảo tàng Chứng tích Chiến tranh ở 28 Võ Văn Tần, Quận 3, TP. Hồ Chí Minh mở cửa mấy giờ?`],
  // Thailand
  ["th", "neg-business:office", `ร้านของเราย้ายไปที่ {no}/{n} {st} {city} {zip} แล้ว ช่วยเขียนประกาศให้ลูกค้าหน่อย`],
  ["th", "neg-landmark:museum", `พิพิธภัณฑสถานแห่งชาติ พระนคร อยู่ที่ถนนหน้าพระธาตุ เขตพระนคร กรุงเทพฯ 10200 เปิดวันจันทร์ไหม`],
  // Philippines
  ["ph", "neg-school:school", `The school is at {no} {st}, {city} {zip}; what time does enrolment open for Grade 7?`],
  ["ph", "neg-historic:famous", `Is the Rizal Shrine in Calamba, at the corner of Mercado and Rizal Streets, open on Mondays?`],
  // Australia
  ["au", "neg-landmark:museum", `The Australian Museum is at 1 William Street, Sydney NSW 2010 — can I bring a pram?`],
  ["au", "neg-business:office", `Our café has moved to {no} {st}, {city} {zip}; write an Instagram caption for the reopening.`],
  ["au", "neg-fiction:character", `Neighbours fans: the Robinsons lived at 26 Ramsay Street, Erinsborough — where was it filmed?`],
  // New Zealand
  ["nz", "neg-venue:event", `The gig is at the Powerstation, 33 Mount Eden Road, Auckland — what time do doors open?`],
  ["nz", "neg-postcode:alone", `What area does postcode {zip} cover?`],
  // South Africa
  ["za", "neg-historic:famous", `Mandela's old house at 8115 Vilakazi Street, Orlando West, Soweto is a museum now — is it open on Sundays?`],
  ["za", "neg-business:office", `Our practice has moved: Dr Naidoo & Partners, {no} {st}, {city}, {zip}. Draft the SMS to patients.`],
  // Nigeria
  ["ng", "neg-embassy:embassy", `The British High Commission in Abuja is at 19 Torrens Close, Mississippi Street, Maitama — do they take walk-ins?`],
  ["ng", "neg-business:office", `Our shop has moved to {no} {st}, {city} — write a WhatsApp broadcast for customers.`],
  ["ng", "neg-directions:route", `Directions for the driver: from Ikeja along Obafemi Awolowo Way, turn into {st} after the filling station.`],
  // Egypt
  ["eg", "neg-landmark:museum", `المتحف المصري في ميدان التحرير، القاهرة — هل يفتح يوم الجمعة؟`],
  ["eg", "neg-business:office", `نقلنا مقر الشركة إلى {no} {st}، {city}. اكتب إعلاناً للعملاء.`],
  // Saudi Arabia
  ["sa", "neg-hospital:hospital", `مستشفى الملك فيصل التخصصي في {st}، {city} — متى تبدأ المواعيد؟`],
  ["sa", "neg-tutorial:format", `ما هي صيغة العنوان الوطني السعودي؟ المثال في الدليل: رقم المبنى ٨٢٢٨، اسم الشارع، الحي، المدينة، الرمز البريدي ١٢٣٤٥.`],
  ["de", "neg-venue:event", `Das Konzert ist in der Columbiahalle, Columbiadamm 13–21, 10965 Berlin – ab wann ist Einlass?`],
  ["fr", "neg-fiction:character", `Dans les romans, Maigret habite boulevard Richard-Lenoir à Paris ; le numéro est-il donné dans les livres ?`],
  ["es", "neg-school:school", `El colegio de mis hijos está en la {st} {no}, {zip} {city}; escribe una nota a la tutora diciendo que faltan el lunes.`],
  ["it", "neg-embassy:embassy", `Il consolato generale degli Stati Uniti a Milano è in via Principe Amedeo 2/10: serve l'appuntamento per il visto?`],
  ["pl", "neg-postcode:alone", `Kod pocztowy {zip} ({city}) to które osiedle?`],
  ["us", "neg-hospital:hospital", `The hospital is at {big} {st}, {city} {zip} — what time does the ER stop taking walk-ins?`],
  ["jp", "neg-hospital:hospital", `病院の住所は〒{zip} {city}{st}{c}-{n}-{no}です。外来の受付時間は何時までですか？`],
  ["kr", "neg-school:school", `우리 애 학교가 {city} {st} {no}에 있는데, 학교 행정실 운영 시간 알려 주세요.`],
  ["br", "neg-street:alone", `A Rua Augusta tá muito movimentada hoje? Quero ir ao cinema lá.`],
  ["ar", "neg-directions:route", `Para llegar: bajá por {st} hasta la plaza y doblá a la derecha en la segunda cuadra.`],
  ["th", "neg-street:alone", `ซอยสุขุมวิท 39 มีร้านอาหารญี่ปุ่นอร่อย ๆ แนะนำไหม`],
  [
    "au",
    "neg-tutorial:format",
    `Tutorial: an Australian address lists the unit before the number, e.g. "Unit 5, 10 Example Street, SUBURB STATE 0000". Is the slash form 5/10 also accepted?`,
  ],
];
