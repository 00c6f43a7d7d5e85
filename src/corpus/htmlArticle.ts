import { oneSpace } from "./normalize";
import type { MetaValue } from "./schema";

export interface HtmlArticle {
  /** The article body as plain text: one paragraph per block, separated by blank lines. */
  text: string;
  /** What the page states about itself: title, author, date (YYYY-MM-DD) and other <meta> tags. */
  meta: Record<string, MetaValue>;
}

const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "TD", "TH"]);

/** `<meta>` tags kept as document fields, under a plain name. The first one present wins. */
const META_FIELDS: Record<string, string[]> = {
  title: ["og:title", "twitter:title", "dc.title", "citation_title"],
  author: ["author", "article:author", "dc.creator", "citation_author", "byl", "parsely-author", "sailthru.author"],
  date: ["article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "citation_publication_date", "sailthru.date", "parsely-pub-date", "og:published_time"],
  site: ["og:site_name", "application-name"],
  description: ["description", "og:description", "twitter:description"],
  section: ["article:section"],
  keywords: ["keywords", "news_keywords", "article:tag"],
  url: ["og:url"],
};

/** Every tag a named field reads: not a field of its own again. */
const TAKEN_BY_NAME = new Set(Object.values(META_FIELDS).flat());

/** Names a page's <meta> may not take: the kit's own (id, file, year), and those only a browser reads. */
const NOT_FIELDS = new Set(["id", "file", "year", "text", "viewport", "robots", "referrer", "theme-color", "format-detection", "generator", "googlebot", "csrf-token", "csrf-param"]);

/** A <meta> name as a field name: its last part after ":" (article:section → section), or none. */
function fieldName(key: string): string | undefined {
  const field = key.split(":").pop()!.trim();
  return /^[\p{L}_][\p{L}\p{N}_.-]*$/u.test(field) && !NOT_FIELDS.has(field) ? field : undefined;
}

/** A date as YYYY-MM-DD when the string starts with one or is a parseable timestamp; else null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})\/(\d{2})\/(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(s);
  return Number.isFinite(t) && /\d{4}/.test(s) ? new Date(t).toISOString().slice(0, 10) : null;
}

/**
 * Extracts the article of a saved web page with Mozilla's Readability (the engine of Firefox's
 * Reader View), so navigation, newsletter boxes, cookie banners and footers are left out. The page
 * is parsed by linkedom (htmlparser2 under a light DOM): Readability needs no more than that, and a
 * browser-complete DOM costs many times as much to build. Metadata comes from the page itself:
 * `<meta>` tags, JSON-LD, `<time datetime>` and `<title>`. No script runs and nothing is fetched.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { parseHTML } = require("linkedom") as typeof import("linkedom");
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Readability } = require("@mozilla/readability") as typeof import("@mozilla/readability");
  const doc = parseHTML(html).document as unknown as Document;
  lowerCaseAttributes(doc);
  const pageMeta = readPageMeta(doc);
  // Readability takes the page apart as it reads it, so the metadata is read first; the article
  // comes back as an element, not as HTML to be parsed again.
  const article = new Readability(doc, { charThreshold: 200, serializer: (node) => node as Element }).parse();
  let text = article?.content ? blockText(article.content) : "";
  // Readability took the page apart: the body is read from the page parsed again.
  if (!text.trim()) text = bodyText(parseHTML(html).document as unknown as Document);

  const meta: Record<string, MetaValue> = { ...pageMeta };
  if (!meta.title && article?.title) meta.title = article.title.trim();
  if (!meta.author && article?.byline) meta.author = article.byline.replace(/^\s*by\s+/i, "").trim();
  if (!meta.date) meta.date = isoDay(article?.publishedTime);
  for (const k of Object.keys(meta)) if (meta[k] === null || meta[k] === "") delete meta[k];
  return { text, meta };
}

/** One paragraph per innermost block element, whitespace collapsed. */
function blockText(root: Element): string {
  const blocks: Element[] = [];
  // Innermost blocks never hold one another, so the order they are found in is the page's order.
  const walk = (el: Element): boolean => {
    let holdsBlock = false;
    for (const child of el.children) if (walk(child)) holdsBlock = true;
    const isBlock = BLOCKS.has(el.tagName.toUpperCase());
    if (isBlock && !holdsBlock) blocks.push(el);
    return isBlock || holdsBlock;
  };
  walk(root);
  const paragraphs = (blocks.length ? blocks : [root])
    .map((el) => oneSpace(el.textContent ?? "").trim())
    .filter(Boolean);
  return paragraphs.join("\n\n");
}

/** The elements of a tag, in page order: read by name, since a CSS selector is compiled per call. */
const tagged = (doc: Document, tag: string): Element[] => [...doc.getElementsByTagName(tag)];

const SVG = "http://www.w3.org/2000/svg";

/**
 * HTML attribute names are case-blind (`<META NAME="Author">` is `name`), but linkedom keeps them as
 * written, for SVG's sake (`viewBox`); outside SVG they are put in lower case, as a browser reads them.
 */
function lowerCaseAttributes(doc: Document): void {
  const walk = (el: Element) => {
    if (el.namespaceURI === SVG) return;
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      const value = el.getAttribute(name)!;
      el.removeAttribute(name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
    for (const child of el.children) walk(child);
  };
  walk(doc.documentElement);
}

/** The whole body's text, whitespace collapsed: for a page Readability finds no article in. */
function bodyText(doc: Document): string {
  return (doc.body?.textContent ?? "").replace(/[ \t]+/g, " ").trim();
}

function readPageMeta(doc: Document): Record<string, MetaValue> {
  const tags = new Map<string, string>();
  for (const el of tagged(doc, "meta")) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const content = el.getAttribute("content")?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  const ld = jsonLdArticle(doc);
  const pick = (field: string) => META_FIELDS[field].map((k) => tags.get(k)).find(Boolean) ?? null;
  // article:author is often the author's profile page, not a name.
  const authorName = META_FIELDS.author.map((k) => tags.get(k)).find((v) => v && !/^https?:\/\//i.test(v));

  const meta: Record<string, MetaValue> = {};
  meta.title = pick("title") ?? ld.title ?? (tagged(doc, "title")[0]?.textContent?.trim() || null);
  meta.author = authorName ?? ld.author ?? null;
  meta.date = isoDay(pick("date")) ?? isoDay(ld.date) ?? isoDay(tagged(doc, "time").find((el) => el.hasAttribute("datetime"))?.getAttribute("datetime"));
  for (const field of ["site", "description", "section", "keywords", "url"]) meta[field] = pick(field);
  meta.language = doc.documentElement.getAttribute("lang")?.trim() || null;
  // Every other <meta> becomes a field too, under its last part ("article:section" → "section"),
  // below the named ones: a site's own "category" is what a researcher groups by.
  for (const [key, content] of tags) {
    const field = fieldName(key);
    if (field && !(field in meta) && !TAKEN_BY_NAME.has(key)) meta[field] = content;
  }
  return meta; // nulls are dropped by the caller, with the empty values
}

/** headline, author name and datePublished from the first JSON-LD article object. */
function jsonLdArticle(doc: Document): { title?: string; author?: string; date?: string } {
  for (const script of tagged(doc, "script").filter((el) => el.getAttribute("type")?.trim().toLowerCase() === "application/ld+json")) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const items = (Array.isArray(data) ? data : [data, ...(((data as { "@graph"?: unknown[] })?.["@graph"]) ?? [])]) as Record<string, unknown>[];
    const article = items.find((x) => x && typeof x === "object" && /Article|Posting/.test(String(x["@type"] ?? "")));
    if (!article) continue;
    const author = Array.isArray(article.author) ? article.author[0] : article.author;
    const name = typeof author === "string" ? author : (author as { name?: string } | undefined)?.name;
    return {
      title: typeof article.headline === "string" ? article.headline : undefined,
      author: name,
      date: typeof article.datePublished === "string" ? article.datePublished : undefined,
    };
  }
  return {};
}
