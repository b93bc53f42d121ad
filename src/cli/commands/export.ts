import { createWriteStream, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  checkDdasExportInput,
  type DdasExportReport,
  exportDdas,
} from '../../server/features/signals/export/ddas-export.service.ts';
import { streamSink, type TextSink } from '../../server/features/signals/export/ddas-json-writer.ts';
import { DomainError } from '../../server/http/errors.ts';
import { parseOptions } from '../args.ts';
import { withDatabase } from './database.ts';

/**
 * `regie export <kind> …`: deliveries to others. Like `regie import`, each kind is one entry in `exporters`.
 *
 * Exit codes: 0 written; 2 usage (bad option, bad date, period the wrong way round, unknown municipality, output
 * folder missing); 1 failure while writing (a half-written --output file is removed, never left behind).
 */

export type ExportIo = {
  /** Where the delivery goes without --output. */
  stdout: Writable;
  /** Messages and the summary (never the data). */
  stderr: (text: string) => void;
  withDatabase: typeof withDatabase;
};

const processIo: ExportIo = {
  stdout: process.stdout,
  stderr: (text) => process.stderr.write(text),
  withDatabase,
};

type Exporter = { usage: string; summary: string; run: (args: string[], io: ExportIo) => Promise<number> };

const exporters: Record<string, Exporter> = {
  ddas: {
    usage:
      'regie export ddas --municipality GMxxxx --from JJJJ-MM-DD --to JJJJ-MM-DD [--output BESTAND] [--organisation-name NAAM]',
    summary: 'aanlevering vroegsignalering aan het CBS (DDAS v1.2 Uitwisselmodel, JSON)',
    run: exportDdasCommand,
  },
};

function usage(): string {
  const lines = Object.values(exporters).map((e) => `  ${e.usage}\n      ${e.summary}`);
  return `Gebruik:\n${lines.join('\n')}\n`;
}

export async function exportCommand(args: string[], io: ExportIo = processIo): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === undefined || kind === 'help' || kind === '--help' || kind === '-h') {
    (kind === undefined ? io.stderr : (text: string) => io.stdout.write(text))(usage());
    return kind === undefined ? 2 : 0;
  }
  const exporter = exporters[kind];
  if (!exporter) {
    io.stderr(`Onbekend soort export: "${kind}".\n${usage()}`);
    return 2;
  }
  return exporter.run(rest, io);
}

const DDAS_HELP = `Gebruik: regie export ddas --municipality GMxxxx --from JJJJ-MM-DD --to JJJJ-MM-DD
                         [--output BESTAND] [--organisation-name NAAM]

Schrijft de aanlevering vroegsignalering van één gemeente over een periode als DDAS v1.2 Uitwisselmodel
(JSON, zoals het CBS die ontvangt): de vroegsignalen die in de periode zijn binnengekomen en de
vroegsignaalzaken waar die bij horen, met contactpogingen en eindresultaat. Zorgsignalen horen niet bij
de aanlevering. Het bestand wordt als stroom geschreven; ook een grote gemeente past.

  --municipality GMxxxx     de gemeente (CBS-code)
  --from JJJJ-MM-DD         eerste dag van de periode (ontvangen vanaf 00:00 Nederlandse tijd)
  --to JJJJ-MM-DD           laatste dag van de periode (tot en met)
  --output BESTAND          schrijf naar dit bestand in plaats van naar standaarduitvoer; het bestand
                            verschijnt pas als de export helemaal klaar is
  --organisation-name NAAM  naam van de aanleverende organisatie (standaard: de gemeente zelf)

Afsluitcode: 0 geschreven, 2 verkeerde invoer (niets geschreven), 1 fout tijdens het schrijven.
`;

async function exportDdasCommand(args: string[], io: ExportIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    municipality: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'organisation-name': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(DDAS_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    io.stderr(`Onverwacht argument: "${positionals[0]}".\n\n${DDAS_HELP}`);
    return 2;
  }
  const missing = (['municipality', 'from', 'to'] as const).filter((name) => values[name] === undefined);
  if (missing.length > 0) {
    io.stderr(`Geef ${missing.map((m) => `--${m}`).join(', ')} op.\n\n${DDAS_HELP}`);
    return 2;
  }
  const input = {
    municipality: values.municipality!.toUpperCase(),
    from: values.from!,
    to: values.to!,
    organisationName: values['organisation-name'],
  };
  const problems = checkDdasExportInput(input);
  if (problems.length > 0) {
    io.stderr(`${problems.map((p) => p.message).join('\n')}\n`);
    return 2;
  }
  if (input.organisationName !== undefined && input.organisationName.trim() === '') {
    io.stderr('--organisation-name mag niet leeg zijn.\n');
    return 2;
  }
  const output = values.output;
  if (output !== undefined && !isWritableFolder(dirname(output))) {
    io.stderr(`De map voor --output bestaat niet: ${dirname(output)}\n`);
    return 2;
  }

  return io.withDatabase('export-ddas', async (ctx) => {
    const target = output === undefined ? stdoutTarget(io.stdout) : fileTarget(output);
    let report: DdasExportReport;
    try {
      report = await exportDdas(ctx, input, target.sink);
      await target.commit();
    } catch (err) {
      await target.discard();
      if (err instanceof DomainError && err.code === 'validation') {
        io.stderr(`${err.message}\nEr is niets geschreven.\n`);
        return 2;
      }
      throw err;
    }
    io.stderr(
      `DDAS-export ${report.gemeentecode} ${report.van} t/m ${report.tot}: ` +
        `${report.vroegsignalen.toLocaleString('nl-NL')} vroegsignalen, ` +
        `${report.vroegsignaalzaken.toLocaleString('nl-NL')} vroegsignaalzaken` +
        `${output === undefined ? '' : ` naar ${output}`}.\n`,
    );
    if (report.overgeslagen > 0) {
      const one = report.overgeslagen === 1;
      io.stderr(
        `${report.overgeslagen.toLocaleString('nl-NL')} ${one ? 'vroegsignaal is' : 'vroegsignalen zijn'} niet opgenomen: ` +
          `${one ? 'het heeft' : 'ze hebben'} geen BSN en geen postcode met huisnummer (verplicht in DDAS).\n`,
      );
    }
    return 0;
  });
}

function isWritableFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

type Target = { sink: TextSink; commit: () => Promise<void>; discard: () => Promise<void> };

function stdoutTarget(stream: Writable): Target {
  const sink = streamSink(stream);
  return {
    sink,
    commit: async () => {
      await sink.flush();
      // regie exits right after the command: let a pipe that pushed back take the rest first.
      if (stream.writableNeedDrain) await new Promise((resolve) => stream.once('drain', resolve));
    },
    discard: async () => undefined,
  };
}

/**
 * Writes to a hidden file next to the target and renames it when the export is complete, so a reader (or a
 * transfer job picking up the folder) never sees half a delivery. The file is created at the first write, after
 * the input has been checked, so a refused export leaves nothing behind.
 */
function fileTarget(path: string): Target {
  const part = join(dirname(path), `.${basename(path)}.${process.pid}.deel`);
  let stream: ReturnType<typeof createWriteStream> | undefined;
  let inner: ReturnType<typeof streamSink> | undefined;
  const open = () => {
    if (!inner) {
      // Opened synchronously so "cannot create" is an exception here rather than a later stream event.
      const fd = openSync(part, 'wx', 0o600);
      stream = createWriteStream(part, { fd, encoding: 'utf8' });
      inner = streamSink(stream);
    }
    return inner;
  };
  return {
    sink: { write: (text) => open().write(text) },
    commit: async () => {
      const sink = open(); // an export always writes at least the header; this keeps commit total
      await sink.flush();
      stream!.end();
      await finished(stream!);
      renameSync(part, path);
    },
    discard: async () => {
      if (!stream) return;
      stream.destroy();
      await finished(stream).catch(() => undefined);
      rmSync(part, { force: true });
    },
  };
}
