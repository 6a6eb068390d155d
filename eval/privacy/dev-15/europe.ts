/**
 * Development set 15, German, French, Spanish, Portuguese, Italian, Dutch and Polish entries. Marks:
 * ⟦category|value⟧ (see ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- German --------------------------------------------------------------------------------------------------
  [
    "de",
    "neg-password:compose-dev:code",
    `Warum startet der Container nicht? Auszug aus docker-compose.yml:\n  mariadb:\n    environment:\n      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/mariadb_root\n      MARIADB_PASSWORD: \${MARIADB_PASSWORD:?bitte in .env setzen}`,
  ],
  [
    "de",
    "neg-password:policy-formal:free",
    `Bitte formuliere die Passwortrichtlinie verständlicher: „Das Kennwort muss mindestens 12 Zeichen lang sein, Groß- und Kleinbuchstaben sowie eine Ziffer enthalten und darf nicht den Benutzernamen enthalten. Initialpasswörter wie ‚Start123!' sind bei der ersten Anmeldung zu ändern."`,
  ],
  [
    "de",
    "neg-password:strength-casual:free",
    `Ist „Sommer2024!" wirklich so ein schlechtes Passwort? Unser IT-Typ nennt es als Beispiel für das, was man NICHT nehmen soll.`,
  ],
  [
    "de",
    "neg-date_of_birth:public-figure-formal:free",
    `Angela Merkel wurde am 17. Juli 1954 in Hamburg geboren. Schreibe daraus einen kurzen Lexikonabsatz für Schüler.`,
  ],
  [
    "de",
    "neg-iban:example-formal:free",
    `In unserer Doku steht als Beispiel-IBAN DE89 3704 0044 0532 0130 00. Darf die so in die öffentliche API-Beschreibung?`,
  ],
  [
    "de",
    "neg-email:role-formal:free",
    `Schreib eine Anfrage nach Art. 15 DSGVO an datenschutz@versandhaus.example: Ich möchte wissen, welche Daten über mich gespeichert sind.`,
  ],
  [
    "de",
    "neg-health:drug-facts-formal:free",
    `Welche Wechselwirkungen hat Ibuprofen mit ASS 100? Bitte allgemein erklären, für einen Aushang in der Apotheke.`,
  ],
  [
    "de",
    "neg-ip_address:log-dev:structured",
    `Was bedeutet diese Meldung?\nNov 30 09:12:01 nas01 sshd[2211]: Accepted publickey for backup from 192.168.178.23 port 50514\nNov 30 09:12:05 nas01 sshd[2211]: Disconnected from 192.168.178.23`,
  ],
  [
    "de",
    "password:chat-casual:free",
    `Kannst du mir helfen, mir mein Passwort besser zu merken? Es ist ⟦password|Tulpen!Garten88⟧ und ich vergesse immer das Ausrufezeichen.`,
  ],
  [
    "de",
    "date_of_birth:form-formal:structured",
    `Bitte prüfe das Formular auf Tippfehler:\nName: Jürgen Oberhauser\nGeburtsdatum: ⟦date_of_birth|03.08.1962⟧\nTarif: Komfort`,
  ],
  [
    "de",
    "iban:transfer-casual:free",
    `Schreib meiner Vermieterin Frau Kessler, dass ich die Kaution auf mein Konto ⟦iban|DE14 7605 0101 2211 8049 37⟧ zurück möchte.`,
  ],
  [
    "de",
    "health:email-formal:free",
    `Formuliere die Mail höflicher: „Herr Baumgartner fällt länger aus, er hat einen ⟦health|Bandscheibenvorfall⟧ und ist ab Montag in der Reha."`,
  ],
  // --- French --------------------------------------------------------------------------------------------------
  ["fr", "neg-password:env-dev:code", `Est-ce que ce fichier .env.exemple est correct ?\nDB_USER=app\nDB_PASSWORD=<mot-de-passe>\nSMTP_PASS=\${SMTP_PASS}`],
  [
    "fr",
    "neg-password:advice-formal:free",
    `Rédige un paragraphe de sensibilisation : ne jamais réutiliser un mot de passe, activer la double authentification, et se méfier des courriels qui demandent votre mot de passe.`,
  ],
  [
    "fr",
    "neg-date_of_birth:fiction-formal:free",
    `Dans « Le Petit Prince », quel âge a le narrateur ? Et Victor Hugo est né le 26 février 1802 à Besançon — écris une courte notice.`,
  ],
  [
    "fr",
    "neg-phone:drama-formal:free",
    `Pour un court-métrage, peut-on utiliser un numéro fictif comme le 01 99 00 12 34 ? L'Arcep réserve-t-elle une plage pour la fiction ?`,
  ],
  ["fr", "neg-iban:example-dev:code", `Ce test unitaire doit passer : expect(isValidIban("FR14 2004 1010 0505 0001 3M02 606")).toBe(true); // IBAN d'exemple`],
  [
    "fr",
    "neg-health:public-figure-formal:free",
    `Céline Dion a annoncé publiquement souffrir du syndrome de la personne raide. Explique ce qu'est cette maladie en trois phrases.`,
  ],
  ["fr", "neg-street_address:landmark-formal:free", `Quels sont les horaires du musée du Louvre, rue de Rivoli, 75001 Paris, le dimanche ?`],
  ["fr", "password:chat-casual:free", `mon mot de passe de la box c'est ⟦password|Cerise-Lune-4471⟧, tu peux me faire une petite affiche pour les invités ?`],
  [
    "fr",
    "date_of_birth:email-formal:free",
    `Corrige ce courriel : « Bonjour, je vous transmets la demande de Mme Sylvie Marchetti, née le ⟦date_of_birth|12 avril 1977⟧, pour son adhésion à la mutuelle. »`,
  ],
  [
    "fr",
    "health:csv-formal:structured",
    `Trie ce tableau par service :\nnom;pathologie;traitement\nLucien Ferrand;⟦health|insuffisance cardiaque⟧;⟦health|furosémide 40 mg⟧`,
  ],
  // --- Spanish -------------------------------------------------------------------------------------------------
  [
    "es",
    "neg-password:k8s-dev:code",
    `¿Está bien este Secret? Lo genera el pipeline:\napiVersion: v1\nkind: Secret\nmetadata:\n  name: pagos-db\nstringData:\n  password: "{{ .Values.db.password }}"`,
  ],
  [
    "es",
    "neg-password:strength-casual:free",
    `¿Por qué dicen que "123456" y "contraseña" siguen siendo las contraseñas más usadas? Hazme un resumen para un post.`,
  ],
  [
    "es",
    "neg-date_of_birth:public-figure-formal:free",
    `Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca. Escribe una breve biografía para secundaria.`,
  ],
  ["es", "neg-iban:example-formal:free", `¿El IBAN ES91 2100 0418 4502 0005 1332 que aparece en los ejemplos de los bancos es válido para hacer pruebas?`],
  ["es", "neg-health:fiction-casual:free", `En Anatomía de Grey, ¿qué enfermedad tenía Ellis Grey? Creo que era alzhéimer de inicio precoz.`],
  ["es", "neg-email:support-formal:free", `Redacta un correo para soporte@empresa.example pidiendo la factura de noviembre del contrato de empresa.`],
  [
    "es",
    "password:ticket-formal:free",
    `Redacta una respuesta: el cliente Andrés Villalobos nos envió su contraseña ⟦password|Caracol#Azul2019⟧ por el chat para que entremos en su cuenta. Explícale que debe cambiarla.`,
  ],
  ["es", "iban:invoice-formal:structured", `Revisa estos datos de domiciliación:\nTitular: Marta Soler Ibáñez\nIBAN: ⟦iban|ES70 2085 7322 4103 0041 8856⟧`],
  [
    "es",
    "health:chat-casual:free",
    `ayúdame a escribir a la familia: a mi cuñado Rubén Castaño le han diagnosticado ⟦health|un linfoma de Hodgkin⟧ y empieza ⟦health|quimio⟧ el lunes`,
  ],
  // --- Portuguese ----------------------------------------------------------------------------------------------
  [
    "pt",
    "neg-password:env-dev:code",
    `Meu app Spring não sobe. application.yml:\nspring:\n  datasource:\n    url: jdbc:postgresql://db:5432/loja\n    username: loja\n    password: \${SPRING_DATASOURCE_PASSWORD:}`,
  ],
  ["pt", "neg-date_of_birth:public-figure-casual:free", `o Pelé nasceu em 23 de outubro de 1940 né? faz um post curtinho homenageando ele`],
  ["pt", "neg-iban:example-formal:free", `O IBAN PT50 0002 0123 1234 5678 9015 4 é só o exemplo oficial do Banco de Portugal? Posso usar na documentação?`],
  ["pt", "neg-health:drug-facts-formal:free", `Qual é a diferença entre dipirona e paracetamol para febre em adultos? Explique de forma geral.`],
  [
    "pt",
    "neg-meta:lgpd-formal:free",
    `Pela LGPD, o CPF e a data de nascimento de clientes são dados pessoais sensíveis ou apenas dados pessoais? Preciso de consentimento para guardar?`,
  ],
  ["pt", "date_of_birth:whatsapp-casual:free", `faz uma mensagem de parabéns pra minha vizinha Dona Lurdes Pacheco, nascida em ⟦date_of_birth|02/09/1951⟧`],
  ["pt", "iban:transfer-formal:free", `Redija um pedido de reembolso: a conta do cliente Tiago Magalhães é ⟦iban|PT38 0035 0397 0000 5462 7190 6⟧.`],
  // --- Italian -------------------------------------------------------------------------------------------------
  [
    "it",
    "neg-password:policy-formal:free",
    `Riscrivi in modo chiaro: "La password deve essere cambiata ogni 90 giorni e non può coincidere con le ultime 5. Non comunicare mai la password al telefono."`,
  ],
  [
    "it",
    "neg-password:compose-dev:code",
    `Perché Redis ignora la password?\n  redis:\n    image: redis:7\n    command: ["redis-server", "--requirepass", "\${REDIS_PASSWORD}"]`,
  ],
  ["it", "neg-date_of_birth:public-figure-formal:free", `Leonardo da Vinci nacque il 15 aprile 1452 a Vinci. Scrivi tre righe per una guida turistica.`],
  ["it", "neg-iban:example-dev:code", `Questo fixture usa l'IBAN di esempio IT60 X054 2811 1010 0000 0123 456: va bene per i test?`],
  ["it", "neg-phone:hotline-formal:free", `Sistema il testo: "Per assistenza chiamate il numero verde dell'azienda, 800 123 456, dal lunedì al venerdì."`],
  ["it", "password:chat-casual:free", `mi serve una password più forte, quella che uso ora per tutto è ⟦password|Gattino_1983⟧, me ne suggerisci una simile?`],
  [
    "it",
    "health:email-formal:free",
    `Correggi l'email: "Gentile dottoressa, le scrivo per mio suocero Giuseppe Lo Russo, al quale è stata diagnosticata una ⟦health|fibrillazione atriale⟧; prende ⟦health|apixaban 5 mg⟧."`,
  ],
  // --- Dutch ---------------------------------------------------------------------------------------------------
  ["nl", "neg-password:vault-dev:code", `Klopt dit Ansible-fragment?\ndb_password: "{{ lookup('hashi_vault', 'secret=secret/data/prod/db:password') }}"`],
  ["nl", "neg-iban:example-formal:free", `Is NL91 ABNA 0417 1643 00 een echte rekening? Hij staat in elke handleiding als voorbeeld.`],
  [
    "nl",
    "neg-date_of_birth:public-figure-formal:free",
    `Vincent van Gogh werd geboren op 30 maart 1853 in Zundert. Schrijf een korte tekst voor een museumbordje.`,
  ],
  [
    "nl",
    "neg-ip_address:config-dev:code",
    `Waarom werkt dit niet in mijn Docker-netwerk?\nupstream api { server 172.18.0.3:8080; }\nallow 10.0.0.0/8; deny all;`,
  ],
  ["nl", "neg-email:role-formal:free", `Schrijf een klacht naar klantenservice@webwinkel.example over een pakket dat niet is aangekomen.`],
  [
    "nl",
    "password:ticket-formal:free",
    `Maak dit ticket netjes: "Mevrouw Joke Verhoeven heeft haar wachtwoord ⟦password|Fietsbel!2021⟧ aan de balie gegeven, graag resetten."`,
  ],
  ["nl", "iban:invoice-formal:structured", `Controleer deze factuurregel:\nBetaling naar: S. de Wit\nIBAN: ⟦iban|NL62 INGB 0007 3615 92⟧`],
  // --- Polish --------------------------------------------------------------------------------------------------
  ["pl", "neg-password:env-dev:code", `Czy dobrze ustawiam hasło w GitHub Actions?\nenv:\n  DB_PASSWORD: \${{ secrets.DB_PASSWORD }}`],
  [
    "pl",
    "neg-password:policy-formal:free",
    `Popraw tekst regulaminu: "Hasło musi mieć co najmniej 12 znaków. Administrator nigdy nie poprosi Cię o podanie hasła."`,
  ],
  [
    "pl",
    "neg-date_of_birth:public-figure-formal:free",
    `Maria Skłodowska-Curie urodziła się 7 listopada 1867 roku w Warszawie. Napisz krótką notkę do gazetki szkolnej.`,
  ],
  ["pl", "neg-iban:example-formal:free", `Czy PL61 1090 1014 0000 0712 1981 2874 to przykładowy numer z dokumentacji? Widzę go w wielu kursach.`],
  ["pl", "neg-health:question-formal:free", `Jakie są objawy niedoczynności tarczycy i kiedy warto zrobić badanie TSH? Ogólnie, do artykułu.`],
  ["pl", "password:chat-casual:free", `zapisz mi gdzieś ładnie, hasło do banku to ⟦password|Kotek_Mruczek77!⟧, ciągle zapominam`],
  ["pl", "date_of_birth:form-formal:structured", `Popraw błędy w formularzu:\nImię i nazwisko: Bartosz Wróblewski\nData urodzenia: ⟦date_of_birth|21.01.1988⟧`],
  ["pl", "iban:transfer-formal:free", `Napisz do księgowej, że zwrot dla pana Adama Nowickiego ma iść na konto ⟦iban|PL40 2490 2000 0000 0144 6831 9700⟧.`],
];
