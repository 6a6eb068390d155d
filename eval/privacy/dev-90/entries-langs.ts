/**
 * dev-90 entries in German, French, Spanish, Japanese, Portuguese and Italian: the same agent-traffic shapes as
 * `entries.ts` (tool-call arguments as a JSON string, tool results, memory blocks, RAG chunks, scratchpads, MCP
 * messages, state dumps, message arrays, configs, hand-offs) with local labels, and hard negatives of the same shapes.
 * `kind` is `<shape>:<categories>` or `neg-<shape>:<what>`. Every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { V } from "./values.js";

const R = String.raw;
const compact = (value: string) => value.replaceAll(" ", "").replaceAll("-", "");

export const SENSITIVE_LANGS: MarkedEntry[] = [
  // ── German ──
  [
    "de",
    "tool-args:national_id",
    R`Der Steuer-Agent hat dieses Tool aufgerufen, das Finanzamt-Portal lehnt ab. Was fehlt?
{"name":"elster_abgabe","arguments":"{\"name\":\"Jürgen Albrecht\",\"steuer_id\":\"⟦national_id|${compact(V.steuer)}⟧\",\"jahr\":2023}"}`,
  ],
  [
    "de",
    "handoff:iban",
    `Übergabe an den Abrechnungs-Agenten: Kundin Sabine Lorenz, IBAN ⟦iban|${V.ibanDe}⟧, widerspricht einer doppelten Abbuchung über 49,90 €. Bitte klären.
Formuliere die Übergabe so, dass der Agent alles hat.`,
  ],
  [
    "de",
    "memory:health+address",
    `System: Du bist ein Familienassistent.
Nutzer-Gedächtnis: Name Katrin Vogel; wohnt in der ⟦street_address|Lindenstraße 14, 50674 Köln⟧; Sohn Felix hat ⟦health|ADHS⟧ und nimmt ⟦health|Medikinet⟧.
Nutzer: Welche Nachmittagsaktivitäten passen für Felix?`,
  ],
  [
    "de",
    "tool-result:phone+email",
    `Tool-Ergebnis (crm.kunde_suchen): {"name": "Henrik Baumann", "handy": "⟦phone|+49 151 27384950⟧", "email": "⟦email|henrik.baumann@web.de⟧", "kundennummer": "K-220931"}
Fass das für den Agenten in einem Satz zusammen.`,
  ],
  [
    "de",
    "tool-args:passport+dob",
    R`Warum schlägt der Check-in fehl? {"function":{"name":"online_checkin","arguments":"{\"reisender\":\"Monika Hartmann\",\"reisepass_nr\":\"⟦passport|C7JKV21N4⟧\",\"geburtsdatum\":\"⟦date_of_birth|22.09.1968⟧\"}"}}`,
  ],
  [
    "de",
    "scratchpad:password",
    `Gedanke: Der Nutzer hat mir das WLAN-Passwort seiner Eltern genannt: ⟦password|Sonnenblume!Garten71⟧. Ich trage es in die Fritzbox-Konfiguration ein.
Aktion: fritzbox_config
Ist es okay, dass der Agent das Passwort im Gedankengang wiederholt?`,
  ],
  [
    "de",
    "rag:health",
    `Kontext [Quelle: praxis/akten/2024-02-11.docx]: "Frau Ingrid Scholz, Kontrolle bei bekannter ⟦health|Herzinsuffizienz NYHA II⟧, Dosis ⟦health|Ramipril 5 mg⟧ beibehalten."
Frage: Wann ist die nächste Kontrolle fällig?`,
  ],
  [
    "de",
    "messages:phone",
    `[{"role":"system","content":"Rückrufnummer von Herrn Dieter Kowalski: ⟦phone|0171 4829371⟧"},{"role":"user","content":"Ich möchte meinen Termin verschieben."}]
Warum ignoriert das Modell die Systemnachricht?`,
  ],
  [
    "de",
    "config:password",
    `agent.yaml für unseren Mail-Agenten:
imap:
  server: imap.gmx.net
  benutzer: ⟦email|petra.lang@gmx.de⟧
  passwort: ⟦password|Kranich#Elbe2290⟧
Wie lagere ich das Passwort in ein Secret aus?`,
  ],
  [
    "de",
    "mcp:dob+address",
    `{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"mitglied_anlegen","arguments":{"name":"Lukas Brenner","geburtsdatum":"⟦date_of_birth|03.04.2001⟧","anschrift":"⟦street_address|Hauptstraße 7a, 79098 Freiburg⟧"}}}
Welcher Parameter verletzt das Schema?`,
  ],

  // ── French ──
  [
    "fr",
    "tool-args:national_id",
    R`L'agent mutuelle a appelé {"name":"verifier_droits","arguments":"{\"assure\":\"Camille Giraud\",\"nir\":\"⟦national_id|${V.nir}⟧\"}"} et l'API répond 404. Pourquoi ?`,
  ],
  [
    "fr",
    "handoff:iban",
    `Transfert vers l'agent facturation : client Mathieu Lefèvre, IBAN ⟦iban|${V.ibanFr}⟧, conteste un double prélèvement de 29,99 €. Merci de traiter.
Reformule ce transfert pour qu'il soit complet.`,
  ],
  [
    "fr",
    "memory:health",
    `Mémoire de l'utilisateur : s'appelle Julien Marchand ; sa fille Léa est atteinte de ⟦health|mucoviscidose⟧ et suit une ⟦health|kinésithérapie respiratoire⟧ ; aime la randonnée.
Utilisateur : propose une sortie de week-end adaptée à Léa.`,
  ],
  [
    "fr",
    "tool-result:phone+address",
    `Résultat de l'outil annuaire_clients : {"nom": "Élodie Rousseau", "portable": "⟦phone|06 47 28 91 35⟧", "adresse": "⟦street_address|18 rue des Tanneurs, 67000 Strasbourg⟧"}
Rédige un SMS de confirmation de livraison.`,
  ],
  [
    "fr",
    "tool-args:passport",
    R`{"tool_calls":[{"function":{"name":"reserver_vol","arguments":"{\"passager\":\"Hugo Lambert\",\"passeport\":\"⟦passport|19AK48273⟧\",\"vol\":\"AF 1234\"}"}}]} — pourquoi le champ passeport est-il refusé ?`,
  ],
  [
    "fr",
    "scratchpad:password",
    `Pensée : l'utilisateur m'a donné le mot de passe de la box de sa grand-mère Colette : ⟦password|Hirondelle-Loire58⟧. J'appelle configurer_box.
Action : configurer_box
Est-ce normal que l'agent recopie le mot de passe ?`,
  ],
  [
    "fr",
    "rag:dob+email",
    `Contexte [source : rh/dossiers/2023/embauches.csv] : "Nadia Benali, née le ⟦date_of_birth|14/02/1993⟧, courriel perso ⟦email|nadia.benali93@orange.fr⟧, poste : comptable"
Question : quel poste occupe Nadia ?`,
  ],
  [
    "fr",
    "state:health",
    `{'messages': [HumanMessage(content="Mon père, Bernard Caron, vient d'apprendre qu'il a un ⟦health|cancer de la prostate⟧, que lui demander chez l'urologue ?")], 'next': 'sante_agent'}
Pourquoi le graphe boucle-t-il sur sante_agent ?`,
  ],
  [
    "fr",
    "config:api_key",
    `config.toml de mon agent :
[mistral]
modele = "mistral-large-2407"
cle_api = "⟦api_key|Xk7Pq2LmZ9vR4tWc8Nb1Hs6Jd3Yf5Ga0⟧"
Est-ce que TOML accepte les accents dans les clés ?`,
  ],

  // ── Spanish ──
  [
    "es",
    "tool-args:national_id",
    R`El agente de altas llamó a {"name":"alta_cliente","arguments":"{\"nombre\":\"Lucía Romero\",\"dni\":\"⟦national_id|${V.dni}⟧\",\"telefono\":\"⟦phone|622 418 937⟧\"}"} y el CRM devuelve error. ¿Qué falla?`,
  ],
  [
    "es",
    "handoff:iban",
    `Traspaso al agente de cobros: cliente Javier Muñoz, IBAN ⟦iban|${V.ibanEs2}⟧, reclama un cargo duplicado de 15,00 €. Por favor, resuélvelo.
Reescribe el traspaso para que sea completo.`,
  ],
  [
    "es",
    "memory:health+address",
    `Memoria del usuario: se llama Carmen Ortega; vive en ⟦street_address|Calle del Pez 23, 2º izquierda, 28004 Madrid⟧; su hijo Pablo tiene ⟦health|epilepsia⟧ y toma ⟦health|levetiracetam⟧.
Usuario: ¿qué campamento de verano le conviene a Pablo?`,
  ],
  [
    "es",
    "tool-result:national_id+dob",
    `Resultado de la herramienta extranjeria.consultar: {"titular": "Andrea Silva", "nie": "⟦national_id|${V.nie}⟧", "fecha_nacimiento": "⟦date_of_birth|11/07/1990⟧", "estado": "vigente"}
Resume el resultado para el agente.`,
  ],
  [
    "es",
    "scratchpad:phone",
    `Pensamiento: el móvil de la señora Beatriz Navarro es ⟦phone|+34 655 12 38 49⟧, la llamo para confirmar la cita.
Acción: llamar
¿Por qué el agente no espera la observación?`,
  ],
  [
    "es",
    "messages:password",
    `[{"role":"user","content":"Soy Raúl Serrano, mi contraseña del banco es ⟦password|Girasol_Tajo2024⟧, ¿puedes comprobar mi saldo?"}]
¿Cómo debería responder el asistente?`,
  ],
  [
    "es",
    "rag:health",
    `Fragmento recuperado [fuente: clinica/notas/2024-03-05.txt]: "Paciente Rosa Jiménez, ⟦health|diabetes gestacional⟧, control con ⟦health|insulina NPH⟧."
Pregunta: ¿qué tratamiento sigue Rosa?`,
  ],
  [
    "es",
    "tool-args:passport",
    R`{"name":"check_in","arguments":"{\"pasajero\":\"Diego Castro\",\"pasaporte\":\"⟦passport|XDB739281⟧\",\"vuelo\":\"IB 3170\"}"} — ¿el formato del pasaporte es correcto?`,
  ],
  [
    "es",
    "mcp:email",
    `{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"enviar_correo","arguments":{"para":"⟦email|marta.gil.fotografia@gmail.com⟧","asunto":"Fotos de la boda"}}}
¿Por qué el servidor MCP no encuentra la herramienta?`,
  ],

  // ── Japanese ──
  [
    "ja",
    "tool-args:phone",
    R`エージェントが次のツール呼び出しを出しましたが SMS が届きません。原因は？
{"name":"send_sms","arguments":"{\"to\":\"⟦phone|090-3827-4615⟧\",\"body\":\"佐藤様、明日の予約確認です\"}"}`,
  ],
  [
    "ja",
    "memory:address+health",
    `ユーザーメモリ：名前は高橋 美咲。住所は⟦street_address|東京都世田谷区北沢2丁目14-7 メゾン下北302号室⟧。娘のさくらは⟦health|食物アレルギー（卵）⟧がある。
ユーザー：さくらの誕生日会のメニューを考えて。`,
  ],
  [
    "ja",
    "tool-result:passport+dob",
    `本人確認ツールの結果：{"氏名": "中村 健太", "旅券番号": "⟦passport|TR8214736⟧", "生年月日": "⟦date_of_birth|1985年4月12日⟧", "status": "verified"}
オンボーディング担当エージェントへの次の質問を書いて。`,
  ],
  [
    "ja",
    "handoff:health",
    `受付エージェント→看護エージェントへの引き継ぎ：患者 田中 一郎さん、⟦health|2型糖尿病⟧、⟦health|インスリン注射⟧中、本日低血糖症状あり。
この引き継ぎ文を整えてください。`,
  ],
  [
    "ja",
    "scratchpad:password",
    `思考：ユーザーの父・小林 茂さんのメールのパスワードは「⟦password|Sakura#Kamo1958⟧」と教えてもらった。ログインツールを呼ぶ。
行動：login_mail
エージェントがパスワードを思考に書くのは問題ですか？`,
  ],
  [
    "ja",
    "messages:email",
    `[{"role":"user","content":"妹の山本 結衣のメールアドレスは ⟦email|yui.yamamoto.0815@docomo.ne.jp⟧ です。議事録を送って。"}]
次のアシスタント応答を書いて。`,
  ],
  [
    "ja",
    "rag:phone",
    `検索結果［出典: 社内/緊急連絡網.xlsx］：「営業部 伊藤 真由美　携帯 ⟦phone|080-4129-7736⟧」
質問：伊藤さんの所属は？`,
  ],

  // ── Portuguese ──
  [
    "pt",
    "tool-args:national_id",
    R`O agente fiscal chamou {"name":"emitir_fatura","arguments":"{\"cliente\":\"Inês Carvalho\",\"nif\":\"⟦national_id|${V.nif}⟧\",\"valor\":120.00}"} e o portal recusou. Porquê?`,
  ],
  [
    "pt",
    "handoff:iban",
    `Passagem para o agente de cobranças: cliente Rui Tavares, IBAN ⟦iban|${V.ibanPt}⟧, contesta um débito duplicado de 24,90 €. Por favor resolver.
Reescreve esta passagem de forma completa.`,
  ],
  [
    "pt",
    "memory:health+phone",
    `Memória do utilizador: chama-se Mariana Costa; telemóvel ⟦phone|+351 912 483 176⟧; o marido, João, tem ⟦health|doença de Crohn⟧ e faz ⟦health|infliximab⟧.
Utilizador: sugere um jantar leve para o João.`,
  ],
  [
    "pt",
    "tool-result:address+dob",
    `Resultado da ferramenta clientes.obter: {"nome": "Tiago Fernandes", "morada": "⟦street_address|Rua da Boavista 112, 2.º Esq., 1200-066 Lisboa⟧", "data_nascimento": "⟦date_of_birth|09-10-1977⟧"}
Resume para o agente.`,
  ],
  [
    "pt",
    "scratchpad:password",
    `Pensamento: a senha do Wi-Fi da casa da Dona Lurdes é ⟦password|Andorinha_Douro77⟧, vou configurar o repetidor.
Ação: configurar_repetidor
O agente deve repetir a senha no raciocínio?`,
  ],
  [
    "pt",
    "messages:phone",
    `[{"role":"user","content":"Sou a Fernanda Lima, meu celular novo é ⟦phone|+55 21 99734-2817⟧, atualiza meu cadastro?"}]
Como o assistente deve confirmar?`,
  ],
  [
    "pt",
    "rag:health",
    `Trecho recuperado [fonte: clinica/prontuarios/2024-01-22.txt]: "Paciente Sérgio Almeida, ⟦health|hipertensão arterial⟧ e ⟦health|insuficiência renal crónica⟧."
Pergunta: que condições tem o Sérgio?`,
  ],

  // ── Italian ──
  [
    "it",
    "tool-args:national_id",
    R`L'agente CAF ha chiamato {"name":"compila_730","arguments":"{\"contribuente\":\"Luca Verdi\",\"codice_fiscale\":\"⟦national_id|${V.cf}⟧\",\"anno\":2023}"} ma l'Agenzia risponde errore. Perché?`,
  ],
  [
    "it",
    "handoff:iban",
    `Passaggio all'agente pagamenti: cliente Giulia Bianchi, IBAN ⟦iban|${V.ibanIt}⟧, contesta un doppio addebito di 19,90 €. Grazie.
Riscrivi il passaggio in modo completo.`,
  ],
  [
    "it",
    "memory:health+address",
    `Memoria utente: si chiama Francesca Russo; abita in ⟦street_address|Via Garibaldi 38, 10122 Torino⟧; il figlio Marco ha la ⟦health|celiachia⟧.
Utente: idee per la merenda di Marco a scuola?`,
  ],
  [
    "it",
    "tool-result:phone+email",
    `Risultato dello strumento rubrica.cerca: {"nome": "Alessandro Conti", "cellulare": "⟦phone|+39 347 218 4906⟧", "email": "⟦email|ale.conti77@libero.it⟧"}
Scrivi un messaggio di promemoria.`,
  ],
  [
    "it",
    "scratchpad:password",
    `Pensiero: la password dell'home banking di nonna Teresa è ⟦password|Girasole!Po1949⟧, la uso per controllare il saldo.
Azione: login_banca
È sicuro che l'agente scriva la password nel ragionamento?`,
  ],
  [
    "it",
    "tool-args:passport",
    R`{"name":"prenota_volo","arguments":"{\"passeggero\":\"Chiara Moretti\",\"passaporto\":\"⟦passport|YB4827163⟧\",\"volo\":\"AZ 608\"}"} — il campo passaporto viene rifiutato, perché?`,
  ],
];

export const NEGATIVES_LANGS: MarkedEntry[] = [
  // ── German ──
  [
    "de",
    "neg-schema:tool",
    `Ist dieses Tool-Schema gültig? {"name":"online_checkin","parameters":{"type":"object","properties":{"reisepass_nr":{"type":"string"},"geburtsdatum":{"type":"string","format":"date"},"iban":{"type":"string"}},"required":["reisepass_nr"]}}`,
  ],
  [
    "de",
    "neg-placeholder:template",
    `Systemprompt-Vorlage: "Du hilfst {{kunde.vorname}} {{kunde.nachname}}, Telefon {{kunde.telefon}}, IBAN {{kunde.iban}}." Wie fülle ich das in LangChain mit PromptTemplate?`,
  ],
  [
    "de",
    "neg-sample:iban-docs",
    `In der Doku des Überweisungs-Tools steht als Beispiel die IBAN DE89 3704 0044 0532 0130 00. Warum akzeptiert unser Validator sie, obwohl es kein echtes Konto ist?`,
  ],
  [
    "de",
    "neg-business:places",
    `Tool-Ergebnis orte.suchen: {"name": "Bürgeramt Mitte", "adresse": "Karl-Marx-Allee 31, 10178 Berlin", "telefon": "+49 30 115", "oeffnungszeiten": "Mo–Fr 8–16 Uhr"}
Fasse zusammen, wann ich hingehen kann.`,
  ],
  [
    "de",
    "neg-redacted:handoff",
    `Übergabe an Abrechnung: Kunde #K-88120 (Name geschwärzt), IBAN endet auf …3000, Betrag 49,90 €, Vorgang 2024-03-11-0042. Reicht das?`,
  ],
  [
    "de",
    "neg-ids:trace",
    `Fehler im Agenten: request_id=7c9e6679-7425-40de-944b-e07fc1f90ae7, Modell mistral-small-2409, Dauer 1843 ms, Preis 0,0021 €. Woran liegt der Timeout?`,
  ],
  [
    "de",
    "neg-public:wiki",
    `wikipedia.suche("Angela Merkel") → {"geboren": "17. Juli 1954", "geburtsort": "Hamburg", "amt": "Bundeskanzlerin 2005–2021"}. Warum behauptet der Agent, sie sei in Berlin geboren?`,
  ],
  [
    "de",
    "neg-general:health",
    `RAG-Kontext [Quelle: gesundheitsinformation.de/diabetes]: "Typ-2-Diabetes wird oft mit Metformin behandelt." Frage: Welche Nebenwirkungen hat Metformin?`,
  ],

  // ── French ──
  [
    "fr",
    "neg-schema:tool",
    `Ce schéma d'outil est-il correct ? {"name":"verifier_droits","parameters":{"type":"object","properties":{"nir":{"type":"string","description":"numéro de sécurité sociale à 15 chiffres"},"date_naissance":{"type":"string"}}}}`,
  ],
  [
    "fr",
    "neg-placeholder:args",
    R`Exemple de la doc : {"name":"reserver_vol","arguments":"{\"passager\":\"<NOM>\",\"passeport\":\"<NUMERO_PASSEPORT>\",\"telephone\":\"<TELEPHONE>\"}"} — est-ce assez clair ?`,
  ],
  [
    "fr",
    "neg-business:hotel",
    `Résultat de l'outil hotels.rechercher : {"nom": "Hôtel du Louvre", "adresse": "Place André Malraux, 75001 Paris", "tel": "01 44 58 38 38", "prix_nuit": 289.00}
Rédige une ligne d'itinéraire.`,
  ],
  [
    "fr",
    "neg-redacted:tool-result",
    `Résultat après filtrage : {"nom": "[MASQUÉ]", "nir": "1 ** ** ** *** *** **", "iban": "FR76 **** **** **** **** **** 189", "mdp": "********"}. Le filtre est-il trop strict ?`,
  ],
  [
    "fr",
    "neg-ids:trace",
    `Journal de l'agent : trace_id=4bf92f3577b34da6a3ce929d0e0e4736, modèle mistral-large-2407, 2048 jetons, coût 0,012 €, horodatage 2024-09-12T08:15:03Z. Pourquoi ce coût ?`,
  ],
  [
    "fr",
    "neg-public:wiki",
    `wikipedia.rechercher("Victor Hugo") → {"naissance": "26 février 1802", "lieu": "Besançon", "oeuvre": "Les Misérables"}. Résume en une phrase.`,
  ],
  [
    "fr",
    "neg-general:own",
    `Mémoire : l'utilisateur aime le jazz, préfère les réponses courtes, a mentionné être allergique au pollen. Utilisateur : que faire ce week-end à Lyon ?`,
  ],

  // ── Spanish ──
  [
    "es",
    "neg-sample:dni-docs",
    `En la documentación del agente aparece el DNI de ejemplo 12345678Z para probar la validación de la letra. ¿Debería rechazarlo el validador?`,
  ],
  [
    "es",
    "neg-schema:tool",
    `¿Está bien este esquema? {"name":"alta_cliente","parameters":{"type":"object","properties":{"dni":{"type":"string"},"telefono":{"type":"string"},"iban":{"type":"string"},"direccion":{"type":"string"}}}}`,
  ],
  [
    "es",
    "neg-business:places",
    `Resultado de lugares.buscar: {"nombre": "Museo del Prado", "direccion": "Calle de Ruiz de Alarcón 23, 28014 Madrid", "telefono": "+34 913 30 28 00", "entrada": 15.00}
Resume el horario para el usuario.`,
  ],
  [
    "es",
    "neg-placeholder:memory",
    `Formato de la memoria: "Usuario: <nombre>; ciudad: <ciudad>; alergias: <lista>; contacto: {{usuario.telefono}}". ¿Conviene guardar la dirección completa?`,
  ],
  [
    "es",
    "neg-ids:order",
    `Traspaso al agente de devoluciones: pedido 171-4482913-2290371, 3 unidades, reembolso 47,85 €, id de traza 9f86d081884c7d65. Redacta la confirmación.`,
  ],
  [
    "es",
    "neg-redacted:args",
    R`Tras anonimizar: {"name":"check_in","arguments":"{\"pasajero\":\"[NOMBRE]\",\"pasaporte\":\"XXX******\",\"telefono\":\"+34 *** *** ***\"}"} ¿Sigue siendo útil para depurar?`,
  ],
  [
    "es",
    "neg-public:wiki",
    `wikipedia.buscar("Gabriel García Márquez") → {"nacimiento": "6 de marzo de 1927", "lugar": "Aracataca", "premio": "Nobel 1982"}. ¿Por qué el agente dice 1928?`,
  ],

  // ── Japanese ──
  [
    "ja",
    "neg-schema:tool",
    `このツールスキーマは正しいですか？ {"name":"send_sms","parameters":{"type":"object","properties":{"電話番号":{"type":"string"},"本文":{"type":"string"}},"required":["電話番号"]}}`,
  ],
  [
    "ja",
    "neg-business:places",
    `places.search の結果：{"名称": "東京国立博物館", "住所": "東京都台東区上野公園13-9", "電話": "050-5541-8600", "入館料": 1000}
ユーザー向けに一行でまとめて。`,
  ],
  [
    "ja",
    "neg-placeholder:template",
    `システムプロンプトのテンプレート：「{{user.name}}様（電話：{{user.phone}}、住所：{{user.address}}）を担当します。」Jinja で埋め込む方法は？`,
  ],
  [
    "ja",
    "neg-ids:trace",
    `エージェントのログ：request_id=req_01HZX8K4T7V2M9QW3RB6NCJ5E0、モデル claude-3-5-haiku-20241022、入力 1,284 トークン、料金 $0.0019。遅延の原因は？`,
  ],
  [
    "ja",
    "neg-public:wiki",
    `wikipedia.lookup("大谷翔平") → {"生年月日": "1994年7月5日", "出身": "岩手県奥州市", "所属": "ロサンゼルス・ドジャース"}。一文で要約して。`,
  ],

  // ── Portuguese ──
  ["pt", "neg-sample:nif-docs", `Na documentação da ferramenta de faturação aparece o NIF de exemplo 123456789. O validador deve aceitá-lo nos testes?`],
  [
    "pt",
    "neg-schema:tool",
    `Este esquema está correto? {"name":"emitir_fatura","parameters":{"type":"object","properties":{"nif":{"type":"string"},"morada":{"type":"string"},"telemovel":{"type":"string"}}}}`,
  ],
  [
    "pt",
    "neg-business:places",
    `Resultado de locais.procurar: {"nome": "Pastéis de Belém", "morada": "Rua de Belém 84-92, 1300-085 Lisboa", "telefone": "+351 21 363 7423", "preco_medio": 1.40}
Resume para o utilizador.`,
  ],
  [
    "pt",
    "neg-redacted:handoff",
    `Passagem para cobranças: cliente #P-4471 (nome omitido), IBAN terminado em …176, débito de 24,90 €, ticket 2024-05-0912. Chega?`,
  ],
  [
    "pt",
    "neg-ids:model",
    `Usamos gpt-4o-mini-2024-07-18 e llama3.1:8b; o custo foi 0,15 US$ por 1M tokens de entrada e a latência média 912 ms. Qual é mais barato para chamadas de ferramentas?`,
  ],

  // ── Italian ──
  [
    "it",
    "neg-sample:cf-docs",
    `Nella documentazione dello strumento il codice fiscale di esempio è ${V.cfSample} (Mario Rossi). Il validatore deve accettarlo nei test?`,
  ],
  [
    "it",
    "neg-schema:tool",
    `Questo schema va bene? {"name":"compila_730","parameters":{"type":"object","properties":{"codice_fiscale":{"type":"string"},"iban":{"type":"string"},"indirizzo":{"type":"string"}}}}`,
  ],
  [
    "it",
    "neg-business:places",
    `Risultato di luoghi.cerca: {"nome": "Galleria degli Uffizi", "indirizzo": "Piazzale degli Uffizi 6, 50122 Firenze", "telefono": "+39 055 294883", "biglietto": 25.00}
Riassumi per l'utente.`,
  ],
  [
    "it",
    "neg-placeholder:template",
    `Modello del prompt di sistema: "Stai aiutando {{utente.nome}}, cellulare {{utente.cellulare}}, IBAN {{utente.iban}}." Come lo riempio con LangChain?`,
  ],
];
