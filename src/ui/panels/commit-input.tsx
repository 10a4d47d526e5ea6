import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'> & {
  value: string;
  /** Called once per finished edit (blur or Enter), not per keystroke: one undo step per edit. Return false to refuse (the draft reverts). */
  onCommit: (value: string) => boolean | void;
  multiline?: boolean;
};

/** A text field that edits a model value: typing stays local until the user is done with the field. */
export function CommitInput({ value, onCommit, multiline, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft === value) return;
    if (onCommit(draft) === false) setDraft(value);
  };
  const common = {
    value: draft,
    onBlur: commit,
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape') {
        setDraft(value);
      }
    },
  };
  if (multiline) {
    return <textarea {...(rest as object)} {...common} rows={2} onChange={(e) => setDraft(e.target.value)} />;
  }
  return <input {...rest} {...common} onChange={(e) => setDraft(e.target.value)} />;
}
