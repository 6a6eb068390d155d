/**
 * Column names of contact and order exports (issue #15, session 49, dev-81): Shopify's `Shipping Address1` and
 * `Shipping Name`, WooCommerce's `Address 1&2 (Billing)` and `Phone (Billing)`, Google Contacts' `Phone 1 - Value` and
 * `Address 1 - Formatted`, Outlook's `Home Street`, Salesforce's `Mailing Street`. `exportColumnStem` takes a
 * normalised field name (`shippingaddress1`, `address12billing`, `phone1value`, `mailingstreet`) and returns it without
 * the export's decoration — a role after it (billing, shipping), a Google field number with its part (value,
 * formatted, street), a Shopify or WooCommerce line number after "address", a role before it (shipping, billing,
 * mailing, home …) — for the field-name lookup to read again; undefined when the name carries no decoration. A Google
 * label or type column (`phone1label`, `address1type`) names no value and keeps its number, so it stays unread.
 */
const ROLE_AFTER = /(?:billing|shipping)$/;
const GOOGLE_PART = /\d{1,2}(?:value|formatted|street)$/;
const ADDRESS_LINE = /address(?:1|12)$/;
const ROLE_BEFORE = /^(?:shipping|billing|mailing|home|delivery|recipient|other|primary|personal)/;

export function exportColumnStem(key: string): string | undefined {
  let stem = key.replace(ROLE_AFTER, "");
  const part = GOOGLE_PART.exec(stem);
  if (part) stem = stem.slice(0, part.index);
  if (ADDRESS_LINE.test(stem)) stem = stem.slice(0, stem.lastIndexOf("address") + "address".length);
  const role = ROLE_BEFORE.exec(stem);
  if (role && stem.length - role[0].length >= 4) stem = stem.slice(role[0].length);
  return stem !== key && stem.length >= 4 ? stem : undefined;
}
