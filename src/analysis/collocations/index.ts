/** Collocations: what stands near a node word, per group and between two groups, and which sequences hold together. */
export { collocates, collocateTallies, CollocateRowSchema, type CollocateRow, type CollocateOptions } from "./collocates";
export { collocateShift, CollocateShiftRowSchema, type CollocateShiftRow, type CollocateShiftOptions } from "./collocateShift";
export { collocationEvidence, collocationLines, type CollocationEvidenceOptions, type EvidenceLine } from "./collocationEvidence";
export { sequenceCollocations, SequenceRowSchema, type SequenceRow, type SequenceOptions } from "./sequences";
export { windowPositions, type WindowOptions } from "./nodeWindows";
