/** Development set 37, Japanese, French and Spanish contrast pairs (see README.md). Marks: ⟦category|value⟧. */
import { type ContrastPair, pair } from "./pair.js";

export const MORE: ContrastPair[] = [
  // Japanese
  pair(
    "ja",
    "password",
    "placeholder",
    "chat",
    `[14:05] 佐藤: 共有フォルダのパスワードは ⟦password|Sakura_2026tk⟧ です
[14:06] 田中: ありがとうございます
このやり取りを議事録用に一行でまとめてください`,
    `[14:05] 佐藤: 共有フォルダのパスワードは社内ポータルの「アカウント管理」で確認してください
[14:06] 田中: ありがとうございます
このやり取りを議事録用に一行でまとめてください`,
  ),
  pair(
    "ja",
    "health",
    "pet",
    "free",
    `母が⟦health|慢性腎臓病⟧と診断されて、食事制限が始まりました。献立を考えてください。`,
    `うちの猫のミケが慢性腎臓病と診断されて、療法食が始まりました。与え方を教えてください。`,
  ),
  pair(
    "ja",
    "phone",
    "business",
    "csv",
    `氏名,電話番号,続柄
鈴木一郎,⟦phone|090-3841-7726⟧,叔父
このCSVを連絡先一覧の表にしてください`,
    `窓口,電話番号,受付時間
お客様相談室,0120-123-456,平日9時〜17時
このCSVを連絡先一覧の表にしてください`,
  ),
  pair(
    "ja",
    "email",
    "business",
    "email-thread",
    `差出人: 山本 美咲 <⟦email|misaki.yamamoto.0823@gmail.com⟧>
件名: Re: 来週の打ち合わせ

この返信をもっと丁寧にしてください`,
    `差出人: Amazon.co.jp <no-reply@amazon.co.jp>
件名: Re: ご注文の発送

この返信をもっと丁寧にしてください`,
  ),
  pair(
    "ja",
    "date_of_birth",
    "public",
    "free",
    `祖父の生年月日は⟦date_of_birth|1938年4月2日⟧です。今年で何歳になりますか？`,
    `夏目漱石の生年月日は1867年2月9日です。今年で生誕何年になりますか？`,
  ),
  // French
  pair(
    "fr",
    "password",
    "format",
    "ticket",
    `Ticket #6610
Client : M. Lefèvre
Message : j'ai mis le mot de passe ⟦password|Camembert!74rouen⟧ et l'appli me dit qu'il est incorrect.
Rédige une réponse.`,
    `Ticket #6610
Client : M. Lefèvre
Message : j'ai mis un mot de passe de 16 caractères avec un symbole et l'appli me dit qu'il est incorrect.
Rédige une réponse.`,
  ),
  pair(
    "fr",
    "health",
    "stats",
    "md-table",
    `Fais un résumé pour le conseil de classe :
| Élève | Situation |
|---|---|
| Lucas Moreau | ⟦health|trouble du déficit de l'attention (TDAH), sous méthylphénidate⟧ |`,
    `Fais un résumé pour le conseil d'administration :
| Indicateur | Valeur |
|---|---|
| Élèves avec TDAH déclaré (académie) | environ 5 % |`,
  ),
  pair(
    "fr",
    "street_address",
    "public",
    "free",
    `Rendez-vous chez ma cousine, ⟦street_address|12 rue des Lilas, 69003 Lyon⟧, à 19 h. Traduis en anglais.`,
    `Rendez-vous devant la tour Eiffel, Champ de Mars, 5 avenue Anatole France, 75007 Paris, à 19 h. Traduis en anglais.`,
  ),
  pair(
    "fr",
    "phone",
    "emergency",
    "chat",
    `[20:41] Chloé : si tu ne me joins pas, appelle ma voisine au ⟦phone|06 48 21 77 93⟧
[20:42] Hugo : ok
Résume ce que Hugo doit faire.`,
    `[20:41] Chloé : si c'est grave, appelle le SAMU au 15 ou le 112
[20:42] Hugo : ok
Résume ce que Hugo doit faire.`,
  ),
  pair(
    "fr",
    "email",
    "example",
    "json-log",
    `{"niveau":"erreur","evenement":"envoi_facture","destinataire":"⟦email|nathalie.girard@orange.fr⟧","smtp":"550 boîte inconnue"}
Pourquoi l'envoi à cette cliente échoue-t-il ?`,
    `{"niveau":"erreur","evenement":"envoi_facture","destinataire":"prenom.nom@example.fr","smtp":"550 boîte inconnue"}
Pourquoi l'envoi dans l'environnement de test échoue-t-il ?`,
  ),
  // Spanish
  pair(
    "es",
    "password",
    "count",
    "sql",
    `UPDATE usuarios SET clave = '⟦password|Tortilla#Madrid88⟧' WHERE id = 3051;
-- ¿por qué PostgreSQL dice que la columna no existe?`,
    `UPDATE usuarios SET intentos_clave = 3 WHERE id = 3051;
-- ¿por qué PostgreSQL dice que la columna no existe?`,
  ),
  pair(
    "es",
    "health",
    "drug",
    "free",
    `Mi suegra, Carmen Ruiz, toma ⟦health|warfarina por una fibrilación auricular⟧. ¿Puede tomar ibuprofeno para el dolor de rodilla?`,
    `Según el prospecto de la warfarina, ¿se puede tomar ibuprofeno para el dolor de rodilla?`,
  ),
  pair(
    "es",
    "phone",
    "business",
    "ticket",
    `Incidencia 1893
Cliente: Sr. Navarro pide que le llamen al ⟦phone|612 48 93 07⟧ por la avería del router.
Redacta la tarea para el técnico.`,
    `Incidencia 1893
Cliente: Sr. Navarro pregunta por el teléfono gratuito de averías; se le indica el 900 123 456.
Redacta la tarea para el técnico.`,
  ),
  pair(
    "es",
    "street_address",
    "business",
    "form-letter",
    `Estimada Sra. Ortega:
Le enviaremos la tarjeta a su domicilio, ⟦street_address|calle del Pez 27, 3.º B, 28004 Madrid⟧.
Acorta esta carta.`,
    `Estimada Sra. Ortega:
Puede recoger la tarjeta en nuestra oficina, Banco Meridional, Paseo de la Castellana 81, 28046 Madrid.
Acorta esta carta.`,
  ),
  pair(
    "es",
    "date_of_birth",
    "format",
    "csv",
    `nombre,fecha_nacimiento,curso
Daniela Vega,⟦date_of_birth|07/06/2011⟧,2.º ESO
¿Cómo convierto la segunda columna a fecha en Excel?`,
    `nombre,fecha_matricula,curso
Daniela Vega,07/06/2024,2.º ESO
¿Cómo convierto la segunda columna a fecha en Excel?`,
  ),
];
