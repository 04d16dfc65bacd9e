# Wijknet — rules
#
#   make demo     install what is missing, build (release), run the main job on samples/,
#                 write the diagrams and the report to out/ and print where they are
#   make test     install what is missing, build (tests and the wijknet executable, which the
#                 signal and pipe tests run as a process), run every test
#   make build    release build of the wijknet tool (.build/release/wijknet)
#   make bench    run the benchmark package (Benchmarks/, ordo-one/benchmark) and the
#                 peer comparison (scripts/compare-peers) — slow, not part of test
#   make bench-huge  peak memory of summary on a 10M-row log and a 1M-row actors file
#                 (scripts/huge-input; several minutes and ~2 GB of /tmp)
#   make bench-national  national scale (issue 28): generates the 1M-actor, 10M-row log once into
#                 /tmp/wijknet-bench-national (skipped when there), runs the release
#                 `analyse --timings` on it under GNU time and prints the stage table and peak
#                 RSS (scripts/bench-national; ~540 MB of /tmp, minutes, GBs of RAM; not part of test)
#   make samples  regenerate samples/ and the SVG gallery (byte-identical each time)
#   make deps     install system dependencies only (libgraphviz-dev, zlib1g-dev, libssl-dev and fonts-dejavu-core via apt-get);
#                 browser-deps: chromium and chromium-driver, for the browser tests of the HTML
#                 report and of `wijknet serve`;
#                 python-deps: networkx (pip), which the export tests read the exports with,
#                 selenium (pip), which drives Chromium in the `wijknet serve` test, pandas
#                 (read_csv on every CSV) and openpyxl (the survey workbook, Kumu workbooks)
#   make fuzz     build Fuzzing/ with -sanitize=fuzzer,address and run every fuzz target for
#                 FUZZ_SECONDS (default 60) from the committed seeds in Fuzzing/Corpus/; the
#                 regression inputs in Fuzzing/Regressions/ are replayed first. A crash or a
#                 failed property fails the run and leaves the input in Fuzzing/.build/findings/
#   make sanitize the whole test suite under AddressSanitizer (.build-asan) and the graph
#                 algorithms (the parallel ones) under ThreadSanitizer (.build-tsan)
#   make dist     packages for machines without a compiler (issue 27; docs/install.md): a release
#                 build with the Swift runtime linked statically (.build-dist), stripped, as
#                 dist/wijknet_VERSION_amd64.deb and dist/wijknet-VERSION-linux-amd64.tar.gz
#                 (with install.sh / uninstall.sh); man page, completions, launcher (scripts/dist)
#   make dist-test  installs the .deb (dpkg -i) and the tar.gz (install.sh, a temporary prefix),
#                 runs the report with no Swift toolchain reachable, checks ldd, removes both
#                 (scripts/dist-test). Needs root and installs a system package: NOT part of test
#   make install  wijknet and its desktop launcher for this user, no root needed: PREFIX/bin/wijknet
#                 and PREFIX/share/applications/wijknet.desktop (PREFIX default ~/.local), so a
#                 coordinator starts the page by double-clicking the Wijknet icon (`wijknet serve
#                 --open --port 0`: no terminal; the browser gets the token through a 0600 file).
#                 INSTALL_BIN=path installs that binary instead of building the release one.
#                 make uninstall removes both.
#   make clean    remove .build, .build-dist, out/, dist/
#
# Everything runs from a fresh clone: `make deps` is called by demo, test and dist.

SWIFT      ?= swift
BIN        := .build/release/wijknet
SAMPLE     := samples/zuiderhof
OUT        := out
ARGS       := $(SAMPLE)/contacts.csv --actors $(SAMPLE)/actors.csv --pseudonym-key-file $(SAMPLE)/demo.key
REGIO      := samples/regio
REGIO_ARGS := $(REGIO)/contacts.csv --actors $(REGIO)/actors.csv --pseudonym-key-file $(REGIO)/demo.key
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install uninstall demo test build dist dist-test bench bench-huge bench-national samples deps browser-deps python-deps clean fuzz fuzz-build sanitize sanitize-address sanitize-thread

deps:
	@if ! pkg-config --exists libgvc zlib libcrypto 2>/dev/null; then \
		echo "installing libgraphviz-dev, zlib1g-dev and libssl-dev (pkg-config cannot find libgvc, zlib or libcrypto)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev zlib1g-dev libssl-dev pkg-config >/dev/null; \
	fi
	@pkg-config --exists libgvc || { echo "libgvc still missing: install Graphviz's development files (libgraphviz-dev)"; exit 1; }
	@pkg-config --exists zlib || { echo "zlib still missing: install zlib's development files (zlib1g-dev), which the .xlsx reader inflates with"; exit 1; }
	@pkg-config --exists libcrypto || { echo "libcrypto still missing: install OpenSSL's development files (libssl-dev), which the pseudonyms are keyed with"; exit 1; }
	@if ! fc-list "DejaVu Sans" family 2>/dev/null | grep -q "DejaVu Sans"; then \
		echo "installing fonts-dejavu-core (DejaVu Sans, the one typeface of every diagram)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq fonts-dejavu-core fontconfig >/dev/null; \
	fi
	@fc-list "DejaVu Sans" family 2>/dev/null | grep -q "DejaVu Sans" || { echo "DejaVu Sans still missing: install Debian's fonts-dejavu-core, the typeface diagrams are laid out in"; exit 1; }

# Headless Chromium for the browser tests of the HTML report, and its WebDriver for the
# Selenium test of `wijknet serve` (Debian's chromium and chromium-driver packages).
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "installing chromium and chromium-driver (for the browser tests of the report and of wijknet serve)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi
	@command -v chromium >/dev/null || { echo "chromium still missing: install Debian's chromium package"; exit 1; }
	@command -v chromedriver >/dev/null || { echo "chromedriver still missing: install Debian's chromium-driver package"; exit 1; }

build: deps
	$(SWIFT) build -c release --product wijknet

PREFIX      ?= $(HOME)/.local
INSTALL_BIN ?=
LAUNCHER    := $(DESTDIR)$(PREFIX)/share/applications/wijknet.desktop

# The launcher names the installed binary: PREFIX/bin need not be on PATH.
install: $(if $(INSTALL_BIN),,build)
	install -D -m 0755 $(or $(INSTALL_BIN),$(BIN)) $(DESTDIR)$(PREFIX)/bin/wijknet
	install -D -m 0644 scripts/dist-files/wijknet.desktop $(LAUNCHER)
	sed -i "s|^Exec=wijknet |Exec=$(PREFIX)/bin/wijknet |" $(LAUNCHER)
	@if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q $(DESTDIR)$(PREFIX)/share/applications || true; fi
	@echo "installed $(DESTDIR)$(PREFIX)/bin/wijknet and the launcher $(LAUNCHER) (Wijknet in the applications menu)"

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/wijknet $(LAUNCHER)

demo: build
	@mkdir -p $(OUT)
	@$(BIN) report $(ARGS) --lang nl --goals $(SAMPLE)/goals.toml --period quarter -o $(OUT)/report.html 2>/dev/null
	@echo "Open this first: $(OUT)/report.html  (the meeting report: findings, diagrams, tables)"
	@echo ""
	@echo "== Summary of the sample neighbourhood ($(SAMPLE)) =="
	@$(BIN) summary $(ARGS)
	@$(BIN) summary $(ARGS) --format json -o $(OUT)/summary.json 2>/dev/null
	@$(BIN) analyse $(ARGS) --lang nl -o $(OUT)/analyse.txt 2>/dev/null
	@$(BIN) analyse $(ARGS) --format csv -o $(OUT)/metrics.csv 2>/dev/null
	@$(BIN) analyse $(ARGS) --format json -o $(OUT)/analyse.json 2>/dev/null
	@$(BIN) gaps $(ARGS) --lang nl -o $(OUT)/gaps.txt 2>/dev/null
	@$(BIN) gaps $(ARGS) --format json -o $(OUT)/gaps.json 2>/dev/null
	@# goals exits 1 when some goal is not met in the last period: that is a finding, not a failure.
	@$(BIN) goals $(ARGS) --goals $(SAMPLE)/goals.toml --period quarter --lang nl -o $(OUT)/goals.txt 2>/dev/null || [ $$? -eq 1 ]
	@$(BIN) goals $(ARGS) --goals $(SAMPLE)/goals.toml --period quarter --format csv -o $(OUT)/goals.csv 2>/dev/null || [ $$? -eq 1 ]
	@for v in domains gaps partners ecosystem place:plek-002; do \
		$(BIN) render $(ARGS) --lang nl --view $$v -o $(OUT)/$$(echo $$v | tr : -).svg 2>/dev/null || exit 1; \
	done
	@# The region sample: three neighbourhoods side by side (the report's units section).
	@$(BIN) report $(REGIO_ARGS) --lang nl --by neighbourhood --goals $(REGIO)/goals.toml -o $(OUT)/regio-report.html 2>/dev/null
	@$(BIN) goals $(REGIO_ARGS) --lang nl --by neighbourhood --goals $(REGIO)/goals.toml -o $(OUT)/regio-goals.txt 2>/dev/null || [ $$? -eq 1 ]
	@$(BIN) summary $(REGIO_ARGS) --lang nl --by neighbourhood -o $(OUT)/regio-summary.txt 2>/dev/null
	@echo ""
	@echo "Written to $(OUT)/:"
	@ls -1 $(OUT) | sed 's|^|  $(OUT)/|'
	@echo ""
	@echo "Open this first: $(OUT)/report.html"

# The packages of issue 27: the version is `wijknet --version` (WijknetCommand's configuration).
DIST_SCRATCH := .build-dist

dist: deps
	$(SWIFT) build -c release --product wijknet --static-swift-stdlib --scratch-path $(DIST_SCRATCH)
	scripts/dist $(DIST_SCRATCH)/release/wijknet dist

dist-test: dist
	scripts/dist-test dist

# networkx, which the export tests load the GraphML, JSON, GEXF and CSV exports with;
# selenium, which drives Chromium in the end-to-end test of `wijknet serve`.
python-deps:
	@python3 -c 'import networkx' 2>/dev/null || { echo "installing networkx (pip) for the export tests"; python3 -m pip install -q networkx; }
	@python3 -c 'import selenium' 2>/dev/null || { echo "installing selenium (pip) for the wijknet serve test"; python3 -m pip install -q selenium; }
	@python3 -c 'import pandas' 2>/dev/null || { echo "installing pandas (pip): every CSV Wijknet writes is read back with read_csv"; python3 -m pip install -q pandas; }
	@python3 -c 'import openpyxl' 2>/dev/null || { echo "installing openpyxl (pip): a second reader of the survey workbook, and a writer of Kumu workbooks"; python3 -m pip install -q openpyxl; }

test: deps browser-deps python-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

bench: build
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark
	python3 scripts/compare-peers

bench-huge: build
	scripts/huge-input

bench-national: build
	scripts/bench-national

samples: build
	$(BIN) generate --actors 330 --rows 2600 --seed 2025 --out $(SAMPLE)
	$(BIN) generate --actors 330 --rows 2600 --seed 2025 --style excel --out samples/zuiderhof-excel
	@mkdir -p samples/gallery
	@for v in domains gaps partners ecosystem place:plek-002; do \
		$(BIN) render $(ARGS) --lang nl --view $$v -o samples/gallery/$$(echo $$v | tr : -).svg 2>/dev/null || exit 1; \
	done
	$(BIN) report $(ARGS) --lang nl -o samples/gallery/report.html
	python3 $(REGIO)/make-regio.py
	$(MAKE) browser-deps
	$(SWIFT) build --build-tests
	WIJKNET_RECORD_SCREENSHOT=$(CURDIR)/samples/gallery/report.png $(SWIFT) test --skip-build --filter ReportInChromiumTests
	$(MAKE) python-deps
	WIJKNET_RECORD_SCREENSHOT_DIR=$(CURDIR)/samples/gallery $(SWIFT) test --skip-build --filter ServeInChromiumTests
	WIJKNET_RECORD_SCREENSHOT_DIR=$(CURDIR)/samples/gallery $(SWIFT) test --skip-build --filter MapInChromiumTests

# Fuzzing (Fuzzing/README.md). One libFuzzer executable serves every target: its first argument
# names the target. SWIFT_BACKTRACE=enable=no leaves crashes to libFuzzer, which saves the input.
# Each target's new inputs go to Fuzzing/.build/corpus/<target> (the committed seeds stay fixed).
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS  ?= csv contactlog actors xlsx goals graphviz graphml gexf nodelink
FUZZ_RSS_MB   ?= 2048
FUZZ_MAX_LEN  ?= 8192
FUZZ_FLAGS    ?=
FUZZ_BIN      := Fuzzing/.build/release/wijknet-fuzz
FUZZ_ENV      := SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:abort_on_error=0

# -sanitize=fuzzer,address as one swiftc flag: SwiftPM's `--sanitize=fuzzer --sanitize=address`
# passes two flags in no fixed order, and swiftc keeps only the coverage of the last one — so
# half the builds had no coverage (and every change of order rebuilt everything). C++ (toml++)
# gets libFuzzer's coverage too.
FUZZ_BUILD_FLAGS := -c release --sanitize=address -Xswiftc -sanitize=fuzzer,address -Xcxx -fsanitize=fuzzer-no-link

fuzz-build: deps
	$(SWIFT) build --package-path Fuzzing $(FUZZ_BUILD_FLAGS)

fuzz: fuzz-build
	@mkdir -p Fuzzing/.build/logs
	@for t in $(FUZZ_TARGETS); do \
		if ls Fuzzing/Regressions/$$t/* >/dev/null 2>&1; then \
			$(FUZZ_ENV) $(FUZZ_BIN) $$t Fuzzing/Regressions/$$t/* > Fuzzing/.build/logs/regressions-$$t.log 2>&1 \
				|| { tail -40 Fuzzing/.build/logs/regressions-$$t.log; echo "fuzz: a regression input of $$t fails again"; exit 1; }; \
		fi; \
	done
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p Fuzzing/.build/corpus/$$t Fuzzing/.build/findings/$$t; \
		len=$(FUZZ_MAX_LEN); [ $$t = xlsx ] && len=32768; \
		echo "fuzz: $$t for $(FUZZ_SECONDS) s (max_len $$len)"; \
		$(FUZZ_ENV) $(FUZZ_BIN) $$t Fuzzing/.build/corpus/$$t Fuzzing/Corpus/$$t \
			-max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=$(FUZZ_RSS_MB) -max_len=$$len -timeout=20 \
			-print_final_stats=1 -artifact_prefix=Fuzzing/.build/findings/$$t/ $(FUZZ_FLAGS) \
			> Fuzzing/.build/logs/fuzz-$$t.log 2>&1 \
			|| { tail -60 Fuzzing/.build/logs/fuzz-$$t.log; echo "fuzz: $$t found a problem; the input is in Fuzzing/.build/findings/$$t/"; exit 1; }; \
		grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb" Fuzzing/.build/logs/fuzz-$$t.log | sed "s/^/  /"; \
	done

# Sanitizers. ASan: every test, the wijknet executable that the CLI tests run included.
# detect_leaks=0: XCTest's runner and Foundation leak by themselves on Linux. TSan: the graph
# library, where the parallel algorithms (Graph/Parallel.swift) are, and the ecosystem's pair
# totals, summed by two threads (PairTally).
sanitize: sanitize-address sanitize-thread

sanitize-address: deps browser-deps python-deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

sanitize-thread: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter 'WijknetGraphTests|EcosystemShardTests'

clean:
	rm -rf .build .build-asan .build-tsan .build-dist Fuzzing/.build $(OUT) dist
