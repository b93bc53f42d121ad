import type { RegelFout } from '../../server/features/rules/rules.schemas.ts';
import { bijstandsnormBerekenen, watAlsBerekenen } from '../../server/features/rules/rules.service.ts';
import { DomainError } from '../../server/http/errors.ts';

/**
 * `regie rules …`: law as code on the command line.
 *
 *   regie rules bijstandsnorm   reads a household as JSON on stdin, prints the norm with its explanation as JSON
 *   regie rules wat-als         reads { "huishouden": …, "wijziging": … } on stdin, prints now / after / difference
 *
 * Exit codes: 0 success, 2 bad input or usage (a JSON error with Dutch messages on stderr). Any other error is
 * thrown to the caller (src/cli/main.ts).
 */

export type RulesIo = {
  readStdin: () => Promise<string>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

const USAGE = `Gebruik:
  regie rules bijstandsnorm < huishouden.json
  regie rules wat-als < wat-als.json

bijstandsnorm  Leest een huishouden als JSON van stdin en schrijft de bijstandsnorm met uitleg als JSON.
               Velden: peildatum, aanvrager { geboortedatum }, partner { geboortedatum } (optioneel),
               kinderenOnder18, medebewoners [ { naam?, geboortedatum, relatie, commercieleHuur,
               studiefinanciering, bbl, mantelzorg } ].
wat-als        Leest { "huishouden": …, "wijziging": { "soort": "verhuist", "naam": … } of
               { "soort": "komt-wonen", "medebewoner": { … } } } en toont de norm nu en straks.
`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const processIo: RulesIo = {
  readStdin: () => readAll(process.stdin),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function printError(io: RulesIo, error: RegelFout): number {
  io.stderr(`${JSON.stringify(error, null, 2)}\n`);
  return 2;
}

export async function rulesCommand(args: string[], io: RulesIo = processIo): Promise<number> {
  const [subcommand, ...rest] = args[0] === 'rules' ? args.slice(1) : args;
  if (subcommand === undefined || subcommand === '--help' || subcommand === '-h' || subcommand === 'help') {
    (subcommand === undefined ? io.stderr : io.stdout)(USAGE);
    return subcommand === undefined ? 2 : 0;
  }
  const use =
    subcommand === 'bijstandsnorm'
      ? bijstandsnormBerekenen
      : subcommand === 'wat-als'
        ? watAlsBerekenen
        : undefined;
  if (!use) {
    return printError(io, {
      fout: `Onbekende opdracht: "${subcommand}"`,
      fouten: [{ veld: '(opdracht)', melding: 'Kies "bijstandsnorm" of "wat-als". Zie: regie rules --help' }],
    });
  }
  if (rest.length > 0) {
    return printError(io, {
      fout: 'Onbekende opties',
      fouten: [
        {
          veld: '(opdracht)',
          melding: `Deze opdracht heeft geen opties: ${rest.join(' ')}. De invoer komt via stdin.`,
        },
      ],
    });
  }

  const text = await io.readStdin();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return printError(io, {
      fout: 'De invoer is geen geldige JSON',
      fouten: [
        {
          veld: '(invoer)',
          melding:
            text.trim() === ''
              ? 'Er kwam geen invoer binnen op stdin. Geef het huishouden als JSON, bijvoorbeeld: regie rules bijstandsnorm < huishouden.json'
              : `De JSON kan niet gelezen worden: ${(error as Error).message}`,
        },
      ],
    });
  }

  try {
    const result = use(raw);
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'validation') {
      return printError(io, {
        fout: error.message,
        fouten: (error.errors ?? []).map((e) => ({ veld: e.path, melding: e.message })),
      });
    }
    throw error;
  }
}
