/** Frames: dictionary matching (matchFrames), counting per sentence (frameCounts), and the statistics. */
export { frameMatcher, type EntryMatch } from "./matchFrames";
export { frameCounts, type FrameCounts, type FrameMatch, type FrameSentence } from "./frameCounts";
export { frameRates, frameRatesByDocument, FrameRateRowSchema, FrameDocumentRowSchema, type FrameRateRow, type FrameDocumentRow, type BootstrapOptions } from "./frameRates";
export { frameDifference, FrameDiffRowSchema, type FrameDiffRow } from "./frameDifference";
export { frameCoverage } from "./frameCoverage";
export { frameWords } from "./frameWords";
