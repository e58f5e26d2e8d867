import { ExcelHost, createExcelHost, ExcelHostOptions } from "../../src/testing/excel-host";

export function newHost(options: ExcelHostOptions = {}): ExcelHost {
  return createExcelHost({ autoStart: false, ...options });
}

/** Runs `fn` and returns the rejection (fails the test when it resolves). */
export async function rejection(
  p: Promise<unknown>,
): Promise<{ code?: string; message: string; debugInfo?: unknown }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string; message: string };
  }
  throw new Error("expected the promise to reject");
}
