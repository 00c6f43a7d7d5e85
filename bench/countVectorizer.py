"""scikit-learn's CountVectorizer over the same documents as the kit's benchmark, end to end.

Usage: python3 countVectorizer.py DIR [LAYOUT]  -> prints JSON {seconds, tokens, files, rssMB, vocabulary}
Reads every document under DIR as the layout stores it, as `discourse freq` does: the text of .txt
files; .md files less their front matter; the paragraphs of .html pages (html.parser); the text column
of brown.csv (csv module) or brown.jsonl (json); the text layer of .pdf files (pypdf); the paragraphs
of .docx files (python-docx); the .txt files of layout quotes (typographic quotes). Then fits a
CountVectorizer with its default tokenizer and English stop words, and sums the counts. Layout zh
(Chinese op-eds in .txt files) is cut into words by jieba, as Chinese is counted with scikit-learn,
punctuation left out.
"""
import csv
import json
import os
import re
import resource
import sys
import time
from html.parser import HTMLParser

from sklearn.feature_extraction.text import CountVectorizer

root = sys.argv[1]
layout = sys.argv[2] if len(sys.argv) > 2 else "txt"
started = time.perf_counter()


class Paragraphs(HTMLParser):
    """The text inside <p> elements: the page's article, without its navigation and footer."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "p" and self.depth:
            self.depth -= 1
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def files(ext):
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(ext))


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def pdf_text(path):
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_text(path):
    import docx

    return "\n\n".join(p.text for p in docx.Document(path).paragraphs)


def texts():
    if layout in ("pdf", "docx"):
        for path in files("." + layout):
            yield pdf_text(path) if layout == "pdf" else docx_text(path)
        return
    if layout in ("zh", "quotes"):
        for path in files(".txt"):
            yield read(path)
        return
    if layout in ("csv", "jsonl"):
        with open(os.path.join(root, "brown." + layout), encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh) if layout == "csv" else (json.loads(line) for line in fh)
            for row in rows:
                yield row["text"]
        return
    for path in files("." + layout):
        text = read(path)
        if layout == "md" and text.startswith("---\n"):
            text = text[text.index("\n---\n", 4) + 5:]
        elif layout == "html":
            parser = Paragraphs()
            parser.feed(text)
            text = "".join(parser.parts)
        yield text


count = [0]


def counted():
    for t in texts():
        count[0] += 1
        yield t


def chinese_words(text):
    import jieba

    return [w for w in jieba.lcut(text) if WORD.match(w)]


WORD = re.compile(r"\w", re.UNICODE)
if layout == "zh":
    vectorizer = CountVectorizer(tokenizer=chinese_words, token_pattern=None, lowercase=False)
else:
    vectorizer = CountVectorizer(stop_words="english")
matrix = vectorizer.fit_transform(counted())
tokens = int(matrix.sum())
seconds = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "tokens": tokens, "files": count[0], "rssMB": rss, "vocabulary": len(vectorizer.vocabulary_)}))
