import { statSync } from 'node:fs';
import { readBrpFile } from '../../server/features/brp/brp-file.ts';
import { formatImportReport } from '../../server/features/brp/brp-import.report.ts';
import { importBrp } from '../../server/features/brp/brp-import.service.ts';
import { BrpFileError } from '../../server/features/brp/brp-json-stream.ts';
import { DomainError } from '../../server/http/errors.ts';
import { parseOptions } from '../args.ts';
import { withDatabase } from './database.ts';

/**
 * `regie import <kind> …`: bulk imports. Each kind is one entry in `importers` (usage line + run function), so a
 * new kind (e.g. `signals`) is one more entry; dispatching, help and unknown kinds are handled here once.
 *
 * Exit codes: 0 imported; 2 usage, unreadable file or nothing imported; 3 imported, but some records were rejected
 * (the good ones are kept; the report names each rejected record and field).
 */

export type ImportIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  withDatabase: typeof withDatabase;
  /** Show progress on stderr (only when it is a terminal). */
  progress: boolean;
};

const processIo: ImportIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  withDatabase,
  progress: process.stderr.isTTY === true,
};

type Importer = { usage: string; summary: string; run: (args: string[], io: ImportIo) => Promise<number> };

const importers: Record<string, Importer> = {
  brp: {
    usage: 'regie import brp BESTAND [--municipality GMxxxx] [--json]',
    summary: 'personen, adressen en huishoudens uit een BRP Personen-antwoord (JSON)',
    run: importBrpCommand,
  },
};

function usage(): string {
  const lines = Object.values(importers).map((i) => `  ${i.usage}\n      ${i.summary}`);
  return `Gebruik:\n${lines.join('\n')}\n`;
}

export async function importCommand(args: string[], io: ImportIo = processIo): Promise<number> {
  const [kind, ...rest] = args;
  if (kind === undefined || kind === 'help' || kind === '--help' || kind === '-h') {
    (kind === undefined ? io.stderr : io.stdout)(usage());
    return kind === undefined ? 2 : 0;
  }
  const importer = importers[kind];
  if (!importer) {
    io.stderr(`Onbekend soort import: "${kind}".\n${usage()}`);
    return 2;
  }
  return importer.run(rest, io);
}

const BRP_HELP = `Gebruik: regie import brp BESTAND [--municipality GMxxxx] [--json]

Leest een antwoord van de BRP Personen API (Haal Centraal, versie 2) van het type
"RaadpleegMetBurgerservicenummer": { "type": "RaadpleegMetBurgerservicenummer", "personen": [ … ] }.
Het bestand wordt als stroom gelezen. Personen, adressen en huishoudens worden bijgewerkt: verhuizingen
en overlijdens beëindigen het lidmaatschap van het oude huishouden. Twee keer hetzelfde bestand
importeren verandert niets.

  --municipality GMxxxx   importeer in het register van deze gemeente; personen die volgens het bestand
                          in een andere gemeente staan ingeschreven, verlaten dit register. Zonder deze
                          optie bepaalt gemeenteVanInschrijving de gemeente per persoon.
  --json                  schrijf het volledige verslag als JSON (met alle fouten en meldingen)

Afsluitcode: 0 geïmporteerd, 3 geïmporteerd maar met afgekeurde records, 2 niets geïmporteerd.
`;

async function importBrpCommand(args: string[], io: ImportIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    municipality: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(BRP_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(
      `${positionals.length === 0 ? 'Geef het bestand op.' : 'Geef precies één bestand op.'}\n\n${BRP_HELP}`,
    );
    return 2;
  }
  const file = positionals[0]!;
  const municipality = values.municipality?.toUpperCase();
  if (municipality !== undefined && !/^GM[0-9]{4}$/.test(municipality)) {
    io.stderr(
      `--municipality moet een CBS-gemeentecode zijn, zoals GM0363 (gegeven: "${values.municipality}").\n`,
    );
    return 2;
  }
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) {
    io.stderr(`Bestand niet gevonden of geen gewoon bestand: ${file}\n`);
    return 2;
  }

  return io.withDatabase('import-brp', async (ctx) => {
    let lastProgress = 0;
    const onProgress = (done: number, total: number) => {
      if (!io.progress || (Date.now() - lastProgress < 1000 && done !== total)) return;
      lastProgress = Date.now();
      io.stderr(
        `\rBRP-import: ${done.toLocaleString('nl-NL')} / ${total.toLocaleString('nl-NL')} personen${done === total ? '\n' : ''}`,
      );
    };
    try {
      const report = await importBrp(ctx, readBrpFile(file), { municipality, onProgress });
      io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(report));
      if (report.verwerkt === 0 && report.gelezen > 0) return 2;
      return report.fouten.length > 0 ? 3 : 0;
    } catch (err) {
      if (err instanceof BrpFileError || (err instanceof DomainError && err.code === 'validation')) {
        io.stderr(`${err.message}\nEr is niets geïmporteerd.\n`);
        return 2;
      }
      throw err;
    }
  });
}
