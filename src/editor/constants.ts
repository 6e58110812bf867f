/** Identifiers shared by the manifest and the code. Keep in step with package.json. */

export const EXTENSION_ID = 'news-annotator.news-annotator';
export const CONFIG_SECTION = 'newsAnnotator';
export const CONTEXT_ACTIVE = 'newsAnnotator.active';
export const CONTEXT_HAS_ORPHANS = 'newsAnnotator.hasOrphans';
export const CONTEXT_ENTITY_FILTER = 'newsAnnotator.entityFilterActive';
/** True while the cursor is on a suggestion nobody has decided on: the accept and reject keys apply. */
export const CONTEXT_ON_SUGGESTION = 'newsAnnotator.onSuggestion';
/** True while the cursor is on a mention: the one-key type changes apply. */
export const CONTEXT_ON_MENTION = 'newsAnnotator.onMention';
export const VIEW_ENTITIES = 'newsAnnotator.entities';
export const VIEW_ORPHANS = 'newsAnnotator.orphans';
export const DIAGNOSTIC_SOURCE = 'News Annotator';

/** Command ids (`newsAnnotator.*`). */
export const Commands = {
  annotateSelection: 'newsAnnotator.annotateSelection',
  annotateAsPerson: 'newsAnnotator.annotateAsPerson',
  annotateAsOrg: 'newsAnnotator.annotateAsOrg',
  annotateAsPlace: 'newsAnnotator.annotateAsPlace',
  annotateAsNorp: 'newsAnnotator.annotateAsNorp',
  markQuote: 'newsAnnotator.markQuote',
  accept: 'newsAnnotator.accept',
  reject: 'newsAnnotator.reject',
  acceptAllInDocument: 'newsAnnotator.acceptAllInDocument',
  changeType: 'newsAnnotator.changeType',
  mergeEntity: 'newsAnnotator.mergeEntity',
  renameEntity: 'newsAnnotator.renameEntity',
  setSpeaker: 'newsAnnotator.setSpeaker',
  addNote: 'newsAnnotator.addNote',
  nextSuggestion: 'newsAnnotator.nextSuggestion',
  previousSuggestion: 'newsAnnotator.previousSuggestion',
  annotateWorkspace: 'newsAnnotator.annotateWorkspace',
  toggleHighlights: 'newsAnnotator.toggleHighlights',
  showOrphans: 'newsAnnotator.showOrphans',
  pruneDeleted: 'newsAnnotator.pruneDeleted',
  showLearning: 'newsAnnotator.showLearning',
  resetLearning: 'newsAnnotator.resetLearning',
  export: 'newsAnnotator.export',
  exportJson: 'newsAnnotator.exportJson',
  import: 'newsAnnotator.import',
  openStoreFile: 'newsAnnotator.openStoreFile',
  showExplorer: 'newsAnnotator.showExplorer',
  revealInExplorer: 'newsAnnotator.revealInExplorer',
  refresh: 'newsAnnotator.refresh',
  restore: 'newsAnnotator.restore',
  typePerson: 'newsAnnotator.setTypePerson',
  typeOrg: 'newsAnnotator.setTypeOrg',
  typePlace: 'newsAnnotator.setTypePlace',
  typeNorp: 'newsAnnotator.setTypeNorp',
  /** Sets the scheme type bound to a digit (`Ctrl+K 5` … `9`); the keybinding passes the digit. */
  setTypeByKey: 'newsAnnotator.setTypeByKey',
  addEntityType: 'newsAnnotator.addEntityType',
  editScheme: 'newsAnnotator.editScheme',
  setQuoteAttribute: 'newsAnnotator.setQuoteAttribute',
  undoDecision: 'newsAnnotator.undoDecision',
  redoDecision: 'newsAnnotator.redoDecision',
  toggleRejected: 'newsAnnotator.toggleRejected',
  enableForFolder: 'newsAnnotator.enableForFolder',
  disableForFolder: 'newsAnnotator.disableForFolder',
  openSample: 'newsAnnotator.openSample',
  testDecorations: 'newsAnnotator.test.decorations',
  testExplorer: 'newsAnnotator.test.explorer',
  filterEntities: 'newsAnnotator.filterEntities',
  clearEntityFilter: 'newsAnnotator.clearEntityFilter',
  rebuildIndex: 'newsAnnotator.rebuildIndex',
  testIndex: 'newsAnnotator.test.index',
  testExplorerTitle: 'newsAnnotator.test.explorerTitle',
  linkEntity: 'newsAnnotator.linkEntity',
  compareWith: 'newsAnnotator.compareWith',
  compareStop: 'newsAnnotator.compareStop',
  compareTakeTheirs: 'newsAnnotator.compareTakeTheirs',
  compareKeepMine: 'newsAnnotator.compareKeepMine',
  /** Jumps to an offset in a document; used by links in hover cards. */
  reveal: 'newsAnnotator.reveal',
} as const;
