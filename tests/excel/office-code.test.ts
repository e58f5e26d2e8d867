import { officeCode } from "../../src/excel/office-code";
import { toLedgerError } from "../../src/excel/run";

describe("officeCode", () => {
  it("reads the code of an Office error and nothing else", () => {
    expect(officeCode({ code: "ItemNotFound", message: "x" })).toBe("ItemNotFound");
    expect(officeCode(Object.assign(new Error("x"), { code: "InvalidArgument" }))).toBe("InvalidArgument");
    expect(officeCode({ code: 404 })).toBeNull();
    expect(officeCode(new Error("plain"))).toBeNull();
    expect(officeCode(null)).toBeNull();
    expect(officeCode("ItemNotFound")).toBeNull();
  });

  it("is the code toLedgerError keeps for the log", () => {
    expect(toLedgerError({ code: "AccessDenied" }).officeCode).toBe("AccessDenied");
    expect(toLedgerError(new Error("plain")).officeCode).toBeNull();
  });
});
