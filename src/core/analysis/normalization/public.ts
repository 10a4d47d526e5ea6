/**
 * What the core's public API (src/core/index.ts) exports from normalization: the table-level
 * functions the app and the CLI use. The attribute-set engine stays behind ./index, so its short
 * names (bit, minus, size...) do not crowd the core's namespace.
 */
export { NORMAL_FORMS, compareForms, formBelow, type NormalForm, type TargetForm } from './normal-form';
export {
  analyzeTable,
  analyzeDiagram,
  normalFormOf,
  dependencyText,
  type TableAnalysis,
  type NormalizationFinding,
  type NormalizationCode,
  type DependencyView,
} from './analyze-table';
export {
  suggestionsForTable,
  suggestionsForDiagram,
  allSuggestionsForTable,
  suggestionsFromMinedDependencies,
  fdSuggestionKey,
  type NormalizationSuggestion,
  type SuggestionSource,
} from './suggestions';
export { parseDeclarations, declarationsToText, type SyntaxMarker, type ParseResult, type ParsedDeclarations, type ParsedDependency } from './dependency-syntax';
export {
  addDependency,
  updateDependency,
  removeDependency,
  setMultivaluedColumn,
  removeJoinDependency,
  removeRepeatingGroup,
  setDeclarations,
  acceptSuggestion,
  dismissSuggestion,
  restoreSuggestion,
  updateNormalization,
  type DependencyInput,
} from './dependency-edits';
export { planDecomposition, decomposeTable, type DecompositionPlan, type DecompositionTarget, type PlannedTable, type PlannedColumn } from './apply-decomposition';
export { mineDependencies, type MiningOptions, type MiningProgress, type MiningResult, type MinedDependency } from './tane';
export { parseCsv, type CsvResult } from './csv';
