#ifndef NEWSREADER_CHUNSPELL_SHIM_H
#define NEWSREADER_CHUNSPELL_SHIM_H

// Debian: libhunspell-dev. Dictionaries: hunspell-id (and hunspell-en-us).
#include <hunspell/hunspell.h>

#endif
