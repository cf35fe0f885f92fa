import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import sharp = require('sharp');
import { SharpFfmpegMediaProcessor } from './sharp-ffmpeg-media-processor';

/** A small valid PDF: `pages` A4 pages, the first with a black square (so a blank preview shows). */
function pdf(pages: number): Buffer {
  const objects: string[] = [];
  const pageIds = Array.from({ length: pages }, (_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = '<< >>';
  pageIds.forEach((id, i) => {
    const content = i === 0 ? '0 0 0 rg 100 400 300 300 re f' : '';
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 3 0 R /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body);
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const processor = new SharpFfmpegMediaProcessor();
let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'preau-document-spec-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('SharpFfmpegMediaProcessor: documents', () => {
  it('previews the first page of a PDF and counts its pages', async () => {
    const file = path.join(workDir, 'homework.pdf');
    await writeFile(file, pdf(3));

    const result = await processor.process({ kind: 'document', mimeType: 'application/pdf', path: file, workDir });

    expect(result.metadata).toEqual({ pages: 3 });
    expect(result.renditions).toEqual([{ name: 'preview', path: path.join(workDir, 'preview.png'), contentType: 'image/png', width: 905, height: 1280 }]);
    const preview = sharp(result.renditions[0].path);
    expect((await preview.metadata()).format).toBe('png');
    // The black square of page 1 is drawn: the preview is not blank.
    const { channels } = await preview.stats();
    expect(channels[0].min).toBeLessThan(20);
    expect(channels[0].max).toBeGreaterThan(235);
    expect((await readdir(workDir)).sort()).toEqual(['homework.pdf', 'preview.png']);
  });

  it('fails cleanly on a damaged PDF', async () => {
    const file = path.join(workDir, 'broken.pdf');
    await writeFile(file, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x5a)]));
    const failure = await processor.process({ kind: 'document', mimeType: 'application/pdf', path: file, workDir }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'MediaProcessingFailure', reason: 'CORRUPTED_FILE' });
    expect(await readdir(workDir)).toEqual(['broken.pdf']);
  });

  it.each(['text/plain', 'application/vnd.oasis.opendocument.text', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'])(
    'gives %s no rendition (it is served as a download)',
    async (mimeType) => {
      const file = path.join(workDir, 'notes');
      await writeFile(file, 'Sortie au musée jeudi');
      expect(await processor.process({ kind: 'document', mimeType, path: file, workDir })).toEqual({ renditions: [], metadata: {} });
    },
  );

  it('refuses a link: links never reach the processor', async () => {
    const failure = await processor.process({ kind: 'link', mimeType: '', path: '/nonexistent', workDir }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ name: 'MediaProcessingFailure', reason: 'UNSUPPORTED_FORMAT' });
  });
});
