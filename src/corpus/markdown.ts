/**
 * Plain text of a Markdown body, line for line, so that markup is not counted as words: headings,
 * emphasis, links (their text stays, the URL goes), images, code spans, quotes, list markers, rules
 * and HTML tags. Line breaks are kept, so paragraphs and line numbers survive.
 */
export function markdownToText(md: string): string {
  let fenced = false;
  return md
    .split("\n")
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return "";
      }
      if (fenced) return line;
      if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return ""; // reference definition
      if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return ""; // horizontal rule
      if (/^\s{0,3}(=+|-+)\s*$/.test(line)) return ""; // setext heading underline
      return line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/\s+#+\s*$/, "")
        .replace(/^\s{0,3}(>\s?)+/, "")
        .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, "")
        .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
        .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
        .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
        .replace(/<\/?[A-Za-z][^>]*>/g, "")
        .replace(/`([^`]*)`/g, "$1")
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
        .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, "$1$3");
    })
    .join("\n");
}
