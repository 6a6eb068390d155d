import type { BuiltinPrivacyCategory } from "./types.js";

/** Every built-in category, for config validation and reports. */
export const BUILTIN_CATEGORIES: readonly BuiltinPrivacyCategory[] = [
  "email",
  "phone",
  "payment_card",
  "iban",
  "us_ssn",
  "national_id",
  "passport",
  "ip_address",
  "street_address",
  "health",
  "medical_record",
  "date_of_birth",
  "bank_account",
  "api_key",
  "private_key",
  "jwt",
  "password",
  "connection_string",
];
