import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { updateNote } from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import type { NoteNode } from './to-flow';

/** A sticky note: free text on the canvas, edited in place, resizable. */
function NoteNodeView({ data, selected }: NodeProps<NoteNode>) {
  const { note } = data;
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const commit = () => {
    if (draft !== undefined && draft !== note.text) {
      useDocumentStore.getState().apply('Edit note', (d) => updateNote(d, note.id, { text: draft }));
    }
    setDraft(undefined);
  };
  return (
    <div className={`note-node${selected ? ' is-selected' : ''}`} style={{ width: note.width, height: note.height, background: note.color }}>
      <NodeResizer
        isVisible={selected}
        minWidth={120}
        minHeight={60}
        onResizeEnd={(_, p) =>
          useDocumentStore.getState().apply('Resize note', (d) => updateNote(d, note.id, { width: Math.round(p.width), height: Math.round(p.height), position: { x: p.x, y: p.y } }))
        }
      />
      <textarea
        className="note-node__text nodrag"
        aria-label="Note text"
        value={draft ?? note.text}
        placeholder="Note"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.stopPropagation()}
      />
    </div>
  );
}

export const NoteNodeComponent = memo(NoteNodeView);
