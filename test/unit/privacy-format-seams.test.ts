import { describe, expect, it } from "vitest";
import { createPrivacyScanner, maskText } from "../../src/privacy/index.js";
import { found } from "./privacy-helpers.js";

/**
 * Session 41 (issue #15): format variations and seams the reviews of the interchange-format rules and of the encoded and
 * broken-value readers left open. Each leak has a hard negative of the same shape. Invented values.
 */
const scanner = createPrivacyScanner();

describe("HL7 v2 with the separators MSH declares", () => {
  const message = (patient: string) =>
    `MSH#^~\\&#LAB#HOSP#EHR#HOSP#20261206#ORU^R01#MSG0042#P#2.5\nPID#1##00448127^^^LAB^MR##${patient}##19890722#M\nOBX#1#NM#25836-8^HIV-1 RNA^LN##48200#copies/mL`;

  it("reads PID and OBX split by the declared field separator", () => {
    const values = found(message("ABERNATHY^TOBIAS"));
    expect(values).toContain("medical_record:00448127");
    expect(values).toContain("date_of_birth:19890722");
    expect(values).toContain("health:48200");
  });

  it("reads other component and repetition separators too", () => {
    const text = "MSH!$@\\&!LAB!HOSP\nPID!1!!00448127$$$LAB$MR!!ABERNATHY$TOBIAS!!19890722!M";
    expect(found(text)).toContain("date_of_birth:19890722");
  });

  it("a test patient under the declared separators reports nothing", () => {
    const text = "MSH#^~\\&#LAB#HOSP\nPID#1##TEST0001^^^LAB##TEST^PATIENT~PATIENT^TEST##19800101#U\nOBX#1#NM#2345-7^Glucose^LN##182#mg/dL";
    expect(found(text)).toEqual([]);
  });
});

describe("X12 with the element separator ISA declares, EDIFACT release characters", () => {
  const isa = (element: string, component: string) =>
    [
      "ISA",
      "00",
      "          ",
      "00",
      "          ",
      "ZZ",
      "SENDERID       ",
      "ZZ",
      "RECEIVERID     ",
      "261206",
      "0755",
      "^",
      "00501",
      "000000905",
      "0",
      "P",
      component,
    ].join(element) + "~";
  const claim = (element: string, component: string, subscriber: string) =>
    `${isa(element, component)}\n${[`NM1*IL*1*${subscriber}****MI*XQM448120937~`, "N3*2207 MESQUITE DR~", "DMG*D8*19740911*F~", `HI*ABK${component}F200~`]
      .map((segment) => segment.replaceAll("*", element))
      .join("\n")}`;

  it.each([
    [":", ">"],
    [">", ":"],
  ])("reads a claim whose elements are split by %s", (element, component) => {
    const values = found(claim(element, component, "VASQUEZ*ROSALINDA".replace("*", element)));
    expect(values).toContain("medical_record:XQM448120937");
    expect(values).toContain("date_of_birth:19740911");
    expect(values).toContain("health:F200");
  });

  it("a test subscriber under the same separators reports nothing", () => {
    expect(found(claim(":", ">", "DOE:JOHN").replace("XQM448120937", "W987654321").replace("19740911", "19800101"))).toEqual([]);
  });

  it("reads a PAXLST passport number holding released characters", () => {
    const text = "UNA:+.? '\nNAD+FL+++O?'BRIEN:SEAN'\nDOC+P:110:111+5488?+31209'\nDTM+329:19860514'";
    expect(found(text)).toContain("passport:5488?+31209");
  });

  it("a released documentation number is still an example", () => {
    expect(found("UNA:+.? '\nNAD+FL+++O?'BRIEN:SEAN'\nDOC+P:110:111+1234?'56789'")).toEqual([]);
  });
});

describe("base64 hand-wrapped at unequal widths", () => {
  const secret = `${"Customer record: name Oisin Treacy, e-mail oisin.treacy@eircom.net, notes follow here. ".repeat(2)}.`;
  /** The body cut into lines of the given widths, in turn, until it ends. */
  const wrapAt = (body: string, widths: number[]) => {
    const lines: string[] = [];
    for (let at = 0, index = 0; at < body.length; at += widths[index % widths.length]!, index++)
      lines.push(body.slice(at, at + widths[index % widths.length]!));
    return lines;
  };

  it.each([
    ["76/72/76", [76, 72]],
    ["72/76/72", [72, 76]],
    ["64/60/68", [64, 60, 68]],
  ])("%s is read as one block and masked whole", (_name, widths) => {
    const lines = wrapAt(Buffer.from(secret, "utf8").toString("base64"), widths);
    const text = `Body:\n${lines.join("\n")}`;
    expect(found(text).map((value) => value.split(":")[0])).toEqual(["email"]);
    const masked = maskText(text, scanner.scan(text));
    expect(lines.every((line) => !masked.includes(line))).toBe(true);
  });

  it("a wrapped PNG body at unequal widths reports nothing", () => {
    const bytes = Buffer.alloc(3000);
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919 + 13) % 251;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes]).toString("base64");
    expect(found(`<img>\n${wrapAt(png, [76, 72]).join("\n")}`)).toEqual([]);
  });
});

describe("an e-mail hyphenated inside its local part", () => {
  it("the finding covers the whole address", () => {
    const text = "Please write to oisin.tre-\nacy@eircom.net about the refund.";
    const masked = maskText(text, scanner.scan(text));
    expect(found(text)).toEqual(["email:oisin.tre-\nacy@eircom.net"]);
    expect(masked).not.toContain("oisin");
    expect(masked).not.toContain("tre-");
  });

  it("a rule of hyphens before an address is not joined to it", () => {
    expect(found("Regards\n----------\nacy@eircom.net")).toEqual(["email:acy@eircom.net"]);
  });
});
