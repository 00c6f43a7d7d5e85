/**
 * How long work says how far it has got: `done` of `total` units (files, documents, resamples),
 * called as it goes and once more when `done === total`. The CLI draws it on stderr
 * (`cli/progress`), a notebook as a bar in the running cell (`notebook/progress`).
 */
export type Progress = (done: number, total: number) => void;
