/**
 * ICAO 9303 TD3 machine-readable zone lines for the dev-55 entries, with correct check digits (weights 7, 3, 1; `<` = 0,
 * A = 10 … Z = 35), so that the invented passports are well-formed.
 */
function checkDigit(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  [...field].forEach((char, index) => {
    const value = char === "<" ? 0 : /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    sum += value * weights[index % 3]!;
  });
  return String(sum % 10);
}

/** TD3 line 1: `P<` + issuing state + `SURNAME<<GIVEN<NAMES`, padded to 44. */
export function td3Line1(state: string, surname: string, given: string): string {
  const names = `${surname.replace(/ /g, "<")}<<${given.replace(/ /g, "<")}`;
  return `P<${state.padEnd(3, "<")}${names}`.padEnd(44, "<").slice(0, 44);
}

/** TD3 line 2 from document number, nationality, birth date (YYMMDD), sex, expiry (YYMMDD) and optional data. */
export function td3Line2(documentNumber: string, nationality: string, birth: string, sex: string, expiry: string, optional = ""): string {
  const number = documentNumber.padEnd(9, "<");
  const personal = optional.padEnd(14, "<");
  const personalCheck = optional === "" ? "<" : checkDigit(personal);
  const numberPart = number + checkDigit(number);
  const birthPart = birth + checkDigit(birth);
  const expiryPart = expiry + checkDigit(expiry);
  const composite = checkDigit(numberPart + birthPart + expiryPart + personal + personalCheck);
  return `${numberPart}${nationality.padEnd(3, "<")}${birthPart}${sex}${expiryPart}${personal}${personalCheck}${composite}`;
}
