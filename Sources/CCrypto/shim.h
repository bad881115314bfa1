#ifndef FACTLINE_CCRYPTO_SHIM_H
#define FACTLINE_CCRYPTO_SHIM_H
/*
 * SHA-256 from the system's libcrypto (OpenSSL 3, Debian's libssl-dev), for Document.hash.
 *
 * Only the FactModel module imports this header. The digest is computed with libcrypto's own
 * SHA-256 functions (SHA256_Init, _Update, _Final) rather than the EVP interface: EVP's first
 * call initialises OpenSSL's provider machinery and reads its configuration file, which made
 * libcrypto 3.3 MB of every factline process's resident memory instead of 1.6 MB, for the same
 * digest. OpenSSL 3 marks these functions deprecated (they stay in every 3.x); where the library
 * was built without them (OPENSSL_NO_DEPRECATED_3_0), the one-shot EVP_Digest is used instead.
 */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

/* Writes the 32-byte SHA-256 of `length` bytes at `data` into `digest`. Returns 1 on success. */
static inline int ccrypto_sha256(const void *data, size_t length, unsigned char digest[32]) {
#if defined(OPENSSL_NO_DEPRECATED_3_0)
    unsigned int size = 0;
    return EVP_Digest(data, length, digest, &size, EVP_sha256(), NULL) == 1 && size == 32;
#else
    SHA256_CTX context;
    return SHA256_Init(&context) == 1 && SHA256_Update(&context, data, length) == 1 && SHA256_Final(digest, &context) == 1;
#endif
}

#endif
