import { LitElement, css, html } from 'lit';
import { localized } from '@lit/localize';
import { buildAdvancedQuery, type AdvancedCriteria } from '../core/search/advanced-query.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { formatMonth, t } from './i18n.js';
import { controlStyles } from './theme.js';

const TEXT_FIELDS = [
  ['name', 'Name'],
  ['organization', 'Organization'],
  ['email', 'E-mail'],
  ['phone', 'Phone'],
  ['city', 'City'],
  ['country', 'Country'],
] as const;

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * @summary The Advanced search form: name, organization, e-mail, phone, city, country, tag (a
 * select of the user's tags), has comment and birthday month, all of which must hold (AND). It writes the equivalent query
 * (`name:jane city:paris has:comment`), so `<contact-search>` runs and remembers it like a typed one.
 *
 * @event contact-advanced-search - The form was submitted; `detail.query` is the search (empty
 * when Clear emptied the form: the search is cleared too).
 * @csspart base - The form.
 * @csspart field - Each label and its input.
 * @csspart submit - The Search button.
 * @cssproperty --cb-search-gap - Space between fields.
 */
@localized()
export class ContactSearchAdvanced extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        --cb-search-gap: var(--_cb-space);
      }
      form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: var(--cb-search-gap);
      }
      label {
        display: flex;
        flex-direction: column;
        gap: var(--_cb-space-xs);
      }
      label.check {
        flex-direction: row;
        align-items: center;
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        gap: var(--cb-search-gap);
      }
    `,
  ];

  private readonly books = new BookController(this);

  override render() {
    const tags = this.books.book?.tagList() ?? [];
    return html`
      <form
        part="base"
        aria-label=${t('Advanced search')}
        @submit=${this.handleSubmit}
        @reset=${this.handleReset}
      >
        ${TEXT_FIELDS.map(
          ([name, label]) => html`
            <label part="field"
              >${t(label)}<input name=${name} type=${name === 'email' ? 'text' : 'search'}
            /></label>
          `,
        )}
        <label part="field">
          ${t('Tag')}
          <select name="tag">
            <option value="">${t('Any tag')}</option>
            ${tags.map((tag) => html`<option value=${tag.name}>${tag.name}</option>`)}
          </select>
        </label>
        <label part="field">
          ${t('Birthday month')}
          <select name="birthdayMonth">
            <option value="">${t('Any month')}</option>
            ${MONTHS.map((month) => html`<option value=${month}>${formatMonth(month)}</option>`)}
          </select>
        </label>
        <label part="field" class="check"
          ><input name="hasComment" type="checkbox" />${t('Has comment')}</label
        >
        <div class="actions">
          <button part="submit" class="primary" type="submit">${t('Search')}</button>
          <button type="reset">${t('Clear')}</button>
        </div>
      </form>
    `;
  }

  /** Clear empties the form and clears the search, so the list shows the whole book again. */
  private handleReset(): void {
    emit(this, 'contact-advanced-search', { query: '' });
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    const criteria: AdvancedCriteria = Object.fromEntries(
      TEXT_FIELDS.map(([name]) => [name, text(name)]),
    );
    criteria.tag = text('tag');
    criteria.hasComment = data.get('hasComment') === 'on';
    criteria.birthdayMonth = Number(text('birthdayMonth')) || undefined;
    emit(this, 'contact-advanced-search', { query: buildAdvancedQuery(criteria) });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-search-advanced': ContactSearchAdvanced;
  }
}
