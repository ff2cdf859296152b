// SPDX-License-Identifier: MIT
// SHA-256, SHA-1 and MD5 (being written).
#include "core/hashes.h"
