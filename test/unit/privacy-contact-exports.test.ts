import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth, repeatTo } from "../helpers/linear-growth.js";

// Contact details as exports carry them (issue #15, session 49, dev-81): order and contact exports' column names,
// address cells written with unquoted commas, an address's unit, district, town and postcode parts, Argentine, Mexican
// and Greek street forms, and the hard negatives beside them (an organisation's vCard or CRM row, a documentation
// example, a shop's number with its bracketed note).

describe("contact details in exports", () => {
  it("reads Shopify, WooCommerce and Google Contacts columns, address cells with unquoted commas too", () => {
    expect(found("Name,Shipping Name,Shipping Address1,Shipping City,Shipping Phone\n#1043,Renata Lima,Rua Augusta 312,Niterói,(21) 99654-3187")).toEqual([
      "street_address:Rua Augusta 312",
      "phone:(21) 99654-3187",
    ]);
    expect(
      found(
        "Order Number,First Name (Billing),Address 1&2 (Billing),City (Billing),Phone (Billing)\n5821,Alejandra,Calle Hidalgo 245 Int. 3, Col. Centro,Guadalajara,33 1874 5521",
      ),
    ).toEqual(["street_address:Calle Hidalgo 245 Int. 3, Col. Centro", "phone:33 1874 5521"]);
    expect(found('Name,Phone 1 - Value,Address 1 - Formatted\nBilal Chaudhry,+92 333 4198027,"Flat 3B, Block 7, Askari 11, Lahore"')).toEqual([
      "phone:+92 333 4198027",
      "street_address:Flat 3B, Block 7, Askari 11, Lahore",
    ]);
    expect(found("EMAIL;TYPE=INTERNET:rina.wahyu88@yahoo.co.id")).toEqual(["email:rina.wahyu88@yahoo.co.id"]);
  });

  it("keeps an organisation's vCard, CRM account row and documentation example unreported, a person's card reported", () => {
    expect(found("BEGIN:VCARD\nVERSION:3.0\nORG:Hotel Athénée Palace\nTEL;TYPE=WORK:+40 21 303 3777\nEND:VCARD")).toEqual([]);
    expect(found("BEGIN:VCARD\nVERSION:3.0\nFN:Mihai Ionescu\nORG:Hotel Athénée Palace\nTEL;TYPE=CELL:+40 755 318 402\nEND:VCARD")).toEqual([
      "phone:+40 755 318 402",
    ]);
    expect(found("Salesforce export: Account Name,Phone,Billing City\nBritish Embassy Riyadh,+966 11 481 9100,Riyadh")).toEqual([]);
    expect(found("Name,Organization 1 - Name,Phone 1 - Value\nAccounts desk,Checkers Hyper Sandton,011 784 8900")).toEqual([]);
    expect(found(`No exemplo da documentação da API aparece "phone": "555-625-1199"`)).toEqual([]);
    expect(found("Shipping: Carturesti Carusel, Str. Lipscani 55, București, tel. 0728 828 922 (librărie)")).toEqual([]);
  });

  it("reads an address's unit, district, town and postcode after it and its house label before it", () => {
    expect(found("DESTINATÁRIO: Carlos Nogueira\nAv. Afonso Pena, 2711, ap. 1502 - Funcionários, Belo Horizonte - MG, 30130-007")).toEqual([
      "street_address:Av. Afonso Pena, 2711, ap. 1502 - Funcionários, Belo Horizonte - MG, 30130-007",
    ]);
    expect(found("Receiver: Chiamaka Okafor, No. 14, Bode Thomas Close, off Ikorodu Road, Surulere, Lagos")).toEqual([
      "street_address:No. 14, Bode Thomas Close, off Ikorodu Road, Surulere, Lagos",
    ]);
    expect(found("Destinatario: Martín Echeverría — Calle 7 N° 1234 e/ 57 y 58, La Plata (1900), Buenos Aires")).toEqual([
      "street_address:Calle 7 N° 1234 e/ 57 y 58, La Plata (1900), Buenos Aires",
    ]);
    expect(found("Pedido: envío a Florencia Gatti, Bv. Oroño 1456, 3° A, S2000 Rosario, Santa Fe")).toEqual([
      "street_address:Bv. Oroño 1456, 3° A, S2000 Rosario, Santa Fe",
    ]);
    expect(found("Παραλήπτης: Γεωργία Παπαδοπούλου, Αγίου Δημητρίου 34, 546 31 Θεσσαλονίκη")).toEqual([
      "street_address:Αγίου Δημητρίου 34, 546 31 Θεσσαλονίκη",
    ]);
    expect(found(`las direcciones tipo "Calle 7 N° 1234" se leen así`)).toEqual([]);
  });

  // Closed in session 53 (contact.ts: an international number, a separator and a person's name before the candidate).
  it("reads the second of two Saudi mobiles in a list, the unspaced one", () => {
    expect(found("رتب أرقام الجوال في ملف HubSpot: سارة القحطاني +966 50 318 4476، عبدالله الدوسري 0569027713")).toContain("phone:0569027713");
  });

  it("stays linear on repeated address parts and organisation vCards", () => {
    expect(growth(found, repeatTo("Receiver: No. 14, Bode Thomas Close, off Ikorodu Road, Surulere, Lagos, ap. 3 - MG, 30130-007, "), 32_768)).toBeLessThan(8);
    expect(growth(found, repeatTo("BEGIN:VCARD\nORG:Hotel\nTEL;TYPE=WORK:+40 21 303 3777\nAccount Name,Phone\nHotel,+40 21 303 3777\n"), 32_768)).toBeLessThan(
      8,
    );
  });
});
