/** Why a file could not become a contact picture. */
export type PictureErrorCode =
  /** A format we recognise (PDF, PSD, CR3…) or do not recognise at all: never a picture here. */
  | 'unsupported'
  /** A format this browser cannot decode (HEIC outside Safari). */
  | 'browser-unsupported'
  /** A RAW file without an embedded JPEG preview. */
  | 'no-preview'
  /** A file of a supported format that does not decode: damaged or truncated. */
  | 'damaged';

/** A file that cannot become a picture; `format` names what it is (from its magic bytes). */
export class PictureError extends Error {
  readonly code: PictureErrorCode;
  readonly format: string;

  constructor(code: PictureErrorCode, format: string, message: string) {
    super(message);
    this.name = 'PictureError';
    this.code = code;
    this.format = format;
  }
}
