// The core names a Private book "Private" in English (it has no locale); the UI says it in the
// user's language wherever a book's name is shown.
import type { ContactBook } from '../core/book.js';
import { defaultBookName, groupOfBook, ownerOfPersonalBook } from '../core/directory.js';
import { t } from './i18n.js';

/** The book's name as the user sees it: a group's or host-given name as is, "Private" translated. */
export function bookLabel(
  book: Pick<ContactBook, 'bookId' | 'bookName' | 'userId' | 'directory'>,
): string {
  const custom = book.bookName !== defaultBookName(book.bookId, book.userId, book.directory);
  if (custom || groupOfBook(book.bookId) !== undefined) return book.bookName;
  const owner = ownerOfPersonalBook(book.bookId);
  const ownerName = owner === undefined ? undefined : book.directory?.user(owner)?.name;
  return owner !== book.userId && ownerName
    ? t('{name} (Private)', { name: ownerName })
    : t('Private');
}
