import { LitElement, css, html, nothing } from 'lit';
import { localized } from '@lit/localize';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import type { Contact, ContactPhone } from '../core/contact.js';
import {
  ACTION_KINDS,
  contactMapLinks,
  faxLink,
  imLink,
  mailtoHref,
  smsHref,
  telHref,
  type ActionKind,
} from '../core/links.js';
import { formatPhone, normalizePhone } from '../core/phone.js';
import { DEFAULT_PREFERENCES, type Preferences } from '../core/prefs.js';
import { presenceOf, type PresenceProvider, type PresenceStatus } from '../core/presence.js';
import { handleActionClick } from './action-link.js';
import { BookController } from './book-controller.js';
import { t } from './i18n.js';
import { typeLabel } from './labels.js';
import { themeTokens } from './theme.js';

const PRESENCE_LABELS: Record<PresenceStatus, string> = {
  available: 'Available',
  away: 'Away',
  busy: 'Busy',
  offline: 'Offline',
  unknown: 'Status unknown',
};

/** Reads `kinds="email phone map"` as a list of action kinds. */
const kindsConverter = {
  fromAttribute: (value: string | null): ActionKind[] =>
    (value ?? '')
      .split(/[\s,]+/)
      .filter((kind): kind is ActionKind => (ACTION_KINDS as readonly string[]).includes(kind)),
};

/** The map providers `map-provider` accepts. */
const MAP_PROVIDERS: readonly Preferences['mapProvider'][] = ['google', 'openstreetmap'];

/** Reads `map-provider="openstreetmap"`; anything else leaves the preference in charge. */
const mapProviderConverter = {
  fromAttribute: (value: string | null): Preferences['mapProvider'] | undefined =>
    MAP_PROVIDERS.find((provider) => provider === value),
};

/**
 * @summary A contact's e-mails, phones, SMS, fax, IM and map as one-click links. Every click
 * fires a cancelable `contact-action`; the default follows the link (the map in a new window).
 *
 * @event contact-action - `{ kind, contact, value, href }`; preventDefault() to handle it yourself.
 *
 * @csspart base - The list.
 * @csspart row - One contact method.
 * @csspart label - Its type ("Work", "Mobile", "XMPP").
 * @csspart link - Every clickable link; also `email`, `phone`, `sms`, `fax`, `im`, `map` by kind.
 * @csspart disabled - A fax number or map that cannot be followed (with `hint` saying why).
 * @csspart hint - Why it cannot.
 * @csspart presence - An IM address's presence.
 */
@localized()
export class ContactActions extends LitElement {
  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
      }
      [part='base'] {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_cb-space-xs);
      }
      a {
        color: var(--_cb-accent);
        /* A long e-mail address wraps rather than widening a narrow screen. */
        overflow-wrap: anywhere;
      }
      [part~='label'] {
        color: var(--_cb-muted);
        margin-inline-end: var(--_cb-space);
      }
      [part~='disabled'] {
        color: var(--_cb-muted);
        cursor: not-allowed;
      }
      [part~='hint'] {
        color: var(--_cb-muted);
        font-size: var(--_cb-font-size-small);
        margin-inline-start: var(--_cb-space);
      }
      [part~='presence'] {
        font-size: var(--_cb-font-size-small);
        margin-inline-start: var(--_cb-space);
      }
    `,
  ];

  /** The contact whose actions are shown. */
  @property({ attribute: false }) contact?: Contact;

  /** Which kinds to show, in this order of sections; `kinds="map"` shows only "Access map". */
  @property({ converter: kindsConverter }) kinds: ActionKind[] = [...ACTION_KINDS];

  /** Preferences (imLinks, defaultRegion, mapProvider); defaults to the book's, from context. */
  @property({ attribute: false }) preferences?: Preferences;

  /** `google` or `openstreetmap`: overrides the `mapProvider` preference when set. */
  @property({ attribute: 'map-provider', converter: mapProviderConverter })
  mapProvider?: Preferences['mapProvider'];

  /** Where IM presence comes from; without one every status is "unknown". */
  @property({ attribute: false }) presence?: PresenceProvider;

  private readonly books = new BookController(this);
  private unsubscribePresence: (() => void)[] = [];
  /** The provider and URIs followed now, to re-follow only when they change. */
  private followed?: { provider: PresenceProvider; key: string };

  private readonly statuses = new Task(this, {
    task: async ([uris, provider], { signal }) => {
      const entries = await Promise.all(
        uris.map(async (uri) => [uri, await presenceOf({ provider, uri, signal })] as const),
      );
      return new Map<string, PresenceStatus>(entries);
    },
    args: () => [this.imUris(), this.presence] as const,
    // imUris() is a new array on every render: compare by content, or the task would loop.
    argsEqual: deepArrayEquals,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: follow again, and catch up with what changed meanwhile.
    if (this.hasUpdated) {
      this.followPresence();
      void this.statuses.run();
    }
  }

  override updated(): void {
    // The set of IM URIs depends on the contact, `kinds` and the imLinks preference alike.
    this.followPresence();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPresence();
  }

  override render() {
    const contact = this.contact;
    if (!contact) return nothing;
    const rows = this.kinds.flatMap((kind) => this.renderKind(kind, contact));
    return html`<ul part="base">
      ${rows}
    </ul>`;
  }

  private renderKind(kind: ActionKind, contact: Contact) {
    const prefs = this.prefs;
    switch (kind) {
      case 'email':
        return contact.emails.map((email) =>
          this.row(
            email.type,
            this.link('email', contact, email.value, mailtoHref(email.value), email.value),
          ),
        );
      case 'phone':
        return contact.phones
          .filter((phone) => phone.type !== 'fax')
          .map((phone) => this.phoneRow(phone, contact));
      case 'sms':
        // With phones shown, each mobile's row carries its SMS link already.
        return this.kinds.includes('phone')
          ? []
          : contact.phones
              .filter((phone) => phone.type === 'cell')
              .map((phone) => this.row('cell', this.smsLink(phone, contact)));
      case 'fax':
        return contact.phones
          .filter((phone) => phone.type === 'fax')
          .map((phone) => this.faxRow(phone, contact));
      case 'im':
        return contact.ims.map((im) => {
          const { label, address, href } = imLink(im);
          if (!prefs.imLinks || !href) return this.row(label, html`<span>${address}</span>`);
          const status = this.statuses.value?.get(href) ?? 'unknown';
          return this.row(
            label,
            html`${this.link('im', contact, href, href, address)}<span
                part="presence"
                data-status=${status}
                >${t(PRESENCE_LABELS[status])}</span
              >`,
          );
        });
      case 'map':
        return [this.mapRows(contact)];
    }
  }

  private phoneRow(phone: ContactPhone, contact: Contact) {
    const value = normalizePhone(phone.value, this.prefs.defaultRegion);
    const shown = formatPhone(value, { region: this.prefs.defaultRegion });
    const call = this.link(
      'phone',
      contact,
      value,
      telHref(value, { region: this.prefs.defaultRegion }),
      shown,
    );
    const sms =
      phone.type === 'cell' && this.kinds.includes('sms')
        ? html` ${this.smsLink(phone, contact, t('SMS'))}`
        : nothing;
    return this.row(phone.type, html`${call}${sms}`);
  }

  private smsLink(phone: ContactPhone, contact: Contact, text?: string) {
    const value = normalizePhone(phone.value, this.prefs.defaultRegion);
    const shown = text ?? formatPhone(value, { region: this.prefs.defaultRegion });
    return this.link(
      'sms',
      contact,
      value,
      smsHref(value, { region: this.prefs.defaultRegion }),
      shown,
    );
  }

  private faxRow(phone: ContactPhone, contact: Contact) {
    const shown = formatPhone(phone.value, { region: this.prefs.defaultRegion });
    const fax = faxLink(phone.value);
    if (fax.ok)
      return this.row(
        'fax',
        this.link('fax', contact, normalizePhone(phone.value), fax.href, shown),
      );
    return this.row(
      'fax',
      html`<span part="fax disabled" aria-disabled="true">${shown}</span
        ><span part="hint">${t(fax.reason)}</span>`,
    );
  }

  private mapRows(contact: Contact) {
    const provider = this.mapProvider ?? this.prefs.mapProvider;
    const result = contactMapLinks({ contact, provider });
    if (!result.ok) {
      return html`<li part="row">
        <a part="map disabled" role="link" aria-disabled="true">${t('Access map')}</a
        ><span part="hint">${t(result.reason)}</span>
      </li>`;
    }
    return result.links.map(({ address, text, href }) =>
      this.row(
        address.type,
        html`<a
            part="link map"
            href=${href}
            target="_blank"
            rel="noopener"
            title=${text}
            @click=${(event: MouseEvent) => handleActionClick(event, { kind: 'map', contact, value: text })}
            >${t('Access map')}</a
          ><span part="hint">${text}</span>`,
      ),
    );
  }

  private row(type: string | undefined, content: unknown) {
    const label = typeLabel(type);
    return html`<li part="row">
      ${label ? html`<span part="label">${label}</span>` : nothing}${content}
    </li>`;
  }

  private link(kind: ActionKind, contact: Contact, value: string, href: string, text: string) {
    return html`<a
      part="link ${kind}"
      href=${href}
      @click=${(event: MouseEvent) => handleActionClick(event, { kind, contact, value })}
      >${text}</a
    >`;
  }

  private get prefs(): Preferences {
    return this.preferences ?? this.books.book?.preferences ?? DEFAULT_PREFERENCES;
  }

  /** The IM URIs that show as links (and so with a presence). */
  private imUris(): string[] {
    if (!this.contact || !this.prefs.imLinks || !this.kinds.includes('im')) return [];
    return this.contact.ims.flatMap((im) => imLink(im).href ?? []);
  }

  /**
   * Follows the provider's live changes, when it offers them, by re-asking for the statuses.
   * Does nothing while the provider and the URIs are those already followed.
   */
  private followPresence(): void {
    const provider = this.presence;
    const uris = provider?.subscribe && this.isConnected ? this.imUris() : [];
    const key = uris.join('\n');
    if (this.followed && this.followed.provider === provider && this.followed.key === key) return;
    this.stopPresence();
    if (!provider?.subscribe || !uris.length) return;
    this.followed = { provider, key };
    this.unsubscribePresence = uris.map((uri) =>
      provider.subscribe!(uri, () => void this.statuses.run()),
    );
  }

  private stopPresence(): void {
    for (const unsubscribe of this.unsubscribePresence) unsubscribe();
    this.unsubscribePresence = [];
    this.followed = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-actions': ContactActions;
  }
}
