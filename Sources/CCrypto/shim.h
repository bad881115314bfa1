#ifndef FACTLINE_CCRYPTO_SHIM_H
#define FACTLINE_CCRYPTO_SHIM_H
/*
 * SHA-256 from the system's libcrypto (OpenSSL 3, Debian's libssl-dev), for Document.hash.
 *
 * One non-deprecated one-shot call (EVP_Digest); only the FactModel module imports this header.
 */
#include <stddef.h>
#include <openssl/evp.h>

/* Writes the 32-byte SHA-256 of `length` bytes at `data` into `digest`. Returns 1 on success. */
static inline int ccrypto_sha256(const void *data, size_t length, unsigned char digest[32]) {
    unsigned int size = 0;
    return EVP_Digest(data, length, digest, &size, EVP_sha256(), NULL) == 1 && size == 32;
}

#endif
