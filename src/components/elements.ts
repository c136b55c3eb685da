import type { LitElement } from 'lit';

/** Every element of the package by tag; define.ts registers them. Add a new element here. */
export const ELEMENTS: Record<string, typeof LitElement> = {};
