import { expect } from '@open-wc/testing';
import { exportContacts, readContactFile } from '../../src/core/formats/index.js';
import type { ReadReply } from '../../src/components/import/worker-protocol.js';

describe('formats in the browser', () => {
  it('reads CSV and writes a PDF with the shipped font', async () => {
    const csv = 'First Name,Last Name,E-mail Address\nZoë,Müller,zoe@example.com\n';
    const result = readContactFile(new TextEncoder().encode(csv), 'x.csv');
    expect(result.contacts[0].formattedName).to.equal('Zoë Müller');
    const fontUrl = new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url);
    const font = await (await fetch(fontUrl)).arrayBuffer();
    const file = await exportContacts(result.contacts, 'pdf', { font });
    expect(file.mimeType).to.equal('application/pdf');
  });

  it('the import worker starts and reads a file off the main thread', async () => {
    const url = new URL('../../src/components/import/contact-file-worker.ts', import.meta.url);
    const worker = new Worker(url, { type: 'module' });
    const bytes = new TextEncoder().encode(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada\r\nEND:VCARD\r\n',
    ).buffer;
    const reply = new Promise<ReadReply>((resolve, reject) => {
      worker.addEventListener('message', (event) => resolve(event.data));
      worker.addEventListener('error', () => reject(new Error('the worker did not load')));
    });
    worker.postMessage({ id: 7, bytes, fileName: 'a.vcf' });
    const data = await reply;
    worker.terminate();
    expect(data.id).to.equal(7);
    expect('result' in data && data.result.contacts[0].formattedName).to.equal('Ada');
  });
});
