import { useState } from 'react';
import { diagramImageSize } from '../../core/index';
import { useDiagram } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { downloadBlob, fileNameFor } from '../app/download';
import { exportPng, exportSvg } from '../export/export-image';

/** PNG or SVG of the whole diagram or of the selected tables, at full size. */
export function ExportImageDialog() {
  const diagram = useDiagram();
  const selected = useUiStore((s) => s.selectedTableIds);
  const [format, setFormat] = useState<'png' | 'svg'>('png');
  const [scope, setScope] = useState<'all' | 'selection'>(selected.length > 0 ? 'selection' : 'all');
  const [scale, setScale] = useState(1);
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const options = { tableIds: scope === 'selection' ? selected : undefined, scale: format === 'png' ? scale : 1 };
  const size = diagramImageSize(diagram, options);
  const close = () => useUiStore.getState().openDialog(undefined);
  const empty = (scope === 'selection' ? selected.length : diagram.tables.length) === 0;

  const run = async () => {
    setError(undefined);
    try {
      const name = fileNameFor(diagram.name, `.${format}`);
      if (format === 'svg') downloadBlob(name, exportSvg(diagram, options));
      else {
        setProgress(0);
        downloadBlob(name, await exportPng(diagram, options, setProgress));
      }
      close();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={close}>
      <div className="dialog export-dialog" role="dialog" aria-modal="true" aria-label="Export image" onMouseDown={(e) => e.stopPropagation()}>
        <h2>Export image</h2>
        <fieldset>
          <legend>Format</legend>
          <label className="check">
            <input type="radio" name="format" checked={format === 'png'} onChange={() => setFormat('png')} /> PNG
          </label>
          <label className="check">
            <input type="radio" name="format" checked={format === 'svg'} onChange={() => setFormat('svg')} /> SVG
          </label>
        </fieldset>
        <fieldset>
          <legend>What</legend>
          <label className="check">
            <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> Whole diagram
          </label>
          <label className="check">
            <input type="radio" name="scope" disabled={selected.length === 0} checked={scope === 'selection'} onChange={() => setScope('selection')} /> Selected tables ({selected.length})
          </label>
        </fieldset>
        {format === 'png' ? (
          <label>
            Scale
            <select aria-label="Scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
              <option value={0.5}>50%</option>
              <option value={1}>100%</option>
              <option value={2}>200%</option>
            </select>
          </label>
        ) : null}
        <p aria-label="Image size">
          {size.width} × {size.height} px
        </p>
        {progress !== undefined ? <progress aria-label="Export progress" value={progress} max={1} /> : null}
        {error ? <p role="alert">The image could not be made: {error}</p> : null}
        <div className="dialog__buttons">
          <button type="button" onClick={() => void run()} disabled={empty || progress !== undefined}>
            Download {format.toUpperCase()}
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
