/** What the Advanced search form asks for; every filled criterion must hold (AND). */
export interface AdvancedCriteria {
  name?: string;
  organization?: string;
  email?: string;
  phone?: string;
  city?: string;
  country?: string;
  tag?: string;
  /** Only contacts with comments or a note. */
  hasComment?: boolean;
  /** 1–12. */
  birthdayMonth?: number;
}

const QUALIFIERS = [
  ['name', 'name'],
  ['organization', 'org'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['city', 'city'],
  ['country', 'country'],
  ['tag', 'tag'],
] as const;

/**
 * The query text of an advanced search (`name:"jane doe" city:paris has:comment`): the form is
 * a way to write a query, so it runs, shows and is remembered like a typed one.
 */
export function buildAdvancedQuery(criteria: AdvancedCriteria): string {
  const parts: string[] = [];
  for (const [key, qualifier] of QUALIFIERS) {
    // Quotes inside a value cannot be escaped in the syntax: they become spaces.
    const value = criteria[key]?.replace(/"/g, ' ').trim();
    if (value) parts.push(/\s/.test(value) ? `${qualifier}:"${value}"` : `${qualifier}:${value}`);
  }
  if (criteria.hasComment) parts.push('has:comment');
  const month = criteria.birthdayMonth;
  if (month && month >= 1 && month <= 12) parts.push(`birthday:${month}`);
  return parts.join(' ');
}
