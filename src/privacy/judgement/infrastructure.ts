/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const IS_SERVICE_DEFAULT_PASSWORD_PATTERN_1 = /^[a-z]{3,20}$/i;
/**
 * Infrastructure values that look personal but identify nobody: a cloud provider's account id next
 * to a region or ARN (`"account": "493817265012", "region": "eu-west-1"`), and a service's documented
 * default password named in its own key (`POSTGRES_PASSWORD=postgres`, `RABBITMQ_DEFAULT_PASS=rabbitmq`).
 */

const CLOUD_ACCOUNT_CONTEXT = /\b(?:aws|arn|region|iam|gcp|azure|tenant|subscription|project[_ -]?id|cloud|s3|ec2|lambda|eks|cloudformation|terraform)\b/i;

/** A bank's words: "Tenant: … | Sort code: … | Account no: …" is a tenant's bank account, no cloud tenant's (session 45). */
const BANK_ACCOUNT_CONTEXT = /sort[ -]?code|routing|\b(?:bsb|iban|ifsc|clabe|bank|rent)\b/i;

/** True when [start, end) sits within 160 characters of a cloud word and of no bank word: an account there is a cloud account. */
export function isCloudAccount(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 160), Math.min(text.length, end + 160));
  return CLOUD_ACCOUNT_CONTEXT.test(window) && !BANK_ACCOUNT_CONTEXT.test(window);
}

/**
 * Passwords printed in the official container images' documentation (`docker run -e
 * MYSQL_ROOT_PASSWORD=my-secret-pw mysql`, the postgres and SQL Server images' examples; MinIO's `minioadmin`, session 42).
 */
const DOCUMENTED_PASSWORDS = new Set([
  "my-secret-pw",
  "mysecretpassword",
  "yourstrong(!)password",
  "yourstrongpassword",
  "yourstrong@passw0rd",
  "yourstrong!passw0rd",
  "example",
  "minioadmin",
]);

/** The value is a plain word that the key itself names (`POSTGRES_PASSWORD` = `postgres`), or a documented example. */
export function isServiceDefaultPassword(key: string, value: string): boolean {
  if (DOCUMENTED_PASSWORDS.has(value.toLowerCase())) return true;
  return IS_SERVICE_DEFAULT_PASSWORD_PATTERN_1.test(value) && key.toLowerCase().includes(value.toLowerCase());
}
