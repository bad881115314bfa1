"""factline train and propose --model through the real binary: deterministic model bytes for a
seed, a CoNLL source with a label map, the model's provenance on its proposals, --jobs giving
the same output as one thread, and the shipped French model."""
import json
import subprocess

from conftest import ARTICLE

PEOPLE = ["Marie Dubois", "Jean Martin", "Sophie Leroy", "Paul Girard"]
PLACES = ["Lyon", "Nantes", "Lille", "Bordeaux"]


def conll(path):
    lines = []
    for i in range(40):
        person, place = PEOPLE[i % 4].split(), PLACES[(i // 2) % 4]
        lines += [f"{person[0]} B-PERS", f"{person[1]} I-PERS", "est O", "à O", f"{place} B-LIEU", ". O", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_training_is_deterministic_and_the_model_proposes(factline, tmp_path):
    source = tmp_path / "toy.conll"
    conll(source)
    outs = []
    for name in ("a.flm", "b.flm"):
        subprocess.run([factline, "train", str(source), "--out", str(tmp_path / name), "--label-map", "PERS=PER,LIEU=LOC",
                        "--epochs", "4", "--seed", "5", "--name", "toy"], check=True, capture_output=True)
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    article = tmp_path / "a.txt"
    article.write_text("Jean Martin est à Lille.\n\nSophie Leroy est à Nantes.", encoding="utf-8")
    out = subprocess.run([factline, "propose", str(article), "--model", str(tmp_path / "a.flm"), "--lang", "fr"],
                         check=True, capture_output=True).stdout
    record = json.loads(out)
    found = {(s["label"], s["text"], s["rule"]) for s in record["spans"]}
    assert ("PER", "Jean Martin", "model.toy") in found
    assert ("LOC", "Lille", "model.toy") in found
    assert record["meta"]["proposer"].startswith("model+rules+claims toy 1+rules ")


def test_jobs_keep_the_order_and_the_output(factline, tmp_path):
    queue = tmp_path / "q.jsonl"
    text = ARTICLE.read_text(encoding="utf-8")
    queue.write_text("".join(json.dumps({"id": f"a{i}", "text": text[i * 40:] or text, "lang": "fr"}) + "\n" for i in range(12)), encoding="utf-8")
    one = subprocess.run([factline, "propose", str(queue), "--jobs", "1"], check=True, capture_output=True).stdout
    two = subprocess.run([factline, "propose", str(queue), "--jobs", "2"], check=True, capture_output=True).stdout
    assert one == two
    assert [json.loads(line)["id"] for line in one.decode().splitlines()] == [f"a{i}" for i in range(12)]


def test_the_shipped_french_model(factline, tmp_path):
    out = subprocess.run([factline, "propose", str(ARTICLE), "--model", "default"], check=True, capture_output=True).stdout
    record = json.loads(out)
    rules = {s["rule"] for s in record["spans"]}
    assert "model.fr-news" in rules
    assert "demonym" in rules  # NORP comes from the rules
    by_text = {s["text"]: s["label"] for s in record["spans"]}
    assert by_text.get("Choe Son-hui") == "PER"
    assert by_text.get("Moscou") == "LOC"
    assert record["meta"]["proposer"].startswith("model+rules+claims fr-news ")


def test_rules_alone(factline, tmp_path):
    """`--model rules` runs the rules and claim rules with no model (the bench's rules column):
    no span comes from a model, and the proposer says so."""
    out = subprocess.run([factline, "propose", str(ARTICLE), "--model", "rules"], check=True, capture_output=True).stdout
    record = json.loads(out)
    assert record["meta"]["proposer"].startswith("rules+claims rules ")
    assert record["spans"] and not any(s["rule"].startswith("model.") for s in record["spans"])
    assert record["claims"]
    default = json.loads(subprocess.run([factline, "propose", str(ARTICLE)], check=True, capture_output=True).stdout)
    assert any(s["rule"].startswith("model.") for s in default["spans"])


def test_a_bad_model_file_is_one_line(factline, tmp_path):
    bad = tmp_path / "bad.flm"
    bad.write_bytes(b"nope")
    result = subprocess.run([factline, "propose", str(ARTICLE), "--model", str(bad)], capture_output=True)
    assert result.returncode == 1
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert "not a factline tagger model" in result.stderr.decode()
