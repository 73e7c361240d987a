#ifndef NEWSREADER_CSQLITE_SHIM_H
#define NEWSREADER_CSQLITE_SHIM_H

// Debian: libsqlite3-dev. Used by the search benchmark's LIKE-scan peer.
#include <sqlite3.h>

#endif
