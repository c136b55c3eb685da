import type { LitElement } from 'lit';
import { ContactSearch } from './contact-search.js';
import { ContactSearchAdvanced } from './contact-search-advanced.js';

/** Every element of the package by tag; define.ts registers them. Add a new element here. */
export const ELEMENTS: Record<string, typeof LitElement> = {
  'contact-search': ContactSearch,
  'contact-search-advanced': ContactSearchAdvanced,
};
