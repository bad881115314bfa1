"""Reviewing claims through a real pseudo-terminal (pexpect): accept one claim, correct the
source of another, add a claim the proposer missed, link a denial to the claim it answers,
then check the saved session field by field."""
import os

import pexpect

from conftest import load

PROMPT = r"factline \d+/\d+/\d+[^\r\n]*> "


def test_claims_are_reviewed_from_the_keyboard(factline, workdir):
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "FACTLINE_HISTORY": str(workdir / "history"), "LANG": "C.UTF-8"}
    child = pexpect.spawn(factline, ["annotate", "choe-son-hui-moscou.fr.txt", "--annotator", "claims"],
                          cwd=str(workdir), env=env, encoding="utf-8", timeout=30, dimensions=(40, 250))
    child.expect(PROMPT)
    # TAB completes claim ids and field names.
    child.send("claim c9 sou\t")
    child.expect("rce ")
    child.sendcontrol("u")
    child.sendline("show c9")
    child.expect(r"\[Mark Rutte\|SOURCE c9\]")
    child.expect(PROMPT)
    child.sendline("accept c9")
    child.expect("accepted c9")
    child.expect(PROMPT)
    # c5's source is "la ministre nord-coréenne"; the analyst names her.
    child.sendline("claim c5 source la ministre")
    child.expect(r"changed c5 source → «la ministre»")
    child.expect(PROMPT)
    # A claim the rules missed: Lavrov calls the accusations misleading ("les qualifiant de trompeuses").
    child.sendline('claim add content "ces accusations" source Sergueï Lavrov cue qualifiant stance denies')
    child.expect(r"added c13")
    child.expect(PROMPT)
    child.sendline("claim c13 disputes c9")
    child.expect(r"changed c13 relations → disputes c9")
    child.expect(PROMPT)
    child.sendline("undo")
    child.expect(r"undid edit c13 relations")
    child.expect(PROMPT)
    child.sendline("redo")
    child.expect(PROMPT)
    child.sendline("quit")
    child.expect(pexpect.EOF)

    session = load(workdir / "Sessions" / "choe-son-hui-moscou.fr.claims.json")
    claims = {c["id"]: c for c in session["annotations"]["claims"]}
    assert claims["c9"]["status"] == "accepted" and claims["c9"]["source"]["text"] == "Mark Rutte"
    assert claims["c5"]["source"]["text"] == "la ministre" and claims["c5"]["status"] == "accepted"
    assert claims["c5"]["proposed"]["source"]["text"] == "la ministre nord-coréenne"
    added = claims["c13"]
    assert added["origin"] == "added" and added["stance"] == "denies" and added["certainty"] == "certain"
    assert added["content"]["text"] == "ces accusations" and added["cue"]["text"] == "qualifiant"
    assert added["source"]["text"] == "Sergueï Lavrov" and added["source"]["mention"].startswith("m")
    assert added["relations"] == [{"type": "disputes", "target": "c9"}]
    text = session["article"]["text"]
    for claim in claims.values():
        for role in ("source", "cue", "content"):
            part = claim[role]
            if part:
                assert text[part["start"]:part["end"]] == part["text"], "offsets are code points"
    assert [e["kind"] for e in session["events"]] == ["accept", "edit-claim", "add-claim", "edit-claim", "undo", "redo"]
