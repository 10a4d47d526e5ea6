import { useMemo } from 'react';

/**
 * A plain-text stand-in for the Monaco editor (src/ui/editors/code-editor.tsx, not written yet)
 * with the same props, so the import dialog works now and switches to Monaco by changing one
 * import. Markers show as a list under the text, each line:column with its message; clicking one
 * selects the marked text.
 */
export interface TextMarker {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export interface SqlTextInputProps {
  value: string;
  language: string;
  readOnly?: boolean;
  markers?: readonly TextMarker[];
  onChange?(value: string): void;
  ariaLabel: string;
}

export function SqlTextInput({ value, readOnly, markers = [], onChange, ariaLabel }: SqlTextInputProps) {
  const lineStarts = useMemo(() => {
    const starts = [0];
    for (let i = 0; i < value.length; i++) if (value[i] === '\n') starts.push(i + 1);
    return starts;
  }, [value]);
  const offset = (line: number, column: number) => (lineStarts[line - 1] ?? value.length) + column - 1;
  const errors = markers.filter((m) => m.severity === 'error');
  return (
    <div>
      <textarea
        aria-label={ariaLabel}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange?.(e.target.value)}
        spellCheck={false}
        rows={16}
        style={{ width: '100%', fontFamily: 'ui-monospace, monospace', fontSize: 12, boxSizing: 'border-box' }}
      />
      {errors.length > 0 ? (
        <ul aria-label="Error markers" style={{ margin: '4px 0', paddingLeft: 18, color: 'var(--danger)', fontSize: 12 }}>
          {errors.map((m, i) => (
            <li
              key={i}
              data-line={m.line}
              data-column={m.column}
              style={{ cursor: 'pointer' }}
              onClick={(e) => {
                const area = e.currentTarget.closest('div')?.querySelector('textarea');
                if (!area) return;
                area.focus();
                area.setSelectionRange(offset(m.line, m.column), offset(m.endLine ?? m.line, m.endColumn ?? m.column + 1));
              }}
            >
              {m.line}:{m.column} {m.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
