import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { RecordPrintingCommand } from './record-printing.command';
import { RecordPrintingHandler } from './record-printing.handler';

describe('RecordPrintingHandler', () => {
  it('publishes CredentialsPrinted (audited): who printed what of which school and class, and how many accounts', async () => {
    const { outbox, published } = recordingOutbox(new FixedClock());
    await new RecordPrintingHandler(outbox).execute(new RecordPrintingCommand('ferry.direction', 'ferry', 'ferry-ce2a', 'login-sheets', 2));
    expect(published.map((m) => [m.type, m.payload, m.actorId])).toEqual([
      [
        'administration.credentials-printed',
        { schoolId: 'ferry', actorId: 'ferry.direction', classId: 'ferry-ce2a', what: 'login-sheets', accounts: 2 },
        'ferry.direction',
      ],
    ]);
  });

  it('records the printing of a whole school (no class)', async () => {
    const { outbox, published } = recordingOutbox(new FixedClock());
    await new RecordPrintingHandler(outbox).execute(new RecordPrintingCommand('ferry.direction', 'ferry', null, 'family-letters', 0));
    expect(published[0].payload).toMatchObject({ classId: null, what: 'family-letters', accounts: 0 });
  });
});
