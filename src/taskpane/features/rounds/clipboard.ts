/**
 * Copying text for a person to paste elsewhere: the async Clipboard API where the host allows it. Office
 * add-ins may refuse it (Office on the web's frame has no clipboard-write permission: "The Clipboard API has
 * been blocked because of a permissions policy", OfficeDev/office-js#1991; no focus; no secure context —
 * then `navigator.clipboard` is absent); the caller then shows the text to
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
