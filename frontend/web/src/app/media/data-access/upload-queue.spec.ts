import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MediaItemView } from '@preau/contracts';
import { mediaItem } from './media-test-data';
import { UploadQueue } from './upload-queue';

const file = (name: string, size = 1000) => new File([new Uint8Array(size)], name, { type: 'image/jpeg' });
const problem = (status: number, code: string) => ({ type: 'about:blank', title: code, status, code });

describe('UploadQueue', () => {
  let queue: UploadQueue;
  let backend: HttpTestingController;
  const uploads = () => backend.match((r) => r.method === 'POST' && r.url === '/api/v1/media');
  const poll = (id: string) => backend.expectOne((r) => r.method === 'GET' && r.url === `/api/v1/media/${id}`);
  const entry = (i = 0) => queue.entries()[i];

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), UploadQueue] });
    queue = TestBed.inject(UploadQueue);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  function accept(req: TestRequest, item: MediaItemView): void {
    req.flush(item, { status: 202, statusText: 'Accepted' });
  }

  it('sends each file as multipart "file" and reports its progress', () => {
    queue.add([file('parc.jpg')]);
    const [req] = uploads();
    const body = req.request.body as FormData;
    expect((body.get('file') as File).name).toBe('parc.jpg');
    expect(req.request.reportProgress).toBe(true);
    expect(entry()).toMatchObject({ name: 'parc.jpg', state: 'uploading', progress: 0 });

    req.event({ type: HttpEventType.UploadProgress, loaded: 250, total: 1000 });
    expect(entry().progress).toBe(25);
    req.event({ type: HttpEventType.UploadProgress, loaded: 1000, total: 1000 });
    expect(entry().progress).toBe(100);
    accept(req, mediaItem({ status: 'processing', renditions: {} }));
    expect(entry().state).toBe('processing');
    expect(queue.announcement()).toEqual({ key: 'media.live.processing', params: { name: 'parc.jpg' } });
    // It is polled from now on.
    queue.dismiss(entry().key);
  });

  it('polls the item every 2 s until it is ready, then stops', () => {
    const seen: string[] = [];
    queue.itemChanges.subscribe((i) => seen.push(i.status));
    queue.add([file('parc.jpg')]);
    accept(uploads()[0], mediaItem({ status: 'processing' }));
    expect(queue.tracks('m1')).toBe(true);

    jest.advanceTimersByTime(1999);
    backend.expectNone('/api/v1/media/m1');
    jest.advanceTimersByTime(1);
    poll('m1').flush(mediaItem({ status: 'processing' }));
    expect(entry().state).toBe('processing');

    jest.advanceTimersByTime(2000);
    poll('m1').flush(mediaItem({ status: 'ready' }));
    expect(entry().state).toBe('ready');
    expect(queue.announcement()).toEqual({ key: 'media.live.ready', params: { name: 'parc.jpg' } });
    expect(queue.tracks('m1')).toBe(false);
    expect(queue.busy()).toBe(false);
    expect(seen).toEqual(['processing', 'processing', 'ready']);

    jest.advanceTimersByTime(10_000);
    backend.expectNone('/api/v1/media/m1');
  });

  it('ends on failed with the reason in words, and stops polling', () => {
    queue.add([file('flou.jpg')]);
    accept(uploads()[0], mediaItem({ status: 'processing' }));
    jest.advanceTimersByTime(2000);
    poll('m1').flush(mediaItem({ status: 'failed', reason: { code: 'CORRUPTED_FILE', message: 'corrupted' } }));
    expect(entry()).toMatchObject({ state: 'failed', errorKey: 'media.reasons.CORRUPTED_FILE' });
    expect(queue.announcement()).toEqual({
      key: 'media.live.failed',
      params: { name: 'flou.jpg', reasonKey: 'media.reasons.CORRUPTED_FILE' },
    });
    jest.advanceTimersByTime(10_000);
    backend.expectNone('/api/v1/media/m1');
  });

  it('keeps polling after a lost poll (network), not after a 404', () => {
    queue.add([file('a.jpg')]);
    accept(uploads()[0], mediaItem({ status: 'processing' }));
    jest.advanceTimersByTime(2000);
    poll('m1').error(new ProgressEvent('error'), { status: 0 });
    jest.advanceTimersByTime(2000);
    poll('m1').flush(problem(404, 'NOT_FOUND'), { status: 404, statusText: 'Not Found' });
    expect(entry()).toMatchObject({ state: 'refused', errorKey: 'errors.NOT_FOUND' });
    jest.advanceTimersByTime(10_000);
    backend.expectNone('/api/v1/media/m1');
  });

  it.each([
    [413, 'PAYLOAD_TOO_LARGE', 'media.uploadErrors.PAYLOAD_TOO_LARGE'],
    [415, 'UNSUPPORTED_MEDIA_TYPE', 'media.uploadErrors.UNSUPPORTED_MEDIA_TYPE'],
    [507, 'QUOTA_EXCEEDED', 'media.uploadErrors.QUOTA_EXCEEDED'],
    [403, 'FORBIDDEN', 'errors.FORBIDDEN'],
  ])('turns a %s %s into words', (status, code, key) => {
    queue.add([file('x.jpg')]);
    uploads()[0].flush(problem(status, code), { status, statusText: 'x' });
    expect(entry()).toMatchObject({ state: 'refused', errorKey: key });
    expect(queue.announcement()).toEqual({ key: 'media.live.refused', params: { name: 'x.jpg', reasonKey: key } });
  });

  it('reads the refusal from the status when a proxy answers without a problem body', () => {
    queue.add([file('x.jpg')]);
    uploads()[0].flush('<html>Too large</html>', { status: 413, statusText: 'Request Entity Too Large' });
    expect(entry().errorKey).toBe('media.uploadErrors.PAYLOAD_TOO_LARGE');
  });

  it('sends two files at a time, the next when one is done', () => {
    queue.add([file('1.jpg'), file('2.jpg'), file('3.jpg')]);
    expect(uploads().length).toBe(2);
    expect(queue.entries().map((e) => e.state)).toEqual(['uploading', 'uploading', 'waiting']);
  });

  it('starts the waiting file once one is over', () => {
    queue.add([file('1.jpg'), file('2.jpg'), file('3.jpg')]);
    const [first, second] = uploads();
    first.flush(problem(415, 'UNSUPPORTED_MEDIA_TYPE'), { status: 415, statusText: 'x' });
    const [third] = uploads();
    expect((third.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(queue.entries().map((e) => e.state)).toEqual(['refused', 'uploading', 'uploading']);
    second.flush(mediaItem({ id: 'm2', status: 'ready' }), { status: 202, statusText: 'Accepted' });
    third.flush(mediaItem({ id: 'm3', status: 'ready' }), { status: 202, statusText: 'Accepted' });
    expect(queue.busy()).toBe(false);
  });

  it('cancels an upload and forgets finished entries', () => {
    queue.add([file('1.jpg'), file('2.jpg')]);
    const [first, second] = uploads();
    queue.dismiss(entry(0).key);
    expect(first.cancelled).toBe(true);
    second.flush(problem(507, 'QUOTA_EXCEEDED'), { status: 507, statusText: 'x' });
    queue.clearFinished();
    expect(queue.entries()).toEqual([]);
  });

  it('uploads a recording under its name', () => {
    queue.addBlob(new Blob(['ogg'], { type: 'audio/ogg' }), 'enregistrement.ogg');
    const [req] = uploads();
    expect(((req.request.body as FormData).get('file') as File).name).toBe('enregistrement.ogg');
    accept(req, mediaItem({ kind: 'audio', status: 'ready' }));
    expect(entry().state).toBe('ready');
  });

  it('shows an item answered with only {id, kind, status} under its file name until the first poll', () => {
    const seen: MediaItemView[] = [];
    queue.itemChanges.subscribe((i) => seen.push(i));
    queue.add([file('sortie.jpg')]);
    uploads()[0].flush({ id: 'm9', kind: 'image', status: 'processing' }, { status: 202, statusText: 'Accepted' });
    expect(seen[0]).toMatchObject({ id: 'm9', title: 'sortie', renditions: {}, sharedWithClassIds: [] });
    queue.dismiss(entry().key);
  });
});
