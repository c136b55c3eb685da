import type { LitElement } from 'lit';
import { ContactActions } from './contact-actions.js';
import { ContactAvatar } from './contact-avatar.js';
import { ContactPhoneInput } from './contact-phone-input.js';
import { ContactPhotoInput } from './contact-photo-input.js';
import { ContactSmsComposer } from './contact-sms-composer.js';

/** Every element of the package by tag; define.ts registers them. Add a new element here. */
export const ELEMENTS: Record<string, typeof LitElement> = {
  'contact-actions': ContactActions,
  'contact-avatar': ContactAvatar,
  'contact-phone-input': ContactPhoneInput,
  'contact-photo-input': ContactPhotoInput,
  'contact-sms-composer': ContactSmsComposer,
};
