// libpq, PostgreSQL's own client library (Debian: libpq-dev), for the team store.
#include <libpq-fe.h>
