/**
 * Copying text for a person to paste elsewhere: the async Clipboard API where the host allows it. Office
 * add-ins may refuse it (the webview's permission policy, or no focus); the caller then shows the text to
 * select and copy by hand. Results as data: true when the text is on the clipboard.
 */
export async function copyText(
  text: string,
  clipboard: Pick<Clipboard, "writeText"> | undefined,
): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
