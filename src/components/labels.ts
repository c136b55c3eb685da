import { t } from './i18n.js';

/** The user-facing word for a stored type value (cell → Mobile), through the localisation point; '' for none. */
export function typeLabel(type: string | undefined): string {
  switch (type) {
    case 'cell':
      return t('Mobile');
    case 'home':
      return t('Home');
    case 'work':
      return t('Work');
    case 'fax':
      return t('Fax');
    case 'pager':
      return t('Pager');
    case 'other':
      return t('Other');
    default:
      // IM labels ("XMPP") and free-form types still pass through the localisation point.
      return type ? t(type) : '';
  }
}
