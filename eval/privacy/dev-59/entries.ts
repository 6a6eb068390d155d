/**
 * dev-59 entries: credentials as people actually paste them — wallet seed phrases, Wi-Fi QR strings and router
 * stickers, alarm / door / gate / garage / safe codes, card PINs and phone unlock codes, security-question answers, 2FA
 * backup codes, TOTP secrets in `otpauth://` URIs, bot tokens, provider keys with a fixed prefix, `.netrc`, Docker
 * `auths`, kubeconfig tokens, `.pgpass`, Basic-auth headers, and passwords after a cue word in nine languages and chat
 * register. Marks: `password` (a password or Wi-Fi key), `credentials` (codes, PINs, seed phrases, security answers,
 * backup codes, TOTP secrets), `api_key`, `jwt`, `connection_string`. Hard negatives use the same words and formats with
 * nothing private: placeholders, public keys, hashes, commit SHAs, UUIDs, vendors' documented test keys, policy and
 * "how do I reset" questions, BIP-39 word-list talk, product copy, revoked or example tokens in docs. `kind` is
 * `<topic>:<category>` or `neg-<topic>:<what>`. Our own invented text; every value is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English: seed phrases
  [
    "en",
    "seed:credentials",
    `I wrote my MetaMask recovery phrase on a napkin, can you check the order makes sense? ⟦credentials|velvet orbit canal giraffe mercy sunset ladder pulse armor hidden cactus bronze⟧`,
  ],
  [
    "en",
    "seed:credentials",
    `my ledger seed is ⟦credentials|tribe absorb window olive crater nephew hobby famous sugar lamp design avocado⟧ — is it safe to keep it in Google Keep?`,
  ],
  [
    "en",
    "seed:credentials",
    `Dad's Trust Wallet words (he asked me to keep them): ⟦credentials|noble garden inside wheat cattle rocket expand silver puzzle blanket ozone voyage⟧`,
  ],
  [
    "en",
    "seed:credentials",
    `24 word backup from my trezor, help me split it into 3 parts for my kids:\n⟦credentials|harvest tunnel globe arrow pencil camera excess jungle ribbon fossil market dolphin survey hammer unique rabbit ticket orange weather silent boring canyon finger lobster⟧`,
  ],
  [
    "en",
    "seed:credentials",
    `Electrum says invalid seed: ⟦credentials|casual frozen people upgrade kitten attack panda mirror ocean verify thumb grace⟧ what did I type wrong`,
  ],
  [
    "en",
    "seed:credentials",
    `mnemonic = "⟦credentials|raven clinic topic buffalo essay vital marble crowd elbow drama spike winter⟧"  # my phantom wallet, script won't derive the right address`,
  ],
  // English: Wi-Fi
  ["en", "wifi:password", `make a printable card for guests from this: WIFI:S:Calloway-Guest;T:WPA;P:⟦password|ginger-Snap-4412⟧;;`],
  ["en", "wifi:password", `Router sticker says\nSSID: BT-7XQ2KP\nWireless key: ⟦password|fN6kcr3PLTgbVq⟧\nhow do I change it to something easier?`],
  ["en", "wifi:password", `text for the Airbnb welcome sheet: wifi is "SeaView_5G", password ⟦password|saltyDog!2024⟧, checkout 11am`],
  ["en", "wifi:password", `our wifi pw is ⟦password|purplemonkey77⟧ lol can you turn that into a QR code`],
  ["en", "wifi:password", `Network: NETGEAR47  Passphrase: ⟦password|quietcanoe512⟧ — why does my printer keep dropping off?`],
  // English: codes, PINs
  ["en", "code:credentials", `note for the dog sitter: side gate code is ⟦credentials|4417#⟧, alarm code ⟦credentials|9023⟧, spare key in the blue pot`],
  ["en", "code:credentials", `the garage keypad code is ⟦credentials|6631⟧ if you get there before us`],
  ["en", "code:credentials", `can you make this into a nice fridge note: house alarm disarm ⟦credentials|2580⟧ then press OFF`],
  ["en", "code:credentials", `Grandma's safe combination is ⟦credentials|34-12-27⟧, how do I open a Sentry dial safe?`],
  ["en", "code:credentials", `my debit card PIN is ⟦credentials|7391⟧ and the ATM keeps rejecting it, could it be blocked?`],
  ["en", "code:credentials", `my son's ipad passcode is ⟦credentials|041216⟧ and screen time is locked, how do I reset it?`],
  ["en", "code:credentials", `lockbox for the cabin keys: ⟦credentials|1982⟧, door code for the building ⟦credentials|*5530⟧`],
  ["en", "code:credentials", `Remind me: my phone unlock pin is ⟦credentials|280719⟧ in case I forget after the surgery`],
  // English: security questions and backup codes
  [
    "en",
    "security-answer:credentials",
    `my bank's security questions, keep these for me: mother's maiden name ⟦credentials|Kowalczyk⟧, first pet ⟦credentials|Biscuit⟧`,
  ],
  [
    "en",
    "security-answer:credentials",
    `For the Apple ID reset it asked the name of my first school, I put ⟦credentials|St Brendan's⟧ — is that why it fails?`,
  ],
  [
    "en",
    "backup-codes:credentials",
    `Google backup codes, store somewhere safe:\n⟦credentials|4829 1735⟧\n⟦credentials|9021 6648⟧\n⟦credentials|3357 0192⟧\n⟦credentials|7710 2846⟧`,
  ],
  [
    "en",
    "backup-codes:credentials",
    `my Discord 2FA backup codes: ⟦credentials|k7xq-2mpa⟧ ⟦credentials|9fdt-wr4e⟧ ⟦credentials|hz3n-c8ub⟧ which one did I already use?`,
  ],
  [
    "en",
    "totp:credentials",
    `Why does my authenticator show the wrong code? otpauth://totp/GitLab:maya.r?secret=⟦credentials|JBXW4ZLHMFZGC3TUEB3GK3TT⟧&issuer=GitLab`,
  ],
  ["en", "totp:credentials", `the setup key Coinbase gave me for 2FA is ⟦credentials|MZXW 6YTB OI4D EMRT GQYT KNRW⟧, can I add it to two phones?`],
  // English: tokens and provider keys
  ["en", "bot-token:api_key", `my telegram bot doesn't answer: bot = telebot.TeleBot("⟦api_key|6183920457:AAHk3vQz9Lm2WnX8cRt5bY7pJd4sEfG1uKo⟧")`],
  [
    "en",
    "bot-token:api_key",
    `discord.py login fails with my token ⟦api_key|MTEyNzQ4OTIwMzE4NTQ2NjM1Mg.GkR2pQ.v9Xw3LmZt8QhN4cYb7JrE2sKdF1aPu6oWiTnMg⟧ improper token passed`,
  ],
  ["en", "provider-key:api_key", `huggingface-cli login with ⟦api_key|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⟧ says invalid token, why?`],
  ["en", "provider-key:api_key", `my .npmrc: //registry.npmjs.org/:_authToken=⟦api_key|npm_8fK2qLm9XzR4tWv7BnC3yHd6JpE1sGaU0oQi⟧ publish still 403`],
  [
    "en",
    "provider-key:api_key",
    `twine upload fails, my ~/.pypirc has password = ⟦api_key|pypi-AgEIcHlwaS5vcmcCJGQ3ZjE5YzU2LWE4YjItNGQ3Ni05ZTBhLTJmNjhjMTQ1YjdlMwACKlszLCJmMmQ⟧`,
  ],
  [
    "en",
    "provider-key:api_key",
    `client = anthropic.Anthropic(api_key="⟦api_key|sk-ant-api03-Xq7LmZ2vRt9KpW4nBc8YhJ3dFs6GaEu1oQiTzN5xMkLbV0rPyCwDe-AbCdEf⟧") gives 401`,
  ],
  ["en", "provider-key:api_key", `OPENAI_API_KEY=⟦api_key|sk-proj-4hT9qLzW2mXv8RkP3nYc7BdJ1fGsE6aUoQiNtM5xKbVrLyCwZp⟧ works in curl but not in my app`],
  ["en", "provider-key:api_key", `sendgrid says forbidden: sg.api_key = "⟦api_key|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⟧"`],
  [
    "en",
    "provider-key:api_key",
    `maps not loading: <script src="https://maps.googleapis.com/maps/api/js?key=⟦api_key|AIzaSyC7kQ2mLz9XvR4tWb8NpH3yJd6FsGaEu1o⟧"></script>`,
  ],
  [
    "en",
    "provider-key:connection_string",
    `Blob upload 403, my setting is ⟦connection_string|DefaultEndpointsProtocol=https;AccountName=stkleinfoto;AccountKey=q8Lm2ZxR9tWv7BnC4yHd6JpE1sGaU0oQiTzN5xMkLbV3rPyCwDfXe2Jh7Kq9LmZ3vT4u8WnB1cYd5Hs6GaE0oQiP==;EndpointSuffix=core.windows.net⟧`,
  ],
  ["en", "provider-key:api_key", `slack webhook bot: SLACK_BOT_TOKEN=⟦api_key|xoxb-2849301756-6629104837261-Qw8Er4Ty7Ui2Op5As9Df3Gh⟧ not_authed error`],
  // English: files and headers
  [
    "en",
    "netrc:password",
    `~/.netrc\nmachine api.heroku.com\n  login ⟦email|dana.k@fastmail.com⟧\n  password ⟦password|7c1f2e9a-44b8-4d1e-a3c5-9b02f6e8d7a1⟧\nheroku still asks me to log in`,
  ],
  [
    "en",
    "docker:credentials",
    `docker push denied, ~/.docker/config.json:\n{"auths": {"ghcr.io": {"auth": "⟦credentials|bWFya3VzLWg6Z2hwX1J0OXFMejJtWHY4S3BXNG5CYzdZaEozZEZzNkdhRXUxbw==⟧"}}}`,
  ],
  [
    "en",
    "kubeconfig:credentials",
    `kubectl says Unauthorized, my kubeconfig user:\nusers:\n- name: ops\n  user:\n    token: ⟦credentials|kq8t2m.z9xvr4lwb8nph3yj⟧`,
  ],
  ["en", "pgpass:password", `psql still prompts me, ~/.pgpass is\ndb.internal.lark.io:5432:billing:etl_user:⟦password|Fern&Copper-913⟧\nand chmod 600`],
  ["en", "basic-auth:credentials", `GET /metrics\nAuthorization: Basic ⟦credentials|Z3JhZmFuYTpQZWJibGUtU3Rvcm0tNjY=⟧\nprometheus gets 401 from this, why`],
  [
    "en",
    "jwt:jwt",
    `my session cookie is token=⟦jwt|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3NzIxIiwiZW1haWwiOiJqLm9rYWZvckBnbWFpbC5jb20iLCJleHAiOjE3OTAwMDAwMDB9.Hq8Lm2ZxR9tWv7BnC4yHd6JpE1sGaU0oQiTzN5xMkLb⟧ can you tell when it expires?`,
  ],
  // English: chat register
  ["en", "chat:password", `hey its me, netflix login is ⟦email|jess.p@gmail.com⟧ and the password is ⟦password|Moonpie#88⟧, dont change it pls`],
  ["en", "chat:password", `new laptop pass: ⟦password|Tulip2019!⟧ (the old one was stolen) — write me a reminder`],
  ["en", "chat:password", `I keep forgetting, my icloud pw = ⟦password|Brixton-Lane-42⟧, what's a better way to remember it?`],
  ["en", "chat:password", `Mum, the Sky Go account: user mark.h1962, pass ⟦password|daisy1962⟧`],
  ["en", "chat:password", `work vpn creds for tomorrow: rpatel / ⟦password|Winter#Kettle7⟧`],
  // Polish
  ["pl", "chat:password", `Hasło do wifi u babci: ⟦password|Pelargonia2023⟧, napisz mi kartkę dla gości`],
  ["pl", "chat:password", `moje hasło do banku to ⟦password|Kasztan!771⟧, czy to wystarczająco silne?`],
  ["pl", "code:credentials", `Kod do bramy: ⟦credentials|2468⟧, kod do alarmu ⟦credentials|1357⟧ — zapisz to ładnie dla kuriera`],
  ["pl", "code:credentials", `PIN do mojej karty to ⟦credentials|5082⟧ i bankomat go nie przyjmuje`],
  [
    "pl",
    "seed:credentials",
    `fraza odzyskiwania mojego portfela: ⟦credentials|apple brave convince defy enrich fatigue glove hurdle ivory junior kidney lemon⟧ czy mogę ją trzymać w telefonie?`,
  ],
  ["pl", "wifi:password", `Naklejka z routera:\nNazwa sieci: Orange_Swiatlowod_9A1C\nKlucz WPA2: ⟦password|x7MkQ2vLp9Rw⟧`],
  // Portuguese (BR)
  ["pt", "chat:password", `a senha do meu email é ⟦password|Jabuticaba#45⟧, como ativo verificação em duas etapas?`],
  ["pt", "chat:password", `senha do wifi da casa da praia: ⟦password|mar_azul_2025⟧, faz um cartão pros convidados`],
  ["pt", "code:credentials", `o código do portão é ⟦credentials|8520⟧ e o do alarme ⟦credentials|0147⟧, avisa a diarista`],
  ["pt", "code:credentials", `minha senha do cartão é ⟦credentials|3916⟧, o caixa eletrônico bloqueou depois de 3 tentativas?`],
  [
    "pt",
    "seed:credentials",
    `frase de recuperação da minha carteira: ⟦credentials|monkey pilot garage sorry chair feature wagon sponsor detail rival obey timber⟧ guardei certo?`,
  ],
  ["pt", "bot-token:api_key", `meu bot do telegram não responde, token: ⟦api_key|7029384156:AAFz8Qm2LxR9tWv7BnC4yHd6JpE1sGaU0oQ⟧`],
  // Turkish
  ["tr", "chat:password", `Modem şifresi ⟦password|Lale1923!ist⟧, misafirler için bir not yazar mısın?`],
  ["tr", "chat:password", `e-devlet şifrem ⟦password|Kartal.5861⟧ ama giriş yapamıyorum`],
  ["tr", "code:credentials", `Kartımın şifresi ⟦credentials|4702⟧, ATM kartı yuttu ne yapmalıyım?`],
  ["tr", "code:credentials", `apartman kapı kodu ⟦credentials|1905⟧, kuryeye iletir misin`],
  [
    "tr",
    "seed:credentials",
    `cüzdan kurtarma kelimelerim: ⟦credentials|tiger absent bubble crane dwarf evoke flock genius humble infant jazz kiwi⟧ doğru sırada mı?`,
  ],
  ["tr", "wifi:password", `WIFI:T:WPA;S:TurkTelekom_TP4E2;P:⟦password|bogazici8842⟧;; bu QR neden okunmuyor?`],
  // Indonesian
  ["id", "chat:password", `kata sandi wifi kantor: ⟦password|Rendang#Padang77⟧, tolong buatkan pengumuman`],
  ["id", "chat:password", `password email aku ⟦password|melati_putih99⟧, kenapa selalu gagal login?`],
  ["id", "code:credentials", `PIN ATM saya ⟦credentials|6028⟧, apakah aman kalau saya simpan di catatan HP?`],
  ["id", "code:credentials", `kode pagar rumah ⟦credentials|3311⟧, kode alarm ⟦credentials|7788⟧, titip ke ART ya`],
  [
    "id",
    "seed:credentials",
    `frasa pemulihan dompet saya: ⟦credentials|bamboo cherry donkey eager fiscal goose hover island jelly kitchen lunar mango⟧ apakah urutannya benar?`,
  ],
  ["id", "provider-key:api_key", `kenapa error 401? GOOGLE_MAPS_KEY=⟦api_key|AIzaSyDm4Qx8LzR2tWv7BnC9yHd6JpE1sGaU3oQ⟧`],
  // Vietnamese
  ["vi", "chat:password", `mật khẩu wifi nhà mình là ⟦password|hoaphuong2024⟧, viết giúp tấm thiệp cho khách nhé`],
  ["vi", "chat:password", `Mật khẩu Facebook của tôi là ⟦password|Saigon@1975x⟧, làm sao bật xác thực hai lớp?`],
  ["vi", "code:credentials", `mã PIN thẻ ngân hàng của mẹ là ⟦credentials|2604⟧, mẹ quên rồi nhờ mình giữ`],
  ["vi", "code:credentials", `mã cửa chung cư là ⟦credentials|5491⟧, báo shipper giúp mình`],
  [
    "vi",
    "seed:credentials",
    `cụm từ khôi phục ví của tôi: ⟦credentials|oyster pencil quantum rescue salmon tennis umbrella valve walnut young zebra anchor⟧ có an toàn không?`,
  ],
  // Hindi / Hinglish
  ["hi", "chat:password", `mera gmail ka password hai ⟦password|Chandni@2011⟧, recovery email kaise badlu?`],
  ["hi", "chat:password", `मेरा नेटबैंकिंग पासवर्ड ⟦password|Suraj#4490⟧ है, क्या यह सुरक्षित है?`],
  ["hi", "code:credentials", `ATM pin ⟦credentials|8813⟧ hai papa ka, unko yaad nahi rehta, note bana do`],
  ["hi", "wifi:password", `wifi ka password ⟦password|sharmaji_5G_123⟧ hai, guests ke liye card bana do`],
  ["hi", "code:credentials", `ghar ke main gate ka code ⟦credentials|4040⟧ hai, delivery boy ko bata dena`],
  // Spanish
  ["es", "chat:password", `mi contraseña del correo es ⟦password|Alfajor.2022⟧, ¿cómo activo la verificación en dos pasos?`],
  ["es", "chat:password", `contraseña del wifi: ⟦password|PatioAndaluz_7⟧, hazme un cartelito para el piso`],
  ["es", "code:credentials", `el código de la alarma es ⟦credentials|6402⟧ y el del portal ⟦credentials|1199⟧, pásaselo a la canguro`],
  ["es", "code:credentials", `el PIN de mi tarjeta es ⟦credentials|2731⟧ y el cajero dice incorrecto`],
  [
    "es",
    "seed:credentials",
    `frase semilla de mi billetera: ⟦credentials|galaxy hockey iron jaguar kingdom lottery maximum noodle orbit pyramid quarter rhythm⟧ ¿la guardo en Drive?`,
  ],
  ["es", "provider-key:api_key", `me da 401: SENDGRID_API_KEY=⟦api_key|SG.Pq7Lm2ZxR9tWv3BnC4yHd6.JpE1sGaU0oQiTzN5xMkLbV8rPyCwDfXe2Jh7Kq9Lm⟧`],
  // German
  ["de", "chat:password", `Mein Kennwort fürs Onlinebanking ist ⟦password|Eichhörnchen!58⟧, ist das sicher genug?`],
  ["de", "chat:password", `Passwort vom Router: ⟦password|Schwalbe-Ahorn-31⟧ — schreib mir einen Zettel für die Gäste`],
  ["de", "code:credentials", `Der Code für den Tresor im Büro ist ⟦credentials|748291⟧, wie ändere ich den?`],
  ["de", "code:credentials", `Meine EC-Karten-PIN ist ⟦credentials|3608⟧, der Automat sagt falsche PIN`],
  ["de", "code:credentials", `Torcode Garage ⟦credentials|5917⟧, Alarmanlage ⟦credentials|2244⟧, bitte für den Nachbarn aufschreiben`],
  [
    "de",
    "seed:credentials",
    `Wiederherstellungsphrase meiner Wallet: ⟦credentials|cotton desert eternal fabric gravity honey income jewel kangaroo lawn method nature⟧ stimmt die Reihenfolge?`,
  ],
  ["de", "wifi:password", `WLAN-Schlüssel von der Fritzbox-Karte: ⟦password|4471 9920 3385 1067 5523⟧, wie tippe ich das am Fernseher ein?`],
  [
    "en",
    "docker:credentials",
    `why does docker login keep failing? config.json has "auths": { "registry.gitlab.com": { "auth": "⟦credentials|cm9iaW4ubTpnbHBhdC1Ycjd2S3EyTHo5bVd0NG5CYzg=⟧" } }`,
  ],
  ["en", "netrc:password", `my .netrc for the NAS backups: machine nas.home login backup password ⟦password|Heron!Quay-208⟧ — curl -n still asks`],
  ["en", "pgpass:password", `.pgpass line: localhost:5432:*:postgres:⟦password|Plum#Orchard-55⟧ why is it ignored on Windows?`],
  [
    "en",
    "kubeconfig:credentials",
    `here's the kubeconfig the contractor sent:
    user:
      token: ⟦credentials|sha256~Xq7LmZ2vRt9KpW4nBc8YhJ3dFs6GaEu1oQiTzN5xMk⟧
forbidden on every namespace`,
  ],
  [
    "en",
    "jwt:jwt",
    `Bearer ⟦jwt|eyJhbGciOiJSUzI1NiIsImtpZCI6IjRmMiJ9.eyJzdWIiOiJ1c2VyXzg4MjEiLCJyb2xlIjoiYWRtaW4iLCJleHAiOjE3OTkwMDAwMDB9.Zk2mLq9XvR4tWb8NpH3yJd6FsGaEu1oQiTzN5xMkLbV7rPyCw⟧ — my API says invalid signature`,
  ],
  ["en", "basic-auth:credentials", `curl -H "Authorization: Basic ⟦credentials|amFuYS5rOkx5bngtUml2ZXItNzc=⟧" https://grafana.home.lan/api/health returns 401`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English: placeholders and docs
  ["en", "neg-placeholder:docs", `In the README, set TELEGRAM_TOKEN=<YOUR_TOKEN> and run npm start. Where do I get the token?`],
  ["en", "neg-placeholder:docs", `docker-compose: POSTGRES_PASSWORD: \${DB_PASSWORD} — how do I pass it from .env?`],
  ["en", "neg-placeholder:docs", `| variable | default |\n| ADMIN_PASSWORD | changeme |\n| API_KEY | xxxx |\nwhat should this table say about rotating them?`],
  ["en", "neg-placeholder:docs", `the tutorial shows api_key="sk-..." — do I put my whole key there or just the part after sk-?`],
  [
    "en",
    "neg-placeholder:docs",
    `Template for the .netrc: machine example.com login USERNAME password PASSWORD — what are the file permissions supposed to be?`,
  ],
  ["en", "neg-placeholder:docs", `WIFI:S:<ssid>;T:WPA;P:<password>;; what does each field mean in the QR format?`],
  ["en", "neg-placeholder:docs", `Our docs say: Authorization: Basic <base64(user:pass)>. Is Basic auth OK over HTTPS?`],
  ["en", "neg-placeholder:docs", `kubeconfig sample from the docs has token: REDACTED — where does the real one come from?`],
  // English: public keys, hashes, ids
  [
    "en",
    "neg-public:key",
    `add this to authorized_keys on the server? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8q2mLz9XvR4tWb8NpH3yJd6FsGaEu1oQiTzN5xMkL ana@laptop`,
  ],
  [
    "en",
    "neg-public:key",
    `-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBGRk8QYBEAC7q2mLz9XvR4tWb8NpH3yJd6FsGaEu1oQiTzN5xMkLbV\n-----END PGP PUBLIC KEY BLOCK-----\nhow do I import this in Thunderbird?`,
  ],
  ["en", "neg-hash:checksum", `sha256 of the installer is 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b, does it match the website?`],
  ["en", "neg-hash:checksum", `stored hash in the db: $2b$12$KIXQJ9pQ1l3u4X0v8nYpLe7sZkR2mVb6cTqW1aFdGhJ9oNzxYuEiK — is bcrypt cost 12 enough?`],
  ["en", "neg-hash:commit", `revert commit 9f3c1e87b2d4f60c5e1a7b93d2f8e44a1b2c3d4e please, it broke the login page`],
  ["en", "neg-hash:uuid", `request id 7c1f2e9a-44b8-4d1e-a3c5-9b02f6e8d7a1 keeps failing in the logs, what does a 499 mean?`],
  ["en", "neg-hash:checksum", `md5 d41d8cd98f00b204e9800998ecf8427e means an empty file right?`],
  // English: documented test keys and revoked tokens
  ["en", "neg-test:vendor", `Stripe docs test key sk_test_4eC39HqLyjWDarjtT1zdp7dc works but my charges don't show in the dashboard`],
  [
    "en",
    "neg-test:vendor",
    `the JWT from jwt.io's example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — which part is the signature?`,
  ],
  ["en", "neg-test:vendor", `AWS docs use AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, why do they have EXAMPLE in them?`],
  ["en", "neg-test:vendor", `RFC 6238 test secret 12345678901234567890 gives 94287082 at time 59 — is my implementation right if I get that?`],
  ["en", "neg-test:vendor", `the RFC 7617 example Authorization: Basic dGVzdDoxMjPCow== decodes to test:123£, why the odd char?`],
  [
    "en",
    "neg-revoked:docs",
    `In our incident write-up: the leaked token was revoked on 3 March and replaced; we now scan commits with gitleaks. Is that enough?`,
  ],
  ["en", "neg-revoked:docs", `Telegram bot tokens look like 123456789:AA followed by 33 characters — how do I validate the format in a regex?`],
  ["en", "neg-revoked:docs", `what's the difference between xoxb and xoxp Slack tokens?`],
  ["en", "neg-revoked:docs", `Hugging Face tokens start with hf_ — are read tokens enough to download gated models?`],
  // English: policy, reset questions
  ["en", "neg-policy:question", `how do I reset my bank card PIN if I forgot it?`],
  [
    "en",
    "neg-policy:question",
    `company password policy: at least 14 characters, no reuse of the last 5, rotate every 90 days. Is rotation still recommended?`,
  ],
  ["en", "neg-policy:question", `is a 4 digit phone PIN really less secure than a 6 digit one?`],
  ["en", "neg-policy:question", `How do I change the alarm code on a Yale Sync keypad?`],
  ["en", "neg-policy:question", `What should I pick as security question answers so they can't be guessed from Facebook?`],
  ["en", "neg-policy:question", `Where do I find the Wi-Fi password on a Windows 11 laptop that's already connected?`],
  ["en", "neg-policy:question", `I lost my Google Authenticator phone, how do I use my backup codes?`],
  ["en", "neg-policy:question", `the default router password is printed on the sticker — should I change it and how?`],
  // English: BIP-39 talk, product copy
  ["en", "neg-bip39:talk", `why does the BIP-39 list have 2048 words, and is "abandon" really the first one?`],
  ["en", "neg-bip39:talk", `is a 12 word seed phrase less secure than 24 words? Explain the entropy.`],
  [
    "en",
    "neg-bip39:talk",
    `the test vector "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about" is in every wallet's docs, why is it valid?`,
  ],
  ["en", "neg-bip39:talk", `Write a short story where the hero hides her seed phrase inside a poem about the sea.`],
  ["en", "neg-product:copy", `Product description: smart lock with a 4-6 digit door code, fingerprint reader and auto-lock. Make it punchier.`],
  ["en", "neg-product:copy", `write an ad for our gate keypad: up to 50 user codes, one-time codes for deliveries, works offline`],
  ["en", "neg-product:copy", `Compare safes with a digital keypad vs a dial combination for a small shop`],
  ["en", "neg-product:copy", `our router's new sticker design lists SSID and WPA key on the bottom — draft the text that explains it to customers`],
  ["en", "neg-misc:words", `My password manager says my vault has 312 passwords, 14 reused. How do I fix the reused ones fastest?`],
  ["en", "neg-misc:words", `The escape room's final lock needs a 4 digit code from the clues: 1, 1, 2, 3, 5... any idea?`],
  ["en", "neg-misc:words", `Wordle-style game idea: guess the 12 secret words in order. Name for it?`],
  ["en", "neg-misc:words", `in the movie the vault code was 0451, is that a reference to Deus Ex?`],
  // Polish
  ["pl", "neg-policy:question", `Jak zmienić hasło do wifi w routerze Orange Funbox?`],
  ["pl", "neg-policy:question", `Zapomniałem PIN-u do karty, jak go zresetować w aplikacji banku?`],
  ["pl", "neg-placeholder:docs", `W instrukcji jest hasło: TWOJE_HASŁO — co tam wpisać przy pierwszym logowaniu?`],
  ["pl", "neg-bip39:talk", `Ile słów ma fraza odzyskiwania w portfelu i czy może być po polsku?`],
  ["pl", "neg-product:copy", `Napisz opis produktu: zamek szyfrowy do drzwi, kod 4–8 cyfr, karta zbliżeniowa`],
  // Portuguese
  ["pt", "neg-policy:question", `como trocar a senha do cartão no app do banco?`],
  ["pt", "neg-policy:question", `qual o tamanho mínimo de senha que o gov.br exige?`],
  ["pt", "neg-placeholder:docs", `no tutorial aparece senha=SUA_SENHA_AQUI, devo colocar entre aspas?`],
  ["pt", "neg-bip39:talk", `o que é uma frase de recuperação de 24 palavras e por que não posso tirar foto dela?`],
  ["pt", "neg-product:copy", `descrição para fechadura digital com senha numérica e biometria, deixa mais vendedora`],
  // Turkish
  ["tr", "neg-policy:question", `Modem şifresi nasıl değiştirilir, Türk Telekom arayüzü?`],
  ["tr", "neg-policy:question", `Kart şifremi unuttum, yeni şifre nasıl alınır?`],
  ["tr", "neg-placeholder:docs", `Belgede şifre: ******** yazıyor, gerçek şifreyi nereden bulurum?`],
  ["tr", "neg-bip39:talk", `Kurtarma kelimeleri neden İngilizce, Türkçe liste var mı?`],
  ["tr", "neg-product:copy", `Şifreli kasa için ürün açıklaması yaz: 6 haneli kod, acil durum anahtarı`],
  // Indonesian
  ["id", "neg-policy:question", `bagaimana cara mengganti kata sandi wifi IndiHome?`],
  ["id", "neg-policy:question", `lupa PIN ATM, harus ke cabang atau bisa lewat aplikasi?`],
  ["id", "neg-placeholder:docs", `di dokumentasi tertulis API_KEY=isi_dengan_key_anda, maksudnya bagaimana?`],
  ["id", "neg-bip39:talk", `apa itu frasa pemulihan 12 kata dan kenapa tidak boleh dibagikan?`],
  ["id", "neg-product:copy", `buat deskripsi produk kunci pintu digital dengan kode PIN dan kartu akses`],
  // Vietnamese
  ["vi", "neg-policy:question", `làm sao đổi mật khẩu wifi của modem Viettel?`],
  ["vi", "neg-policy:question", `quên mã PIN thẻ ATM thì phải làm gì?`],
  ["vi", "neg-placeholder:docs", `trong hướng dẫn ghi mật khẩu: <mat_khau_cua_ban>, tôi điền thế nào?`],
  ["vi", "neg-bip39:talk", `cụm từ khôi phục 12 từ là gì, có nên lưu trên điện thoại không?`],
  ["vi", "neg-product:copy", `viết mô tả sản phẩm khóa cửa vân tay có mã số và thẻ từ`],
  // Hindi / Hinglish
  ["hi", "neg-policy:question", `ATM pin bhool gaya, naya pin kaise generate karu?`],
  ["hi", "neg-policy:question", `strong password kaise banate hain? koi tips do`],
  ["hi", "neg-placeholder:docs", `config mein password: "your_password_here" likha hai, kya badalna hai?`],
  ["hi", "neg-bip39:talk", `seed phrase kya hota hai aur 12 words hi kyun?`],
  ["hi", "neg-product:copy", `digital door lock ka product description likho, PIN code aur fingerprint dono ke saath`],
  // Spanish
  ["es", "neg-policy:question", `¿cómo cambio la contraseña del wifi del router de Movistar?`],
  ["es", "neg-policy:question", `olvidé el PIN de la tarjeta, ¿cómo lo recupero desde la app?`],
  ["es", "neg-placeholder:docs", `la plantilla dice DB_PASSWORD=cambiar_esto, ¿hace falta comillas?`],
  ["es", "neg-bip39:talk", `¿existe la lista BIP-39 en español? ¿se puede usar en cualquier billetera?`],
  ["es", "neg-product:copy", `texto para una caja fuerte con teclado: código de 6 dígitos, llave de emergencia`],
  // German
  ["de", "neg-policy:question", `Wie ändere ich das WLAN-Kennwort an meiner Fritzbox?`],
  ["de", "neg-policy:question", `PIN der Girocard vergessen – wie bekomme ich eine neue?`],
  ["de", "neg-placeholder:docs", `In der Doku steht Passwort: <IHR_PASSWORT> — muss ich die spitzen Klammern mit eingeben?`],
  ["de", "neg-bip39:talk", `Gibt es die BIP-39-Wortliste auch auf Deutsch, und ist das sinnvoll?`],
  ["de", "neg-product:copy", `Produkttext für ein Garagentor-Codeschloss: bis 20 Codes, Funk, wetterfest`],
  ["de", "neg-hash:uuid", `Die Geräte-ID 3f2b8c1e-9d4a-4e7b-8a6c-1f0e2d3c4b5a taucht zweimal auf – ist das ein Fehler?`],
  ["en", "neg-hash:commit", `git bisect says the first bad commit is 4e1a9c0d7b3f2a5e8c6d1b0f9a7e3c2d5b8f1a4e, how do I see its diff?`],
  ["en", "neg-public:key", `GitHub shows my key fingerprint SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 — is that the public or private part?`],
  ["en", "neg-revoked:docs", `Our runbook: if a PyPI token (pypi-…) leaks, delete it in account settings and create a project-scoped one. Anything missing?`],
  ["en", "neg-placeholder:docs", `the Azure sample has AccountKey=<storage-account-key> in the connection string — where in the portal is that key?`],
];
