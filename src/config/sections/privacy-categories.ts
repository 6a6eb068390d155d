/** Every built-in privacy category: the names `privacy.categories` accepts besides custom detectors'. */
export const BUILTIN_CATEGORIES = [
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
  "financial",
  "biometric",
  "driver_license",
  "api_key",
  "private_key",
  "jwt",
  "password",
  "connection_string",
  /** Encoded content the decoders left unread (only with `privacy.encoded.beyondBound: sensitive`). */
  "undecoded",
] as const;

export type BuiltinPrivacyCategory = (typeof BUILTIN_CATEGORIES)[number];
