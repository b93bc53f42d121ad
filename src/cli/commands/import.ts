import { statSync } from 'node:fs';
import { readBrpFile } from '../../server/features/brp/brp-file.ts';
import { formatImportReport } from '../../server/features/brp/brp-import.report.ts';
import { importBrp } from '../../server/features/brp/brp-import.service.ts';
import { BrpFileError } from '../../server/features/brp/brp-json-stream.ts';
import { CSV_COLUMNS } from '../../server/features/signals/import/csv-rows.ts';
import { formatSignalImportReport } from '../../server/features/signals/import/import.report.ts';
import { importSignals } from '../../server/features/signals/import/import.service.ts';
import { signalFileFromPath } from '../../server/features/signals/import/signal-file.ts';
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
  signals: {
    usage: 'regie import signals BESTAND --municipality GMxxxx [--format ddas|csv] [--json]',
    summary: 'vroegsignalen uit een DDAS v1.2-bestand (JSON) of een CSV-export van een signaalplatform',
    run: importSignalsCommand,
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

const SIGNALS_HELP = `Gebruik: regie import signals BESTAND --municipality GMxxxx [--format ddas|csv] [--json]

Leest vroegsignalen (betalingsachterstanden) van een signaalplatform in, als stroom: het geheugengebruik
blijft gelijk, hoe groot het bestand ook is. Elk goed signaal wordt bewaard en gekoppeld aan een
huishouden; elke afgekeurde rij staat in het verslag met rijnummer, veld en reden. Hetzelfde bestand
nog eens inlezen voegt niets toe; een afgebroken import gaat bij opnieuw starten verder waar hij stopte.

Formaten (standaard: volgens de extensie .json of .csv, anders volgens de inhoud):
  ddas   DDAS v1.2 Uitwisselmodel (JSON). Alleen leveringen met de gemeentecode van --municipality worden
         ingelezen; vroegsignaalzaken in het bestand worden overgeslagen.
  csv    scheidingsteken ;, UTF-8 (met of zonder BOM), een kopregel met de kolommen
         ${CSV_COLUMNS.join(';')}
         Datums als dd-mm-jjjj, bedragen als 1.234,56 of € 12 (afgerond op hele euro's), ja/nee.

  --municipality GMxxxx   de gemeente waarvoor de signalen zijn (verplicht)
  --format ddas|csv       het formaat, als de extensie het niet zegt
  --json                  schrijf het verslag als JSON

Afsluitcode: 0 ingelezen, 3 ingelezen maar met afgekeurde rijen, 2 niets ingelezen (of verkeerd gebruik).
`;

async function importSignalsCommand(args: string[], io: ImportIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    municipality: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(SIGNALS_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(
      `${positionals.length === 0 ? 'Geef het bestand op.' : 'Geef precies één bestand op.'}\n\n${SIGNALS_HELP}`,
    );
    return 2;
  }
  const municipality = values.municipality?.toUpperCase();
  if (municipality === undefined || !/^GM[0-9]{4}$/.test(municipality)) {
    io.stderr(
      municipality === undefined
        ? `Geef de gemeente op met --municipality, zoals --municipality GM0363.\n`
        : `--municipality moet een CBS-gemeentecode zijn, zoals GM0363 (gegeven: "${values.municipality}").\n`,
    );
    return 2;
  }
  const format = values.format?.toLowerCase();
  if (format !== undefined && format !== 'ddas' && format !== 'csv') {
    io.stderr(`--format moet ddas of csv zijn (gegeven: "${values.format}").\n`);
    return 2;
  }
  const path = positionals[0]!;
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) {
    io.stderr(`Bestand niet gevonden of geen gewoon bestand: ${path}\n`);
    return 2;
  }

  const file = await signalFileFromPath(path, format === undefined ? {} : { format });
  return io.withDatabase('import-signals', async (ctx) => {
    let lastProgress = 0;
    const mib = (bytes: number) => (bytes / 2 ** 20).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
    try {
      const report = await importSignals(ctx, file, {
        municipality,
        onProgress: (p) => {
          if (!io.progress || Date.now() - lastProgress < 1000) return;
          lastProgress = Date.now();
          io.stderr(
            `\rSignalen: ${mib(p.bytesDone)} / ${mib(p.bytesTotal)} MiB, ${p.read.toLocaleString('nl-NL')} rijen gelezen`,
          );
        },
      });
      if (io.progress && lastProgress > 0) io.stderr('\n');
      io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatSignalImportReport(report));
      if (report.status === 'mislukt') return 2;
      if (report.gelezen > 0 && report.nieuw + report.dubbel === 0) return 2;
      return report.afgekeurd > 0 || report.fouten > 0 ? 3 : 0;
    } catch (err) {
      if (err instanceof DomainError && err.code === 'validation') {
        io.stderr(`${err.message}\nEr is niets ingelezen.\n`);
        return 2;
      }
      throw err;
    }
  });
}
