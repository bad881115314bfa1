"""Man-page style help and shell completion scripts, from the real binary."""
import shutil
import subprocess

import pytest

SUBCOMMANDS = ["annotate", "replay", "export", "propose"]
# export's help belongs to its own file's owner; it is checked for its options only.
WITH_EXAMPLES = ["annotate", "replay", "propose"]


def factline_out(factline, *args):
    result = subprocess.run([factline, *args], capture_output=True, timeout=30, env={"COLUMNS": "100", "PATH": "/usr/bin:/bin"})
    return result.returncode, result.stdout.decode(), result.stderr.decode()


@pytest.mark.parametrize("sub", WITH_EXAMPLES)
def test_help_for_each_subcommand_reads_like_a_man_page(factline, sub):
    code, out, err = factline_out(factline, "help", sub)
    assert code == 0, err
    for section in ("OVERVIEW:", "USAGE:", "OPTIONS:", "EXAMPLES:", "EXIT STATUS:"):
        assert section in out, f"{section} missing from factline help {sub}"
    examples = out.split("EXAMPLES:", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in examples.splitlines() if line.strip()]
    assert len(lines) >= 2 and all(f"factline {sub}" in line for line in lines), examples


def test_top_level_help_lists_subcommands_examples_and_completion(factline):
    code, out, err = factline_out(factline, "help")
    assert code == 0, err
    for sub in SUBCOMMANDS:
        assert sub in out
    assert "EXAMPLES:" in out and "--generate-completion-script" in out


def test_help_subcommand_equals_dash_dash_help(factline):
    assert factline_out(factline, "help", "replay")[1] == factline_out(factline, "replay", "--help")[1]


def test_bash_completion_script_is_valid_and_knows_the_subcommands(factline, tmp_path):
    code, script, err = factline_out(factline, "--generate-completion-script", "bash")
    assert code == 0, err
    assert len(script.splitlines()) > 20
    for sub in SUBCOMMANDS:
        assert sub in script
    assert "--step" in script and "--count-only" in script
    assert "jsonl" in script, "article arguments complete .txt, .md, .json and .jsonl files"
    path = tmp_path / "factline.bash"
    path.write_text(script)
    check = subprocess.run(["bash", "-n", str(path)], capture_output=True)
    assert check.returncode == 0, check.stderr.decode()
    # Sourcing it registers a completion function for factline.
    registered = subprocess.run(["bash", "-c", f"source {path} && complete -p factline"], capture_output=True)
    assert registered.returncode == 0 and b"factline" in registered.stdout, registered.stderr.decode()


@pytest.mark.parametrize("shell,checker", [("zsh", "zsh"), ("fish", "fish")])
def test_zsh_and_fish_completion_scripts(factline, tmp_path, shell, checker):
    code, script, err = factline_out(factline, "--generate-completion-script", shell)
    assert code == 0, err
    assert len(script.splitlines()) > 10
    for sub in SUBCOMMANDS:
        assert sub in script
    assert "factline" in script
    if shutil.which(checker) is None:
        return  # the shell itself is not installed: the script's content is checked above
    path = tmp_path / f"factline.{shell}"
    path.write_text(script)
    check = subprocess.run([checker, "-n", str(path)], capture_output=True)
    assert check.returncode == 0, check.stderr.decode()
