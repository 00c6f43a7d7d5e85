"""scikit-learn's CountVectorizer over the same files as the kit's benchmark, end to end.

Usage: python3 countVectorizer.py DIR  -> prints JSON {seconds, tokens, files, rssMB, vocabulary}
Reads every .txt file under DIR (as `discourse freq` does), fits a CountVectorizer with its default
tokenizer and English stop words, and sums the counts.
"""
import json
import os
import resource
import sys
import time

from sklearn.feature_extraction.text import CountVectorizer

root = sys.argv[1]
started = time.perf_counter()
paths = sorted(
    os.path.join(d, f) for d, _, files in os.walk(root) for f in files if f.endswith(".txt")
)


def texts():
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            yield fh.read()


vectorizer = CountVectorizer(stop_words="english")
matrix = vectorizer.fit_transform(texts())
tokens = int(matrix.sum())
seconds = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "tokens": tokens, "files": len(paths), "rssMB": rss, "vocabulary": len(vectorizer.vocabulary_)}))
