/**
 * Development set 23, European-language entries (es, fr, de, pt, pt-BR, it, nl, pl, tr): money, secrets, health,
 * phones and driver's licences in chats, forwarded SMS and e-mails, PDF forms, OCR, lists and dictated text, with
 * hard negatives of the same shapes. Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // Spanish
  [
    "es",
    "financial:iban-whatsapp:free",
    `[10:41] Marta: pásame los 60€ de la cena a mi cuenta ⟦iban|ES25 0139 9345 9454 2320 9495⟧ porfa\n¿cómo le contesto que ya se lo mandé?`,
  ],
  ["es", "financial:debt-chat:free", `Mi cuñado Rubén Ortega debe ⟦financial|8.400 €⟧ a Cofidis y le embargan la nómina, ¿qué puede hacer?`],
  ["es", "credentials:wifi-chat:free", `la clave del wifi de casa de mi abuela es ⟦password|Naranjo_7731⟧, ¿cómo la pongo en la tele nueva?`],
  ["es", "credentials:pin-voice:voice", `apúntame que el pin de la tarjeta nueva es ⟦password|nueve tres cero uno⟧ y que la caduca en marzo`],
  [
    "es",
    "health:whatsapp:free",
    `[21:03] Lucía: a Carmen Villalba le han detectado ⟦health|cáncer de mama⟧, empieza ⟦health|quimio⟧ el lunes\n¿qué le escribo para animarla?`,
  ],
  ["es", "phone:sms:sms", `Reenviado: "Soy Paco el del taller, llámame al ⟦phone|633 48 21 97⟧ o al fijo ⟦phone|91 452 38 10⟧" ¿me ayudas a responder?`],
  [
    "es",
    "driver_license:form:form",
    `Formulario del seguro (copiado del PDF):\nConductor: Iván  Serrano\nN.º permiso de\nconducir: ⟦driver_license|32251096J⟧   Fecha exp.: 2011\n¿está todo bien?`,
  ],
  ["es", "neg-financial:generic:free", `¿Cuánto se suele pagar de intereses por un préstamo de 8.400 € a cinco años?`],
  ["es", "neg-health:generic:free", `¿Cuáles son los síntomas del cáncer de mama en hombres?`],
  // French
  [
    "fr",
    "financial:rib-email:email",
    `TR: RIB pour le loyer\n\nBonjour, voici mon RIB : Mme Élodie Garnier\nIBAN ⟦iban|FR96 0020 5433 2119 8161 0800 144⟧\nCordialement\n\nPeux-tu vérifier que l'IBAN a le bon nombre de caractères ?`,
  ],
  ["fr", "financial:salaire-chat:free", `Ma sœur Inès Marchand gagne ⟦financial|2 150 € net⟧ par mois, elle peut prétendre à la prime d'activité ?`],
  ["fr", "credentials:digicode-sms:sms", `SMS de la nounou : "Le digicode c'est ⟦password|4B217⟧ et la clé est chez la gardienne" — traduis en anglais stp`],
  ["fr", "credentials:login-chat:free", `pour ameli mon identifiant c'est mon numéro de sécu et le mot de passe ⟦password|Chaton2023!⟧, pourquoi ça bloque ?`],
  [
    "fr",
    "health:email:email",
    `Bonjour,\nJe vous informe que M. Thomas Lefèvre est en arrêt pour ⟦health|burn-out⟧ jusqu'au 30.\nIl prend du ⟦health|Seroplex 10 mg⟧.\nPouvez-vous reformuler pour le service RH ?`,
  ],
  ["fr", "phone:list:list", `Contacts de la colo :\n- Mme Dubois : ⟦phone|06 48 21 73 95⟧\n- M. Perrin : ⟦phone|04 78 62 19 35⟧ poste 12\nmets en tableau`],
  ["fr", "driver_license:ocr:ocr", `OCR de mon permis : 5. N° ⟦driver_license|0 9 1 1 7 5 3 0 1 4 2 2⟧  4a. 12.03.2015  — c'est lisible ?`],
  ["fr", "neg-phone:service:free", `Le 3919 et le 15, c'est pour quoi exactement ? Et le 112 marche sans carte SIM ?`],
  ["fr", "neg-credentials:advice:free", `Quel est un bon digicode ? Faut-il éviter 1234 et les dates de naissance ?`],
  // German
  [
    "de",
    "financial:iban-ocr:ocr",
    `OCR vom Überweisungsträger, bitte prüfen:\nEmpfänger: Jonas  Weber\nIB AN: ⟦iban|DE20 6609 4784 3476 7606 41⟧\nBetrag: 245,00`,
  ],
  [
    "de",
    "financial:kredit-chat:free",
    `Mein Vater Klaus Hoffmann hat noch ⟦financial|23.500 Euro⟧ Restschuld beim Autokredit und seine Schufa ist ⟦financial|87 %⟧ — bekommt er noch eine Umschuldung?`,
  ],
  [
    "de",
    "credentials:wlan-whatsapp:free",
    `[Oma]: das WLAN ist FRITZ!Box 7590 HT und der Schlüssel ⟦password|4471 8823 0915 6621⟧\nwie verbinde ich ihr Tablet damit?`,
  ],
  ["de", "credentials:pin-chat:free", `Die PIN von der EC-Karte meiner Mutter ist ⟦password|3391⟧, darf ich damit für sie Geld abheben?`],
  ["de", "health:chat:free", `Meine Kollegin Sabine Krüger hat ⟦health|Brustkrebs⟧ und bekommt ⟦health|Tamoxifen 20 mg⟧ – wie spreche ich sie am besten an?`],
  [
    "de",
    "phone:sms:sms",
    `Weitergeleitet: "Hallo, hier Frau Busch, bitte rufen Sie zurück: ⟦phone|0171 4829 361⟧ oder Büro ⟦phone|089 21093-418⟧." Worum geht's wohl?`,
  ],
  [
    "de",
    "driver_license:form:form",
    `Mietvertrag (aus PDF kopiert)\nFahrer: Lukas  Brandt\nFührerschein-\nnummer: ⟦driver_license|B072RRE2I55⟧  Klasse B\nfehlt noch was?`,
  ],
  ["de", "neg-financial:generic:free", `Wie hoch ist ein typischer Schufa-Score in Deutschland, und ab wann gilt er als gut?`],
  ["de", "neg-phone:hotline:free", `Ist die Telefonseelsorge 0800 111 0 111 wirklich rund um die Uhr erreichbar?`],
  // Portuguese (PT and BR)
  ["pt", "financial:iban-chat:free", `o meu IBAN é ⟦iban|PT77 9190 1406 9585 9768 7707 5⟧, podes confirmar se está completo para o reembolso do IRS?`],
  ["pt", "financial:refund-sms:sms", `SMS: "Caro Rui Antunes, o seu reembolso de IRS de ⟦financial|1.284,50 €⟧ foi emitido." é verdade ou burla?`],
  ["pt", "credentials:wifi-voice:voice", `a senha do wifi é ⟦password|benfica dois mil e vinte⟧ tudo junto em minúsculas escreve isso direito`],
  [
    "pt",
    "health:email:email",
    `Olá Ana,\nA Dona Fernanda Lopes teve ⟦health|AVC⟧ na semana passada e está a tomar ⟦health|clopidogrel 75 mg⟧.\nBeijinhos\n\n(resume isto)`,
  ],
  ["pt", "phone:chat:free", `liga para a minha tia, o número é ⟦phone|912 384 677⟧, e diz que chego às 18h`],
  [
    "pt-BR",
    "financial:pix-whatsapp:free",
    `[09:12] Juliana: me passa o cartão pra eu comprar as passagens\n[09:13] eu: ⟦payment_card|4409 7666 3779 8914⟧ val 07/27\ntá seguro mandar assim?`,
  ],
  ["pt-BR", "driver_license:chat:free", `a locadora pediu minha CNH, número ⟦driver_license|81943669884⟧, precisa também do RENACH?`],
  ["pt-BR", "phone:sms:sms", `recebi: "Oi, é a Cláudia da imobiliária, me chama no zap ⟦phone|(11) 98472-3316⟧" é golpe?`],
  ["pt", "neg-health:generic:free", `Quais são os sinais de um AVC? Como se chama o número de emergência em Portugal?`],
  ["pt-BR", "neg-financial:generic:free", `Como funciona o Pix? Preciso passar o número do cartão ou só a chave?`],
  // Italian
  [
    "it",
    "financial:iban-email:email",
    `Inoltrato: "Gentile cliente, per il saldo del matrimonio bonificare a Giulia Conti IBAN ⟦iban|IT93 X511 0140 4907 0351 6797 737⟧." è normale che lo chiedano per mail?`,
  ],
  [
    "it",
    "financial:stipendio-list:list",
    `Spese di casa:\n- stipendio di Marco Ferri: ⟦financial|1.780 €⟧\n- mutuo: ⟦financial|640 €⟧\n- bollette 190\nfammi un budget`,
  ],
  ["it", "credentials:codice-chat:free", `il codice dell'allarme dei miei è ⟦password|7 3 1 9⟧ e quello del cancello ⟦password|0452⟧, come li cambio?`],
  ["it", "health:whatsapp:free", `[18:20] Sara: nonno Pietro Gallo ha fatto le analisi, ⟦health|glicemia 180⟧ e ⟦health|creatinina 2,1⟧\ncosa vuol dire?`],
  ["it", "phone:chat:free", `mi scrivi un messaggio per la signora Bianchi? il suo cellulare è ⟦phone|347 218 5590⟧`],
  ["it", "driver_license:ocr:ocr", `OCR della patente: 5.  ⟦driver_license|U 1 A 7 3 M 2 9 4 X⟧   4b. 2031 — mi aiuti a ricopiarla?`],
  ["it", "neg-credentials:advice:free", `Come scelgo un codice per l'allarme che sia facile da ricordare ma sicuro?`],
  ["it", "neg-phone:service:free", `Il numero 1522 antiviolenza è gratuito anche dal cellulare?`],
  // Dutch
  ["nl", "financial:tikkie-chat:free", `kun je dit netjes maken: "betaal de ⟦financial|€ 312,50⟧ van Sanne de Vries aub naar ⟦iban|NL90 RABO 8654 6102 29⟧"`],
  [
    "nl",
    "financial:schuld-email:email",
    `Doorgestuurd: "Beste meneer Bakker, uw achterstand bij de Belastingdienst bedraagt ⟦financial|€ 4.812⟧." Wat betekent dit voor zijn toeslagen?`,
  ],
  ["nl", "credentials:wifi-chat:free", `wifi bij opa is Ziggo-5G-88 en het wachtwoord ⟦password|tulp2024Haarlem⟧, hoe zet ik dat op zijn iPad`],
  ["nl", "health:chat:free", `Mijn buurvrouw Ingrid Smit heeft ⟦health|COPD⟧ en gebruikt ⟦health|zuurstof 2 liter⟧, mag ze vliegen?`],
  ["nl", "phone:list:list", `Telefoonlijst voetbal:\n• Kees: ⟦phone|06-41827365⟧\n• Anouk: ⟦phone|020 - 624 18 93⟧\nmaak er een tabel van`],
  ["nl", "driver_license:chat:free", `mijn rijbewijsnummer is ⟦driver_license|5089123746⟧, waar vul ik dat in bij het CBR?`],
  ["nl", "neg-financial:example:free", `Hoe herken ik een nep-Tikkie? Ze vragen soms om een betaling van € 0,01.`],
  // Polish
  [
    "pl",
    "financial:konto-sms:sms",
    `SMS od mamy: "Przelej ⟦financial|450 zł⟧ dla Ani Wiśniewskiej na ⟦iban|PL51 9858 2332 7972 3151 3738 1597⟧" — jak to zrobić w aplikacji?`,
  ],
  ["pl", "credentials:pin-chat:free", `kod do domofonu u babci to ⟦password|1 7 4 3⟧ a pin do karty ⟦password|6620⟧, zapisz mi to ładnie`],
  [
    "pl",
    "health:email:email",
    `Dzień dobry,\nPani Katarzyna Nowak jest w ⟦health|ciąży (20 tydzień)⟧ i ma ⟦health|nadciśnienie⟧.\nProszę o zwolnienie z nocnych zmian.\n\nPopraw styl`,
  ],
  ["pl", "phone:chat:free", `zadzwoń do pana Marka, numer ⟦phone|601 482 937⟧, i powiedz że się spóźnię`],
  ["pl", "driver_license:form:form", `Wniosek (z PDF):\nImię i nazwisko: Tomasz  Zieliński\nNr prawa\njazdy: ⟦driver_license|04127/18/0623⟧\nczy coś jeszcze?`],
  ["pl", "neg-phone:hotline:free", `Czy numer 116 123 to telefon zaufania dla dorosłych?`],
  // Turkish
  ["tr", "financial:iban-whatsapp:free", `[12:30] Ayşe: kira için ⟦iban|TR04 2035 6002 9159 9981 8555 83⟧ Ayşe Demir adına at\nbunu nasıl hatırlatırım?`],
  ["tr", "financial:maas-chat:free", `Eşim Murat Kaya'nın maaşı ⟦financial|38.000 TL⟧, ⟦financial|120.000 TL⟧ kredi çekebilir miyiz?`],
  ["tr", "credentials:sifre-chat:free", `bankanın girişi 43918 / ⟦password|Kedi.1453⟧ babam unutuyor, nereye yazayım?`],
  ["tr", "health:chat:free", `Komşum Fatma Yıldız'a ⟦health|MS⟧ teşhisi kondu, ⟦health|interferon⟧ iğnesi başlamış, ne götürebilirim?`],
  ["tr", "phone:sms:sms", `İletildi: "Kargo için ⟦phone|0532 418 27 63⟧ numarasından arayın" dolandırıcılık mı?`],
  ["tr", "driver_license:chat:free", `araç kiralama ehliyet belge no istiyor: ⟦driver_license|B 482913⟧, yeterli mi?`],
  ["tr", "neg-health:generic:free", `MS hastalığının ilk belirtileri nelerdir?`],
  // mixed-language
  ["es", "credentials:mixed-spanglish:free", `mi cuenta del banco, the login es rgarcia77 y la contra ⟦password|Perrito#88⟧, can you help me reset it?`],
  ["de", "phone:mixed-denglisch:free", `kannst du meinem Vermieter schreiben, his number is ⟦phone|0157 3821 9904⟧, dass die Heizung kaputt ist`],
];
