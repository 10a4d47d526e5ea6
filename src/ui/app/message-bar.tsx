import { useEffect } from 'react';
import { formatProblem } from '../../core/index';
import { useUiStore } from '../../store/ui-store';

/** Errors stay until dismissed (they carry the details); info messages fade after a few seconds. */
export function MessageBar() {
  const message = useUiStore((s) => s.message);
  useEffect(() => {
    if (message?.kind !== 'info') return;
    const timer = setTimeout(() => useUiStore.getState().showMessage(undefined), 5000);
    return () => clearTimeout(timer);
  }, [message]);
  if (!message) return null;
  const dismiss = () => useUiStore.getState().showMessage(undefined);
  return (
    <div className={`message-bar is-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      <strong>{message.title}</strong>
      {message.problems && message.problems.length > 0 ? (
        <ul className="message-bar__problems">
          {message.problems.slice(0, 20).map((p, i) => (
            <li key={i}>{formatProblem(p)}</li>
          ))}
          {message.problems.length > 20 ? <li>…and {message.problems.length - 20} more</li> : null}
        </ul>
      ) : null}
      <button type="button" onClick={dismiss} aria-label="Dismiss message">
        ✕
      </button>
    </div>
  );
}
