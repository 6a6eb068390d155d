/**
 * Development set 19, European languages (German, French, Spanish, Italian, Dutch, Polish, Portuguese): credentials,
 * phones and driver's licences in configs, logs, code and chat between colleagues, with same-shape hard negatives.
 * Marks: ⟦category|value⟧. Written before anything under src/privacy was opened (README.md). All values invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // --- German ---------------------------------------------------------------------------------------------------
  [
    "de",
    "cred:chat-de:free",
    `Kannst du dich kurz auf den Staging-Server einloggen? Benutzer deploy, Kennwort ⟦password|Wald7!Eule#Berg⟧ – danach bitte gleich ändern.`,
  ],
  [
    "de",
    "cred:env-de:structured",
    `Warum lädt Symfony die .env.local nicht?\nDATABASE_URL="⟦connection_string|postgresql://shop:Fr0sch!teich@127.0.0.1:5432/shop?serverVersion=16⟧"\nAPP_ENV=dev`,
  ],
  [
    "de",
    "phone:log-de:structured",
    `2026-12-04 18:22:10 SMS-Gateway: Versand an ⟦phone|+49 1523 7718406⟧ fehlgeschlagen (Code 4012: Empfänger nicht erreichbar). Woran liegt das?`,
  ],
  [
    "de",
    "dl:ticket-de:free",
    `Ticket #30417: Kunde Jörg Albers hat bei der Anmietung die Führerscheinnummer ⟦driver_license|B072RRE2I55⟧ angegeben, die Prüfung schlägt fehl. Bitte eine Antwort formulieren.`,
  ],
  [
    "de",
    "phone:crm-de:structured",
    `Export aus dem CRM:\nKundennr;Name;Mobil\n100482;Petra Lindner;⟦phone|0171 4839207⟧\n100483;Serkan Aydın;⟦phone|0157/36219840⟧\nBitte ins E.164-Format umwandeln.`,
  ],
  [
    "de",
    "cred:yaml-de:structured",
    `Unser GitLab-Runner findet das Registry-Passwort nicht:\nregistry:\n  benutzer: ci-bot\n  passwort: "⟦password|Kiefer-Nadel!82⟧"\nWas stimmt an der Einrückung nicht?`,
  ],
  [
    "de",
    "neg-cred:doc-de:free",
    `Wie setze ich in docker-compose POSTGRES_PASSWORD_FILE=/run/secrets/db_passwort richtig, statt das Passwort im Klartext zu hinterlegen?`,
  ],
  ["de", "neg-phone:doc-de:free", `Bitte die Impressumszeile formatieren: Bürgeramt Musterstadt, Behördennummer 115, Mo–Fr 8–18 Uhr.`],
  [
    "de",
    "neg-cred:log-de:structured",
    `Build-Fehler: Pydantic 2.10.3 inkompatibel mit FastAPI 0.99.1, Commit 8c1f2ab, Pipeline #48213, Dauer 00:04:17 – was tun?`,
  ],
  [
    "de",
    "neg-dl:doc-de:free",
    `Wie ist die deutsche Führerscheinnummer aufgebaut (11 Zeichen: Behördenkennzahl, laufende Nummer, Prüfziffer, Ausfertigungsnummer)? Schreib mir einen Validator mit Platzhaltern.`,
  ],
  [
    "de",
    "neg-phone:log-de:structured",
    `Bestellung 2026-118734 versendet, Sendungsnummer 00340434161094015902, Rechnung RE-004512, Port 8443 – erzeuge die Bestätigungsmail.`,
  ],
  // --- French ---------------------------------------------------------------------------------------------------
  ["fr", "cred:chat-fr:free", `Salut, le mot de passe du compte admin Grafana c'est ⟦password|Peniche&Lune42⟧, tu peux jeter un œil au dashboard prod ?`],
  ["fr", "phone:log-fr:structured", `[2026-12-04 07:55:41] sms.envoi destinataire=⟦phone|+33 7 81 24 59 06⟧ statut=ECHEC motif="numéro inconnu" — pourquoi ?`],
  [
    "fr",
    "dl:sql-fr:structured",
    `INSERT INTO conducteurs (nom, num_permis) VALUES ('Hélène Marchal', '⟦driver_license|13AB04729⟧');\n-- la contrainte CHECK refuse la ligne, pourquoi ?`,
  ],
  [
    "fr",
    "cred:yaml-fr:structured",
    `Pourquoi Ansible ignore cette variable ?\nsmtp:\n  utilisateur: notifications\n  mot_de_passe: "⟦password|Gir0fle!Vent⟧"\n  port: 587`,
  ],
  [
    "fr",
    "phone:crm-fr:structured",
    `Nettoie cet export :\nclient;nom;portable\nC-2041;Yanis Morel;⟦phone|06 48 21 93 57⟧\nC-2042;Léa Fabre;⟦phone|+33 6 71 30 84 22⟧`,
  ],
  ["fr", "neg-phone:doc-fr:free", `Ajoute le numéro du SAMU (15) et le numéro d'urgence européen 112 dans la page d'aide de l'application.`],
  [
    "fr",
    "neg-cred:env-fr:structured",
    `Dans le fichier .env.exemple j'ai MOT_DE_PASSE_BDD=<votre-mot-de-passe> et API_KEY=xxxx — comment documenter ça proprement ?`,
  ],
  ["fr", "neg-phone:log-fr:structured", `Commande n° 2026-118734 expédiée, colis 6A19283746512, facture FAC-004512 — génère un mail de confirmation.`],
  ["fr", "neg-cred:git-fr:free", `Le commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 apparaît dans mon diff, c'est bien l'arbre vide de git ?`],
  // --- Spanish --------------------------------------------------------------------------------------------------
  ["es", "cred:chat-es:free", `Oye, te paso la contraseña del servidor de pruebas: ⟦password|Tortuga#Roja93⟧ (usuario: qa). No la compartas.`],
  [
    "es",
    "dl:json-es:structured",
    `{"conductor":"Nerea Ibáñez","permiso":"⟦driver_license|48203917B⟧","caduca":"2031-05-20"}\nel validador dice que el número del permiso es inválido, ¿por qué?`,
  ],
  [
    "es",
    "phone:log-es:structured",
    `WARN envío SMS fallido a ⟦phone|+34 612 48 73 90⟧ (operador rechazó), reintento 3/3. ¿Cómo configuro el backoff exponencial?`,
  ],
  [
    "es",
    "cred:env-es:structured",
    `Mi app en Laravel no conecta:\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_USERNAME=tienda\nDB_PASSWORD=⟦password|Mango!Salado-27⟧`,
  ],
  [
    "es",
    "phone:csv-mx:structured",
    `Limpia este CSV de clientes:\nid,nombre,celular\n9012,Rocío Paredes,⟦phone|55 3187 6420⟧\n9013,Iván Cortés,⟦phone|+52 33 1948 2706⟧`,
  ],
  ["es", "neg-cred:doc-es:free", `¿Cómo leo la contraseña desde una variable de entorno (\${DB_PASSWORD}) en Spring en vez de escribirla en application.yml?`],
  [
    "es",
    "neg-phone:doc-es:free",
    `Pon en el pie de página el teléfono de emergencias 112 y el de información al contribuyente de la Agencia Tributaria, que es público.`,
  ],
  [
    "es",
    "neg-dl:doc-es:free",
    `Escribe una expresión regular para números de permiso de conducir españoles (8 dígitos y letra de control) con pruebas que usen el valor ficticio 00000000T.`,
  ],
  [
    "es",
    "neg-phone:log-es:structured",
    `pedido=100294873 total=1.249,00 EUR fecha=2026-12-04T10:33:00+01:00 ip=192.168.1.44\n¿por qué el total sale con coma en el JSON?`,
  ],
  // --- Italian --------------------------------------------------------------------------------------------------
  ["it", "cred:chat-it:free", `Ciao, la password del database di staging è ⟦password|Gabbiano!77Mare⟧, l'utente è app_ro.`],
  [
    "it",
    "dl:ticket-it:free",
    `Segnalazione #7781: il cliente Marco Bellandi ha inserito la patente ⟦driver_license|U1H739248K⟧ ma il controllo del formato fallisce.`,
  ],
  ["it", "phone:log-it:structured", `2026-12-04 12:01:33 ERRORE invio OTP al numero ⟦phone|+39 347 821 4509⟧: timeout del provider dopo 30 s`],
  [
    "it",
    "cred:properties-it:structured",
    `# perché Spring non parte?\nspring.datasource.url=jdbc:postgresql://10.0.1.5:5432/magazzino\nspring.datasource.username=magazzino\nspring.datasource.password=⟦password|Lim0ne-Amalfi!⟧`,
  ],
  [
    "it",
    "neg-cred:doc-it:free",
    `Scrivi la documentazione: la password deve avere almeno 12 caratteri; nel file di esempio usa il segnaposto <la-tua-password>.`,
  ],
  ["it", "neg-phone:doc-it:free", `Aggiungi alla pagina contatti il numero unico di emergenza 112 e il 1500 di pubblica utilità.`],
  [
    "it",
    "neg-cred:log-it:structured",
    `Deploy v4.18.2 completato: 3 pod pronti, commit a3f91c7, immagine sha256:1f0e9d8c7b6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa99887766 — come verifico il rollout?`,
  ],
  // --- Dutch ----------------------------------------------------------------------------------------------------
  ["nl", "cred:chat-nl:free", `Het wachtwoord voor de test-VPN is ⟦password|Tulp&Molen-2026⟧, gebruikersnaam ops-team.`],
  ["nl", "phone:log-nl:structured", `sms-gateway: bericht 7f3a afgeleverd aan ⟦phone|+31 6 48271953⟧ na 2 pogingen, latency 4200 ms — waarom zo traag?`],
  ["nl", "dl:csv-nl:structured", `chauffeur;rijbewijsnummer;geldig_tot\nSven de Boer;⟦driver_license|5104837261⟧;2033-02-14\nsorteer op geldig_tot`],
  ["nl", "neg-phone:doc-nl:free", `Zet het gratis nummer van de Belastingdienst, 0800-0543, en 112 voor noodgevallen in de FAQ.`],
  ["nl", "neg-cred:config-nl:structured", `Waarom werkt dit niet? wachtwoord: \${VAULT_DB_PASSWORD} in config.yaml, de variabele staat wel in de pipeline.`],
  // --- Polish ---------------------------------------------------------------------------------------------------
  ["pl", "cred:chat-pl:free", `Hasło do panelu administracyjnego sklepu to ⟦password|Bursztyn!Gdynia5⟧, login admin — sprawdź proszę zamówienia.`],
  ["pl", "phone:log-pl:structured", `2026-12-04 14:10:02 WARN bramka SMS: nie dostarczono do ⟦phone|+48 512 304 879⟧ (kod 27)`],
  ["pl", "dl:json-pl:structured", `{"kierowca":"Tomasz Wróbel","prawo_jazdy":"⟦driver_license|03918/19/2204⟧"}\nczemu walidacja odrzuca ukośniki?`],
  ["pl", "neg-cred:doc-pl:free", `Jak przechowywać hasła w bazie? Używam bcrypt z cost=12 — czy to wystarczy w 2026?`],
  ["pl", "neg-phone:log-pl:structured", `Faktura FV/2026/12/0418, zamówienie 300194827, kwota 4 812,50 zł — wyciągnij dane do JSON.`],
  // --- Portuguese -----------------------------------------------------------------------------------------------
  ["pt", "cred:chat-br:free", `A senha do Wi-Fi do escritório mudou, agora é ⟦password|Caju!Verde#2026⟧ — avisa o pessoal do suporte.`],
  [
    "pt",
    "dl:sql-br:structured",
    `SELECT * FROM motoristas WHERE cnh = '⟦driver_license|48203917505⟧';\n-- retorna vazio mas o motorista existe, é problema de collation?`,
  ],
  ["pt", "phone:log-br:structured", `[sms] falha ao enviar para ⟦phone|+55 11 98472-3016⟧: número bloqueado pela operadora`],
  [
    "pt",
    "cred:env-pt:structured",
    `Porque é que o Django não liga à base de dados?\nDATABASE_URL=⟦connection_string|postgres://loja:Sard1nha!Lx@db.interno:5432/loja⟧`,
  ],
  ["pt", "neg-phone:doc-br:free", `Coloque no rodapé os telefones públicos: 190 (Polícia), 192 (SAMU) e 146 (Receita Federal).`],
  ["pt", "neg-cred:env-br:free", `No .env.example deixei SENHA_BANCO=troque-me e a chave de exemplo da AWS AKIAIOSFODNN7EXAMPLE. Está ok para commitar?`],
];
