import { ConfigError, loadConfig } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { createLogger } from '../server/logger.ts';
import { withDatabase } from './commands/database.ts';

// Each command loads its own modules when it runs: the server's (every route, the PDF and chart code, PGlite) took
// ~100 MB of memory in every command, an import of signals included (regie --help: 215 → 110 MB).

const help = `regie: één huishouden, één plan, één regisseur

Opdrachten:
  regie start                                 start de server (API en webapp op één poort)
  regie migrate                               voer databasemigraties uit
  regie seed [--households N --seed S]        laad demodata, of N synthetische huishoudens
  regie user create --username ... --role ... maak een gebruiker aan (zie regie user create --help)
  regie audit verify                          controleer de hashketen van het auditlog
  regie rules bijstandsnorm < huishouden.json bereken de bijstandsnorm (JSON in, JSON uit)
  regie import brp BESTAND                    laad personen en huishoudens uit een BRP-bestand (zie regie import --help)
  regie import signals BESTAND --municipality GMxxxx
                                              lees vroegsignalen in uit DDAS (JSON) of CSV (zie regie import signals --help)
  regie export ddas --municipality GMxxxx --from JJJJ-MM-DD --to JJJJ-MM-DD [--output BESTAND]
                                              aanlevering vroegsignalering aan het CBS (zie regie export --help)
  regie retention run [--now MOMENT]          vernietig wat over de bewaartermijn is (zie regie retention --help)
  regie indicators refresh [--all]            tel de indicatoren opnieuw (zie regie indicators --help)

Configuratie via omgevingsvariabelen: zie README.md.`;

async function run(argv: string[]): Promise<number | undefined> {
  const [command, ...args] = argv;
  switch (command) {
    case 'start': {
      const config = loadConfig();
      const log = createLogger(config.logLevel);
      const { startServer, stopOnSignals } = await import('../server/main.ts');
      const server = await startServer(config, log);
      stopOnSignals(server, log);
      return undefined; // keep running
    }
    case 'migrate':
      return withDatabase('migrate', async () => {
        console.log('Migraties zijn bijgewerkt.');
        return 0;
      });
    case 'seed': {
      const { seedCommand } = await import('./commands/seed.ts');
      return seedCommand(args);
    }
    case 'user': {
      const { userCommand } = await import('./commands/user.ts');
      return userCommand(args);
    }
    case 'audit': {
      const { auditCommand } = await import('./commands/audit.ts');
      return auditCommand(args);
    }
    case 'rules': {
      const { rulesCommand } = await import('./commands/rules.ts');
      return rulesCommand(args);
    }
    case 'import': {
      const { importCommand } = await import('./commands/import.ts');
      return importCommand(args);
    }
    case 'export': {
      const { exportCommand } = await import('./commands/export.ts');
      return exportCommand(args);
    }
    case 'retention': {
      const { retentionCommand } = await import('./commands/retention.ts');
      return retentionCommand(args);
    }
    case 'indicators': {
      const { indicatorsCommand } = await import('./commands/indicators.ts');
      return indicatorsCommand(args);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(help);
      return 0;
    default:
      console.error(`Onbekende opdracht: ${command}\n\n${help}`);
      return 2;
  }
}

try {
  const code = await run(process.argv.slice(2));
  if (code !== undefined) process.exit(code);
} catch (err) {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(78); // EX_CONFIG
  }
  if (
    err instanceof Error &&
    err.name === 'TypeError' &&
    'code' in err &&
    err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  ) {
    console.error(`Onbekende optie: ${err.message}`);
    process.exit(2);
  }
  console.error(`Regie kon niet verder: ${(err as Error).message}`);
  process.exit(1);
}
