/**
 * Offsets in the pasted text -> 1-based line and column, for notices, errors and Monaco markers.
 * Built once per import: a binary search over line starts keeps 2,000-table dumps fast.
 */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface SourceText {
  readonly text: string;
  positionAt(offset: number): SourcePosition;
}

export function createSourceText(text: string): SourceText {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return {
    text,
    positionAt(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: clamped - lineStarts[low] + 1 };
    },
  };
}
