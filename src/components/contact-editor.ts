import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  PHONE_TYPES,
  deriveFormattedName,
  type Contact,
  type ContactFields,
  type ContactInput,
} from '../core/contact.js';
import { ConflictError, ValidationError, formatIssue, type FieldIssue } from '../core/errors.js';
import { BookController } from './book-controller.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { typeLabel } from './labels.js';
import { controlStyles } from './theme.js';

const TABS = [
  {
    id: 'name',
    label: 'Name & work',
    fields: [
      'name',
      'formattedName',
      'nickname',
      'organization',
      'department',
      'title',
      'role',
      'kind',
    ],
  },
  { id: 'reach', label: 'Phones, e-mail & IM', fields: ['phones', 'emails', 'ims', 'urls'] },
  { id: 'addresses', label: 'Addresses', fields: ['addresses'] },
  { id: 'personal', label: 'Personal', fields: ['birthday', 'anniversary', 'related'] },
  { id: 'notes', label: 'Notes', fields: ['note'] },
] as const;
type TabId = (typeof TABS)[number]['id'];

type Draft = ContactFields;
type ListKey = 'phones' | 'emails' | 'addresses' | 'urls' | 'ims' | 'related';

const BLANK_ROWS: { [K in ListKey]: Draft[K][number] } = {
  phones: { value: '', type: 'cell' },
  emails: { value: '', type: 'home' },
  addresses: { type: 'home' },
  urls: { value: '' },
  ims: { value: '' },
  related: { value: '' },
};

/**
 * @summary Creates or edits a contact in tabs. Save validates in core and writes once; the
 * messages come back next to the fields. Cancel discards.
 * @event contact-save - `{ contact }` after a successful save.
 * @event contact-cancel - the user discarded the changes.
 * @csspart base - the form.
 * @csspart tabs - the tab list.
 */
export class ContactEditor extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      [role='tablist'] {
        display: flex;
        gap: 0.25rem;
        border-bottom: 1px solid var(--cb-border);
        margin-bottom: 0.75rem;
        flex-wrap: wrap;
      }
      [role='tab'] {
        border: none;
        border-bottom: 2px solid transparent;
        border-radius: 0;
        background: none;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: var(--cb-accent);
        font-weight: 600;
      }
      [role='tab'].invalid {
        color: var(--cb-danger);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
        gap: 0.5rem 0.75rem;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
        font-size: 0.85em;
        color: var(--cb-muted);
      }
      label > :is(input, select, textarea) {
        color: var(--cb-text);
        font-size: var(--cb-font-size);
      }
      fieldset {
        border: 1px solid var(--cb-border);
        border-radius: var(--cb-radius);
        margin: 0 0 0.75rem;
      }
      legend {
        font-weight: 600;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        align-items: flex-end;
        flex-wrap: wrap;
        margin-bottom: 0.5rem;
      }
      .row > label {
        flex: 1 1 10rem;
      }
      textarea {
        width: 100%;
        min-height: 8rem;
        box-sizing: border-box;
      }
      [aria-invalid='true'] {
        border-color: var(--cb-danger);
      }
      .summary {
        border: 1px solid var(--cb-danger);
        border-radius: var(--cb-radius);
        padding: 0.5rem 0.75rem;
        margin-bottom: 0.75rem;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        gap: var(--cb-space);
        margin-top: 1rem;
      }
    `,
  ];

  /** The contact to edit; undefined creates a new one. */
  @property({ attribute: false }) contact: Contact | undefined;

  @state() private draft: Draft = emptyDraft();
  @state() private tab: TabId = 'name';
  @state() private issues: FieldIssue[] = [];
  @state() private failure = '';
  @state() private saving = false;

  private readonly books = new BookController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('contact')) this.reset();
  }

  override render() {
    return html`
      <form part="base" novalidate @submit=${this.handleSubmit} @keydown=${this.handleFormKeydown}>
        ${
          this.issues.length || this.failure
            ? html`<div class="summary" role="alert">
                ${
                  this.failure ||
                  t('{count} field(s) need attention: {list}', {
                    count: this.issues.length,
                    list: this.issues.map((issue) => formatIssue(issue)).join('; '),
                  })
                }
              </div>`
            : nothing
        }
        <div
          role="tablist"
          part="tabs"
          aria-label=${t('Contact fields')}
          @keydown=${this.handleTabKeydown}
        >
          ${TABS.map(
            (tab) =>
              html`<button
                type="button"
                role="tab"
                id=${`tab-${tab.id}`}
                aria-controls=${`panel-${tab.id}`}
                aria-selected=${this.tab === tab.id ? 'true' : 'false'}
                tabindex=${this.tab === tab.id ? 0 : -1}
                class=${this.tabHasIssues(tab.id) ? 'invalid' : ''}
                @click=${() => (this.tab = tab.id)}
              >
                ${t(tab.label)}
              </button>`,
          )}
        </div>
        <div role="tabpanel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`}>
          ${this.renderPanel()}
        </div>
        <footer>
          <button type="button" @click=${this.handleCancel}>${t('Cancel')}</button>
          <button type="submit" class="primary" ?disabled=${this.saving}>${t('Save')}</button>
        </footer>
      </form>
    `;
  }

  private renderPanel() {
    const d = this.draft;
    switch (this.tab) {
      case 'name':
        return html`<div class="grid">
          ${this.text(t('Prefix'), ['name', 'prefix'], d.name.prefix, (value) => this.patchName({ prefix: value }))}
          ${this.text(t('First name'), ['name', 'given'], d.name.given, (value) => this.patchName({ given: value }))}
          ${this.text(t('Middle name'), ['name', 'additional'], d.name.additional, (value) => this.patchName({ additional: value }))}
          ${this.text(t('Last name'), ['name', 'family'], d.name.family, (value) => this.patchName({ family: value }))}
          ${this.text(t('Suffix'), ['name', 'suffix'], d.name.suffix, (value) => this.patchName({ suffix: value }))}
          ${this.text(t('Display name (when not the name above)'), ['formattedName'], d.formattedName, (value) => this.patch({ formattedName: value }))}
          ${this.text(t('Nickname'), ['nickname'], d.nickname, (value) => this.patch({ nickname: value }))}
          ${this.text(t('Organization'), ['organization'], d.organization, (value) => this.patch({ organization: value }))}
          ${this.text(t('Department'), ['department'], d.department, (value) => this.patch({ department: value }))}
          ${this.text(t('Job title'), ['title'], d.title, (value) => this.patch({ title: value }))}
          ${this.text(t('Role'), ['role'], d.role, (value) => this.patch({ role: value }))}
          <label>
            ${t('This contact is')}
            <select
              .value=${d.kind}
              @change=${(event: Event) => this.patch({ kind: (event.target as HTMLSelectElement).value as Draft['kind'] })}
            >
              <option value="individual">${t('A person')}</option>
              <option value="organization">${t('An organization')}</option>
            </select>
          </label>
        </div>`;
      case 'reach':
        return html`
          ${this.rows(
            'phones',
            t('Phones'),
            t('Add phone'),
            (row, index) => html`
              ${this.select(t('Type'), row.type, PHONE_TYPES, (value) => this.patchRow('phones', index, { type: value as (typeof PHONE_TYPES)[number] }))}
              ${this.text(t('Number'), ['phones', index, 'value'], row.value, (value) => this.patchRow('phones', index, { value }), 'tel')}
            `,
          )}
          ${this.rows(
            'emails',
            t('E-mail addresses'),
            t('Add e-mail'),
            (row, index) => html`
              ${this.select(t('Type'), row.type ?? 'other', ['home', 'work', 'other'], (value) => this.patchRow('emails', index, { type: value as 'home' }))}
              ${this.text(t('E-mail'), ['emails', index, 'value'], row.value, (value) => this.patchRow('emails', index, { value }), 'email')}
            `,
          )}
          ${this.rows(
            'ims',
            t('Instant messaging'),
            t('Add IM address'),
            (row, index) => html`
              ${this.text(t('Service'), ['ims', index, 'service'], row.service, (service) => this.patchRow('ims', index, { service }))}
              ${this.text(t('Address (skype:…, xmpp:…, sip:…)'), ['ims', index, 'value'], row.value, (value) => this.patchRow('ims', index, { value }))}
            `,
          )}
          ${this.rows(
            'urls',
            t('Websites'),
            t('Add website'),
            (row, index) => html`
              ${this.text(t('Web address'), ['urls', index, 'value'], row.value, (value) => this.patchRow('urls', index, { value }), 'url')}
            `,
          )}
        `;
      case 'addresses':
        return this.rows(
          'addresses',
          t('Addresses'),
          t('Add address'),
          (row, index) => html`
            ${this.select(t('Type'), row.type ?? 'other', ['home', 'work', 'other'], (value) => this.patchRow('addresses', index, { type: value as 'home' }))}
            ${this.text(t('Street'), ['addresses', index, 'street'], row.street, (street) => this.patchRow('addresses', index, { street }))}
            ${this.text(t('Address line 2'), ['addresses', index, 'extended'], row.extended, (extended) => this.patchRow('addresses', index, { extended }))}
            ${this.text(t('PO box'), ['addresses', index, 'pobox'], row.pobox, (pobox) => this.patchRow('addresses', index, { pobox }))}
            ${this.text(t('Postal code'), ['addresses', index, 'postalCode'], row.postalCode, (postalCode) => this.patchRow('addresses', index, { postalCode }))}
            ${this.text(t('City'), ['addresses', index, 'locality'], row.locality, (locality) => this.patchRow('addresses', index, { locality }))}
            ${this.text(t('Region'), ['addresses', index, 'region'], row.region, (region) => this.patchRow('addresses', index, { region }))}
            ${this.text(t('Country'), ['addresses', index, 'country'], row.country, (country) => this.patchRow('addresses', index, { country }))}
          `,
        );
      case 'personal':
        return html`
          <div class="grid">
            ${this.text(t('Birthday (YYYY-MM-DD, or --MM-DD without a year)'), ['birthday'], d.birthday, (birthday) => this.patch({ birthday }))}
            ${this.text(t('Anniversary (YYYY-MM-DD, or --MM-DD)'), ['anniversary'], d.anniversary, (anniversary) => this.patch({ anniversary }))}
          </div>
          ${this.rows(
            'related',
            t('Related people'),
            t('Add related person'),
            (row, index) => html`
              ${this.text(t('Relation (spouse, child, …)'), ['related', index, 'type'], row.type, (type) => this.patchRow('related', index, { type }))}
              ${this.text(t('Name'), ['related', index, 'value'], row.value, (value) => this.patchRow('related', index, { value }))}
            `,
          )}
        `;
      case 'notes':
        return html`<label>
          ${t('Notes')}
          <textarea
            .value=${d.note ?? ''}
            @input=${(event: Event) => this.patch({ note: (event.target as HTMLTextAreaElement).value })}
          ></textarea>
        </label>`;
    }
  }

  // ── Event handlers ────────────────────────────────────────────────────────

  private handleSubmit = async (event: Event) => {
    event.preventDefault();
    const book = this.books.book;
    if (!book || this.saving) return;
    this.saving = true;
    this.issues = [];
    this.failure = '';
    try {
      const input = cleanDraft(this.draft);
      const saved = this.contact
        ? await book.update(this.contact.id, input, this.contact.revision)
        : await book.create(input);
      emit(this, 'contact-save', { contact: saved });
    } catch (error) {
      if (error instanceof ValidationError) {
        this.issues = error.issues;
        const first = TABS.find((tab) => this.tabHasIssues(tab.id));
        if (first) this.tab = first.id;
      } else if (error instanceof ConflictError) {
        this.failure = t(
          'Someone else changed this contact after you opened it. Cancel and open it again to see their changes.',
        );
      } else {
        this.failure = error instanceof Error ? error.message : String(error);
      }
    } finally {
      this.saving = false;
    }
  };

  private handleCancel = () => {
    this.reset();
    emit(this, 'contact-cancel', {});
  };

  private handleFormKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.handleCancel();
    }
  };

  private handleTabKeydown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.id === this.tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    this.tab = TABS[(index + step + TABS.length) % TABS.length].id;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
    );
  };

  // ── Private helpers ───────────────────────────────────────────────────────

  private reset() {
    this.draft = this.contact ? draftOf(this.contact) : emptyDraft();
    this.issues = [];
    this.failure = '';
    this.tab = 'name';
  }

  private patch(patch: Partial<Draft>) {
    this.draft = { ...this.draft, ...patch };
  }

  private patchName(patch: Partial<Draft['name']>) {
    this.patch({ name: { ...this.draft.name, ...patch } });
  }

  private patchRow<K extends ListKey>(key: K, index: number, patch: Partial<Draft[K][number]>) {
    const list = [...this.draft[key]] as Draft[K][number][];
    list[index] = { ...list[index], ...patch };
    this.patch({ [key]: list } as Partial<Draft>);
  }

  private addRow(key: ListKey) {
    this.patch({ [key]: [...this.draft[key], structuredClone(BLANK_ROWS[key])] } as Partial<Draft>);
  }

  private removeRow(key: ListKey, index: number) {
    this.patch({ [key]: this.draft[key].filter((_, at) => at !== index) } as Partial<Draft>);
  }

  private rows<K extends ListKey>(
    key: K,
    legend: string,
    addLabel: string,
    renderRow: (row: Draft[K][number], index: number) => unknown,
  ) {
    const list = this.draft[key] as Draft[K][number][];
    return html`<fieldset>
      <legend>${legend}</legend>
      ${list.map(
        (row, index) =>
          html`<div class="row">
            ${renderRow(row, index)}
            <button
              type="button"
              aria-label=${t('Remove {what} {n}', { what: legend, n: index + 1 })}
              @click=${() => this.removeRow(key, index)}
            >
              ${t('Remove')}
            </button>
          </div>`,
      )}
      <button type="button" @click=${() => this.addRow(key)}>${addLabel}</button>
    </fieldset>`;
  }

  private text(
    label: string,
    path: (string | number)[],
    value: string | undefined,
    onInput: (value: string) => void,
    type = 'text',
  ) {
    const message = this.issueAt(path);
    const id = `field-${path.join('-')}`;
    return html`<label>
      ${label}
      <input
        id=${id}
        name=${path.join('.')}
        type=${type}
        .value=${value ?? ''}
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${message ? `${id}-error` : nothing}
        @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
      />
      ${message ? html`<span class="error" id=${`${id}-error`}>${message}</span>` : nothing}
    </label>`;
  }

  private select(
    label: string,
    value: string,
    options: readonly string[],
    onChange: (value: string) => void,
  ) {
    return html`<label>
      ${label}
      <select
        .value=${value}
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
      >
        ${options.map((option) => html`<option value=${option} ?selected=${option === value}>${typeLabel(option)}</option>`)}
      </select>
    </label>`;
  }

  private issueAt(path: (string | number)[]): string {
    const key = path.join('.');
    return this.issues.find((issue) => issue.path.join('.') === key)?.message ?? '';
  }

  private tabHasIssues(tab: TabId): boolean {
    const fields: readonly string[] = TABS.find((entry) => entry.id === tab)!.fields;
    return this.issues.some((issue) => fields.includes(String(issue.path[0] ?? 'name')));
  }
}

function emptyDraft(): Draft {
  return {
    sharedWith: [],
    kind: 'individual',
    name: {},
    formattedName: '',
    emails: [],
    phones: [],
    addresses: [],
    urls: [],
    ims: [],
    related: [],
    extras: [],
  };
}

/** The user fields of a stored contact (the system fields stay with the store). */
function draftOf(contact: Contact): Draft {
  const {
    id: _id,
    bookId: _bookId,
    createdBy: _by,
    createdAt: _at,
    updatedAt: _up,
    revision: _rev,
    ...fields
  } = structuredClone(contact);
  // A formatted name that was only derived is derived again on save, so an edited name is not
  // shadowed by the old one; one the user or an import set on purpose is kept.
  const derived = deriveFormattedName({ ...fields, formattedName: '' });
  return { ...fields, formattedName: fields.formattedName === derived ? '' : fields.formattedName };
}

const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** What Save sends: blank text becomes absent, blank rows are dropped. */
function cleanDraft(draft: Draft): ContactInput {
  const clean = <T extends object>(row: T): T =>
    Object.fromEntries(
      Object.entries(row)
        .map(([key, value]) => [key, typeof value === 'string' ? trimmed(value) : value])
        .filter(([, value]) => value !== undefined),
    ) as T;
  const filled = <T extends object>(rows: T[], ignore: string[] = ['type']) =>
    rows.map(clean).filter((row) => Object.keys(row).some((key) => !ignore.includes(key)));
  return {
    ...clean(draft),
    name: clean(draft.name),
    phones: filled(draft.phones),
    emails: filled(draft.emails),
    addresses: filled(draft.addresses),
    urls: filled(draft.urls),
    ims: filled(draft.ims),
    related: filled(draft.related),
    formattedName: draft.formattedName.trim(),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-editor': ContactEditor;
  }
}
