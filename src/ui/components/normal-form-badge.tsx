import type { CSSProperties } from 'react';
import type { NormalForm } from '../../core/index';

/** Red for unnormalized through green for 5NF: the further from 3NF, the warmer. */
const BADGE_COLORS: Record<NormalForm, string> = {
  none: '#b91c1c',
  '1NF': '#c2410c',
  '2NF': '#b45309',
  '3NF': '#4d7c0f',
  BCNF: '#15803d',
  '4NF': '#047857',
  '5NF': '#0f766e',
};

/** A table's normal form as a coloured pill, in the Normalization panel and on the canvas. */
export function NormalFormBadge({ form, label }: { form: NormalForm; label: string }) {
  const style: CSSProperties = { background: BADGE_COLORS[form], color: '#fff', borderRadius: 10, padding: '0 7px', fontSize: 11, fontWeight: 700, whiteSpace: 'nowrap' };
  return (
    <span className="nf-badge" data-normal-form={form} aria-label={label} title={form === 'none' ? 'Not even in 1NF' : `In ${form}`} style={style}>
      {form === 'none' ? 'not 1NF' : form}
    </span>
  );
}
