// The import dialog's views: the column mapping, the preview, the duplicates, the problems.
import { html, nothing } from 'lit';
import { displayName, type ContactFields, type DisplayOrder } from '../../core/contact.js';
import { COLUMN_TARGETS, type ColumnTarget } from '../../core/formats/csv-columns.js';
import type { DuplicateChoice, DuplicateMatch } from '../../core/formats/import-plan.js';
import type { ImportProblem } from '../../core/formats/types.js';
import { t } from '../i18n.js';
import { translateMessage } from '../core-messages.js';

const SHOWN_PROBLEMS = 100;

/** A CSV's columns, each with a select of the field it fills (`data-index` is the column). */
export function columnMapping(
  headers: readonly string[],
  columns: readonly (ColumnTarget | undefined)[],
  { open, onChange }: { open: boolean; onChange: (event: Event) => void },
) {
  return html`<details ?open=${open}>
    <summary>${t('Columns')}</summary>
    <table>
      ${headers.map(
        (header, index) =>
          html`<tr>
            <th scope="row">${header}</th>
            <td>
              <select aria-label=${header} data-index=${index} @change=${onChange}>
                <option value="" ?selected=${!columns[index]}>${t('(keep as extra field)')}</option>
                ${[...new Set([...COLUMN_TARGETS, columns[index]].filter(Boolean))].map(
                  (target) =>
                    html`<option value=${target!} ?selected=${columns[index] === target}>
                      ${target}
                    </option>`,
                )}
              </select>
            </td>
          </tr>`,
      )}
    </table>
  </details>`;
}

/** The first records: name, first e-mail, first phone. */
export function previewTable(contacts: readonly ContactFields[], order?: DisplayOrder) {
  return html`<table part="preview">
    <thead>
      <tr>
        <th>${t('Name')}</th>
        <th>${t('E-mail')}</th>
        <th>${t('Phone')}</th>
      </tr>
    </thead>
    <tbody>
      ${contacts.map(
        (contact) =>
          html`<tr>
            <td>${displayName(contact, order)}</td>
            <td>${contact.emails[0]?.value ?? ''}</td>
            <td>${contact.phones[0]?.value ?? ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The problems of a read, the first hundred listed. */
export function problemList(problems: readonly ImportProblem[]) {
  if (!problems.length) return nothing;
  return html`<details part="problems" open>
    <summary>
      ${t('{count, plural, one {# problem} other {# problems}}', { count: problems.length })}
    </summary>
    <ul>
      ${problems
        .slice(0, SHOWN_PROBLEMS)
        .map(
          (problem) =>
            html`<li>
              ${problem.line ? t('Line {line}: ', { line: problem.line }) : ''}${translateMessage(problem.message)}
            </li>`,
        )}
      ${
        problems.length > SHOWN_PROBLEMS
          ? html`<li>${t('… and {count} more', { count: problems.length - SHOWN_PROBLEMS })}</li>`
          : nothing
      }
    </ul>
  </details>`;
}

/** The incoming contacts already in the book, each with skip / merge / add anyway. */
export function duplicateList(
  duplicates: readonly DuplicateMatch[],
  contacts: readonly ContactFields[],
  {
    choiceOf,
    onChoice,
    onAll,
    order,
  }: {
    choiceOf: (index: number) => DuplicateChoice;
    /** The user's display order for the names. */
    order?: DisplayOrder;
    onChoice: (event: Event) => void;
    onAll: (choice: DuplicateChoice) => void;
  },
) {
  const labels = { skip: 'Skip', merge: 'Merge', add: 'Add anyway' } as const;
  return html`<section part="duplicates" aria-label=${t('Already in the book')}>
    <h3>
      ${t('{count} already in the book (same e-mail or phone)', { count: duplicates.length })}
    </h3>
    <p>
      <button @click=${() => onAll('skip')}>${t('Skip all')}</button>
      <button @click=${() => onAll('merge')}>${t('Merge all')}</button>
      <button @click=${() => onAll('add')}>${t('Add all anyway')}</button>
    </p>
    <ul>
      ${duplicates.map((match) => {
        const name = displayName(contacts[match.index], order);
        return html`<li>
          ${name} — ${match.value} (${displayName(match.existing, order)})
          <select
            aria-label=${t('What to do with {name}', { name })}
            data-index=${match.index}
            @change=${onChoice}
          >
            ${(['skip', 'merge', 'add'] as const).map(
              (choice) =>
                html`<option value=${choice} ?selected=${choiceOf(match.index) === choice}>
                  ${t(labels[choice])}
                </option>`,
            )}
          </select>
        </li>`;
      })}
    </ul>
  </section>`;
}
