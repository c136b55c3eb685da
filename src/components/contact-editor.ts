import { LitElement, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { PHONE_TYPES, formatName, type Contact, type ContactPhoto } from '../core/contact.js';
import { ConflictError, ValidationError, type FieldIssue } from '../core/errors.js';
import { normalizeTags } from '../core/tags.js';
import { BookController } from './book-controller.js';
import { editorStyles } from './contact-editor.styles.js';
import {
  BLANK_ROWS,
  cleanDraft,
  draftOf,
  emptyDraft,
  type Draft,
  type ListKey,
} from './editor-draft.js';
import { emit } from './events.js';
import { t } from './i18n.js';
import { translateError, translateMessage } from './core-messages.js';
import { fieldLabel, typeLabel } from './labels.js';
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

/**
 * @summary Creates or edits a contact in tabs. Save validates in core and writes once; the
 * messages come back next to the fields. Cancel discards.
 * @event contact-save - `{ contact }` after a successful save.
 * @event contact-cancel - the user discarded the changes.
 * @csspart base - the form.
 * @csspart summary - the list of problems shown when saving fails.
 * @csspart tabs - the tab list; `tab` each tab.
 * @csspart panel - the fields of the chosen tab.
 * @csspart footer - the row of Cancel and Save; `button` each, also `cancel` and `save`.
 */
@localized()
export class ContactEditor extends LitElement {
  static override styles = [controlStyles, editorStyles];

  /** The contact to edit; undefined creates a new one. */
  @property({ attribute: false }) contact: Contact | undefined;

  @state() private draft: Draft = emptyDraft();
  @state() private tab: TabId = 'name';
  @state() private issues: FieldIssue[] = [];
  @state() private failure = '';
  @state() private saving = false;
  /** The user's tags on this contact, as typed (comma-separated). */
  @state() private tags = '';

  private readonly books = new BookController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('contact')) this.reset();
  }

  override render() {
    return html`
      <form
        part="base"
        novalidate
        @submit=${this.handleSubmit}
        @keydown=${this.handleFormKeydown}
        @paste=${this.handlePaste}
      >
        ${
          this.issues.length || this.failure
            ? html`<div class="summary" part="summary" role="alert">
                ${
                  this.failure ||
                  t(
                    '{count, plural, one {# field needs} other {# fields need}} attention: {list}',
                    {
                      count: this.issues.length,
                      list: this.issues
                        .map((issue) =>
                          issue.path.length
                            ? `${fieldLabel(issue.path)}: ${translateMessage(issue.message)}`
                            : translateMessage(issue.message),
                        )
                        .join('; '),
                    },
                  )
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
                part="tab"
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
        <div
          role="tabpanel"
          part="panel"
          id=${`panel-${this.tab}`}
          aria-labelledby=${`tab-${this.tab}`}
        >
          ${this.renderPanel()}
        </div>
        <footer role="none" part="footer">
          <button type="button" part="button cancel" @click=${this.handleCancel}>
            ${t('Cancel')}
          </button>
          <button type="submit" part="button save" class="primary" ?disabled=${this.saving}>
            ${t('Save')}
          </button>
        </footer>
      </form>
    `;
  }

  private renderPanel() {
    const d = this.draft;
    switch (this.tab) {
      case 'name':
        return html`<contact-photo-input
            .value=${d.photo}
            .name=${formatName(d.name) || d.organization || ''}
            @contact-photo-change=${(event: CustomEvent<{ photo?: ContactPhoto }>) =>
              this.patch({ photo: event.detail.photo })}
          ></contact-photo-input>
          <div class="grid">
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
              ${
                row.type === 'fax'
                  ? // A fax is only dialable in international format: country + number gives E.164.
                    html`<contact-phone-input
                      label=${t('Fax number')}
                      .value=${row.value}
                      .country=${this.books.book?.preferences.defaultRegion}
                      @contact-phone-change=${(event: CustomEvent<{ value: string }>) =>
                        this.patchRow('phones', index, { value: event.detail.value })}
                    ></contact-phone-input>`
                  : this.text(
                      t('Number'),
                      ['phones', index, 'value'],
                      row.value,
                      (value) => this.patchRow('phones', index, { value }),
                      'tel',
                    )
              }
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
            ${t('Tags, separated by commas')}
            <input
              name="tags"
              .value=${this.tags}
              @input=${(event: Event) => (this.tags = (event.target as HTMLInputElement).value)}
            />
          </label>
          <label>
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
      const tags = normalizeTags(this.tags.split(','));
      if (tags.join('\n') !== book.tagsOf(saved.id).join('\n')) await book.setTags(saved.id, tags);
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
        this.failure = translateError(error);
      }
    } finally {
      this.saving = false;
    }
  };

  /** A picture pasted anywhere in the editor becomes the contact's picture. */
  private handlePaste = async (event: ClipboardEvent) => {
    const file = [...(event.clipboardData?.files ?? [])].find((item) =>
      item.type.startsWith('image/'),
    );
    if (!file || event.defaultPrevented) return;
    event.preventDefault();
    this.tab = 'name';
    await this.updateComplete;
    await this.shadowRoot!.querySelector('contact-photo-input')?.takeFile(file);
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
    // The APG tabs pattern: arrows wrap, Home and End jump to the ends.
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[
      event.key
    ];
    if (target === undefined) return;
    event.preventDefault();
    this.tab = TABS[(target + TABS.length) % TABS.length].id;
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
    );
  };

  // ── Private helpers ───────────────────────────────────────────────────────

  private reset() {
    this.draft = this.contact
      ? draftOf(this.contact, { region: this.books.book?.preferences.defaultRegion })
      : emptyDraft();
    this.tags = this.contact ? (this.books.book?.tagsOf(this.contact.id).join(', ') ?? '') : '';
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
              aria-label=${t('Remove {what}', { what: fieldLabel([key, index]) })}
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
    const message = this.issues.find((issue) => issue.path.join('.') === key)?.message;
    return message ? translateMessage(message) : '';
  }

  private tabHasIssues(tab: TabId): boolean {
    const fields: readonly string[] = TABS.find((entry) => entry.id === tab)!.fields;
    return this.issues.some((issue) => fields.includes(String(issue.path[0] ?? 'name')));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-editor': ContactEditor;
  }
}
