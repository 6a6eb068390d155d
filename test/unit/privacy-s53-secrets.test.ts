import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { crc32, prefixedTokenChecksumValid } from "../../src/privacy/checksums.js";

/**
 * Session 53 (issue #15, dev-93): credentials in the formats and files where they leak. Every token is random and every
 * person invented; the documented examples are the vendors' own.
 */

/** A GitHub-format token with a valid CRC32 (`prefix_` + 30 base62 + 6 base62 of their CRC32). */
function checksummed(prefix: string, body: string): string {
  const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  let value = crc32(body);
  let encoded = "";
  for (; value > 0; value = Math.floor(value / 62)) encoded = digits[value % 62]! + encoded;
  return `${prefix}_${body}${encoded.padStart(6, "0")}`;
}

describe("checksummed GitHub and npm tokens", () => {
  const ghp = checksummed("ghp", "eTaY7sPpAqJTQReVPqv5b00dXL9iR3");
  const npm = checksummed("npm", "Qw8Lm2Zr9Kx3Tq7Vb6Jc1TyHx8Jq2L");

  it("validates the CRC32 of the 30 random characters", () => {
    expect(crc32("123456789")).toBe(0xcbf43926);
    expect(prefixedTokenChecksumValid(ghp)).toBe(true);
    expect(prefixedTokenChecksumValid(npm)).toBe(true);
    expect(prefixedTokenChecksumValid(`${ghp.slice(0, -1)}x`)).toBe(false);
  });

  it("finds a checksummed token glued to the text before it", () => {
    expect(found(`curl "https://api.github.com/user?access_token=x${ghp}"`)).toContain(`api_key:${ghp}`);
    expect(found(`authToken:${npm}`)).toContain(`api_key:${npm}`);
  });
});

describe("passwords on command lines", () => {
  it.each([
    ['mongosh "mongodb://10.0.3.7:27017/admin" -u root -p K7vQ2mZr9Lx', "password:K7vQ2mZr9Lx"],
    ['mongodump --uri "mongodb://10.0.3.7:27017" -u backup -p Zq8#kLm2Rt', "password:Zq8#kLm2Rt"],
    ["smbclient //fs01/finance -U jdoe%Rv9kLm2Qz", "password:Rv9kLm2Qz"],
    ["smbclient //nas/backup --user=svc_backup%Tq9wLm2Zr8Kx -c 'ls'", "password:Tq9wLm2Zr8Kx"],
    ["net use X: \\\\srv02\\projects Gh7tRk2mZq /user:CORP\\mkowalski", "password:Gh7tRk2mZq"],
    ["net use Z: \\\\fs01\\share /user:ACME\\jdoe x34n=BHfxAeg5", "password:x34n=BHfxAeg5"],
    ["echo 'L333wJZC_PQOQbg-e*' | sudo -S systemctl restart nginx", "password:L333wJZC_PQOQbg-e*"],
    ["printf 'Lm3#qPw9Zt8k' | sudo -S reboot", "password:Lm3#qPw9Zt8k"],
    ["keytool -importkeystore -srckeystore a.p12 -storepass Tq9wLm2Zr8Kx -keypass Tq9wLm2Zr8Ky", "password:Tq9wLm2Zr8Ky"],
    ['sqlcmd -S db01 -U sa -P Tq9wLm2Zr8Kx -Q "SELECT 1"', "password:Tq9wLm2Zr8Kx"],
    ["docker login -u ana -p Tq9wLm2Zr8Kx ghcr.io", "password:Tq9wLm2Zr8Kx"],
    ["podman login --password=Tq9wLm2Zr8Kx -u ci quay.io", "password:Tq9wLm2Zr8Kx"],
    ['$cred = New-Object PSCredential("ana", (ConvertTo-SecureString "Tq9wLm2Zr8Kx" -AsPlainText -Force))', "password:Tq9wLm2Zr8Kx"],
    ["vault login s.Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1", "api_key:s.Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1"],
    ["npm config set //registry.npmjs.org/:_authToken 7f2c1a9e-3b4d-4e5f-8a6b-9c0d1e2f3a4b", "api_key:7f2c1a9e-3b4d-4e5f-8a6b-9c0d1e2f3a4b"],
    ["requirepass Tq9wLm2Zr8Kx", "password:Tq9wLm2Zr8Kx"],
    ["GRANT ALL ON shop.* TO 'app'@'%' IDENTIFIED BY 'Tq9wLm2Zr8Kx';", "password:Tq9wLm2Zr8Kx"],
    ['ldapsearch -x -D "cn=admin,dc=acme,dc=lan" -w Tq9wLm2Zr8Kx -b "dc=acme,dc=lan"', "password:Tq9wLm2Zr8Kx"],
    ["zip -P Tq9wLm2Zr8Kx secret.zip report.pdf", "password:Tq9wLm2Zr8Kx"],
    ["7z a -pTq9wLm2Zr8Kx archive.7z docs/", "password:Tq9wLm2Zr8Kx"],
    ["openssl enc -aes-256-cbc -k Tq9wLm2Zr8Kx -in a.txt", "password:Tq9wLm2Zr8Kx"],
    ["oc login -u developer -p Tq9wLm2Zr8Kx https://api.crc.testing:6443", "password:Tq9wLm2Zr8Kx"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    'mongosh "mongodb://10.0.3.7:27017/admin" -u root -p --authenticationDatabase admin',
    "mongosh -u root -p $MONGO_PASSWORD",
    "echo yes | sudo -S apt-get install nginx",
    'echo "$SUDO_PASS" | sudo -S systemctl restart nginx',
    "smbclient //fs01/finance -U jdoe%",
    "net use Z: \\\\fs01\\share /user:ACME\\jdoe *",
    "net use Z: \\\\fs01\\share /persistent:yes",
    "keytool -list -keystore a.jks -storepass:env KEYSTORE_PASS",
    'sqlcmd -S db01 -E -Q "SELECT 1"',
    "cat token.txt | docker login -u ci --password-stdin ghcr.io",
    "vault login -method=userpass username=ana",
    "npm config set //registry.npmjs.org/:_authToken ${NPM_TOKEN}",
    "requirepass foobared",
    "# requirepass <your-password>",
    "GRANT ALL ON shop.* TO 'app'@'%' IDENTIFIED BY PASSWORD '*2470C0C06DEE42FD1618BB99005ADCA2EC9D1E19';",
    'ldapsearch -x -W -D "cn=admin,dc=acme,dc=lan"',
    "zip -r -P $ZIP_PASS out.zip dir/",
    "7z x -p archive.7z",
    "openssl enc -aes-256-cbc -k $KEY -in a.txt",
  ])("no value: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("Azure shared access signatures", () => {
  it("finds the sig of a SAS URL or connection string", () => {
    const sig = "Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5%2Bab%3D";
    expect(found(`https://acme.blob.core.windows.net/logs?sv=2022-11-02&ss=b&sp=rl&se=2026-12-31&sig=${sig}`)).toContain(`api_key:${sig}`);
    expect(found(`SharedAccessSignature=sv=2021-06-08&ss=bf&srt=o&sp=r&sig=${sig}`)).toContain(`api_key:${sig}`);
  });

  it("not a placeholder, nor a sig without a SAS version", () => {
    expect(found("https://acme.blob.core.windows.net/logs?sv=2022-11-02&ss=b&sig=<signature>")).toEqual([]);
    expect(found("see ?page=2&sig=Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1 in the old forum thread")).toEqual([]);
  });
});

describe("keys after a cue word, any language", () => {
  it.each([
    ["Das Zugangstoken lautet Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["Il token di accesso è Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5, mettilo nel .env", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["访问令牌：Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5，请帮我配置。", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["액세스 토큰: Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["Токен бота: 7Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:7Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    // a long name before the copula; Mailchimp's data-centre suffix; a UUID-shaped key
    ["The API key for the weather service on the shop account is Wudf7taZIujJjWzkR54H8VaqUdxF", "api_key:Wudf7taZIujJjWzkR54H8VaqUdxF"],
    ["Der API-Schlüssel für den Wetterdienst im Shop-Konto lautet 50a4219f6755704ffd2c80986b9a9842-us6", "api_key:50a4219f6755704ffd2c80986b9a9842-us6"],
    ["Our Heroku API key is 3f6c2b1a-8d4e-4f7a-9b2c-1e5d7a9c3b8f, can you add it?", "api_key:3f6c2b1a-8d4e-4f7a-9b2c-1e5d7a9c3b8f"],
    ["La clé API du service météo est 767e100e-4932-4282-a098-730f944a86d2", "api_key:767e100e-4932-4282-a098-730f944a86d2"],
    ["kunci API: Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["API-nyckel: Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["code d'accès du portail : Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    // password words and login words of more languages
    ["lozinka za wifi je Tq9wLm2Zr8Kx", "password:Tq9wLm2Zr8Kx"],
    ["parool on Tq9wLm2Zr8Kx", "password:Tq9wLm2Zr8Kx"],
    ["credenciales: ana.silva / Tq9wLm2Zr8Kx", "password:Tq9wLm2Zr8Kx"],
    ["As credenciais do portal: joao.m / Lua#Cheia2024", "password:Lua#Cheia2024"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    "The API key ID is 9a85b5b0-92d8-43ce-ad12-a1cfb83a3440, the key itself is in Vault.",
    "API key: 550e8400-e29b-41d4-a716-446655440000 (the example from the docs)",
    "The request id for the failed API key call was 9a85b5b0-92d8-43ce-ad12-a1cfb83a3440",
    "トークン数は 4096 です。",
    "令牌桶算法的容量是 1000。",
    "The token for the weather service on the shop account is stored in vault:secret/weather",
    "Le credenziali sono in Vault / non qui",
    "lozinka mora imati najmanje 12 znakova",
  ])("no key: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("a bare key, secret or token word", () => {
  it.each([
    "here's the key for the staging box: Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5",
    "the secret is Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5",
    "Schlüssel für den Server: Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5",
    "la chiave del server è Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5",
  ])("%s", (text) => {
    expect(found(text)).toContain("api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5");
  });

  it.each([
    "Public key: MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo",
    "my key: AAAAC3NzaC1lZDI1NTE5AAAAIGh5Tq9wLm2Zr8KxHx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw",
    "cache key: user1234ProfileV2Settings",
    "The key ID is Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5",
    "Commit: the key change is in 4f9c2a1b8e7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f",
    "The token limit is 128000 tokens per request.",
    "The secret to good bread is time.",
  ])("not a secret: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("subscript assignments", () => {
  it.each([
    ['os.environ["AWS_SECRET_ACCESS_KEY"] = "F8gRJLBq9FvgJU+oQxbns7Lgp4bMRJuq9s4e3FOk"', "api_key:F8gRJLBq9FvgJU+oQxbns7Lgp4bMRJuq9s4e3FOk"],
    ["config['openai_api_key'] = 'Xy9Tq2Lm8Nz4Pw7Rk3Vb6Jc1'", "api_key:Xy9Tq2Lm8Nz4Pw7Rk3Vb6Jc1"],
    ["ENV['STRIPE_SECRET'] = 'Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1Ty'", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1Ty"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each([
    'os.environ["GITHUB_TOKEN"] = os.environ.get("GH_TOKEN")',
    "config['api_key'] = get_secret('weather')",
    "ENV['SECRET_KEY_BASE'] = ENV.fetch('SECRET_KEY_BASE')",
  ])("a reference: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("connection strings and the addresses in them", () => {
  it("a random letters-only password is no placeholder", () => {
    expect(found("uri: mongodb+srv://deploy:kAELbLYsLAYeqJvE@cluster0.eqtgo.mongodb.net/shop")).toEqual([
      "connection_string:mongodb+srv://deploy:kAELbLYsLAYeqJvE@cluster0.eqtgo.mongodb.net/shop",
    ]);
    expect(found("REDIS_URL=redis://default:kAELbLYsLAYeqJvEwqP@cache.internal.lan:6379")).toEqual([
      "connection_string:redis://default:kAELbLYsLAYeqJvEwqP@cache.internal.lan:6379",
    ]);
  });

  it.each([
    "postgres://postgres:postgres@localhost:5432/app",
    "postgresql://app:SuperSecretPassword@db.internal.lan/orders",
    "Clone with git@github.com:acme/shop-api.git and run make.",
    "rsync -av dist/ deploy@build-01.internal.lan:~/releases/",
    "Service account: etl@acme-analytics.iam.gserviceaccount.com needs the BigQuery role.",
  ])("no address or credential: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a mailbox before a colon is still one", () => {
    expect(found("Write to ana.ferreira@gmail.com: she answers on Mondays.")).toContain("email:ana.ferreira@gmail.com");
  });
});

describe("documented examples and made-up passwords", () => {
  it("jwt.io's sample token in a bearer header", () => {
    const sample =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    expect(found(`authorization: Bearer ${sample}`)).toEqual([]);
  });

  it.each([
    "Para a apresentação quero uma senha de exemplo, tipo Girassol#2024azul, que pareça forte.",
    "演示用的密码示例，像 Sonnenblume!47wiese 这样的可以吗？",
    "研修用に、パスワードの例（Kirschblüte!58 など）を作ってください。",
    "교육 자료에 Haneul#2024bada 같은 예시 비밀번호를 넣어도 될까요?",
  ])("an example: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["Mi contraseña del NAS de la oficina es Falcon!42river, apúntala para Andrés.", "password:Falcon!42river"],
    ["会社のNASのパスワードは Sakura%2837otono です。", "password:Sakura%2837otono"],
    ["할아버지 이메일 비밀번호 Garnet*810birke 입니다.", "password:Garnet*810birke"],
  ])("still a password: %s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("probes left open in session 53, closed in session 54 (siblings: privacy-s54-probes-secrets.test.ts)", () => {
  it("a Japanese colloquial 'パス' (pass) before the value", () => {
    expect(found("パスは Tq9wLm2Zr8Kx だよ")).toContain("password:Tq9wLm2Zr8Kx");
  });
  it("a one-case hex auth token right after its name, no colon", () => {
    expect(found("TWILIO: SID AC4f9c2a1b8e7d6c5f4a3b2c1d0e9f8a7b, auth token 6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f")).toContain(
      "api_key:6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f",
    );
  });
  it("a user / password pair after a CJK account word", () => {
    expect(found("アカウント: ana.silva / Tq9wLm2Zr8Kx")).toContain("password:Tq9wLm2Zr8Kx");
  });
});
