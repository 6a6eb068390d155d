import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { found } from "./privacy-helpers.js";
import { growth } from "../helpers/linear-growth.js";

// Session 53 (issue #15): a password-manager or browser export's header line is read line by line. The single header
// regex it replaces backtracked over every blank run before a failed column name: quadratic on "password " + " \t" × n.

const scanner = createPrivacyScanner();
const rules = (text: string) => scanner.scan(text).map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}`);

describe("password-export headers", () => {
  it("reads the password column under a header with spaces, quotes, tabs or semicolons", () => {
    expect(rules("url,username,password\nhttps://mail.example.org,jonas,Gr4nit!Weg\n")).toContain("password-column-cell Gr4nit!Weg");
    expect(rules('"Title";"Login";"Passwort"\n"Bank";"m.kraus";"Fl0ss#Kahn"\n')).toContain("password-column-cell Fl0ss#Kahn");
    expect(rules("site\tuser\t mot de passe \nforum\tclaire\tPetit-Ch4t\n")).toContain("password-column-cell Petit-Ch4t");
    expect(rules("name,url,username,password\r\nlogin,https://a.example,ana,V3rde?Mar\r\n")).toContain("password-column-cell V3rde?Mar");
  });

  it("reads nothing under a sentence, a placeholder or a plain word", () => {
    expect(found("Which column holds the password, and is it encrypted?\nIt is, yes, always\n")).toEqual([]);
    expect(found("url,username,password\nhttps://example.org,<user>,<password>\n")).toEqual([]);
    expect(found("user,password\nalice,secret\n")).toEqual([]);
  });

  it("stays linear on blank runs after a password word and on files of header-like lines", () => {
    const scan = (text: string) => scanner.scan(text);
    expect(growth(scan, (size) => "password " + " \t".repeat(size / 2) + "x", 16_384)).toBeLessThan(8);
    expect(growth(scan, (size) => "password,a\n".repeat(Math.ceil(size / 11)), 16_384)).toBeLessThan(8);
  });
});
