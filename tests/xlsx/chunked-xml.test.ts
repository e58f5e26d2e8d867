import JSZip from "jszip";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import { buildCopySpec } from "../../src/core/merge/copy-spec";
import { synthesizePlan } from "../../src/core/plan/synthetic";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { useChunkedXml } from "../../src/xlsx/node/chunked-xml";
import { writeLedgerXlsx } from "../../src/xlsx/write";

const settings = { statuses: DEFAULT_STATUSES, generatedAt: "2019-07-01T08:00:00.000Z" };
// 600 items: the ledger and assignments sheets render well over one chunk of pieces each
const plan = synthesizePlan(600, 3);
const specs = () => {
  const copy = buildCopySpec(plan, plan.departments.find((d) => d.kind === "unit")?.name ?? "", settings);
  if (!copy.ok) throw new Error(copy.message);
  return [buildLedgerSpec(plan, { ...settings, copyDepartment: null }), copy.spec];
};

/** Every part of the package as text, except docProps/core.xml (creation time). */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (name !== "docProps/core.xml" && !zip.files[name].dir)
      out.set(name, await zip.files[name].async("string"));
  }
  return out;
}

test("chunked XML rendering writes exactly the same parts", async () => {
  const before = await Promise.all(specs().map(async (s) => parts(await writeLedgerXlsx(s))));
  expect(useChunkedXml()).toBe(true);
  expect(useChunkedXml()).toBe(true); // idempotent
  const after = await Promise.all(specs().map(async (s) => parts(await writeLedgerXlsx(s))));
  for (let i = 0; i < before.length; i++) {
    expect([...after[i].keys()]).toEqual([...before[i].keys()]);
    for (const [name, xml] of before[i]) expect(after[i].get(name)).toBe(xml);
  }
  const sheet = before[0].get("xl/worksheets/sheet1.xml") ?? "";
  expect(sheet.length).toBeGreaterThan(200_000); // the case really spans several chunks
});
