import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ContactActions } from '../../src/components/contact-actions.js';
import type { Contact } from '../../src/core/contact.js';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/core/prefs.js';
import type { PresenceProvider } from '../../src/core/presence.js';
import { bookWith, guardNavigation, provider, until } from './helpers.js';

const JANE = {
  name: { given: 'Jane', family: 'Doe' },
  emails: [{ value: 'jane@example.org', type: 'work' as const }],
  phones: [
    { value: '+33612345678', type: 'cell' as const },
    { value: '+3225551234', type: 'work' as const },
    { value: '+32 2 555 99 99', type: 'fax' as const },
    { value: '02 555 88 88', type: 'fax' as const },
  ],
  ims: [
    { value: 'xmpp:jane@example.org' },
    { value: 'skype:jane.doe?chat' },
    { value: 'javascript:alert(1)' },
  ],
  addresses: [
    {
      type: 'work' as const,
      street: '1 Rue de la Loi',
      postalCode: '1000',
      locality: 'Bruxelles',
      country: 'Belgium',
    },
  ],
};

async function jane(): Promise<Contact> {
  return (await bookWith([JANE])).all()[0]!;
}

async function render(
  contact: Contact,
  preferences: Partial<Preferences> = {},
  presence?: PresenceProvider,
) {
  const prefs = { ...DEFAULT_PREFERENCES, ...preferences };
  return fixture<ContactActions>(
    html`<contact-actions
      .contact=${contact}
      .preferences=${prefs}
      .presence=${presence}
    ></contact-actions>`,
  );
}

const links = (element: ContactActions, kind: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`a[part~=${kind}]`)].map((link) => ({
    href: link.getAttribute('href'),
    text: link.textContent!.trim(),
  }));

describe('<contact-actions>', () => {
  let seen: { defaultPrevented?: boolean };
  let unguard: () => void;
  beforeEach(() => {
    seen = {};
    unguard = guardNavigation(seen);
  });
  afterEach(() => unguard());

  it('links every e-mail, phone, mobile SMS and international fax', async () => {
    const element = await render(await jane(), { defaultRegion: 'BE' });
    expect(links(element, 'email')).to.deep.equal([
      { href: 'mailto:jane@example.org', text: 'jane@example.org' },
    ]);
    expect(links(element, 'phone')).to.deep.equal([
      { href: 'tel:+33612345678', text: '+33 6 12 34 56 78' },
      { href: 'tel:+3225551234', text: '02 555 12 34' },
    ]);
    expect(links(element, 'sms')).to.deep.equal([{ href: 'sms:+33612345678', text: 'SMS' }]);
    expect(links(element, 'fax')).to.deep.equal([
      { href: 'fax:+3225559999', text: '02 555 99 99' },
    ]);
  });

  it('shows a fax number without country code unclickable, with the hint', async () => {
    const element = await render(await jane());
    const disabled = element.shadowRoot!.querySelector('[part~=fax][part~=disabled]')!;
    expect(disabled.tagName).to.equal('SPAN');
    expect(disabled.textContent).to.equal('02 555 88 88');
    expect(disabled.nextElementSibling!.textContent).to.equal('Enter it in international format');
  });

  it('opens the map of the address in a new window, at the chosen provider', async () => {
    const contact = await jane();
    const google = await render(contact);
    const [link] = google.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~=map]');
    expect(link!.getAttribute('href')).to.equal(
      'https://www.google.com/maps/search/?api=1&query=1%20Rue%20de%20la%20Loi%2C%201000%20Bruxelles%2C%20Belgium',
    );
    expect(link!.target).to.equal('_blank');
    expect(link!.textContent!.trim()).to.equal('Access map');
    const osm = await render(contact, { mapProvider: 'openstreetmap' });
    expect(links(osm, 'map')[0]!.href).to.match(
      /^https:\/\/www\.openstreetmap\.org\/search\?query=1%20Rue/,
    );
  });

  it('lets map-provider override the preference', async () => {
    const contact = await jane();
    const osm = await fixture<ContactActions>(
      html`<contact-actions
        map-provider="openstreetmap"
        .contact=${contact}
        .preferences=${DEFAULT_PREFERENCES}
      ></contact-actions>`,
    );
    expect(links(osm, 'map')[0]!.href).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?/);
    const google = await fixture<ContactActions>(
      html`<contact-actions
        map-provider="google"
        .contact=${contact}
        .preferences=${{ ...DEFAULT_PREFERENCES, mapProvider: 'openstreetmap' }}
      ></contact-actions>`,
    );
    expect(links(google, 'map')[0]!.href).to.match(/^https:\/\/www\.google\.com\/maps\//);
    google.setAttribute('map-provider', 'bing');
    await google.updateComplete;
    expect(links(google, 'map')[0]!.href).to.match(/^https:\/\/www\.openstreetmap\.org\//);
  });

  it('disables Access map without an address, and says why', async () => {
    const element = await render((await bookWith([{ name: { given: 'Nomad' } }])).all()[0]!);
    const map = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=map]')!;
    expect(map.hasAttribute('href')).to.equal(false);
    expect(map.getAttribute('aria-disabled')).to.equal('true');
    expect(map.nextElementSibling!.textContent).to.equal('No postal address');
    let actions = 0;
    element.addEventListener('contact-action', () => actions++);
    map.click();
    expect(actions).to.equal(0);
  });

  it('fires a cancelable contact-action; the link is followed unless cancelled', async () => {
    const contact = await jane();
    const element = await render(contact);
    const mail = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=email]')!;
    const fired = oneEvent(element, 'contact-action');
    mail.click();
    const event = await fired;
    expect(event.detail).to.deep.equal({
      kind: 'email',
      contact,
      value: 'jane@example.org',
      href: 'mailto:jane@example.org',
    });
    expect(event.cancelable).to.equal(true);
    expect(seen.defaultPrevented).to.equal(false);
  });

  it('lets the host route an action itself by cancelling it', async () => {
    const contact = await jane();
    const element = await render(contact);
    const routed: unknown[] = [];
    element.addEventListener('contact-action', (event) => {
      routed.push(event.detail.kind, event.detail.value);
      event.preventDefault();
    });
    element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=sms]')!.click();
    expect(seen.defaultPrevented).to.equal(true);
    element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=map]')!.click();
    expect(seen.defaultPrevented).to.equal(true);
    expect(routed).to.deep.equal([
      'sms',
      '+33612345678',
      'map',
      '1 Rue de la Loi, 1000 Bruxelles, Belgium',
    ]);
  });

  it('shows IM addresses as plain text while the IM links preference is off', async () => {
    const element = await render(await jane());
    expect(links(element, 'im')).to.deep.equal([]);
    expect(element.shadowRoot!.textContent).to.include('jane@example.org');
    expect(element.shadowRoot!.querySelector('[part=presence]')).to.equal(null);
  });

  it('links IM addresses by scheme when the preference is on, presence unknown without a provider', async () => {
    const element = await render(await jane(), { imLinks: true });
    expect(links(element, 'im')).to.deep.equal([
      { href: 'xmpp:jane@example.org', text: 'jane@example.org' },
      { href: 'skype:jane.doe?chat', text: 'jane.doe' },
    ]);
    await element.updateComplete;
    const statuses = [...element.shadowRoot!.querySelectorAll('[part=presence]')].map(
      (node) => node.textContent,
    );
    expect(statuses).to.deep.equal(['Status unknown', 'Status unknown']);
  });

  it('shows presence from a provider, and follows its changes', async () => {
    let jabber: 'available' | 'away' = 'available';
    let notify = () => {};
    const presence: PresenceProvider = {
      status: async (uri) => (uri.startsWith('xmpp:') ? jabber : 'unknown'),
      subscribe: (uri, listener) => {
        if (uri.startsWith('xmpp:')) notify = () => listener(jabber);
        return () => {};
      },
    };
    const element = await render(await jane(), { imLinks: true }, presence);
    const status = () =>
      element.shadowRoot!.querySelector('[part=presence]')!.getAttribute('data-status');
    await until(() => status() === 'available', 'the element to settle');
    expect(element.shadowRoot!.querySelector('[part=presence]')!.textContent).to.equal('Available');
    jabber = 'away';
    notify();
    await until(() => status() === 'away', 'the element to settle');
  });

  it('follows presence again after a move, and re-follows when the IM addresses change', async () => {
    const followed = new Set<string>();
    const presence: PresenceProvider = {
      status: async () => 'available' as const,
      subscribe: (uri) => {
        followed.add(uri);
        return () => followed.delete(uri);
      },
    };
    const contact = await jane();
    const element = await render(contact, { imLinks: true }, presence);
    const xmppAndSkype = ['xmpp:jane@example.org', 'skype:jane.doe?chat'];
    expect([...followed]).to.deep.equal(xmppAndSkype);
    const parent = element.parentNode!;
    element.remove();
    expect([...followed]).to.deep.equal([]);
    parent.append(element);
    expect([...followed]).to.deep.equal(xmppAndSkype);
    element.kinds = ['email', 'map'];
    await element.updateComplete;
    expect([...followed]).to.deep.equal([]);
    element.kinds = ['im'];
    await element.updateComplete;
    expect([...followed]).to.deep.equal(xmppAndSkype);
    element.contact = { ...contact, ims: [{ value: 'sip:jane@example.org' }] };
    await element.updateComplete;
    expect([...followed]).to.deep.equal(['sip:jane@example.org']);
    element.preferences = { ...DEFAULT_PREFERENCES, imLinks: false };
    await element.updateComplete;
    expect([...followed]).to.deep.equal([]);
  });

  it('reads the preferences of the book in context and re-renders when they change', async () => {
    const book = await bookWith([JANE]);
    const element = await fixture<ContactActions>(
      html`<contact-actions .contact=${book.all()[0]}></contact-actions>`,
      {
        parentNode: provider(book),
      },
    );
    expect(links(element, 'im')).to.have.length(0);
    await book.setPreferences({ imLinks: true });
    await until(() => links(element, 'im').length === 2, 'the element to settle');
  });

  it('shows only the kinds asked for', async () => {
    const element = await fixture<ContactActions>(
      html`<contact-actions kinds="sms map" .contact=${await jane()}></contact-actions>`,
    );
    expect(links(element, 'sms')).to.deep.equal([
      { href: 'sms:+33612345678', text: '+33 6 12 34 56 78' },
    ]);
    expect(links(element, 'email')).to.deep.equal([]);
    expect(links(element, 'map')).to.have.length(1);
  });
});
