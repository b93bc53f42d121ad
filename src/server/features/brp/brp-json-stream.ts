/**
 * Reads a BRP Personen response (`{ "type": "RaadpleegMetBurgerservicenummer", "personen": [ … ] }`) as a stream:
 * each element of `personen` is handed out as soon as it is complete, so the file is never in memory as a whole
 * (only one person's JSON at a time). Other top-level members are checked for well-formedness; `type` is kept in
 * the envelope. Keys may come in any order, so the caller checks the envelope after the last element.
 */

export class BrpFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrpFileError';
  }
}

export type BrpEnvelope = { type?: unknown; hasPersonen: boolean };

type Mode =
  | 'start'
  | 'first-key'
  | 'key-start'
  | 'key'
  | 'colon'
  | 'value'
  | 'first-element'
  | 'element'
  | 'element-next'
  | 'after-member'
  | 'capture'
  | 'done';

type CaptureKind = 'container' | 'string' | 'primitive';

const isWhitespace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isPrimitiveEnd = (c: number) => isWhitespace(c) || c === 0x2c || c === 0x7d || c === 0x5d; // , } ]

export class PersonenScanner {
  private mode: Mode = 'start';
  private kind: CaptureKind = 'container';
  private target: 'element' | 'member' = 'member';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private buffer = '';
  private key = '';
  private line = 1;
  private column = 0;
  private elements = 0;
  readonly envelope: BrpEnvelope = { hasPersonen: false };

  /** Feeds the next piece of text; complete `personen` elements are passed to `emit` in order. */
  push(chunk: string, emit: (value: unknown, index: number) => void): void {
    let captureFrom = this.mode === 'capture' || this.mode === 'key' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 0x0a) {
        this.line++;
        this.column = 0;
      } else this.column++;
      switch (this.mode) {
        case 'capture': {
          if (this.kind === 'primitive') {
            if (isPrimitiveEnd(c)) {
              this.buffer += chunk.slice(captureFrom, i);
              captureFrom = -1;
              this.complete(emit);
              i--; // the delimiter belongs to the next state
              this.column--;
              if (c === 0x0a) this.line--;
            }
            break;
          }
          if (this.inString) {
            if (this.escaped) this.escaped = false;
            else if (c === 0x5c) this.escaped = true;
            else if (c === 0x22) {
              this.inString = false;
              if (this.kind === 'string') {
                this.buffer += chunk.slice(captureFrom, i + 1);
                captureFrom = -1;
                this.complete(emit);
              }
            }
            break;
          }
          if (c === 0x22) this.inString = true;
          else if (c === 0x7b || c === 0x5b) this.depth++;
          else if (c === 0x7d || c === 0x5d) {
            this.depth--;
            if (this.depth === 0) {
              this.buffer += chunk.slice(captureFrom, i + 1);
              captureFrom = -1;
              this.complete(emit);
            }
          }
          break;
        }
        case 'key': {
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) this.escaped = true;
          else if (c === 0x22) {
            this.buffer += chunk.slice(captureFrom, i);
            captureFrom = -1;
            this.key = this.parse(`"${this.buffer}"`, 'een veldnaam') as string;
            this.buffer = '';
            this.mode = 'colon';
          }
          break;
        }
        default: {
          if (isWhitespace(c) || (c === 0xfeff && this.mode === 'start')) break;
          const started = this.structural(c);
          if (started) captureFrom = i;
          else if ((this.mode as Mode) === 'key') captureFrom = i + 1; // the key's text starts after its quote
        }
      }
    }
    if (captureFrom >= 0) this.buffer += chunk.slice(captureFrom);
  }

  /** Call after the last chunk: the document must be complete. */
  end(): void {
    if (this.mode !== 'done') {
      throw new BrpFileError(
        this.mode === 'start'
          ? 'Het bestand is leeg.'
          : `Het bestand houdt halverwege op (na ${this.elements} personen): de JSON is niet compleet.`,
      );
    }
  }

  /** Handles a structural character outside strings; returns true when a capture starts at this character. */
  private structural(c: number): boolean {
    const ch = String.fromCharCode(c);
    switch (this.mode) {
      case 'start':
        if (c !== 0x7b) this.fail(`verwacht "{" aan het begin van het bestand, gevonden "${ch}"`);
        this.mode = 'first-key';
        return false;
      case 'first-key':
        if (c === 0x7d) {
          this.mode = 'done';
          return false;
        }
        return this.startKey(c);
      case 'key-start':
        return this.startKey(c);
      case 'colon':
        if (c !== 0x3a) this.fail(`verwacht ":" na "${this.key}"`);
        this.mode = 'value';
        return false;
      case 'value':
        if (this.key === 'personen' && c === 0x5b) {
          this.envelope.hasPersonen = true;
          this.mode = 'first-element';
          return false;
        }
        this.startCapture(c, 'member');
        return true;
      case 'first-element':
        if (c === 0x5d) {
          this.mode = 'after-member';
          return false;
        }
        this.startCapture(c, 'element');
        return true;
      case 'element':
        this.startCapture(c, 'element');
        return true;
      case 'element-next':
        if (c === 0x2c) this.mode = 'element';
        else if (c === 0x5d) this.mode = 'after-member';
        else this.fail(`verwacht "," of "]" na personen[${this.elements - 1}], gevonden "${ch}"`);
        return false;
      case 'after-member':
        if (c === 0x2c) this.mode = 'key-start';
        else if (c === 0x7d) this.mode = 'done';
        else this.fail(`verwacht "," of "}" na "${this.key}", gevonden "${ch}"`);
        return false;
      case 'done':
        this.fail(`tekst na het einde van de JSON: "${ch}"`);
        return false;
      default:
        return false;
    }
  }

  private startKey(c: number): boolean {
    if (c !== 0x22)
      this.fail(`verwacht een veldnaam tussen aanhalingstekens, gevonden "${String.fromCharCode(c)}"`);
    this.mode = 'key';
    this.escaped = false;
    this.buffer = '';
    return false; // the key text starts after the quote; see push()
  }

  private startCapture(c: number, target: 'element' | 'member'): void {
    this.mode = 'capture';
    this.target = target;
    this.buffer = '';
    this.inString = c === 0x22;
    this.escaped = false;
    if (c === 0x7b || c === 0x5b) {
      this.kind = 'container';
      this.depth = 1;
    } else if (c === 0x22) {
      this.kind = 'string';
    } else {
      this.kind = 'primitive';
    }
  }

  private complete(emit: (value: unknown, index: number) => void): void {
    const text = this.buffer;
    this.buffer = '';
    if (this.target === 'element') {
      const index = this.elements++;
      emit(this.parse(text, `personen[${index}]`), index);
      this.mode = 'element-next';
    } else {
      const value = this.parse(text, `"${this.key}"`);
      if (this.key === 'type') this.envelope.type = value;
      this.mode = 'after-member';
    }
  }

  private parse(text: string, what: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      this.fail(`${what} is geen geldige JSON`);
    }
  }

  private fail(reason: string): never {
    throw new BrpFileError(
      `Het bestand is geen geldige JSON (regel ${this.line}, teken ${this.column}): ${reason}.`,
    );
  }
}

/**
 * The elements of `personen`, one by one, from a stream of text. When the stream ends, the envelope must have a
 * `personen` list and `type` "RaadpleegMetBurgerservicenummer" (the only answer whose persons carry an address);
 * otherwise a BrpFileError is thrown after the last element, so a caller that reads everything before writing
 * writes nothing.
 */
export async function* streamPersonen(chunks: AsyncIterable<string>): AsyncGenerator<unknown> {
  const scanner = new PersonenScanner();
  const ready: unknown[] = [];
  for await (const chunk of chunks) {
    scanner.push(chunk, (value) => ready.push(value));
    for (const value of ready) yield value;
    ready.length = 0;
  }
  scanner.end();
  const { type, hasPersonen } = scanner.envelope;
  if (!hasPersonen) throw new BrpFileError('Het bestand heeft geen lijst "personen".');
  if (type === undefined) {
    throw new BrpFileError('Het bestand heeft geen veld "type"; verwacht "RaadpleegMetBurgerservicenummer".');
  }
  if (type !== 'RaadpleegMetBurgerservicenummer') {
    throw new BrpFileError(
      `Het bestand heeft type ${JSON.stringify(type)}; Regie leest alleen antwoorden van het type "RaadpleegMetBurgerservicenummer" (alleen die bevatten de verblijfplaats).`,
    );
  }
}
