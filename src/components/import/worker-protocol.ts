import type { ColumnTarget, ContactFileResult, CsvImportResult } from '../../core/formats/index.js';

/** What the file worker is asked: read these bytes (a CSV with this column mapping). */
export interface ReadRequest {
  id: number;
  bytes: ArrayBuffer;
  fileName: string;
  columns?: (ColumnTarget | undefined)[];
}

/** A read file, with what CSV detection found when it was a CSV. */
export type FileReadResult = ContactFileResult &
  Partial<Pick<CsvImportResult, 'preset' | 'headers' | 'delimiter' | 'encoding'>>;

/** The worker's answer to one request. */
export type ReadReply = { id: number; result: FileReadResult } | { id: number; error: string };
