/**
 * Reads a DDAS v1.2 Uitwisselmodel file as a stream: each element of `leveringen[].vroegsignalen[]` is handed out as
 * soon as it is complete, so the file is never in memory as a whole (only one signal's JSON at a time).
 * `vroegsignaalzaken` are skipped without being kept (Regie takes signals in; cases are its own). The other members of
 * a levering (teller, gemeentecode, aanleverendeOrganisatie) and of the top level are kept, as they are small, so the
 * envelope can be checked. Keys may come in any order: a levering's `gemeentecode` may even follow its signals, so
 * each signal says whether its levering's gemeentecode was known when it was read (see import.service.ts).
 *
 * Same technique as the BRP reader (brp-json-stream.ts): a structural scanner for the few levels Regie walks through,
 * and a fast capture loop (strings and depth only) for the values it keeps or skips.
 */

export class DdasFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DdasFileError';
  }
}

/** The members of one levering other than its lists, as read so far. */
export type DdasLevering = {
  index: number;
  /** False when the element of `leveringen` is not an object. */
  isObject: boolean;
  members: Record<string, unknown>;
  /** Members DDAS does not define (passed over, not kept). */
  unknown: string[];
  signals: number;
};

export type DdasEnvelope = {
  /** Top-level members other than `leveringen`; `leveringen` itself only when it is not a list. */
  members: Record<string, unknown>;
  unknown: string[];
  hasLeveringen: boolean;
  leveringen: DdasLevering[];
};

const TOP_MEMBERS = new Set([
  'startdatumLevering',
  'einddatumLevering',
  'aanleverdatumEnTijd',
  'codeGegevensleverancier',
  'leveringen',
]);
const LEVERING_MEMBERS = new Set([
  'teller',
  'gemeentecode',
  'aanleverendeOrganisatie',
  'vroegsignalen',
  'vroegsignaalzaken',
]);

export type DdasSignal = {
  /** 1-based position of the signal in the file, over all leveringen. */
  position: number;
  levering: number;
  /** The levering's gemeentecode when it came before this signal in the file; undefined otherwise. */
  gemeentecode: unknown;
  value: unknown;
};

/** Members larger than this are refused: a DDAS signal or envelope member is a few hundred bytes. */
const MAX_VALUE_CHARS = 1 << 20;

type Segment = string | number;
type Expect = 'value' | 'key-or-end' | 'key' | 'colon' | 'comma-or-end' | 'value-or-end';
type Frame = { kind: 'object' | 'array'; path: Segment[]; count: number; expect: Expect; key: string };
type Action = 'descend' | 'capture' | 'skip';

const isWhitespace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isPrimitiveEnd = (c: number) => isWhitespace(c) || c === 0x2c || c === 0x7d || c === 0x5d; // , } ]

function describePath(path: Segment[]): string {
  return (
    path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || 'het bestand'
  );
}

export class DdasScanner {
  private stack: Frame[] = [];
  private started = false;
  private done = false;
  // Capture state: a value being kept (capture) or passed over (skip).
  private capturing: Action | null = null;
  private capturePath: Segment[] = [];
  private captureKind: 'container' | 'string' | 'primitive' = 'container';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private buffer = '';
  private bufferChars = 0;
  // Key state (navigational objects only).
  private inKey = false;
  private line = 1;
  private column = 0;
  private positions = 0;
  readonly envelope: DdasEnvelope = { members: {}, unknown: [], hasLeveringen: false, leveringen: [] };

  /** Feeds the next piece of text; complete vroegsignalen are passed to `emit` in file order. */
  push(chunk: string, emit: (signal: DdasSignal) => void): void {
    let from = this.capturing === 'capture' || this.inKey ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0x0a) {
        this.line++;
        this.column = 0;
      } else this.column++;
      if (this.capturing !== null) {
        if (this.captureKind === 'primitive') {
          if (isPrimitiveEnd(c)) {
            this.take(chunk, from, i);
            from = -1;
            this.completeCapture(emit);
            i--; // the delimiter belongs to the enclosing container
            if (c === 0x0a) this.line--;
            else this.column--;
          }
          continue;
        }
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) this.escaped = true;
          else if (c === 0x22) {
            this.inString = false;
            if (this.captureKind === 'string') {
              this.take(chunk, from, i + 1);
              from = -1;
              this.completeCapture(emit);
            }
          }
          continue;
        }
        if (c === 0x22) this.inString = true;
        else if (c === 0x7b || c === 0x5b) this.depth++;
        else if (c === 0x7d || c === 0x5d) {
          if (--this.depth === 0) {
            this.take(chunk, from, i + 1);
            from = -1;
            this.completeCapture(emit);
          }
        }
        continue;
      }
      if (this.inKey) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) {
          this.take(chunk, from, i);
          from = -1;
          this.inKey = false;
          const frame = this.top();
          frame.key = this.parse(`"${this.buffer}"`, 'een veldnaam') as string;
          this.buffer = '';
          this.bufferChars = 0;
          frame.expect = 'colon';
        }
        continue;
      }
      if (isWhitespace(c) || (c === 0xfeff && !this.started)) continue;
      const startsAt = this.structural(c);
      if (startsAt === 'capture') from = i;
      else if (startsAt === 'key') from = i + 1;
    }
    if (from >= 0) this.take(chunk, from, chunk.length);
  }

  /** Call after the last chunk: the document must be complete. */
  end(): void {
    if (!this.started) throw new DdasFileError('Het bestand is leeg.');
    if (!this.done) {
      throw new DdasFileError(
        `Het bestand houdt halverwege op (na ${this.positions} vroegsignalen): de JSON is niet compleet.`,
      );
    }
  }

  private take(chunk: string, from: number, to: number): void {
    if (from < 0 || this.capturing === 'skip') return;
    this.bufferChars += to - from;
    if (this.bufferChars > MAX_VALUE_CHARS) {
      const what = this.inKey ? 'een veldnaam' : describePath(this.capturePath);
      this.fail(`${what} is groter dan 1 MiB; dat kan geen DDAS-gegeven zijn`);
    }
    this.buffer += chunk.slice(from, to);
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1] as Frame;
  }

  /** A structural character outside captured values; answers where text to keep starts, if anywhere. */
  private structural(c: number): 'capture' | 'key' | null {
    const ch = String.fromCharCode(c);
    if (this.done) this.fail(`tekst na het einde van de JSON: "${ch}"`);
    if (!this.started) {
      this.started = true;
      if (c !== 0x7b) this.fail(`verwacht "{" aan het begin van het bestand, gevonden "${ch}"`);
      this.stack.push({ kind: 'object', path: [], count: 0, expect: 'key-or-end', key: '' });
      return null;
    }
    const frame = this.top();
    switch (frame.expect) {
      case 'key-or-end':
      case 'key':
        if (c === 0x7d && frame.expect === 'key-or-end') return this.close();
        if (c !== 0x22) this.fail(`verwacht een veldnaam tussen aanhalingstekens, gevonden "${ch}"`);
        this.inKey = true;
        this.escaped = false;
        this.buffer = '';
        this.bufferChars = 0;
        return 'key';
      case 'colon':
        if (c !== 0x3a) this.fail(`verwacht ":" na "${frame.key}"`);
        frame.expect = 'value';
        return null;
      case 'value-or-end':
        if (c === 0x5d) return this.close();
        return this.startValue(frame, c);
      case 'value':
        return this.startValue(frame, c);
      case 'comma-or-end':
        if (c === 0x2c) {
          frame.expect = frame.kind === 'object' ? 'key' : 'value';
          return null;
        }
        if ((c === 0x7d && frame.kind === 'object') || (c === 0x5d && frame.kind === 'array')) {
          return this.close();
        }
        this.fail(
          `verwacht "," of "${frame.kind === 'object' ? '}' : ']'}" in ${describePath(frame.path)}, gevonden "${ch}"`,
        );
    }
  }

  private startValue(frame: Frame, c: number): 'capture' | null {
    const path: Segment[] = [...frame.path, frame.kind === 'object' ? frame.key : frame.count];
    frame.count++;
    frame.expect = 'comma-or-end';
    const isObject = c === 0x7b;
    const isArray = c === 0x5b;
    const action = this.actionFor(path, isObject, isArray);
    if (action === 'descend') {
      this.stack.push({
        kind: isObject ? 'object' : 'array',
        path,
        count: 0,
        expect: isObject ? 'key-or-end' : 'value-or-end',
        key: '',
      });
      if (path.length === 1 && path[0] === 'leveringen') this.envelope.hasLeveringen = true;
      if (path.length === 2) this.addLevering(path[1] as number, true);
      return null;
    }
    if (action === 'skip') {
      if (path.length === 1 && !TOP_MEMBERS.has(path[0] as string))
        this.envelope.unknown.push(String(path[0]));
      if (path.length === 3 && !LEVERING_MEMBERS.has(path[2] as string))
        this.lastLevering().unknown.push(String(path[2]));
    }
    this.capturing = action;
    this.capturePath = path;
    this.buffer = '';
    this.bufferChars = 0;
    this.escaped = false;
    this.inString = c === 0x22;
    if (isObject || isArray) {
      this.captureKind = 'container';
      this.depth = 1;
    } else if (c === 0x22) this.captureKind = 'string';
    else this.captureKind = 'primitive';
    return action === 'capture' ? 'capture' : null;
  }

  /** Which values Regie walks into, keeps or passes over. */
  private actionFor(path: Segment[], isObject: boolean, isArray: boolean): Action {
    const [top, , member] = path;
    if (top !== 'leveringen') return TOP_MEMBERS.has(top as string) ? 'capture' : 'skip';
    if (path.length === 1) return isArray ? 'descend' : 'capture';
    if (path.length === 2) return isObject ? 'descend' : 'capture';
    if (path.length === 3) {
      if (member === 'vroegsignalen') return isArray ? 'descend' : 'capture';
      return member === 'vroegsignaalzaken' || !LEVERING_MEMBERS.has(member as string) ? 'skip' : 'capture';
    }
    return 'capture'; // an element of vroegsignalen
  }

  private addLevering(index: number, isObject: boolean): void {
    this.envelope.leveringen.push({ index, isObject, members: {}, unknown: [], signals: 0 });
  }

  private lastLevering(): DdasLevering {
    return this.envelope.leveringen[this.envelope.leveringen.length - 1] as DdasLevering;
  }

  private close(): null {
    this.stack.pop();
    if (this.stack.length === 0) this.done = true;
    return null;
  }

  private completeCapture(emit: (signal: DdasSignal) => void): void {
    const action = this.capturing;
    const path = this.capturePath;
    this.capturing = null;
    if (action === 'skip') return;
    const text = this.buffer;
    this.buffer = '';
    this.bufferChars = 0;
    const value = this.parse(text, describePath(path));
    if (path[0] !== 'leveringen') {
      this.envelope.members[path[0] as string] = value;
      return;
    }
    if (path.length === 1) {
      this.envelope.members.leveringen = value; // not a list: the envelope check reports it
      return;
    }
    if (path.length === 2) {
      this.addLevering(path[1] as number, false);
      return;
    }
    const levering = this.lastLevering();
    if (path.length === 3) {
      levering.members[path[2] as string] = value;
      return;
    }
    levering.signals++;
    emit({
      position: ++this.positions,
      levering: levering.index,
      gemeentecode: levering.members.gemeentecode,
      value,
    });
  }

  private parse(text: string, what: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      this.fail(`${what} is geen geldige JSON`);
    }
  }

  private fail(reason: string): never {
    throw new DdasFileError(
      `Het bestand is geen geldige JSON (regel ${this.line}, teken ${this.column}): ${reason}.`,
    );
  }
}

/** A piece of the file: its text and how many bytes of the file it came from (for progress). */
export type TextChunk = { text: string; bytes: number };

export type DdasEvent = DdasSignal & { bytesDone: number };

/**
 * The vroegsignalen of a DDAS file, from a stream of text: one list per piece of text read (handing them out one by
 * one through an async generator costs more than scanning them). After the last one, `scanner.envelope` holds the
 * envelope for checking (see ddas-schema.ts). Throws DdasFileError when the text is not complete, valid JSON.
 */
export async function* streamVroegsignalen(
  chunks: AsyncIterable<TextChunk>,
  scanner = new DdasScanner(),
): AsyncGenerator<DdasEvent[]> {
  let bytesDone = 0;
  for await (const chunk of chunks) {
    const ready: DdasEvent[] = [];
    bytesDone += chunk.bytes;
    const at = bytesDone;
    scanner.push(chunk.text, (signal) => ready.push({ ...signal, bytesDone: at }));
    if (ready.length > 0) yield ready;
  }
  scanner.end();
}
