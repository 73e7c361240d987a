#ifndef NEWSREADER_CSTEMMER_SHIM_H
#define NEWSREADER_CSTEMMER_SHIM_H

// Debian: libstemmer-dev (Snowball stemmers).
#include <libstemmer.h>

#endif
