import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { templates as french } from '../../src/components/locales/fr.js';
import { placeholders, scanMessages } from './message-scan.js';

const { messages, bypasses } = scanMessages();
/** Product names and the web's scheme (a URL field's 'https://' hint), alike in every language. */
const PROPER_NAMES = /^(Google Maps|OpenStreetMap|https:\/\/|\s)+$/;

describe('the French catalog', () => {
  it('finds the messages of src/ (the scanner reads t() calls, label tables and core messages)', () => {
    const texts = new Set(messages.map((found) => found.text));
    for (const text of [
      'Delete',
      'First name',
      'Enter a valid e-mail address',
      'Card has no END:VCARD',
    ]) {
      assert.ok(texts.has(text), `scanner missed "${text}"`);
    }
    assert.ok(texts.size > 250, `only ${texts.size} messages found`);
  });

  it('translates every message of src/', () => {
    const missing = messages.filter((found) => !(found.text in french));
    assert.deepEqual(
      missing.map((found) => `${found.where}: ${found.text}`),
      [],
      'add these to src/components/locales/fr.ts (node --import tsx test/node/message-scan.ts fr)',
    );
  });

  it('keeps the placeholders of each message', () => {
    const broken = Object.entries(french).filter(
      ([english, translation]) => placeholders(english).join() !== placeholders(translation).join(),
    );
    assert.deepEqual(broken, []);
  });

  it('spaces punctuation the French way: no-break spaces before : ; ? ! and inside « »', () => {
    const plain = Object.values(french).filter((translation) => / [:;?!»]|« /.test(translation));
    assert.deepEqual(plain, [], 'use U+00A0 before : and inside « », U+202F before ; ? !');
  });

  it('holds no message src/ no longer shows', () => {
    const texts = new Set(messages.map((found) => found.text));
    assert.deepEqual(
      Object.keys(french).filter((english) => !texts.has(english)),
      [],
    );
  });
});

describe('visible text', () => {
  it('goes through t() (no words or literal aria-label/title/placeholder in html), in @localized() elements', () => {
    const real = bypasses.filter((bypass) => !PROPER_NAMES.test(bypass.text));
    assert.deepEqual(
      real.map((bypass) => `${bypass.where}: ${bypass.text}`),
      [],
    );
  });
});
