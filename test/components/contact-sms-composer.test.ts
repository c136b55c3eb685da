import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/define.js';
import type { SmsRecipient } from '../../src/components/events.js';
import type { ContactSmsComposer } from '../../src/components/contact-sms-composer.js';
import { bookWith, guardNavigation, provider } from './helpers.js';

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
  const byName = (given: string) => book.all().find((contact) => contact.name.given === given)!;
  return { book, byName };
}

const root = (element: ContactSmsComposer) => element.shadowRoot!;
const recipients = (element: ContactSmsComposer) =>
  [...root(element).querySelectorAll('[part=recipient] [part=name]')].map(
    (node) => node.textContent,
  );

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

  it('adds recipients from the book with the Add picker, and removes them', async () => {
    const { book, byName } = await team();
    const element = await fixture<ContactSmsComposer>(
      html`<contact-sms-composer .contacts=${[byName('Ann')]}></contact-sms-composer>`,
      {
        parentNode: provider(book),
      },
    );
    const picker = root(element).querySelector<HTMLSelectElement>('[part=picker]')!;
    // Ann is already in; Cid has no mobile.
    expect([...picker.options].map((option) => option.label)).to.deep.equal(['Bob Roy', 'Dee Ray']);
    picker.value = byName('Dee').id;
    root(element).querySelector<HTMLButtonElement>('[part=add]')!.click();
    await element.updateComplete;
    expect(recipients(element)).to.deep.equal(['Ann Lee', 'Dee Ray']);
    root(element).querySelector<HTMLButtonElement>('[part=recipient] [part=remove]')!.click();
    await element.updateComplete;
    expect(recipients(element)).to.deep.equal(['Dee Ray']);
  });

  it('fires a cancelable contact-sms-send, so the host can send through its own service', async () => {
    const { byName } = await team();
    const seen: { defaultPrevented?: boolean } = {};
    const unguard = guardNavigation(seen);
    try {
      const element = await fixture<ContactSmsComposer>(
        html`<contact-sms-composer
          .candidates=${[]}
          .contacts=${[byName('Dee')]}
        ></contact-sms-composer>`,
      );
      await type(element, 'Hello');
      element.addEventListener('contact-sms-send', (event) => event.preventDefault());
      const fired = oneEvent(element, 'contact-sms-send');
      root(element).querySelector<HTMLAnchorElement>('[part=send]')!.click();
      const { detail } = await fired;
      expect(detail.message).to.equal('Hello');
      expect(detail.recipients.map((recipient: SmsRecipient) => recipient.number)).to.deep.equal([
        '+33633333333',
      ]);
      expect(detail.href).to.equal('sms:+33633333333?body=Hello');
      expect(seen.defaultPrevented).to.equal(true);
    } finally {
      unguard();
    }
  });
});
