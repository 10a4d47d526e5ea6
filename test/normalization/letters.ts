import { fromIndices, toIndices, type AttrSet } from '../../src/core/analysis/normalization/attribute-set';
import type { Fd } from '../../src/core/analysis/normalization/dependency';

/** Textbook notation for tests: attributes are letters, "AB->C" is a dependency over them. */
export function letters(attrs: string, alphabet: string): AttrSet {
  return fromIndices([...attrs.replace(/[\s,]/g, '')].map((ch) => {
    const i = alphabet.indexOf(ch);
    if (i < 0) throw new Error(`"${ch}" is not in ${alphabet}`);
    return i;
  }));
}

export function fds(text: string, alphabet: string): Fd[] {
  return text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [lhs, rhs] = s.split(/->>?/);
      return { lhs: letters(lhs, alphabet), rhs: letters(rhs, alphabet) };
    });
}

export function name(set: AttrSet, alphabet: string): string {
  return toIndices(set).map((i) => alphabet[i]).join('');
}

export function names(sets: readonly AttrSet[], alphabet: string): string[] {
  return sets.map((s) => name(s, alphabet));
}

export function showFds(list: readonly Fd[], alphabet: string): string[] {
  return list.map((fd) => `${name(fd.lhs, alphabet)}->${name(fd.rhs, alphabet)}`);
}
