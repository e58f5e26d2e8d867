import { classifyLine, splitLines } from "../../../src/core/plan/lines";
import { readMarker } from "../../../src/core/plan/markers";
import { dateOfLine } from "../../../src/core/plan/metadata";

describe("readMarker", () => {
  it("reads headings and items in ASCII and full-width punctuation", () => {
    const read = (line: string) => {
      const m = readMarker(line);
      return m && [m.kind, m.no, m.label, m.rest];
    };
    expect(read("一、着眼稳定预期")).toEqual(["cn", 1, "一", "着眼稳定预期"]);
    expect(read("十二．标题")).toEqual(["cn", 12, "十二", "标题"]);
    expect(read("(十四)加强相关基础工作")).toEqual(["paren-cn", 14, "（十四）", "加强相关基础工作"]);
    expect(read("（三）增强解读回应效果")).toEqual(["paren-cn", 3, "（三）", "增强解读回应效果"]);
    expect(read("1. 按照原则")).toEqual(["num", 1, "1", "按照原则"]);
    expect(read("12．事项")).toEqual(["num", 12, "12", "事项"]);
    expect(read("３、事项")).toEqual(["num", 3, "3", "事项"]);
    expect(read("（2）事项")).toEqual(["paren-num", 2, "（2）", "事项"]);
    expect(read("3）事项")).toEqual(["num-paren", 3, "3）", "事项"]);
    expect(read("④事项")).toEqual(["circled", 4, "④", "事项"]);
  });

  it("does not take a year for an item number; marks 1.2023年… as ambiguous", () => {
    expect(readMarker("2019年是中华人民共和国成立70周年")).toBeNull();
    expect(readMarker("1.2023年底前完成")?.ambiguous).toBe(true);
    expect(readMarker("1.做好")?.ambiguous).toBe(false);
  });
});

describe("classifyLine", () => {
  it("reads the publication line, dropping the time", () => {
    expect(dateOfLine("文章发表时间:2019-06-12 09:12:43")).toEqual({ date: "2019-06-12", labelled: true });
    expect(dateOfLine("发布时间：2020年3月2日")).toEqual({ date: "2020-03-02", labelled: true });
    expect(dateOfLine("2021年6月29日")).toEqual({ date: "2021-06-29", labelled: false });
    expect(dateOfLine("2021年6月底前完成公开")).toBeNull();
  });

  it("recognises web-page boilerplate", () => {
    for (const line of ["文章附件:", "相关链接:", "相关文章:", "版权所有 ©2001-2024 上海投资网"]) {
      expect(classifyLine(line)).toBe("footer");
    }
    for (const line of [
      "投资咨询热线:+0086 (21) 68868336, 68868321",
      "info@shanghaiinvest.com",
      "来源：某某网",
    ]) {
      expect(classifyLine(line)).toBe("boilerplate");
    }
  });

  it("does not take an item that mentions a hotline for boilerplate", () => {
    expect(classifyLine("24.推动服务热线12345一号对外。(办公室负责)")).toBe("text");
  });

  it("splits LF, CRLF and CR and drops a BOM", () => {
    expect(splitLines("\uFEFFa\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
  });
});
