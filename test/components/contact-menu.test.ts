import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { ContactMenu } from '../../src/components/contact-menu.js';
import { allInside, inside, settle } from './helpers.js';

const key = (target: Element, name: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));

async function menu() {
  const element = await fixture<ContactMenu>(
    html`<contact-menu
      label="More"
      .items=${[
        { value: 'a', label: 'First' },
        { value: 'b', label: 'Disabled', disabled: true },
        { value: 'c', label: 'Third' },
      ]}
    ></contact-menu>`,
  );
  return { element, button: inside<HTMLButtonElement>(element, 'button[part="button"]') };
}

describe('<contact-menu>', () => {
  it('opens with ArrowDown, moves with the arrows past disabled items, chooses with Enter', async () => {
    const { element, button } = await menu();
    button.focus();
    key(button, 'ArrowDown');
    await settle(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const focused = () => element.shadowRoot!.activeElement?.textContent?.trim();
    expect(focused()).to.equal('First');
    key(inside(element, '[role="menu"]'), 'ArrowDown');
    expect(focused()).to.equal('Third');
    key(inside(element, '[role="menu"]'), 'ArrowDown');
    expect(focused()).to.equal('First');
    key(inside(element, '[role="menu"]'), 'End');
    setTimeout(() => (element.shadowRoot!.activeElement as HTMLButtonElement).click());
    const { detail } = await oneEvent(element, 'contact-menu-select');
    expect(detail.value).to.equal('c');
    await settle(element);
    expect(allInside(element, '[role="menu"]')).to.have.length(0);
    expect(element.shadowRoot!.activeElement).to.equal(button);
  });

  it('closes with Escape or Tab and leaves focus on its button', async () => {
    const { element, button } = await menu();
    for (const exit of ['Escape', 'Tab']) {
      button.click();
      await settle(element);
      key(inside(element, '[role="menu"]'), exit);
      await settle(element);
      expect(allInside(element, '[role="menu"]'), exit).to.have.length(0);
      expect(element.shadowRoot!.activeElement, exit).to.equal(button);
    }
  });

  it('closes when the user clicks elsewhere', async () => {
    const { element, button } = await menu();
    button.click();
    await settle(element);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(element);
    expect(allInside(element, '[role="menu"]')).to.have.length(0);
  });
});
