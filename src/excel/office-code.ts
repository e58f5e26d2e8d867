/**
 * The Office.js error code of a thrown value (`OfficeExtension.Error.code`, e.g. "ItemNotFound"), or null when
 * the value is not an Office error. The one place src/excel reads error codes from.
 */
export function officeCode(error: unknown): string | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : null;
  return typeof code === "string" ? code : null;
}
