import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SmsRecipient } from '../../src/components/events.js';
import type { ContactSmsComposer } from '../../src/components/contact-sms-composer.js';
import { MAX_PICKER_MATCHES } from '../../src/components/sms-recipients.js';
import type { ContactBook } from '../../src/core/book.js';
import type { Contact } from '../../src/core/contact.js';
import { bookWith, guardNavigation, provider, type as typeInto } from './helpers.js';

async function team() {
  const book = await bookWith([
    { name: { given: 'Ann', family: 'Lee' }, phones: [{ value: '+33612345678', type: 'cell' }] },
    {
      name: { given: 'Bob', family: 'Roy' },
      phones: [
        { value: '+33611111111', type: 'cell' },
        { value: '+33622222222', type: 'cell', pref: true },
      ],
    },
    { name: { given: 'Cid', family: 'Moe' }, phones: [{ value: '+3225551234', type: 'work' }] },
    { name: { given: 'Dee', family: 'Ray' }, phones: [{ value: '+33633333333', type: 'cell' }] },
  ]);
  await book.setPreferences({ displayOrder: 'first-last' });
  const byName = (given: string) => book.all().find((contact) => contact.name.given === given)!;
  return { book, byName };
}

const root = (element: ContactSmsComposer) => element.shadowRoot!;
const recipients = (element: ContactSmsComposer) =>
  [...root(element).querySelectorAll('[part=recipient] [part=name]')].map(
    (node) => node.textContent,
  );

const offered = (element: ContactSmsComposer) =>
  [...root(element).querySelectorAll('[part=match]')].map((node) => node.textContent!.trim());

async function search(element: ContactSmsComposer, text: string) {
  typeInto(root(element).querySelector<HTMLInputElement>('[part=picker]')!, text);
  await element.updateComplete;
}

/** Counts the calls that read the whole book (list, all), to check a render does none. */
function countReads(book: ContactBook): { reads: number } {
  const counter = { reads: 0 };
  for (const method of ['list', 'all'] as const) {
    const original = book[method].bind(book) as (...args: unknown[]) => unknown;
    (book as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      counter.reads++;
      return original(...args);
    };
  }
  return counter;
}

async function type(element: ContactSmsComposer, text: string) {
  const box = root(element).querySelector<HTMLTextAreaElement>('[part=message]')!;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

describe('<contact-sms-composer>', () => {
  it('writes to the mobiles of the selection (the preferred one), naming those without', async () => {
    const { book, byName } = await team();
    const element = await fixture<ContactSmsComposer>(
      html`<contact-sms-composer
        .contacts=${[byName('Ann'), byName('Bob'), byName('Cid')]}
      ></contact-sms-composer>`,
      { parentNode: provider(book) },
    );
    expect(recipients(element)).to.deep.equal(['Ann Lee', 'Bob Roy']);
    expect(root(element).querySelector('[part=skipped]')!.textContent!.trim()).to.equal(
      'No mobile number: Cid Moe',
    );
    expect(root(element).querySelector('[part=reminder]')!.textContent).to.equal(
      'Sign your message: your recipients may not have your number.',
    );
    const send = root(element).querySelector<HTMLAnchorElement>('[part=send]')!;
    expect(send.hasAttribute('href')).to.equal(false);
    await type(element, 'Meeting at 5 — Jo');
    expect(send.getAttribute('href')).to.equal(
      'sms:+33612345678,+33622222222?body=Meeting%20at%205%20%E2%80%94%20Jo',
    );
  });

  it('takes the theme: its fields and buttons use the --cb-* tokens, Send is the main button', async () => {
    const { book, byName } = await team();
    const element = await fixture<ContactSmsComposer>(
      html`<contact-sms-composer
        style="--cb-accent: rgb(1, 2, 3); --cb-accent-text: rgb(250, 251, 252); --cb-font: monospace"
        .contacts=${[byName('Ann')]}
      ></contact-sms-composer>`,
      { parentNode: provider(book) },
    );
    await type(element, 'Hello');
    const send = getComputedStyle(root(element).querySelector('[part=send]')!);
    expect(send.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(send.color).to.equal('rgb(250, 251, 252)');
    for (const part of ['picker', 'message', 'remove']) {
      const control = root(element).querySelector(`[part=${part}]`)!;
      expect(getComputedStyle(control).fontFamily, part).to.equal('monospace');
    }
  });

  it('adds recipients found by typing in the Add picker, and removes them', async () => {
    const { book } = await team();
    const element = await fixture<ContactSmsComposer>(
      html`<contact-sms-composer .contacts=${[book.all()[0]]}></contact-sms-composer>`,
      { parentNode: provider(book) },
    );
    expect(root(element).querySelector('[part=matches]')).to.equal(null);
    // Ann is already in; Cid has no mobile; folded prefixes of any word of the name match.
    await search(element, 'R');
    expect(offered(element)).to.deep.equal(['Bob Roy', 'Dee Ray']);
    await search(element, 'DÉE r');
    expect(offered(element)).to.deep.equal(['Dee Ray']);
    root(element).querySelector<HTMLButtonElement>('[part=match]')!.click();
    await element.updateComplete;
    expect(recipients(element)).to.deep.equal(['Ann Lee', 'Dee Ray']);
    expect(root(element).querySelector<HTMLInputElement>('[part=picker]')!.value).to.equal('');
    await search(element, 'cid');
    expect(offered(element)).to.deep.equal([]);
    expect(root(element).querySelector('[part=no-match]')).to.not.equal(null);
    root(element).querySelector<HTMLButtonElement>('[part=recipient] [part=remove]')!.click();
    await element.updateComplete;
    expect(recipients(element)).to.deep.equal(['Dee Ray']);
  });

  it('reads nothing of a large book until the user types, then lists at most 20', async () => {
    const book = await bookWith(
      Array.from({ length: 2000 }, (_, index) => ({
        name: { given: `Dee${String(index).padStart(4, '0')}`, family: 'Ray' },
        phones: [{ value: `+336${String(10_000_000 + index)}`, type: 'cell' as const }],
      })),
    );
    const counter = countReads(book);
    const element = await fixture<ContactSmsComposer>(
      html`<contact-sms-composer .contacts=${[]}></contact-sms-composer>`,
      { parentNode: provider(book) },
    );
    element.message = 'Hi';
    await element.updateComplete;
    expect(counter.reads).to.equal(0);
    await search(element, 'ray');
    expect(counter.reads).to.be.greaterThan(0);
    expect(offered(element)).to.have.length(MAX_PICKER_MATCHES);
    expect(offered(element)[0], "the book's default order").to.equal('Ray, Dee0000');
    await search(element, 'dee1999');
    expect(offered(element)).to.deep.equal(['Ray, Dee1999']);
  });

  it("names recipients, matches and skipped contacts in the user's display order", async () => {
    const { book, byName } = await team();
    await book.setPreferences({ displayOrder: 'last-first' });
    const element = await fixture<ContactSmsComposer>(
      html`<contact-sms-composer
        .contacts=${[byName('Ann'), byName('Cid')]}
      ></contact-sms-composer>`,
      { parentNode: provider(book) },
    );
    expect(recipients(element)).to.deep.equal(['Lee, Ann']);
    expect(root(element).querySelector('[part=skipped]')!.textContent).to.contain('Moe, Cid');
    await search(element, 'ray');
    expect(offered(element)).to.deep.equal(['Ray, Dee']);
  });

  it('adds from a choice of books', async () => {
    const { book } = await team();
    const group = await bookWith([
      { name: { given: 'Eve', family: 'Ray' }, phones: [{ value: '+33644444444', type: 'cell' }] },
    ]);
    const element = await fixture<ContactSmsComposer>(
      html`<contact-sms-composer .books=${[book, group]}></contact-sms-composer>`,
    );
    const choice = root(element).querySelector<HTMLSelectElement>('[part=book]')!;
    expect(choice.options).to.have.length(2);
    await search(element, 'ray');
    expect(offered(element)).to.deep.equal(['Dee Ray']);
    choice.value = '1';
    choice.dispatchEvent(new Event('change'));
    await element.updateComplete;
    // With no book of its own in context, names follow the chosen book's display order.
    expect(offered(element)).to.deep.equal(['Ray, Eve']);
    root(element).querySelector<HTMLButtonElement>('[part=match]')!.click();
    await element.updateComplete;
    expect(recipients(element)).to.deep.equal(['Ray, Eve']);
  });

  /** Clicks Send for these contacts with "Hello"; `cancel` has a listener cancel the action. */
  async function send(contacts: Contact[], { cancel }: { cancel: boolean }) {
    const seen: { defaultPrevented?: boolean } = {};
    const unguard = guardNavigation(seen);
    try {
      const element = await fixture<ContactSmsComposer>(
        html`<contact-sms-composer .books=${[]} .contacts=${contacts}></contact-sms-composer>`,
      );
      await type(element, 'Hello');
      if (cancel) element.addEventListener('contact-action', (event) => event.preventDefault());
      const fired = oneEvent(element, 'contact-action');
      root(element).querySelector<HTMLAnchorElement>('[part=send]')!.click();
      return { event: await fired, followed: !seen.defaultPrevented };
    } finally {
      unguard();
    }
  }

  it('fires a cancelable contact-action of kind sms, so the host can send through its own service', async () => {
    const { byName } = await team();
    const { event, followed } = await send([byName('Dee'), byName('Bob')], { cancel: true });
    const { detail } = event;
    expect(detail.kind).to.equal('sms');
    expect(detail.contact).to.equal(byName('Dee'));
    expect(detail.value).to.equal('+33633333333,+33622222222');
    expect(detail.message).to.equal('Hello');
    expect(detail.recipients!.map((recipient: SmsRecipient) => recipient.number)).to.deep.equal([
      '+33633333333',
      '+33622222222',
    ]);
    expect(detail.href).to.equal('sms:+33633333333,+33622222222?body=Hello');
    expect(followed).to.equal(false);
  });

  it('follows the sms: link when no one cancels Send', async () => {
    const { byName } = await team();
    const { event, followed } = await send([byName('Dee')], { cancel: false });
    expect(event.cancelable).to.equal(true);
    expect(followed).to.equal(true);
  });
});
