// One call for every export format, so the export menu, "Export vCard" in the details and the
// CLI write the same bytes.
import { writeCsv } from './csv-write.js';
import type { ExportContact } from './types.js';
import { writeVCard } from './vcard-write.js';
import type { DisplayOrder } from '../contact.js';

/** The formats a book exports to. */
export const EXPORT_FORMATS = ['vcard4', 'vcard3', 'outlook-csv', 'google-csv', 'pdf'] as const;
/** One of the export formats. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An exported file: its content, type, extension and what did not fit the format. */
export interface ExportedFile {
  data: Uint8Array | string;
  mimeType: string;
  extension: string;
  warnings: string[];
}

/** Options of `exportContacts`. */
export interface ExportOptions {
  /** The PDF font's bytes (assets/fonts/DejaVuSans.ttf); required for 'pdf'. */
  font?: Uint8Array | ArrayBuffer;
  order?: DisplayOrder;
  /** The user's region (`defaultRegion`): the PDF shows its phones national, others international. */
  region?: string;
  signal?: AbortSignal;
  /** The PDF's heading and its words for stored types, in the user's language. */
  title?: string;
  typeLabel?: (type: string) => string;
  /** The tags of a stored contact (the book's `tagsOf`): written as CATEGORIES / Labels / Categories. */
  tagsOf?: (contactId: string) => readonly string[];
}

/** Writes contacts in one of the export formats. */
export async function exportContacts(
  contacts: readonly ExportContact[],
  format: ExportFormat,
  { font, order, region, signal, tagsOf, title, typeLabel }: ExportOptions = {},
): Promise<ExportedFile> {
  if (tagsOf)
    contacts = contacts.map((contact) =>
      !contact.tags && 'id' in contact && typeof contact.id === 'string'
        ? { ...contact, tags: [...tagsOf(contact.id)] }
        : contact,
    );
  switch (format) {
    case 'vcard4':
    case 'vcard3': {
      const data = writeVCard(contacts, { version: format === 'vcard4' ? '4.0' : '3.0' });
      return { data, mimeType: 'text/vcard;charset=utf-8', extension: 'vcf', warnings: [] };
    }
    case 'outlook-csv':
    case 'google-csv': {
      const { text, warnings } = writeCsv(contacts, {
        layout: format === 'outlook-csv' ? 'outlook' : 'google',
      });
      return { data: text, mimeType: 'text/csv;charset=utf-8', extension: 'csv', warnings };
    }
    case 'pdf': {
      if (!font) throw new TypeError('A font is needed to write a PDF');
      // Loaded on demand: pdf-lib and fontkit are large, and most exports are not PDFs.
      const { writePdf } = await import('./pdf-write.js');
      const { bytes, replacedCharacters } = await writePdf(contacts, {
        font,
        order,
        region,
        signal,
        title,
        typeLabel,
      });
      const warnings = replacedCharacters
        ? [`${replacedCharacters} characters the font lacks were replaced`]
        : [];
      return { data: bytes, mimeType: 'application/pdf', extension: 'pdf', warnings };
    }
  }
}
