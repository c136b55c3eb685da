// libphonenumber-js's metadata (its "min" build, the smallest that formats and validates) is
// about a quarter of the element's code: it loads on its own, in parallel with the book.
import type { MetadataJson } from 'libphonenumber-js/core';

let metadata: MetadataJson | undefined;
let loading: Promise<MetadataJson> | undefined;

/**
 * Loads the phone-number metadata once. `ContactBook.open()` awaits it, so code under an open
 * book never needs to; call it before using the phone functions without a book.
 */
export function loadPhoneMetadata(): Promise<MetadataJson> {
  loading ??= import('libphonenumber-js/metadata.min.json').then(
    (module) => (metadata = module.default as MetadataJson),
  );
  return loading;
}

/** True once `loadPhoneMetadata()` has finished: the phone functions work synchronously. */
export function isPhoneMetadataLoaded(): boolean {
  return metadata !== undefined;
}

/** The loaded metadata; throws (naming the fix) when `loadPhoneMetadata()` has not finished. */
export function phoneMetadata(): MetadataJson {
  if (!metadata) {
    throw new Error(
      'contact-book: phone metadata is not loaded; await loadPhoneMetadata() (ContactBook.open does)',
    );
  }
  return metadata;
}
