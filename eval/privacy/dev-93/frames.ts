/**
 * dev-93 frames: the request and message wording of nine languages (English, German, French, Spanish, Portuguese,
 * Italian, Japanese, Chinese, Korean) around a credential — the question after a pasted file, a chat message, an IT
 * ticket, an e-mail — and each language's password cue word (password, Passwort/Kennwort, mot de passe, contraseña,
 * senha, password/parola d'accesso, パスワード, 密码, 비밀번호) in sentences that give one (positives) or talk about
 * password rules or a made-up example (negatives). `{v}` is the value, `{what}` the credential's name, `{file}` a file.
 */
export const LANGS = ["en", "de", "fr", "es", "pt", "it", "ja", "zh", "ko"] as const;
export type Lang = (typeof LANGS)[number];

export interface LangFrames {
  /** The question after a pasted file or snippet. */
  ask: readonly string[];
  /** "Here is my {file}:" */
  intro: string;
  chat: string;
  ticket: string;
  email: string;
  /** A password given with the language's cue word. */
  passwordGiven: readonly string[];
  /** Password rules, or a strength question about a made-up example (`{v}`). */
  passwordTalk: readonly string[];
  /** The language's word for an API key. */
  keyCue: string;
  /** A key given after the cue word (`{cue}`, `{v}`). */
  keyGiven: string;
  /** The same sentence pointing at where the key is kept (`{v}` a reference). */
  keyKept: string;
}

export const FRAMES: Record<Lang, LangFrames> = {
  en: {
    ask: ["why does this fail on the server?", "can you tidy this up?", "what's wrong with this config?"],
    intro: "Here is my {file}:",
    chat: "Sam: here's the {what} for the staging box: {v} — don't paste it anywhere else pls",
    ticket: "INC-4471 · Nightly export broken since the rotation. The {what} the job uses is {v}. Can someone update the runner? — Priya",
    email: "Hi Tom,\n\nas discussed, the {what} for the partner sandbox is {v}\n\nBest,\nLena",
    passwordGiven: [
      "My password for the office NAS is {v} — can you write a setup note for Tom that includes it?",
      "Grandpa's email login: user walter.brandt, password {v}. How do I set it up on his new tablet?",
    ],
    passwordTalk: [
      "Our policy says a password needs 12 characters, one digit and one symbol. Would something like {v} pass, as an example?",
      "For the security training slide I need a made-up example of a weak password and a strong one, e.g. {v}. Ideas?",
    ],
    keyCue: "API key",
    keyGiven: "The {cue} for the weather service on the shop account is {v}, put it into the plugin settings please.",
    keyKept: "The {cue} for the weather service on the shop account is {v}, so the plugin can read it from there.",
  },
  de: {
    ask: ["warum schlägt das auf dem Server fehl?", "kannst du das aufräumen?", "was stimmt mit der Konfiguration nicht?"],
    intro: "Hier ist meine {file}:",
    chat: "Jonas: hier der {what} für die Staging-Umgebung: {v} — bitte nirgends sonst reinkopieren",
    ticket: "Ticket #8812 · Der nächtliche Export läuft seit der Rotation nicht mehr. Der {what} des Jobs ist {v}. Kann jemand den Runner anpassen? — Katrin",
    email: "Hallo Jan,\n\nwie besprochen, der {what} für die Partner-Sandbox lautet {v}\n\nViele Grüße\nMiriam",
    passwordGiven: [
      "Mein Passwort fürs Firmen-NAS ist {v} — schreib mir bitte eine Anleitung für Tobias, in der es drinsteht.",
      "Opas E-Mail-Zugang: Benutzer h.vogel, Kennwort {v}. Wie richte ich das auf seinem neuen Tablet ein?",
    ],
    passwordTalk: [
      "Laut Richtlinie braucht ein Passwort 12 Zeichen, eine Ziffer und ein Sonderzeichen. Würde ein Beispiel wie {v} reichen?",
      "Für die Schulungsfolie brauche ich ein ausgedachtes Beispiel-Kennwort, etwa {v}. Ist das als Beispiel stark genug?",
    ],
    keyCue: "API-Schlüssel",
    keyGiven: "Der {cue} für den Wetterdienst im Shop-Konto lautet {v}, trag ihn bitte in die Plugin-Einstellungen ein.",
    keyKept: "Der {cue} für den Wetterdienst im Shop-Konto liegt unter {v}, das Plugin liest ihn von dort.",
  },
  fr: {
    ask: ["pourquoi ça plante sur le serveur ?", "tu peux nettoyer ça ?", "qu'est-ce qui ne va pas dans cette config ?"],
    intro: "Voici mon {file} :",
    chat: "Hugo : voilà le {what} pour la préprod : {v} — ne le colle nulle part ailleurs stp",
    ticket:
      "Ticket 5530 · L'export de nuit est cassé depuis la rotation. Le {what} utilisé par le job est {v}. Quelqu'un peut mettre à jour le runner ? — Claire",
    email: "Bonjour Marc,\n\ncomme convenu, le {what} du bac à sable partenaire est {v}\n\nCordialement,\nSophie",
    passwordGiven: [
      "Mon mot de passe pour le NAS du bureau est {v} — tu peux rédiger une note d'installation pour Julien avec ?",
      "Le compte mail de mamie : identifiant josette.morel, mdp {v}. Comment je le configure sur sa nouvelle tablette ?",
    ],
    passwordTalk: [
      "La politique exige 12 caractères, un chiffre et un symbole. Un mot de passe comme {v}, pris comme exemple, passerait-il ?",
      "Pour la formation sécurité, il me faut un exemple inventé de mot de passe robuste, du genre {v}. Des idées ?",
    ],
    keyCue: "clé API",
    keyGiven: "La {cue} du service météo sur le compte boutique est {v}, tu peux la mettre dans les réglages du plugin ?",
    keyKept: "La {cue} du service météo sur le compte boutique se trouve dans {v}, le plugin la lit là-bas.",
  },
  es: {
    ask: ["¿por qué falla en el servidor?", "¿puedes ordenar esto?", "¿qué está mal en esta configuración?"],
    intro: "Este es mi {file}:",
    chat: "Lucía: aquí tienes el {what} de staging: {v} — no lo pegues en ningún otro sitio porfa",
    ticket: "Incidencia 2290 · La exportación nocturna falla desde la rotación. El {what} del job es {v}. ¿Alguien puede actualizar el runner? — Diego",
    email: "Hola Pablo:\n\ncomo hablamos, el {what} del sandbox del socio es {v}\n\nUn saludo,\nMarta",
    passwordGiven: [
      "Mi contraseña del NAS de la oficina es {v} — ¿me escribes una nota de instalación para Andrés que la incluya?",
      "El correo del abuelo: usuario ramon.gil, contraseña {v}. ¿Cómo lo configuro en su tablet nueva?",
    ],
    passwordTalk: [
      "La política pide 12 caracteres, un dígito y un símbolo. ¿Una contraseña como {v}, a modo de ejemplo, cumpliría?",
      "Para la charla de seguridad necesito un ejemplo inventado de contraseña fuerte, tipo {v}. ¿Qué opinas?",
    ],
    keyCue: "clave de API",
    keyGiven: "La {cue} del servicio del tiempo en la cuenta de la tienda es {v}, ponla en los ajustes del plugin porfa.",
    keyKept: "La {cue} del servicio del tiempo en la cuenta de la tienda está en {v}, el plugin la lee de ahí.",
  },
  pt: {
    ask: ["por que isso falha no servidor?", "pode arrumar isso?", "o que há de errado nesta configuração?"],
    intro: "Aqui está meu {file}:",
    chat: "Rafa: segue o {what} do ambiente de homologação: {v} — não cola em outro lugar, tá?",
    ticket: "Chamado 7741 · A exportação noturna quebrou desde a rotação. O {what} do job é {v}. Alguém atualiza o runner? — Beatriz",
    email: "Olá Bruno,\n\nconforme combinado, o {what} do sandbox do parceiro é {v}\n\nAbraços,\nCarla",
    passwordGiven: [
      "Minha senha do NAS do escritório é {v} — pode escrever um passo a passo para o Thiago com ela?",
      "O e-mail do vovô: usuário jose.almeida, senha {v}. Como configuro no tablet novo dele?",
    ],
    passwordTalk: [
      "A política exige 12 caracteres, um número e um símbolo. Uma senha como {v}, só como exemplo, passaria?",
      "Para o treinamento de segurança preciso de um exemplo inventado de senha forte, tipo {v}. Serve?",
    ],
    keyCue: "chave de API",
    keyGiven: "A {cue} do serviço de previsão na conta da loja é {v}, coloca nas configurações do plugin?",
    keyKept: "A {cue} do serviço de previsão na conta da loja fica em {v}, o plugin lê de lá.",
  },
  it: {
    ask: ["perché fallisce sul server?", "puoi sistemare questo?", "cosa non va in questa configurazione?"],
    intro: "Ecco il mio {file}:",
    chat: "Luca: ecco il {what} per lo staging: {v} — non incollarlo da nessun'altra parte per favore",
    ticket: "Ticket 3307 · L'export notturno non va dalla rotazione. Il {what} del job è {v}. Qualcuno aggiorna il runner? — Giulia",
    email: "Ciao Marco,\n\ncome d'accordo, il {what} della sandbox del partner è {v}\n\nA presto,\nElena",
    passwordGiven: [
      "La mia password del NAS dell'ufficio è {v} — mi scrivi una guida per Paolo che la contenga?",
      "La mail del nonno: utente franco.rizzi, parola d'accesso {v}. Come la configuro sul suo tablet nuovo?",
    ],
    passwordTalk: [
      "La policy chiede 12 caratteri, una cifra e un simbolo. Una password come {v}, come esempio, andrebbe bene?",
      "Per il corso di sicurezza mi serve un esempio inventato di password robusta, tipo {v}. Va bene?",
    ],
    keyCue: "chiave API",
    keyGiven: "La {cue} del servizio meteo sull'account del negozio è {v}, la metti nelle impostazioni del plugin?",
    keyKept: "La {cue} del servizio meteo sull'account del negozio sta in {v}, il plugin la legge da lì.",
  },
  ja: {
    ask: ["サーバーで失敗するのはなぜ？", "これを整理してもらえますか？", "この設定のどこが間違っていますか？"],
    intro: "{file} はこれです：",
    chat: "佐藤：ステージング用の{what}はこれ → {v} 他の場所には貼らないでね",
    ticket: "チケット #6120 · ローテーション以降、夜間エクスポートが失敗しています。ジョブの{what}は {v} です。ランナーの更新をお願いします。— 田中",
    email: "山本さん\n\nお話しした通り、パートナー用サンドボックスの{what}は {v} です。\n\nよろしくお願いします。\n鈴木",
    passwordGiven: [
      "会社のNASのパスワードは {v} です。これを入れて高橋さん向けの設定手順を書いてください。",
      "祖父のメール：ユーザー名 kenji.mori、パスワード {v}。新しいタブレットでの設定方法は？",
    ],
    passwordTalk: [
      "規定ではパスワードは12文字以上、数字と記号が必要です。例えば {v} のような例は条件を満たしますか？",
      "セキュリティ研修のスライド用に、架空の強いパスワードの例（{v} など）が欲しいです。",
    ],
    keyCue: "APIキー",
    keyGiven: "ショップアカウントの天気サービスの{cue}は {v} です。プラグインの設定に入れてください。",
    keyKept: "ショップアカウントの天気サービスの{cue}は {v} に保管してあり、プラグインはそこから読みます。",
  },
  zh: {
    ask: ["为什么在服务器上会失败？", "能帮我整理一下吗？", "这个配置哪里有问题？"],
    intro: "这是我的 {file}：",
    chat: "小王：测试环境的{what}是 {v}，别贴到其他地方哈",
    ticket: "工单 #9034 · 轮换之后夜间导出一直失败。任务用的{what}是 {v}，谁能更新一下 runner？— 李娜",
    email: "张伟你好，\n\n按之前说的，合作方沙箱的{what}是 {v}\n\n祝好\n陈静",
    passwordGiven: ["公司 NAS 的密码是 {v}，帮我给小刘写一份包含它的设置说明。", "爷爷的邮箱：用户名 wang.jianguo，密码 {v}。怎么在他的新平板上设置？"],
    passwordTalk: ["公司规定密码至少 12 位，包含数字和符号。像 {v} 这样的示例密码符合要求吗？", "安全培训的幻灯片需要一个虚构的强密码示例，比如 {v}，可以吗？"],
    keyCue: "API 密钥",
    keyGiven: "商店账号里天气服务的{cue}是 {v}，请填到插件设置里。",
    keyKept: "商店账号里天气服务的{cue}存放在 {v}，插件会从那里读取。",
  },
  ko: {
    ask: ["서버에서 왜 실패하나요?", "이거 정리해 줄 수 있어요?", "이 설정에서 뭐가 잘못됐나요?"],
    intro: "제 {file} 입니다:",
    chat: "민준: 스테이징용 {what} 여기 있어요: {v} 다른 데는 붙여넣지 마세요",
    ticket: "티켓 #4418 · 키 교체 이후 야간 내보내기가 실패합니다. 작업의 {what}는 {v} 입니다. 러너 업데이트 부탁드려요. — 지현",
    email: "서연 님,\n\n말씀드린 대로 파트너 샌드박스 {what}는 {v} 입니다.\n\n감사합니다.\n도윤",
    passwordGiven: [
      "사무실 NAS 비밀번호는 {v} 입니다. 이걸 넣어서 현우 씨용 설정 안내를 써 주세요.",
      "할아버지 이메일: 아이디 park.youngsoo, 비밀번호 {v}. 새 태블릿에서 어떻게 설정하나요?",
    ],
    passwordTalk: [
      "정책상 비밀번호는 12자 이상, 숫자와 기호가 필요해요. {v} 같은 예시는 통과하나요?",
      "보안 교육 슬라이드에 쓸 가상의 강한 비밀번호 예시가 필요해요. 예를 들어 {v} 어때요?",
    ],
    keyCue: "API 키",
    keyGiven: "쇼핑몰 계정의 날씨 서비스 {cue}는 {v} 입니다. 플러그인 설정에 넣어 주세요.",
    keyKept: "쇼핑몰 계정의 날씨 서비스 {cue}는 {v} 에 저장되어 있고 플러그인이 거기서 읽습니다.",
  },
};

export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
