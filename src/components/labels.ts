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

const FIELD_LABELS: Record<string, string> = {
  'name.prefix': 'Prefix',
  'name.given': 'First name',
  'name.additional': 'Middle name',
  'name.family': 'Last name',
  'name.suffix': 'Suffix',
  name: 'Name',
  formattedName: 'Display name',
  nickname: 'Nickname',
  organization: 'Organization',
  department: 'Department',
  title: 'Job title',
  role: 'Role',
  birthday: 'Birthday',
  anniversary: 'Anniversary',
  note: 'Notes',
};

const ROW_LABELS: Record<string, string> = {
  phones: 'Phone {n}',
  emails: 'E-mail {n}',
  addresses: 'Address {n}',
  urls: 'Website {n}',
  ims: 'IM address {n}',
  related: 'Related person {n}',
};

/** What a user calls the field at a validation issue's path: ['emails', 0, 'value'] → "E-mail 1". */
export function fieldLabel(path: readonly (string | number)[]): string {
  const [first, index] = path;
  if (typeof first === 'string' && typeof index === 'number' && first in ROW_LABELS) {
    return t(ROW_LABELS[first], { n: index + 1 });
  }
  const key = path.filter((part) => typeof part === 'string').join('.');
  return FIELD_LABELS[key] ? t(FIELD_LABELS[key]) : key;
}
