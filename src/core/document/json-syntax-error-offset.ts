/**
 * The offset of the first JSON syntax error in `text`, or undefined when the text is valid JSON.
 * Used only after JSON.parse has failed, because engines do not always say where: V8 (Node 20,
 * Chrome) reports "Unexpected token 'x'" without a position, and Safari never gives one.
 * Iterative, like the rest of the loader, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const n = text.length;
  const closers: string[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';

  const skipWhitespace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** Scans the string starting at text[i] === '"'; returns the error offset, or undefined when it is well formed. */
  const scanString = (): number | undefined => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        const escape = text[i + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return i + 1;
          i += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) i += 2;
        else return i + 1;
      } else i++;
    }
    return n;
  };
  const scanDigits = (): boolean => {
    const start = i;
    while (i < n && text[i] >= '0' && text[i] <= '9') i++;
    return i > start;
  };
  const scanNumber = (): number | undefined => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!scanDigits()) return i;
    if (text[i] === '.') {
      i++;
      if (!scanDigits()) return i;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!scanDigits()) return i;
    }
    return undefined;
  };
  const scanLiteral = (word: string): number | undefined => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return i;
    return undefined;
  };

  for (;;) {
    skipWhitespace();
    if (state === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        closers.push(c === '{' ? '}' : ']');
        i++;
        skipWhitespace();
        if (text[i] === closers[closers.length - 1]) {
          closers.pop();
          i++;
          state = 'after';
        } else state = c === '{' ? 'key' : 'value';
        continue;
      }
      let error: number | undefined;
      if (c === '"') error = scanString();
      else if (c === '-' || (c >= '0' && c <= '9')) error = scanNumber();
      else if (c === 't') error = scanLiteral('true');
      else if (c === 'f') error = scanLiteral('false');
      else if (c === 'n') error = scanLiteral('null');
      else return i;
      if (error !== undefined) return error;
      state = 'after';
    } else if (state === 'key') {
      if (text[i] !== '"') return i;
      const error = scanString();
      if (error !== undefined) return error;
      skipWhitespace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const closer = closers[closers.length - 1];
      if (closer === undefined) return i < n ? i : undefined;
      if (text[i] === ',') {
        i++;
        state = closer === '}' ? 'key' : 'value';
      } else if (text[i] === closer) {
        closers.pop();
        i++;
      } else return i;
    }
  }
}
