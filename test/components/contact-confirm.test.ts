import { expect, fixture, html } from '@open-wc/testing';
import type { ContactConfirm } from '../../src/components/contact-confirm.js';
import { inside, settle, type } from './helpers.js';

async function confirmElement() {
  const element = await fixture<ContactConfirm>(html`<contact-confirm></contact-confirm>`);
  return element;
}

describe('<contact-confirm>', () => {
  it('Escape cancels (the answer is no)', async () => {
    const element = await confirmElement();
    const answer = element.ask({ heading: 'Delete?', message: 'Sure?', confirmLabel: 'Delete' });
    await settle(element);
    const dialog = inside<HTMLDialogElement>(element, 'dialog');
    expect(dialog.open).to.be.true;
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    dialog.close();
    expect(await answer).to.be.false;
  });

  it('Enter confirms only once the required text is typed exactly', async () => {
    const element = await confirmElement();
    const answer = element.ask({
      heading: 'Empty?',
      message: 'All contacts go to the trash.',
      confirmLabel: 'Empty',
      requireText: 'Private',
    });
    await settle(element);
    const input = inside<HTMLInputElement>(element, 'input');
    const form = inside<HTMLFormElement>(element, 'form');
    type(input, 'private');
    await settle(element);
    form.requestSubmit();
    await settle(element);
    expect(inside<HTMLDialogElement>(element, 'dialog').open, 'a wrong name does not confirm').to.be
      .true;
    type(input, 'Private');
    await settle(element);
    form.requestSubmit();
    expect(await answer).to.be.true;
  });

  it("asked again right after Cancel, the first dialog's late close event answers nothing", async () => {
    const element = await confirmElement();
    const request = { heading: 'Delete?', message: 'Sure?', confirmLabel: 'Delete' };
    const first = element.ask(request);
    await settle(element);
    [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.value === 'cancel')!.click();
    expect(await first).to.be.false;
    // Asked again before the close event of the Cancel has been delivered (it comes a task later).
    const second = element.ask(request);
    await settle(element);
    expect(inside<HTMLDialogElement>(element, 'dialog').open).to.be.true;
    inside<HTMLFormElement>(element, 'form').requestSubmit();
    expect(await second).to.be.true;
  });

  it('a new question answers the pending one with no', async () => {
    const element = await confirmElement();
    const first = element.ask({ heading: 'A?', message: '', confirmLabel: 'A' });
    await settle(element);
    const second = element.ask({ heading: 'B?', message: '', confirmLabel: 'B' });
    expect(await first).to.be.false;
    await settle(element);
    inside<HTMLButtonElement>(element, 'button[type="submit"]').click();
    expect(await second).to.be.true;
  });
});
