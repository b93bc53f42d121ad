import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ageOn } from '../../lib/dates.ts';
import { PersonenQuery, Persoon, PersoonBeperkt } from './brp.schemas.ts';
import { AUTOMATIC_FIELDS, applyFields } from './brp-fields.ts';
import type { FixturePersoon } from './brp-fixtures.ts';

/**
 * A small stand-in for a BRP Personen endpoint, for tests: node:http on 127.0.0.1 with a random port. It answers
 * POST /personen in the official format from a list of synthetic persons and checks every request the way the
 * real API does (API key, content type, `type`, mandatory `fields`, field paths, parameters), answering
 * problem+json otherwise. Every request body is kept so tests can assert what Regie sent.
 */

export type BrpTestServerOptions = {
  personen: readonly FixturePersoon[];
  apiKey?: string;
  apiKeyHeader?: string;
  /** Used for leeftijd in PersoonBeperkt answers. */
  today?: string;
};

export type ReceivedRequest = { headers: IncomingMessage['headers']; body: unknown };

export type BrpTestServer = {
  url: string;
  received: ReceivedRequest[];
  /** The next request gets this status with a problem+json body (once), or waits `delayMs` before answering. */
  failNext: (status: number) => void;
  delayNext: (delayMs: number) => void;
  /** The next answer is this raw text with status 200 (to test answers that are not in the official format). */
  answerNextRaw: (text: string) => void;
  close: () => Promise<void>;
};

const TITLES: Record<number, [string, string]> = {
  400: ['Een of meerdere parameters zijn niet correct.', 'paramsValidation'],
  401: ['Niet correct geauthenticeerd.', 'authentication'],
  403: ['U bent niet geautoriseerd voor deze operatie.', 'autorisation'],
  406: ['Gevraagde contenttype wordt niet ondersteund.', 'notAcceptable'],
  415: ['Media Type wordt niet ondersteund.', 'unsupportedMediaType'],
  429: ['Too many requests', 'tooManyRequests'],
  500: ['Interne server fout.', 'serverError'],
  503: ['Bronservice BRP is tijdelijk niet beschikbaar.', 'notAvailable'],
};

export function problem(status: number, invalidParams?: { name: string; code: string; reason: string }[]) {
  const [title, code] = TITLES[status] ?? ['Onverwachte fout.', 'unknown'];
  return {
    type: `https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.${status >= 500 ? 5 : 4}`,
    title,
    status,
    instance: 'http://127.0.0.1/personen',
    code,
    ...(invalidParams ? { invalidParams } : {}),
  };
}

// Field names the stand-in accepts: those of Regie's schema (a real BRP knows more, Regie never asks for them).
const PERSOON_KEYS = new Set([...Object.keys(Persoon.shape), 'leeftijd', 'adressering', 'aNummer']);
const BEPERKT_KEYS = new Set(Object.keys(PersoonBeperkt.shape));

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json; charset=utf-8',
) {
  res.writeHead(status, { 'content-type': contentType });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function beperkt(p: FixturePersoon, today: string) {
  const a = p.verblijfplaats.verblijfadres;
  const nummer = [a.huisnummer, a.huisletter, a.huisnummertoevoeging].filter(Boolean).join(' ');
  return {
    burgerservicenummer: p.burgerservicenummer,
    naam: p.naam,
    geboorte: p.geboorte,
    geslacht: p.geslacht,
    leeftijd: ageOn(p.geboorte.datum.datum, today),
    adressering: {
      adresregel1: `${a.korteStraatnaam} ${nummer}`.slice(0, 40),
      adresregel2: `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}  ${a.woonplaats.toUpperCase()}`.slice(
        0,
        50,
      ),
    },
  };
}

export async function startBrpTestServer(options: BrpTestServerOptions): Promise<BrpTestServer> {
  const apiKey = options.apiKey ?? 'test-sleutel';
  const header = (options.apiKeyHeader ?? 'X-API-KEY').toLowerCase();
  const today = options.today ?? '2026-11-23';
  const received: ReceivedRequest[] = [];
  let failStatus: number | null = null;
  let delayMs = 0;
  let rawAnswer: string | null = null;

  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== '/personen') {
      return send(res, 404, { title: 'Niet gevonden.', status: 404 }, 'application/problem+json');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    received.push({ headers: req.headers, body });
    if (failStatus !== null) {
      const status = failStatus;
      failStatus = null;
      return send(res, status, problem(status), 'application/problem+json');
    }
    if (req.headers[header] !== apiKey) return send(res, 401, problem(401), 'application/problem+json');
    if (!/^application\/json/i.test(req.headers['content-type'] ?? '')) {
      return send(res, 415, problem(415), 'application/problem+json');
    }
    if (rawAnswer !== null) {
      const raw = rawAnswer;
      rawAnswer = null;
      return send(res, 200, raw);
    }
    const parsed = PersonenQuery.safeParse(body);
    if (!parsed.success) {
      const params = parsed.error.issues.map((i) => ({
        name: String(i.path[0] ?? 'type').slice(0, 30),
        code: i.code === 'invalid_type' && i.input === undefined ? 'required' : 'invalid',
        reason:
          i.code === 'invalid_type' && i.input === undefined
            ? 'Parameter is verplicht.'
            : 'Waarde is ongeldig.',
      }));
      return send(res, 400, problem(400, params), 'application/problem+json');
    }
    const query = parsed.data;
    const allowed = query.type === 'RaadpleegMetBurgerservicenummer' ? PERSOON_KEYS : BEPERKT_KEYS;
    const badFields = query.fields.filter((f) => {
      const top = f.split('.')[0]!;
      return AUTOMATIC_FIELDS.includes(top) || !allowed.has(top);
    });
    if (badFields.length > 0) {
      return send(
        res,
        400,
        problem(
          400,
          badFields.map(() => ({
            name: 'fields',
            code: 'fields',
            reason: 'Parameter bevat een niet bestaande of niet toegestane veldnaam.',
          })),
        ),
        'application/problem+json',
      );
    }
    const gemeente = query.gemeenteVanInschrijving;
    const inGemeente = (p: FixturePersoon) => !gemeente || p.gemeenteVanInschrijving.code === gemeente;
    if (query.type === 'RaadpleegMetBurgerservicenummer') {
      const personen = options.personen
        .filter((p) => query.burgerservicenummer.includes(p.burgerservicenummer) && inGemeente(p))
        .map((p) => applyFields(p as unknown as Record<string, unknown>, query.fields));
      return send(res, 200, { type: query.type, personen });
    }
    const postcode = query.postcode.replace(/\s/g, '').toUpperCase();
    const personen = options.personen
      .filter((p) => {
        const a = p.verblijfplaats.verblijfadres;
        return (
          a.postcode === postcode &&
          a.huisnummer === query.huisnummer &&
          (!query.huisletter || a.huisletter?.toUpperCase() === query.huisletter.toUpperCase()) &&
          (!query.huisnummertoevoeging || a.huisnummertoevoeging === query.huisnummertoevoeging) &&
          (query.inclusiefOverledenPersonen || !p.overlijden) &&
          inGemeente(p)
        );
      })
      .map((p) => applyFields(beperkt(p, today), query.fields));
    return send(res, 200, { type: query.type, personen });
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const wait = delayMs;
      delayMs = 0;
      const answer = () => handle(req, res, Buffer.concat(chunks).toString('utf8'));
      if (wait > 0) setTimeout(answer, wait);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext: (status) => {
      failStatus = status;
    },
    delayNext: (ms) => {
      delayMs = ms;
    },
    answerNextRaw: (text) => {
      rawAnswer = text;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
