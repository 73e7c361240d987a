# The two commands of the README, plus the system packages they need.
#   make run    the reader on the bundled seeds
#   make test   the whole test suite (CI runs this)

DEBIAN_PACKAGES := libhunspell-dev hunspell-id hunspell-en-us libstemmer-dev zlib1g-dev libsqlite3-dev libncursesw5-dev wordnet-base tmux
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps

# The reader needs a UTF-8 locale; C.UTF-8 is used when the environment names none.
UTF8_LOCALE := $(if $(findstring UTF-8,$(LC_ALL)$(LC_CTYPE)$(LANG)),,LANG=C.UTF-8 LC_ALL=C.UTF-8)

# `make run ARGS="claims --min-sources 2"` runs a subcommand instead of the reader.
ARGS ?=
run: deps
	@swift build --product newsreader
	$(UTF8_LOCALE) .build/debug/newsreader $(ARGS)

# A missing snapshot fails instead of being recorded.
test: deps
	LANG=C.UTF-8 LC_ALL=C.UTF-8 SNAPSHOT_TESTING_RECORD=never swift test

# Installs the Debian packages that are missing; does nothing when all are there.
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make: installing missing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing \
	    || { echo "make: could not install $$missing; install them with apt-get" >&2; exit 1; }; \
	fi
