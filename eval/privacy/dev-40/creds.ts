/** Development set 40, identity-provider and credential-store formats (SAML, OIDC, SCIM, LDIF, shadow/.netrc, password-manager exports). Marks: ⟦category|value⟧. */
import type { MarkedEntry } from "../marked-prompts.js";
import { card } from "./ids.js";

const AMEX = card("37428613309217");

export const CREDS: MarkedEntry[] = [
  [
    "en",
    "credentials:saml-assertion:xml",
    `The SP keeps saying "NameID format mismatch". Here is the decoded assertion from SAML-tracer:

<saml:Assertion ID="_8e8dc5f69a98cc4c1ff3427e5ce34606fd672f91e6" IssueInstant="2026-12-01T09:14:22Z">
  <saml:Issuer>https://sts.windows.net/4f1c9a2e-7b3d-4e55-9d21-3a8c0f6b9e12/</saml:Issuer>
  <saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">⟦email|r.achterhof@brightwell-logistics.nl⟧</saml:NameID></saml:Subject>
  <saml:AttributeStatement>
    <saml:Attribute Name="employeeNumber"><saml:AttributeValue>004471</saml:AttributeValue></saml:Attribute>
    <saml:Attribute Name="mobile"><saml:AttributeValue>⟦phone|+31 6 41 87 22 90⟧</saml:AttributeValue></saml:Attribute>
  </saml:AttributeStatement>
</saml:Assertion>`,
  ],
  [
    "en",
    "neg-credentials:saml-assertion:xml",
    `From the OASIS SAML 2.0 technical overview example. What's the difference between the transient and persistent NameID formats?
<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">3f7b3dcf-1674-4ecd-92c8-1544f346baf8</saml:NameID></saml:Subject>
<saml:AttributeStatement><saml:Attribute Name="mail"><saml:AttributeValue>jdoe@example.com</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`,
  ],
  [
    "en",
    "credentials:oidc-claims:json",
    `jwt.io shows these claims for the id_token our mobile app gets from Cognito. Why is phone_number_verified false?

{
  "sub": "b4a1e7c2-93f0-4d2e-8b61-0f9d1c2a7e55",
  "iss": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Xk29LmQ1T",
  "email": "⟦email|tamsin.oyelowo@btinternet.com⟧",
  "phone_number": "⟦phone|+447911483207⟧",
  "phone_number_verified": false,
  "birthdate": "⟦date_of_birth|1993-10-28⟧",
  "address": {"formatted": "⟦street_address|14 Halsbury Close, Stanmore HA7 3DY⟧"}
}`,
  ],
  [
    "en",
    "neg-credentials:oidc-claims:json",
    `OpenID Connect Core 1.0 section 2 shows this ID token payload. Which claims are required?
{"iss":"https://server.example.com","sub":"24400320","aud":"s6BhdRkqt3","nonce":"n-0S6_WzA2Mj","exp":1311281970,"iat":1311280970,"auth_time":1311280969,"acr":"urn:mace:incommon:iap:silver"}`,
  ],
  [
    "en",
    "credentials:scim-user:json",
    `Okta provisioning to our app fails with 400. This is the SCIM POST body from the logs:

POST /scim/v2/Users
{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"⟦email|dmitri.voloshyn@quarrybank.co.uk⟧",
 "name":{"givenName":"Dmitri","familyName":"Voloshyn"},
 "password":"⟦password|Kettle-Moor-7713!⟧",
 "phoneNumbers":[{"value":"⟦phone|+44 7700 183 562⟧","type":"mobile"}],
 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"88121","manager":{"value":"2819c223"}}}`.replace(
      "+44 7700 183 562",
      "+44 7723 183 562",
    ),
  ],
  [
    "en",
    "neg-credentials:scim-user:json",
    `RFC 7643 section 8.2 has this minimal user. Does Azure AD accept it without name.formatted?
{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"2819c223-7f76-453a-919d-413861904646","userName":"bjensen@example.com","meta":{"resourceType":"User"}}`,
  ],
  [
    "en",
    "credentials:ldif:text",
    `Please convert this LDIF export to CSV (uid, mail, phone), the migration tool only takes CSV:

dn: uid=hkvale,ou=people,dc=fjordline,dc=no
objectClass: inetOrgPerson
cn: Håkon Kvale
uid: hkvale
mail: ⟦email|hakon.kvale@fjordline.no⟧
telephoneNumber: ⟦phone|+47 913 40 288⟧
userPassword: ⟦password|Blåbær#Sommer2026⟧

dn: uid=sberg,ou=people,dc=fjordline,dc=no
cn: Sigrid Berg
uid: sberg
mail: ⟦email|sigrid.berg@fjordline.no⟧
userPassword: ⟦password|Tr0ndheim!!42⟧`,
  ],
  [
    "en",
    "neg-credentials:ldif:text",
    `RFC 2849 example 1. Why does the second entry use "::" after description?
dn: cn=Barbara Jensen, ou=Product Development, dc=airius, dc=com
objectclass: top
objectclass: person
cn: Barbara Jensen
sn: Jensen
telephonenumber: +1 408 555 1212
description: A big sailing fan.`,
  ],
  [
    "de",
    "credentials:ldif:text",
    `Kannst du aus diesem LDIF-Auszug unseres Samba-AD eine Liste "Name – Abteilung" machen?
dn: CN=Friederike Lanz,OU=Buchhaltung,DC=stadtwerke-ahlen,DC=local
sAMAccountName: flanz
department: Buchhaltung
unicodePwd:: ⟦password|IgBTAG8AbgBuAGUAbgBiAGwAdQBtAGUAMgAwADIANgAhACIA⟧
info: Initialkennwort mündlich mitgeteilt`,
  ],
  [
    "en",
    "credentials:netrc:text",
    `git keeps prompting me even though I have a .netrc. Here it is, what's wrong with it?

machine github.com
  login olusegun-dev
  password ⟦api_key|ghp_R7nVq2Lx9TbW4cKz8YpM1sHd3JfA6gE0uQiN⟧
machine ftp.kettering-print.co.uk login oade password ⟦password|Printshop_77aa⟧`,
  ],
  [
    "en",
    "neg-credentials:netrc:text",
    `Is this .netrc template fine for our onboarding docs? Each developer fills in their own token.
machine api.heroku.com
  login <your-email>
  password <your-api-token>`,
  ],
  [
    "en",
    "credentials:shadow:text",
    `I locked myself out of the Raspberry Pi. I mounted the SD card and this is /etc/shadow. I set the pi password to ⟦password|mango-Tiger-51⟧ months ago, why doesn't it work?
pi:$6$Vd2rWq9x$5bK3dUn8QeYz0mC1rA7tF4hJ2gL6pS9vX3wN8kB1yD5cE7uH0iM4oR2aT6zQ9lG1fP3jV5sW8xU0nK7bY2eC.:19701:0:99999:7:::`,
  ],
  [
    "en",
    "neg-credentials:shadow:text",
    `What do the fields mean in these /etc/shadow lines from a fresh Debian image?
root:*:19701:0:99999:7:::
daemon:*:19701:0:99999:7:::
systemd-network:!*:19701::::::`,
  ],
  [
    "en",
    "credentials:bitwarden-json:json",
    `Bitwarden export won't import into Proton Pass. Which field is the problem?

{"encrypted":false,"items":[
 {"type":1,"name":"Nationwide","login":{"username":"⟦email|e.mcgarrigle@outlook.com⟧","password":"⟦password|Dundalk!Harbour09⟧","totp":"⟦password|KR3WQ6LMZPB2X7YHDQ4N⟧"}},
 {"type":3,"name":"Amex Gold","card":{"cardholderName":"Eileen McGarrigle","number":"⟦payment_card|${AMEX}⟧","code":"⟦payment_card|8841⟧","expMonth":"7","expYear":"2029"}},
 {"type":4,"name":"ID","identity":{"ssn":"⟦us_ssn|529-41-7783⟧","passportNumber":"⟦passport|A08817264⟧"}}
]}`,
  ],
  [
    "en",
    "neg-credentials:bitwarden-json:json",
    `Bitwarden's help page shows this as the unencrypted export format. Is "type":3 always a card?
{"encrypted":false,"items":[{"type":1,"name":"Example login","login":{"username":"username","password":"password","totp":null}},{"type":3,"name":"Card","card":{"number":"4111111111111111","code":"123"}}]}`,
  ],
  [
    "en",
    "credentials:chrome-csv:csv",
    `Chrome password export, I want to find duplicates. Can you group by password?
name,url,username,password,note
portal.nhs.uk,https://portal.nhs.uk/login,⟦email|bhavna.t@nhs.net⟧,⟦password|Lavender*Pier-88⟧,
hmrc,https://www.access.service.gov.uk/login,⟦national_id|JT 44 12 87 C⟧,⟦password|Lavender*Pier-88⟧,
amazon,https://www.amazon.co.uk,⟦email|bhavna.t@nhs.net⟧,⟦password|Lavender*Pier-89⟧,`,
  ],
  [
    "en",
    "neg-credentials:chrome-csv:csv",
    `Our password audit script reads the Chrome export. Unit-test fixture:
name,url,username,password,note
example,https://example.com,testuser,${"<redacted>"},fixture
Why does csv.DictReader give me None for the last column?`,
  ],
  [
    "de",
    "credentials:keepass-xml:xml",
    `Das ist ein Ausschnitt aus dem KeePass-XML-Export meiner Mutter (Monika Haverkamp). Kannst du die Einträge in eine übersichtliche Liste bringen?
<Entry><String><Key>Title</Key><Value>Volksbank Online</Value></String>
<String><Key>UserName</Key><Value>⟦bank_account|7716204⟧</Value></String>
<String><Key>Password</Key><Value ProtectInMemory="True">⟦password|Heide1957!Rosen⟧</Value></String>
<String><Key>Notes</Key><Value>PIN Karte ⟦password|4471⟧</Value></String></Entry>`,
  ],
  [
    "de",
    "neg-credentials:keepass-xml:xml",
    `Warum zeigt KeePass bei diesem Eintrag das Passwort eines anderen Eintrags? Export:
<Entry><String><Key>Title</Key><Value>Test-Eintrag</Value></String>
<String><Key>Password</Key><Value ProtectInMemory="True">{REF:P@I:46C9B1FFBD4ABC4BBB260C6190BAD20C}</Value></String></Entry>`,
  ],
  [
    "ko",
    "credentials:pw-manager-csv:csv",
    `1Password에서 내보낸 CSV인데 엑셀에서 한글이 깨져요. 어떻게 열어야 하나요?
Title,Website,Username,Password,Notes
국민은행,https://www.kbstar.com,⟦email|jiwoo.baek@naver.com⟧,⟦password|Baek!Seoul0415⟧,공인인증서 비번 ⟦password|qorwldn0415@@⟧
토스,https://toss.im,010-7712-4408,⟦password|toss#8827jw⟧,`.replace("010-7712-4408", "⟦phone|010-7712-4408⟧"),
  ],
  [
    "ko",
    "neg-credentials:pw-manager-csv:csv",
    `1Password CSV 가져오기 형식 예시입니다 (공식 도움말). 열 순서가 반드시 이래야 하나요?
Title,Website,Username,Password,Notes
예시 항목,https://example.com,user@example.com,비밀번호,메모`,
  ],
  [
    "ja",
    "credentials:oidc-claims:json",
    `社内アプリの LINE ログインで取得した ID トークンのペイロードです。email が空になる理由は？
{"iss":"https://access.line.me","sub":"U8a1f2c9d7e4b03a6f5c1d2e9b8a7f604","name":"中村 彩花","email":"⟦email|ayaka.nakamura.0711@gmail.com⟧","birthdate":"⟦date_of_birth|1995-07-11⟧"}`,
  ],
];
