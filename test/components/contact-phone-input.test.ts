import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/define.js';
import type { ContactPhoneInput } from '../../src/components/contact-phone-input.js';
import { bookWith, provider } from './helpers.js';

const parts = (element: ContactPhoneInput) => ({
  country: element.shadowRoot!.querySelector<HTMLSelectElement>('[part=country]')!,
  number: element.shadowRoot!.querySelector<HTMLInputElement>('[part=number]')!,
  error: element.shadowRoot!.querySelector<HTMLElement>('[part=error]')!,
});

/** The input once its phone metadata has loaded (it loads it itself when no book did). */
async function phoneInput(
  template: TemplateResult,
  options?: Parameters<typeof fixture>[1],
): Promise<ContactPhoneInput> {
  const element = await fixture<ContactPhoneInput>(template, options);
  await waitUntil(() => !parts(element).number.disabled, 'the phone metadata did not load');
  await element.updateComplete;
  return element;
}

async function typeNumber(element: ContactPhoneInput, text: string) {
  const { number } = parts(element);
  number.value = text;
  const changed = oneEvent(element, 'contact-phone-change');
  number.dispatchEvent(new Event('input'));
  return (await changed).detail;
}

describe('<contact-phone-input>', () => {
  // First, on a fresh page: no book has loaded libphonenumber-js's metadata yet.
  it('works without a book: waits for its phone metadata, then lists every country', async () => {
    const element = await fixture<ContactPhoneInput>(
      html`<contact-phone-input value="+33612345678"></contact-phone-input>`,
    );
    expect(parts(element).number.disabled).to.equal(true);
    await waitUntil(() => !parts(element).number.disabled, 'the phone metadata did not load');
    await element.updateComplete;
    const { country, number } = parts(element);
    expect(country.options.length).to.be.greaterThan(200);
    expect(country.value).to.equal('FR');
    expect(number.value).to.equal('06 12 34 56 78');
  });

  it('produces E.164 from a country and a national number', async () => {
    const element = await phoneInput(html`<contact-phone-input label="Fax"></contact-phone-input>`);
    const { country, number } = parts(element);
    // Visible labels name both controls, in the shared control look.
    expect(number.labels![0].textContent!.trim()).to.equal('Fax');
    expect(country.labels![0].textContent!.trim()).to.match(/^Country/);
    expect(getComputedStyle(number).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(number).borderTopLeftRadius).to.equal('6px');
    const belgium = [...country.options].find((option) => option.value === 'BE')!;
    expect(belgium.label).to.equal('Belgium (+32)');
    country.value = 'BE';
    country.dispatchEvent(new Event('change'));
    expect(await typeNumber(element, '02 555 12 34')).to.deep.equal({
      value: '+3225551234',
      country: 'BE',
      valid: true,
    });
    expect(element.value).to.equal('+3225551234');
  });

  it('says why a number is not valid once the user leaves it', async () => {
    const element = await phoneInput(
      html`<contact-phone-input country="FR"></contact-phone-input>`,
    );
    expect(await typeNumber(element, '12')).to.deep.equal({
      value: '12',
      country: 'FR',
      valid: false,
    });
    await element.updateComplete;
    const { number, error } = parts(element);
    expect(error.hidden).to.equal(true);
    number.dispatchEvent(new Event('blur'));
    await element.updateComplete;
    expect(error.hidden).to.equal(false);
    expect(error.textContent).to.equal('This is not a valid number for that country');
    expect(number.getAttribute('aria-invalid')).to.equal('true');
  });

  it('shows a number set by the host in its country, in national format', async () => {
    const element = await phoneInput(
      html`<contact-phone-input value="+33612345678"></contact-phone-input>`,
    );
    const { country, number } = parts(element);
    expect(country.value).to.equal('FR');
    expect(number.value).to.equal('06 12 34 56 78');
  });

  it('starts from the default-region preference of the book', async () => {
    const book = await bookWith([]);
    await book.setPreferences({ defaultRegion: 'US' });
    const element = await phoneInput(html`<contact-phone-input></contact-phone-input>`, {
      parentNode: provider(book),
    });
    expect(parts(element).country.value).to.equal('US');
    // As the editor binds it: no country given means the preference.
    const bound = await phoneInput(
      html`<contact-phone-input .country=${undefined}></contact-phone-input>`,
      { parentNode: provider(book) },
    );
    expect(parts(bound).country.value).to.equal('US');
    expect(await typeNumber(element, '(202) 555-0142')).to.include({
      value: '+12025550142',
      valid: true,
    });
  });
});
