import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { printQuerySchema } from '@preau/contracts/schemas';
import { type AuthenticatedUser, Bus, CurrentUser, PREAU_CONFIG, type PreauConfig } from '@preau/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { RecordPrintingCommand } from '../../application/commands/record-printing/record-printing.command';
import { ReissueClassCardsCommand } from '../../application/commands/reissue-class-cards/reissue-class-cards.command';
import type { PrintedDocument } from '../../application/ports/credentials-printer';
import { PrintClassLoginSheetsQuery } from '../../application/queries/print-class-login-sheets/print-class-login-sheets.query';
import { PrintFamilyLettersQuery } from '../../application/queries/print-family-letters/print-family-letters.query';
import { PrintLoginSheetsQuery } from '../../application/queries/print-login-sheets/print-login-sheets.query';

class PrintQueryDto extends createZodDto(printQuerySchema) {}

/**
 * The printed credentials (docs/product/api-conventions.md, admin): login sheets and family letters as PDFs, for a
 * school's director or its academy's administrators (docs/product/access-rules.md §5); a class's cards reprinted by
 * its teachers too. Each print is recorded (audited) before the PDF leaves; the PDFs hold credentials, so no cache
 * keeps them.
 */
@ApiTags('admin')
@Controller('admin')
export class PrintingController {
  constructor(
    private readonly bus: Bus,
    @Inject(PREAU_CONFIG) private readonly config: PreauConfig,
  ) {}

  @Get('schools/:schoolId/login-sheets.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: "Login sheets: one card per pupil (name, login, first password, QR code), a class's or the whole school's" })
  async loginSheets(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Query() query: PrintQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const classId = query.classId ?? null;
    const printed = await this.bus.query(new PrintLoginSheetsQuery(user.id, schoolId, classId));
    await this.bus.command(new RecordPrintingCommand(user.id, schoolId, classId, 'login-sheets', printed.accounts));
    sendPdf(reply, printed);
  }

  @Get('schools/:schoolId/family-letters.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: "Family letters: one per guardian of a class's (or the school's) pupils, with the activation code" })
  async familyLetters(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Query() query: PrintQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const classId = query.classId ?? null;
    const printed = await this.bus.query(new PrintFamilyLettersQuery(user.id, schoolId, classId, this.publicUrl(request)));
    await this.bus.command(new RecordPrintingCommand(user.id, schoolId, classId, 'family-letters', printed.accounts));
    sendPdf(reply, printed);
  }

  @Post('classes/:classId/cards')
  @HttpCode(200)
  @ApiOperation({ summary: "Reprint a class's cards: every pupil gets a new QR card, the old ones stop working at once" })
  reissueCards(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
  ): Promise<{ reissued: number }> {
    return this.bus.command(new ReissueClassCardsCommand(user.id, classId));
  }

  /**
   * The address families type: the configured public address (PREAU_PUBLIC_URL, set in production), else the one
   * this request came to (the administrator's own browser: what they see is what the letter prints).
   */
  private publicUrl(request: FastifyRequest): string {
    return (this.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  }
}

/**
 * A class's login sheets from the class's side (docs/product/api-conventions.md, classes): its teachers print the
 * cards they give (docs/product/access-rules.md, Administration), the school's administrators too. The same sheets as
 * the school's route; recorded (audited) before the PDF leaves, never cached.
 */
@ApiTags('classes')
@Controller('classes')
export class ClassPrintingController {
  constructor(private readonly bus: Bus) {}

  @Get(':classId/login-sheets.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: "A class's login sheets: one card per pupil (name, login, first password, QR code), for its teachers" })
  async loginSheets(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const printed = await this.bus.query(new PrintClassLoginSheetsQuery(user.id, classId));
    await this.bus.command(new RecordPrintingCommand(user.id, printed.schoolId, classId, 'login-sheets', printed.accounts));
    sendPdf(reply, printed);
  }
}

/** A PDF of credentials: shown inline, under its name, never kept by a cache. */
function sendPdf(reply: FastifyReply, printed: PrintedDocument): void {
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${printed.filename}"`)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-length', String(printed.pdf.length))
    .send(printed.pdf);
}
