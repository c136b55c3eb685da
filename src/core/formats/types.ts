import type { ContactFields } from '../contact.js';

/** One thing an importer could not take as it was: which record, which line, and why. */
export interface ImportProblem {
  /** 1-based number of the record (card, row, entry) in the file; 0 for the file itself. */
  record: number;
  /** 1-based line of the file where the record or the faulty value starts; 0 when unknown. */
  line: number;
  message: string;
}

/** What every reader returns: valid contacts, the tags of each (same index), and the problems. */
export interface ImportResult {
  contacts: ContactFields[];
  tags: string[][];
  problems: ImportProblem[];
}

/** The formats `readContactFile` recognises. */
export type ContactFileFormat = 'vcard' | 'csv' | 'ldif' | 'json';

/** A contact as the writers take it: the user fields of a Contact, plus its tags. */
export type ExportContact = ContactFields & { tags?: readonly string[] };

/** An empty result, to fill. */
export function emptyResult(): ImportResult {
  return { contacts: [], tags: [], problems: [] };
}
