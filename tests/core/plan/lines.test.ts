import { classifyLine, splitLines } from "../../../src/core/plan/lines";

describe("classifyLine", () => {
  it("reads headings and items in ASCII and full-width punctuation", () => {
    expect(classifyLine("一、着眼稳定预期")).toEqual({ kind: "section", no: 1, title: "着眼稳定预期" });
    expect(classifyLine("十二．标题")).toEqual({ kind: "section", no: 12, title: "标题" });
    expect(classifyLine("(十四)加强相关基础工作")).toEqual({
      kind: "subsection",
      no: 14,
      title: "加强相关基础工作",
    });
    expect(classifyLine("（三）增强解读回应效果")).toEqual({
      kind: "subsection",
      no: 3,
      title: "增强解读回应效果",
    });
    expect(classifyLine("1. 按照原则")).toEqual({ kind: "item", no: 1, body: "按照原则" });
    expect(classifyLine("12．事项")).toEqual({ kind: "item", no: 12, body: "事项" });
    expect(classifyLine("３、事项")).toEqual({ kind: "item", no: 3, body: "事项" });
    expect(classifyLine("　　4.事项（办公室负责）　")).toEqual({
      kind: "item",
      no: 4,
      body: "事项（办公室负责）",
    });
  });

  it("does not take a year or a decimal for an item number", () => {
    expect(classifyLine("2019年是中华人民共和国成立70周年").kind).toBe("text");
    expect(classifyLine("1.5倍于去年").kind).toBe("text");
  });

  it("reads the publication line, dropping the time", () => {
    expect(classifyLine("文章发表时间:2019-06-12 09:12:43")).toEqual({
      kind: "published",
      date: "2019-06-12",
    });
    expect(classifyLine("发布时间：2020年3月2日")).toEqual({ kind: "published", date: "2020-03-02" });
  });

  it("recognises web-page boilerplate", () => {
    for (const line of ["文章附件:", "相关链接:", "相关文章:", "版权所有 ©2001-2024 上海投资网"]) {
      expect(classifyLine(line).kind).toBe("footer");
    }
    for (const line of [
      "投资咨询热线:+0086 (21) 68868336, 68868321",
      "info@shanghaiinvest.com",
      "来源：某某网",
    ]) {
      expect(classifyLine(line).kind).toBe("boilerplate");
    }
  });

  it("does not take an item that mentions a hotline for boilerplate", () => {
    expect(classifyLine("24.推动服务热线12345一号对外。(办公室负责)").kind).toBe("item");
  });

  it("splits LF, CRLF and CR and drops a BOM", () => {
    expect(splitLines("\uFEFFa\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });
});
