# Sen: `make run` serves the app with the demo data; `make test` runs every test.
# Both install what is missing first (scripts/setup), so they work on a fresh Debian 12 or 13.
# `make run` builds only what it serves (the binary `sen` and the web app); `make test` builds
# everything (unit tests and benchmarks too); `make deb` builds the Debian package.

BUILD := build/release
DB ?= var/sen.db
LISTEN ?= 127.0.0.1:8080

.PHONY: setup configure build build-all sanitize-build run test fuzz deb bench clean

setup:
	@scripts/setup

WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html web/package-lock.json \
               web/vite.config.ts web/tsconfig.json web/scripts/compress.mjs

# Configures the build directory once; CMake reconfigures itself when CMakeLists.txt changes.
configure: setup
	@test -f $(BUILD)/build.ninja || cmake --preset release

# The binary and the web app: what `make run` serves.
build: configure web/dist/index.html
	@cmake --build --preset release --target sen
	@ln -sf release/sen build/sen

# Everything, as the tests need it.
build-all: configure web/dist/index.html
	@cmake --build --preset release
	@ln -sf release/sen build/sen

# The web app, rebuilt when its sources change; `sen serve` serves web/dist.
web/dist/index.html: $(WEB_SOURCES)
	@cd web && npm run build --silent

# The demo is loaded only into an empty database (SQLite file or postgresql:// URL), so this can
# be run again and again; sen init prints where the first administrator's password is.
run: build
	@build/sen init --db '$(DB)' --demo --if-empty
	@build/sen serve --db '$(DB)' --listen '$(LISTEN)'

# The release suites, then the same unit and HTTP suites built with clang under AddressSanitizer and
# UBSan (stopping at the first report), and each fuzz target briefly.
test: build-all sanitize-build
	@ctest --preset release -j2
	@ctest --preset asan -j2

sanitize-build: setup
	@test -f build/asan/build.ninja || cmake --preset asan
	@cmake --build --preset asan

# Each fuzz target for FUZZ_SECONDS (default 60), its new inputs under build/asan/fuzz-work.
FUZZ_SECONDS ?= 60
fuzz: sanitize-build
	@for f in build/asan/*_fuzz; do n=$$(basename $$f _fuzz); \
	  scripts/fuzz $$f fuzz/corpus/$$n $(FUZZ_SECONDS) build/asan/fuzz-work/$$n || exit 1; done

# build/sen_<version>_amd64.deb: /usr/bin/sen, the web app, a systemd unit (scripts/make-deb).
deb: build
	@scripts/make-deb $(BUILD) build

bench: build-all
	@scripts/setup --bench
	@bench/run

clean:
	rm -rf build web/dist
