// SPDX-License-Identifier: MIT
// SHA-256, SHA-1 and MD5 over plain C state (being written).
#ifndef CORE_HASHES_H
#define CORE_HASHES_H
#endif // CORE_HASHES_H
