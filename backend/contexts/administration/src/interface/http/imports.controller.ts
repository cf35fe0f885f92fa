import '@fastify/multipart';
import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCodes, type ImportJobView, type ImportReport } from '@preau/contracts';
import { importQuerySchema } from '@preau/contracts/schemas';
import { DomainError } from '@preau/kernel';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { ImportOndeFileCommand } from '../../application/commands/import-onde-file/import-onde-file.command';
import { IMPORT_SETTINGS, type ImportSettings } from '../../application/import/import-limits';
import { GetImportJobQuery } from '../../application/queries/get-import-job/get-import-job.query';

class ImportQueryDto extends createZodDto(importQuerySchema) {}

/** ONDE imports (docs/product/brief.md): a dry run by default, then for real; a large file runs as a job (202). */
@ApiTags('admin')
@Controller('admin')
export class ImportsController {
  constructor(
    private readonly bus: Bus,
    @Inject(IMPORT_SETTINGS) private readonly settings: ImportSettings,
  ) {}

  @Post('schools/:schoolId/imports')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import an ONDE extraction (multipart `file`: pupils or guardians): 200 ImportReport, or 202 ImportJobView for a large file imported for real',
  })
  async import(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Query() query: ImportQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImportReport | ImportJobView> {
    const file = await this.fileOf(request);
    const outcome = await this.bus.command(
      new ImportOndeFileCommand(user.id, schoolId, file, query.dryRun, query.detachLeaving),
    );
    if (outcome.job) {
      reply.status(202);
      return outcome.job;
    }
    return outcome.report;
  }

  @Get('imports/:importId')
  @ApiOperation({
    summary: "An import: its state, progress and, once done, its report (its author and the school's administrators)",
  })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('importId', ParseUUIDPipe) importId: string,
  ): Promise<ImportJobView> {
    return this.bus.query(new GetImportJobQuery(user.id, importId));
  }

  /** The one `file` field, held in memory: an import file is small (its limit is the settings', 2 MB). */
  private async fileOf(request: FastifyRequest): Promise<Buffer> {
    if (!request.isMultipart())
      throw new DomainError(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, 'Send multipart/form-data with a `file` field.');
    const part = await request.file({ limits: { fileSize: this.settings.maxBytes, files: 1, fields: 0, parts: 1 } });
    if (!part || part.fieldname !== 'file')
      throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'No file was sent.', {
        errors: [{ field: 'file', message: 'Required' }],
      });
    const chunks: Buffer[] = [];
    for await (const chunk of part.file) chunks.push(chunk as Buffer);
    if (part.file.truncated)
      throw new DomainError(
        ErrorCodes.PAYLOAD_TOO_LARGE,
        `An import file may weigh at most ${Math.round(this.settings.maxBytes / 1024 / 1024)} MB.`,
        {
          maxBytes: this.settings.maxBytes,
        },
      );
    return Buffer.concat(chunks);
  }
}
