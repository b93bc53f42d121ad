import type { z } from 'zod';
import {
  Foutbericht,
  PersonenQuery,
  type Persoon,
  type PersoonBeperkt,
  RaadpleegMetBurgerservicenummerResponse,
  ZoekMetPostcodeEnHuisnummerResponse,
} from './brp.schemas.ts';
import { BrpError, brpErrorCodeForStatus } from './brp-errors.ts';
import { PERSOON_BEPERKT_FIELDS, PERSOON_FIELDS } from './brp-fields.ts';
import { fieldPath } from './brp-record.ts';
import type { AddressQuery, BrpSource } from './brp-source.ts';

export type HttpBrpSourceOptions = {
  /** The API root, e.g. https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp (POST <root>/personen). */
  baseUrl: string;
  apiKey: string;
  /**
   * The header that carries the key. The OpenAPI document defines no security scheme; the Haal Centraal
   * environments take the key in `X-API-KEY` (their getting-started guide), so that is the default. Some
   * gateways want `Authorization`; set it here.
   */
  apiKeyHeader?: string;
  /** Per request, including reading the answer. Default 10 s. */
  timeoutMs?: number;
  /** Only persons registered in this municipality (official gemeenteVanInschrijving: 4 digits, or GM + 4 digits). */
  gemeenteVanInschrijving?: string;
  fetch?: typeof fetch;
};

/** The official maximum of burgerservicenummers in one RaadpleegMetBurgerservicenummer question. */
export const MAX_BSNS_PER_REQUEST = 20;

const CONTENT_TYPE = 'application/json; charset=utf-8';

/** A client for a real BRP Personen endpoint (Haal Centraal BRP API Personen v2). */
export class HttpBrpSource implements BrpSource {
  private readonly endpoint: URL;
  private readonly gemeente: string | undefined;

  constructor(private readonly options: HttpBrpSourceOptions) {
    const root = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.endpoint = new URL('personen', root);
    this.gemeente = options.gemeenteVanInschrijving?.replace(/^GM/i, '');
  }

  async findByBsn(bsns: readonly string[], fields: readonly string[] = PERSOON_FIELDS): Promise<Persoon[]> {
    const unique = [...new Set(bsns)];
    const personen: Persoon[] = [];
    for (let i = 0; i < unique.length; i += MAX_BSNS_PER_REQUEST) {
      const body = this.query({
        type: 'RaadpleegMetBurgerservicenummer',
        fields: [...fields],
        burgerservicenummer: unique.slice(i, i + MAX_BSNS_PER_REQUEST),
        ...(this.gemeente ? { gemeenteVanInschrijving: this.gemeente } : {}),
      });
      const answer = await this.post(body, RaadpleegMetBurgerservicenummerResponse);
      personen.push(...answer.personen);
    }
    return personen;
  }

  async findByAddress(
    query: AddressQuery,
    fields: readonly string[] = PERSOON_BEPERKT_FIELDS,
  ): Promise<PersoonBeperkt[]> {
    const body = this.query({
      type: 'ZoekMetPostcodeEnHuisnummer',
      fields: [...fields],
      postcode: query.postcode,
      huisnummer: query.huisnummer,
      ...(query.huisletter ? { huisletter: query.huisletter } : {}),
      ...(query.huisnummertoevoeging ? { huisnummertoevoeging: query.huisnummertoevoeging } : {}),
      ...(query.inclusiefOverledenPersonen ? { inclusiefOverledenPersonen: true } : {}),
      ...(this.gemeente ? { gemeenteVanInschrijving: this.gemeente } : {}),
    });
    return (await this.post(body, ZoekMetPostcodeEnHuisnummerResponse)).personen;
  }

  /** Checks the question against the official rules before it leaves Regie; a bad question is never sent. */
  private query(body: PersonenQuery): PersonenQuery {
    const parsed = PersonenQuery.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new BrpError('invalid_query', null, {
      invalidParams: parsed.error.issues.map((issue) => ({
        name: fieldPath(issue.path),
        reason: issue.message,
      })),
    });
  }

  private async post<T extends z.ZodType>(body: PersonenQuery, schema: T): Promise<z.infer<T>> {
    const doFetch = this.options.fetch ?? fetch;
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    let status: number;
    let text: string;
    let contentType: string;
    try {
      const response = await doFetch(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': CONTENT_TYPE,
          accept: 'application/json, application/problem+json',
          [this.options.apiKeyHeader ?? 'X-API-KEY']: this.options.apiKey,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? '';
      text = await response.text();
    } catch (err) {
      const error = err as Error;
      if (error.name === 'TimeoutError' || error.name === 'AbortError') {
        throw new BrpError(
          'timeout',
          null,
          null,
          `Geen antwoord binnen ${(timeoutMs / 1000).toLocaleString('nl-NL')} s`,
        );
      }
      const cause = (error.cause as { code?: string } | undefined)?.code;
      throw new BrpError('unreachable', null, null, cause ? `Netwerkfout ${cause}` : undefined);
    }

    if (status < 200 || status >= 300) {
      let problem: Foutbericht | null = null;
      if (/json/i.test(contentType)) {
        try {
          const parsed = Foutbericht.safeParse(JSON.parse(text));
          if (parsed.success) problem = parsed.data;
        } catch {
          // not JSON: the status says enough
        }
      }
      throw new BrpError(brpErrorCodeForStatus(status), status, problem);
    }

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BrpError('invalid_response', status, null, 'Het antwoord is geen JSON');
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const where = [...new Set(parsed.error.issues.map((i) => fieldPath(i.path)))].slice(0, 5).join(', ');
      throw new BrpError('invalid_response', status, null, `Afwijkend in: ${where}`);
    }
    return parsed.data;
  }
}
