/**
 * discourse-kit's public API, layer by layer: corpus → text → analysis → charts → notebook/export.
 * Verbs are functions (`loadCorpus`, `tokens`, `termFrequency`, `concordance`, `frequencyChart`,
 * `show`); results are arrays of plain typed records.
 */
export { DiscourseError } from "./errors";

// corpus
export { loadCorpus, readDocument, readDocuments, documentPlace, listFiles, idFromFile, type LoadOptions, type ReadSettings } from "./corpus/load";
export { type Corpus, type Document, type CorpusWarning, type MetaOrigin, formatWarning, groupDocuments, groupOf, groupingFields, sortGroups } from "./corpus/corpus";
export { decodeText, type TextEncoding } from "./corpus/decode";
export { splitFrontMatter } from "./corpus/frontMatter";
export { markdownToText } from "./corpus/markdown";
export { extractHtmlArticle, type HtmlArticle } from "./corpus/htmlArticle";
export { inferMetadata } from "./corpus/inferMetadata";
export { readSource, type SourceFormat } from "./corpus/sourceFile";
export { cleanText, type CleanResult, type RemovedLine } from "./corpus/clean";
export { defaultCleanRules, CleanRulesSchema, type CleanRules, type LineRule } from "./corpus/cleanRules";
export { normalizeText } from "./corpus/normalize";
export { ManifestSchema, DocumentEntrySchema, type Manifest, type DocumentEntry } from "./corpus/schema";

// text
export { tokens, tokenizeDocument, unjoinedWords, type Tokens, type Token, type TokenOptions, type DocTokens } from "./text/tokens";
export { splitSentences, type SentenceSpan } from "./text/sentences";
export { wordSpans, words } from "./text/words";
export { defaultStopwords, readWordList } from "./text/stopwords";
export { defaultPhrases } from "./text/phrases";
export { aliasFolds, foldNote, foldedQuery, type FoldOption, type FoldedEntity } from "./text/aliasFolds";
export { ngrams } from "./text/ngrams";
export { stem } from "./text/stem";

// analysis
export { corpusCounts, countTerms, type CorpusCounts, type GroupCounts } from "./analysis/counts";
export { dfm, dfmGroup, dfmTrim, dfmSelect, dfmRow, featureTotals, type Dfm, type DfmDoc, type DfmOptions } from "./analysis/dfm";
export {
  collocates, collocateShift, collocationEvidence, sequenceCollocations, windowPositions,
  CollocateRowSchema, CollocateShiftRowSchema, SequenceRowSchema,
  type CollocateRow, type CollocateShiftRow, type SequenceRow, type CollocateOptions, type CollocateShiftOptions, type SequenceOptions,
} from "./analysis/collocations";
export { termFrequency, FreqRowSchema, type FreqRow, type FrequencyOptions } from "./analysis/frequency";
export { concordance, KwicRowSchema, type KwicRow, type KwicOptions } from "./analysis/kwic";
export { keyness, topKeyTerms, KeynessRowSchema, LOW_COUNT, type KeynessRow, type KeynessOptions, type KeynessPrior } from "./analysis/keyness";
export { termTrend, TermTrendRowSchema, type TermTrendRow, type TermTrendOptions } from "./analysis/termTrend";
export { corpusSummary, type CorpusSummary, type DocumentSummary, type GroupSummary } from "./analysis/corpusSummary";
export { termEvidence, type TermEvidence } from "./analysis/evidence";
export {
  frameCounts, frameRates, frameRatesByDocument, frameDifference, frameCoverage, frameWords,
  FrameRateRowSchema, FrameDiffRowSchema, FrameDocumentRowSchema,
  type FrameCounts, type FrameMatch, type FrameRateRow, type FrameDiffRow, type FrameDocumentRow, type BootstrapOptions,
} from "./analysis/frames";
export { logLikelihood } from "./analysis/stats/logLikelihood";
export { logRatio, percentDiff } from "./analysis/stats/effectSizes";
export { fisherExact } from "./analysis/stats/fisher";
export { logOddsZ, logOddsPrior, type LogOddsPrior } from "./analysis/stats/logOdds";
export { adjustPValues } from "./analysis/stats/adjust";
export { ratePer } from "./analysis/stats/rate";
export { tfidf } from "./analysis/stats/tfidf";
export { proportionShift } from "./analysis/stats/proportionShift";
export { permutationP } from "./analysis/stats/permutation";
export { bootstrapRatios, ratioColumn, percentileInterval } from "./analysis/stats/bootstrap";
export { seededRandom } from "./analysis/stats/random";
export { classificationReport, type ClassificationReport } from "./analysis/stats/classification";
export { suggestActors, suggestedRegistry, SuggestedActorSchema, type SuggestedActor, type SuggestOptions } from "./analysis/actors/suggestActors";
export { actorMentions, type ActorMention, type ActorMentionOptions } from "./analysis/actors/actorMentions";
export { compileRegistry, matchActors, markCoordinated, type ActorMatch, type MentionStrength } from "./analysis/actors/actorMatcher";
export { actorStance, actorChange, mostMentioned, ActorStanceRowSchema, ActorChangeRowSchema, type ActorStanceRow, type ActorChangeRow, type ActorStanceOptions } from "./analysis/actors/actorStance";
export { stanceShift, type StanceShiftRow } from "./analysis/actors/stanceShift";
export { strongestMentions } from "./analysis/actors/strongestMentions";
export { mentionTally, type MentionTallyRow } from "./analysis/actors/mentionTally";
export { scoreTarget, type TargetScore, type ScoredWord } from "./analysis/targets/targetSentiment";
export { classifyTarget, loadTargetModel, type TargetPrediction } from "./analysis/targets/targetModel";
export { sentenceBaseline } from "./analysis/targets/sentenceBaseline";
export { evaluateTargets, type MethodReport } from "./analysis/targets/evaluate";
export { readTargetExamples, POLARITIES, type Polarity, type TargetExample } from "./analysis/targets/newsmtsc";

// studies: the steps the notebooks and the report share
export { groupPair, type GroupPair } from "./studies/groupPair";
export { compareGroups, type GroupComparison, type CompareGroupsOptions } from "./studies/compareGroups";
export { comparisonNotes, stanceNotes } from "./studies/readingNotes";
export { collocationStudy, type CollocationStudy, type NodeCollocations, type CollocationStudyOptions } from "./studies/collocationStudy";
export { actorStudy, actorEvidence, collectiveSensitivity, type ActorStudy, type ActorStudyOptions, type ActorEvidence } from "./studies/actorStudy";
export { documentRows, removedLines } from "./studies/corpusTables";
export { languageRows, inLanguage, type LanguageRow } from "./studies/languages";
export { documentLanguage } from "./corpus/language";

// lexicons
export { defaultFrames } from "./lexicons/defaultFrames";
export { FrameDictionarySchema, FrameSchema, type Frame, type FrameDictionary } from "./lexicons/frameSchema";
export { readLexicon } from "./lexicons/readLexicon";
export { defaultActors } from "./lexicons/defaultActors";
export { ActorRegistrySchema, ActorSchema, type Actor, type ActorRegistry, type ActorRegistryInput } from "./lexicons/actorSchema";
export { irSentiment } from "./lexicons/irSentiment";
export { SentimentLexiconSchema, type SentimentLexicon } from "./lexicons/sentimentSchema";
export { compileLexicon, type CompiledLexicon } from "./lexicons/sentimentLexicon";

// charts
export { type Figure } from "./charts/figure";
export { frequencyChart, type FrequencyChartOptions } from "./charts/frequencyChart";
export { keynessChart, type KeynessChartOptions } from "./charts/keynessChart";
export { collocationChart, type CollocationChartOptions } from "./charts/collocationChart";
export { rateScatter, type RateScatterOptions } from "./charts/rateScatter";
export { wordShiftChart, type WordShiftOptions } from "./charts/wordShiftChart";
export { frameChart, type FrameChartOptions } from "./charts/frameChart";
export { actorStanceChart, type ActorStanceChartOptions } from "./charts/actorStanceChart";
export { actorMentionsChart, type ActorMentionsChartOptions } from "./charts/actorMentionsChart";
export { stanceShiftChart, type StanceShiftChartOptions } from "./charts/stanceShiftChart";
export { trendChart, termTrendChart, frameTrendChart, actorTrendChart, type TrendPoint, type TrendChartOptions } from "./charts/trendChart";
export { palette, presets, themeLayout, applyPreset, type Preset, type ThemeOptions } from "./charts/theme";
export { tableHtml, escapeHtml } from "./charts/table";

// notebook
export { show, showTable, showMarkdown, showImage, showMentions } from "./notebook/display";
export { toDataFrame } from "./notebook/dataframe";
export { notebookProgress, progressBundle, type NotebookProgressOptions } from "./notebook/progress";
export type { Progress } from "./progress";

// export
export { toCsv } from "./export/csv";
export { writeDfm, matrixMarket, featureTable, docvarTable } from "./export/matrixMarket";
export { writeReport, reportSections, reportHtml, type ReportOptions } from "./export/report";
export { exportReportFigures, parseFormats } from "./export/reportFigures";
export { exportFigure, exportFigures, FigureExporter, type ExportOptions, type FigureFormat } from "./export/exportFigure";
export { readPngDpi, readPngText } from "./export/pngChunks";
export { chromiumPath } from "./export/chromiumPath";
