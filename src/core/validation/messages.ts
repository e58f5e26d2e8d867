/** Chinese messages of validation findings: each names the item and the cell and says what to do. */

const REGENERATE = "请点击“生成/更新台账”修复（已填写的内容会保留）。";

function itemLabel(item: number | null, address: string): string {
  return item !== null ? `第 ${item} 项（${address}）` : address;
}

export function missingColumnMessage(sheet: string, header: string): string {
  return `${sheet}缺少“${header}”列（可能已被删除）。${REGENERATE}`;
}

export function renamedColumnMessage(address: string, actual: string, header: string): string {
  return `${address} 的列标题“${actual}”应为“${header}”（列被改名）。请改回“${header}”，或${REGENERATE.slice(1)}`;
}

export function invalidStatusMessage(
  item: number | null,
  address: string,
  status: string,
  names: readonly string[],
  proposal: string | null,
): string {
  const head = `${itemLabel(item, address)}的状态“${status}”不在状态列表中。`;
  if (proposal !== null) return `${head}建议改为“${proposal}”（见“规范化建议”）。`;
  return `${head}请从下拉列表中选择：${names.join("、")}。`;
}

/** The ledger was made for another plan: checking it against this one would only mislead. */
export function otherPlanMessage(
  title: string | null,
  id: string,
  expectedTitle: string,
  expectedId: string,
): string {
  const theirs = title ? `“${title}”，计划标识 ${id}` : `计划标识 ${id}`;
  return `本工作簿的台账属于另一计划（${theirs}），无法按本计划（“${expectedTitle}”，计划标识 ${expectedId}）校验。`;
}

/** What to do about a ledger of another plan. */
export const OTHER_PLAN_NEXT_STEP =
  "请打开按本计划生成的台账工作簿；如确需把本工作簿改为本计划的台账，请先备份，再点击“生成/更新台账”（已填写的内容按序号保留）。";

export function doneWithoutProgressMessage(
  item: number | null,
  address: string,
  status: string,
  progressHeader: string,
): string {
  return `${itemLabel(item, address)}的状态为“${status}”，但“${progressHeader}”为空。请填写完成情况。`;
}

export function duplicateItemMessage(item: number, address: string, first: string): string {
  return `第 ${item} 项在台账中重复出现（${address}，首次出现在 ${first}）。请删除或合并重复的行。`;
}

export function unknownItemMessage(address: string, typed: string, itemCount: number): string {
  return `${address} 的序号“${typed}”不在工作要点中（共 ${itemCount} 项）。请核对序号；多余的行可以删除。`;
}

export function rowWithoutNumberMessage(address: string): string {
  return `${address} 所在行已填写内容，但没有序号。请补上序号，或把内容移到对应事项的行。`;
}

export function missingItemMessage(item: number, task: string): string {
  const short = task.length > 24 ? `${task.slice(0, 24)}…` : task;
  return `第 ${item} 项（${short}）在台账中没有对应的行（可能已被删除）。${REGENERATE}`;
}
