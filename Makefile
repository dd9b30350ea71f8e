# The front door. `make` builds the dataset into dist/, `make test` checks everything.
# Variables: RAW (raw folder, default raw), OUT (output folder, default dist), ACCEPT (ids of
# fuzzy matches `make reanchor` may take), RECORD=1 (`make agreement` records its figures),
# BENCH_QUICK=1 (a shorter `make bench`); SEEDS, MUTANTS.
RAW ?= raw
OUT ?= dist
ACCEPT ?=
RECORD ?=

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := dist
.DELETE_ON_ERROR:

INSTALLED := node_modules/.installed
COMPILED := compiled/stepanakert.mjs
NATIVE := build/.native
VALIDATORS := pipeline/validators/compiled.cjs
CLI := node $(COMPILED)
SOURCES := $(shell find pipeline -name '*.ts') package-lock.json
quote = '$(subst ','\'',$(1))'
INPUTS := $(shell find $(call quote,$(RAW)) schemas -type f 2>/dev/null | LC_ALL=C sort | sed 's/[ :]/\\&/g') package.json CHANGELOG.md

# Paths reach the shell single-quoted (an apostrophe in them closed and escaped), and OUT is a
# make target with its spaces escaped.
space := $(subst ,, )
define newline


endef
absolute = $(if $(filter /%,$(1)),$(1),$(CURDIR)/$(1))
OUT_TARGET := $(subst $(space),\$(space),$(OUT))/SHA256SUMS
# What make cannot take in a target's name (a rule's separators, patterns, wildcards, newlines)
UNSAFE := $(strip $(foreach c,; : % * ? [,$(findstring $(c),$(OUT))) $(if $(findstring $(newline),$(OUT)),a newline))
ifneq ($(UNSAFE),)
$(error OUT="$(subst $(newline),\n,$(OUT))": make cannot name a target with any of ; : % * ? [ or a newline in it (found $(UNSAFE)); choose another folder name, or run "node $(COMPILED) build --out <folder>", which takes any name)
endif
# A "$" not written "$$" (nor starting a $(VAR) reference) would silently name another folder
open := (
stray-dollar = $(findstring $$,$(subst $$$(open),,$(subst $${,,$(subst $$$$,,$(1)))))
STRAY := $(firstword $(foreach v,OUT RAW,$(if $(call stray-dollar,$(value $(v))),$(v))))
ifneq ($(STRAY),)
$(error $(STRAY)="$(value $(STRAY))": make reads "$$" as the start of a variable, so the path would be "$($(STRAY))"; write each "$$" of the name as "$$$$" ($(STRAY)='$(subst $$,$$$$,$(value $(STRAY)))'))
endif

# No built-in rules: make would otherwise look for a rule to remake each of RAW's thousands of files
MAKEFLAGS += --no-builtin-rules

.PHONY: FORCE dist test check clean help reanchor coverage agreement typecheck lint unit install audit bench readme types examples archive properties mutation

help: ## list every target with one line each
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-zA-Z_-]*:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  variables: RAW=$(RAW) OUT=$(OUT); ACCEPT=<id>,... for reanchor; RECORD=1 for agreement; BENCH_QUICK=1 for a shorter bench (BENCH_SIZES, BENCH_PAIRS, BENCH_CLI: see bench/run.mjs); SEEDS=$(SEEDS) for properties; MUTANTS=$(MUTANTS) (or all) for mutation"

install: $(INSTALLED) ## install dependencies (npm ci) when node_modules is missing or older than the lock file

$(INSTALLED): package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Every schema compiled once into standalone validators: no run compiles a schema.
$(VALIDATORS): $(INSTALLED) $(shell find schemas -name '*.schema.json') pipeline/validators/compile.ts pipeline/lib/schemas-registry.ts pipeline/lib/schema-files.ts
	@mkdir -p build
	npx esbuild pipeline/validators/compile.ts --bundle --platform=node --format=esm --log-level=warning \
	  --banner:js="import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" \
	  --outfile=build/compile-validators.mjs
	node build/compile-validators.mjs $@

# One bundled ES module (esbuild): starting it costs a fraction of loading hundreds of modules.
# @duckdb/node-api is bundled too (its 181 modules took 0.2 s to load); only its native binding is not.
BUNDLE := npx esbuild --bundle --platform=node --format=esm --target=node20 \
	  --main-fields=module,main --external:@duckdb/node-bindings --log-level=warning \
	  --banner:js="import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
$(COMPILED): $(INSTALLED) $(NATIVE) $(VALIDATORS) $(SOURCES) Makefile
	$(BUNDLE) pipeline/main.ts --outfile=$@

# The bench's floor, bundled the same way so that it starts as fast as the command line.
FLOOR := compiled/floor.mjs
$(FLOOR): $(INSTALLED) $(VALIDATORS) $(SOURCES) bench/floor.ts Makefile
	$(BUNDLE) bench/floor.ts --outfile=$@

# The native exchange (renameat2) makes the swap of OUT a single step; without it (not Linux,
# no compiler) publishing falls back to two renames that the next run repairs.
# The headers of the running Node are used when it has them (Debian's nodejs does), so the build
# needs no download and no npm configuration.
$(NATIVE): $(INSTALLED) binding.gyp native/rename_exchange.c
	prefix=$$(dirname "$$(dirname "$$(readlink -f "$$(command -v node)")")"); nodedir=; \
	if [ -f "$$prefix/include/node/node_api.h" ] && [ -f "$$prefix/include/node/common.gypi" ]; then nodedir="--nodedir=$$prefix"; fi; \
	npx node-gyp rebuild --silent $$nodedir || echo "warning: native exchange not built; publishing will use two renames"
	@mkdir -p build && touch $@

dist: $(OUT_TARGET) ## build the dataset from RAW into OUT (skipped when nothing changed)

# What the last build into OUT read: RAW's path and its files. Another RAW, or a file added or
# removed, changes the list and so rebuilds OUT even when no file is newer than it. The name is
# a checksum of OUT's absolute path (POSIX cksum: its CRC and length), short for any path. Make
# writes the list itself ($(file)), so no command line carries it, whatever its length; the
# build renames it into place while it holds OUT's lock, so two builds never race on it.
# The tests keep their lists in a folder of their own (STEPANAKERT_INPUT_LISTS, which must exist).
STEPANAKERT_INPUT_LISTS ?= build
INPUT_LIST := $(STEPANAKERT_INPUT_LISTS)/inputs-$(shell printf '%s' $(call quote,$(call absolute,$(OUT))) | cksum | tr ' ' -).txt
INPUT_TEXT := $(call absolute,$(RAW))$(newline)$(subst $(space),$(newline),$(strip $(INPUTS)))
PENDING_LIST = $(INPUT_LIST).new-$(shell echo $$PPID)
# Each document's pieces, kept per OUT beside its input list: a document nothing changed in is
# not built again (a key of the content of its files and of the pipeline; see build --help).
CACHE := $(INPUT_LIST:.txt=.cache)
FORCE:

# OUT's SHA256SUMS is never deleted by make (precious): a build that fails or is stopped after
# it published leaves the new dataset whole, and one stopped before leaves the old one.
.PRECIOUS: $(OUT_TARGET)
ifneq ($(file < $(INPUT_LIST)),$(INPUT_TEXT))
$(OUT_TARGET): FORCE
endif
$(OUT_TARGET): $(COMPILED) $(INPUTS)
	$(file > $(PENDING_LIST),$(INPUT_TEXT))
	$(CLI) build --raw $(call quote,$(RAW)) --out $(call quote,$(OUT)) --cache $(call quote,$(CACHE)) --inputs $(call quote,$(PENDING_LIST)) || { rm -f $(call quote,$(PENDING_LIST)); exit 1; }

check: $(COMPILED) ## verify a published folder OUT: checksums, schemas, formats agree, keys resolve
	$(CLI) check --out $(call quote,$(OUT))

archive: $(COMPILED) ## zip the published folder OUT reproducibly into build/ (the release's zip of the whole data package)
	$(CLI) archive --out $(OUT)

reanchor: $(COMPILED) ## re-anchor the annotations of RAW to revised texts (ACCEPT=id,… confirms fuzzy matches)
	$(CLI) reanchor --raw $(call quote,$(RAW)) $(if $(ACCEPT),--accept $(call quote,$(ACCEPT)))

coverage: $(COMPILED) ## list every number, date, time and count word of RAW and what covers it
	$(CLI) coverage --raw $(call quote,$(RAW)) --all

agreement: $(COMPILED) ## compare the blind second coding of RAW with the annotations, field by field (RECORD=1 writes agreement.json)
	$(CLI) agreement --raw $(RAW) $(if $(RECORD),--record)

typecheck: $(INSTALLED) $(VALIDATORS) ## type-check every TypeScript file (strict)
	npx tsc -p tsconfig.json --noEmit

lint: $(INSTALLED) ## lint and check formatting (Biome)
	npx biome check .

unit: $(COMPILED) ## run the tests (vitest)
	npx vitest run

# An audit that cannot reach the audit service is a failure in CI (CI set), unless NPM_AUDIT=unavailable
# says the service is unreachable there by design; elsewhere it is skipped, and says so.
audit: $(INSTALLED) ## npm audit: fail on a high or critical vulnerability, or in CI when the audit service cannot be reached (unless NPM_AUDIT=unavailable)
	@rc=0; out=$$(npm audit --audit-level=high 2>&1) || rc=$$?; \
	if [ $$rc -eq 0 ]; then echo "npm audit: no high or critical vulnerability"; \
	elif ! echo "$$out" | grep -qE 'audit endpoint returned an error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|ENETUNREACH'; then \
	  echo "$$out"; exit $$rc; \
	elif [ "$${NPM_AUDIT:-}" = unavailable ]; then \
	  echo "npm audit: not run: the audit service is unreachable here by design (NPM_AUDIT=unavailable)"; \
	elif [ -n "$${CI:-}" ]; then \
	  echo "$$out" | grep -E 'audit endpoint|ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|ENETUNREACH' | head -n 3; \
	  echo "npm audit: failed: the audit service could not be reached; in CI that is a failure (set NPM_AUDIT=unavailable only where it is unreachable by design)"; exit 1; \
	else echo "npm audit: skipped: the audit service could not be reached (in CI this fails)"; fi

test: typecheck lint audit unit ## type check, lint, audit, unit and end-to-end tests

# The property tests run with one fixed seed in `make test`; this looks for new failures with
# SEEDS random seeds. The mutation check mutates a sample of MUTANTS operator sites.
SEEDS ?= 20
MUTANTS ?= 30
properties: $(COMPILED) ## run the property tests with SEEDS random seeds, each printed (replay a failure with FC_SEED=<seed> make test)
	FC_SEEDS=$(SEEDS) npx vitest run test/properties.test.ts

mutation: $(COMPILED) ## mutation check: mutate the stages and normalisers one way at a time, run the suite after each (about 30 min; writes mutation/results.json)
	MUTANTS=$(MUTANTS) node mutation/run.mjs

bench: $(COMPILED) $(FLOOR) ## the build against its floor (the same table files from its rows) at 1 to 3,000 documents, 10,000 documents, the cache, no-op make, check, coverage, re-anchor, check of 1,000 documents; targets in bench/results.json (BENCH_QUICK=1: 1 to 100 documents)
	node bench/run.mjs

TYPES := package/index.d.ts

types: $(INSTALLED) ## regenerate the TypeScript types from schemas/ (package/index.d.ts, pipeline/annotations.generated.ts)
	@mkdir -p build
	npx esbuild pipeline/types/write-types.ts --bundle --platform=node --format=esm --packages=external --log-level=warning --outfile=build/write-types.mjs
	node build/write-types.mjs

examples: $(INSTALLED) ## regenerate the typed reads in examples/ from schemas/
	@mkdir -p build
	npx esbuild pipeline/metadata/write-examples.ts --bundle --platform=node --format=esm --packages=external --log-level=warning --outfile=build/write-examples.mjs
	node build/write-examples.mjs

readme: $(COMPILED) ## regenerate the README's command reference from the --help texts
	node -e "const fs=require('fs');const ref=require('child_process').execFileSync('node',['$(COMPILED)','help','--markdown'],{encoding:'utf8'});const r=fs.readFileSync('README.md','utf8');fs.writeFileSync('README.md',r.replace(/(<!-- commands:start -->\n)[\s\S]*(<!-- commands:end -->)/,(m,a,b)=>a+ref+b))"

clean: ## remove compiled code and temporary folders (dist/ is kept: it is the published dataset)
	rm -rf build compiled .tmp $(VALIDATORS)
