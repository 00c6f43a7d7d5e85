const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is YYYY-MM-DD and names a real calendar day (2022-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The day a date line names ("Jan 04 , 2016", "4 January 2016", "发布时间: 2022-03-03"), or undefined. */
export function parseDateLine(line: string): string | undefined {
  const candidates: string[] = [];
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(line);
  if (iso) candidates.push(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const mdy = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})\s*,\s*(\d{4})\b/.exec(line);
  const dmy = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(line);
  for (const [month, day, year] of [mdy && [mdy[1], mdy[2], mdy[3]], dmy && [dmy[2], dmy[1], dmy[3]]].filter(Boolean) as string[][]) {
    const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
    if (m >= 0) candidates.push(`${year}-${pad(m + 1)}-${pad(Number(day))}`);
  }
  return candidates.find(isIsoDate);
}

