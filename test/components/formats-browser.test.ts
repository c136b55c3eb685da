import { expect } from '@open-wc/testing';
import { readContactFile, exportContacts } from '../../src/core/formats/index.js';

describe('formats in the browser', () => {
  it('reads CSV and writes a PDF', async () => {
    const csv = 'First Name,Last Name,E-mail Address\nZoë,Müller,zoe@example.com\n';
    const result = readContactFile(new TextEncoder().encode(csv), 'x.csv');
    expect(result.contacts[0].formattedName).to.equal('Zoë Müller');
    const font = await (
      await fetch(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url))
    ).arrayBuffer();
    const file = await exportContacts(result.contacts, 'pdf', { font });
    expect(file.mimeType).to.equal('application/pdf');
  });
});
