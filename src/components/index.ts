// The bare element classes and helpers: importing this module registers nothing.
export { bookContext } from './book-context.js';
export { BookController } from './book-controller.js';
export { emit, type ContactEventMap } from './events.js';
export { setMessages, t } from './i18n.js';
export { defineElements } from './define.js';
export { ContactActions } from './contact-actions.js';
export { ContactAvatar } from './contact-avatar.js';
export { ContactPhoneInput } from './contact-phone-input.js';
export { ContactPhotoInput } from './contact-photo-input.js';
export { ContactSmsComposer } from './contact-sms-composer.js';
export type { ContactActionDetail, SmsRecipient } from './events.js';
export * from './photo/index.js';
