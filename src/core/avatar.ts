/** Up to two initials of a display name ("Jane Doe" → "JD", "Doe, Jane" → "JD", "acme" → "A"). */
export function initials(name: string): string {
  // "Doe, Jane" is the list's last-first order: read it as "Jane Doe".
  const ordered = name.includes(',') ? name.split(',').reverse().join(' ') : name;
  const words = ordered.split(/[\s\-_.@]+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
  const letters = words.map((word) => [...word.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '');
  const picked = letters.length > 1 ? [letters[0], letters[letters.length - 1]] : letters;
  return picked.join('').toLocaleUpperCase() || '?';
}

/** A stable colour for a name (same name, same colour), dark enough for white initials. */
export function avatarColor(name: string): string {
  // FNV-1a: a tiny stable hash; no need for anything cryptographic.
  let hash = 0x811c9dc5;
  for (const char of name.trim().toLocaleLowerCase()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  // 30% lightness keeps white initials at 4.5:1 (WCAG AA) on every hue, yellow included.
  return `hsl(${(hash >>> 0) % 360} 55% 30%)`;
}
