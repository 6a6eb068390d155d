/**
 * dev-82 entries: personal data given across the turns of a pasted dialogue — support-chat exports, call-centre and
 * bot transcripts (`Agent:`/`Customer:`, `[10:42] Bot: … [10:42] You: …`), WhatsApp, Slack and Teams exports, SMS
 * threads, interview and intake transcripts, a form-filling chatbot's log — in English, German, French, Spanish,
 * Italian, Portuguese, Dutch and Japanese. The cue is one turn (the agent's or bot's question), the value alone or
 * nearly alone in the next turn, sometimes after a filler ("sure, it's …"), sometimes corrected in a later turn or
 * split over two turns. Sensitive: a private person's date of birth (named), phone, national or tax id, passport,
 * driving licence, home address, e-mail, card, bank account, IBAN, password, and a named person's health. Hard
 * negatives in the same shapes: the business's own numbers (order, ticket, tracking, case, invoice, store hotline,
 * toll-free), scripted templates with placeholders, the customer refusing, dates that are no birth date (delivery,
 * an unnamed writer's appointment), training transcripts with test values, a bot quoting a public office's address
 * and phone, a public figure discussed. `kind` is `<shape>:<category>` or `neg-<shape>:<what>`. Our own invented
 * text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English
  [
    "en",
    "agent:date_of_birth",
    `Summarise this call for the CRM note:
Agent: Thanks for calling Northgate Energy, who am I speaking with?
Customer: Hi, it's Deborah Whitfield.
Agent: Thanks Deborah. For security, can I have your date of birth?
Customer: sure, it's ⟦date_of_birth|14 March 1982⟧
Agent: Lovely, that matches. How can I help today?`,
  ],
  [
    "en",
    "bot:phone",
    `Why did the bot loop here?
[10:41] Bot: Hi! What's your name?
[10:41] You: Liam Carter
[10:42] Bot: Thanks Liam. What's the best number to reach you?
[10:42] You: ⟦phone|07912 483605⟧
[10:42] Bot: Sorry, I didn't catch that. What's the best number to reach you?`,
  ],
  [
    "en",
    "whatsapp:street_address",
    `Pull the guest addresses out of this WhatsApp export:
[03/12/2026, 18:02:11] Priya Nair: what's your new address again? for the wedding invite
[03/12/2026, 18:04:40] Tom Hendry: ⟦street_address|Flat 3, 42 Alderney Road, Bristol BS6 5QL⟧
[03/12/2026, 18:04:52] Priya Nair: perfect ta`,
  ],
  [
    "en",
    "agent:national_id",
    `Check the agent followed the script:
Agent: Am I speaking with Mr Okafor?
Caller: Yes, Daniel Okafor.
Agent: And your National Insurance number, please?
Caller: uh, ⟦national_id|JT 48 27 19 B⟧
Agent: Thank you, you're through security.`,
  ],
  [
    "en",
    "slack:password",
    `Is this Slack thread OK to share in #general?
mark.osei  10:14 AM
what's the wifi password at your place, for Saturday?
hannah.lind  10:15 AM
⟦password|Kettle!Moss72⟧
mark.osei  10:15 AM
ta 🙏`,
  ],
  [
    "en",
    "sms:payment_card-split",
    `My dad sent his card in two texts, can you put it together so I can book the ferry?
Me: Dad can you send me your card number for the ferry
Robert Ellis: ⟦payment_card|4929 1338 7702⟧
Robert Ellis: ⟦payment_card|3332⟧ exp 09/28`,
  ],
  [
    "en",
    "agent:phone-corrected",
    `Which number should go on the account? Transcript:
Agent: Can I take a contact number, Ms Bryant?
Customer: ⟦phone|07841 226910⟧ … no wait, that's my old one.
Agent: No problem.
Customer: It's ⟦phone|07841 226019⟧, sorry.`,
  ],
  [
    "en",
    "intake:health",
    `Turn this intake transcript into a referral letter:
Nurse: Full name?
Patient: Gareth Pryce.
Nurse: Any long-term conditions?
Patient: ⟦health|Crohn's disease⟧, diagnosed about six years ago.
Nurse: Thank you.`,
  ],
  [
    "en",
    "formbot:email",
    `Our sign-up bot's log, why didn't the confirmation send?
BOT> Great, Sophie Marchant. What's your email address?
USER> ⟦email|sophie.marchant88@gmail.com⟧
BOT> Thanks! Sending a confirmation now.`,
  ],
  [
    "en",
    "agent:bank_account",
    `Draft the refund form from this call:
Agent: I'll need the account the refund goes to, Mr Adeyemi. Sort code first?
Customer: ⟦bank_account|20-45-77⟧
Agent: And the account number?
Customer: ⟦bank_account|41392876⟧`,
  ],
  [
    "en",
    "teams:passport",
    `From our Teams chat, fill in the Lisbon booking form:
[09:12] Rachel Dunn: Kevin, I need your passport number for the Lisbon flights
[09:14] Kevin Ashby: ⟦passport|548213907⟧
[09:14] Rachel Dunn: got it, thanks`,
  ],
  [
    "en",
    "interview:us_ssn",
    `Tidy this HR screening transcript:
Q: For the background check, Ms Alvarez, I'll need your Social Security number.
A: Sure, ⟦us_ssn|512-48-7309⟧.
Q: Thanks, and any previous names?
A: No.`,
  ],
  [
    "en",
    "bot:driver_license",
    `Car-hire chatbot log, what's the next step?
[16:20] Bot: What's the lead driver's full name?
[16:20] You: Callum Reid
[16:21] Bot: And the driving licence number?
[16:21] You: ⟦driver_license|REID9906070CJ9AB⟧`,
  ],
  // German
  [
    "de",
    "agent:date_of_birth",
    `Fass das Telefonat für die Akte zusammen:
Mitarbeiter: Guten Tag, mit wem spreche ich?
Kundin: Sabine Krämer.
Mitarbeiter: Danke. Ihr Geburtsdatum bitte?
Kundin: ⟦date_of_birth|3. Juni 1975⟧
Mitarbeiter: Vielen Dank, Frau Krämer.`,
  ],
  [
    "de",
    "agent:national_id",
    `Hat der Kollege alles abgefragt?
Berater: Herr Albrecht, für den Antrag brauche ich noch Ihre Steuer-ID.
Kunde: äh … Moment … ⟦national_id|52184063571⟧
Berater: Danke, ist notiert.`,
  ],
  [
    "de",
    "bot:phone",
    `Warum fragt der Bot zweimal?
[14:01] Bot: Wie heißen Sie?
[14:01] Sie: Florian Weidner
[14:02] Bot: Unter welcher Nummer erreichen wir Sie?
[14:03] Sie: ⟦phone|0151 2384 7719⟧`,
  ],
  [
    "de",
    "whatsapp:street_address",
    `Schreib mir die Adresse aus dem Chat raus:
[02.12.26, 19:14:02] Lena Vogt: Schick mir nochmal deine Adresse fürs Paket
[02.12.26, 19:20:45] Jonas Reuter: ⟦street_address|Lindenstraße 27, 50674 Köln⟧
[02.12.26, 19:21:03] Lena Vogt: 👍`,
  ],
  [
    "de",
    "agent:iban",
    `Erstelle die Gutschrift aus dem Gespräch:
Mitarbeiterin: Auf welches Konto sollen wir erstatten, Frau Yilmaz?
Kundin: Die IBAN ist ⟦iban|DE44 5001 0517 5407 3249 31⟧.
Mitarbeiterin: Danke, kommt in 3–5 Werktagen.`,
  ],
  [
    "de",
    "agent:iban-split",
    `Die Kundin hat die IBAN in zwei Nachrichten geschickt, setz sie zusammen:
Agent: Ihre IBAN bitte, Frau Hoffmann.
Kundin: ⟦iban|DE26 1203 0000⟧
Kundin: ⟦iban|1034 5678 12⟧ – sorry, zu früh abgeschickt`,
  ],
  [
    "de",
    "intake:health",
    `Mach aus dem Aufnahmegespräch einen Arztbrief:
MFA: Name?
Patient: Manfred Beck.
MFA: Bekannte Vorerkrankungen?
Patient: ⟦health|Herzinsuffizienz⟧, seit 2019.`,
  ],
  [
    "de",
    "slack:password",
    `Kann ich den Thread so weiterleiten?
tobias.k  09:02
wie ist nochmal das WLAN-Passwort bei euch zuhause?
miriam.s  09:04
⟦password|Fenster#Blau2019⟧`,
  ],
  [
    "de",
    "teams:passport",
    `Aus dem Teams-Chat fürs Visum übernehmen:
[11:03] Katrin Lenz: Jan, deine Reisepassnummer brauche ich noch
[11:05] Jan Seidel: ⟦passport|CF3K7M9R2⟧`,
  ],
  [
    "de",
    "formbot:email",
    `Log unseres Anmelde-Bots, warum kam keine Mail an?
BOT> Danke, Julia Hartmann. Wie lautet Ihre E-Mail-Adresse?
NUTZER> klar: ⟦email|j.hartmann84@web.de⟧
BOT> Bestätigung ist unterwegs.`,
  ],
  [
    "de",
    "sms:phone-corrected",
    `Welche Nummer stimmt jetzt?
Ich: Gib mir mal Svenjas neue Handynummer
Markus: ⟦phone|0176 4418 2093⟧
Markus: ne warte, ⟦phone|0176 4418 2039⟧, Zahlendreher`,
  ],
  [
    "de",
    "agent:payment_card",
    `Protokoll der Bestellung prüfen:
Agent: Und Ihre Kartennummer, Herr Brandt?
Kunde: ⟦payment_card|5355 2201 4789 3337⟧
Agent: Gültig bis?
Kunde: 11/28`,
  ],
  [
    "de",
    "bot:driver_license",
    `Mietwagen-Chat, was fehlt noch?
[08:10] Bot: Name des Fahrers?
[08:10] Sie: Dominik Schäfer
[08:11] Bot: Führerscheinnummer bitte
[08:11] Sie: ⟦driver_license|N0724XT8K31⟧`,
  ],
  // French
  [
    "fr",
    "agent:date_of_birth",
    `Résume cet appel pour le dossier :
Conseiller : Bonjour, à qui ai-je l'honneur ?
Cliente : Nathalie Garnier.
Conseiller : Pouvez-vous me confirmer votre date de naissance ?
Cliente : euh, le ⟦date_of_birth|22 septembre 1979⟧
Conseiller : Parfait, merci Madame Garnier.`,
  ],
  [
    "fr",
    "agent:national_id",
    `Vérifie que le script a été suivi :
Agent : Monsieur Lefèvre, votre numéro de sécurité sociale, s'il vous plaît ?
Client : oui, c'est le ⟦national_id|1 85 03 75 112 047 04⟧
Agent : Merci.`,
  ],
  [
    "fr",
    "bot:phone",
    `Pourquoi le bot n'a pas accepté le numéro ?
[09:30] Bot : Votre nom ?
[09:30] Vous : Camille Rousseau
[09:31] Bot : À quel numéro pouvons-nous vous joindre ?
[09:31] Vous : ⟦phone|06 48 27 93 15⟧`,
  ],
  [
    "fr",
    "whatsapp:street_address",
    `Extrais l'adresse de ce chat WhatsApp :
[05/12/2026 20:11:05] Inès Moreau: tu m'envoies ton adresse pour le colis ?
[05/12/2026 20:13:40] Hugo Lambert: ⟦street_address|14 rue des Tanneurs, 67000 Strasbourg⟧`,
  ],
  [
    "fr",
    "agent:iban",
    `Prépare l'ordre de remboursement :
Conseillère : Sur quel compte voulez-vous le remboursement, Monsieur Perrin ?
Client : mon IBAN : ⟦iban|FR38 3000 3021 9700 0504 2719 385⟧
Conseillère : C'est noté.`,
  ],
  [
    "fr",
    "agent:national_id-tax",
    `Remplis la fiche à partir de l'échange :
Agent : Madame Chevalier, il me faut votre numéro fiscal.
Cliente : attendez… ⟦national_id|2071845396012⟧
Agent : Merci.`,
  ],
  [
    "fr",
    "intake:health",
    `Rédige le compte-rendu d'admission :
Infirmière : Nom et prénom ?
Patient : Bernard Fontaine.
Infirmière : Des antécédents ?
Patient : une ⟦health|sclérose en plaques⟧ depuis 2015.`,
  ],
  [
    "fr",
    "slack:password",
    `Je peux partager ce fil ?
julie.m  18:40
c'est quoi le code wifi chez toi déjà ?
antoine.b  18:41
⟦password|Tilleul!48maison⟧`,
  ],
  [
    "fr",
    "teams:passport",
    `Depuis le chat Teams, complète la réservation :
[10:02] Claire Dubois : Mathieu, ton numéro de passeport pour le vol ?
[10:04] Mathieu Girard : ⟦passport|19AB48271⟧`,
  ],
  [
    "fr",
    "formbot:email",
    `Journal de notre bot d'inscription :
BOT> Merci Élodie Marchand. Votre adresse e-mail ?
USER> ⟦email|elodie.marchand@orange.fr⟧
BOT> Un e-mail de confirmation arrive.`,
  ],
  [
    "fr",
    "sms:payment_card-split",
    `Ma sœur m'a envoyé sa carte en deux SMS, tu peux la remettre d'un bloc ?
Moi : tu m'envoies ta carte pour les billets ?
Laure Bonnet : ⟦payment_card|4532 0187⟧
Laure Bonnet : ⟦payment_card|4412 3333⟧ exp 03/29`,
  ],
  [
    "fr",
    "agent:phone-corrected",
    `Quel numéro garder ?
Conseiller : Un numéro où vous joindre, Monsieur Roux ?
Client : ⟦phone|07 81 44 20 36⟧… non pardon, ⟦phone|07 81 44 20 63⟧.`,
  ],
  [
    "fr",
    "bot:driver_license",
    `Chat de location de voiture, que manque-t-il ?
[15:00] Bot : Nom du conducteur ?
[15:00] Vous : Sébastien Faure
[15:01] Bot : Numéro de permis de conduire ?
[15:01] Vous : ⟦driver_license|120775300452⟧`,
  ],
  // Spanish
  [
    "es",
    "agent:date_of_birth",
    `Resume la llamada para el CRM:
Agente: Buenos días, ¿con quién hablo?
Clienta: Con Marta Ibáñez.
Agente: ¿Me confirma su fecha de nacimiento?
Clienta: sí, ⟦date_of_birth|el 8 de mayo de 1986⟧
Agente: Gracias, señora Ibáñez.`,
  ],
  [
    "es",
    "agent:national_id",
    `¿El agente siguió el guion?
Agente: ¿Me confirma su DNI, señor Navarro?
Cliente: claro, ⟦national_id|48392716A⟧
Agente: Perfecto.`,
  ],
  [
    "es",
    "bot:phone",
    `¿Por qué el bot no guardó el teléfono?
[12:10] Bot: ¿Cómo te llamas?
[12:10] Tú: Pablo Serrano
[12:11] Bot: ¿En qué número te podemos llamar?
[12:11] Tú: ⟦phone|612 48 93 07⟧`,
  ],
  [
    "es",
    "whatsapp:street_address",
    `Sácame la dirección del chat:
[01/12/26, 21:02:14] Lucía Romero: pásame tu dirección para mandarte el regalo
[01/12/26, 21:05:50] Andrés Molina: ⟦street_address|Calle de Toledo 54, 3º B, 28005 Madrid⟧`,
  ],
  [
    "es",
    "agent:iban",
    `Prepara la devolución:
Agente: ¿A qué cuenta le hacemos el reembolso, señora Castro?
Clienta: ⟦iban|ES44 0182 2370 4202 0876 1543⟧
Agente: Anotado.`,
  ],
  [
    "es",
    "agent:national_id-nie",
    `Rellena la ficha con esto:
Agente: ¿Su NIE, señor Popescu?
Cliente: a ver… ⟦national_id|X4827193E⟧`,
  ],
  [
    "es",
    "intake:health",
    `Redacta el informe de ingreso:
Enfermera: ¿Nombre completo?
Paciente: Rosa Delgado Fuentes.
Enfermera: ¿Alguna enfermedad crónica?
Paciente: ⟦health|insuficiencia renal crónica⟧, me dializan tres veces por semana.`,
  ],
  [
    "es",
    "slack:password",
    `¿Puedo compartir este hilo?
sergio.p  17:22
oye, ¿cuál es la contraseña del wifi de tu casa?
irene.v  17:23
⟦password|Naranjo#2021casa⟧`,
  ],
  [
    "es",
    "teams:passport",
    `Del chat de Teams, rellena el formulario del viaje:
[09:40] Elena Vidal: Raúl, ¿tu número de pasaporte?
[09:41] Raúl Cortés: ⟦passport|PAK482193⟧`,
  ],
  [
    "es",
    "formbot:email",
    `Log del bot de registro:
BOT> Gracias, Nuria Gil. ¿Tu correo electrónico?
USER> ⟦email|nuria.gil.84@hotmail.es⟧
BOT> Te enviamos la confirmación.`,
  ],
  [
    "es",
    "sms:phone-corrected",
    `¿Cuál es el bueno?
Yo: pásame el móvil de tu primo Álvaro
Bea: ⟦phone|654 201 837⟧
Bea: uy no, es ⟦phone|654 201 873⟧`,
  ],
  [
    "es",
    "agent:payment_card",
    `Revisa el registro del pedido:
Agente: ¿Número de tarjeta, señor Méndez?
Cliente: ⟦payment_card|4761 7390 0125 3339⟧
Agente: ¿Fecha de caducidad?
Cliente: 05/29`,
  ],
  [
    "es",
    "bot:iban-split",
    `El cliente mandó el IBAN partido, júntalo:
[18:00] Bot: Indica tu IBAN, Jorge Herrero.
[18:01] Tú: ⟦iban|ES79 0049 1500⟧
[18:01] Tú: ⟦iban|0527 1836 4910⟧`,
  ],
  // Italian
  [
    "it",
    "agent:date_of_birth",
    `Riassumi la telefonata per il CRM:
Operatore: Buongiorno, con chi parlo?
Cliente: Francesca Galli.
Operatore: Mi conferma la data di nascita?
Cliente: ⟦date_of_birth|17/11/1983⟧
Operatore: Grazie, signora Galli.`,
  ],
  [
    "it",
    "agent:national_id",
    `Controlla che l'operatore abbia seguito lo script:
Operatore: Signor Rossetti, mi dà il codice fiscale?
Cliente: sì, ⟦national_id|FRRLCU78M12H501N⟧`,
  ],
  [
    "it",
    "bot:phone",
    `Perché il bot non ha salvato il numero?
[11:20] Bot: Come ti chiami?
[11:20] Tu: Davide Conti
[11:21] Bot: A quale numero possiamo richiamarti?
[11:21] Tu: ⟦phone|347 218 4493⟧`,
  ],
  [
    "it",
    "whatsapp:street_address",
    `Estrai l'indirizzo dalla chat:
[04/12/26, 19:45:02] Chiara Fontana: mi mandi l'indirizzo per la festa?
[04/12/26, 19:47:33] Marco Greco: ⟦street_address|Via dei Mille 23, 40121 Bologna⟧`,
  ],
  [
    "it",
    "agent:iban",
    `Prepara il rimborso:
Operatrice: Su quale conto accreditiamo, signor Bruno?
Cliente: IBAN ⟦iban|IT32 Q030 6909 6061 0000 0063 870⟧`,
  ],
  [
    "it",
    "intake:health",
    `Scrivi la scheda di accettazione:
Infermiere: Nome e cognome?
Paziente: Giulia Ferraro.
Infermiere: Patologie note?
Paziente: ⟦health|epilessia⟧, prendo il Keppra.`,
  ],
  [
    "it",
    "slack:password",
    `Posso girare questo thread?
paolo.r  20:05
qual è la password del wifi a casa tua?
silvia.t  20:06
⟦password|Girasole!77Po⟧`,
  ],
  [
    "it",
    "teams:passport",
    `Dalla chat Teams, compila la prenotazione:
[10:15] Alessia Moretti: Luca, numero di passaporto?
[10:16] Luca Barbieri: ⟦passport|YB4827193⟧`,
  ],
  [
    "it",
    "formbot:email",
    `Log del bot di iscrizione:
BOT> Grazie Martina Lombardi. La tua email?
USER> ⟦email|martina.lombardi91@libero.it⟧`,
  ],
  [
    "it",
    "sms:phone-corrected",
    `Qual è quello giusto?
Io: mi dai il numero di tua sorella Elisa?
Fede: ⟦phone|339 540 7761⟧
Fede: no scusa ⟦phone|339 540 7716⟧`,
  ],
  [
    "it",
    "agent:payment_card",
    `Verifica la trascrizione dell'ordine:
Operatore: Numero della carta, signora Ricci?
Cliente: ⟦payment_card|5226 8801 4563 3337⟧`,
  ],
  [
    "it",
    "bot:driver_license",
    `Chat del noleggio auto, cosa manca?
[17:30] Bot: Nome del conducente?
[17:30] Tu: Stefano Marino
[17:31] Bot: Numero della patente?
[17:31] Tu: ⟦driver_license|MI4827193K⟧`,
  ],
  [
    "it",
    "interview:national_id-split",
    `Colloquio HR, il candidato ha dettato il codice fiscale a pezzi; ricomponilo:
D: Signora Colombo, il codice fiscale?
R: ⟦national_id|BNCGLI90⟧
D: Sì…
R: ⟦national_id|D45F205A⟧`,
  ],
  // Portuguese
  [
    "pt",
    "agent:date_of_birth",
    `Resume a chamada para o CRM:
Operador: Bom dia, com quem falo?
Cliente: Ana Sofia Pereira.
Operador: Confirma-me a data de nascimento?
Cliente: ⟦date_of_birth|9 de fevereiro de 1988⟧
Operador: Obrigado, D. Ana.`,
  ],
  [
    "pt",
    "agent:national_id-tax",
    `Verifica se o operador seguiu o guião:
Operador: Sr. Tavares, pode indicar-me o NIF?
Cliente: sim, ⟦national_id|245 719 385⟧`,
  ],
  [
    "pt",
    "bot:phone",
    `Porque é que o bot não guardou o número?
[13:05] Bot: Como se chama?
[13:05] Você: Rui Figueiredo
[13:06] Bot: Qual o melhor número para o contactarmos?
[13:06] Você: ⟦phone|912 384 706⟧`,
  ],
  [
    "pt",
    "whatsapp:street_address",
    `Tira a morada desta conversa:
[06/12/26, 22:01:17] Inês Carvalho: manda-me a tua morada para o postal
[06/12/26, 22:03:02] Tiago Lopes: ⟦street_address|Rua de Cedofeita 212, 2.º Esq., 4050-174 Porto⟧`,
  ],
  [
    "pt",
    "agent:iban",
    `Prepara o reembolso:
Operadora: Para que conta fazemos a devolução, Sra. Marques?
Cliente: ⟦iban|PT30 0035 0651 0000 1740 2831 5⟧`,
  ],
  [
    "pt",
    "agent:national_id-cpf",
    `Preenche o cadastro com essa conversa:
Atendente: Seu CPF, por favor, Sr. Henrique?
Cliente: ⟦national_id|384.712.905-88⟧`,
  ],
  [
    "pt",
    "intake:health",
    `Escreve a ficha de admissão:
Enfermeira: Nome completo?
Doente: Joaquim Sousa Ramos.
Enfermeira: Doenças crónicas?
Doente: ⟦health|doença de Parkinson⟧, há quatro anos.`,
  ],
  [
    "pt",
    "slack:password",
    `Posso partilhar esta thread?
beatriz.f  19:11
qual é a password do wifi lá de casa?
nuno.a  19:12
⟦password|Andorinha#58sul⟧`,
  ],
  [
    "pt",
    "teams:passport",
    `Do chat do Teams, preenche a reserva:
[08:50] Marta Neves: Filipe, o teu número de passaporte?
[08:52] Filipe Rocha: ⟦passport|CB482193⟧`,
  ],
  [
    "pt",
    "formbot:email",
    `Log do bot de registo:
BOT> Obrigado, Catarina Mendes. O seu e-mail?
USER> ⟦email|catarina.mendes77@sapo.pt⟧`,
  ],
  [
    "pt",
    "sms:phone-corrected",
    `Qual é o certo?
Eu: dá-me o número da tua mãe, a D. Graça
Pedro: ⟦phone|936 205 481⟧
Pedro: não, ⟦phone|936 205 418⟧`,
  ],
  [
    "pt",
    "agent:payment_card",
    `Revê a transcrição da encomenda:
Operador: O número do cartão, Sr. Almeida?
Cliente: ⟦payment_card|4532 0187 4412 3333⟧`,
  ],
  [
    "pt",
    "bot:iban-split",
    `O cliente mandou o IBAN em duas mensagens, junta-o:
[19:40] Bot: Indique o IBAN, Sr. Gonçalo Pinto.
[19:41] Você: ⟦iban|PT80 0010 0000 4587⟧
[19:41] Você: ⟦iban|2136 0018 0⟧`,
  ],
  // Dutch
  [
    "nl",
    "agent:date_of_birth",
    `Vat dit gesprek samen voor het CRM:
Medewerker: Goedemiddag, met wie spreek ik?
Klant: Met Ingrid de Vries.
Medewerker: Mag ik uw geboortedatum?
Klant: ⟦date_of_birth|12 april 1971⟧
Medewerker: Dank u, mevrouw De Vries.`,
  ],
  [
    "nl",
    "agent:national_id",
    `Heeft de medewerker het script gevolgd?
Medewerker: Meneer Bakker, uw BSN alstublieft?
Klant: eh, ⟦national_id|304182977⟧`,
  ],
  [
    "nl",
    "bot:phone",
    `Waarom sloeg de bot het nummer niet op?
[10:05] Bot: Wat is je naam?
[10:05] Jij: Sanne Visser
[10:06] Bot: Op welk nummer kunnen we je bereiken?
[10:06] Jij: ⟦phone|06 4183 2795⟧`,
  ],
  [
    "nl",
    "whatsapp:street_address",
    `Haal het adres uit deze chat:
[02-12-2026 17:40:11] Eva Janssen: stuur je je nieuwe adres even voor de kaart?
[02-12-2026 17:42:55] Bram Smit: ⟦street_address|Oudegracht 118, 3511 AX Utrecht⟧`,
  ],
  [
    "nl",
    "agent:iban",
    `Maak de terugbetaling klaar:
Medewerker: Op welk rekeningnummer mogen we terugstorten, mevrouw Mulder?
Klant: ⟦iban|NL72 RABO 0326 7841 93⟧`,
  ],
  [
    "nl",
    "intake:health",
    `Schrijf het opnameverslag:
Verpleegkundige: Naam?
Patiënt: Henk van Dijk.
Verpleegkundige: Bekende aandoeningen?
Patiënt: ⟦health|COPD⟧, en ik gebruik zuurstof 's nachts.`,
  ],
  [
    "nl",
    "slack:password",
    `Kan ik deze thread delen?
joris.k  21:03
wat is het wifi-wachtwoord bij jou thuis ook alweer?
femke.b  21:04
⟦password|Tulp!9Molen⟧`,
  ],
  [
    "nl",
    "teams:passport",
    `Uit de Teams-chat, vul de boeking in:
[09:20] Lotte Peters: Daan, je paspoortnummer?
[09:21] Daan Hendriks: ⟦passport|NXC4R1PK7⟧`,
  ],
  [
    "nl",
    "formbot:email",
    `Log van onze aanmeldbot:
BOT> Bedankt, Anouk Meijer. Wat is je e-mailadres?
USER> ⟦email|anouk.meijer@ziggo.nl⟧`,
  ],
  [
    "nl",
    "sms:phone-corrected",
    `Welke klopt?
Ik: heb je het nummer van je broer Thijs?
Roos: ⟦phone|06 2947 1085⟧
Roos: nee sorry, ⟦phone|06 2947 1058⟧`,
  ],
  [
    "nl",
    "agent:payment_card",
    `Controleer het bestelgesprek:
Medewerker: Uw kaartnummer, meneer De Graaf?
Klant: ⟦payment_card|5498 7120 3356 3337⟧`,
  ],
  [
    "nl",
    "bot:driver_license",
    `Chat met het autoverhuurbedrijf, wat ontbreekt?
[14:30] Bot: Naam van de bestuurder?
[14:30] Jij: Ruben Vos
[14:31] Bot: Rijbewijsnummer?
[14:31] Jij: ⟦driver_license|5827193046⟧`,
  ],
  [
    "nl",
    "agent:iban-split",
    `De klant gaf het IBAN in twee stukken, zet het samen:
Medewerker: Uw IBAN, meneer Kok?
Klant: ⟦iban|NL47 INGB⟧
Klant: ⟦iban|0007 2819 34⟧`,
  ],
  // Japanese
  [
    "ja",
    "agent:date_of_birth",
    `この通話をCRM用に要約して:
オペレーター: お電話ありがとうございます。お名前をお願いします。
お客様: 佐藤美咲です。
オペレーター: ご本人確認のため、生年月日をお願いします。
お客様: ⟦date_of_birth|1987年4月12日⟧です。`,
  ],
  [
    "ja",
    "agent:national_id",
    `スクリプト通りか確認して:
オペレーター: 田中様、マイナンバーをお願いします。
お客様: えっと、⟦national_id|4827 1935 0636⟧です。`,
  ],
  [
    "ja",
    "bot:phone",
    `ボットが番号を保存しなかったのはなぜ?
[10:20] Bot: お名前を教えてください。
[10:20] あなた: 高橋健太
[10:21] Bot: ご連絡先の電話番号は?
[10:21] あなた: ⟦phone|090-4827-1936⟧`,
  ],
  [
    "ja",
    "line:street_address",
    `このLINEのやり取りから住所を抜き出して:
2026/12/03 18:05 山本彩: 引っ越し先の住所教えて!年賀状送るね
2026/12/03 18:09 小林直樹: ⟦street_address|東京都世田谷区桜新町2-14-7 サンハイツ302⟧`,
  ],
  [
    "ja",
    "agent:bank_account",
    `返金手続きの内容を整理して:
オペレーター: 中村様、返金先の口座番号をお願いします。
お客様: 三井住友銀行 渋谷支店 普通 ⟦bank_account|4827193⟧です。`,
  ],
  [
    "ja",
    "intake:health",
    `問診のやり取りをまとめて:
看護師: お名前は?
患者: 伊藤和夫です。
看護師: 持病はありますか?
患者: ⟦health|2型糖尿病⟧で、インスリンを使っています。`,
  ],
  [
    "ja",
    "slack:password",
    `このスレッドを共有して大丈夫?
yuki.s  19:30
家のWi-Fiのパスワードってなんだっけ?
haruto.m  19:31
⟦password|Sakura!2019home⟧`,
  ],
  [
    "ja",
    "teams:passport",
    `Teamsのチャットから予約フォームを埋めて:
[09:10] 松本舞: 木村さん、パスポート番号を教えてください
[09:12] 木村翔: ⟦passport|TK4827193⟧`,
  ],
  [
    "ja",
    "formbot:email",
    `登録ボットのログ、確認メールが届かない理由は?
BOT> 吉田真由美様、メールアドレスを入力してください。
USER> ⟦email|mayumi.yoshida@docomo.ne.jp⟧`,
  ],
  [
    "ja",
    "sms:phone-corrected",
    `どっちが正しい番号?
自分: 妹の恵さんの番号教えて
拓也: ⟦phone|080-3361-7042⟧
拓也: ごめん、⟦phone|080-3361-7024⟧だった`,
  ],
  [
    "ja",
    "agent:payment_card",
    `注文の通話記録を確認して:
オペレーター: 山田様、カード番号をお願いします。
お客様: ⟦payment_card|5226 8801 4563 3337⟧です。`,
  ],
  [
    "ja",
    "bot:driver_license",
    `レンタカーのチャット、何が足りない?
[15:40] Bot: 運転される方のお名前は?
[15:40] あなた: 加藤大輔
[15:41] Bot: 運転免許証番号を入力してください。
[15:41] あなた: ⟦driver_license|302418927530⟧`,
  ],
  [
    "ja",
    "agent:national_id-split",
    `マイナンバーが二回に分けて伝えられたので、つなげて:
オペレーター: 斎藤様、マイナンバーをお願いします。
お客様: ⟦national_id|7301 9284⟧
お客様: ⟦national_id|6569⟧です。`,
  ],
];

export const NEGATIVES: MarkedEntry[] = [
  // English
  [
    "en",
    "neg-agent:order-number",
    `Summarise this chat:
Agent: Can I have your order number?
Customer: sure, it's 204-7781934-5521076
Agent: Thanks, I can see it left our warehouse yesterday.`,
  ],
  [
    "en",
    "neg-agent:store-hotline",
    `Rewrite the agent's last line more warmly:
Customer: who do I call if the fitting goes wrong again?
Agent: You can ring our Regent Street store on 020 7734 8190, or the freephone line 0800 028 4417, 8am to 8pm.`,
  ],
  [
    "en",
    "neg-bot:template",
    `Tidy the wording of our bot script:
Bot: For security, can I have your date of birth?
User: XX/XX/XXXX
Bot: Thanks [FIRST_NAME], and the postcode on the account?
User: [POSTCODE]`,
  ],
  [
    "en",
    "neg-agent:refusal",
    `Was the agent right to end the chat?
Agent: Before I can help, can I take your date of birth?
Customer: I'd rather not give my DOB over chat.
Agent: I understand. Could you call us instead?`,
  ],
  [
    "en",
    "neg-bot:delivery-date",
    `Why did the bot reject my date?
[11:02] Bot: When would you like your delivery?
[11:02] You: Friday 18 December, before noon please
[11:03] Bot: Sorry, that slot is full.`,
  ],
  [
    "en",
    "neg-bot:appointment",
    `Can you help me reply to this?
[08:15] Bot: Your appointment at the dermatology clinic is booked for 12/01/2027 at 09:40.
[08:16] You: can I move it to the afternoon?
[08:16] Bot: Afternoon slots start at 14:00.`,
  ],
  [
    "en",
    "neg-training:test-card",
    `Training role-play for new agents (test values only):
Agent: And the card number?
Customer: 4242 4242 4242 4242, expiry 12/34, CVC 123.
Agent: Thank you, processing now.`,
  ],
  [
    "en",
    "neg-training:drama-phone",
    `Script for the onboarding video:
Agent: What's the best number to reach you?
Customer: 07700 900461
Agent: Perfect, we'll text you a code.`,
  ],
  [
    "en",
    "neg-bot:public-office",
    `Is this bot answer accurate?
[12:00] You: where do I renew my passport in person?
[12:00] Bot: Peterborough Passport Office, Aragon Court, Northminster Road, Peterborough PE1 1QG. Passport Adviceline: 0300 222 0000.`,
  ],
  [
    "en",
    "neg-whatsapp:public-figure",
    `Settle this WhatsApp argument:
[01/12/2026, 20:15:03] Jake Morris: when's Harry Kane's birthday?
[01/12/2026, 20:15:40] Mia Clarke: 28 July 1993, why?
[01/12/2026, 20:16:02] Jake Morris: quiz night lol`,
  ],
  [
    "en",
    "neg-agent:case-tracking",
    `Summarise the outcome:
Customer: any update?
Agent: Your case number is CS-0048817 and the new parcel's tracking number is 00340434161094042557.
Customer: thanks`,
  ],
  // German
  [
    "de",
    "neg-agent:order-number",
    `Fass den Chat zusammen:
Mitarbeiter: Wie lautet Ihre Bestellnummer?
Kunde: klar, 302-5518-2274
Mitarbeiter: Danke, die Ware ist unterwegs.`,
  ],
  [
    "de",
    "neg-agent:store-hotline",
    `Formuliere die letzte Antwort freundlicher:
Kundin: Wen rufe ich an, wenn es wieder klemmt?
Mitarbeiter: Unsere Filiale in der Kaufingerstraße erreichen Sie unter 089 2180 4417, die Hotline kostenlos unter 0800 330 2204.`,
  ],
  [
    "de",
    "neg-bot:template",
    `Überarbeite unser Bot-Skript:
Bot: Ihr Geburtsdatum bitte (TT.MM.JJJJ)?
Nutzer: __.__.____
Bot: Danke, [VORNAME]. Ihre Versicherungsnummer?
Nutzer: [VERSICHERUNGSNUMMER]`,
  ],
  [
    "de",
    "neg-agent:refusal",
    `War die Reaktion des Agenten okay?
Agent: Ihre Versicherungsnummer bitte.
Kunde: Die gebe ich am Telefon nicht raus, schicken Sie mir lieber einen Brief.
Agent: Verstehe, das machen wir.`,
  ],
  [
    "de",
    "neg-bot:delivery-date",
    `Warum nimmt der Bot das Datum nicht?
[09:12] Bot: Ihr Wunschliefertermin?
[09:12] Sie: 18.12., vormittags
[09:13] Bot: Dieser Termin ist leider ausgebucht.`,
  ],
  [
    "de",
    "neg-bot:appointment",
    `Hilf mir zu antworten:
[07:58] Bot: Ihr Termin in der Hautarztpraxis am 09.01.2027 um 8:30 Uhr ist bestätigt.
[07:59] Sie: geht auch nachmittags?`,
  ],
  [
    "de",
    "neg-training:test-iban",
    `Schulungsgespräch für neue Mitarbeitende (nur Testdaten):
Agent: Ihre IBAN bitte.
Kunde: DE89 3704 0044 0532 0130 00
Agent: Danke, die Lastschrift ist eingerichtet.`,
  ],
  [
    "de",
    "neg-bot:public-office",
    `Stimmt die Auskunft des Bots?
[13:00] Sie: Wo kann ich meinen Personalausweis beantragen?
[13:00] Bot: Zum Beispiel im Bürgeramt Rathaus Schöneberg, John-F.-Kennedy-Platz 1, 10825 Berlin. Telefonisch erreichen Sie die Bürgerämter unter 115.`,
  ],
  [
    "de",
    "neg-whatsapp:public-figure",
    `Wer hat recht?
[30.11.26, 21:00:10] Nils: wann hat Angela Merkel Geburtstag?
[30.11.26, 21:00:44] Sarah: 17. Juli 1954
[30.11.26, 21:01:02] Nils: danke, fürs Quiz`,
  ],
  [
    "de",
    "neg-agent:invoice",
    `Fass den Chat zusammen:
Kunde: Ich habe eine Frage zur Rechnung.
Agent: Gern, die Rechnungsnummer?
Kunde: RE-2026-004418, Kundennummer 7781204
Agent: Danke, ich sehe die Gutschrift.`,
  ],
  [
    "de",
    "neg-agent:tracking",
    `Was heißt das für meine Lieferung?
Agent: Ihre Sendungsnummer lautet 00340434161094042557, Zustellung voraussichtlich Donnerstag.
Kunde: ok`,
  ],
  // French
  [
    "fr",
    "neg-agent:order-number",
    `Résume le chat :
Conseiller : Votre numéro de commande ?
Client : oui, c'est le 4016 2284 1193
Conseiller : Merci, le colis est parti hier.`,
  ],
  [
    "fr",
    "neg-agent:store-hotline",
    `Reformule la réponse de l'agent :
Cliente : Qui appeler si ça recommence ?
Agent : Notre magasin de la rue de Rivoli au 01 53 45 17 00, ou le service client gratuit au 0 800 123 321.`,
  ],
  [
    "fr",
    "neg-bot:template",
    `Améliore le script de notre bot :
Bot : Votre date de naissance (JJ/MM/AAAA) ?
Utilisateur : XX/XX/XXXX
Bot : Merci [PRÉNOM], votre numéro de sécurité sociale ?
Utilisateur : [NIR]`,
  ],
  [
    "fr",
    "neg-agent:refusal",
    `L'agent a-t-il bien réagi ?
Agent : Pouvez-vous me donner votre numéro de sécurité sociale ?
Client : Je préfère ne pas le donner par chat.
Agent : Pas de souci, vous pouvez passer en agence.`,
  ],
  [
    "fr",
    "neg-bot:delivery-date",
    `Pourquoi le bot refuse ma date ?
[10:10] Bot : Quelle date de livraison souhaitez-vous ?
[10:10] Vous : le 18 décembre au matin
[10:11] Bot : Ce créneau est complet.`,
  ],
  [
    "fr",
    "neg-bot:appointment",
    `Aide-moi à répondre :
[08:30] Bot : Votre rendez-vous chez le dermatologue est confirmé le 12/01/2027 à 9h40.
[08:31] Vous : possible l'après-midi ?`,
  ],
  [
    "fr",
    "neg-training:test-iban",
    `Jeu de rôle de formation (valeurs de test) :
Conseiller : Votre IBAN ?
Client : FR14 2004 1010 0505 0001 3M02 606
Conseiller : Merci, le prélèvement est en place.`,
  ],
  [
    "fr",
    "neg-bot:public-office",
    `La réponse du bot est-elle exacte ?
[14:00] Vous : où refaire ma carte d'identité à Paris ?
[14:00] Bot : Par exemple à la mairie du 11e arrondissement, 12 place Léon-Blum, 75011 Paris, tél. 01 53 27 11 11, sur rendez-vous.`,
  ],
  [
    "fr",
    "neg-whatsapp:public-figure",
    `Qui a raison ?
[29/11/2026 22:10:05] Paul: Kylian Mbappé il est né quand ?
[29/11/2026 22:10:31] Zoé: le 20 décembre 1998
[29/11/2026 22:10:50] Paul: merci, pour le quiz`,
  ],
  [
    "fr",
    "neg-agent:ticket",
    `Résume l'échange :
Client : Des nouvelles ?
Agent : Votre ticket est le INC0047812, et le numéro de suivi du colis 6A19283746501.
Client : merci`,
  ],
  [
    "fr",
    "neg-agent:refusal-card",
    `Réponds à ce client :
Agent : Pour valider, j'ai besoin de votre numéro de carte.
Client : non, je ne donne pas ma carte bancaire par téléphone.`,
  ],
  // Spanish
  [
    "es",
    "neg-agent:order-number",
    `Resume el chat:
Agente: ¿Me da el número de pedido?
Cliente: claro, es el 7781-2290-4416
Agente: Gracias, salió ayer del almacén.`,
  ],
  [
    "es",
    "neg-agent:store-hotline",
    `Reescribe la respuesta del agente:
Cliente: ¿a quién llamo si vuelve a fallar?
Agente: A nuestra tienda de la calle Preciados, 91 521 84 30, o gratis al 900 100 283.`,
  ],
  [
    "es",
    "neg-bot:template",
    `Mejora el guion del bot:
Bot: ¿Me confirma su DNI?
Usuario: [DNI]
Bot: Gracias, {nombre}. ¿Fecha de nacimiento (DD/MM/AAAA)?
Usuario: XX/XX/XXXX`,
  ],
  [
    "es",
    "neg-agent:refusal",
    `¿Actuó bien el agente?
Agente: ¿Me confirma su DNI?
Cliente: Prefiero no darlo por chat, paso por la oficina.
Agente: De acuerdo.`,
  ],
  [
    "es",
    "neg-bot:delivery-date",
    `¿Por qué el bot no acepta la fecha?
[16:00] Bot: ¿Qué día quieres recibir el pedido?
[16:00] Tú: el 18 de diciembre por la mañana
[16:01] Bot: Esa franja está llena.`,
  ],
  [
    "es",
    "neg-bot:appointment",
    `Ayúdame a contestar:
[09:00] Bot: Su cita en la consulta de dermatología es el 12/01/2027 a las 9:40.
[09:01] Tú: ¿puede ser por la tarde?`,
  ],
  [
    "es",
    "neg-training:test-card",
    `Simulación de formación para agentes (datos de prueba):
Agente: ¿Número de tarjeta?
Cliente: 4111 1111 1111 1111, caducidad 12/30
Agente: Gracias.`,
  ],
  [
    "es",
    "neg-bot:public-office",
    `¿Es correcta la respuesta del bot?
[11:00] Tú: ¿dónde renuevo el DNI en Madrid?
[11:00] Bot: Por ejemplo en la Comisaría de Policía Nacional de Moratalaz, calle del Fuente Carrantona 20, con cita previa en el 060.`,
  ],
  [
    "es",
    "neg-whatsapp:public-figure",
    `¿Quién tiene razón?
[28/11/26, 23:00:12] Dani: ¿cuándo nació Rafa Nadal?
[28/11/26, 23:00:40] Carla: el 3 de junio de 1986
[28/11/26, 23:01:00] Dani: gracias, es para el trivial`,
  ],
  [
    "es",
    "neg-agent:case-invoice",
    `Resume el resultado:
Agente: Su número de incidencia es 2026-INC-88417 y la factura es la F-2026-0041187.
Cliente: perfecto`,
  ],
  [
    "es",
    "neg-sms:refusal-phone",
    `¿Qué le contesto?
Desconocido: hola, ¿me pasas el móvil de tu hermana?
Yo: no, no doy números de otras personas.`,
  ],
  // Italian
  [
    "it",
    "neg-agent:order-number",
    `Riassumi la chat:
Operatore: Mi dà il numero d'ordine?
Cliente: certo, 402-8817-2290
Operatore: Grazie, è in consegna.`,
  ],
  [
    "it",
    "neg-agent:store-hotline",
    `Riscrivi la risposta dell'operatore:
Cliente: chi chiamo se si rompe ancora?
Operatore: Il nostro negozio di via del Corso, 06 6992 4410, oppure il numero verde 800 112 233.`,
  ],
  [
    "it",
    "neg-bot:template",
    `Migliora lo script del bot:
Bot: Mi conferma il codice fiscale?
Utente: [CODICE_FISCALE]
Bot: Grazie {nome}, la data di nascita (GG/MM/AAAA)?
Utente: XX/XX/XXXX`,
  ],
  [
    "it",
    "neg-agent:refusal",
    `L'operatore ha fatto bene?
Operatore: Mi serve la data di nascita.
Cliente: Preferisco non darla in chat.
Operatore: Va bene, può venire in filiale.`,
  ],
  [
    "it",
    "neg-bot:delivery-date",
    `Perché il bot rifiuta la data?
[10:40] Bot: Quando vuoi ricevere l'ordine?
[10:40] Tu: il 18 dicembre, di mattina
[10:41] Bot: Quella fascia è piena.`,
  ],
  [
    "it",
    "neg-bot:appointment",
    `Aiutami a rispondere:
[08:00] Bot: La sua visita dermatologica è fissata il 12/01/2027 alle 9:40.
[08:01] Tu: si può spostare al pomeriggio?`,
  ],
  [
    "it",
    "neg-training:test-iban",
    `Simulazione per la formazione (solo dati di prova):
Operatore: Il suo IBAN?
Cliente: IT60 X054 2811 1010 0000 0123 456
Operatore: Grazie.`,
  ],
  [
    "it",
    "neg-bot:public-office",
    `La risposta del bot è giusta?
[12:30] Tu: dove rinnovo la carta d'identità a Milano?
[12:30] Bot: Ad esempio all'Anagrafe centrale, via Larga 12, 20122 Milano, su appuntamento al 020202.`,
  ],
  [
    "it",
    "neg-whatsapp:public-figure",
    `Chi ha ragione?
[27/11/26, 21:30:02] Gianni: quando è nato Valentino Rossi?
[27/11/26, 21:30:30] Sara: il 16 febbraio 1979
[27/11/26, 21:30:55] Gianni: grazie, per il quiz`,
  ],
  [
    "it",
    "neg-agent:ticket",
    `Riassumi l'esito:
Operatore: Il numero della pratica è PR-2026-118204 e il codice di tracciamento è 6A19283746501.
Cliente: grazie`,
  ],
  [
    "it",
    "neg-agent:refusal-password",
    `Rispondi al cliente:
Operatore: Per verificare, mi detta la password dell'account?
Cliente: No, la password non la do a nessuno.`,
  ],
  // Portuguese
  [
    "pt",
    "neg-agent:order-number",
    `Resume o chat:
Operador: Pode dar-me o número da encomenda?
Cliente: claro, 5521-0764-3318
Operador: Obrigado, já saiu do armazém.`,
  ],
  [
    "pt",
    "neg-agent:store-hotline",
    `Reescreve a resposta do operador:
Cliente: para quem ligo se avariar outra vez?
Operador: Para a nossa loja do Chiado, 21 342 8810, ou para a linha de apoio 808 200 520.`,
  ],
  [
    "pt",
    "neg-bot:template",
    `Melhora o guião do bot:
Bot: Indique o seu NIF.
Utilizador: [NIF]
Bot: Obrigado, {nome}. Data de nascimento (DD/MM/AAAA)?
Utilizador: XX/XX/XXXX`,
  ],
  [
    "pt",
    "neg-agent:refusal",
    `O operador agiu bem?
Operador: Preciso do seu NIF para continuar.
Cliente: Prefiro não dar o NIF por chat.
Operador: Sem problema, pode enviar por carta.`,
  ],
  [
    "pt",
    "neg-bot:delivery-date",
    `Porque é que o bot não aceita a data?
[17:00] Bot: Quando quer receber a encomenda?
[17:00] Você: dia 18 de dezembro de manhã
[17:01] Bot: Esse horário está cheio.`,
  ],
  [
    "pt",
    "neg-bot:appointment",
    `Ajuda-me a responder:
[08:40] Bot: A sua consulta de dermatologia está marcada para 12/01/2027 às 9h40.
[08:41] Você: pode ser à tarde?`,
  ],
  [
    "pt",
    "neg-training:test-card",
    `Simulação de formação (valores de teste):
Operador: Número do cartão?
Cliente: 4242 4242 4242 4242, validade 12/34
Operador: Obrigado.`,
  ],
  [
    "pt",
    "neg-bot:public-office",
    `A resposta do bot está certa?
[15:20] Você: onde renovo o cartão de cidadão no Porto?
[15:20] Bot: Por exemplo na Loja do Cidadão do Porto, Avenida Fernão de Magalhães 1862, 4350-158 Porto. Linha do Cidadão: 300 003 990.`,
  ],
  [
    "pt",
    "neg-whatsapp:public-figure",
    `Quem tem razão?
[26/11/26, 22:40:10] Rui: quando nasceu o Cristiano Ronaldo?
[26/11/26, 22:40:35] Joana: a 5 de fevereiro de 1985
[26/11/26, 22:41:00] Rui: obrigado, é para o quiz`,
  ],
  [
    "pt",
    "neg-agent:tracking",
    `Resume o resultado:
Operador: O número do pedido de apoio é 2026/INC/55821 e o código de seguimento RR482193045PT.
Cliente: obrigado`,
  ],
  [
    "pt",
    "neg-agent:refusal-dob",
    `Responde ao cliente:
Atendente: Pode confirmar a data de nascimento?
Cliente: não vou passar minha data de nascimento por aqui.`,
  ],
  // Dutch
  [
    "nl",
    "neg-agent:order-number",
    `Vat de chat samen:
Medewerker: Wat is uw bestelnummer?
Klant: 3318-2207-5541
Medewerker: Dank u, het pakket is onderweg.`,
  ],
  [
    "nl",
    "neg-agent:store-hotline",
    `Herschrijf het antwoord van de medewerker:
Klant: wie bel ik als het weer misgaat?
Medewerker: Onze winkel in de Kalverstraat, 020 624 7710, of gratis de klantenservice op 0800 0222.`,
  ],
  [
    "nl",
    "neg-bot:template",
    `Verbeter ons botscript:
Bot: Wat is uw BSN?
Gebruiker: [BSN]
Bot: Dank je, {voornaam}. Geboortedatum (DD-MM-JJJJ)?
Gebruiker: XX-XX-XXXX`,
  ],
  [
    "nl",
    "neg-agent:refusal",
    `Deed de medewerker het goed?
Medewerker: Mag ik uw BSN?
Klant: Dat geef ik liever niet via de chat.
Medewerker: Begrijpelijk, u kunt ook langskomen.`,
  ],
  [
    "nl",
    "neg-bot:delivery-date",
    `Waarom accepteert de bot mijn datum niet?
[13:10] Bot: Wanneer wil je de bezorging?
[13:10] Jij: 18 december, 's ochtends
[13:11] Bot: Dat tijdvak is vol.`,
  ],
  [
    "nl",
    "neg-bot:appointment",
    `Help me antwoorden:
[08:20] Bot: Uw afspraak bij de dermatoloog staat op 12-01-2027 om 9:40.
[08:21] Jij: kan het ook 's middags?`,
  ],
  [
    "nl",
    "neg-training:test-iban",
    `Rollenspel voor nieuwe medewerkers (testgegevens):
Medewerker: Uw IBAN?
Klant: NL91 ABNA 0417 1643 00
Medewerker: Dank u.`,
  ],
  [
    "nl",
    "neg-bot:public-office",
    `Klopt het antwoord van de bot?
[11:45] Jij: waar vraag ik een paspoort aan in Utrecht?
[11:45] Bot: Bij het Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht, op afspraak via 14 030.`,
  ],
  [
    "nl",
    "neg-whatsapp:public-figure",
    `Wie heeft gelijk?
[25-11-2026 20:05:11] Tim: wanneer is Max Verstappen jarig?
[25-11-2026 20:05:40] Lisa: 30 september 1997
[25-11-2026 20:06:02] Tim: thx, voor de quiz`,
  ],
  [
    "nl",
    "neg-agent:case-invoice",
    `Vat de uitkomst samen:
Medewerker: Uw zaaknummer is ZK-2026-04418 en het factuurnummer 2026-118820.
Klant: top`,
  ],
  [
    "nl",
    "neg-training:test-bsn",
    `Oefengesprek voor de cursus (fictieve gegevens):
Medewerker: Uw BSN?
Klant: 111222333
Medewerker: Dank u.`,
  ],
  // Japanese
  [
    "ja",
    "neg-agent:order-number",
    `このチャットを要約して:
オペレーター: ご注文番号をお願いします。
お客様: 250-4471-8836です。
オペレーター: ありがとうございます。昨日出荷済みです。`,
  ],
  [
    "ja",
    "neg-agent:store-hotline",
    `オペレーターの返答をもっと丁寧に:
お客様: また壊れたらどこに電話すればいい?
オペレーター: 新宿店 03-3352-1180、またはフリーダイヤル 0120-444-830 までどうぞ。`,
  ],
  [
    "ja",
    "neg-bot:template",
    `ボットのスクリプトを直して:
Bot: 生年月日を入力してください(YYYY/MM/DD)。
ユーザー: XXXX/XX/XX
Bot: {氏名}様、マイナンバーを入力してください。
ユーザー: [マイナンバー]`,
  ],
  [
    "ja",
    "neg-agent:refusal",
    `オペレーターの対応は適切?
オペレーター: ご本人確認のため生年月日をお願いします。
お客様: チャットでは生年月日は言いたくないです。
オペレーター: 承知しました。お電話でも手続きできます。`,
  ],
  [
    "ja",
    "neg-bot:delivery-date",
    `ボットが日付を受け付けない理由は?
[10:00] Bot: お届け希望日を入力してください。
[10:00] あなた: 12月18日の午前中
[10:01] Bot: その時間帯は満員です。`,
  ],
  [
    "ja",
    "neg-bot:appointment",
    `返信を手伝って:
[08:10] Bot: 皮膚科のご予約は2027年1月12日 9:40です。
[08:11] あなた: 午後に変更できますか?`,
  ],
  [
    "ja",
    "neg-training:test-number",
    `新人研修用のロールプレイ(テスト用の値):
オペレーター: マイナンバーをお願いします。
お客様: 1234 5678 9018
オペレーター: ありがとうございます。`,
  ],
  [
    "ja",
    "neg-bot:public-office",
    `ボットの回答は正しい?
[13:30] あなた: 新宿でパスポートを申請するには?
[13:30] Bot: 東京都旅券課 新宿申請窓口(東京都新宿区西新宿2-8-1 都庁第一本庁舎3階)、電話 03-5908-0400 です。`,
  ],
  [
    "ja",
    "neg-line:public-figure",
    `どっちが正しい?
2026/11/24 21:10 健: 大谷翔平の誕生日っていつ?
2026/11/24 21:11 美穂: 1994年7月5日だよ
2026/11/24 21:11 健: ありがと、クイズ用`,
  ],
  [
    "ja",
    "neg-agent:tracking",
    `結果を要約して:
オペレーター: お問い合わせ番号は INC-2026-44817、お荷物の追跡番号は 4827-1936-5502 です。
お客様: ありがとうございます`,
  ],
  [
    "ja",
    "neg-agent:refusal-card",
    `この客に返信して:
オペレーター: カード番号を教えていただけますか?
お客様: 電話ではカード番号は伝えません。`,
  ],
];
