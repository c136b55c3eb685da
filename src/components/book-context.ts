import { createContext } from '@lit/context';
import type { ContactBook } from '../core/book.js';

/** The ContactBook `<contact-book>` provides to every element inside it. */
export const bookContext = createContext<ContactBook | undefined>(Symbol('contact-book'));
