import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { sqlIn } from '@preau/platform';
import type { SendRateWindow } from '../../application/ports/send-rate-window.port';

/** The send-rate count of decision 0008: an advisory lock per sender, then a count over the window. */
@Injectable()
export class SqlSendRateWindow implements SendRateWindow {
  private readonly sql;

  constructor(em: EntityManager) {
    this.sql = sqlIn(em);
  }

  async countSentSinceLocked(authorId: Id, since: Date): Promise<{ count: number; oldest: Date | null }> {
    // One sender's messages are counted one send at a time (until the transaction ends), whatever the process.
    await this.sql(`select pg_advisory_xact_lock(hashtextextended('messaging.send:' || ?::text, 0))`, [authorId]);
    const [row] = await this.sql<{ count: string; oldest: Date | null }>(
      `select count(*) as count, min(sent_at) as oldest from messaging.message where author_id = ? and sent_at > ?`,
      [authorId, since],
    );
    return { count: Number(row?.count ?? 0), oldest: row?.oldest ? new Date(row.oldest) : null };
  }
}
