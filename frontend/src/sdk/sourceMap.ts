/** A position in the app's own source, as the client bundle's source map gives it. */
export interface SourcePosition {
  source: string;
  line: number;
  column: number;
}

type Segment = [column: number, source: number, line: number, sourceColumn: number];

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const digits = new Map([...base64].map((char, index) => [char, index]));

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = digits.get(char);
    if (digit === undefined) break;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  for (const text of mappings.split(";")) {
    let column = 0;
    const segments: Segment[] = [];
    for (const part of text.split(",")) {
      if (!part) continue;
      const [dc = 0, ds, dl, dsc] = decodeVlq(part);
      column += dc;
      if (ds === undefined) continue;
      source += ds;
      line += dl ?? 0;
      sourceColumn += dsc ?? 0;
      segments.push([column, source, line, sourceColumn]);
    }
    lines.push(segments);
  }
  return lines;
}

function decodeBase64Utf8(text: string): string {
  const bytes = Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The client bundle's inline source map, read once and asked for positions in the app. */
export class SourceMap {
  private lines: Segment[][] | null = null;

  private constructor(
    private readonly sources: string[],
    private readonly mappings: string,
  ) {}

  /** The map at the end of bundle code, or null when there is none to read. */
  static fromCode(code: string): SourceMap | null {
    const match =
      /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/.exec(
        code,
      );
    if (!match) return null;
    try {
      const map = JSON.parse(decodeBase64Utf8(match[1]!)) as {
        sources?: string[];
        mappings?: string;
      };
      return new SourceMap(map.sources ?? [], map.mappings ?? "");
    } catch {
      return null;
    }
  }

  /** The app position of a 1-based line and column of the bundle. */
  lookup(line: number, column: number): SourcePosition | null {
    this.lines ??= decodeMappings(this.mappings);
    const segments = this.lines[line - 1];
    if (!segments || segments.length === 0) return null;
    let found: Segment | undefined;
    for (const segment of segments) {
      if (segment[0] > column - 1) break;
      found = segment;
    }
    found ??= segments[0]!;
    const source = this.sources[found[1]];
    if (source === undefined) return null;
    return { source: source.replace(/^(\.\.\/)+/, ""), line: found[2] + 1, column: found[3] + 1 };
  }
}
