import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 33 (dev-21): a stadium, hall or centre named right before a CJK address makes it the venue's address. */
describe("venue addresses in CJK scripts", () => {
  it("a stadium or centre named before the address is the venue's", () => {
    expect(found("演唱会在国家体育场（鸟巢），北京市朝阳区国家体育场南路1号，2026年5月1日晚上7点开始，地铁怎么去？")).toEqual([]);
    expect(found("展会在国家会展中心，上海市青浦区崧泽大道333号，请问怎么坐地铁？")).toEqual([]);
  });
  it("a private person's address stays sensitive", () => {
    expect(found("帮我给王小明寄一封信，他家住在杭州市西湖区文三路88号3单元502室。")).not.toEqual([]);
  });
});
