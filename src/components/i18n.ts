/**
 * The one localisation point: every string the user sees goes through `t()`. The English text is
 * the key; a host translates with `setMessages()`. `{name}` placeholders are filled from `values`.
 */
const messages = new Map<string, string>();

/** Sets (merges) translations: English text → translated text. */
export function setMessages(translations: Record<string, string>): void {
  for (const [key, value] of Object.entries(translations)) messages.set(key, value);
}

/** The translation of `text` (or `text` itself), with placeholders filled. */
export function t(text: string, values: Record<string, string | number> = {}): string {
  return (messages.get(text) ?? text).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
